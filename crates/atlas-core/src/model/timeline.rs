//! The timeline: dated events, most changing the control of some pieces, and the query "who held
//! piece P on date D".

use super::{Date, Dated, Localized, Power, Sovereigns, Status};

/// What kind of source a citation is, as the data says it is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum SourceKind {
    /// A source of record: a treaty text or collection, FRUS, the Japanese diplomatic documents
    /// (JACAR, MOFA, worldjpn), an official gazette, a newspaper of the day, an encyclopaedia of
    /// the day (EB1911, EB1922, Brockhaus–Efron).
    Record,
    /// A scholarly monograph or article, or a history written at the time.
    Scholarly,
    /// An encyclopaedia of open editing (Wikipedia): allowed beside a record, never alone.
    Encyclopaedia,
    /// Anything else: a reference page, a modern article, a map.
    #[default]
    Other,
}

impl SourceKind {
    /// Every kind.
    pub const ALL: [SourceKind; 4] = [
        SourceKind::Record,
        SourceKind::Scholarly,
        SourceKind::Encyclopaedia,
        SourceKind::Other,
    ];

    /// The identifier used in the data files (`"kind": "record"`).
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Record => "record",
            SourceKind::Scholarly => "scholarly",
            SourceKind::Encyclopaedia => "encyclopaedia",
            SourceKind::Other => "other",
        }
    }

    /// Parses a data-file identifier.
    pub fn from_id(s: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// Whether an event may rest on it: a record or scholarship.
    pub fn of_record(self) -> bool {
        matches!(self, SourceKind::Record | SourceKind::Scholarly)
    }
}

/// A source a reader can check.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// Title or citation, as a reader would look it up. Kept as text of a card, so that the
    /// compiled form can leave it to the English table (see [`Localized`]).
    title: Localized,
    /// Where to read it.
    url: Localized,
    /// What kind of source it is.
    pub kind: SourceKind,
}

impl Source {
    /// A source titled `title`, to be read at `url`.
    pub fn new(title: impl Into<String>, url: impl Into<String>, kind: SourceKind) -> Source {
        Source {
            title: Localized::en(title),
            url: Localized::en(url),
            kind,
        }
    }

    /// Its title or citation.
    pub fn title(&self) -> &str {
        self.title.english()
    }

    /// Where to read it.
    pub fn url(&self) -> &str {
        self.url.english()
    }

    /// Its title and address, as texts the compiled form may move out.
    pub fn texts_mut(&mut self) -> [&mut Localized; 2] {
        [&mut self.title, &mut self.url]
    }
}

/// How one event leaves one piece.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PieceChange {
    /// The piece's id (as in `geo/pieces.geojson`).
    pub piece: String,
    /// Who controls it from the event's date.
    pub power: Power,
    /// How they hold it.
    pub status: Status,
    /// Who holds title.
    pub sovereign: Sovereigns,
    /// Foreign troops present while the controller went on governing (Japan in Korea 1904–05).
    pub presence: Option<Power>,
}

/// What another date of an event was: a treaty is signed, ratified and comes into force on
/// different days, and the map uses one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateKind {
    /// Signed.
    Signed,
    /// Ratified by one or both parties.
    Ratified,
    /// Ratifications exchanged.
    RatificationsExchanged,
    /// Came into force.
    InForce,
    /// Promulgated.
    Promulgated,
    /// Handed over on the ground.
    HandedOver,
    /// Began.
    Began,
    /// Ended.
    Ended,
}

impl DateKind {
    /// Every kind.
    pub const ALL: [DateKind; 8] = [
        DateKind::Signed,
        DateKind::Ratified,
        DateKind::RatificationsExchanged,
        DateKind::InForce,
        DateKind::Promulgated,
        DateKind::HandedOver,
        DateKind::Began,
        DateKind::Ended,
    ];

