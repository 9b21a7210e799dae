//! Railway lines with the power that ran them over time (`geo/railways.geojson`). The land of a
//! railway zone stayed under China's sovereignty; the line shows who operated it and guarded it.

use super::events::RawSource;
use super::geometry::parse_collection;
use super::DataError;
use crate::model::{Date, Power, Source};
use serde::Deserialize;

/// A railway: its route and who ran it when.
#[derive(Clone, Debug, PartialEq)]
pub struct Railway {
    /// Stable identifier (`data-railway`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// The route, as one or more lines of `[lon, lat]`.
    pub lines: Vec<Vec<[f64; 2]>>,
    /// Who operated it, in date order.
    pub periods: Vec<RailwayPeriod>,
}

/// One power's operation of a railway, from `from` until the day before `until`.
#[derive(Clone, Debug, PartialEq)]
pub struct RailwayPeriod {
    /// First day (inclusive).
    pub from: Date,
    /// First day it no longer holds (exclusive); `None` to the end of the map.
    pub until: Option<Date>,
    /// The operating power.
    pub operator: Power,
    /// What this period was, in our own words.
    pub note: String,
    /// Where to check it.
    pub sources: Vec<Source>,
}

impl Railway {
    /// Who operated the railway on `date`, if it ran then.
    pub fn operator_at(&self, date: Date) -> Option<Power> {
        self.periods
            .iter()
            .find(|p| p.from <= date && p.until.is_none_or(|u| date < u))
            .map(|p| p.operator)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Props {
    id: String,
    name: String,
    periods: Vec<RawPeriod>,
    /// The stations the route was traced through, for readers of the file; the map draws the
    /// geometry, so the parser only accepts the field.
    #[serde(default, rename = "stations")]
    _stations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    from: String,
    #[serde(default)]
    until: Option<String>,
    operator: String,
    note: String,
    sources: Vec<RawSource>,
}

/// Parses and checks the railways: lines only, dates on the map, periods in order and not
/// overlapping, a known operator, at least one source each.
pub fn parse_railways(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Railway> {
    let mut out = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        let before = problems.len();
        let mut bad = |reason: String| problems.push(DataError::item(file, &item, reason));
        let map = f.properties.clone().unwrap_or_default();
        let props: Props = match serde_json::from_value(serde_json::Value::Object(map)) {
            Ok(p) => p,
            Err(e) => {
                bad(format!("bad properties: {e}"));
                continue;
            }
        };
        let lines: Vec<Vec<[f64; 2]>> = match f.geometry.map(|g| g.value) {
            Some(geojson::Value::LineString(l)) => vec![l.iter().map(|p| [p[0], p[1]]).collect()],
            Some(geojson::Value::MultiLineString(ls)) => ls
                .iter()
                .map(|l| l.iter().map(|p| [p[0], p[1]]).collect())
                .collect(),
            _ => {
                bad("geometry must be a LineString or MultiLineString".into());
                continue;
            }
        };
        if lines.iter().any(|l| l.len() < 2) {
            bad("a line needs at least two positions".into());
        }
        if let Some(p) = lines
            .iter()
            .flatten()
            .find(|p| !super::validate::in_bounds(**p))
        {
            bad(format!(
                "position {p:?} is outside the map's box {:?}",
                super::validate::BOUNDS
            ));
        }
        if props.periods.is_empty() {
            bad("has no periods, so it would never be drawn".into());
        }
        if out.iter().any(|r: &Railway| r.id == props.id) {
            bad("id is used by more than one railway".into());
        }
        let mut periods = Vec::new();
        for p in props.periods {
            let from = Date::parse(&p.from);
            let until = p.until.as_deref().map(Date::parse).transpose();
            let operator = Power::from_id(&p.operator).filter(|o| *o != Power::Shared);
            match (from, until, operator) {
                (Ok(from), Ok(until), Some(operator)) => {
                    if !from.is_on_map() || until.is_some_and(|u| u <= from) {
                        bad(format!(
                            "period {from}..{until:?} is not a span within the map"
                        ));
                    }
                    if p.sources.is_empty() || p.sources.iter().any(|s| s.url.trim().is_empty()) {
                        bad(format!("period from {from} needs a source with an address"));
                    }
                    let sources = p.sources.into_iter().map(Source::from).collect();
                    periods.push(RailwayPeriod {
                        from,
                        until,
                        operator,
                        note: p.note,
                        sources,
                    });
                }
                (Err(e), _, _) | (_, Err(e), _) => bad(e.to_string()),
                (_, _, None) => bad(format!("unknown operator '{}'", p.operator)),
            }
        }
        for w in periods.windows(2) {
            if w[0].until.is_none_or(|u| u > w[1].from) {
                bad(format!(
                    "periods from {} and {} overlap or are out of order",
                    w[0].from, w[1].from
                ));
            }
        }
        if problems.len() == before {
            out.push(Railway {
                id: props.id,
                name: props.name,
                lines,
                periods,
            });
        }
    }
    out
}
