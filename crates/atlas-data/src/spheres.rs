//! Spheres of influence (`geo/spheres.geojson`): polygons with the power whose sphere they were,
//! the power that governed, the days, the event that made them, a note and sources.

use super::common::{date, RawLocalized, RawSource};
use super::geometry::{parse_collection, props, to_polygon};
use super::{DataError, DataErrorKind};
use atlas_core::carto::geometry::Polygon;
use atlas_core::model::{Confidence, Power, Source, Sphere};
use geojson::Value;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSphere {
    id: String,
    power: String,
    over: String,
    name: RawLocalized,
    from: String,
    #[serde(default)]
    until: Option<String>,
    event: String,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    confidence: Option<String>,
    note: RawLocalized,
    sources: Vec<RawSource>,
}

/// Parses the spheres, each with its polygons (parallel vectors); a sphere that cannot be read
/// is reported and left out. Whether its events exist is checked with the timeline.
pub fn parse_spheres(
    file: &str,
    text: &str,
    problems: &mut Vec<DataError>,
) -> (Vec<Sphere>, Vec<Vec<Polygon>>) {
    let (mut spheres, mut shapes) = (Vec::new(), Vec::new());
    for (item, f) in parse_collection(file, text, problems) {
        let before = problems.len();
        let mut bad = |kind| problems.push(DataError::item(file, &item, kind));
        let r: RawSphere = match props(&f) {
            Ok(r) => r,
            Err(kind) => {
                bad(kind);
                continue;
            }
        };
        let polygons: Vec<Polygon> = match f.geometry.as_ref().map(|g| &g.value) {
            Some(Value::Polygon(rings)) => vec![to_polygon(rings)],
            Some(Value::MultiPolygon(polys)) => polys.iter().map(|p| to_polygon(p)).collect(),
            Some(other) => {
                bad(DataErrorKind::WrongGeometry {
                    found: other.type_name().to_string(),
                    allowed: "Polygon, MultiPolygon",
                });
                continue;
            }
            None => {
                bad(DataErrorKind::NoGeometry);
                continue;
            }
        };
        let power = Power::from_id(&r.power).filter(|p| *p != Power::Shared);
        if power.is_none() {
            bad(DataErrorKind::UnknownPower(r.power.clone()));
        }
        let over = Power::from_id(&r.over).filter(|p| *p != Power::Shared);
        if over.is_none() {
            bad(DataErrorKind::UnknownPower(r.over.clone()));
        }
        let confidence = match r.confidence.as_deref().map(Confidence::from_id) {
            None => Some(Confidence::High),
            Some(Some(c)) => Some(c),
            Some(None) => {
                bad(DataErrorKind::UnknownConfidence(
                    r.confidence.clone().unwrap_or_default(),
                ));
                None
            }
        };
        let (name, note) = (r.name.into_localized(), r.note.into_localized());
        if name.is_none() || note.is_none() {
            bad(DataErrorKind::NeedsText);
        }
        if r.sources.is_empty() || !r.sources.iter().all(RawSource::is_complete) {
            bad(DataErrorKind::NeedsSource);
        }
        for k in r.sources.iter().filter_map(RawSource::kind_problem) {
            bad(k);
        }
        for k in r
            .sources
            .iter()
            .filter_map(|s| super::validate::source_problem(&s.url))
        {
            bad(k);
        }
        let from = date(file, &item, &r.from, problems);
        let until = match &r.until {
            Some(u) => date(file, &item, u, problems).map(Some),
            None => Some(None),
        };
        let sources: Vec<Source> = r.sources.into_iter().map(Source::from).collect();
        for k in super::validate::record_problems(&sources) {
            problems.push(DataError::item(file, &item, k));
        }
        if let (Some(from), Some(Some(u))) = (from, until) {
            if u <= from {
                problems.push(DataError::item(
                    file,
                    &item,
                    DataErrorKind::PeriodEmpty { from, until: u },
                ));
            }
        }
        if problems.len() != before {
            continue;
        }
        let (
            Some(power),
            Some(over),
            Some(confidence),
            Some(name),
            Some(note),
            Some(from),
            Some(until),
        ) = (power, over, confidence, name, note, from, until)
        else {
            continue;
        };
        spheres.push(Sphere {
            id: r.id,
            power,
            over,
            name,
            from,
            until,
            event: r.event,
            end: r.end,
            confidence,
            note,
            sources,
        });
        shapes.push(polygons);
    }
    (spheres, shapes)
}
