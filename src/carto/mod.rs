//! Cartography: the map projection (with its inverse), areas on the sphere, and SVG path strings.
//! Everything here is computed once when the map starts, never when the date moves.

pub mod area;
pub mod contains;
pub mod path;
pub mod projection;
pub mod scene;

pub use projection::Projection;
