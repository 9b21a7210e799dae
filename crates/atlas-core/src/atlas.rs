//! What the map knows, as the app holds it: who held each piece when, the names of pieces and
//! places over time, labels, railways and their operators, the rivers' names, the governments,
//! the uncertain borders, the areas, the glossary and the spheres of influence. No geometry in degrees (the
//! scene has everything projected) and no sources of what the app does not show; the data crate
//! builds it from `geo/` and writes it into the compiled form (`wire`).

use crate::model::{Areas, Glossary};
use crate::model::{Confidence, Date, Dated, Localized, Power, Regimes, Sphere, Timeline};

/// What the map knows.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Atlas {
    /// The pieces whose control changes, in drawing order (ids and plain names).
    pub pieces: Vec<PieceInfo>,
    /// The pieces' names over time, parallel to `pieces`.
    pub piece_names: Vec<Dated<Localized>>,
    /// Region, land and sea names and where to write them.
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
    /// The rivers the lessons name, parallel to the scene's rivers ([`crate::scene::Scene::rivers`]).
    pub rivers: Vec<River>,
}

/// Where a text is read, which decides when the page needs it in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextUse {
    /// On the map or in its controls: needed for the first view.
    Map,
    /// In a card, a glossary entry or a caption (accounts, notes, sources): it may arrive just
    /// after the map is drawn.
    Card,
}

/// A piece: its id and its plain name (the map shows the names over time).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PieceInfo {
    /// Its id (`data-piece`).
    pub id: String,
    /// Its plain descriptive name.
    pub name: String,
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

/// What a label names, which sets how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelKind {
    /// One of the regions the map is about.
    Region,
    /// Land around them.
    Context,
    /// A sea.
    Sea,
}

/// What a place is, which sets how its marker is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A capital.
    Capital,
    /// A city or provincial seat.
    City,
    /// A port.
    Port,
    /// A fortress.
    Fort,
    /// A smaller town or post.
    Town,
    /// Where a battle was fought (at sea, for Tsushima).
    Battle,
    /// An island named by a point on it (Iturup, Shumshu).
    Island,
    /// A strait, named on the water with no marker (the Friza strait).
    Strait,
    /// A cape (Cape Lopatka).
    Cape,
    /// A boundary line named at a point beside it, with no marker (the 50th parallel on
    /// Sakhalin, from Portsmouth on).
    Boundary,
}

impl PlaceKind {
    /// The identifier used in the data and in `data-kind`.
    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Port => "port",
            PlaceKind::Fort => "fort",
            PlaceKind::Town => "town",
            PlaceKind::Battle => "battle",
            PlaceKind::Island => "island",
            PlaceKind::Strait => "strait",
            PlaceKind::Cape => "cape",
            PlaceKind::Boundary => "boundary",
        }
    }

    /// Whether it is drawn with a marker at its point, its name beside it; a strait or a
    /// boundary has none and its name is centred on its point instead.
    pub fn marked(self) -> bool {
        !matches!(self, PlaceKind::Strait | PlaceKind::Boundary)
    }
}

/// A named place.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// Stable identifier (`data-place`).
    pub id: String,
    /// What it is.
    pub kind: PlaceKind,
    /// 1: shown even at the full view when there is room; 2: when there is room; 3: zoomed in.
    pub rank: u32,
    /// Longitude and latitude.
    pub at: [f64; 2],
    /// Its name over time; `None` before it was founded or after a period ends with no other.
    pub names: Dated<Option<Localized>>,
}

impl Place {
    /// Its name on `date`, if it existed then.
    pub fn name_at(&self, date: Date) -> Option<&Localized> {
        self.names.at(date).and_then(Option::as_ref)
    }

    /// Every name it had, in order, for sizing its label.
    pub fn all_names(&self) -> impl Iterator<Item = &Localized> {
        self.names.changes().iter().filter_map(|(_, n)| n.as_ref())
    }
}

/// A railway line and who ran it when.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Railway {
    /// Stable identifier (`data-railway`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Who ran it: `None` before it ran or between operators.
    pub operators: Dated<Option<Power>>,
}

impl Railway {
    /// Who ran it on `date`, if anyone.
    pub fn operator_at(&self, date: Date) -> Option<Power> {
        self.operators.at(date).copied().flatten()
    }

    /// The days its operator changed.
    pub fn operator_changes(&self) -> impl Iterator<Item = Date> + '_ {
        self.operators.changes().iter().map(|(d, _)| *d)
    }
}

/// A river the lessons name (the Amur, the Ussuri …): its id and its name in every language. Its
/// line and where to write its name are in the scene ([`crate::scene::DrawnRiver`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct River {
    /// Stable identifier (`data-river`): `amur`, `ussuri`, `sungari`, `liao`, `yalu`, `tumen`.
    pub id: String,
    /// Its name, in English, Japanese, Russian, Chinese and Korean (`name.get(lang)`).
    pub name: Localized,
}

/// A border between two pieces that runs along an uncertain line, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UncertainBorder {
    /// The two pieces (indices, the smaller first).
    pub pieces: (usize, usize),
    /// How sure the line is.
    pub confidence: Confidence,
    /// Why it is uncertain.
    pub why: Localized,
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

    /// Every text, always in the same order, with where it is read: piece names, labels, place
    /// names, events (title, summary, text, uncertainty, sources), regimes (name, note, sources),
    /// uncertain borders, areas, spheres (name, note, sources), glossary terms (term,
    /// definition, example, forms), rivers. The compiled texts files are tables in this order.
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut Localized, TextUse)) {
        use TextUse::{Card, Map};
        for names in &mut self.piece_names {
            names.values_mut().for_each(|n| f(n, Map));
        }
        for l in &mut self.labels {
            f(&mut l.text, Map);
        }
        for p in &mut self.places {
            for n in p.names.values_mut().flatten() {
                f(n, Map);
            }
        }
        for e in self.timeline.events_mut() {
            // The title names the change in force in the marks' list and the slider's text.
            f(&mut e.title, Map);
            f(&mut e.summary, Card);
            f(&mut e.text, Card);
            if let Some(u) = &mut e.uncertainty {
                f(u, Card);
            }
            for s in &mut e.sources {
                s.texts_mut().into_iter().for_each(|t| f(t, Card));
            }
        }
        for r in self.regimes.all_mut() {
            f(&mut r.name, Map);
            f(&mut r.note, Card);
            for source in &mut r.sources {
                source.texts_mut().into_iter().for_each(|t| f(t, Card));
            }
        }
        for b in &mut self.uncertain_borders {
            f(&mut b.why, Card);
        }
        for a in self.areas.all_mut() {
            f(&mut a.name, Map);
        }
        for s in &mut self.spheres {
            f(&mut s.name, Map);
            f(&mut s.note, Card);
            for source in &mut s.sources {
                source.texts_mut().into_iter().for_each(|t| f(t, Card));
            }
        }
        for t in self.glossary.terms_mut() {
            f(&mut t.term, Map);
            f(&mut t.definition, Card);
            f(&mut t.example, Card);
            // The forms link the terms in every text, the map's included.
            f(&mut t.forms, Map);
        }
        for r in &mut self.rivers {
            f(&mut r.name, Map);
        }
    }

    /// The river with id `id` (`amur`, `ussuri`, `sungari`, `liao`, `yalu`, `tumen`), if the map
    /// has it; its index is the same in [`crate::scene::Scene::rivers`].
    pub fn river(&self, id: &str) -> Option<(usize, &River)> {
        self.rivers.iter().enumerate().find(|(_, r)| r.id == id)
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
