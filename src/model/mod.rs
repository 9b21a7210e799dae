//! The domain: calendar dates, the powers and how they held land, and the timeline that answers
//! "who held piece P on date D". Pure Rust, no I/O.

pub mod date;
pub mod power;
pub mod timeline;

pub use date::Date;
pub use power::{Power, Sovereigns, Status};
pub use timeline::{Control, Event, PieceChange, Source, Timeline};
