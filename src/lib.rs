//! Frontier Atlas: who controlled each piece of Northeast Asia on any day from 1855 to 1922.
//!
//! This crate is the web app (`ui`, wasm32 only), which only draws. Its layers are crates of
//! their own, re-exported here for the tests: `atlas_core` (the model, cartography, scene, link,
//! words, lessons and the compiled form) and, natively, `atlas_data` (reading and checking
//! `geo/`) with `atlas who`'s queries.
#![warn(missing_docs)]

pub use atlas_core::{
    atlas, carto, export, keys, legend, lesson, link, model, scene, site, wire, words,
};

#[cfg(not(target_arch = "wasm32"))]
pub use atlas_data as data;
#[cfg(not(target_arch = "wasm32"))]
pub use atlas_data::query;

#[cfg(target_arch = "wasm32")]
pub mod ui;
