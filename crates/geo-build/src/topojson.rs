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
