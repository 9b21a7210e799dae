//! Frontier Atlas: who controlled each piece of Northeast Asia on any day from 1855 to 1922.
//!
//! The crate is a pure-Rust core with no web dependencies, tested natively: `model` (dates,
//! powers, the timeline), `carto` (geometry, projection, paths, placement, style), `data`
//! (parsing and validation of `geo/`), `scene` (the map built once from the data), `link`,
//! `words` (the interface's words in each language) and `export` (the view as a self-contained
//! SVG). The command-line tools in `src/bin/` and
//! the Leptos app in `ui`, which only draws, sit on top.
#![warn(missing_docs)]

pub mod carto;
pub mod compiled;
pub mod data;
pub mod export;
pub mod lesson;
pub mod link;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod query;
pub mod scene;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod ui;
