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
        file!("land.geojson"),
        file!("rivers.geojson"),
    ])
}

/// Parses and validates the committed data.
pub fn dataset() -> Result<Dataset, Vec<DataError>> {
    load(&sources())
}

/// The committed data, parsed and checked once per process and shared: the tests of a test
/// binary ask for it many times. Panics, listing every problem, if `geo/` fails its checks.
pub fn shared() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        dataset().unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("geo/ fails validation:\n{}", list.join("\n"))
        })
    })
}

/// What the map knows and its scene, from the shared data, built once per process.
pub fn shared_map() -> &'static (atlas_core::Atlas, atlas_core::scene::Scene) {
    static MAP: std::sync::OnceLock<(atlas_core::Atlas, atlas_core::scene::Scene)> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| (shared().atlas(), shared().scene()))
}
