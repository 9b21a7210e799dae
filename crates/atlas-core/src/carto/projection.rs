//! Lambert conformal conic projection on the sphere, with the screen transform that fits it to the map.
//!
//! Conformal, so coasts keep their shapes; with standard parallels at 37°N and 53°N the scale error
//! stays under a few per cent from Korea to the Sea of Okhotsk. About twenty lines against the
//! hundreds of kilobytes a general projection library would add to the WebAssembly.

use std::f64::consts::FRAC_PI_4;

/// A Lambert conformal conic projection composed with a scale and translation to SVG units
/// (x to the right, y down). `PartialEq` so a memo of it fires only on a real change.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Projection {
    lon0: f64,
    n: f64,
    f: f64,
    rho0: f64,
    scale: f64,
    tx: f64,
    ty: f64,
}

impl Projection {
    /// The map's projection: standard parallels 37°N and 53°N, centred on 45°N 135°E, unit scale.
    pub fn northeast_asia() -> Projection {
        Projection::lambert(37.0, 53.0, 45.0, 135.0)
    }

    /// A Lambert conformal conic with standard parallels `lat1`, `lat2`, origin `lat0`, `lon0` (degrees).
    pub fn lambert(lat1: f64, lat2: f64, lat0: f64, lon0: f64) -> Projection {
        let (p1, p2, p0) = (lat1.to_radians(), lat2.to_radians(), lat0.to_radians());
        let t = |p: f64| (FRAC_PI_4 + p / 2.0).tan();
        let n = if (lat1 - lat2).abs() < 1e-9 {
            p1.sin()
        } else {
            (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln()
        };
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = f / t(p0).powf(n);
        Projection {
            lon0: lon0.to_radians(),
            n,
            f,
            rho0,
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
        }
    }

    /// Projects `[lon, lat]` in degrees to screen `[x, y]`.
    ///
    /// ```
    /// use atlas_core::carto::frame;
    /// let p = frame::projection();
    /// let port_arthur = [121.26, 38.81];
    /// let [x, y] = p.project(port_arthur);
    /// assert!((0.0..frame::WIDTH).contains(&x) && (0.0..frame::HEIGHT).contains(&y));
    /// let [lon, lat] = p.invert([x, y]);
    /// assert!((lon - 121.26).abs() < 1e-9 && (lat - 38.81).abs() < 1e-9);
    /// ```
    pub fn project(&self, [lon, lat]: [f64; 2]) -> [f64; 2] {
        let rho = self.f / (FRAC_PI_4 + lat.to_radians() / 2.0).tan().powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lon0);
        let (x, y) = (rho * theta.sin(), self.rho0 - rho * theta.cos());
        [self.tx + self.scale * x, self.ty - self.scale * y]
    }

    /// The inverse: screen `[x, y]` back to `[lon, lat]` in degrees.
    pub fn invert(&self, [sx, sy]: [f64; 2]) -> [f64; 2] {
        let x = (sx - self.tx) / self.scale;
        let y = (self.ty - sy) / self.scale;
        let dy = self.rho0 - y;
        let rho = self.n.signum() * (x * x + dy * dy).sqrt();
        let theta = (x * self.n.signum()).atan2(dy * self.n.signum());
        let lon = self.lon0 + theta / self.n;
        let lat = 2.0 * (self.f / rho).powf(1.0 / self.n).atan() - std::f64::consts::FRAC_PI_2;
        [lon.to_degrees(), lat.to_degrees()]
    }

    /// This projection scaled and moved so the lon/lat box `[west, south, east, north]` fills a
    /// `width` × `height` frame less `pad` on every side, centred (like d3's `fitExtent`).
    pub fn fit(self, [w, s, e, n]: [f64; 4], width: f64, height: f64, pad: f64) -> Projection {
        let unit = Projection {
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
            ..self
        };
        // The box's edges are curves once projected, so sample them.
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=32 {
            let t = f64::from(i) / 32.0;
            let (lon, lat) = (w + (e - w) * t, s + (n - s) * t);
            for p in [[lon, s], [lon, n], [w, lat], [e, lat]] {
                let [x, y] = unit.project(p);
                (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
            }
        }
        let scale = ((width - 2.0 * pad) / (x1 - x0)).min((height - 2.0 * pad) / (y1 - y0));
        let tx = (width - scale * (x0 + x1)) / 2.0;
        let ty = (height - scale * (y0 + y1)) / 2.0;
        Projection {
            scale,
            tx,
            ty,
            ..unit
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projecting_then_inverting_returns_the_place() {
        let p = Projection::northeast_asia().fit([108.0, 28.0, 165.0, 62.0], 1200.0, 900.0, 10.0);
        for lon in (108..=165).step_by(3) {
            for lat in (28..=62).step_by(2) {
                let ll = [f64::from(lon), f64::from(lat)];
                let back = p.invert(p.project(ll));
                assert!(
                    (back[0] - ll[0]).abs() < 1e-9 && (back[1] - ll[1]).abs() < 1e-9,
                    "{ll:?} -> {back:?}"
                );
            }
        }
    }

    #[test]
    fn north_is_up_and_east_is_right_at_the_centre() {
        let p = Projection::northeast_asia();
        let c = p.project([135.0, 45.0]);
        assert!(p.project([135.0, 46.0])[1] < c[1]);
        assert!(p.project([136.0, 45.0])[0] > c[0]);
    }

    #[test]
    fn conformal_scale_is_equal_along_both_axes_on_a_standard_parallel() {
        let p = Projection::northeast_asia();
        let d = 1e-4;
        let a = p.project([135.0, 37.0]);
        let east = p.project([135.0 + d, 37.0]);
        let north = p.project([135.0, 37.0 + d]);
        let dx = ((east[0] - a[0]).hypot(east[1] - a[1])) / (d * 37f64.to_radians().cos());
        let dy = (north[0] - a[0]).hypot(north[1] - a[1]) / d;
        assert!((dx / dy - 1.0).abs() < 1e-4, "{dx} vs {dy}");
    }

    #[test]
    fn fit_puts_the_box_inside_the_frame() {
        let p = Projection::northeast_asia().fit([117.0, 33.0, 158.0, 56.5], 1000.0, 800.0, 20.0);
        for ll in [
            [117.0, 33.0],
            [158.0, 33.0],
            [117.0, 56.5],
            [158.0, 56.5],
            [137.5, 33.0],
        ] {
            let [x, y] = p.project(ll);
            assert!(
                (19.9..=980.1).contains(&x) && (19.9..=780.1).contains(&y),
                "{ll:?} -> {x},{y}"
            );
        }
    }
}
