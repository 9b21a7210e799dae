//! Reading and checking the committed data in `geo/`: the pieces, the backdrop, the labels and the
//! events. The app, the command-line tools and the tests all load data through here.

pub mod bundled;
pub mod error;
pub mod events;
pub mod geometry;
pub mod railways;
pub mod validate;

pub use error::DataError;
pub use geometry::{Feature, LabelKind, Polygon, Ring};
pub use railways::{Railway, RailwayPeriod};

use crate::model::Timeline;

/// Everything the map needs, parsed and indexed.
#[derive(Clone, Debug)]
pub struct Atlas {
    /// The pieces whose control changes, in drawing order.
    pub pieces: Vec<Feature>,
    /// Land drawn for context only, never coloured by control.
    pub backdrop: Vec<Feature>,
    /// Region names and where to write them.
    pub labels: Vec<Label>,
    /// Railway lines and who ran them.
    pub railways: Vec<Railway>,
    /// Who held each piece when.
    pub timeline: Timeline,
}

/// A name written on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The text.
    pub text: String,
    /// What it names.
    pub kind: LabelKind,
    /// Where its centre goes, longitude and latitude.
    pub at: [f64; 2],
}

/// The four data files, as text, with the names used in messages.
pub struct Sources<'a> {
    /// `geo/pieces.geojson`.
    pub pieces: (&'a str, &'a str),
    /// `geo/backdrop.geojson`.
    pub backdrop: (&'a str, &'a str),
    /// `geo/labels.geojson`.
    pub labels: (&'a str, &'a str),
    /// `geo/events.json`.
    pub events: (&'a str, &'a str),
    /// `geo/railways.geojson`.
    pub railways: (&'a str, &'a str),
}

/// Parses and validates all data, returning every problem found rather than the first.
pub fn load(src: &Sources) -> Result<Atlas, Vec<DataError>> {
    let mut problems = Vec::new();
    let pieces = geometry::parse_features(src.pieces.0, src.pieces.1, &mut problems);
    let backdrop = geometry::parse_features(src.backdrop.0, src.backdrop.1, &mut problems);
    let labels = geometry::parse_labels(src.labels.0, src.labels.1, &mut problems);
    let before_events = problems.len();
    let events = events::parse_events(src.events.0, src.events.1, &mut problems);
    // With an event missing, "no event says who held this piece" would be noise, not news.
    let events_complete = problems.len() == before_events;
    let railways = railways::parse_railways(src.railways.0, src.railways.1, &mut problems);
    let ids = pieces.iter().map(|p| p.id.clone()).collect();
    let timeline = Timeline::new(ids, events.clone());
    validate::check_pieces(src.pieces.0, &pieces, &mut problems);
    validate::check_pieces(src.backdrop.0, &backdrop, &mut problems);
    validate::check_events(
        src.events.0,
        &events,
        &pieces,
        &timeline,
        events_complete,
        &mut problems,
    );
    if problems.is_empty() {
        Ok(Atlas {
            pieces,
            backdrop,
            labels,
            railways,
            timeline,
        })
    } else {
        Err(problems)
    }
}
