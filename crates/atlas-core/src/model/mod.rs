//! The domain: calendar dates, the powers and how they held land, values that change on dates,
//! and the timeline that answers "who held piece P on date D". Pure Rust, no I/O.

pub mod compare;
pub mod date;
pub mod dated;
pub mod glossary;
pub mod lang;
pub mod localized;
pub mod power;
pub mod regime;
pub mod region;
pub mod sphere;
pub mod timeline;

pub use date::Date;
pub use dated::{Dated, Span};
pub use glossary::{Glossary, Segment, Term};
pub use lang::Lang;
pub use localized::Localized;
pub use power::{Power, Sovereigns, Status};
pub use regime::{Regime, Regimes};
pub use region::{Area, Areas, EventFilter, Region};
pub use sphere::Sphere;
pub use timeline::{
    Confidence, Control, ControlSpan, DateKind, Event, EventDate, PieceChange, Source, SourceKind,
    Timeline,
};
