//! One problem found in the data: the file, the feature or event, and what kind of problem it is.
//! The kind carries the facts; `words` turns it into a sentence in the reader's language.

use crate::model::Date;

/// A problem in a data file. `Display` (in `words`) gives an English line a person can act on.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// The file, as named to the user (`geo/pieces.geojson`).
    pub file: String,
    /// The feature or event it concerns, if any.
    pub item: Option<String>,
    /// What is wrong.
    pub kind: DataErrorKind,
}

/// Where in a feature's geometry a problem is: polygon and ring, counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RingAt {
    /// Polygon number, from 1.
    pub polygon: usize,
    /// Ring number within it, from 1 (1 is the outer ring).
    pub ring: usize,
}

/// Every kind of problem the checks can find, with the facts needed to explain it.
#[derive(Clone, Debug, PartialEq)]
pub enum DataErrorKind {
    /// The file could not be read at all.
    Unreadable(String),
    /// The text is not JSON.
    NotJson(String),
    /// The JSON is not a FeatureCollection with a `features` array.
    NotFeatureCollection,
    /// The JSON is not of the file's expected shape.
    NotThisFile(String),
    /// A feature is not valid GeoJSON.
    BadFeature(String),
    /// A feature's or entry's properties are missing, mistyped or unknown.
    BadProperties(String),
    /// An event entry could not be read.
    BadEvent(String),
    /// A geometry of the wrong type (the found type and the allowed ones).
    WrongGeometry {
        /// What the feature has.
        found: String,
        /// What the file allows.
        allowed: &'static str,
    },
    /// A feature without geometry.
    NoGeometry,
    /// A position outside the map's box.
    OutsideBox([f64; 2]),
    /// An id used twice in one file.
    DuplicateId,
    /// A polygon feature with no polygons.
    NoPolygons,
    /// A ring with fewer than four positions.
    RingTooShort(RingAt, usize),
    /// A ring whose last position is not its first.
    RingNotClosed(RingAt),
    /// A ring with no area.
    RingCollapsed(RingAt),
    /// A `known_area_km2` that is not a positive number.
    KnownAreaInvalid(f64),
    /// A drawn area too far from the historical figure.
    AreaDiffers {
        /// Area drawn, km².
        drawn: f64,
        /// Historical area, km².
        known: f64,
        /// Allowed difference, per cent.
        tolerance_pct: f64,
    },
    /// One piece reaches into another.
    Overlap {
        /// The piece reached into.
        other: String,
        /// A vertex inside it.
        at: [f64; 2],
    },
    /// A ring that crosses itself or another ring of its polygon.
    SelfIntersection {
        /// Where.
        at: [f64; 2],
        /// Which polygon of the feature, from 1.
        polygon: usize,
    },
    /// A hole not inside its outer ring.
    HoleOutside(RingAt),
    /// A date that cannot be read.
    BadDate(String),
    /// A date outside 1855–1922.
    DateOffMap(Date),
    /// An event listed before an earlier one.
    EventOutOfOrder {
        /// This event's date.
        date: Date,
        /// The event before it in the file.
        previous: String,
        /// That event's date.
        previous_date: Date,
    },
    /// An event, name or period without a source with a title and an address.
    NeedsSource,
    /// A source on a site the project refuses (`geo/unacceptable_sources.txt`).
    UnacceptableSource {
        /// The address.
        url: String,
        /// The pattern that refuses it.
        pattern: String,
    },
    /// An event without a title or text.
    NeedsText,
    /// An event that neither changes a piece nor says which pieces it was about.
    ChangesNothing,
    /// A reference to a piece that is not in the geometry.
    UnknownPiece(String),
    /// A power id that is not a power (or not allowed here).
    UnknownPower(String),
    /// A status id that is not a status.
    UnknownStatus(String),
    /// A date kind that is not one of signed, ratified…
    UnknownDateKind(String),
    /// An event changing one piece twice.
    PieceChangedTwice(String),
    /// A condominium without two sovereigns, or two sovereigns without a condominium.
    CondominiumMismatch(String),
    /// A condominium of a pair the map has no pattern for.
    CondominiumWithoutPattern {
        /// The piece.
        piece: String,
        /// The sovereigns, `japan;korea`.
        pair: String,
    },
    /// A change that names no sovereign.
    NoSovereign(String),
    /// Foreign troops recorded as present who are the controller's own.
    BadPresence {
        /// The piece.
        piece: String,
        /// The power given.
        presence: String,
    },
    /// A power, status and sovereign that cannot go together.
    Incoherent {
        /// The piece.
        piece: String,
        /// Which rule it breaks.
        rule: Coherence,
    },
    /// Two events changing one piece on one day.
    SameDay {
        /// The piece.
        piece: String,
        /// The day.
        date: Date,
        /// The other event.
        other: String,
    },
    /// A piece no event gives a holder on the first day of the map.
    PieceUnheld(Date),
    /// A piece or place whose name is not given from the first day it is shown.
    NoNameFrom(Date),
    /// Periods (of names, operators, regimes) that overlap or are out of order.
    PeriodsOverlap {
        /// The earlier period's start.
        first: Date,
        /// The later period's start.
        second: Date,
    },
    /// A period that ends before it begins.
    PeriodEmpty {
        /// Start.
        from: Date,
        /// End.
        until: Date,
    },
    /// A railway or place with no periods.
    NoPeriods,
    /// A line with fewer than two positions.
    LineTooShort,
    /// A power holding or owning a piece on a day for which no regime is named.
    NoRegime {
        /// The power.
        power: String,
        /// The first such day.
        date: Date,
    },
    /// A confidence that is not high, medium or low.
    UnknownConfidence(String),
    /// A date or line marked uncertain without saying why.
    NeedsUncertainty,
    /// Two pieces named as neighbours that share no border.
    NoSharedBorder,
    /// A rank outside 1–3.
    BadRank(u32),
}

/// The rules tying power, status and sovereign together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coherence {
    /// Held outright or as a neutral zone, the sovereign is the holder.
    OutrightIsOwnTitle,
    /// Leased, occupied, protected or an enclave, title stays with one other power.
    ForeignTitle,
}

impl DataError {
    /// A problem with the file as a whole.
    pub fn file(file: &str, kind: DataErrorKind) -> DataError {
        DataError {
            file: file.to_string(),
            item: None,
            kind,
        }
    }

    /// A problem with one feature or event of the file.
    pub fn item(file: &str, item: &str, kind: DataErrorKind) -> DataError {
        DataError {
            file: file.to_string(),
            item: Some(item.to_string()),
            kind,
        }
    }
}

impl std::error::Error for DataError {}