    /// The identifier used in `geo/events.json`.
    pub fn id(self) -> &'static str {
        match self {
            DateKind::Signed => "signed",
            DateKind::Ratified => "ratified",
            DateKind::RatificationsExchanged => "ratifications_exchanged",
            DateKind::InForce => "in_force",
            DateKind::Promulgated => "promulgated",
            DateKind::HandedOver => "handed_over",
            DateKind::Began => "began",
            DateKind::Ended => "ended",
        }
    }

    /// Parses a data-file identifier.
    pub fn from_id(s: &str) -> Option<DateKind> {
        DateKind::ALL.into_iter().find(|k| k.id() == s)
    }
}

/// Another date of an event, with what happened on it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EventDate {
    /// What happened.
    pub kind: DateKind,
    /// When.
    pub date: Date,
}

/// How sure the sources let us be of a date or a line.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Default,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum Confidence {
    /// Sources disagree, or none gives the day: the map's choice is a best estimate.
    Low,
    /// One good source, or sources close but not exact.
    Medium,
    /// Attested by the sources cited.
    #[default]
    High,
}

impl Confidence {
    /// The identifier used in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// Parses a data-file identifier.
    pub fn from_id(s: &str) -> Option<Confidence> {
        [Confidence::Low, Confidence::Medium, Confidence::High]
            .into_iter()
            .find(|c| c.id() == s)
    }
}

/// A dated event of the story: a treaty, a handover, a capture, or a turning point that moved no
/// border (the Triple Intervention, Tsushima).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// Stable identifier, used in URLs, `data-event` and `atlas who` output.
    pub id: String,
    /// The day from which the changes hold (Gregorian).
    pub date: Date,
    /// A short title.
    pub title: Localized,
    /// Two or three plain sentences for students: what happened, why, and what followed. Its
    /// first sentence is the caption under the title on a projector.
    pub summary: Localized,
    /// What changed, where, and why it mattered, in our own words; says which date the map uses.
    pub text: Localized,
    /// The other dates of the event (signing, ratification, handover) where they differ.
    pub other_dates: Vec<EventDate>,
    /// At least one source a reader can check.
    pub sources: Vec<Source>,
    /// The pieces this event changes.
    pub changes: Vec<PieceChange>,
    /// The pieces an event that moved no border was about, to show where it happened.
    pub about: Vec<String>,
    /// The places the event names (`data-place` ids): while it is the change in force, their
    /// names are written on the map even where a lesser name must give way.
    pub places: Vec<String>,
    /// How sure the date is.
    pub confidence: Confidence,
    /// Why the date is uncertain, when it is.
    pub uncertainty: Option<Localized>,
}

/// The longest caption (a summary's first sentence) a projector's single line takes.
pub const CAPTION_MAX_CHARS: usize = 130;

/// The first sentence of a text: up to the first full stop (`.`, `!`, `?` followed by a space,
/// or `。`), where the word before a Latin full stop is not an abbreviation such as "St." or
/// "U.S.". The whole text when it has one sentence.
pub fn first_sentence(text: &str) -> &str {
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        match c {
            '。' | '！' | '？' => return &text[..after],
            '.' | '!' | '?' if text[after..].starts_with(' ') => {
                let word = &text[word_start..i];
                let abbreviation = c == '.'
                    && (word.contains('.')
                        || (word.chars().count() <= 2
                            && word.chars().next().is_some_and(char::is_uppercase)));
                if !abbreviation {
                    return &text[..after];
                }
            }
            c if c.is_whitespace() => word_start = after,
            _ => {}
        }
    }
    text
}

impl Event {
    /// The one line shown under the title on a projector: the first sentence of the summary.
    pub fn caption(&self, lang: &str) -> &str {
        first_sentence(self.summary.get(lang))
    }

    /// The pieces to point at when this event is shown: those it changed, or those it was about.
    pub fn pieces(&self) -> impl Iterator<Item = &str> {
        self.changes
            .iter()
            .map(|c| c.piece.as_str())
            .chain(self.about.iter().map(String::as_str))
    }
}

/// Control of one piece on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Control {
    /// Who controls it.
    pub power: Power,
    /// How they hold it.
    pub status: Status,
    /// Who holds title.
    pub sovereign: Sovereigns,
    /// Foreign troops present who did not govern, if any.
    pub presence: Option<Power>,
    /// Index (into `Timeline::events`) of the event that set this control.
    pub event: usize,
}

