//! SVG path strings for polygons, projected once and rounded to a tenth of a unit.

use super::geometry::Polygon;
use super::Projection;
use std::fmt::Write;

/// The `d` attribute for a set of polygons: one `M…Z` subpath per ring, so holes cut out with the
/// even-odd fill rule. Coordinates are rounded to 0.1 units, well under a pixel on any screen.
pub fn svg_path(polygons: &[Polygon], projection: &Projection) -> String {
    let mut d = String::new();
    for ring in polygons.iter().flatten() {
        // The closing position repeats the first; `Z` draws that edge.
        let open = &ring[..ring.len().saturating_sub(1)];
        for (i, p) in open.iter().enumerate() {
            let [x, y] = projection.project(*p);
            let cmd = if i == 0 { 'M' } else { 'L' };
            let _ = write!(d, "{cmd}{}", pair(x, y));
        }
        if !open.is_empty() {
            d.push('Z');
        }
    }
    d
}

/// The `d` attribute for open lines (railways): one `M…` subpath per line, not closed.
pub fn svg_lines(lines: &[Vec<[f64; 2]>], projection: &Projection) -> String {
    let mut d = String::new();
    for line in lines {
        for (i, p) in line.iter().enumerate() {
            let [x, y] = projection.project(*p);
            let cmd = if i == 0 { 'M' } else { 'L' };
            let _ = write!(d, "{cmd}{}", pair(x, y));
        }
    }
    d
}

fn pair(x: f64, y: f64) -> String {
    format!("{},{}", round1(x), round1(y))
}

/// Rounds to one decimal and drops a trailing `.0`, so paths stay short.
fn round1(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_becomes_one_closed_subpath_per_ring() {
        let p = Projection::northeast_asia().fit([130.0, 40.0, 140.0, 50.0], 100.0, 100.0, 0.0);
        let outer = vec![
            [134.0, 44.0],
            [136.0, 44.0],
            [136.0, 46.0],
            [134.0, 46.0],
            [134.0, 44.0],
        ];
        let hole = vec![[134.5, 44.5], [135.5, 44.5], [135.5, 45.5], [134.5, 44.5]];
        let d = svg_path(&[vec![outer, hole]], &p);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('Z').count(), 2);
        assert_eq!(d.matches('L').count(), 3 + 2);
        assert!(!d.contains("NaN"));
    }

    #[test]
    fn rounding_keeps_one_decimal_and_drops_zeros() {
        assert_eq!(round1(12.04), "12");
        assert_eq!(round1(-3.26), "-3.3");
        assert_eq!(round1(7.0), "7");
    }
}
