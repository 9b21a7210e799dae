//! Questions drawn from the data: "Who held Port Arthur on 1 January 1905?", "When did South
//! Sakhalin become Japanese?", "Which power held Kwantung on lease in 1899?", "Click land that
//! Japan held as a protectorate on 1 March 1907". Every answer comes from the same timeline
//! `atlas who` answers from, so the page, the answer key (`atlas questions`) and `atlas who`
//! agree. The same data, filter, count and seed always give the same questions, in the browser
//! and on the command line.

use crate::atlas::Atlas;
use crate::model::{Date, EventFilter, Power, Status};
use crate::scene::Scene;

/// The header of `atlas questions`.
pub const QUESTIONS_HEADER: &str = "id,question,lon,lat,date,answer,event";

/// What a question asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Who held a place on a day (the answer is a power).
    WhoHeld {
        /// The place (index into the atlas's places).
        place: usize,
    },
    /// When an area first came wholly under a power (the answer is a day).
    WhenBecame {
        /// The area (index into the atlas's areas).
        area: usize,
        /// The power it came under.
        power: Power,
    },
    /// Which power held an area in a given way in a year, or on a day (the answer is a power).
    WhichPower {
        /// The area.
        area: usize,
        /// How it was held (not outright).
        status: Status,
        /// Asked of a whole year when the answer holds all year; otherwise of the day.
        whole_year: bool,
    },
    /// Where a power held land in a given way on a day (the answer is a piece, clicked).
    WhereHeld {
        /// The power.
        power: Power,
        /// How.
        status: Status,
    },
}

/// A right answer, or what a student chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A power.
    Power(Power),
    /// A day.
    Date(Date),
    /// A piece of the map (index into the timeline's pieces).
    Piece(usize),
}

/// One question, with its answer and the event that explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// What is asked.
    pub ask: Ask,
    /// The day asked about; for "when", the day of the answer.
    pub date: Date,
    /// A point, longitude and latitude, where `atlas who` gives the answer on `date`.
    pub point: [f64; 2],
    /// The piece at that point.
    pub piece: usize,
    /// The right answer: a power, or the day; for "where", one piece that is right.
    pub answer: Answer,
    /// The event that set what the answer describes (index into the timeline's events).
    pub event: usize,
    /// What the student chooses from (powers or days); empty when the answer is a click.
    pub choices: Vec<Answer>,
}

/// When a question asks about: a whole year, or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// "in 1899".
    Year(i32),
    /// "on 1 January 1905".
    Day(Date),
}

impl Question {
    /// When the question asks about, as its text says it.
    pub fn when(&self) -> When {
        match self.ask {
            Ask::WhichPower {
                whole_year: true, ..
            } => When::Year(self.date.year()),
            _ => When::Day(self.date),
        }
    }

    /// What the question names, in `lang`: the place as named on the day, or the area; empty
    /// for "where", which names a power.
    pub fn subject(&self, atlas: &Atlas, lang: &str) -> String {
        match self.ask {
            Ask::WhoHeld { place } => atlas.places[place]
                .name_at(self.date)
                .map(|n| n.get(lang).to_string())
                .unwrap_or_default(),
            Ask::WhenBecame { area, .. } | Ask::WhichPower { area, .. } => {
                atlas.areas.all()[area].name.get(lang).to_string()
            }
            Ask::WhereHeld { .. } => String::new(),
        }
    }

    /// Whether a student's answer is right. For "where", any piece held as asked on the day is.
    pub fn is_right(&self, atlas: &Atlas, given: Answer) -> bool {
        match (self.ask, given) {
            (Ask::WhereHeld { power, status }, Answer::Piece(p)) => atlas
                .timeline
                .control_at(p, self.date)
                .is_some_and(|c| c.power == power && c.status == status),
            (_, given) => given == self.answer,
        }
    }
}

/// The powers a "who" or "which" question offers, in the legend's order: the four of the story,
/// and Mongolia or "two powers at once" only when that is the answer.
pub fn power_choices(answer: Power) -> Vec<Answer> {
    Power::ALL
        .into_iter()
        .filter(|p| {
            matches!(
                p,
                Power::Russia | Power::Japan | Power::China | Power::Korea
            ) || *p == answer
        })
        .map(Answer::Power)
        .collect()
}

/// A small, fast generator that gives the same numbers on every platform (SplitMix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// Seeded.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Shuffles in place.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// Days kept clear of a change when asking "who held … on day D": far enough that a student
/// who knows the year is not caught out by a week.
const MARGIN_DAYS: i32 = 45;

/// A span of control of one piece, `[from, until)`, with the control and its event.
struct Span {
    from: Date,
    until: Date,
    power: Power,
    status: Status,
    event: usize,
}

fn spans(atlas: &Atlas, piece: usize) -> Vec<Span> {
    let changes = atlas.timeline.history(piece).changes();
    changes
        .iter()
        .enumerate()
        .map(|(k, (from, c))| Span {
            from: *from,
            until: changes
                .get(k + 1)
                .map_or(Date::from_days(Date::LAST.days() + 1), |(d, _)| *d),
            power: c.power,
            status: c.status,
            event: c.event,
        })
        .collect()
}

