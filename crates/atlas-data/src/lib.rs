//! Frontier Atlas's data: reading and checking the committed files of `geo/` (the pieces and
//! their names, the backdrop, the labels, the places, the events, the railways, the regimes, the
//! uncertain borders, the areas, the glossary, the spheres and the rivers), every problem reported with its
//! file, item and kind; building the scene and the compiled form the app starts from; and
//! answering `atlas who`. Native only: the app never parses `geo/`.
#![warn(missing_docs)]

pub mod areas;
pub mod borders;
pub mod bundled;
pub mod coast;
mod common;
pub mod error;
pub mod events;
pub mod geometry;
pub mod glossary;
pub mod names;
pub mod places;
pub mod query;
pub mod railways;
pub mod regimes;
pub mod rivers;
pub mod rows;
pub mod scene_build;
pub mod spheres;
pub mod validate;

pub use atlas_core::atlas::{Label, LabelKind, PlaceKind};
pub use borders::UncertainBorder;
pub use error::{Coherence, DataError, DataErrorKind, RingAt};
pub use geometry::Feature;
pub use places::{Place, PlaceName};
pub use railways::{Railway, RailwayPeriod};
pub use rivers::River;

use atlas_core::carto::geometry::Polygon;
use atlas_core::model::{Areas, Dated, Glossary, Localized, Regimes, Sphere, Timeline};
use std::borrow::Cow;

/// Everything in `geo/`, parsed, checked and indexed: what the map knows and where each thing
/// comes from, with the geometry in degrees.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// The pieces whose control changes, in drawing order.
    pub pieces: Vec<Feature>,
    /// The pieces' names over time, parallel to `pieces`.
    pub piece_names: Vec<Dated<Localized>>,
    /// Land drawn for context only, never coloured by control.
    pub backdrop: Vec<Feature>,
    /// Region and sea names and where to write them.
    pub labels: Vec<Label>,
    /// Towns, ports and forts, with their names over time.
    pub places: Vec<Place>,
    /// Railway lines and who ran them.
    pub railways: Vec<Railway>,
    /// Who held each piece when.
    pub timeline: Timeline,
    /// Who governed for each power when.
    pub regimes: Regimes,
    /// Borders between pieces that run along uncertain lines.
    pub uncertain_borders: Vec<UncertainBorder>,
    /// The areas a student knows, and the region of each.
    pub areas: Areas,
    /// Definitions of the words the map is about.
    pub glossary: Glossary,
    /// Spheres of influence: claims over land another power governed.
    pub spheres: Vec<Sphere>,
    /// Each sphere's land in degrees, parallel to `spheres` (empty in the compiled form: the
    /// scene has it projected).
    pub sphere_shapes: Vec<Vec<Polygon>>,
    /// The rivers the lessons name: lines, names and sources.
    pub rivers: Vec<River>,
}

impl Dataset {
    /// What the map knows, as the app holds it: no geometry in degrees, no sources of what the
    /// app does not show.
    pub fn atlas(&self) -> atlas_core::Atlas {
        atlas_core::Atlas {
            pieces: self
                .pieces
                .iter()
                .map(|p| atlas_core::atlas::PieceInfo {
                    id: p.id.clone(),
                    name: p.name.clone(),
                })
                .collect(),
            piece_names: self.piece_names.clone(),
            labels: self.labels.clone(),
            places: self.places.iter().map(Place::for_map).collect(),
            railways: self.railways.iter().map(Railway::for_map).collect(),
            timeline: self.timeline.clone(),
            regimes: self.regimes.clone(),
            uncertain_borders: self
                .uncertain_borders
                .iter()
                .map(|b| atlas_core::atlas::UncertainBorder {
                    pieces: b.pieces,
                    confidence: b.confidence,
                    why: b.why.clone(),
                })
                .collect(),
            areas: self.areas.clone(),
            glossary: self.glossary.clone(),
            spheres: self.spheres.clone(),
            rivers: self.rivers.iter().map(River::for_map).collect(),
        }
    }

    /// The scene: everything projected and path-built.
    pub fn scene(&self) -> atlas_core::scene::Scene {
        scene_build::build(self)
    }

    /// The compiled files the app starts from (`atlas.bin` and the texts files).
    pub fn compile(&self) -> atlas_core::wire::Files {
        atlas_core::wire::Compiled::encode(&self.atlas(), self.scene())
    }
}