impl Control {
    /// Whether two pieces under these controls read as one area: same holder, status and title.
    pub fn same_hold(&self, other: &Control) -> bool {
        (self.power, self.status, self.sovereign) == (other.power, other.status, other.sovereign)
    }
}

/// Control of a piece on a day, with when it began and when it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlSpan {
    /// The control.
    pub control: Control,
    /// The day it began (the date of `control.event`).
    pub from: Date,
    /// The next change of this piece: its date and event index.
    pub until: Option<(Date, usize)>,
}

/// Events in date order, indexed per piece so that a query is a binary search.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Timeline {
    pieces: Vec<String>,
    events: Vec<Event>,
    /// For each piece, its control over time.
    history: Vec<Dated<Control>>,
    /// For each event date, the events of that day (indices into `events`).
    by_date: Dated<Vec<usize>>,
}

impl Timeline {
    /// Builds the per-piece index. Events are sorted by date (stably); changes naming a piece not in
    /// `pieces` are left out here and reported by `data::validate`.
    pub fn new(pieces: Vec<String>, mut events: Vec<Event>) -> Timeline {
        events.sort_by_key(|e| e.date);
        let mut history = vec![Dated::default(); pieces.len()];
        let mut by_date: Vec<(Date, Vec<usize>)> = Vec::new();
        for (event, e) in events.iter().enumerate() {
            match by_date.last_mut() {
                Some((d, list)) if *d == e.date => list.push(event),
                _ => by_date.push((e.date, vec![event])),
            }
            for c in &e.changes {
                if let Some(i) = pieces.iter().position(|p| *p == c.piece) {
                    let control = Control {
                        power: c.power,
                        status: c.status,
                        sovereign: c.sovereign,
                        presence: c.presence,
                        event,
                    };
                    history[i].push(e.date, control);
                }
            }
        }
        Timeline {
            pieces,
            events,
            history,
            by_date: Dated::new(by_date),
        }
    }

    /// Piece ids, in drawing order.
    pub fn pieces(&self) -> &[String] {
        &self.pieces
    }

    /// The events in date order, to edit their texts and sources in place (for the compact
    /// form the app starts from). Their dates and changes must stay: the index is built on them.
    pub fn events_mut(&mut self) -> &mut [Event] {
        &mut self.events
    }

    /// The events, in date order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The index of a piece id.
    pub fn piece_index(&self, id: &str) -> Option<usize> {
        self.pieces.iter().position(|p| p == id)
    }

    /// The index of an event id.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The control of one piece over time.
    pub fn history(&self, piece: usize) -> &Dated<Control> {
        &self.history[piece]
    }

    /// Who held piece `piece` on `date`: the last change on or before that day, or `None` before the first.
    ///
    /// ```
    /// use atlas_core::model::{Date, Power, Status};
    /// use atlas_core::wire::Compiled;
    /// // The map's own data, as the app starts from it.
    /// let atlas = Compiled::decode(include_bytes!("../../../../geo/atlas.bin")).unwrap().atlas;
    /// let kwantung = atlas.timeline.piece_index("kwantung").unwrap();
    /// let held = atlas.timeline.control_at(kwantung, Date::parse("1899-01-01").unwrap()).unwrap();
    /// assert_eq!((held.power, held.status), (Power::Russia, Status::Lease));
    /// ```
    pub fn control_at(&self, piece: usize, date: Date) -> Option<Control> {
        self.history[piece].at(date).copied()
    }

    /// Who held the piece with id `piece` on `date`.
    pub fn control_of(&self, piece: &str, date: Date) -> Option<Control> {
        self.control_at(self.piece_index(piece)?, date)
    }

    /// Who held a piece on `date`, since when, and until which change.
    pub fn control_span(&self, piece: usize, date: Date) -> Option<ControlSpan> {
        let h = &self.history[piece];
        let span = h.span_at(date)?;
        let until = span.until.and_then(|u| h.at(u).map(|next| (u, next.event)));
        Some(ControlSpan {
            control: *span.value,
            from: span.from,
            until,
        })
    }

