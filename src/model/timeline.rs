//! The timeline: dated events, each changing the control of some pieces, and the query
//! "who held piece P on date D".

use super::{Date, Power, Sovereigns, Status};

/// A source a reader can check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Title or citation, as a reader would look it up.
    pub title: String,
    /// Where to read it.
    pub url: String,
}

/// How one event leaves one piece.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// A dated change of control: a treaty, a handover, a capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable identifier, used in URLs and `atlas who` output.
    pub id: String,
    /// The day from which the changes hold (Gregorian).
    pub date: Date,
    /// A short title.
    pub title: String,
    /// What changed, where, and why it mattered, in our own words; says which date the map uses.
    pub text: String,
    /// At least one source a reader can check.
    pub sources: Vec<Source>,
    /// The pieces this event changes.
    pub changes: Vec<PieceChange>,
}

/// Control of one piece on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// Events in date order, indexed per piece so that a query is a binary search.
#[derive(Clone, Debug)]
pub struct Timeline {
    pieces: Vec<String>,
    events: Vec<Event>,
    /// For each piece, the (date, control) change points in date order.
    history: Vec<Vec<(Date, Control)>>,
}

impl Timeline {
    /// Builds the per-piece index. Events are sorted by date (stably); changes naming a piece not in
    /// `pieces` are left out here and reported by `data::validate`.
    pub fn new(pieces: Vec<String>, mut events: Vec<Event>) -> Timeline {
        events.sort_by_key(|e| e.date);
        let mut history = vec![Vec::new(); pieces.len()];
        for (event, e) in events.iter().enumerate() {
            for c in &e.changes {
                if let Some(i) = pieces.iter().position(|p| *p == c.piece) {
                    let control = Control {
                        power: c.power,
                        status: c.status,
                        sovereign: c.sovereign,
                        presence: c.presence,
                        event,
                    };
                    history[i].push((e.date, control));
                }
            }
        }
        Timeline {
            pieces,
            events,
            history,
        }
    }

    /// Piece ids, in drawing order.
    pub fn pieces(&self) -> &[String] {
        &self.pieces
    }

    /// Events in date order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The index of a piece id.
    pub fn piece_index(&self, id: &str) -> Option<usize> {
        self.pieces.iter().position(|p| p == id)
    }

    /// The change points of one piece, in date order.
    pub fn history(&self, piece: usize) -> &[(Date, Control)] {
        &self.history[piece]
    }

    /// Who held piece `piece` on `date`: the last change on or before that day, or `None` before the first.
    pub fn control_at(&self, piece: usize, date: Date) -> Option<Control> {
        let h = &self.history[piece];
        let after = h.partition_point(|(d, _)| *d <= date);
        after.checked_sub(1).map(|i| h[i].1)
    }

    /// Who held the piece with id `piece` on `date`.
    pub fn control_of(&self, piece: &str, date: Date) -> Option<Control> {
        self.control_at(self.piece_index(piece)?, date)
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
            title: id.into(),
            text: String::new(),
            sources: vec![],
            changes,
        }
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
        let at = |d: &str| t.control_of("a", Date::parse(d).unwrap()).map(|c| c.power);
        assert_eq!(at("1854-12-31"), None);
        assert_eq!(at("1855-01-01"), Some(Power::Japan));
        assert_eq!(at("1875-08-21"), Some(Power::Japan));
        assert_eq!(at("1875-08-22"), Some(Power::Russia));
        assert_eq!(
            t.events()[t.control_of("a", Date::LAST).unwrap().event].id,
            "late"
        );
    }
}
