//! One problem found in the data: the file, the feature or event, and what kind of problem it is.
//! The kind carries the facts; `Display` turns it into an English line a person can act on (the
//! checks run in the build and the native tools, whose readers are the data's editors).

use super::validate::BOUNDS;
use atlas_core::model::{Date, DateKind};

/// A problem in a data file. `Display` gives an English line a person can act on.
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
    /// An event without a summary for students.
    NeedsSummary,
    /// A source of an unknown kind.
    UnknownSourceKind(String),
    /// An event that rests on no source of record or scholarship.
    NeedsSourceOfRecord,
    /// A source on an open encyclopaedia's site called a record or scholarship.
    EncyclopaediaAsRecord(String),
    /// A summary whose first sentence is too long or too short for a caption.
    CaptionLength {
        /// The language.
        lang: String,
        /// Its length in characters.
        chars: usize,
    },
    /// A piece in no area of `areas.json`.
    PieceInNoArea(String),
    /// A piece in more than one area.
    PieceInTwoAreas(String),
    /// An unknown region id.
    UnknownRegion(String),
    /// An event id that no event has.
    UnknownEvent(String),
    /// A glossary term the map does not use.
    UnknownTerm(String),
    /// A glossary term the map needs, missing.
    MissingTerm(String),
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
    /// Edges of a piece that border no other piece and are not on the coast of the land the
    /// pieces were cut from: land beside them is in no piece (or the piece reaches into the sea).
    LandUncovered {
        /// The first such edge's start.
        at: [f64; 2],
        /// How many edges.
        edges: usize,
    },
    /// Edges a piece shares with two others, or a coast it shares with another: land in two
    /// pieces.
    LandCoveredTwice {
        /// One of the others.
        other: String,
        /// The first such edge's start.
        at: [f64; 2],
        /// How many edges.
        edges: usize,
    },
    /// Coast of the land the pieces were cut from that no piece runs along: land in no piece.
    CoastInNoPiece {
        /// The first such edge's start.
        at: [f64; 2],
        /// How many edges.
        edges: usize,
    },
    /// A place whose point is not in the piece it names (`found`: the piece it is in, if any).
    PlaceNotInPiece {
        /// The piece it names (`None`: at sea).
        named: Option<String>,
        /// The piece its point lies in (`None`: the sea).
        found: Option<String>,
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
    /// A source whose address is not a web address (`javascript:`, `file:`, bare text): the card
    /// would make it a link.
    SourceNotWeb(String),
    /// Another date of an event (signed, ratified …) off the map, or before the one listed
    /// ahead of it.
    OtherDateOutOfOrder {
        /// Its kind, as written (`signed`).
        kind: String,
        /// The date.
        date: Date,
    },
    /// Another date of an event (signed, ratified …) outside the years the map shows.
    OtherDateOffMap {
        /// Its kind, as written.
        kind: String,
        /// The date.
        date: Date,
    },
    /// An event without a title or text.
    NeedsText,
    /// An event that neither changes a piece nor says which pieces it was about.
    ChangesNothing,
    /// A reference to a piece that is not in the geometry.
    UnknownPiece(String),
    /// An event naming a place (`places`) that `places.geojson` does not have.
    UnknownPlace(String),
    /// An event naming a place (`places`) that has no name on the event's date.
    PlaceUnnamedOnDate(String),
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
    /// A name with no form in this language (every river is named in en, ja, ru, zh and ko).
    MissingName(String),
    /// A name in a language the map does not have.
    UnknownLanguage(String),
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

impl std::fmt::Display for DataError {
    /// `geo/pieces.geojson: 'korea': reaches into 'jilin' at [124.1, 42.0]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = self.kind.to_string();
        match &self.item {
            Some(item) => write!(f, "{}: '{}': {reason}", self.file, item),
            None => write!(f, "{}: {reason}", self.file),
        }
    }
}

