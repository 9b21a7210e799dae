//! Topology-preserving simplification, after topojson: rings are cut into arcs at junctions
//! (points where more than two edges meet), each arc is simplified once, and every ring that uses
//! an arc gets the same result, so neighbouring pieces keep an identical shared edge.

use atlas_core::carto::Projection;
use geo::MultiPolygon;
use std::collections::HashMap;

/// A position on a 1e-7° grid, so that equal points compare equal.
type Key = (i64, i64);

/// Boolean operations round intersections on grids of their own, so the "same" vertex can come out
/// of two operations a hair apart. Points closer than `SNAP` degrees (about a metre) are made one;
/// the sources' own vertices lie on a 0.0017° grid, far coarser.
const SNAP: f64 = 1e-5;

#[derive(Default)]
struct Snapper {
    cells: HashMap<(i64, i64), Vec<Key>>,
}

impl Snapper {
    fn key(&mut self, x: f64, y: f64) -> Key {
        let cell = ((x / SNAP).floor() as i64, (y / SNAP).floor() as i64);
        for dx in -1..=1 {
            for dy in -1..=1 {
                if let Some(reps) = self.cells.get(&(cell.0 + dx, cell.1 + dy)) {
                    if let Some(k) = reps.iter().find(|k| {
                        let [kx, ky] = coord(**k);
                        (kx - x).abs() <= SNAP && (ky - y).abs() <= SNAP
                    }) {
                        return *k;
                    }
                }
            }
        }
        let k = ((x * 1e7).round() as i64, (y * 1e7).round() as i64);
        self.cells.entry(cell).or_default().push(k);
        k
    }
}

fn coord(k: Key) -> [f64; 2] {
    [k.0 as f64 / 1e7, k.1 as f64 / 1e7]
}

/// How near (degrees) to a trouble spot an arc keeps its full detail.
pub const FIX_REACH: f64 = 0.05;

/// Rings of lon/lat positions, closed, grouped as polygons (outer ring first).
pub type Polygons = Vec<Vec<Vec<[f64; 2]>>>;

/// Simplifies all pieces together. `keep_small[i]` keeps piece i's rings that would collapse
/// (at their original detail) instead of dropping them. An arc with a vertex within `FIX_REACH`
/// degrees of a point of `keep_detail` is not simplified: the build sets those points where a
/// simplified result was not valid geometry. Output positions are rounded to `decimals`.
pub fn simplify_all(
    pieces: &[MultiPolygon],
    keep_small: &[bool],
    projection: &Projection,
    tolerance: f64,
    decimals: i32,
    keep_detail: &[[f64; 2]],
) -> Vec<Polygons> {
    let mut snap = Snapper::default();
    let rings: Vec<Vec<Vec<Vec<Key>>>> = pieces
        .iter()
        .map(|mp| {
            mp.0.iter()
                .map(|poly| {
                    std::iter::once(poly.exterior())
                        .chain(poly.interiors())
                        .map(|ls| {
                            open_ring(
                                ls.coords()
                                    .map(|c| snap.key(c.x, c.y))
                                    .collect::<Vec<_>>()
                                    .into_iter(),
                            )
                        })
                        .collect()
                })
                .collect()
        })
        .collect();

    let rings = node(rings);

    let mut neighbours: HashMap<Key, Vec<Key>> = HashMap::new();
    for ring in rings.iter().flatten().flatten() {
        let n = ring.len();
        for i in 0..n {
            let e = neighbours.entry(ring[i]).or_default();
            for nb in [ring[(i + n - 1) % n], ring[(i + 1) % n]] {
                if !e.contains(&nb) {
                    e.push(nb);
                }
            }
        }
    }
    let is_junction = |k: &Key| neighbours.get(k).is_none_or(|v| v.len() != 2);

    let mut memo: HashMap<Vec<Key>, Vec<Key>> = HashMap::new();
    let mut simplify_arc = |arc: Vec<Key>| -> Vec<Key> {
        let rev: Vec<Key> = arc.iter().rev().copied().collect();
        let forward = arc <= rev;
        let canon = if forward { arc } else { rev };
        let near_fix = canon.iter().any(|k| {
            let [x, y] = coord(*k);
            keep_detail
                .iter()
                .any(|f| (f[0] - x).abs() < FIX_REACH && (f[1] - y).abs() < FIX_REACH)
        });
        let done = memo
            .entry(canon.clone())
            .or_insert_with(|| {
                if near_fix {
                    canon.clone()
                } else {
                    rdp(&canon, projection, tolerance)
                }
            })
            .clone();
        if forward {
            done
        } else {
            done.into_iter().rev().collect()
        }
    };

    // Near a trouble spot, rounding to the stored precision can itself make rings cross; keep
    // two more decimals there (on both sides of a shared edge alike, since it goes by position).
    let round = |k: Key| {
        let [x, y] = coord(k);
        let near_fix = keep_detail
            .iter()
            .any(|f| (f[0] - x).abs() < FIX_REACH && (f[1] - y).abs() < FIX_REACH);
        let scale = 10f64.powi(if near_fix { decimals + 4 } else { decimals });
        [(x * scale).round() / scale, (y * scale).round() / scale]
    };
    let finish = |ring: &[Key]| -> Option<Vec<[f64; 2]>> {
        let mut out = drop_spikes(ring.iter().map(|&k| round(k)));
        // A spike across the ring's start shows up once the ring is rotated.
        let half = out.len() / 2;
        out.rotate_left(half);
        let mut out = drop_spikes(out.into_iter());
        while out.len() > 1 && out.first() == out.last() {
            out.pop();
        }
        (out.len() >= 3).then(|| {
            out.push(out[0]);
            out
        })
    };

    let mut result = Vec::new();
    for (pi, polys) in rings.iter().enumerate() {
        let mut out_polys = Vec::new();
        for poly in polys {
            let mut out_rings = Vec::new();
            for (ri, ring) in poly.iter().enumerate() {
                let simple = simplify_ring(ring, &is_junction, &mut simplify_arc);
                let done =
                    finish(&simple).or_else(|| if keep_small[pi] { finish(ring) } else { None });
                match done {
                    Some(r) => out_rings.push(r),
                    None if ri == 0 => break, // the outer ring collapsed: drop the polygon
                    None => {}
                }
            }
            if !out_rings.is_empty() {
                out_polys.push(out_rings);
            }
        }
        result.push(out_polys);
    }
    result
}

