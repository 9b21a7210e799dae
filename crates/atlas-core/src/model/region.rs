//! Regions and areas: how a class names the parts of the map. A region is what a lesson is about
//! (`region=sakhalin` in a link filters the steps, the marks, play and the list of changes); an
//! area is a part a student knows by name (Korea, Kwantung, South Sakhalin), a group of pieces.
//! Every piece is in one area, every area in one region, so every event's regions follow from the
//! pieces it changed or was about.

use super::{Date, Event, Localized, Timeline};

/// A region of the map, as a lesson names it. The ids are part of the link's interface.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Region {
    /// Sakhalin and the Kuril Islands.
    Sakhalin,
    /// The Liaodong peninsula: Kwantung, the neutral zone, the 1895 cession.
    Liaodong,
    /// Manchuria north of Liaodong: Fengtian, Jilin, Heilongjiang, Barga.
    Manchuria,
    /// Korea.
    Korea,
    /// The Amur and the Ussuri: the lands of Aigun and Peking, the lower Amur, Primorye.
    Amur,
    /// Outer Mongolia.
    Mongolia,
    /// China proper and Rehe.
    China,
    /// Japan's own islands.
    Japan,
    /// Eastern Siberia and Kamchatka.
    Siberia,
}

impl Region {
    /// Every region, in the order of the region choice.
    pub const ALL: [Region; 9] = [
        Region::Sakhalin,
        Region::Liaodong,
        Region::Manchuria,
        Region::Korea,
        Region::Amur,
        Region::Mongolia,
        Region::China,
        Region::Japan,
        Region::Siberia,
    ];

    /// The identifier in links and data (`region=sakhalin`).
    pub fn id(self) -> &'static str {
        match self {
            Region::Sakhalin => "sakhalin",
            Region::Liaodong => "liaodong",
            Region::Manchuria => "manchuria",
            Region::Korea => "korea",
            Region::Amur => "amur",
            Region::Mongolia => "mongolia",
            Region::China => "china",
            Region::Japan => "japan",
            Region::Siberia => "siberia",
        }
    }

    /// Parses an identifier.
    pub fn from_id(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == s)
    }
}

/// A part of the map a student knows by name: a group of pieces in one region.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Area {
    /// Stable identifier (`kwantung`, `sakhalin_south`).
    pub id: String,
    /// Its name in each language.
    pub name: Localized,
    /// The region it belongs to.
    pub region: Region,
    /// Its pieces (indices into the timeline's pieces).
    pub pieces: Vec<usize>,
}

/// The areas, and which area each piece is in.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Areas {
    areas: Vec<Area>,
    /// For each piece, its area.
    of_piece: Vec<usize>,
}

impl Areas {
    /// From areas that cover each of `pieces` pieces exactly once (checked by `data::validate`;
    /// a piece in none is put in the first area, so lookups never fail).
    pub fn new(areas: Vec<Area>, pieces: usize) -> Areas {
        let mut of_piece = vec![0; pieces];
        for (i, a) in areas.iter().enumerate() {
            for &p in &a.pieces {
                if let Some(slot) = of_piece.get_mut(p) {
                    *slot = i;
                }
            }
        }
        Areas { areas, of_piece }
    }

    /// Every area.
    pub fn all(&self) -> &[Area] {
        &self.areas
    }

    /// Every area, to edit its texts in place.
    pub fn all_mut(&mut self) -> &mut [Area] {
        &mut self.areas
    }

    /// The area a piece is in.
    pub fn of_piece(&self, piece: usize) -> &Area {
        &self.areas[self.of_piece[piece]]
    }

    /// The index of the area a piece is in.
    pub fn index_of_piece(&self, piece: usize) -> usize {
        self.of_piece[piece]
    }

