//! Frontier Atlas: who controlled each piece of Northeast Asia on any day from 1855 to 1922.
//!
//! The crate is a pure-Rust core (`model`, `data`, `carto`) with no web dependencies, tested
//! natively and shared by the command-line tools in `src/bin/` and by the Leptos app in `ui`,
//! which only draws.
#![warn(missing_docs)]

pub mod carto;
pub mod data;
pub mod link;
pub mod model;
pub mod query;

#[cfg(target_arch = "wasm32")]
pub mod ui;
