//! The areas a student knows (`geo/areas.json`): Korea, Kwantung, South Sakhalin… each a group of
//! pieces in one region. Every piece must be in exactly one.

use super::common::{read_json, RawLocalized};
use super::{DataError, DataErrorKind};
use atlas_core::model::{Area, Areas, Region};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// What the file is, for a reader of the JSON.
    #[serde(rename = "_about", default)]
    _about: Option<String>,
    areas: Vec<RawArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: String,
    region: String,
    name: RawLocalized,
    pieces: Vec<String>,
}

/// Parses the areas and checks that they cover each of `pieces` exactly once.
pub fn parse_areas(
    file: &str,
    text: &str,
    pieces: &[String],
    problems: &mut Vec<DataError>,
) -> Areas {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return Areas::new(Vec::new(), pieces.len());
    };
    let mut areas = Vec::new();
    let mut count = vec![0usize; pieces.len()];
    for a in raw.areas {
        let mut bad = |kind| problems.push(DataError::item(file, &a.id, kind));
        let region = Region::from_id(&a.region);
        if region.is_none() {
            bad(DataErrorKind::UnknownRegion(a.region.clone()));
        }
        let name = a.name.into_localized();
        if name.is_none() {
            bad(DataErrorKind::NeedsText);
        }
        let mut members = Vec::new();
        for p in &a.pieces {
            match pieces.iter().position(|x| x == p) {
                Some(i) => {
                    count[i] += 1;
                    members.push(i);
                }
                None => bad(DataErrorKind::UnknownPiece(p.clone())),
            }
        }
        if let (Some(region), Some(name)) = (region, name) {
            areas.push(Area {
                id: a.id,
                name,
                region,
                pieces: members,
            });
        }
    }
    for (piece, n) in pieces.iter().zip(&count) {
        match n {
            0 => problems.push(DataError::file(
                file,
                DataErrorKind::PieceInNoArea(piece.clone()),
            )),
            1 => {}
            _ => problems.push(DataError::file(
                file,
                DataErrorKind::PieceInTwoAreas(piece.clone()),
            )),
        }
    }
    Areas::new(areas, pieces.len())
}