impl std::fmt::Display for DataErrorKind {
    /// What is wrong, in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl DataErrorKind {
    fn message(&self) -> String {
        use DataErrorKind as K;
        match self {
            K::Unreadable(e) => format!("cannot read: {e}"),
            K::NotJson(e) => format!("not valid JSON: {e}"),
            K::NotFeatureCollection => {
                "not a GeoJSON FeatureCollection with a \"features\" array".into()
            }
            K::NotThisFile(e) => format!("not a valid file of this kind: {e}"),
            K::BadFeature(e) => format!("not a valid GeoJSON feature: {e}"),
            K::BadProperties(e) => format!("bad properties: {e}"),
            K::BadEvent(e) => format!("not a valid event: {e}"),
            K::WrongGeometry { found, allowed } => {
                format!("geometry is a {found}; only {allowed} allowed here")
            }
            K::NoGeometry => "feature has no geometry".into(),
            K::OutsideBox(p) => format!("position {p:?} is outside the map's box {BOUNDS:?}"),
            K::DuplicateId => "id is used more than once".into(),
            K::NoPolygons => "has no polygons".into(),
            K::RingTooShort(at, n) => format!(
                "polygon {} ring {} has {n} positions; a ring needs at least 4",
                at.polygon, at.ring
            ),
            K::RingNotClosed(at) => {
                format!("polygon {} ring {} is not closed", at.polygon, at.ring)
            }
            K::RingCollapsed(at) => format!(
                "polygon {} ring {} has collapsed to no area",
                at.polygon, at.ring
            ),
            K::KnownAreaInvalid(v) => format!("known_area_km2 {v} is not a positive area"),
            K::AreaDiffers {
                drawn,
                known,
                tolerance_pct,
            } => format!(
                "drawn area {drawn:.1} km² differs from the historical {known} km² by more than {tolerance_pct}%"
            ),
            K::Overlap { other, at } => format!("reaches into '{other}' at {at:?}"),
            K::PlaceNotInPiece { named, found } => {
                let named = named
                    .as_ref()
                    .map_or("at sea".to_string(), |n| format!("in '{n}'"));
                let found = found
                    .as_ref()
                    .map_or("in the sea".to_string(), |f| format!("in '{f}'"));
                format!("is said to lie {named}, but its point lies {found}: check its coordinates or its piece")
            }
            K::LandUncovered { at, edges } => format!(
                "{edges} edge(s) from {at:?} border no other piece and are not on the coast in geo/land.geojson: land beside them is in no piece, or the piece reaches into the sea"
            ),
            K::LandCoveredTwice { other, at, edges } => format!(
                "{edges} edge(s) from {at:?} are also edges of '{other}' and a third piece, or a coast both run along: land is in two pieces"
            ),
            K::CoastInNoPiece { at, edges } => format!(
                "{edges} edge(s) of the coast in geo/land.geojson from {at:?} are on no piece: land there is in no piece (rebuild with scripts/build-geo.sh, or restore the piece)"
            ),
            K::SelfIntersection { at, polygon } => format!(
                "polygon {polygon} crosses itself at {at:?}: not valid geometry (OGC)"
            ),
            K::HoleOutside(at) => format!(
                "polygon {} ring {} is a hole outside its outer ring",
                at.polygon, at.ring
            ),
            K::BadDate(t) => format!("'{t}' is not a date of the form YYYY-MM-DD"),
            K::DateOffMap(d) => format!(
                "date {d} is outside the map's span {}..{}",
                Date::FIRST,
                Date::LAST
            ),
            K::EventOutOfOrder {
                date,
                previous,
                previous_date,
            } => format!(
                "dated {date} but listed after '{previous}' of {previous_date}; keep events in date order"
            ),
            K::NeedsSource => {
                "needs at least one source, each with a title and an address".into()
            }
            K::UnacceptableSource { url, pattern } => format!(
                "source {url} is on a site refused as a source ('{pattern}' in geo/unacceptable_sources.txt): cite the original"
            ),
            K::SourceNotWeb(url) => format!(
                "source '{url}' is not a web address: it must begin http:// or https:// and name a host"
            ),
            K::OtherDateOutOfOrder { kind, date } => format!(
                "its {kind} date {date} comes before the date listed ahead of it; list other dates in the order they happened"
            ),
            K::OtherDateOffMap { kind, date } => format!(
                "its {kind} date {date} is outside {}..{}",
                Date::FIRST,
                Date::LAST
            ),
            K::NeedsText => "needs a title and a text (in English at least)".into(),
            K::UnknownSourceKind(k) => format!(
                "unknown kind of source '{k}' (use record, scholarly, encyclopaedia or other)"
            ),
            K::NeedsSourceOfRecord => "needs at least one source of record or scholarship (\"kind\": \"record\" or \"scholarly\"): a treaty text or collection, FRUS, Japanese diplomatic documents, a gazette, a newspaper of the day, EB1911/EB1922, or a scholarly book or article; an open encyclopaedia may stand beside these, never alone".into(),
            K::EncyclopaediaAsRecord(url) => format!(
                "source {url} is an encyclopaedia of open editing: its kind is \"encyclopaedia\", not a record or scholarship"
            ),
            K::NeedsSummary => "needs a summary for students (\"summary\", in English at least)".into(),
            K::CaptionLength { lang, chars } => format!(
                "the first sentence of its {lang} summary is {chars} characters; as a caption it must be 10 to {} characters",
                atlas_core::model::timeline::CAPTION_MAX_CHARS
            ),
            K::UnknownTerm(t) => format!(
                "unknown term '{t}' (the glossary defines {})",
                atlas_core::model::glossary::TERMS.join(", ")
            ),
            K::UnknownEvent(e) => format!("names the event '{e}', which geo/events.json does not have"),
            K::MissingTerm(t) => format!("the glossary does not define '{t}'"),
            K::PieceInNoArea(p) => format!("piece '{p}' is in no area; every piece needs one"),
            K::PieceInTwoAreas(p) => format!("piece '{p}' is in more than one area"),
            K::UnknownRegion(r) => format!(
                "unknown region '{r}' (use {})",
                atlas_core::model::Region::ALL.map(atlas_core::model::Region::id).join(", ")
            ),
            K::ChangesNothing => {
                "changes no piece and names no piece it was about (\"about\")".into()
            }
            K::UnknownPiece(p) => format!("names '{p}', which is not a piece in the geometry"),
            K::UnknownPlace(p) => format!("names the place '{p}', which is not in places.geojson"),
            K::PlaceUnnamedOnDate(p) => {
                format!("names the place '{p}', which has no name on the event's date")
            }
            K::UnknownPower(p) => format!("unknown power '{p}'"),
            K::UnknownStatus(s) => format!("unknown status '{s}'"),
            K::UnknownDateKind(k) => format!(
                "unknown kind of date '{k}' (use {})",
                DateKind::ALL.map(DateKind::id).join(", ")
            ),
            K::PieceChangedTwice(p) => format!("changes '{p}' twice"),
            K::CondominiumMismatch(p) => format!(
                "change to '{p}': a condominium is power 'shared' with two sovereigns, and only that"
            ),
            K::CondominiumWithoutPattern { piece, pair } => format!(
                "change to '{piece}': the map has no stripes for a condominium of {pair}; add the pair to carto::style::CONDOMINIUM_PAIRS"
            ),
            K::NoSovereign(p) => format!("change to '{p}' names no sovereign"),
            K::BadPresence { piece, presence } => format!(
                "change to '{piece}': presence '{presence}' must be a power other than the controller"
            ),
            K::Incoherent { piece, rule } => format!(
                "change to '{piece}': {}",
                match rule {
                    Coherence::OutrightIsOwnTitle =>
                        "held outright or as a neutral zone, the sovereign must be the power itself",
                    Coherence::ForeignTitle =>
                        "leased, occupied, protected or an enclave: title must stay with one other power",
                }
            ),
            K::SameDay { piece, date, other } => {
                format!("changes '{piece}' on {date}, as '{other}' does")
            }
            K::PieceUnheld(d) => format!("no event says who held this piece on {d}"),
            K::NoNameFrom(d) => format!("has no name from {d}, the first day the map shows"),
            K::PeriodsOverlap { first, second } => {
                format!("periods from {first} and {second} overlap or are out of order")
            }
            K::PeriodEmpty { from, until } => {
                format!("period from {from} ends on {until}, before it begins")
            }
            K::NoPeriods => "has no periods, so it would never be drawn".into(),
            K::LineTooShort => "a line needs at least two positions".into(),
            K::NoRegime { power, date } => format!(
                "{power} holds this piece or its title on {date}, but geo/regimes.json names no government of {power} for it then"
            ),
            K::UnknownConfidence(c) => format!("unknown confidence '{c}' (use high, medium or low)"),
            K::NeedsUncertainty => "is marked uncertain but does not say why (\"uncertainty\")".into(),
            K::NoSharedBorder => "these two pieces share no border".into(),
            K::BadRank(r) => format!("rank {r} is not 1, 2 or 3"),
            K::MissingName(lang) => format!(
                "has no name in '{lang}': a river is named in en, ja, ru, zh and ko"
            ),
            K::UnknownLanguage(lang) => format!(
                "has a name in '{lang}', which is not a language of the map (en, ja, ru, zh, ko)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_problem_is_a_sentence_naming_what_to_fix() {
        let e = DataError::item(
            "geo/events.json",
            "treaty_of_aigun",
            DataErrorKind::UnknownPiece("amur".into()),
        );
        assert_eq!(
            e.to_string(),
            "geo/events.json: 'treaty_of_aigun': names 'amur', which is not a piece in the geometry"
        );
    }
}