/// One of the data files in `geo/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    /// `pieces.geojson`: the land whose control changes.
    Pieces,
    /// `piece_names.json`: the pieces' names over time.
    PieceNames,
    /// `backdrop.geojson`: land drawn for context.
    Backdrop,
    /// `labels.geojson`: region and sea names.
    Labels,
    /// `places.geojson`: towns, ports and forts.
    Places,
    /// `events.json`: the timeline.
    Events,
    /// `railways.geojson`: railways and their operators.
    Railways,
    /// `regimes.json`: governments by name.
    Regimes,
    /// `borders.json`: borders drawn from uncertain lines.
    Borders,
    /// `areas.json`: the areas a student knows and their regions.
    Areas,
    /// `glossary.json`: the words the map is about.
    Glossary,
    /// `spheres.geojson`: spheres of influence.
    Spheres,
    /// `land.geojson`: the outline of the land the pieces were cut from (written by the
    /// geometry build; `atlas validate` checks the pieces still tile it).
    Land,
    /// `rivers.geojson`: the rivers the lessons name (written by the geometry build from
    /// `rivers.toml`).
    Rivers,
}

impl DataFile {
    /// Every data file, in loading order.
    pub const ALL: [DataFile; 14] = [
        DataFile::Pieces,
        DataFile::PieceNames,
        DataFile::Backdrop,
        DataFile::Labels,
        DataFile::Places,
        DataFile::Events,
        DataFile::Railways,
        DataFile::Regimes,
        DataFile::Borders,
        DataFile::Areas,
        DataFile::Glossary,
        DataFile::Spheres,
        DataFile::Land,
        DataFile::Rivers,
    ];

    /// Its file name in `geo/`.
    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::Pieces => "pieces.geojson",
            DataFile::PieceNames => "piece_names.json",
            DataFile::Backdrop => "backdrop.geojson",
            DataFile::Labels => "labels.geojson",
            DataFile::Places => "places.geojson",
            DataFile::Events => "events.json",
            DataFile::Railways => "railways.geojson",
            DataFile::Regimes => "regimes.json",
            DataFile::Borders => "borders.json",
            DataFile::Areas => "areas.json",
            DataFile::Glossary => "glossary.json",
            DataFile::Spheres => "spheres.geojson",
            DataFile::Land => "land.geojson",
            DataFile::Rivers => "rivers.geojson",
        }
    }
}

/// The data files as text, each with the name used in messages, in `DataFile::ALL` order.
#[derive(Clone, Debug)]
pub struct Sources<'a> {
    files: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Sources<'a> {
    /// From (name, text) pairs in `DataFile::ALL` order.
    pub fn new(files: [(Cow<'a, str>, Cow<'a, str>); 14]) -> Sources<'a> {
        Sources {
            files: files.into(),
        }
    }

    /// Reads every file from a directory; the error names the file that could not be read.
    pub fn read_dir(dir: &std::path::Path) -> Result<Sources<'static>, DataError> {
        let mut files = Vec::new();
        for f in DataFile::ALL {
            let path = dir.join(f.file_name()).display().to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => files.push((Cow::Owned(path), Cow::Owned(text))),
                Err(e) => {
                    return Err(DataError::file(
                        &path,
                        DataErrorKind::Unreadable(e.to_string()),
                    ))
                }
            }
        }
        Ok(Sources { files })
    }

    /// The name and text of one file.
    pub fn get(&self, f: DataFile) -> (&str, &str) {
        let (name, text) = &self.files[f as usize];
        (name, text)
    }

    /// These sources with one file's text replaced (for tests and tools).
    pub fn replaced(&self, f: DataFile, text: impl Into<Cow<'a, str>>) -> Sources<'a> {
        let mut files = self.files.clone();
        files[f as usize].1 = text.into();
        Sources { files }
    }
}