/// Where a ring is: piece, polygon, ring.
type RingAt = (usize, usize, usize);
/// Where an edge is: piece, polygon, ring, index of its first vertex.
type EdgeAt = (usize, usize, usize, usize);

/// Vertices to insert into one edge, by their position along it.
type Inserts = Vec<(f64, Key)>;

/// Inserts into every edge the vertices of other rings that lie on it (T-junctions). A cut that
/// runs along a border adds vertices to the pieces it cuts but not to the neighbour across the
/// border; without them the two sides would be split into different arcs and simplified apart.
fn node(mut rings: Vec<Vec<Vec<Vec<Key>>>>) -> Vec<Vec<Vec<Vec<Key>>>> {
    const CELL: i64 = 1_000_000; // 0.1° in key units
    let near = (SNAP * 1e7) as i64;
    let cell = |v: i64| v.div_euclid(CELL);
    // Every edge, by the grid cells its bounding box touches.
    let mut grid: HashMap<(i64, i64), Vec<EdgeAt>> = HashMap::new();
    let mut vertices: Vec<Key> = Vec::new();
    for (a, polys) in rings.iter().enumerate() {
        for (b, poly) in polys.iter().enumerate() {
            for (c, ring) in poly.iter().enumerate() {
                for i in 0..ring.len() {
                    let (p, q) = (ring[i], ring[(i + 1) % ring.len()]);
                    vertices.push(p);
                    for cx in cell(p.0.min(q.0) - near)..=cell(p.0.max(q.0) + near) {
                        for cy in cell(p.1.min(q.1) - near)..=cell(p.1.max(q.1) + near) {
                            grid.entry((cx, cy)).or_default().push((a, b, c, i));
                        }
                    }
                }
            }
        }
    }
    vertices.sort_unstable();
    vertices.dedup();
    let mut inserts: HashMap<EdgeAt, Inserts> = HashMap::new();
    for v in vertices {
        let Some(edges) = grid.get(&(cell(v.0), cell(v.1))) else {
            continue;
        };
        for &(a, b, c, i) in edges {
            let ring = &rings[a][b][c];
            let (p, q) = (ring[i], ring[(i + 1) % ring.len()]);
            if v == p || v == q {
                continue;
            }
            let (dx, dy) = ((q.0 - p.0) as f64, (q.1 - p.1) as f64);
            let len2 = dx * dx + dy * dy;
            if len2 == 0.0 {
                continue;
            }
            let t = ((v.0 - p.0) as f64 * dx + (v.1 - p.1) as f64 * dy) / len2;
            if t <= 0.0 || t >= 1.0 {
                continue;
            }
            let (ex, ey) = (
                p.0 as f64 + t * dx - v.0 as f64,
                p.1 as f64 + t * dy - v.1 as f64,
            );
            if ex.hypot(ey) <= near as f64 {
                inserts.entry((a, b, c, i)).or_default().push((t, v));
            }
        }
    }
    let mut by_ring: HashMap<RingAt, Vec<(usize, Inserts)>> = HashMap::new();
    for ((a, b, c, i), mut pts) in inserts {
        pts.sort_by(|x, y| x.0.total_cmp(&y.0));
        by_ring.entry((a, b, c)).or_default().push((i, pts));
    }
    for ((a, b, c), mut edits) in by_ring {
        edits.sort_by_key(|e| e.0);
        let ring = &mut rings[a][b][c];
        let mut out = Vec::with_capacity(ring.len() + edits.len());
        let mut next = edits.iter().peekable();
        for (i, &p) in ring.iter().enumerate() {
            out.push(p);
            if let Some((_, pts)) = next.next_if(|e| e.0 == i) {
                out.extend(pts.iter().map(|(_, k)| *k));
            }
        }
        *ring = out;
    }
    rings
}

