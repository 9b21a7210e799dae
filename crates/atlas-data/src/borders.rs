//! Borders drawn from uncertain lines (`geo/borders.json`): which pairs of pieces meet on a line
//! the sources do not fix, how sure the map can be, and why. The map draws them dotted and the
//! piece card says why.

use super::common::{read_json, RawLocalized};
use super::{DataError, DataErrorKind, Feature};
use atlas_core::carto::borders::find_edges;
use atlas_core::model::{Confidence, Localized};
use serde::Deserialize;

/// A border between two pieces whose line is uncertain.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UncertainBorder {
    /// The two pieces (indices into the atlas's pieces), the smaller first.
    pub pieces: (usize, usize),
    /// How sure the line is (never high).
    pub confidence: Confidence,
    /// Why, in our own words.
    pub why: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    borders: Vec<RawBorder>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBorder {
    between: [String; 2],
    confidence: String,
    why: RawLocalized,
}

/// Parses the uncertain borders and checks them: known pieces that really share a border, each
/// pair once, a confidence below high and a reason.
pub fn parse_borders(
    file: &str,
    text: &str,
    pieces: &[Feature],
    problems: &mut Vec<DataError>,
) -> Vec<UncertainBorder> {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return Vec::new();
    };
    let shapes: Vec<&[_]> = pieces.iter().map(|f| f.polygons.as_slice()).collect();
    let shared: Vec<(usize, usize)> = find_edges(&shapes)
        .shared
        .iter()
        .map(|e| (e.a, e.b))
        .collect();
    let mut out: Vec<UncertainBorder> = Vec::new();
    for b in raw.borders {
        let name = b.between.join(" | ");
        let mut bad = |kind| problems.push(DataError::item(file, &name, kind));
        let index = |id: &str| pieces.iter().position(|p| p.id == id);
        let (Some(i), Some(j)) = (index(&b.between[0]), index(&b.between[1])) else {
            for id in b.between.iter().filter(|id| index(id).is_none()) {
                bad(DataErrorKind::UnknownPiece(id.clone()));
            }
            continue;
        };
        let pair = (i.min(j), i.max(j));
        if !shared.contains(&pair) {
            bad(DataErrorKind::NoSharedBorder);
        }
        if out.iter().any(|o| o.pieces == pair) {
            bad(DataErrorKind::DuplicateId);
        }
        let confidence = match Confidence::from_id(&b.confidence) {
            Some(c) if c != Confidence::High => c,
            _ => {
                bad(DataErrorKind::UnknownConfidence(b.confidence.clone()));
                continue;
            }
        };
        let Some(why) = b.why.into_localized() else {
            bad(DataErrorKind::NeedsUncertainty);
            continue;
        };
        out.push(UncertainBorder {
            pieces: pair,
            confidence,
            why,
        });
    }
    out
}
