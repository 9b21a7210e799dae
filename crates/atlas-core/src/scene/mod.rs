//! The map scene: everything the map draws that never changes with the date, projected and
//! path-built once from the atlas. Components read it; nothing re-parses, re-projects or rebuilds
//! a path when the date moves.

pub mod callout;
pub mod focus;
pub mod marks;

use crate::atlas::{Atlas, LabelKind, PlaceKind};
use crate::carto::frame;
use crate::carto::placement::{self, Anchor, LabelSpec, Obstacle};
use crate::carto::urgent::{self, Displacing, Urgent};
use crate::carto::Projection;

/// A piece ready to draw.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnPiece {
    /// Its id (`data-piece`).
    pub id: String,
    /// Its region (`data-region`).
    pub region: String,
    /// Whether it is land around the story, drawn paler.
    pub context: bool,
    /// The SVG path, in map units.
    pub d: String,
    /// Its bounding box in map units, `[x0, y0, x1, y1]`.
    pub rect: [f64; 4],
    /// A point well inside it, longitude and latitude: where a question about the piece as a
    /// whole asks `atlas who`.
    pub inside: [f64; 2],
}

/// A border between two pieces, drawn only while they are held differently.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnBorder {
    /// One piece (index into `Scene::pieces`).
    pub a: usize,
    /// The other.
    pub b: usize,
    /// The SVG path (open lines).
    pub d: String,
    /// Its entry in the atlas's uncertain borders, when its line is uncertain.
    pub uncertain: Option<usize>,
}

/// A railway route ready to draw.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnRailway {
    /// Its id (`data-railway`).
    pub id: String,
    /// Its name, for the tooltip.
    pub name: String,
    /// The SVG path (open lines).
    pub d: String,
}

/// A river ready to draw and name: `<path data-river="{id}" d="{d}">`, and its name (from
/// [`crate::atlas::River::name`], the atlas's river at the same index) written at `label_at`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnRiver {
    /// Its id (`data-river`): `amur`, `ussuri`, `sungari`, `liao`, `yalu`, `tumen`.
    pub id: String,
    /// The SVG path (one open line, from source to mouth), in map units.
    pub d: String,
    /// Where its name goes, in map units: a point on the river near halfway along the part of it
    /// that lies at least [`RIVER_LABEL_INSET`] inside the map frame, clear of the other rivers
    /// ([`river_label_at`]). The project's names are written level ([`placement`] has no
    /// angles), so this is a point, not a point and angle.
    pub label_at: [f64; 2],
}

/// How far (map units) a river's name point keeps inside the frame's edges.
pub const RIVER_LABEL_INSET: f64 = 40.0;

/// How far (map units) a river's name point keeps from the other rivers drawn, where it can: a
/// name beside the Sungari's mouth would be read as the Sungari's.
pub const RIVER_LABEL_CLEAR: f64 = 60.0;

/// A point on a projected line (map units) to write its name at: on the length of its segments
/// that lie wholly at least [`RIVER_LABEL_INSET`] inside the frame, the point nearest halfway
/// (from a quarter to three quarters along) that keeps [`RIVER_LABEL_CLEAR`] from every line of
/// `others` (the other rivers), else the one farthest from them; where no segment lies inside,
/// the vertex nearest the frame's centre, moved inside the frame. `None` for a line with no
/// points.
pub fn river_label_at(points: &[[f64; 2]], others: &[Vec<[f64; 2]>]) -> Option<[f64; 2]> {
    let i = RIVER_LABEL_INSET;
    let inside = |p: [f64; 2]| {
        (i..=frame::WIDTH - i).contains(&p[0]) && (i..=frame::HEIGHT - i).contains(&p[1])
    };
    let len = |a: [f64; 2], b: [f64; 2]| (b[0] - a[0]).hypot(b[1] - a[1]);
    let segments: Vec<([f64; 2], [f64; 2])> = points
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(a, b)| inside(*a) && inside(*b) && len(*a, *b) > 0.0)
        .collect();
    let total: f64 = segments.iter().map(|(a, b)| len(*a, *b)).sum();
    let along = |share: f64| {
        let mut left = total * share;
        for (a, b) in &segments {
            let l = len(*a, *b);
            if left <= l {
                let t = left / l;
                return Some([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
            }
            left -= l;
        }
        None
    };
    let clearance = |p: [f64; 2]| {
        others
            .iter()
            .flat_map(|line| line.windows(2))
            .map(|w| distance_to_segment(p, w[0], w[1]))
            .fold(f64::INFINITY, f64::min)
    };
    // Halfway first, then outwards in steps of a twentieth.
    let candidates: Vec<[f64; 2]> = (0..=10)
        .map(|k: u32| {
            0.5 + f64::from(k.div_ceil(2)) * 0.05 * if k.is_multiple_of(2) { 1.0 } else { -1.0 }
        })
        .filter_map(along)
        .collect();
    if let Some(best) = candidates
        .iter()
        .find(|p| clearance(**p) >= RIVER_LABEL_CLEAR)
        .or_else(|| {
            candidates
                .iter()
                .max_by(|p, q| clearance(**p).total_cmp(&clearance(**q)))
        })
    {
        return Some(*best);
    }
    let centre = [frame::WIDTH / 2.0, frame::HEIGHT / 2.0];
    let p = points
        .iter()
        .min_by(|p, q| len(**p, centre).total_cmp(&len(**q, centre)))?;
    Some([
        p[0].clamp(i, frame::WIDTH - i),
        p[1].clamp(i, frame::HEIGHT - i),
    ])
}

/// The distance from `p` to the segment `a`–`b`.
fn distance_to_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let l2 = dx * dx + dy * dy;
    let t = if l2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p[0] - a[0] - t * dx).hypot(p[1] - a[1] - t * dy)
}

