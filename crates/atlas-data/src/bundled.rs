//! The data committed in `geo/`, compiled into the native tools and tests so they need no path
//! to run from.

use super::{load, DataError, Dataset, Sources};
use std::borrow::Cow;

/// The committed data files, with the names used in messages.
pub fn sources() -> Sources<'static> {
    macro_rules! file {
        ($name:literal) => {
            (
                Cow::Borrowed(concat!("geo/", $name)),
                Cow::Borrowed(include_str!(concat!("../../../geo/", $name))),
            )
        };
    }
    // In `DataFile::ALL` order.
    Sources::new([
        file!("pieces.geojson"),
        file!("piece_names.json"),
        file!("backdrop.geojson"),
        file!("labels.geojson"),
        file!("places.geojson"),
        file!("events.json"),
        file!("railways.geojson"),
        file!("regimes.json"),
        file!("borders.json"),
        file!("areas.json"),
        file!("glossary.json"),
        file!("spheres.geojson"),
    ])
}

/// Parses and validates the committed data.
pub fn dataset() -> Result<Dataset, Vec<DataError>> {
    load(&sources())
}
