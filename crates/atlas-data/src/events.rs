//! Parsing `geo/events.json`: the dated, cited events of the story, most of them changes of control.

use super::common::{read_json, RawLocalized, RawSource};
use super::{DataError, DataErrorKind};
use atlas_core::model::{
    Confidence, Date, DateKind, Event, EventDate, PieceChange, Power, Source, Sovereigns, Status,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// Read one by one, so that one broken event is reported by name and the rest still load.
    events: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    date: String,
    title: RawLocalized,
    /// Two or three plain sentences for students; required (reported when missing).
    #[serde(default)]
    summary: Option<RawLocalized>,
    text: RawLocalized,
    /// Signing, ratification, handover… where they differ from `date`.
    #[serde(default)]
    dates: Vec<RawEventDate>,
    sources: Vec<RawSource>,
    changes: Vec<RawChange>,
    /// For an event that moved no border: the pieces it was about.
    #[serde(default)]
    about: Vec<String>,
    /// The places it names (ids in `places.geojson`), written on the map while it is in force.
    #[serde(default)]
    places: Vec<String>,
    /// `high` (the default), `medium` or `low`.
    #[serde(default)]
    confidence: Option<String>,
    /// Why the date is uncertain; required unless the confidence is high.
    #[serde(default)]
    uncertainty: Option<RawLocalized>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventDate {
    kind: String,
    date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    piece: String,
    power: String,
    status: String,
    /// Defaults to the power itself, which is right for `sovereign` status.
    #[serde(default)]
    sovereign: Option<Vec<String>>,
    /// Foreign troops present who did not govern.
    #[serde(default)]
    presence: Option<String>,
}

/// Parses the events in file order. An event with an unreadable field is reported and left out.
pub fn parse_events(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Event> {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (n, value) in raw.events.into_iter().enumerate() {
        let name = value
            .get("id")
            .and_then(|v| v.as_str())
            .map_or_else(|| format!("event #{}", n + 1), str::to_string);
        let e: RawEvent = match serde_json::from_value(value) {
            Ok(e) => e,
            Err(err) => {
                problems.push(DataError::item(
                    file,
                    &name,
                    DataErrorKind::BadEvent(err.to_string()),
                ));
                continue;
            }
        };
        if let Some(event) = parse_event(file, e, problems) {
            out.push(event);
        }
    }
    out
}

fn parse_event(file: &str, e: RawEvent, problems: &mut Vec<DataError>) -> Option<Event> {
    let before = problems.len();
    let mut bad = |kind| problems.push(DataError::item(file, &e.id, kind));
    let date = Date::parse(&e.date).ok();
    if date.is_none() {
        bad(DataErrorKind::BadDate(e.date.clone()));
    }
    let (title, text) = (e.title.into_localized(), e.text.into_localized());
    if title.is_none() || text.is_none() {
        bad(DataErrorKind::NeedsText);
    }
    let summary = e.summary.and_then(RawLocalized::into_localized);
    if summary.is_none() {
        bad(DataErrorKind::NeedsSummary);
    }
    let mut other_dates = Vec::new();
    for d in &e.dates {
        match (DateKind::from_id(&d.kind), Date::parse(&d.date)) {
            (Some(kind), Ok(date)) => other_dates.push(EventDate { kind, date }),
            (None, _) => bad(DataErrorKind::UnknownDateKind(d.kind.clone())),
            (_, Err(_)) => bad(DataErrorKind::BadDate(d.date.clone())),
        }
    }
    let confidence = match e.confidence.as_deref().map(Confidence::from_id) {
        None => Confidence::High,
        Some(Some(c)) => c,
        Some(None) => {
            bad(DataErrorKind::UnknownConfidence(
                e.confidence.clone().unwrap_or_default(),
            ));
            Confidence::High
        }
    };
    let uncertainty = e.uncertainty.and_then(RawLocalized::into_localized);
    if confidence != Confidence::High && uncertainty.is_none() {
        bad(DataErrorKind::NeedsUncertainty);
    }
    for k in e.sources.iter().filter_map(RawSource::kind_problem) {
        bad(k);
    }
    let changes: Vec<PieceChange> = e
        .changes
        .iter()
        .filter_map(|c| parse_change(file, &e.id, c, problems))
        .collect();
    if problems.len() != before {
        return None;
    }
    Some(Event {
        id: e.id,
        date: date?,
        title: title?,
        summary: summary?,
        text: text?,
        other_dates,
        sources: e.sources.into_iter().map(Source::from).collect(),
        changes,
        about: e.about,
        places: e.places,
        confidence,
        uncertainty,
    })
}

fn parse_change(
    file: &str,
    event: &str,
    c: &RawChange,
    problems: &mut Vec<DataError>,
) -> Option<PieceChange> {
    let mut bad = |kind| problems.push(DataError::item(file, event, kind));
    let Some(power) = Power::from_id(&c.power) else {
        bad(DataErrorKind::UnknownPower(c.power.clone()));
        return None;
    };
    let Some(status) = Status::from_id(&c.status) else {
        bad(DataErrorKind::UnknownStatus(c.status.clone()));
        return None;
    };
    let mut sovereign = Sovereigns::default();
    match &c.sovereign {
        None if power == Power::Shared => {
            bad(DataErrorKind::CondominiumMismatch(c.piece.clone()));
            return None;
        }
        None => sovereign = Sovereigns::one(power),
        Some(ids) => {
            for id in ids {
                match Power::from_id(id) {
                    Some(p) if p != Power::Shared => sovereign = sovereign.with(p),
                    _ => {
                        bad(DataErrorKind::UnknownPower(id.clone()));
                        return None;
                    }
                }
            }
        }
    }
    let presence = match c.presence.as_deref().map(|id| (id, Power::from_id(id))) {
        None => None,
        Some((_, Some(p))) if p != Power::Shared && p != power => Some(p),
        Some((id, _)) => {
            bad(DataErrorKind::BadPresence {
                piece: c.piece.clone(),
                presence: id.to_string(),
            });
            return None;
        }
    };
    Some(PieceChange {
        piece: c.piece.clone(),
        power,
        status,
        sovereign,
        presence,
    })
}