/// A sphere of influence ready to draw: its outline, and the pieces it lies over.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnSphere {
    /// Its id (`data-sphere`).
    pub id: String,
    /// The SVG path of its land.
    pub d: String,
    /// The pieces it lies over (indices into `Scene::pieces`), for the piece card.
    pub pieces: Vec<usize>,
    /// Its bounding box in map units, `[x0, y0, x1, y1]`, for the key.
    pub rect: [f64; 4],
}

/// A region, context or sea name, placed at a point.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnLabel {
    /// What it names.
    pub kind: LabelKind,
    /// Its centre in map units.
    pub at: [f64; 2],
}

/// A town, port or fort, placed at a point.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DrawnPlace {
    /// Its id (`data-place`).
    pub id: String,
    /// What it is.
    pub kind: PlaceKind,
    /// How soon it is named (1 first).
    pub rank: u32,
    /// Its position in map units.
    pub at: [f64; 2],
    /// Its longitude and latitude.
    pub lonlat: [f64; 2],
    /// The piece it lies in (index into `Scene::pieces`), if any.
    pub piece: Option<usize>,
}

/// The projected, path-built map: computed once, shared by every date.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scene {
    /// The projection used (for the inverse: the place under the pointer, links with a box).
    pub projection: Projection,
    /// Pieces in drawing order, parallel to the timeline's pieces.
    pub pieces: Vec<DrawnPiece>,
    /// Borders between pieces.
    pub borders: Vec<DrawnBorder>,
    /// Coasts and the edges of the drawn land, one path.
    pub coast: String,
    /// Backdrop land paths.
    pub backdrop: Vec<String>,
    /// Region, context and sea names, parallel to the atlas's labels.
    pub labels: Vec<DrawnLabel>,
    /// Places, parallel to the atlas's places.
    pub places: Vec<DrawnPlace>,
    /// Railway routes, parallel to the atlas's railways.
    pub railways: Vec<DrawnRailway>,
    /// Spheres of influence, parallel to the atlas's spheres.
    pub spheres: Vec<DrawnSphere>,
    /// The rivers the lessons name, parallel to the atlas's rivers ([`Atlas::rivers`]): each
    /// one path and the point to write its name at. See [`Scene::river`].
    pub rivers: Vec<DrawnRiver>,
    /// Pieces of the story that can be small on screen (Kwantung, the neutral zone at the whole
    /// view), projected: names keep off them. Kept here so laying names out needs no geometry.
    pub small_pieces: Vec<Obstacle>,
    /// Areas of the story that can be too small to see (Kwantung, Weihaiwei, Port Hamilton),
    /// with where their markers go. See [`callout`].
    pub callouts: Vec<callout::Callout>,
}

