//! Cartography: the geometry types and their algorithms (areas, containment, shared edges), the
//! map projection with its inverse, the frame and the viewport, SVG path strings, where names go,
//! and how control is painted. Nothing here reads data files; everything is computed once when the
//! map starts, never when the date moves.

pub mod area;
pub mod borders;
pub mod contains;
pub mod frame;
pub mod geometry;
pub mod paint;
pub mod path;
pub mod placement;
pub mod projection;
pub mod scale;
pub mod style;
pub mod tenths;
pub mod urgent;
pub mod viewport;

pub use projection::Projection;
pub use viewport::Viewport;