/// The first day of a month, chosen at random, at least `MARGIN_DAYS` inside `[from, until)` and
/// within the filter's dates.
fn day_inside(rng: &mut Rng, from: Date, until: Date, filter: &EventFilter) -> Option<Date> {
    let lo = from.days() + MARGIN_DAYS;
    let hi = until.days() - MARGIN_DAYS;
    let lo = filter.from.map_or(lo, |f| lo.max(f.days()));
    let hi = filter.until.map_or(hi, |u| hi.min(u.days()));
    let mut firsts = Vec::new();
    let (y0, ..) = Date::from_days(lo.max(Date::FIRST.days())).ymd();
    let (y1, ..) = Date::from_days(hi.min(Date::LAST.days()).max(Date::FIRST.days())).ymd();
    for y in y0..=y1 {
        for m in 1..=12 {
            if let Some(d) = Date::from_ymd(y, m, 1) {
                if (lo..=hi).contains(&d.days()) && d.is_on_map() {
                    firsts.push(d);
                }
            }
        }
    }
    (!firsts.is_empty()).then(|| firsts[rng.below(firsts.len())])
}

/// Whether a piece is one of the story's (not land around it) and in the filter's region.
fn in_scope(atlas: &Atlas, scene: &Scene, filter: &EventFilter, piece: usize) -> bool {
    !scene.pieces[piece].context
        && filter
            .region
            .is_none_or(|r| atlas.areas.of_piece(piece).region == r)
}

/// Up to `count` questions about the region and dates of `filter`, drawn with `seed`: the kinds
/// taken in turn, subjects not repeated. Fewer when the data offers fewer.
pub fn generate(
    atlas: &Atlas,
    scene: &Scene,
    filter: &EventFilter,
    count: usize,
    seed: u64,
) -> Vec<Question> {
    let mut rng = Rng::new(seed);
    let mut kinds = [0usize, 1, 2, 3];
    rng.shuffle(&mut kinds);
    let mut pools: Vec<Vec<Question>> = kinds
        .iter()
        .map(|k| {
            let mut pool = match k {
                0 => who_held(atlas, scene, filter, &mut rng),
                1 => when_became(atlas, scene, filter, &mut rng),
                2 => which_power(atlas, scene, filter, &mut rng),
                _ => where_held(atlas, scene, filter, &mut rng),
            };
            rng.shuffle(&mut pool);
            pool
        })
        .collect();
    let mut out: Vec<Question> = Vec::new();
    while out.len() < count && pools.iter().any(|p| !p.is_empty()) {
        for pool in &mut pools {
            if out.len() == count {
                break;
            }
            // Not the same subject twice.
            while let Some(q) = pool.pop() {
                if !out.iter().any(|o| o.ask == q.ask) {
                    out.push(q);
                    break;
                }
            }
        }
    }
    out
}

fn who_held(atlas: &Atlas, scene: &Scene, filter: &EventFilter, rng: &mut Rng) -> Vec<Question> {
    let mut out = Vec::new();
    for (i, place) in scene.places.iter().enumerate() {
        let Some(piece) = place.piece.filter(|p| in_scope(atlas, scene, filter, *p)) else {
            continue;
        };
        for s in spans(atlas, piece) {
            let Some(date) = day_inside(rng, s.from, s.until, filter) else {
                continue;
            };
            if atlas.places[i].name_at(date).is_none() {
                continue;
            }
            out.push(Question {
                ask: Ask::WhoHeld { place: i },
                date,
                point: place.lonlat,
                piece,
                answer: Answer::Power(s.power),
                event: s.event,
                choices: power_choices(s.power),
            });
        }
    }
    out
}

/// For each area of the scope, the days on which all its pieces came to be held by one power
/// (not all of them the day before), with the event of that day.
fn whole_area_changes(atlas: &Atlas, area: usize) -> Vec<(Date, Power, usize)> {
    let pieces = &atlas.areas.all()[area].pieces;
    let mut days: Vec<Date> = pieces
        .iter()
        .flat_map(|p| atlas.timeline.history(*p).changes().iter().map(|(d, _)| *d))
        .collect();
    days.sort_unstable();
    days.dedup();
    let holder = |d: Date| {
        let mut powers = pieces
            .iter()
            .map(|p| atlas.timeline.control_at(*p, d).map(|c| c.power));
        let first = powers.next().flatten()?;
        powers.all(|p| p == Some(first)).then_some(first)
    };
    let mut out = Vec::new();
    for d in days {
        let before = (d > Date::FIRST)
            .then(|| holder(Date::from_days(d.days() - 1)))
            .flatten();
        if let Some(now) = holder(d).filter(|now| before != Some(*now)) {
            let event = pieces
                .iter()
                .filter_map(|p| atlas.timeline.control_at(*p, d))
                .map(|c| c.event)
                .max()
                .unwrap_or(0);
            if d > Date::FIRST && now != Power::Shared {
                out.push((d, now, event));
            }
        }
    }
    out
}

