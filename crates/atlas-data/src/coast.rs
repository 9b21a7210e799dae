//! The land the pieces tile, and the check that they still tile it.
//!
//! The geometry build cuts the pieces (and any backdrop) out of Natural Earth's land with shared
//! edges kept identical, so every edge of every ring is either shared by exactly two of them
//! (a border) or lies on the land's outline (a coast, or the edge of the box cut out). The build
//! writes that outline to `geo/land.geojson`. A later hand edit that leaves land in no piece
//! (a notch, a piece moved or drawn over another) or covers land twice no longer fits it, and
//! `check_coverage` says where.

use super::{DataError, DataErrorKind, Feature};
use std::collections::{BTreeMap, HashMap};

/// A position in thousandths of a degree: the precision the files store, so equal positions
/// compare equal.
type Key = (i64, i64);

fn key([x, y]: [f64; 2]) -> Key {
    ((x * 1000.0).round() as i64, (y * 1000.0).round() as i64)
}

fn position((x, y): Key) -> [f64; 2] {
    [x as f64 / 1000.0, y as f64 / 1000.0]
}

/// An edge with its ends in a fixed order, whichever way a ring runs along it.
type Edge = (Key, Key);

fn edge(a: Key, b: Key) -> Edge {
    (a.min(b), a.max(b))
}

/// Every edge of the features' rings, with the features (by index) whose rings run along it.
fn edges(features: &[&Feature]) -> BTreeMap<Edge, Vec<usize>> {
    let mut out: BTreeMap<Edge, Vec<usize>> = BTreeMap::new();
    for (i, f) in features.iter().enumerate() {
        for ring in f.polygons.iter().flatten() {
            for pair in ring.windows(2) {
                let (a, b) = (key(pair[0]), key(pair[1]));
                if a != b {
                    out.entry(edge(a, b)).or_default().push(i);
                }
            }
        }
    }
    out
}

/// The outline of the land the features tile: their edges that no two of them share, joined
/// into lines. The geometry build writes this as `geo/land.geojson`.
pub fn outline(features: &[&Feature]) -> Vec<Vec<[f64; 2]>> {
    let coast: Vec<Edge> = edges(features)
        .into_iter()
        .filter(|(_, owners)| owners.len() == 1)
        .map(|(e, _)| e)
        .collect();
    // Walk the coast from edge to edge through shared ends; every edge is used once.
    let mut at: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, (a, b)) in coast.iter().enumerate() {
        at.entry(*a).or_default().push(i);
        at.entry(*b).or_default().push(i);
    }
    let mut used = vec![false; coast.len()];
    let mut lines = Vec::new();
    for start in 0..coast.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let (a, b) = coast[start];
        let mut line = vec![a, b];
        let mut end = b;
        while let Some(&next) = at[&end].iter().find(|&&i| !used[i]) {
            used[next] = true;
            let (p, q) = coast[next];
            end = if p == end { q } else { p };
            line.push(end);
        }
        lines.push(line.into_iter().map(position).collect());
    }
    lines
}

/// The outline as the GeoJSON `geo/land.geojson` holds, with its provenance.
pub fn outline_geojson(lines: &[Vec<[f64; 2]>], about: &str) -> String {
    let coords: Vec<String> = lines
        .iter()
        .map(|l| {
            let points: Vec<String> = l.iter().map(|[x, y]| format!("[{x},{y}]")).collect();
            format!("[{}]", points.join(","))
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"_about\":{},\"features\":[\n{{\"type\":\"Feature\",\"properties\":{{\"id\":\"land_outline\"}},\"geometry\":{{\"type\":\"MultiLineString\",\"coordinates\":[\n{}\n]}}}}\n]}}\n",
        serde_json::Value::from(about),
        coords.join(",\n")
    )
}

/// Reads `geo/land.geojson`: the outline's lines, or a problem naming the file.
pub fn parse_outline(file: &str, text: &str, problems: &mut Vec<DataError>) -> Vec<Vec<[f64; 2]>> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(DataError::file(file, DataErrorKind::NotJson(e.to_string())));
            return Vec::new();
        }
    };
    let lines = value["features"][0]["geometry"]["coordinates"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .map(|l| {
                    l.as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| Some([p[0].as_f64()?, p[1].as_f64()?]))
                        .collect::<Option<Vec<[f64; 2]>>>()
                })
                .collect::<Option<Vec<_>>>()
        });
    match lines.flatten() {
        Some(lines) if value["features"][0]["geometry"]["type"] == "MultiLineString" => lines,
        _ => {
            problems.push(DataError::file(
                file,
                DataErrorKind::NotThisFile(
                    "one feature whose geometry is the MultiLineString of the land's outline"
                        .into(),
                ),
            ));
            Vec::new()
        }
    }
}

/// Checks that the pieces and backdrop still tile the land of `outline`: each of their edges is
/// shared by two of them or lies on the outline, once; each edge of the outline is on one of
/// them. Problems are reported once per piece (or once for the outline), at the first place
/// found, with how many edges are wrong.
pub fn check_coverage(
    pieces_file: &str,
    features: &[&Feature],
    outline: &[Vec<[f64; 2]>],
    problems: &mut Vec<DataError>,
) {
    let all = edges(features);
    let mut coast: BTreeMap<Edge, bool> = BTreeMap::new();
    for line in outline {
        for pair in line.windows(2) {
            let (a, b) = (key(pair[0]), key(pair[1]));
            if a != b {
                coast.insert(edge(a, b), false);
            }
        }
    }
    // Per feature: (first place, count) of edges bordering nothing, and of land covered twice.
    let mut open: BTreeMap<usize, ([f64; 2], usize)> = BTreeMap::new();
    let mut twice: BTreeMap<usize, ([f64; 2], usize, usize)> = BTreeMap::new();
    for (e, owners) in &all {
        let at = position(e.0);
        let on_coast = coast.get_mut(e).map(|seen| *seen = true).is_some();
        match (owners.len(), on_coast) {
            (1, true) | (2, false) => {}
            (1, false) => {
                let entry = open.entry(owners[0]).or_insert((at, 0));
                entry.1 += 1;
            }
            _ => {
                // Three along one edge, or two along a coast: some land is in two pieces.
                let other = owners.iter().copied().find(|&o| o != owners[0]);
                let entry = twice
                    .entry(owners[0])
                    .or_insert((at, other.unwrap_or(owners[0]), 0));
                entry.2 += 1;
            }
        }
    }
    for (i, (at, edges)) in open {
        problems.push(DataError::item(
            pieces_file,
            &features[i].id,
            DataErrorKind::LandUncovered { at, edges },
        ));
    }
    for (i, (at, other, edges)) in twice {
        problems.push(DataError::item(
            pieces_file,
            &features[i].id,
            DataErrorKind::LandCoveredTwice {
                other: features[other].id.clone(),
                at,
                edges,
            },
        ));
    }
    let bare: Vec<&Edge> = coast
        .iter()
        .filter(|(_, seen)| !**seen)
        .map(|(e, _)| e)
        .collect();
    if let Some(first) = bare.first() {
        problems.push(DataError::file(
            pieces_file,
            DataErrorKind::CoastInNoPiece {
                at: position(first.0),
                edges: bare.len(),
            },
        ));
    }
}
