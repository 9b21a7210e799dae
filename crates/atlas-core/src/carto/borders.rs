//! The edges between pieces, found from the geometry itself: neighbouring pieces share identical
//! edges (the geometry build simplifies shared arcs once), so an edge that two pieces both have is
//! their border, and an edge only one has is coast (or the edge of the drawn land). The map draws
//! a border only while the two sides are held differently.

use super::geometry::Polygon;
use std::collections::HashMap;

/// A border between two pieces, as polylines of `[lon, lat]`.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedEdge {
    /// One piece (index into the input), the smaller index.
    pub a: usize,
    /// The other piece.
    pub b: usize,
    /// The border, as one or more polylines.
    pub lines: Vec<Vec<[f64; 2]>>,
}

/// The borders and coasts of a set of areas.
#[derive(Clone, Debug, PartialEq)]
pub struct Edges {
    /// Borders between two pieces, by pair, in pair order.
    pub shared: Vec<SharedEdge>,
    /// Edges of a piece that no other piece has: coasts, and edges against the backdrop.
    pub outer: Vec<Vec<[f64; 2]>>,
}

/// Positions are stored to 0.001°; as integers they compare exactly.
type Key = (i64, i64);

fn key([x, y]: [f64; 2]) -> Key {
    ((x * 1000.0).round() as i64, (y * 1000.0).round() as i64)
}

/// Finds the shared edges of `pieces` (each a set of polygons).
pub fn find_edges(pieces: &[&[Polygon]]) -> Edges {
    // Each undirected segment, with the pieces that have it.
    let mut owners: HashMap<(Key, Key), Vec<usize>> = HashMap::new();
    let mut points: HashMap<Key, [f64; 2]> = HashMap::new();
    for (i, polys) in pieces.iter().enumerate() {
        for ring in polys.iter().flat_map(|p| p.iter()) {
            for w in ring.windows(2) {
                let (p, q) = (key(w[0]), key(w[1]));
                if p == q {
                    continue;
                }
                points.insert(p, w[0]);
                points.insert(q, w[1]);
                let seg = if p < q { (p, q) } else { (q, p) };
                let list = owners.entry(seg).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
    }
    let mut by_pair: HashMap<(usize, usize), Vec<(Key, Key)>> = HashMap::new();
    let mut outer_segments = Vec::new();
    for (seg, list) in owners {
        match list.as_slice() {
            [a] => outer_segments.push((seg, *a)),
            [a, b] => by_pair
                .entry(((*a).min(*b), (*a).max(*b)))
                .or_default()
                .push(seg),
            // Three pieces on one segment cannot happen with non-overlapping pieces; draw it as
            // outer so nothing is lost.
            _ => outer_segments.push((seg, list[0])),
        }
    }
    let mut pairs: Vec<(usize, usize)> = by_pair.keys().copied().collect();
    pairs.sort_unstable();
    let shared = pairs
        .into_iter()
        .map(|(a, b)| SharedEdge {
            a,
            b,
            lines: chain(&by_pair[&(a, b)], &points),
        })
        .collect();
    outer_segments.sort_unstable();
    let outer_keys: Vec<(Key, Key)> = outer_segments.into_iter().map(|(s, _)| s).collect();
    Edges {
        shared,
        outer: chain(&outer_keys, &points),
    }
}

/// Joins segments into as few polylines as possible, deterministically.
fn chain(segments: &[(Key, Key)], points: &HashMap<Key, [f64; 2]>) -> Vec<Vec<[f64; 2]>> {
    let mut segs: Vec<(Key, Key)> = segments.to_vec();
    segs.sort_unstable();
    let mut at: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, (p, q)) in segs.iter().enumerate() {
        at.entry(*p).or_default().push(i);
        at.entry(*q).or_default().push(i);
    }
    let mut used = vec![false; segs.len()];
    let mut lines = Vec::new();
    // Start at line ends (points on one segment) first, so open chains are not split.
    let mut starts: Vec<usize> = (0..segs.len())
        .filter(|i| at[&segs[*i].0].len() == 1 || at[&segs[*i].1].len() == 1)
        .collect();
    starts.extend(0..segs.len());
    for s in starts {
        if used[s] {
            continue;
        }
        used[s] = true;
        let (p, q) = segs[s];
        let (mut line, mut end) = if at[&p].len() == 1 {
            (vec![p, q], q)
        } else {
            (vec![q, p], p)
        };
        while let Some(&next) = at[&end].iter().find(|i| !used[**i]) {
            used[next] = true;
            let (a, b) = segs[next];
            end = if a == end { b } else { a };
            line.push(end);
        }
        lines.push(line.iter().map(|k| points[k]).collect());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> Polygon {
        vec![vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]
    }

    #[test]
    fn two_squares_side_by_side_share_one_edge_and_the_rest_is_coast() {
        let a = vec![square(0.0, 0.0, 1.0, 1.0)];
        let b = vec![square(1.0, 0.0, 2.0, 1.0)];
        let e = find_edges(&[&a, &b]);
        assert_eq!(e.shared.len(), 1);
        assert_eq!((e.shared[0].a, e.shared[0].b), (0, 1));
        let line = &e.shared[0].lines;
        assert_eq!(line.len(), 1);
        assert_eq!(line[0].len(), 2);
        assert!(line[0].contains(&[1.0, 0.0]) && line[0].contains(&[1.0, 1.0]));
        // Six outer segments, joined into one closed run.
        let outer_points: usize = e.outer.iter().map(|l| l.len() - 1).sum();
        assert_eq!(outer_points, 6);
        assert_eq!(e.outer.len(), 1);
    }

    #[test]
    fn a_border_of_several_segments_is_one_polyline() {
        let a = vec![vec![vec![
            [0.0, 0.0],
            [1.0, 0.0],
            [1.0, 0.5],
            [1.0, 1.0],
            [0.0, 1.0],
            [0.0, 0.0],
        ]]];
        let b = vec![vec![vec![
            [1.0, 0.0],
            [2.0, 0.0],
            [2.0, 1.0],
            [1.0, 1.0],
            [1.0, 0.5],
            [1.0, 0.0],
        ]]];
        let e = find_edges(&[&a, &b]);
        assert_eq!(e.shared[0].lines.len(), 1);
        assert_eq!(e.shared[0].lines[0].len(), 3);
    }
}
