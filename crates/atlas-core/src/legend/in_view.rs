//! What a part of the map shows on a day: the lines of a key. The page's key (beside the card
//! and over the map when presenting) and the printed page's key are both made from this, so the
//! two cannot list different things for the same view.

use super::Entry;
use crate::carto::geometry::boxes_touch;
use crate::model::{Control, Power, Status};
use crate::scene::Scene;

/// What is drawn in a part of the map, in the legend's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    /// The powers holding land in view.
    pub powers: Vec<Power>,
    /// The ways of holding land in view, other than outright.
    pub statuses: Vec<Status>,
    /// Whether foreign troops are present in a piece in view.
    pub presence: bool,
    /// Whether a railway is drawn.
    pub railway: bool,
    /// Whether an uncertain border is drawn in view.
    pub uncertain: bool,
    /// The powers whose spheres of influence are in view.
    pub spheres: Vec<Power>,
}

/// How the map is drawn on the day, asked of whoever draws it: the page answers from its memos,
/// the picture from the timeline.
pub trait Drawn {
    /// The control of piece `i`, if it has one on the day.
    fn control(&self, i: usize) -> Option<Control>;
    /// Whether railway `i` is drawn.
    fn railway(&self, i: usize) -> bool;
    /// Whether border `i` is drawn (the land either side is held differently).
    fn border(&self, i: usize) -> bool;
    /// The power of sphere `i`, if it is drawn.
    fn sphere(&self, i: usize) -> Option<Power>;
}

/// What `drawn` shows of `scene` within `view` (`[x0, y0, x1, y1]` in map units).
pub fn shown(scene: &Scene, view: [f64; 4], drawn: &impl Drawn) -> Shown {
    let mut out = Shown::default();
    for (i, p) in scene.pieces.iter().enumerate() {
        if !boxes_touch(view, p.rect) {
            continue;
        }
        let Some(c) = drawn.control(i) else {
            continue;
        };
        if !out.powers.contains(&c.power) {
            out.powers.push(c.power);
        }
        if c.status != Status::Sovereign && !out.statuses.contains(&c.status) {
            out.statuses.push(c.status);
        }
        out.presence |= c.presence.is_some();
    }
    out.railway = (0..scene.railways.len()).any(|i| drawn.railway(i));
    out.uncertain = scene.borders.iter().enumerate().any(|(i, b)| {
        b.uncertain.is_some() && boxes_touch(view, border_rect(scene, b.a, b.b)) && drawn.border(i)
    });
    for (i, s) in scene.spheres.iter().enumerate() {
        if let Some(power) = drawn.sphere(i) {
            if boxes_touch(view, s.rect) && !out.spheres.contains(&power) {
                out.spheres.push(power);
            }
        }
    }
    let order = |p: &Power| Power::ALL.iter().position(|x| x == p);
    out.spheres.sort_by_key(order);
    out.powers.sort_by_key(order);
    out.statuses
        .sort_by_key(|s| Status::ALL.iter().position(|x| x == s));
    out
}

impl Shown {
    /// Its lines as legend entries, in order.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = self.powers.iter().map(|p| Entry::Power(*p)).collect();
        out.extend(self.statuses.iter().map(|s| Entry::Status(*s)));
        if self.presence {
            out.push(Entry::Presence);
        }
        if self.railway {
            out.push(Entry::Railway);
        }
        if self.uncertain {
            out.push(Entry::Uncertain);
        }
        if !self.spheres.is_empty() {
            out.push(Entry::Spheres(self.spheres.clone()));
        }
        out
    }
}

/// The box of the two pieces a border runs between (a border lies within both).
fn border_rect(scene: &Scene, a: usize, b: usize) -> [f64; 4] {
    let (ra, rb) = (scene.pieces[a].rect, scene.pieces[b].rect);
    [
        ra[0].max(rb[0]),
        ra[1].max(rb[1]),
        ra[2].min(rb[2]),
        ra[3].min(rb[3]),
    ]
}

/// The map as the timeline draws it on a date: what the saved and printed pictures show.
pub struct OnDate<'a> {
    /// The data.
    pub atlas: &'a crate::atlas::Atlas,
    /// The projected scene.
    pub scene: &'a Scene,
    /// The day.
    pub date: crate::model::Date,
}

impl Drawn for OnDate<'_> {
    fn control(&self, i: usize) -> Option<Control> {
        self.atlas.timeline.control_at(i, self.date)
    }

    fn railway(&self, i: usize) -> bool {
        self.atlas.railways[i].operator_at(self.date).is_some()
    }

    fn border(&self, i: usize) -> bool {
        let b = &self.scene.borders[i];
        let t = &self.atlas.timeline;
        !matches!(
            (t.control_at(b.a, self.date), t.control_at(b.b, self.date)),
            (Some(x), Some(y)) if x.same_hold(&y)
        )
    }

    fn sphere(&self, i: usize) -> Option<Power> {
        let s = &self.atlas.spheres[i];
        s.on(self.date).then_some(s.power)
    }
}
