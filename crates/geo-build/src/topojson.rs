//! A small TopoJSON reader: arcs (delta-encoded and quantized) stitched back into polygons.

use geo::{LineString, MultiPolygon, Polygon};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Option<Transform>,
    objects: HashMap<String, Object>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Object {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    geometries: Vec<Object>,
    #[serde(default)]
    arcs: serde_json::Value,
    #[serde(default)]
    properties: HashMap<String, serde_json::Value>,
}

/// Reads object `object` of a TopoJSON file into (name, polygons) pairs; `name` is the `name`
/// property, empty where there is none.
pub fn read(text: &str, object: &str) -> Result<Vec<(String, MultiPolygon)>, String> {
    let topo: Topology = serde_json::from_str(text).map_err(|e| format!("not TopoJSON: {e}"))?;
    let arcs: Vec<Vec<[f64; 2]>> = topo
        .arcs
        .iter()
        .map(|a| decode_arc(a, topo.transform.as_ref()))
        .collect();
    let obj = topo
        .objects
        .get(object)
        .ok_or_else(|| format!("no object '{object}'"))?;
    let members = if obj.kind == "GeometryCollection" {
        obj.geometries.iter().collect()
    } else {
        vec![obj]
    };
    let mut out = Vec::new();
    for g in members {
        let name = g
            .properties
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let polys: Vec<Vec<Vec<i64>>> = match g.kind.as_str() {
            "Polygon" => vec![serde_json::from_value(g.arcs.clone()).map_err(|e| e.to_string())?],
            "MultiPolygon" => serde_json::from_value(g.arcs.clone()).map_err(|e| e.to_string())?,
            _ => continue,
        };
        let polygons = polys
            .iter()
            .map(|rings| {
                let mut rings = rings.iter().map(|r| LineString::from(stitch(&arcs, r)));
                let outer = rings.next().unwrap_or_else(|| LineString::new(vec![]));
                Polygon::new(outer, rings.collect())
            })
            .collect();
        out.push((name, MultiPolygon::new(polygons)));
    }
    Ok(out)
}

fn decode_arc(arc: &[[f64; 2]], t: Option<&Transform>) -> Vec<[f64; 2]> {
    let Some(t) = t else { return arc.to_vec() };
    let (mut x, mut y) = (0.0, 0.0);
    arc.iter()
        .map(|[dx, dy]| {
            x += dx;
            y += dy;
            [
                x * t.scale[0] + t.translate[0],
                y * t.scale[1] + t.translate[1],
            ]
        })
        .collect()
}

/// Joins a ring's arcs; index `!i` (negative) means arc `i` reversed. Shared end points are kept once.
fn stitch(arcs: &[Vec<[f64; 2]>], indices: &[i64]) -> Vec<(f64, f64)> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for &i in indices {
        let arc: Vec<[f64; 2]> = if i >= 0 {
            arcs[i as usize].clone()
        } else {
            arcs[!i as usize].iter().rev().copied().collect()
        };
        let skip = usize::from(!ring.is_empty());
        ring.extend(arc.iter().skip(skip).map(|p| (p[0], p[1])));
    }
    ring
}

/// The border between the geometries named `a` and `b` of object `object`: the arcs those two
/// use and no other geometry does (TopoJSON's mesh), decoded and chained end to end into lines.
pub fn mesh(text: &str, object: &str, a: &str, b: &str) -> Result<Vec<Vec<[f64; 2]>>, String> {
    let topo: Topology = serde_json::from_str(text).map_err(|e| format!("not TopoJSON: {e}"))?;
    let obj = topo
        .objects
        .get(object)
        .ok_or_else(|| format!("no object '{object}'"))?;
    let members: Vec<&Object> = if obj.kind == "GeometryCollection" {
        obj.geometries.iter().collect()
    } else {
        vec![obj]
    };
    // For each arc, the names of the geometries that use it.
    let mut users: Vec<Vec<&str>> = vec![Vec::new(); topo.arcs.len()];
    for g in &members {
        let name = g
            .properties
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let mut indices = Vec::new();
        arc_indices(&g.arcs, &mut indices);
        for i in indices {
            let i = if i >= 0 { i } else { !i } as usize;
            let u = users
                .get_mut(i)
                .ok_or_else(|| format!("arc {i} does not exist"))?;
            if !u.contains(&name) {
                u.push(name);
            }
        }
    }
    for name in [a, b] {
        if !members
            .iter()
            .any(|g| g.properties.get("name").and_then(|v| v.as_str()) == Some(name))
        {
            return Err(format!("no geometry named '{name}' in '{object}'"));
        }
    }
    let shared: Vec<Vec<[f64; 2]>> = users
        .iter()
        .enumerate()
        .filter(|(_, u)| u.len() == 2 && u.contains(&a) && u.contains(&b))
        .map(|(i, _)| decode_arc(&topo.arcs[i], topo.transform.as_ref()))
        .collect();
    if shared.is_empty() {
        return Err(format!("'{a}' and '{b}' share no border"));
    }
    Ok(chain(shared, 0.0))
}

/// Every arc index in a geometry's (nested) `arcs` array.
fn arc_indices(v: &serde_json::Value, out: &mut Vec<i64>) {
    match v {
        serde_json::Value::Number(n) => out.extend(n.as_i64()),
        serde_json::Value::Array(items) => items.iter().for_each(|w| arc_indices(w, out)),
        _ => {}
    }
}

/// Joins lines whose ends meet (lie within `reach` degrees of each other) into longer lines, in
/// a fixed order: the first unused line, grown at its end and then at its start. Where two ends
/// are the same point it is kept once; where they only lie close, both are kept (a short step).
pub fn chain(mut lines: Vec<Vec<[f64; 2]>>, reach: f64) -> Vec<Vec<[f64; 2]>> {
    let meets =
        |p: [f64; 2], q: [f64; 2]| (p[0] - q[0]).abs() <= reach && (p[1] - q[1]).abs() <= reach;
    let mut out = Vec::new();
    while !lines.is_empty() {
        let mut line = lines.remove(0);
        loop {
            let (first, last) = (line[0], line[line.len() - 1]);
            if let Some(k) = lines
                .iter()
                .position(|l| meets(l[0], last) || meets(l[l.len() - 1], last))
            {
                let mut next = lines.remove(k);
                if !meets(next[0], last) {
                    next.reverse();
                }
                let skip = usize::from(next[0] == last);
                line.extend(next.into_iter().skip(skip));
            } else if let Some(k) = lines
                .iter()
                .position(|l| meets(l[0], first) || meets(l[l.len() - 1], first))
            {
                let mut next = lines.remove(k);
                if !meets(next[next.len() - 1], first) {
                    next.reverse();
                }
                let skip = usize::from(next[next.len() - 1] == first);
                next.extend(line.into_iter().skip(skip));
                line = next;
            } else {
                break;
            }
        }
        out.push(line);
    }
    out
}
