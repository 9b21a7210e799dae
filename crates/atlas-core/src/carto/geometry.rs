//! The geometry types every other part of the crate shares: rings and polygons of longitude and
//! latitude, and their bounding boxes.

/// A closed ring of `[longitude, latitude]` positions; the last equals the first.
pub type Ring = Vec<[f64; 2]>;
/// A polygon: the outer ring, then any holes.
pub type Polygon = Vec<Ring>;

/// The `[west, south, east, north]` box around a set of polygons.
pub fn bounding_box(polygons: &[Polygon]) -> [f64; 4] {
    polygons
        .iter()
        .flatten()
        .flatten()
        .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        })
}

/// Whether two `[west, south, east, north]` boxes share any point.
pub fn boxes_touch(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_box_spans_every_ring() {
        let p = vec![vec![[1.0, 2.0], [3.0, -1.0], [2.0, 5.0], [1.0, 2.0]]];
        let b = bounding_box(&[p]);
        assert_eq!(b, [1.0, -1.0, 3.0, 5.0]);
        assert!(boxes_touch(b, [3.0, 5.0, 4.0, 6.0]));
        assert!(!boxes_touch(b, [3.1, 0.0, 4.0, 1.0]));
    }
}
