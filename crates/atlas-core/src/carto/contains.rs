//! Which piece a place lies in: point-in-polygon on longitude and latitude.

use super::geometry::Polygon;

/// Whether `[lon, lat]` lies inside the polygon (inside its outer ring and outside its holes),
/// by the even–odd rule. Points exactly on an edge may go either way.
pub fn polygon_contains(polygon: &Polygon, point: [f64; 2]) -> bool {
    polygon
        .iter()
        .filter(|ring| ring_crossings(ring, point))
        .count()
        % 2
        == 1
}

/// Whether a horizontal ray from `point` crosses the ring an odd number of times.
fn ring_crossings(ring: &[[f64; 2]], [x, y]: [f64; 2]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let ([x1, y1], [x2, y2]) = (w[0], w[1]);
        if (y1 > y) != (y2 > y) && x < x1 + (y - y1) / (y2 - y1) * (x2 - x1) {
            inside = !inside;
        }
    }
    inside
}

/// Distance in degrees from `point` to the nearest edge of the polygon's rings.
pub fn distance_to_boundary(polygon: &Polygon, [x, y]: [f64; 2]) -> f64 {
    let mut best = f64::INFINITY;
    for w in polygon.iter().flat_map(|r| r.windows(2)) {
        let ([ax, ay], [bx, by]) = (w[0], w[1]);
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = dx * dx + dy * dy;
        let t = if len2 == 0.0 {
            0.0
        } else {
            (((x - ax) * dx + (y - ay) * dy) / len2).clamp(0.0, 1.0)
        };
        best = best.min((x - ax - t * dx).hypot(y - ay - t * dy));
    }
    best
}

/// A point well inside a piece (for asking "who held this?" of the piece as a whole): of a
/// 24 × 24 grid over its box, the point inside farthest from any edge, to 0.001°. `None` for
/// no polygons.
pub fn interior_point(polygons: &[Polygon]) -> Option<[f64; 2]> {
    const N: usize = 24;
    let [w, s, e, n] = super::geometry::bounding_box(polygons);
    let mut best: Option<([f64; 2], f64)> = None;
    for i in 0..N {
        for j in 0..N {
            let p = [
                w + (e - w) * (i as f64 + 0.5) / N as f64,
                s + (n - s) * (j as f64 + 0.5) / N as f64,
            ]
            .map(|v| (v * 1000.0).round() / 1000.0);
            if let Some(poly) = polygons.iter().find(|poly| polygon_contains(poly, p)) {
                let d = distance_to_boundary(poly, p);
                if best.is_none_or(|(_, b)| d > b) {
                    best = Some((p, d));
                }
            }
        }
    }
    best.map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<[f64; 2]> {
        vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    }

    #[test]
    fn inside_outside_and_in_a_hole() {
        let p = vec![square(0.0, 0.0, 10.0, 10.0), square(4.0, 4.0, 6.0, 6.0)];
        assert!(polygon_contains(&p, [1.0, 1.0]));
        assert!(!polygon_contains(&p, [5.0, 5.0]));
        assert!(!polygon_contains(&p, [11.0, 5.0]));
        assert!((distance_to_boundary(&p, [5.0, 5.0]) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn an_interior_point_is_inside_and_away_from_the_edges() {
        let l_shape = vec![vec![
            [0.0, 0.0],
            [10.0, 0.0],
            [10.0, 2.0],
            [2.0, 2.0],
            [2.0, 10.0],
            [0.0, 10.0],
            [0.0, 0.0],
        ]];
        let p = interior_point(std::slice::from_ref(&l_shape)).unwrap();
        assert!(polygon_contains(&l_shape, p));
        assert!(distance_to_boundary(&l_shape, p) > 0.8, "{p:?}");
    }
}