/// Positions without consecutive repeats or zero-width spikes (`a, b, a` becomes `a`): boolean
/// operations leave such dangling edges where two cut lines share their last vertices.
fn drop_spikes(points: impl Iterator<Item = [f64; 2]>) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::new();
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 && out[out.len() - 2] == p {
            out.pop();
            continue;
        }
        out.push(p);
    }
    out
}

/// A ring without its closing repeat or consecutive duplicates.
fn open_ring(keys: impl Iterator<Item = Key>) -> Vec<Key> {
    let mut v: Vec<Key> = Vec::new();
    for k in keys {
        if v.last() != Some(&k) {
            v.push(k);
        }
    }
    while v.len() > 1 && v.first() == v.last() {
        v.pop();
    }
    v
}

fn simplify_ring(
    ring: &[Key],
    is_junction: &dyn Fn(&Key) -> bool,
    simplify_arc: &mut dyn FnMut(Vec<Key>) -> Vec<Key>,
) -> Vec<Key> {
    let n = ring.len();
    let junctions: Vec<usize> = (0..n).filter(|&i| is_junction(&ring[i])).collect();
    if junctions.is_empty() {
        // A ring of its own (an island): start at its least point so the result is deterministic,
        // and split it at the point farthest from there so both halves have fixed ends.
        let start = (0..n).min_by_key(|&i| ring[i]).unwrap_or(0);
        let rot: Vec<Key> = (0..n).map(|i| ring[(start + i) % n]).collect();
        let far = (1..n).max_by_key(|&i| dist2(rot[0], rot[i])).unwrap_or(0);
        let mut out = simplify_arc(rot[..=far].to_vec());
        let mut back: Vec<Key> = rot[far..].to_vec();
        back.push(rot[0]);
        out.extend(simplify_arc(back).into_iter().skip(1));
        out.pop();
        return out;
    }
    let mut out = Vec::new();
    for (j, &a) in junctions.iter().enumerate() {
        let b = junctions[(j + 1) % junctions.len()];
        let len = if b > a { b - a } else { b + n - a };
        let arc: Vec<Key> = (0..=len).map(|i| ring[(a + i) % n]).collect();
        let s = simplify_arc(arc);
        out.extend_from_slice(&s[..s.len() - 1]);
    }
    out
}

fn dist2(a: Key, b: Key) -> i128 {
    let (dx, dy) = (i128::from(a.0 - b.0), i128::from(a.1 - b.1));
    dx * dx + dy * dy
}

/// Ramer–Douglas–Peucker in projected (screen) units; the end points are always kept.
fn rdp(arc: &[Key], projection: &Projection, tolerance: f64) -> Vec<Key> {
    let pts: Vec<[f64; 2]> = arc.iter().map(|&k| projection.project(coord(k))).collect();
    arc.iter()
        .zip(rdp_keep(&pts, tolerance))
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

/// Which points of a line Ramer–Douglas–Peucker keeps at `tolerance`, the line given in
/// projected units (both ends always; every point of a line of two).
pub(crate) fn rdp_keep(pts: &[[f64; 2]], tolerance: f64) -> Vec<bool> {
    let mut keep = vec![false; pts.len()];
    let Some(last) = pts.len().checked_sub(1) else {
        return keep;
    };
    keep[0] = true;
    keep[last] = true;
    let mut stack = vec![(0, last)];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut best, mut best_d) = (a, -1.0);
        for i in a + 1..b {
            let d = seg_dist(pts[i], pts[a], pts[b]);
            if d > best_d {
                (best, best_d) = (i, d);
            }
        }
        if best_d > tolerance {
            keep[best] = true;
            stack.push((a, best));
            stack.push((best, b));
        }
    }
    keep
}

fn seg_dist(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    };
    (p[0] - a[0] - t * dx).hypot(p[1] - a[1] - t * dy)
}
