//! Frontier Atlas's core: who controlled each piece of Northeast Asia on any day from 1855 to
//! 1922, and how the map draws it. Pure Rust, no web dependency and no JSON parser for the map's
//! data, tested natively; the web app draws it, the data crate builds it from `geo/`.
//!
//! The layers, each using only those listed before it: `model` (dates, powers, the timeline),
//! `carto` (geometry, projection, paths, placement, style), `atlas` (what the map knows, as the
//! app holds it), `scene` (the map projected and path-built), `link` (the address),
//! `lesson` (tours and questions), `words` (every word of the interface in five languages),
//! `export` (the view as a self-contained SVG) and `wire` (the compiled form).
//!
//! ```
//! use atlas_core::model::{Date, Power};
//! let portsmouth = Date::parse("1905-09-05").unwrap();
//! assert_eq!(portsmouth.year(), 1905);
//! assert_eq!(Power::from_id("japan"), Some(Power::Japan));
//! ```
#![warn(missing_docs)]

pub mod atlas;
pub mod carto;
pub mod export;
pub mod keys;
pub mod legend;
pub mod lesson;
pub mod link;
pub mod model;
pub mod scene;
pub mod site;
pub mod wire;
pub mod words;
pub mod xml;

pub use atlas::Atlas;
