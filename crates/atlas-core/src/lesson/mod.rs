//! What turns the map into a lesson: the teacher's tours, and questions drawn from the data.
//! Pure Rust over the model and the scene, tested natively.

pub mod questions;
pub mod tour;
#[cfg(feature = "tour-file")]
pub mod tour_file;
