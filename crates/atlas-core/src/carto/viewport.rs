//! Zoom and pan as a pure value: a scale and a centre in map units, with the arithmetic the
//! wheel, drag, pinch, keys and focus views need. Nothing here knows about the browser.

use super::frame::{HEIGHT, WIDTH};
use super::Projection;

/// The least zoom: the whole frame.
pub const MIN_ZOOM: f64 = 1.0;
/// The greatest zoom: about 1 km per screen pixel on a laptop.
pub const MAX_ZOOM: f64 = 48.0;

/// What part of the frame is shown: the frame scaled by `k` about the centre `(cx, cy)`, which
/// lands in the middle of the frame. `k = 1` with the frame's centre is the whole map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Scale, from `MIN_ZOOM` to `MAX_ZOOM`.
    pub k: f64,
    /// The map point at the middle of the frame, x.
    pub cx: f64,
    /// The map point at the middle of the frame, y.
    pub cy: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport::FULL
    }
}

impl Viewport {
    /// The whole map.
    pub const FULL: Viewport = Viewport {
        k: 1.0,
        cx: WIDTH / 2.0,
        cy: HEIGHT / 2.0,
    };

    /// A viewport kept within bounds: zoom within range, and never panned off the frame.
    pub fn clamped(self) -> Viewport {
        let k = if self.k.is_finite() {
            self.k.clamp(MIN_ZOOM, MAX_ZOOM)
        } else {
            MIN_ZOOM
        };
        let (hw, hh) = (WIDTH / (2.0 * k), HEIGHT / (2.0 * k));
        let c = |v: f64, lo: f64, hi: f64| {
            if v.is_finite() {
                v.clamp(lo, hi)
            } else {
                (lo + hi) / 2.0
            }
        };
        Viewport {
            k,
            cx: c(self.cx, hw, WIDTH - hw),
            cy: c(self.cy, hh, HEIGHT - hh),
        }
    }

    /// Where a map point appears in the frame.
    pub fn to_frame(&self, [x, y]: [f64; 2]) -> [f64; 2] {
        [
            WIDTH / 2.0 + self.k * (x - self.cx),
            HEIGHT / 2.0 + self.k * (y - self.cy),
        ]
    }

    /// Which map point is at a frame point.
    pub fn to_map(&self, [fx, fy]: [f64; 2]) -> [f64; 2] {
        [
            self.cx + (fx - WIDTH / 2.0) / self.k,
            self.cy + (fy - HEIGHT / 2.0) / self.k,
        ]
    }

    /// The SVG `transform` that draws map units into the frame.
    pub fn transform(&self) -> String {
        format!(
            "translate({:.3},{:.3}) scale({:.5})",
            WIDTH / 2.0 - self.k * self.cx,
            HEIGHT / 2.0 - self.k * self.cy,
            self.k
        )
    }

    /// Zoomed by `factor` keeping the map point under the frame point `anchor` where it is (the
    /// pointer for the wheel, the middle of two fingers for a pinch).
    pub fn zoomed(&self, factor: f64, anchor: [f64; 2]) -> Viewport {
        let under = self.to_map(anchor);
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        Viewport {
            k,
            cx: under[0] - (anchor[0] - WIDTH / 2.0) / k,
            cy: under[1] - (anchor[1] - HEIGHT / 2.0) / k,
        }
        .clamped()
    }

    /// Moved by a drag of `(dx, dy)` frame units: the map follows the pointer.
    pub fn panned(&self, [dx, dy]: [f64; 2]) -> Viewport {
        Viewport {
            k: self.k,
            cx: self.cx - dx / self.k,
            cy: self.cy - dy / self.k,
        }
        .clamped()
    }

    /// The viewport that shows the map rectangle `[x0, y0, x1, y1]` as large as it fits.
    pub fn fit_rect([x0, y0, x1, y1]: [f64; 4]) -> Viewport {
        let (w, h) = ((x1 - x0).abs().max(1e-9), (y1 - y0).abs().max(1e-9));
        Viewport {
            k: (WIDTH / w).min(HEIGHT / h),
            cx: (x0 + x1) / 2.0,
            cy: (y0 + y1) / 2.0,
        }
        .clamped()
    }

