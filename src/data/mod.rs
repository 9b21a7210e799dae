//! Reading and checking the committed data in `geo/`: the pieces and their names, the backdrop,
//! the labels, the places, the events, the railways and the regimes. The app, the command-line
//! tools and the tests all load data through here.

pub mod areas;
pub mod borders;
#[cfg(not(target_arch = "wasm32"))]
pub mod bundled;
mod common;
pub mod error;
pub mod events;
pub mod geometry;
pub mod glossary;
pub mod names;
pub mod places;
pub mod railways;
pub mod regimes;
pub mod spheres;
pub mod validate;

pub use borders::UncertainBorder;
pub use error::{Coherence, DataError, DataErrorKind, RingAt};
pub use geometry::{Feature, LabelKind};
pub use places::{Place, PlaceKind, PlaceName};
pub use railways::{Railway, RailwayPeriod};

use crate::carto::geometry::Polygon;
use crate::model::{Areas, Date, Dated, Glossary, Localized, Regimes, Sphere, Timeline};
use std::borrow::Cow;

/// Everything the map needs, parsed and indexed.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Atlas {
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
}

impl Atlas {
    /// For each thing drawn from the data, the days on which what is drawn for it can change,
    /// sorted: between two of them its answer stays the same, so the app recomputes a thing only
    /// when the date crosses one of its own days (see [`same_answer_as`]).
    pub fn change_dates(&self) -> ChangeDates {
        let dates = |changes: &mut dyn Iterator<Item = Date>| {
            let mut v: Vec<Date> = changes.collect();
            v.sort();
            v.dedup();
            v
        };
        let t = &self.timeline;
        ChangeDates {
            pieces: (0..t.pieces().len())
                .map(|i| {
                    dates(
                        &mut t
                            .history(i)
                            .changes()
                            .iter()
                            .map(|(d, _)| *d)
                            .chain(self.piece_names[i].changes().iter().map(|(d, _)| *d)),
                    )
                })
                .collect(),
            places: self
                .places
                .iter()
                .map(|p| dates(&mut p.names.changes().iter().map(|(d, _)| *d)))
                .collect(),
            railways: self
                .railways
                .iter()
                .map(|r| dates(&mut r.operator_changes()))
                .collect(),
            events: dates(&mut t.event_dates()),
        }
    }

    /// Every text of the data, always in the same order: piece names, labels, place names,
    /// events (title, summary, text, uncertainty), regimes (name, note), uncertain borders,
    /// areas, spheres (name, note), glossary terms (term, definition, example, forms).
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut Localized)) {
        for names in &mut self.piece_names {
            names.values_mut().for_each(&mut *f);
        }
        for l in &mut self.labels {
            f(&mut l.text);
        }
        for p in &mut self.places {
            for n in p.names.values_mut().flatten() {
                f(&mut n.name);
            }
        }
        for e in self.timeline.events_mut() {
            f(&mut e.title);
            f(&mut e.summary);
            f(&mut e.text);
            if let Some(u) = &mut e.uncertainty {
                f(u);
            }
        }
        for r in self.regimes.all_mut() {
            f(&mut r.name);
            f(&mut r.note);
        }
        for b in &mut self.uncertain_borders {
            f(&mut b.why);
        }
        for a in self.areas.all_mut() {
            f(&mut a.name);
        }
        for s in &mut self.spheres {
            f(&mut s.name);
            f(&mut s.note);
        }
        for t in self.glossary.terms_mut() {
            f(&mut t.term);
            f(&mut t.definition);
            f(&mut t.example);
            f(&mut t.forms);
        }
    }
}

/// A name written on the map.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Label {
    /// The text.
    pub text: Localized,
    /// What it names.
    pub kind: LabelKind,
    /// Where its centre goes, longitude and latitude.
    pub at: [f64; 2],
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
}

impl DataFile {
    /// Every data file, in loading order.
    pub const ALL: [DataFile; 12] = [
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
    pub fn new(files: [(Cow<'a, str>, Cow<'a, str>); 12]) -> Sources<'a> {
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
pub fn load(src: &Sources) -> Result<Atlas, Vec<DataError>> {
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
    let (f, t) = src.get(DataFile::Places);
    let places = places::parse_places(f, t, &mut problems);
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
    let timeline = Timeline::new(ids, events.clone());
    validate::check_pieces(pieces_file, &pieces, &mut problems);
    validate::check_pieces(backdrop_file, &backdrop, &mut problems);
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
        Ok(Atlas {
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
        })
    } else {
        Err(problems)
    }
}

/// The days on which each thing drawn can change, from [`Atlas::change_dates`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeDates {
    /// For each piece: its holder or its name.
    pub pieces: Vec<Vec<Date>>,
    /// For each place: its name.
    pub places: Vec<Vec<Date>>,
    /// For each railway: its operator.
    pub railways: Vec<Vec<Date>>,
    /// The change in force.
    pub events: Vec<Date>,
}

/// The day whose answer is the answer for `date`, for a thing that changes only on
/// `change_dates` (sorted): the latest of them on or before `date`, or `date` itself before the
/// first.
pub fn same_answer_as(change_dates: &[Date], date: Date) -> Date {
    match change_dates.partition_point(|d| *d <= date) {
        0 => date,
        n => change_dates[n - 1],
    }
}
