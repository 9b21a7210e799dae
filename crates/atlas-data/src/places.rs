//! Named places (`geo/places.geojson`): the towns, ports and forts the story names, each with its
//! names over time (Port Arthur, then Ryojun) and a source for every name.

use super::common::{check_periods, date, RawLocalized, RawSource};
use super::geometry::{parse_collection, props};
use super::{DataError, DataErrorKind};
use atlas_core::atlas::PlaceKind;
use atlas_core::model::{Date, Dated, Localized, Source};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A named place.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// Stable identifier (`data-place`).
    pub id: String,
    /// What it is.
    pub kind: PlaceKind,
    /// 1: shown even at the full view when there is room; 2: when there is room; 3: zoomed in.
    pub rank: u32,
    /// Longitude and latitude.
    pub at: [f64; 2],
    /// The piece it lies in, or `None` for a place at sea (a naval battle): `atlas validate`
    /// checks the point against it, so a place moved by mistake is caught.
    pub piece: Option<String>,
    /// Its name over time; `None` before it was founded or after a period ends with no other.
    pub names: Dated<Option<PlaceName>>,
    /// Where its position comes from.
    pub sources: Vec<Source>,
}

/// One of a place's names, with why and where from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaceName {
    /// The name, in each language.
    pub name: Localized,
    /// A note on the name (who used it, why it changed), if any.
    pub note: Option<String>,
    /// Where the name and its dates come from.
    pub source: Source,
    /// Where each other language's form of the name comes from, by language id.
    pub sources_by_language: BTreeMap<String, Source>,
}

impl Place {
    /// Its name on `date`, if it existed then.
    pub fn name_at(&self, date: Date) -> Option<&Localized> {
        self.names
            .at(date)
            .and_then(Option::as_ref)
            .map(|n| &n.name)
    }

    /// The place as the map holds it: its names without their notes and sources.
    pub fn for_map(&self) -> atlas_core::atlas::Place {
        atlas_core::atlas::Place {
            id: self.id.clone(),
            kind: self.kind,
            rank: self.rank,
            at: self.at,
            names: Dated::new(
                self.names
                    .changes()
                    .iter()
                    .map(|(d, n)| (*d, n.as_ref().map(|n| n.name.clone())))
                    .collect(),
            ),
        }
    }

    /// Every name it had, in order, for sizing its label.
    pub fn all_names(&self) -> impl Iterator<Item = &Localized> {
        self.names
            .changes()
            .iter()
            .filter_map(|(_, n)| n.as_ref().map(|n| &n.name))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Props {
    id: String,
    kind: PlaceKind,
    rank: u32,
    /// A piece id, or `null` at sea. A JSON value so that a missing key is an error, not "at
    /// sea".
    piece: serde_json::Value,
    names: Vec<RawName>,
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawName {
    from: String,
    #[serde(default)]
    until: Option<String>,
    name: RawLocalized,
    #[serde(default)]
    note: Option<String>,
    source: RawSource,
    /// A source for each language's form other than English (`{"ja": {title, url}}`).
    #[serde(default)]
    name_sources: BTreeMap<String, RawSource>,
}

/// Parses and checks the places: points inside the map, ranks 1–3, unique ids, name periods in
/// order, each with a source.
pub fn parse_places(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Place> {
    let mut out: Vec<Place> = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        let before = problems.len();
        let p: Props = match props(&f) {
            Ok(p) => p,
            Err(kind) => {
                problems.push(DataError::item(file, &item, kind));
                continue;
            }
        };
        let at = match f.geometry.map(|g| g.value) {
            Some(geojson::Value::Point(pos)) if pos.len() >= 2 => [pos[0], pos[1]],
            other => {
                problems.push(DataError::item(
                    file,
                    &item,
                    DataErrorKind::WrongGeometry {
                        found: other.map_or("nothing", |g| g.type_name()).to_string(),
                        allowed: "Point",
                    },
                ));
                continue;
            }
        };
        let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
        if !super::validate::in_bounds(at) {
            bad(DataErrorKind::OutsideBox(at));
        }
        if !(1..=3).contains(&p.rank) {
            bad(DataErrorKind::BadRank(p.rank));
        }
        let piece = match &p.piece {
            serde_json::Value::Null => None,
            serde_json::Value::String(id) => Some(id.clone()),
            other => {
                bad(DataErrorKind::BadProperties(format!(
                    "piece must be the id of the piece the place lies in, or null at sea, not {other}"
                )));
                None
            }
        };
        if out.iter().any(|o| o.id == p.id) {
            bad(DataErrorKind::DuplicateId);
        }
        if p.sources.is_empty() || !p.sources.iter().all(RawSource::is_complete) {
            bad(DataErrorKind::NeedsSource);
        }
        let name_sources = p.names.iter().flat_map(|n| n.name_sources.values());
        for s in p
            .sources
            .iter()
            .chain(p.names.iter().map(|n| &n.source))
            .chain(name_sources)
        {
            if let Some(kind) = super::validate::source_problem(&s.url) {
                bad(kind);
            }
        }
        if p.names.is_empty() {
            bad(DataErrorKind::NoPeriods);
        }
        let mut spans = Vec::new();
        let mut names = Dated::default();
        for n in p.names {
            let from = date(file, &item, &n.from, problems);
            let until = n.until.as_deref().map(|u| date(file, &item, u, problems));
            let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
            if !n.source.is_complete() {
                bad(DataErrorKind::NeedsSource);
            }
            let Some(name) = n.name.into_localized() else {
                bad(DataErrorKind::NeedsText);
                continue;
            };
            // Every form of a name is sourced, not only the English one.
            let unsourced = name.iter().any(|(lang, _)| {
                lang != "en" && !n.name_sources.get(lang).is_some_and(RawSource::is_complete)
            });
            if unsourced || n.name_sources.keys().any(|l| !name.has(l)) {
                bad(DataErrorKind::NeedsSource);
            }
            let (Some(from), Some(until)) = (from, until.unwrap_or(Some(Date::LAST))) else {
                continue;
            };
            let until = n.until.as_ref().map(|_| until);
            spans.push((from, until));
            names.push(
                from,
                Some(PlaceName {
                    name,
                    note: n.note,
                    source: n.source.into(),
                    sources_by_language: n
                        .name_sources
                        .into_iter()
                        .map(|(l, s)| (l, s.into()))
                        .collect(),
                }),
            );
            if let Some(u) = until {
                names.push(u, None);
            }
        }
        check_periods(file, &item, &spans, problems);
        if problems.len() == before {
            out.push(Place {
                id: p.id,
                kind: p.kind,
                rank: p.rank,
                at,
                piece,
                names: dedupe_gaps(names),
                sources: p.sources.into_iter().map(Source::from).collect(),
            });
        }
    }
    out
}

/// A period's end pushes `None` on the day the next period begins; keep only the later point.
fn dedupe_gaps(names: Dated<Option<PlaceName>>) -> Dated<Option<PlaceName>> {
    let points = names.changes();
    let kept: Vec<(Date, Option<PlaceName>)> = points
        .iter()
        .enumerate()
        .filter(|(i, (d, v))| !(v.is_none() && points.get(i + 1).is_some_and(|(n, _)| n == d)))
        .map(|(_, p)| p.clone())
        .collect();
    Dated::new(kept)
}
