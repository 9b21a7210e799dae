//! The scale bar: a round distance on the ground and its length on screen, for the map's centre.
//! On a conic projection the scale changes across the map, so the bar is measured where the
//! eye is, the middle of the view, and stays honest within a few per cent across a focus view.

use super::{Projection, Viewport};

/// A scale bar: `km` on the ground are `px` screen pixels long.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    /// The distance the bar stands for, a round number of kilometres (1, 2 or 5 times a power
    /// of ten).
    pub km: u32,
    /// Its length on screen.
    pub px: f64,
}

/// Kilometres in a degree of latitude (and of longitude at the equator): the Earth's mean
/// radius, 6371 km, times π / 180.
const KM_PER_DEGREE: f64 = 111.195;

/// The distance between two nearby points given as `[lon, lat]` in degrees, on the plane that
/// touches the Earth between them: within a tenth of a per cent over the few tens of kilometres
/// the bar is measured on (and cheaper than the great circle's trigonometry in the page).
pub fn distance_km(a: [f64; 2], b: [f64; 2]) -> f64 {
    let mid = ((a[1] + b[1]) / 2.0).to_radians();
    let (dx, dy) = ((b[0] - a[0]) * mid.cos(), b[1] - a[1]);
    dx.hypot(dy) * KM_PER_DEGREE
}

/// The longest round distance whose bar, at the middle of `view`, is at most `max_px` long,
/// where one frame unit is `frame_scale` pixels at the whole view.
///
/// ```
/// use atlas_core::carto::{frame, scale::scale_bar, Viewport};
/// let whole = scale_bar(&frame::projection(), Viewport::FULL, 1.0, 120.0);
/// let closer = scale_bar(&frame::projection(), Viewport { k: 8.0, ..Viewport::FULL }, 1.0, 120.0);
/// // Eight times closer, a pixel is an eighth of the distance; each bar a round 1, 2 or 5.
/// let per_px = |b: atlas_core::carto::scale::ScaleBar| f64::from(b.km) / b.px;
/// assert!((per_px(whole) / per_px(closer) - 8.0).abs() < 0.01);
/// assert_eq!((whole.km, closer.km), (200, 50));
/// assert!(whole.px <= 120.0 && closer.px <= 120.0);
/// ```
pub fn scale_bar(
    projection: &Projection,
    view: Viewport,
    frame_scale: f64,
    max_px: f64,
) -> ScaleBar {
    // Ten frame units east of the view's centre, on the ground.
    let (a, b) = (
        projection.invert([view.cx - 5.0, view.cy]),
        projection.invert([view.cx + 5.0, view.cy]),
    );
    let km_per_px = distance_km(a, b) / (10.0 * frame_scale * view.k);
    let most = max_px * km_per_px;
    let mut km = 1_u32;
    for power in 0..5 {
        for step in [1, 2, 5] {
            let d = step * 10_u32.pow(power);
            if f64::from(d) <= most {
                km = d;
            }
        }
    }
    ScaleBar {
        km,
        px: f64::from(km) / km_per_px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::carto::frame;

    #[test]
    fn a_degree_of_latitude_is_about_111_km() {
        let d = distance_km([125.0, 40.0], [125.0, 41.0]);
        assert!((d - 111.2).abs() < 0.5, "{d}");
    }

    #[test]
    fn the_bar_measures_the_ground_between_two_towns() {
        // Mukden to Harbin is about 550 km; on the map, their distance in pixels over the bar's
        // pixels per km must say the same within 5 %.
        let p = frame::projection();
        let (mukden, harbin) = ([123.43, 41.8], [126.63, 45.75]);
        let (a, b) = (p.project(mukden), p.project(harbin));
        let view = crate::scene::focus::FocusView::Manchuria.viewport();
        let bar = scale_bar(&p, view, 0.8, 150.0);
        let px = (a[0] - b[0]).hypot(a[1] - b[1]) * 0.8 * view.k;
        let km = px * f64::from(bar.km) / bar.px;
        // The great circle, worked out here and not by the page's shortcut.
        let (la1, la2) = (mukden[1].to_radians(), harbin[1].to_radians());
        let h = ((la2 - la1) / 2.0).sin().powi(2)
            + la1.cos() * la2.cos() * ((harbin[0] - mukden[0]).to_radians() / 2.0).sin().powi(2);
        let truth = 2.0 * 6371.0 * h.sqrt().asin();
        assert!(
            (km / truth - 1.0).abs() < 0.05,
            "{km} km on the map, {truth} km on the ground"
        );
        assert!(bar.px <= 150.0 && bar.px >= 60.0, "{bar:?}");
    }
}
