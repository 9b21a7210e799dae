//! Railway lines with the power that ran them over time (`geo/railways.geojson`). The land of a
//! railway zone stayed under China's sovereignty; the line shows who operated it and guarded it.

use super::common::{check_periods, date, RawSource};
use super::geometry::{parse_collection, props};
use super::{DataError, DataErrorKind};
use atlas_core::model::{Date, Dated, Power, Source};
use serde::Deserialize;

/// A railway: its route and who ran it when.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Railway {
    /// Stable identifier (`data-railway`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// The route, as one or more lines of `[lon, lat]`.
    pub lines: Vec<Vec<[f64; 2]>>,
    /// Who operated it, in date order.
    pub periods: Vec<RailwayPeriod>,
    /// The operator over time: `None` before it ran and between periods.
    operators: Dated<Option<Power>>,
}

/// One power's operation of a railway, from `from` until the day before `until`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// A railway from its periods (in date order, not overlapping).
    pub fn new(
        id: String,
        name: String,
        lines: Vec<Vec<[f64; 2]>>,
        periods: Vec<RailwayPeriod>,
    ) -> Railway {
        let mut operators = Dated::default();
        for p in &periods {
            operators.push(p.from, Some(p.operator));
            if let Some(u) = p.until {
                operators.push(u, None);
            }
        }
        Railway {
            id,
            name,
            lines,
            periods,
            operators,
        }
    }

    /// The railway as the map holds it: its name and operators, without its line in degrees and
    /// the notes and sources of its periods.
    pub fn for_map(&self) -> atlas_core::atlas::Railway {
        atlas_core::atlas::Railway {
            id: self.id.clone(),
            name: self.name.clone(),
            operators: self.operators.clone(),
        }
    }

    /// Who ran it on `date`, if anyone.
    pub fn operator_at(&self, date: Date) -> Option<Power> {
        self.operators.at(date).copied().flatten()
    }

    /// The dates its operator changes (opening and closing included).
    pub fn operator_changes(&self) -> impl Iterator<Item = Date> + '_ {
        self.operators.changes().iter().map(|(d, _)| *d)
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
/// overlapping, a known operator, at least one source with a title and an address each.
pub fn parse_railways(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Railway> {
    let mut out: Vec<Railway> = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        let before = problems.len();
        let props: Props = match props(&f) {
            Ok(p) => p,
            Err(kind) => {
                problems.push(DataError::item(file, &item, kind));
                continue;
            }
        };
        let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
        let lines: Vec<Vec<[f64; 2]>> = match f.geometry.map(|g| g.value) {
            Some(geojson::Value::LineString(l)) => vec![l.iter().map(|p| [p[0], p[1]]).collect()],
            Some(geojson::Value::MultiLineString(ls)) => ls
                .iter()
                .map(|l| l.iter().map(|p| [p[0], p[1]]).collect())
                .collect(),
            other => {
                bad(DataErrorKind::WrongGeometry {
                    found: other.map_or("nothing", |g| g.type_name()).to_string(),
                    allowed: "LineString, MultiLineString",
                });
                continue;
            }
        };
        if lines.iter().any(|l| l.len() < 2) {
            bad(DataErrorKind::LineTooShort);
        }
        if let Some(p) = lines
            .iter()
            .flatten()
            .find(|p| !super::validate::in_bounds(**p))
        {
            bad(DataErrorKind::OutsideBox(*p));
        }
        if props.periods.is_empty() {
            bad(DataErrorKind::NoPeriods);
        }
        if out.iter().any(|r| r.id == props.id) {
            bad(DataErrorKind::DuplicateId);
        }
        let mut periods = Vec::new();
        for p in props.periods {
            let from = date(file, &item, &p.from, problems);
            let until = match &p.until {
                Some(u) => date(file, &item, u, problems).map(Some),
                None => Some(None),
            };
            let operator = Power::from_id(&p.operator).filter(|o| *o != Power::Shared);
            let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
            if operator.is_none() {
                bad(DataErrorKind::UnknownPower(p.operator.clone()));
            }
            if p.sources.is_empty() || !p.sources.iter().all(RawSource::is_complete) {
                bad(DataErrorKind::NeedsSource);
            }
            for s in &p.sources {
                if let Some(kind) = super::validate::source_problem(&s.url) {
                    bad(kind);
                }
            }
            if let Some(from) = from.filter(|f| !f.is_on_map()) {
                bad(DataErrorKind::DateOffMap(from));
            }
            if let (Some(from), Some(until), Some(operator)) = (from, until, operator) {
                periods.push(RailwayPeriod {
                    from,
                    until,
                    operator,
                    note: p.note,
                    sources: p.sources.into_iter().map(Source::from).collect(),
                });
            }
        }
        let spans: Vec<(Date, Option<Date>)> = periods.iter().map(|p| (p.from, p.until)).collect();
        check_periods(file, &item, &spans, problems);
        if problems.len() == before {
            out.push(Railway::new(props.id, props.name, lines, periods));
        }
    }
    out
}
