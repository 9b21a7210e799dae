//! SVG path strings for polygons, projected once and rounded to a tenth of a unit.
//!
//! Each subpath starts with an absolute `M` and goes on with one relative `l` whose steps are
//! written in tenths without padding (`l.8-.3 1.5,2`): about half the bytes of absolute
//! coordinates, and the paths are most of what the app downloads. Steps are taken between
//! rounded points, so rounding never drifts along a long coast.

use super::geometry::Polygon;
use super::Projection;

/// The `d` attribute for a set of polygons: one `M…Z` subpath per ring, so holes cut out with the
/// even-odd fill rule. Coordinates are rounded to 0.1 units, well under a pixel on any screen.
pub fn svg_path(polygons: &[Polygon], projection: &Projection) -> String {
    let mut d = String::new();
    for ring in polygons.iter().flatten() {
        // The closing position repeats the first; `Z` draws that edge.
        let open = &ring[..ring.len().saturating_sub(1)];
        if !open.is_empty() {
            subpath(&mut d, open, projection);
            d.push('Z');
        }
    }
    d
}

/// The `d` attribute for open lines (railways, borders): one `M…` subpath per line, not closed.
pub fn svg_lines(lines: &[Vec<[f64; 2]>], projection: &Projection) -> String {
    let mut d = String::new();
    for line in lines.iter().filter(|l| !l.is_empty()) {
        subpath(&mut d, line, projection);
    }
    d
}

/// Writes `M` to the first point and one relative `l` through the rest, skipping steps that
/// round to nothing.
fn subpath(d: &mut String, points: &[[f64; 2]], projection: &Projection) {
    let mut at: Option<[i64; 2]> = None;
    let mut steps = Numbers::default();
    for p in points {
        let [x, y] = projection.project(*p).map(|v| (v * 10.0).round() as i64);
        match at {
            None => {
                let mut start = Numbers::default();
                start.push(x);
                start.push(y);
                d.push('M');
                d.push_str(&start.text);
            }
            Some([x0, y0]) if (x, y) != (x0, y0) => {
                steps.push(x - x0);
                steps.push(y - y0);
            }
            Some(_) => continue,
        }
        at = Some([x, y]);
    }
    if !steps.text.is_empty() {
        d.push('l');
        d.push_str(&steps.text);
    }
}

/// Numbers in tenths written one after another with the fewest separators SVG allows.
#[derive(Default)]
struct Numbers {
    text: String,
    /// Whether the last number written has a decimal point (then a following `.5` needs none).
    last_has_point: bool,
}

impl Numbers {
    fn push(&mut self, tenths: i64) {
        let n = tenths_text(tenths);
        // A sign, or a second point, starts a new number by itself.
        let joins = self.text.is_empty()
            || n.starts_with('-')
            || (n.starts_with('.') && self.last_has_point);
        if !joins {
            self.text.push(',');
        }
        self.last_has_point = n.contains('.');
        self.text.push_str(&n);
    }
}

/// A number of tenths as the shortest decimal: 15 → `1.5`, -3 → `-.3`, 20 → `2`.
fn tenths_text(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    match (whole, tenth) {
        (w, 0) => format!("{sign}{w}"),
        (0, t) => format!("{sign}.{t}"),
        (w, t) => format!("{sign}{w}.{t}"),
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
        let d = svg_path(&[vec![outer.clone(), hole.clone()]], &p);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('Z').count(), 2);
        assert_eq!(d.matches('l').count(), 2);
        assert!(!d.contains("NaN"));
        // Read back, the path visits every corner, rounded to a tenth, in order.
        let corners: Vec<[i64; 2]> = outer[..4]
            .iter()
            .chain(&hole[..3])
            .map(|c| p.project(*c).map(|v| (v * 10.0).round() as i64))
            .collect();
        assert_eq!(absolute_points(&d), corners);
    }

    /// The points of a path written by this module, in tenths (a reader for the tests).
    fn absolute_points(d: &str) -> Vec<[i64; 2]> {
        let mut out = Vec::new();
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let sub = sub.trim_end_matches('Z');
            let (start, steps) = sub.split_once('l').unwrap_or((sub, ""));
            let numbers = |t: &str| -> Vec<i64> {
                let mut v = Vec::new();
                let mut cur = String::new();
                for ch in t.chars() {
                    let starts_new = ch == '-' || ch == ',' || (ch == '.' && cur.contains('.'));
                    if starts_new && !cur.is_empty() && cur != "-" {
                        v.push((cur.parse::<f64>().unwrap() * 10.0).round() as i64);
                        cur.clear();
                    }
                    if ch != ',' {
                        cur.push(ch);
                    }
                }
                if !cur.is_empty() {
                    v.push((cur.parse::<f64>().unwrap() * 10.0).round() as i64);
                }
                v
            };
            let s = numbers(start);
            let mut at = [s[0], s[1]];
            out.push(at);
            for step in numbers(steps).chunks(2) {
                at = [at[0] + step[0], at[1] + step[1]];
                out.push(at);
            }
        }
        out
    }

    #[test]
    fn tenths_are_written_shortest_and_separated_only_where_needed() {
        assert_eq!(tenths_text(15), "1.5");
        assert_eq!(tenths_text(-3), "-.3");
        assert_eq!(tenths_text(20), "2");
        assert_eq!(tenths_text(0), "0");
        let mut n = Numbers::default();
        for t in [8, -3, 5, 1, 12, 4, -20] {
            n.push(t);
        }
        assert_eq!(n.text, ".8-.3.5.1,1.2.4-2");
    }
}