fn when_became(atlas: &Atlas, scene: &Scene, filter: &EventFilter, rng: &mut Rng) -> Vec<Question> {
    let mut out = Vec::new();
    for (a, area) in atlas.areas.all().iter().enumerate() {
        if !area
            .pieces
            .iter()
            .all(|p| in_scope(atlas, scene, filter, *p))
        {
            continue;
        }
        let changes = whole_area_changes(atlas, a);
        for &(date, power, event) in &changes {
            // Only the first time the power held any of it: "become Chinese" of land that was
            // Chinese before would mislead, and a second time would give "when" two answers.
            // (A share in a condominium is not holding it: South Sakhalin became Japanese in
            // 1905, not in 1855.)
            let held_before = area.pieces.iter().any(|p| {
                atlas
                    .timeline
                    .history(*p)
                    .changes()
                    .iter()
                    .any(|(d, c)| *d < date && c.power == power)
            });
            if held_before
                || changes.iter().filter(|(_, p, _)| *p == power).count() != 1
                || filter.from.is_some_and(|f| date < f)
                || filter.until.is_some_and(|u| date > u)
            {
                continue;
            }
            let piece = area.pieces[0];
            let Some(choices) = date_choices(atlas, rng, date) else {
                continue;
            };
            out.push(Question {
                ask: Ask::WhenBecame { area: a, power },
                date,
                point: scene.pieces[piece].inside,
                piece,
                answer: Answer::Date(date),
                event,
                choices,
            });
        }
    }
    out
}

/// The right day and three other event days of other years, far enough apart that knowing the
/// year is enough, in date order.
fn date_choices(atlas: &Atlas, rng: &mut Rng, answer: Date) -> Option<Vec<Answer>> {
    let mut others: Vec<Date> = atlas
        .timeline
        .event_dates()
        .filter(|d| (d.year() - answer.year()).abs() >= 2 && *d > Date::FIRST)
        .collect();
    rng.shuffle(&mut others);
    let mut chosen = vec![answer];
    for d in others {
        if chosen.len() == 4 {
            break;
        }
        if chosen.iter().all(|c| (c.year() - d.year()).abs() >= 2) {
            chosen.push(d);
        }
    }
    (chosen.len() == 4).then(|| {
        chosen.sort_unstable();
        chosen.into_iter().map(Answer::Date).collect()
    })
}

fn which_power(atlas: &Atlas, scene: &Scene, filter: &EventFilter, rng: &mut Rng) -> Vec<Question> {
    let mut out = Vec::new();
    for (a, area) in atlas.areas.all().iter().enumerate() {
        if !area
            .pieces
            .iter()
            .all(|p| in_scope(atlas, scene, filter, *p))
        {
            continue;
        }
        let piece = area.pieces[0];
        for s in spans(atlas, piece) {
            if matches!(s.status, Status::Sovereign | Status::Condominium) {
                continue;
            }
            let Some(date) = day_inside(rng, s.from, s.until, filter) else {
                continue;
            };
            // The whole area held alike on the day, or the question would be about a part.
            let alike = area.pieces.iter().all(|p| {
                atlas
                    .timeline
                    .control_at(*p, date)
                    .is_some_and(|c| c.power == s.power && c.status == s.status)
            });
            if !alike {
                continue;
            }
            let (jan1, dec31) = (
                Date::from_ymd(date.year(), 1, 1).expect("a real day"),
                Date::from_ymd(date.year(), 12, 31).expect("a real day"),
            );
            let whole_year = s.from <= jan1 && s.until > dec31;
            out.push(Question {
                ask: Ask::WhichPower {
                    area: a,
                    status: s.status,
                    whole_year,
                },
                date,
                point: scene.pieces[piece].inside,
                piece,
                answer: Answer::Power(s.power),
                event: s.event,
                choices: power_choices(s.power),
            });
        }
    }
    out
}

fn where_held(atlas: &Atlas, scene: &Scene, filter: &EventFilter, rng: &mut Rng) -> Vec<Question> {
    let mut out = Vec::new();
    let pieces: Vec<usize> = (0..scene.pieces.len())
        .filter(|p| in_scope(atlas, scene, filter, *p))
        .collect();
    for &piece in &pieces {
        for s in spans(atlas, piece) {
            // Outright holdings of the home powers are too easy to be worth a click.
            if s.status == Status::Sovereign || s.power == Power::Shared {
                continue;
            }
            let Some(date) = day_inside(rng, s.from, s.until, filter) else {
                continue;
            };
            out.push(Question {
                ask: Ask::WhereHeld {
                    power: s.power,
                    status: s.status,
                },
                date,
                point: scene.pieces[piece].inside,
                piece,
                answer: Answer::Piece(piece),
                event: s.event,
                choices: Vec::new(),
            });
        }
    }
    out
}