/// Font sizes of names, in pixels, by what they name.
pub mod fonts {
    /// A region the map is about.
    pub const REGION: f64 = 17.0;
    /// Land around them.
    pub const CONTEXT: f64 = 15.0;
    /// A sea.
    pub const SEA: f64 = 14.0;
    /// A place of each rank (1 to 3).
    pub const PLACE: [f64; 3] = [14.0, 13.0, 12.0];
    /// A river.
    pub const RIVER: f64 = 12.0;
    /// The name beside a callout's marker (Kwantung).
    pub const CALLOUT: f64 = 13.0;
    /// Line height as a share of the font size.
    pub const LINE: f64 = 1.25;
}

/// The radius of the mark of troops present, in screen pixels at normal text size.
pub const TROOPS_PX: f64 = 7.0;

/// What moving a mark of troops present back onto its point costs a place of the change in
/// force: more than any name it could hide instead.
const TROOPS_MARK_MOVES: u32 = 25;

/// The side of the box a mark of troops present takes in the layout, at text size `scale`.
fn troops_mark_side(scale: f64) -> f64 {
    2.0 * TROOPS_PX * scale + 2.0
}

/// Where a mark of troops present is drawn, in pixels from its piece's inner point: the middle
/// of the box the layout gave it (`None`: no room anywhere, on the point itself).
pub fn troops_mark_offset(side: Option<Anchor>, scale: f64) -> [f64; 2] {
    let s = troops_mark_side(scale);
    // As the layout sets it: a marker of no size, so the gap is `GAP - MARKER`.
    let b = side
        .unwrap_or(Anchor::Centre)
        .text_box_gap(s, s, placement::GAP - placement::MARKER);
    [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0]
}

/// The days `[from, until)` from the first day foreign troops are present in piece `i` to the
/// end of the last: names may take the mark's room outside them.
fn troops_days(atlas: &Atlas, i: usize) -> [i32; 2] {
    let timeline = &atlas.timeline;
    let dates: Vec<crate::model::Date> = timeline.event_dates().collect();
    let present = |d: &crate::model::Date| {
        timeline
            .control_at(i, *d)
            .is_some_and(|c| c.presence.is_some())
    };
    let from = dates.iter().position(present);
    let last = dates.iter().rposition(present);
    match (from, last) {
        (Some(f), Some(l)) => [
            dates[f].days(),
            dates.get(l + 1).map_or(i32::MAX, |d| d.days()),
        ],
        _ => [0, 0],
    }
}

/// A piece of the story smaller than this on screen (its larger side, in pixels) is not to be
/// covered by a name: Kwantung and the neutral zone at the whole view.
pub const SMALL_PIECE_PX: f64 = 30.0;

/// Where each name goes at each zoom level: `[level][label]`, labels first, then places, then
/// rivers, then callouts.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLayout {
    labels: usize,
    places: usize,
    rivers: usize,
    /// Each callout's spans of days, one entry (and one column of `sides`) per span.
    callout_spans: Vec<(usize, [i32; 2])>,
    sides: Vec<Vec<Option<Anchor>>>,
    /// The places of the changes in force and their days ([`Scene::urgent_places`]).
    urgent: Vec<(usize, [i32; 2])>,
    /// `[level][k]`: the sides urgent place `k` may take on its days, cheapest first, and the
    /// names each hides (indices as in `sides`), where its own entry has no room.
    displacing: Vec<Vec<Vec<Displacing>>>,
}

/// What the change in force does to the names on one day at one level ([`LabelLayout::on_day`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayNames {
    /// Its places written over the layout, and their sides.
    pub places: Vec<(usize, Anchor)>,
    /// The names that give way to them (indices as in the layout: labels, places, rivers).
    pub hidden: Vec<usize>,
}

impl LabelLayout {
    /// The side of region/sea label `i` at `level`, if it is shown.
    pub fn label(&self, level: usize, i: usize) -> Option<Anchor> {
        self.sides[level][i]
    }

    /// The side of place `i`'s name at `level`, if it is shown.
    pub fn place(&self, level: usize, i: usize) -> Option<Anchor> {
        self.sides[level][self.labels + i]
    }

    /// The side of river `i`'s name at `level`, if it is shown.
    pub fn river(&self, level: usize, i: usize) -> Option<Anchor> {
        self.sides[level][self.labels + self.places + i]
    }

    /// Where mark `k` of troops present ([`Scene::troops_marks`]) goes at `level`, given the
    /// day's names: beside its point where the layout put it, or on the point itself where it
    /// found no room or gives way to a place of the change in force (see
    /// [`troops_mark_offset`]).
    pub fn troops_mark(&self, level: usize, k: usize, day: &DayNames) -> Option<Anchor> {
        let j = self.labels + self.places + self.rivers + self.callout_spans.len() + k;
        self.sides[level][j].filter(|_| !day.hidden.contains(&j))
    }