/// Parses and validates all data, returning every problem found rather than the first.
pub fn load(src: &Sources) -> Result<Dataset, Vec<DataError>> {
    let mut problems = Vec::new();
    let (pieces_file, pieces_text) = src.get(DataFile::Pieces);
    let pieces = geometry::parse_features(pieces_file, pieces_text, &mut problems);
    // With the pieces unreadable, every reference to a piece would be reported as unknown: one
    // truncated file would bury its own message under a hundred follow-on ones.
    let pieces_complete = problems.is_empty();
    let ids: Vec<String> = pieces.iter().map(|p| p.id.clone()).collect();
    let (f, t) = src.get(DataFile::PieceNames);
    let piece_names = names::parse_piece_names(f, t, &ids, &mut problems);
    let (backdrop_file, t) = src.get(DataFile::Backdrop);
    let backdrop = geometry::parse_features(backdrop_file, t, &mut problems);
    let (f, t) = src.get(DataFile::Labels);
    let labels = geometry::parse_labels(f, t, &mut problems);
    let (places_file, t) = src.get(DataFile::Places);
    let before_places = problems.len();
    let places = places::parse_places(places_file, t, &mut problems);
    // With a place missing or broken, "an event names an unknown place" would be noise.
    let places_complete = problems.len() == before_places;
    let before_events = problems.len();
    let (events_file, t) = src.get(DataFile::Events);
    let events = events::parse_events(events_file, t, &mut problems);
    // With an event missing, "no event says who held this piece" would be noise, not news.
    let events_complete = problems.len() == before_events;
    let (f, t) = src.get(DataFile::Railways);
    let railways = railways::parse_railways(f, t, &mut problems);
    let (regimes_file, t) = src.get(DataFile::Regimes);
    let before_regimes = problems.len();
    let regimes = regimes::parse_regimes(regimes_file, t, &ids, &mut problems);
    let regimes_complete = problems.len() == before_regimes;
    let (f, t) = src.get(DataFile::Borders);
    let uncertain_borders = borders::parse_borders(f, t, &pieces, &mut problems);
    let (f, t) = src.get(DataFile::Areas);
    let areas = areas::parse_areas(f, t, &ids, &mut problems);
    let (f, t) = src.get(DataFile::Glossary);
    let glossary = glossary::parse_glossary(f, t, &mut problems);
    let (spheres_file, t) = src.get(DataFile::Spheres);
    let (spheres, sphere_shapes) = spheres::parse_spheres(spheres_file, t, &mut problems);
    let (f, t) = src.get(DataFile::Rivers);
    let rivers = rivers::parse_rivers(f, t, &mut problems);
    let timeline = Timeline::new(ids, events.clone());
    validate::check_pieces(pieces_file, &pieces, &mut problems);
    validate::check_pieces(backdrop_file, &backdrop, &mut problems);
    if pieces_complete {
        validate::check_places(places_file, &places, &pieces, &mut problems);
    }
    if places_complete {
        validate::check_event_places(events_file, &events, &places, &mut problems);
    }
    validate::check_events(
        events_file,
        &events,
        &pieces,
        &timeline,
        events_complete && pieces_complete,
        &mut problems,
    );
    if !pieces_complete {
        problems.retain(|p| !matches!(p.kind, DataErrorKind::UnknownPiece(_)));
    }
    if events_complete && pieces_complete && regimes_complete {
        validate::check_regimes(regimes_file, &timeline, &regimes, &mut problems);
    }
    if events_complete {
        validate::check_spheres(
            spheres_file,
            &spheres,
            &sphere_shapes,
            &timeline,
            &mut problems,
        );
    }
    if problems.is_empty() {
        Ok(Dataset {
            pieces,
            piece_names,
            backdrop,
            labels,
            places,
            railways,
            timeline,
            regimes,
            uncertain_borders,
            areas,
            glossary,
            spheres,
            sphere_shapes,
            rivers,
        })
    } else {
        Err(problems)
    }
}

/// `load` and then the checks too slow to run on every load: the pieces' geometry (no piece
/// reaching into another, none drawn twice, no ring crossing itself). They run even when `load`
/// found problems, so every problem is listed at once. `atlas validate` and `atlas compile` both
/// run this, so nothing compiles that would not validate.
pub fn load_checked(src: &Sources) -> Result<Dataset, Vec<DataError>> {
    let loaded = load(src);
    let (file, text) = src.get(DataFile::Pieces);
    let mut problems = Vec::new();
    let pieces = geometry::parse_features(file, text, &mut problems);
    if !problems.is_empty() {
        // `load` has reported the unreadable pieces already.
        return loaded;
    }
    validate::check_overlaps(file, &pieces, &mut problems);
    validate::check_simple(file, &pieces, &mut problems);
    // The land they tile: pieces and backdrop together.
    let (backdrop_file, text) = src.get(DataFile::Backdrop);
    let mut unread = Vec::new();
    let backdrop = geometry::parse_features(backdrop_file, text, &mut unread);
    let (land_file, text) = src.get(DataFile::Land);
    let outline = coast::parse_outline(land_file, text, &mut problems);
    if unread.is_empty() && !outline.is_empty() {
        let tiles: Vec<&Feature> = pieces.iter().chain(&backdrop).collect();
        coast::check_coverage(file, &tiles, &outline, &mut problems);
    }
    match loaded {
        Ok(atlas) if problems.is_empty() => Ok(atlas),
        Ok(_) => Err(problems),
        Err(mut first) => {
            first.append(&mut problems);
            Err(first)
        }
    }
}