    /// The events of the latest event date on or before `date`: the change in force.
    pub fn events_in_force(&self, date: Date) -> &[usize] {
        self.by_date.at(date).map_or(&[], Vec::as_slice)
    }

    /// The first event date after `date`, for "Next change".
    pub fn next_event_date(&self, date: Date) -> Option<Date> {
        self.by_date.next_after(date)
    }

    /// The last event date before `date`, for "Previous change".
    pub fn previous_event_date(&self, date: Date) -> Option<Date> {
        self.by_date.previous_before(date)
    }

    /// Every day on which something happened, in order.
    pub fn event_dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.by_date.changes().iter().map(|(d, _)| *d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(piece: &str, power: Power) -> PieceChange {
        PieceChange {
            piece: piece.into(),
            power,
            status: Status::Sovereign,
            sovereign: Sovereigns::one(power),
            presence: None,
        }
    }

    fn event(id: &str, date: &str, changes: Vec<PieceChange>) -> Event {
        Event {
            id: id.into(),
            date: Date::parse(date).unwrap(),
            title: Localized::en(id),
            summary: Localized::default(),
            text: Localized::default(),
            other_dates: vec![],
            sources: vec![],
            changes,
            about: vec![],
            places: vec![],
            confidence: Confidence::High,
            uncertainty: None,
        }
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_caption_is_the_first_sentence_not_cut_at_an_abbreviation() {
        assert_eq!(first_sentence("Japan won. Russia lost."), "Japan won.");
        assert_eq!(
            first_sentence("Talks in St. Petersburg failed. Then war."),
            "Talks in St. Petersburg failed."
        );
        assert_eq!(
            first_sentence("The U.S. mediated at Portsmouth. Peace followed."),
            "The U.S. mediated at Portsmouth."
        );
        assert_eq!(
            first_sentence("日本が勝った。ロシアは負けた。"),
            "日本が勝った。"
        );
        assert_eq!(
            first_sentence("일본이 이겼다. 러시아는 졌다."),
            "일본이 이겼다."
        );
        assert_eq!(first_sentence("One sentence only."), "One sentence only.");
    }

    #[test]
    fn control_changes_on_the_event_day_not_before() {
        let t = Timeline::new(
            vec!["a".into()],
            vec![
                event("late", "1875-08-22", vec![change("a", Power::Russia)]),
                event("early", "1855-01-01", vec![change("a", Power::Japan)]),
            ],
        );
        let at = |s: &str| t.control_of("a", d(s)).map(|c| c.power);
        assert_eq!(at("1854-12-31"), None);
        assert_eq!(at("1855-01-01"), Some(Power::Japan));
        assert_eq!(at("1875-08-21"), Some(Power::Japan));
        assert_eq!(at("1875-08-22"), Some(Power::Russia));
        assert_eq!(
            t.events()[t.control_of("a", Date::LAST).unwrap().event].id,
            "late"
        );
        let span = t.control_span(0, d("1860-01-01")).unwrap();
        assert_eq!(span.from, d("1855-01-01"));
        assert_eq!(span.until, Some((d("1875-08-22"), 1)));
    }

    #[test]
    fn an_event_without_changes_is_in_force_and_a_step_but_moves_nothing() {
        let t = Timeline::new(
            vec!["a".into()],
            vec![
                event("start", "1855-01-01", vec![change("a", Power::China)]),
                event("intervention", "1895-04-23", vec![]),
                event("same_day", "1895-04-23", vec![]),
            ],
        );
        assert_eq!(t.events_in_force(d("1895-04-22")), &[0]);
        assert_eq!(t.events_in_force(d("1895-04-23")), &[1, 2]);
        assert_eq!(t.next_event_date(d("1855-01-01")), Some(d("1895-04-23")));
        assert_eq!(
            t.previous_event_date(d("1895-04-23")),
            Some(d("1855-01-01"))
        );
        assert_eq!(t.event_dates().count(), 2);
        assert_eq!(t.control_of("a", d("1900-01-01")).unwrap().event, 0);
    }
}