    /// What the change in force on `day` does to the names at `level`: the side each of its
    /// places takes where its own entry had no room (the first of its sides, cheapest first,
    /// for which `fits(place, side)` holds: the map passes the room its view leaves), and the
    /// names that give way to them that day.
    pub fn on_day(&self, level: usize, day: i32, fits: impl Fn(usize, Anchor) -> bool) -> DayNames {
        let mut out = DayNames::default();
        for ((place, [from, until]), choices) in self.urgent.iter().zip(&self.displacing[level]) {
            if !(*from..*until).contains(&day) {
                continue;
            }
            if let Some(d) = choices.iter().find(|d| fits(*place, d.side)) {
                out.places.push((*place, d.side));
                out.hidden.extend(d.hides.iter().copied());
            }
        }
        out
    }

    /// The side of region/sea label `i` at `level`, given the day's names.
    pub fn label_with(&self, level: usize, i: usize, day: &DayNames) -> Option<Anchor> {
        self.label(level, i).filter(|_| !day.hidden.contains(&i))
    }

    /// The side of place `i`'s name at `level`, given the day's names: where the change in force
    /// put it, otherwise its own unless it gives way.
    pub fn place_with(&self, level: usize, i: usize, day: &DayNames) -> Option<Anchor> {
        match day.places.iter().find(|(p, _)| *p == i) {
            Some((_, side)) => Some(*side),
            None => self
                .place(level, i)
                .filter(|_| !day.hidden.contains(&(self.labels + i))),
        }
    }

    /// The side of river `i`'s name at `level`, given the day's names.
    pub fn river_with(&self, level: usize, i: usize, day: &DayNames) -> Option<Anchor> {
        let j = self.labels + self.places + i;
        self.river(level, i).filter(|_| !day.hidden.contains(&j))
    }

    /// The side of place `i`'s name at `level` on `day` (`Date::days`), with room for any side
    /// (the whole map, as the native checks measure it).
    pub fn place_on(&self, level: usize, i: usize, day: i32) -> Option<Anchor> {
        self.place_with(level, i, &self.on_day(level, day, |_, _| true))
    }

    /// The side of callout `i`'s name at `level` on `day` (`Date::days`), if it is shown:
    /// `None` also on the days the story does not want it and at the levels where its area
    /// reads on its own.
    pub fn callout(&self, level: usize, i: usize, day: i32) -> Option<Anchor> {
        let k = self
            .callout_spans
            .iter()
            .position(|(c, [from, until])| *c == i && (*from..*until).contains(&day))?;
        self.sides[level][self.labels + self.places + self.rivers + k]
    }
}

/// The days `[from, until)` from a place's first name to the end of its last: a battle's name
/// and a later one on the same ground, or a town founded after its war, never stand together,
/// so neither keeps the other from being written.
fn named_days(p: &crate::atlas::Place) -> [i32; 2] {
    let changes = p.names.changes();
    let from = changes
        .iter()
        .find(|(_, n)| n.is_some())
        .map(|(d, _)| d.days());
    let until = match changes.last() {
        Some((d, None)) => d.days(),
        _ => i32::MAX,
    };
    [from.unwrap_or(i32::MIN), until]
}

/// The part of the names' layer a map of `width` × `height` pixels shows, `[x0, y0, x1, y1]` in
/// that layer's pixels (origin at the frame's corner, `frame_scale` pixels per map unit): the
/// frame fitted whole and centred, and whatever a wider or taller map shows beside it.
pub fn visible_px(frame_scale: f64, width: f64, height: f64) -> [f64; 4] {
    let (dx, dy) = (
        (width - frame::WIDTH * frame_scale) / 2.0,
        (height - frame::HEIGHT * frame_scale) / 2.0,
    );
    [-dx, -dy, width - dx, height - dy]
}

/// The room names have on the map: the part of the names' layer in view, less the corner the
/// locator and scale bar take when the map is zoomed in (all in the layer's pixels). A name the
/// map's edge would cut is not drawn: a half name is worse than none, and a closer view names
/// it whole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    /// The part of the layer the map shows.
    pub visible: [f64; 4],
    /// The inset's box, when it is shown.
    pub inset: Option<[f64; 4]>,
}

