//! The rivers the lessons name (`geo/rivers.geojson`, built by `scripts/build-geo.sh` from
//! `geo/rivers.toml`): one line each from source to mouth, a name in every language with a
//! source for each form but the English, a note on how the line was made, and its sources.

use super::common::RawSource;
use super::geometry::{parse_collection, props};
use super::{DataError, DataErrorKind};
use atlas_core::model::{Localized, Source};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The languages every river is named in.
pub const LANGUAGES: [&str; 5] = ["en", "ja", "ru", "zh", "ko"];

/// A river: its line and names, with where they come from.
#[derive(Clone, Debug, PartialEq)]
pub struct River {
    /// Stable identifier (`data-river`).
    pub id: String,
    /// Its name in every language of [`LANGUAGES`].
    pub name: Localized,
    /// Whether it forms (part of) a border.
    pub border: bool,
    /// How its line was made, and what it leaves out.
    pub note: String,
    /// The line, `[lon, lat]` from source to mouth.
    pub line: Vec<[f64; 2]>,
    /// Where its course and line come from.
    pub sources: Vec<Source>,
    /// Where each other language's form of the name comes from, by language id.
    pub sources_by_language: BTreeMap<String, Source>,
}

impl River {
    /// The river as the map holds it: its id and name.
    pub fn for_map(&self) -> atlas_core::atlas::River {
        atlas_core::atlas::River {
            id: self.id.clone(),
            name: self.name.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Props {
    id: String,
    names: BTreeMap<String, String>,
    border: bool,
    note: String,
    sources: Vec<RawSource>,
    name_sources: BTreeMap<String, RawSource>,
}

/// Parses and checks the rivers: one LineString each of at least two positions inside the box,
/// a unique id, a name in every language of [`LANGUAGES`] (each but the English with a source),
/// at least one source, every source a web address on an accepted site.
pub fn parse_rivers(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<River> {
    let mut out: Vec<River> = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        let before = problems.len();
        let p: Props = match props(&f) {
            Ok(p) => p,
            Err(kind) => {
                problems.push(DataError::item(file, &item, kind));
                continue;
            }
        };
        let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
        let line: Vec<[f64; 2]> = match f.geometry.map(|g| g.value) {
            Some(geojson::Value::LineString(l)) => l
                .iter()
                .filter(|p| p.len() >= 2)
                .map(|p| [p[0], p[1]])
                .collect(),
            other => {
                bad(DataErrorKind::WrongGeometry {
                    found: other.map_or("nothing", |g| g.type_name()).to_string(),
                    allowed: "LineString",
                });
                continue;
            }
        };
        if line.len() < 2 {
            bad(DataErrorKind::LineTooShort);
        }
        if let Some(p) = line.iter().find(|p| !super::validate::in_bounds(**p)) {
            bad(DataErrorKind::OutsideBox(*p));
        }
        if out.iter().any(|r| r.id == p.id) {
            bad(DataErrorKind::DuplicateId);
        }
        for lang in LANGUAGES {
            if p.names.get(lang).is_none_or(|n| n.trim().is_empty()) {
                bad(DataErrorKind::MissingName(lang.to_string()));
            }
        }
        if let Some(lang) = p.names.keys().find(|l| !LANGUAGES.contains(&l.as_str())) {
            bad(DataErrorKind::UnknownLanguage(lang.clone()));
        }
        // Every form of the name is sourced, not only the English one.
        let unsourced = p.names.keys().any(|lang| {
            lang != "en" && !p.name_sources.get(lang).is_some_and(RawSource::is_complete)
        });
        if unsourced || p.name_sources.keys().any(|l| !p.names.contains_key(l)) {
            bad(DataErrorKind::NeedsSource);
        }
        if p.sources.is_empty() || !p.sources.iter().all(RawSource::is_complete) {
            bad(DataErrorKind::NeedsSource);
        }
        for s in p.sources.iter().chain(p.name_sources.values()) {
            if let Some(kind) = super::validate::source_problem(&s.url) {
                bad(kind);
            }
            if let Some(kind) = s.kind_problem() {
                bad(kind);
            }
        }
        if problems.len() != before {
            continue;
        }
        let mut names = p.names;
        let name = names
            .remove("en")
            .map(|en| {
                names
                    .into_iter()
                    .fold(Localized::en(en), |l, (lang, t)| l.with(&lang, t))
            })
            .unwrap_or_default();
        out.push(River {
            id: p.id,
            name,
            border: p.border,
            note: p.note,
            line,
            sources: p.sources.into_iter().map(Source::from).collect(),
            sources_by_language: p
                .name_sources
                .into_iter()
                .map(|(l, s)| (l, s.into()))
                .collect(),
        });
    }
    out
}