    /// The areas an event changed, or was about, in the order of the areas, without repeats.
    pub fn of_event(&self, timeline: &Timeline, event: &Event) -> Vec<usize> {
        let mut v: Vec<usize> = event
            .pieces()
            .filter_map(|id| timeline.piece_index(id))
            .filter_map(|p| self.of_piece.get(p).copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The regions an event touches, in the order of `Region::ALL`.
    pub fn regions_of_event(&self, timeline: &Timeline, event: &Event) -> Vec<Region> {
        let mut v: Vec<Region> = self
            .of_event(timeline, event)
            .into_iter()
            .map(|a| self.areas[a].region)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Which events a lesson follows: those of one region, within a span of dates. Steps, marks,
/// play and the list of changes all go through the same filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Only events touching this region.
    pub region: Option<Region>,
    /// Only events on or after this day.
    pub from: Option<Date>,
    /// Only events on or before this day.
    pub until: Option<Date>,
}

impl EventFilter {
    /// Every event.
    pub const ALL: EventFilter = EventFilter {
        region: None,
        from: None,
        until: None,
    };

    /// Events touching one region.
    pub fn region(region: Option<Region>) -> EventFilter {
        EventFilter {
            region,
            ..EventFilter::ALL
        }
    }

    /// Whether event `i` of the timeline passes.
    pub fn keeps(&self, timeline: &Timeline, areas: &Areas, i: usize) -> bool {
        let e = &timeline.events()[i];
        self.from.is_none_or(|f| e.date >= f)
            && self.until.is_none_or(|u| e.date <= u)
            && self
                .region
                .is_none_or(|r| areas.regions_of_event(timeline, e).contains(&r))
    }

    /// The days with at least one event that passes, in order.
    pub fn dates(&self, timeline: &Timeline, areas: &Areas) -> Vec<Date> {
        let mut v: Vec<Date> = (0..timeline.events().len())
            .filter(|&i| self.keeps(timeline, areas, i))
            .map(|i| timeline.events()[i].date)
            .collect();
        v.dedup();
        v
    }

    /// The first such day after `date`: "Next change".
    pub fn next_after(&self, timeline: &Timeline, areas: &Areas, date: Date) -> Option<Date> {
        let dates = self.dates(timeline, areas);
        dates.get(dates.partition_point(|d| *d <= date)).copied()
    }

    /// The last such day before `date`: "Previous change".
    pub fn previous_before(&self, timeline: &Timeline, areas: &Areas, date: Date) -> Option<Date> {
        let dates = self.dates(timeline, areas);
        dates
            .partition_point(|d| *d < date)
            .checked_sub(1)
            .map(|i| dates[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Confidence, PieceChange, Power, Sovereigns, Status};

    fn event(id: &str, date: &str, pieces: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: Date::parse(date).unwrap(),
            title: Localized::en(id),
            summary: Localized::default(),
            text: Localized::default(),
            other_dates: vec![],
            sources: vec![],
            changes: pieces
                .iter()
                .map(|p| PieceChange {
                    piece: (*p).into(),
                    power: Power::Japan,
                    status: Status::Sovereign,
                    sovereign: Sovereigns::one(Power::Japan),
                    presence: None,
                })
                .collect(),
            about: vec![],
            places: vec![],
            confidence: Confidence::High,
            uncertainty: None,
        }
    }

    #[test]
    fn steps_skip_the_events_of_other_regions() {
        let t = Timeline::new(
            vec!["sakhalin".into(), "korea".into()],
            vec![
                event("start", "1855-01-01", &["sakhalin", "korea"]),
                event("k1", "1876-02-26", &["korea"]),
                event("k2", "1894-07-23", &["korea"]),
                event("s1", "1905-07-08", &["sakhalin"]),
            ],
        );
        let area = |id: &str, region, pieces| Area {
            id: id.into(),
            name: Localized::en(id),
            region,
            pieces,
        };
        let areas = Areas::new(
            vec![
                area("s", Region::Sakhalin, vec![0]),
                area("k", Region::Korea, vec![1]),
            ],
            2,
        );
        let d = |s: &str| Date::parse(s).unwrap();
        let sakhalin = EventFilter::region(Some(Region::Sakhalin));
        assert_eq!(
            sakhalin.next_after(&t, &areas, d("1876-06-01")),
            Some(d("1905-07-08"))
        );
        assert_eq!(
            EventFilter::ALL.next_after(&t, &areas, d("1876-06-01")),
            Some(d("1894-07-23"))
        );
        assert_eq!(
            sakhalin.previous_before(&t, &areas, d("1905-07-08")),
            Some(d("1855-01-01"))
        );
        assert_eq!(
            areas.regions_of_event(&t, &t.events()[0]),
            vec![Region::Sakhalin, Region::Korea]
        );
    }
}
