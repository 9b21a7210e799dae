//! Parsing the GeoJSON files into plain polygons with the properties we use.

use super::common::RawLocalized;
use super::{DataError, DataErrorKind, Label, LabelKind};
use atlas_core::carto::geometry::Polygon;
use geojson::Value;
use serde::Deserialize;

/// A named area of land: a piece of the map or a backdrop area.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Feature {
    /// Stable identifier, as in `data-piece` and the events.
    pub id: String,
    /// Its plain descriptive name, for readers of the file; the map shows the names over time
    /// in `geo/piece_names.json`.
    pub name: String,
    /// The region it belongs to (`sakhalin`, `kurils`, `liaodong`, `manchuria`, `korea`, ... or `context`).
    pub region: String,
    /// The territory it is part of, when history split one territory into several pieces.
    pub group: Option<String>,
    /// Its area (or its group's) in km² where a historical figure gives one, to check the drawing.
    pub known_area_km2: Option<f64>,
    /// The land, as one or more polygons.
    pub polygons: Vec<Polygon>,
}

/// The properties a feature may carry; anything else is an error, so a typo cannot hide.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeatureProps {
    id: String,
    name: String,
    region: String,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    known_area_km2: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelProps {
    text: RawLocalized,
    kind: LabelKind,
}

/// Reads a FeatureCollection feature by feature, so one broken feature is reported by its number
/// and id (when it has one) while the rest still load.
pub(super) fn parse_collection(
    file: &str,
    text: &str,
    problems: &mut Vec<DataError>,
) -> Vec<(String, geojson::Feature)> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(DataError::file(file, DataErrorKind::NotJson(e.to_string())));
            return Vec::new();
        }
    };
    let Some(features) = value
        .get("features")
        .and_then(|f| f.as_array())
        .filter(|_| value.get("type") == Some(&"FeatureCollection".into()))
    else {
        problems.push(DataError::file(file, DataErrorKind::NotFeatureCollection));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (n, raw) in features.iter().enumerate() {
        let id = raw
            .pointer("/properties/id")
            .and_then(|v| v.as_str())
            .map_or_else(|| format!("feature #{}", n + 1), str::to_string);
        match geojson::Feature::from_json_value(raw.clone()) {
            Ok(f) => out.push((id, f)),
            Err(e) => problems.push(DataError::item(
                file,
                &id,
                DataErrorKind::BadFeature(e.to_string()),
            )),
        }
    }
    out
}

/// A feature's properties read into `T`; unknown or missing ones are a `BadProperties` problem.
pub(super) fn props<T: for<'de> Deserialize<'de>>(
    f: &geojson::Feature,
) -> Result<T, DataErrorKind> {
    let map = f.properties.clone().unwrap_or_default();
    serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| DataErrorKind::BadProperties(e.to_string()))
}

/// Parses polygon features; a feature that cannot be read is reported and left out.
pub fn parse_features(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Feature> {
    let mut out = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        let p: FeatureProps = match props(&f) {
            Ok(p) => p,
            Err(reason) => {
                problems.push(DataError::item(file, &item, reason));
                continue;
            }
        };
        let polygons = match f.geometry.as_ref().map(|g| &g.value) {
            Some(Value::Polygon(rings)) => vec![to_polygon(rings)],
            Some(Value::MultiPolygon(polys)) => polys.iter().map(|r| to_polygon(r)).collect(),
            Some(other) => {
                problems.push(DataError::item(
                    file,
                    &p.id,
                    DataErrorKind::WrongGeometry {
                        found: other.type_name().to_string(),
                        allowed: "Polygon, MultiPolygon",
                    },
                ));
                continue;
            }
            None => {
                problems.push(DataError::item(file, &p.id, DataErrorKind::NoGeometry));
                continue;
            }
        };
        out.push(Feature {
            id: p.id,
            name: p.name,
            region: p.region,
            group: p.group,
            known_area_km2: p.known_area_km2,
            polygons,
        });
    }
    out
}

/// Parses point features carrying a `text` property.
pub fn parse_labels(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Label> {
    let mut out = Vec::new();
    for (item, f) in parse_collection(file, text, problems) {
        match (
            props::<LabelProps>(&f),
            f.geometry.as_ref().map(|g| &g.value),
        ) {
            (Ok(_), Some(Value::Point(pos)))
                if pos.len() >= 2 && !super::validate::in_bounds([pos[0], pos[1]]) =>
            {
                problems.push(DataError::item(
                    file,
                    &item,
                    DataErrorKind::OutsideBox([pos[0], pos[1]]),
                ))
            }
            (Ok(p), Some(Value::Point(pos))) if pos.len() >= 2 => match p.text.into_localized() {
                Some(text) => out.push(Label {
                    text,
                    kind: p.kind,
                    at: [pos[0], pos[1]],
                }),
                None => problems.push(DataError::item(file, &item, DataErrorKind::NeedsText)),
            },
            (Err(kind), _) => problems.push(DataError::item(file, &item, kind)),
            (Ok(_), g) => problems.push(DataError::item(
                file,
                &item,
                DataErrorKind::WrongGeometry {
                    found: g.map_or("nothing", |g| g.type_name()).to_string(),
                    allowed: "Point",
                },
            )),
        }
    }
    out
}

pub(super) fn to_polygon(rings: &[Vec<Vec<f64>>]) -> Polygon {
    // A position with fewer than two numbers becomes NaN and is reported by validation.
    rings
        .iter()
        .map(|r| {
            r.iter()
                .map(|p| {
                    [
                        p.first().copied().unwrap_or(f64::NAN),
                        p.get(1).copied().unwrap_or(f64::NAN),
                    ]
                })
                .collect()
        })
        .collect()
}