    /// The map rectangle shown, `[x0, y0, x1, y1]`.
    pub fn visible_rect(&self) -> [f64; 4] {
        let [x0, y0] = self.to_map([0.0, 0.0]);
        let [x1, y1] = self.to_map([WIDTH, HEIGHT]);
        [x0, y0, x1, y1]
    }

    /// A box of longitude and latitude given by its south-west and north-east corners,
    /// `[west, south, east, north]`, shown as large as it fits: the corners are projected, so a
    /// box read from `lonlat_box` gives back the same view.
    pub fn fit_lonlat_box(projection: &Projection, [w, s, e, n]: [f64; 4]) -> Viewport {
        let [x0, y1] = projection.project([w, s]);
        let [x1, y0] = projection.project([e, n]);
        Viewport::fit_rect([x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)])
    }

    /// The viewport that shows all of a longitude/latitude box, edges and all: parallels curve
    /// under the projection, so the edges are sampled rather than only the corners (for the
    /// named views; links use `fit_lonlat_box`, which round-trips exactly).
    pub fn fit_lonlat_region(projection: &Projection, [w, s, e, n]: [f64; 4]) -> Viewport {
        let mut r = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for i in 0..=16 {
            let t = f64::from(i) / 16.0;
            let (lon, lat) = (w + (e - w) * t, s + (n - s) * t);
            for p in [[lon, s], [lon, n], [w, lat], [e, lat]] {
                let [x, y] = projection.project(p);
                r = [r[0].min(x), r[1].min(y), r[2].max(x), r[3].max(y)];
            }
        }
        Viewport::fit_rect(r)
    }

    /// The visible area as the longitude and latitude of its south-west and north-east corners.
    pub fn lonlat_box(&self, projection: &Projection) -> [f64; 4] {
        let [x0, y0, x1, y1] = self.visible_rect();
        let [w, s] = projection.invert([x0, y1]);
        let [e, n] = projection.invert([x1, y0]);
        [w, s, e, n]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carto::frame;

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still() {
        let v = Viewport::FULL.zoomed(4.0, [300.0, 200.0]);
        assert!((v.k - 4.0).abs() < 1e-12);
        let before = Viewport::FULL.to_map([300.0, 200.0]);
        let after = v.to_map([300.0, 200.0]);
        assert!((before[0] - after[0]).abs() < 1e-9 && (before[1] - after[1]).abs() < 1e-9);
        // And map points round-trip through the frame.
        let p = [412.5, 377.25];
        let back = v.to_map(v.to_frame(p));
        assert!((back[0] - p[0]).abs() < 1e-9 && (back[1] - p[1]).abs() < 1e-9);
    }

    #[test]
    fn the_view_never_leaves_the_frame_or_its_zoom_range() {
        let v = Viewport::FULL.panned([5000.0, -5000.0]);
        assert_eq!(v, Viewport::FULL, "at full view there is nowhere to pan");
        let z = Viewport::FULL.zoomed(1000.0, [500.0, 400.0]);
        assert_eq!(z.k, MAX_ZOOM);
        let far = z.panned([1e6, 1e6]);
        let [x0, y0, x1, y1] = far.visible_rect();
        assert!(x0 >= -1e-9 && y0 >= -1e-9 && x1 <= WIDTH + 1e-9 && y1 <= HEIGHT + 1e-9);
        assert_eq!(Viewport::FULL.zoomed(0.01, [0.0, 0.0]), Viewport::FULL);
        let nan = Viewport {
            k: f64::NAN,
            cx: f64::NAN,
            cy: 3.0,
        }
        .clamped();
        assert_eq!(nan, Viewport::FULL);
    }

    #[test]
    fn a_lonlat_box_read_back_from_a_view_gives_the_same_view() {
        let p = frame::projection();
        let v = Viewport::fit_lonlat_box(&p, [120.8, 38.6, 124.6, 41.6]);
        assert!(v.k > 5.0, "Liaodong is small at full view: k = {}", v.k);
        let again = Viewport::fit_lonlat_box(&p, v.lonlat_box(&p));
        assert!((again.k / v.k - 1.0).abs() < 1e-9, "{again:?} vs {v:?}");
        assert!((again.cx - v.cx).abs() < 1e-6 && (again.cy - v.cy).abs() < 1e-6);
    }
}
