//! The names of the pieces over time (`geo/piece_names.json`): no "neutral zone" before there was
//! one. Joined to the geometry by piece id.

use super::common::{check_periods, date, read_json, RawLocalized};
use super::{DataError, DataErrorKind};
use atlas_core::model::{Date, Dated, Localized};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    pieces: Vec<RawPiece>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPiece {
    id: String,
    names: Vec<RawName>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawName {
    from: String,
    name: RawLocalized,
}

/// Parses the dated names and checks that each of `pieces` has a name from the first day of the
/// map, and that no name is given for a piece that does not exist. Returns names parallel to
/// `pieces` (empty where a piece has none).
pub fn parse_piece_names(
    file: &str,
    text: &str,
    pieces: &[String],
    problems: &mut Vec<DataError>,
) -> Vec<Dated<Localized>> {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return vec![Dated::default(); pieces.len()];
    };
    let mut by_id: HashMap<String, Dated<Localized>> = HashMap::new();
    for p in raw.pieces {
        if !pieces.contains(&p.id) {
            problems.push(DataError::item(
                file,
                &p.id,
                DataErrorKind::UnknownPiece(p.id.clone()),
            ));
        }
        if by_id.contains_key(&p.id) {
            problems.push(DataError::item(file, &p.id, DataErrorKind::DuplicateId));
        }
        let mut names: Vec<(Date, Localized)> = Vec::new();
        for n in p.names {
            let from = date(file, &p.id, &n.from, problems);
            match (from, n.name.into_localized()) {
                (Some(from), Some(name)) => names.push((from, name)),
                (_, None) => problems.push(DataError::item(file, &p.id, DataErrorKind::NeedsText)),
                _ => {}
            }
        }
        // Each name runs until the next; only their order can be wrong.
        let spans: Vec<(Date, Option<Date>)> = names
            .iter()
            .enumerate()
            .map(|(i, (f, _))| (*f, names.get(i + 1).map(|(n, _)| *n)))
            .collect();
        check_periods(file, &p.id, &spans, problems);
        by_id.insert(p.id, Dated::new(names));
    }
    pieces
        .iter()
        .map(|id| {
            let names = by_id.remove(id).unwrap_or_default();
            if names.at(Date::FIRST).is_none() {
                problems.push(DataError::item(
                    file,
                    id,
                    DataErrorKind::NoNameFrom(Date::FIRST),
                ));
            }
            names
        })
        .collect()
}
