//! The data committed in `geo/`, compiled into the program so the map needs no download to start.

use super::{load, Atlas, DataError, Sources};

/// The committed data files, with the names used in messages.
pub fn sources() -> Sources<'static> {
    Sources {
        pieces: (
            "geo/pieces.geojson",
            include_str!("../../geo/pieces.geojson"),
        ),
        backdrop: (
            "geo/backdrop.geojson",
            include_str!("../../geo/backdrop.geojson"),
        ),
        labels: (
            "geo/labels.geojson",
            include_str!("../../geo/labels.geojson"),
        ),
        events: ("geo/events.json", include_str!("../../geo/events.json")),
        railways: (
            "geo/railways.geojson",
            include_str!("../../geo/railways.geojson"),
        ),
    }
}

/// Parses and validates the committed data.
pub fn atlas() -> Result<Atlas, Vec<DataError>> {
    load(&sources())
}
