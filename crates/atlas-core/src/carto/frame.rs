//! The frame of the drawn map: the part of the world it shows and the SVG space it is drawn in.

use super::Projection;

/// The part of the world the map frames: west, south, east, north. It takes in the Gorbitsa in the
/// west, Shumshu in the east, Korea's south coast and the Stanovoy watershed.
pub const FOCUS: [f64; 4] = [116.5, 33.0, 158.0, 56.5];
/// Width of the SVG coordinate space ("map units").
pub const WIDTH: f64 = 1000.0;
/// Height of the SVG coordinate space.
pub const HEIGHT: f64 = 800.0;

/// The map's projection, fitted so `FOCUS` fills the `WIDTH` × `HEIGHT` frame.
pub fn projection() -> Projection {
    Projection::northeast_asia().fit(FOCUS, WIDTH, HEIGHT, 0.0)
}

/// The SVG `viewBox` of the frame.
pub fn view_box() -> String {
    format!("0 0 {WIDTH} {HEIGHT}")
}