/// The least zoom at which the locator and scale bar are shown (every focus view is closer).
pub const INSET_FROM_ZOOM: f64 = 1.3;
/// The inset's gap from the map's edge.
pub const INSET_MARGIN: f64 = 6.0;
/// The inset's padding round the locator and the bar.
pub const INSET_PAD: f64 = 4.0;
/// The scale bar's row under the locator.
pub const INSET_SCALE_ROW: f64 = 22.0;

impl Room {
    /// The room on a map whose visible part of the layer is `visible`, at zoom `k`: the inset
    /// in the lower left corner, its locator 17 % of the map's width (76 to 128 pixels), when
    /// the map is zoomed in.
    pub fn new(visible: [f64; 4], k: f64) -> Room {
        let inset = (k >= INSET_FROM_ZOOM).then(|| {
            let w = ((visible[2] - visible[0]) * 0.17).clamp(76.0, 128.0);
            let h = w * frame::HEIGHT / frame::WIDTH + INSET_SCALE_ROW;
            let (x0, y1) = (visible[0] + INSET_MARGIN, visible[3] - INSET_MARGIN);
            [x0, y1 - h - 2.0 * INSET_PAD, x0 + w + 2.0 * INSET_PAD, y1]
        });
        Room { visible, inset }
    }

    /// Whether a name `text` in `font` pixels (bold or not), written on side `side` of the
    /// point `at`, lies wholly in view and clear of the inset: the test the page puts every
    /// name to, and the change in force's places to when choosing their side.
    pub fn fits_name(&self, at: [f64; 2], side: Anchor, text: &str, font: f64, bold: bool) -> bool {
        self.fits(
            at,
            side.text_box(placement::text_width(text, font, bold), font * fonts::LINE),
        )
    }

    /// Whether a box `[x0, y0, x1, y1]` around the point `at` lies wholly in view and clear of
    /// the inset.
    ///
    /// ```
    /// use atlas_core::carto::placement::Anchor;
    /// use atlas_core::scene::Room;
    /// // Set to the right of a point near the right edge, a name would run off the map.
    /// let whole = Room::new([0.0, 0.0, 600.0, 400.0], 1.0);
    /// assert!(whole.fits([100.0, 100.0], Anchor::Right.text_box(80.0, 16.0)));
    /// assert!(!whole.fits([560.0, 100.0], Anchor::Right.text_box(80.0, 16.0)));
    /// let room = Room::new([0.0, 0.0, 800.0, 600.0], 4.0);
    /// let inset = room.inset.unwrap();
    /// // A name in the middle fits; one in the lower left corner, under the inset, does not.
    /// assert!(room.fits([400.0, 300.0], [0.0, -8.0, 60.0, 8.0]));
    /// assert!(!room.fits([inset[0] + 10.0, inset[3] - 10.0], [0.0, -8.0, 60.0, 8.0]));
    /// // At the whole view there is no inset.
    /// assert!(Room::new([0.0, 0.0, 800.0, 600.0], 1.0).inset.is_none());
    /// ```
    pub fn fits(&self, at: [f64; 2], b: [f64; 4]) -> bool {
        let clear = self.inset.is_none_or(|i| {
            at[0] + b[2] <= i[0]
                || at[0] + b[0] >= i[2]
                || at[1] + b[3] <= i[1]
                || at[1] + b[1] >= i[3]
        });
        box_fits(at, b, self.visible) && clear
    }
}

/// Whether a box `[x0, y0, x1, y1]` around the point `at` lies wholly inside `visible` (all in
/// pixels).
pub fn box_fits(at: [f64; 2], [x0, y0, x1, y1]: [f64; 4], visible: [f64; 4]) -> bool {
    at[0] + x0 >= visible[0]
        && at[1] + y0 >= visible[1]
        && at[0] + x1 <= visible[2]
        && at[1] + y1 <= visible[3]
}

/// How a label's side reads as SVG text attributes: `(dx, dy, text-anchor)` in pixels.
pub fn anchor_attributes(a: Anchor, height: f64) -> (f64, f64, &'static str) {
    anchor_attributes_gap(a, height, placement::GAP)
}

