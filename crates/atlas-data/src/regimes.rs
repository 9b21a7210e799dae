//! Regimes by name (`geo/regimes.json`): who governed for each power on a date, with sources.

use super::common::{check_periods, date, read_json, RawLocalized, RawSource};
use super::{DataError, DataErrorKind};
use atlas_core::model::{Date, Power, Regime, Regimes, Source};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    regimes: Vec<RawRegime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegime {
    id: String,
    power: String,
    from: String,
    #[serde(default)]
    until: Option<String>,
    #[serde(default)]
    pieces: Option<Vec<String>>,
    name: RawLocalized,
    #[serde(default)]
    note: Option<RawLocalized>,
    sources: Vec<RawSource>,
}

/// Parses the regimes and checks them: known powers and pieces, sourced, and for each power and
/// scope, periods that do not overlap. That every piece's holder has a regime on every day is
/// checked with the timeline, in `validate::check_regimes`.
pub fn parse_regimes(
    file: &str,
    text: &str,
    pieces: &[String],
    problems: &mut Vec<DataError>,
) -> Regimes {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return Regimes::default();
    };
    let mut out = Vec::new();
    for r in raw.regimes {
        let before = problems.len();
        let from = date(file, &r.id, &r.from, problems);
        let until = r.until.as_deref().map(|u| date(file, &r.id, u, problems));
        let mut bad = |kind| problems.push(DataError::item(file, &r.id, kind));
        let power = Power::from_id(&r.power).filter(|p| *p != Power::Shared);
        if power.is_none() {
            bad(DataErrorKind::UnknownPower(r.power.clone()));
        }
        for p in r.pieces.iter().flatten().filter(|p| !pieces.contains(p)) {
            bad(DataErrorKind::UnknownPiece(p.clone()));
        }
        if r.sources.is_empty() || !r.sources.iter().all(RawSource::is_complete) {
            bad(DataErrorKind::NeedsSource);
        }
        for s in &r.sources {
            if let Some(kind) = super::validate::source_problem(&s.url) {
                bad(kind);
            }
        }
        let name = r.name.into_localized();
        let note = r.note.map(RawLocalized::into_localized);
        if name.is_none() || note.as_ref().is_some_and(Option::is_none) {
            bad(DataErrorKind::NeedsText);
        }
        if problems.len() != before {
            continue;
        }
        let (Some(power), Some(from), Some(name)) = (power, from, name) else {
            continue;
        };
        out.push(Regime {
            power,
            name,
            from,
            until: until.flatten(),
            pieces: r.pieces,
            note: note.flatten().unwrap_or_default(),
            sources: r.sources.into_iter().map(Source::from).collect(),
        });
    }
    // Within one power and one scope, periods follow each other.
    let mut groups: Vec<(Power, Option<Vec<String>>)> =
        out.iter().map(|r| (r.power, r.pieces.clone())).collect();
    groups.dedup();
    groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    groups.dedup();
    for (power, scope) in groups {
        let mut spans: Vec<(Date, Option<Date>)> = out
            .iter()
            .filter(|r| r.power == power && r.pieces == scope)
            .map(|r| (r.from, r.until))
            .collect();
        spans.sort();
        check_periods(file, power.id(), &spans, problems);
    }
    Regimes::new(out)
}
