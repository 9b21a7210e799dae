//! Parsing `geo/events.json`: the dated, cited changes of control.

use super::DataError;
use crate::model::{Date, Event, PieceChange, Power, Source, Sovereigns, Status};
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
    title: String,
    text: String,
    sources: Vec<RawSource>,
    changes: Vec<RawChange>,
}

/// A source as written in the data files.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) title: String,
    pub(super) url: String,
}

impl From<RawSource> for Source {
    fn from(s: RawSource) -> Source {
        Source {
            title: s.title,
            url: s.url,
        }
    }
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
    let raw: File = match serde_json::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            problems.push(DataError::file(
                file,
                format!("not a valid events file: {e}"),
            ));
            return Vec::new();
        }
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
                    format!("not a valid event: {err}"),
                ));
                continue;
            }
        };
        let before = problems.len();
        let date = Date::parse(&e.date)
            .map_err(|err| problems.push(DataError::item(file, &e.id, err.to_string())));
        let changes: Vec<PieceChange> = e
            .changes
            .iter()
            .filter_map(|c| parse_change(file, &e.id, c, problems))
            .collect();
        if problems.len() == before {
            let sources = e.sources.into_iter().map(Source::from).collect();
            out.push(Event {
                id: e.id,
                date: date.expect("no problem means a date"),
                title: e.title,
                text: e.text,
                sources,
                changes,
            });
        }
    }
    out
}

fn parse_change(
    file: &str,
    event: &str,
    c: &RawChange,
    problems: &mut Vec<DataError>,
) -> Option<PieceChange> {
    let mut bad = |reason: String| {
        problems.push(DataError::item(
            file,
            event,
            format!("change to '{}': {reason}", c.piece),
        ))
    };
    let Some(power) = Power::from_id(&c.power) else {
        bad(format!("unknown power '{}'", c.power));
        return None;
    };
    let Some(status) = Status::from_id(&c.status) else {
        bad(format!("unknown status '{}'", c.status));
        return None;
    };
    let mut sovereign = Sovereigns::default();
    match &c.sovereign {
        None if power == Power::Shared => {
            bad("a condominium must name its two sovereigns".into());
            return None;
        }
        None => sovereign = Sovereigns::one(power),
        Some(ids) => {
            for id in ids {
                match Power::from_id(id) {
                    Some(p) if p != Power::Shared => sovereign = sovereign.with(p),
                    _ => {
                        bad(format!("unknown sovereign '{id}'"));
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
            bad(format!(
                "presence '{id}' must be a power other than the controller"
            ));
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