/// [`anchor_attributes`] for a name set `gap` pixels from its point (a callout's).
pub fn anchor_attributes_gap(a: Anchor, height: f64, gap: f64) -> (f64, f64, &'static str) {
    let [x0, y0, x1, y1] = a.text_box_gap(0.0, height, gap);
    let mid_y = (y0 + y1) / 2.0;
    match a {
        Anchor::Centre | Anchor::Above | Anchor::Below => ((x0 + x1) / 2.0, mid_y, "middle"),
        Anchor::Right | Anchor::UpperRight | Anchor::LowerRight => (x0, mid_y, "start"),
        Anchor::Left | Anchor::UpperLeft | Anchor::LowerLeft => (x1, mid_y, "end"),
    }
}

impl Scene {
    /// The river with id `id` ready to draw, and its name in `lang` (English where the atlas has
    /// none in that language): what `<path data-river="amur">` and its name need. `None` when
    /// the map has no such river.
    pub fn river<'a>(
        &'a self,
        atlas: &'a Atlas,
        id: &str,
        lang: &str,
    ) -> Option<(&'a DrawnRiver, &'a str)> {
        let (i, river) = atlas.river(id)?;
        Some((self.rivers.get(i)?, river.name.get(lang)))
    }

    /// The pieces that ever have foreign troops present, each with where its mark goes (the
    /// piece's inner point, in map units): the page and the picture draw the mark there, and
    /// names keep off it.
    pub fn troops_marks(&self, atlas: &Atlas) -> Vec<(usize, [f64; 2])> {
        self.pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                atlas.timeline.events().iter().any(|e| {
                    e.changes
                        .iter()
                        .any(|c| c.presence.is_some() && c.piece == p.id)
                })
            })
            .map(|(i, p)| (i, self.projection.project(p.inside)))
            .collect()
    }

    /// The places of each change in force ([`Event::places`](crate::model::Event::places)),
    /// with the days `[from, until)` they are in force and named, and the pieces those changes
    /// are about: one entry per place and run of days, where one change about a place follows
    /// another.
    pub fn urgent_places(&self, atlas: &Atlas) -> Vec<(usize, [i32; 2], Vec<usize>)> {
        let timeline = &atlas.timeline;
        let dates: Vec<crate::model::Date> = timeline.event_dates().collect();
        let mut out: Vec<(usize, [i32; 2], Vec<usize>)> = Vec::new();
        for (n, date) in dates.iter().enumerate() {
            let span = [date.days(), dates.get(n + 1).map_or(i32::MAX, |d| d.days())];
            let events = || {
                timeline
                    .events_in_force(*date)
                    .iter()
                    .map(|&e| &timeline.events()[e])
            };
            let pieces: Vec<usize> = events()
                .flat_map(|e| e.changes.iter().map(|c| &c.piece).chain(&e.about))
                .filter_map(|id| timeline.piece_index(id))
                .collect();
            let ids = events().flat_map(|e| &e.places);
            for i in ids.filter_map(|id| atlas.places.iter().position(|p| &p.id == id)) {
                let named = named_days(&atlas.places[i]);
                let when = [span[0].max(named[0]), span[1].min(named[1])];
                if when[0] >= when[1] || out.iter().any(|(p, w, _)| *p == i && *w == when) {
                    continue;
                }
                match out.iter_mut().rev().find(|(p, ..)| *p == i) {
                    Some((_, w, about)) if w[1] == when[0] => {
                        w[1] = when[1];
                        about.extend(&pieces);
                    }
                    _ => out.push((i, when, pieces.clone())),
                }
            }
        }
        out
    }

    /// Where names go at every zoom level, for the texts in `lang`: places of rank 1 first (the
    /// story's ports and capitals), then region names, places of rank 2, the land around, seas,
    /// places of rank 3. A place's
    /// label is sized for the longest name it ever has, so it keeps its side as the date moves.
    pub fn label_layout(&self, atlas: &Atlas, lang: &str, scale: f64) -> LabelLayout {
        let label_spec = |i: usize| {
            let l = &atlas.labels[i];
            let (font, bold, tier) = match l.kind {
                LabelKind::Region => (fonts::REGION, true, 1),
                LabelKind::Context => (fonts::CONTEXT, true, 2),
                LabelKind::Sea => (fonts::SEA, false, 2),
            };
            LabelSpec::name(
                self.labels[i].at,
                placement::text_width(l.text.get(lang), font * scale, bold),
                font * scale * fonts::LINE,
                false,
                tier,
                LabelSpec::ALWAYS,
            )
        };
        let place_spec = |i: usize| {
            let p = &atlas.places[i];
            let font = fonts::PLACE[(p.rank as usize).clamp(1, 3) - 1];
            let width = p
                .all_names()
                .map(|n| placement::text_width(n.get(lang), font * scale, p.rank == 1))
                .fold(0.0, f64::max);
            LabelSpec::name(
                self.places[i].at,
                width,
                font * scale * fonts::LINE,
                p.kind.marked(),
                p.rank,
                named_days(p),
            )
        };
        let river_spec = |i: usize| {
            LabelSpec::name(
                self.rivers[i].label_at,
                placement::text_width(atlas.rivers[i].name.get(lang), fonts::RIVER * scale, false),
                fonts::RIVER * scale * fonts::LINE,
                false,
                3,
                LabelSpec::ALWAYS,
            )
        };
        // A callout's marker and name, kept off by every name after it on the days it may be
        // shown; a callout never wanted gets no space.
        // One name per span of days a callout is wanted: names keep off its marker on those
        // days only. A callout never wanted gets no space.
        let callout_spans: Vec<(usize, [i32; 2])> = self
            .callouts
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                c.wanted_spans(&atlas.timeline)
                    .into_iter()
                    .map(move |s| (i, s))
            })
            .collect();
        let callout_spec = |k: usize| {
            let (i, span) = callout_spans[k];
            let c = &self.callouts[i];
            let font = fonts::CALLOUT * scale;
            LabelSpec {
                offset_px: c.offset_px(),
                marker_px: callout::RADIUS_PX,
                until_scale: c.until_scale(),
                ..LabelSpec::name(
                    c.at,
                    placement::text_width(atlas.areas.all()[c.area].name.get(lang), font, true),
                    font * fonts::LINE,
                    true,
                    0,
                    span,
                )
            }
        };
        // (priority, index in the combined list, spec)
        let mut order: Vec<(u32, usize)> = Vec::new();
        for (i, l) in atlas.labels.iter().enumerate() {
            let priority = match l.kind {
                LabelKind::Region => 2,
                LabelKind::Context => 4,
                LabelKind::Sea => 5,
            };
            order.push((priority, i));
        }
        for (i, p) in atlas.places.iter().enumerate() {
            let priority = match p.rank {
                1 => 1,
                2 => 3,
                _ => 6,
            };
            order.push((priority, atlas.labels.len() + i));
        }
        // Rivers after the towns of rank 2, before the smallest: a lesson names the Amur and the
        // Yalu more often than a village on them.
        let first_river = atlas.labels.len() + atlas.places.len();
        for i in 0..self.rivers.len() {
            order.push((5, first_river + i));
        }
        // Callouts before every other name, which then keeps off their markers. Where Port
        // Arthur's own name finds no room beside the Kwantung marker, the callout names it:
        // "Kwantung (Port Arthur)".
        let first_callout = first_river + self.rivers.len();
        for k in 0..callout_spans.len() {
            order.push((0, first_callout + k));
        }
        // The marks of troops present are placed after the chief places and the regions, before
        // the towns of rank 2: beside their point where nothing is (on the point itself where
        // nothing is free), and the names after them keep off the mark on the days it can be
        // shown. A place of the change in force may send a mark back onto its point.
        let troops = self.troops_marks(atlas);
        let first_mark = first_callout + callout_spans.len();
        for k in 0..troops.len() {
            order.push((2, first_mark + k));
        }
        let mark_spec = |k: usize| {
            let side = troops_mark_side(scale);
            let when = troops_days(atlas, troops[k].0);
            // Beside its point on any of eight sides (a marker of no size, so nothing keeps off
            // the point itself), or on the point.
            LabelSpec {
                marker_px: 0.0,
                ..LabelSpec::name(troops[k].1, side, side, true, 2, when)
            }
        };
        order.sort_by_key(|(priority, i)| (*priority, *i));
        let specs: Vec<LabelSpec> = order
            .iter()
            .map(|(_, i)| {
                if *i < atlas.labels.len() {
                    label_spec(*i)
                } else if *i < first_river {
                    place_spec(*i - atlas.labels.len())
                } else if *i < first_callout {
                    river_spec(*i - first_river)
                } else if *i < first_mark {
                    callout_spec(*i - first_callout)
                } else {
                    mark_spec(*i - first_mark)
                }
            })
            .collect();
        let frame_box = [0.0, 0.0, frame::WIDTH, frame::HEIGHT];
        let placed = placement::place(&specs, &self.small_pieces, frame_box);
        // The places of the changes in force, over the layout: where one has no room of its own,
        // other names give way to it on its days. Callouts never do, nor a place urgent itself
        // on those days; a region's name only where no lesser one will, a chief place (Mukden,
        // Harbin) last of all.
        let urgent = self.urgent_places(atlas);
        let rank_of = |k: usize| {
            let i = order[k].1;
            (atlas.labels.len()..first_river)
                .contains(&i)
                .then(|| i - atlas.labels.len())
        };
        let position: Vec<usize> = {
            let mut p = vec![0; order.len()];
            for (k, (_, i)) in order.iter().enumerate() {
                p[*i] = k;
            }
            p
        };
        // The small pieces a change is about stay clear of its places' names; others may be
        // covered on its days.
        let obstacle_of = |piece: usize| {
            self.small_pieces
                .iter()
                .position(|o| o.rect == self.pieces[piece].rect)
        };
        let urgent_specs: Vec<Urgent> = urgent
            .iter()
            .map(|(i, when, about)| {
                let own = position[atlas.labels.len() + i];
                Urgent {
                    spec: LabelSpec {
                        when: *when,
                        ..specs[own].clone()
                    },
                    own,
                    avoid: about.iter().filter_map(|&p| obstacle_of(p)).collect(),
                }
            })
            .collect();
        let yields = |k: usize, when: [i32; 2]| {
            let i = order[k].1;
            // A mark of troops present moves back onto its point, as a last resort.
            if i >= first_mark {
                return Some(TROOPS_MARK_MOVES);
            }
            if i >= first_callout {
                return None;
            }
            if let Some(p) = rank_of(k) {
                let urgent_then = urgent
                    .iter()
                    .any(|(q, w, _)| *q == p && w[0] < when[1] && when[0] < w[1]);
                let cost = if atlas.places[p].rank == 1 { 12 } else { 1 };
                return (!urgent_then).then_some(cost);
            }
            let region = i < atlas.labels.len() && atlas.labels[i].kind == LabelKind::Region;
            Some(if region { 8 } else { 1 })
        };
        let displacing = urgent::place_urgent(
            &specs,
            &placed,
            &urgent_specs,
            &self.small_pieces,
            frame_box,
            &yields,
        )
        .into_iter()
        .map(|level| {
            level
                .into_iter()
                .map(|choices| {
                    choices
                        .into_iter()
                        .map(|d| Displacing {
                            hides: d.hides.into_iter().map(|k| order[k].1).collect(),
                            ..d
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
        // Back from priority order to labels-then-places order.
        let total = order.len();
        let sides = placed
            .into_iter()
            .map(|level| {
                let mut row = vec![None; total];
                for (k, (_, i)) in order.iter().enumerate() {
                    row[*i] = level[k];
                }
                row
            })
            .collect();
        LabelLayout {
            labels: atlas.labels.len(),
            places: atlas.places.len(),
            rivers: self.rivers.len(),
            callout_spans,
            sides,
            urgent: urgent.into_iter().map(|(i, when, _)| (i, when)).collect(),
            displacing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_river_s_name_goes_halfway_along_its_part_well_inside_the_frame() {
        // From off the frame's left edge to x = 500: only 100..500 counts, so halfway is 300.
        let at = river_label_at(&[[-50.0, 400.0], [100.0, 400.0], [500.0, 400.0]], &[]).unwrap();
        assert_eq!(at, [300.0, 400.0]);
    }

    #[test]
    fn a_river_s_name_keeps_away_from_another_river_s_mouth() {
        // A river from x = 100 to 900; a tributary joins it halfway, at x = 500.
        let main = [[100.0, 400.0], [900.0, 400.0]];
        let tributary = vec![[500.0, 100.0], [500.0, 400.0]];
        let at = river_label_at(&main, &[tributary]).unwrap();
        assert!(
            (at[0] - 500.0).abs() >= RIVER_LABEL_CLEAR,
            "named at {at:?}, by the mouth"
        );
        assert!(
            (300.0..=700.0).contains(&at[0]),
            "still near the middle: {at:?}"
        );
    }

    #[test]
    fn a_river_along_the_edge_is_named_inside_the_frame() {
        let at = river_label_at(&[[10.0, 100.0], [10.0, 700.0]], &[]).unwrap();
        assert_eq!(at, [RIVER_LABEL_INSET, 100.0]);
        assert_eq!(river_label_at(&[], &[]), None);
    }
}
