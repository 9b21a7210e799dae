//! Where names go: for each zoom level, which labels fit and on which side of their place, so that
//! no two labels overlap, no label covers another place's marker or a piece too small to see
//! around it, and zooming in never takes a name away. Computed once per language, not per frame.

use super::geometry::boxes_touch;

/// Screen pixels per map unit at which layouts are computed: a geometric ladder in steps of
/// 2^(1/4) from a phone's full view (0.25) to the greatest zoom. The map uses the layout of the
/// largest level at or below its current scale, so it is never more than 19 % too cautious.
pub const LEVELS: [f64; 32] = {
    let mut l = [0.0; 32];
    let mut i = 0;
    let mut v = 0.25;
    while i < 32 {
        l[i] = v;
        v *= 1.189_207_115_002_721;
        i += 1;
    }
    l
};

/// The level index for a scale of `e` screen pixels per map unit.
pub fn level_for(e: f64) -> usize {
    LEVELS.iter().rposition(|l| *l <= e).unwrap_or(0)
}

/// Space between a place's marker and its name, in pixels.
pub const GAP: f64 = 5.0;
/// Half the side of the box a place's marker takes, in pixels.
pub const MARKER: f64 = 4.0;

/// Which side of its place a name is written on; `Centre` for names without a marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Centred on the point (region and sea names).
    Centre,
    /// To the right.
    Right,
    /// To the left.
    Left,
    /// Above.
    Above,
    /// Below.
    Below,
    /// Above and to the right.
    UpperRight,
    /// Below and to the right.
    LowerRight,
    /// Above and to the left.
    UpperLeft,
    /// Below and to the left.
    LowerLeft,
}

impl Anchor {
    /// The sides tried for a name with a marker, best first.
    pub const AROUND: [Anchor; 8] = [
        Anchor::Right,
        Anchor::Left,
        Anchor::Above,
        Anchor::Below,
        Anchor::UpperRight,
        Anchor::LowerRight,
        Anchor::UpperLeft,
        Anchor::LowerLeft,
    ];

    /// The places tried for a name without a marker (a region), best first: on its point, or
    /// just beside it.
    pub const NEAR: [Anchor; 5] = [
        Anchor::Centre,
        Anchor::Below,
        Anchor::Above,
        Anchor::Right,
        Anchor::Left,
    ];

    /// The text's box relative to the point, `[x0, y0, x1, y1]` in pixels, for a text `w` × `h`.
    pub fn text_box(self, w: f64, h: f64) -> [f64; 4] {
        self.text_box_gap(w, h, GAP)
    }

    /// The text's box for a name set `gap` pixels from its point (a callout's name clears its
    /// larger marker).
    pub fn text_box_gap(self, w: f64, h: f64, gap: f64) -> [f64; 4] {
        let d = gap * std::f64::consts::FRAC_1_SQRT_2;
        match self {
            Anchor::Centre => [-w / 2.0, -h / 2.0, w / 2.0, h / 2.0],
            Anchor::Right => [gap, -h / 2.0, gap + w, h / 2.0],
            Anchor::Left => [-gap - w, -h / 2.0, -gap, h / 2.0],
            Anchor::Above => [-w / 2.0, -gap - h, w / 2.0, -gap],
            Anchor::Below => [-w / 2.0, gap, w / 2.0, gap + h],
            Anchor::UpperRight => [d, -d - h, d + w, -d],
            Anchor::LowerRight => [d, d, d + w, d + h],
            Anchor::UpperLeft => [-d - w, -d - h, -d, -d],
            Anchor::LowerLeft => [-d - w, d, -d, d + h],
        }
    }
}

/// A name to place.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSpec {
    /// Its point, in map units.
    pub at: [f64; 2],
    /// Its text's width, in pixels (the widest text it will ever show).
    pub width: f64,
    /// Its text's height, in pixels.
    pub height: f64,
    /// Whether it has a marker at its point (a place) or is centred on it (a region).
    pub marker: bool,
    /// Its importance, 0 first: a name keeps clear of the markers of places as important as
    /// itself or more, placed or not yet, so an early long name cannot sit on Dalny's marker.
    /// Tier 0 is a callout's: placed before every other name.
    pub tier: u32,
    /// The days it is on the map, `[from, until)` (`Date::days`): two names never on the map
    /// on the same day may overlap (a battle and the next war's battle on the same ground).
    pub when: [i32; 2],
    /// Where its point is drawn, in pixels from `at` (a callout's marker, out in the sea).
    pub offset_px: [f64; 2],
    /// Half the side of its marker's box, in pixels ([`MARKER`] for a place).
    pub marker_px: f64,
    /// It is placed only below this scale (a callout: only while its area is small); zooming in
    /// past it takes it away, as it should.
    pub until_scale: f64,
}

impl LabelSpec {
    /// Always on the map.
    pub const ALWAYS: [i32; 2] = [i32::MIN, i32::MAX];

    /// A name at `at`, `width` × `height` pixels, with or without a place's marker, of `tier`,
    /// on the map on the days `when`: drawn at its point, at every scale.
    pub fn name(
        at: [f64; 2],
        width: f64,
        height: f64,
        marker: bool,
        tier: u32,
        when: [i32; 2],
    ) -> LabelSpec {
        LabelSpec {
            at,
            width,
            height,
            marker,
            tier,
            when,
            offset_px: [0.0, 0.0],
            marker_px: MARKER,
            until_scale: f64::INFINITY,
        }
    }

    /// Its point at `e` pixels per map unit, in pixels.
    fn point(&self, e: f64) -> [f64; 2] {
        [
            self.at[0] * e + self.offset_px[0],
            self.at[1] * e + self.offset_px[1],
        ]
    }

    /// Its text's box on side `a`, relative to its point.
    fn text_box(&self, a: Anchor) -> [f64; 4] {
        a.text_box_gap(self.width, self.height, GAP + self.marker_px - MARKER)
    }

    /// Its text's box on side `a` at `e` pixels per map unit, in pixels.
    pub(crate) fn text_box_at(&self, a: Anchor, e: f64) -> [f64; 4] {
        let [px, py] = self.point(e);
        let b = self.text_box(a);
        [b[0] + px, b[1] + py, b[2] + px, b[3] + py]
    }

    /// Its marker's box at `e` pixels per map unit, in pixels.
    pub(crate) fn marker_box(&self, e: f64) -> [f64; 4] {
        marker_of(self, e)
    }
}

/// Whether two spans of days `[from, until)` share a day.
pub(crate) fn meet(a: [i32; 2], b: [i32; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// Something names must not cover: a piece, avoided while it is smaller on screen than
/// `below_px` in both directions (a small piece that a name would hide).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Obstacle {
    /// Its box, `[x0, y0, x1, y1]` in map units.
    pub rect: [f64; 4],
    /// Its outline: closed rings in map units (a tenth of a unit in the compiled form).
    #[serde(with = "super::tenths")]
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Avoided while its larger side is under this many pixels.
    pub below_px: f64,
}

impl Obstacle {
    /// Whether a box of pixels at `e` pixels per map unit touches the piece itself (not only
    /// its bounding box: a name may sit in the sea beside a small peninsula).
    pub(crate) fn touches(&self, b: &[f64; 4], e: f64) -> bool {
        let r = [b[0] / e, b[1] / e, b[2] / e, b[3] / e];
        if !boxes_touch(self.rect, r) {
            return false;
        }
        let inside_r = |p: &[f64; 2]| p[0] >= r[0] && p[0] <= r[2] && p[1] >= r[1] && p[1] <= r[3];
        if self.rings.iter().flatten().any(inside_r) {
            return true;
        }
        let corners = [[r[0], r[1]], [r[2], r[1]], [r[2], r[3]], [r[0], r[3]]];
        if corners.iter().any(|c| {
            self.rings
                .iter()
                .filter(|ring| crossings(ring, *c) % 2 == 1)
                .count()
                % 2
                == 1
        }) {
            return true;
        }
        let sides = [
            (corners[0], corners[1]),
            (corners[1], corners[2]),
            (corners[2], corners[3]),
            (corners[3], corners[0]),
        ];
        self.rings.iter().flat_map(|ring| ring.windows(2)).any(|w| {
            sides
                .iter()
                .any(|(p, q)| segments_cross(w[0], w[1], *p, *q))
        })
    }
}

/// How many times a ray from `p` towards +x crosses a ring.
fn crossings(ring: &[[f64; 2]], [x, y]: [f64; 2]) -> usize {
    ring.windows(2)
        .filter(|w| {
            let ([x1, y1], [x2, y2]) = (w[0], w[1]);
            (y1 > y) != (y2 > y) && x < x1 + (y - y1) / (y2 - y1) * (x2 - x1)
        })
        .count()
}

fn segments_cross(a: [f64; 2], b: [f64; 2], c: [f64; 2], d: [f64; 2]) -> bool {
    let orient = |p: [f64; 2], q: [f64; 2], r: [f64; 2]| {
        (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    };
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// For each level of `LEVELS`, each label's side, or `None` where it does not fit. Labels earlier
/// in `labels` win; every name stays inside `frame` (`[x0, y0, x1, y1]` in map units, the whole
/// map), so none is cut at the edge of the full view. A label shown at one level is shown at every
/// greater one.
pub fn place(
    labels: &[LabelSpec],
    obstacles: &[Obstacle],
    frame: [f64; 4],
) -> Vec<Vec<Option<Anchor>>> {
    let mut out = vec![vec![None; labels.len()]; LEVELS.len()];
    for level in (0..LEVELS.len()).rev() {
        let e = LEVELS[level];
        let blocked: Vec<&Obstacle> = obstacles
            .iter()
            .filter(|o| (o.rect[2] - o.rect[0]).max(o.rect[3] - o.rect[1]) * e < o.below_px)
            .collect();
        let markers: Vec<(u32, [f64; 4], [i32; 2])> = labels
            .iter()
            .filter(|l| l.marker && e < l.until_scale)
            .map(|l| (l.tier, marker_of(l, e), l.when))
            .collect();
        let mut taken: Vec<([f64; 4], [i32; 2])> = Vec::new();
        for (i, l) in labels.iter().enumerate() {
            if e >= l.until_scale {
                continue;
            }
            // Zooming in never takes a name away (unless it is one only for small scales).
            if level + 1 < LEVELS.len()
                && LEVELS[level + 1] < l.until_scale
                && out[level + 1][i].is_none()
            {
                continue;
            }
            let [px, py] = l.point(e);
            let marker = marker_of(l, e);
            let shift = |b: [f64; 4]| [b[0] + px, b[1] + py, b[2] + px, b[3] + py];
            let clear_of_names = |b: &[f64; 4]| {
                !taken
                    .iter()
                    .any(|(t, when)| meet(*when, l.when) && boxes_touch(*t, *b))
            };
            let inside = |b: &[f64; 4]| {
                b[0] >= frame[0] * e
                    && b[1] >= frame[1] * e
                    && b[2] <= frame[2] * e
                    && b[3] <= frame[3] * e
            };
            let free = |b: &[f64; 4]| {
                inside(b)
                    && clear_of_names(b)
                    && !blocked.iter().any(|o| o.touches(b, e))
                    && !markers.iter().any(|(tier, m, when)| {
                        // Callouts (tier 0) among themselves: only those placed count (`taken`),
                        // and the later ones keep their markers off the earlier ones' names.
                        *tier <= l.tier
                            && !(l.tier == 0 && *tier == 0)
                            && meet(*when, l.when)
                            && *m != marker_of(l, e)
                            && boxes_touch(*m, *b)
                    })
            };
            // A marker may sit on a small piece (Port Arthur on Kwantung); its name may not.
            if l.marker && !clear_of_names(&marker) {
                continue;
            }
            let sides: &[Anchor] = if l.marker {
                &Anchor::AROUND
            } else {
                &Anchor::NEAR
            };
            let chosen = sides
                .iter()
                .map(|a| (*a, shift(l.text_box(*a))))
                .find(|(_, b)| free(b));
            if let Some((anchor, text)) = chosen {
                out[level][i] = Some(anchor);
                taken.push((text, l.when));
                if l.marker {
                    taken.push((marker, l.when));
                }
            }
        }
    }
    out
}

/// The box of a label's marker at `e` pixels per map unit.
fn marker_of(l: &LabelSpec, e: f64) -> [f64; 4] {
    let [px, py] = l.point(e);
    let m = l.marker_px;
    [px - m, py - m, px + m, py + m]
}

/// An estimate of a text's width in pixels at `font_px`, generous enough for the fonts a school
/// machine has (DejaVu Sans is the widest of the usual ones). `bold` adds a tenth.
pub fn text_width(text: &str, font_px: f64, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' => 0.3,
            'f' | 't' | 'r' | 'I' | ' ' | '(' | ')' | '-' | '–' => 0.38,
            'm' | 'w' | 'M' | 'W' => 0.9,
            'A'..='Z' => 0.72,
            c if c.is_ascii() => 0.6,
            // CJK ideographs, kana and Hangul are full width.
            '\u{1100}'..='\u{11FF}'
            | '\u{2E80}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{F900}'..='\u{FAFF}' => 1.0,
            _ => 0.64,
        })
        .sum();
    em * font_px * if bold { 1.1 } else { 1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: [f64; 4] = [0.0, 0.0, 1000.0, 800.0];

    fn spec(x: f64, y: f64, w: f64) -> LabelSpec {
        LabelSpec::name([x, y], w, 14.0, true, 1, LabelSpec::ALWAYS)
    }

    #[test]
    fn close_places_share_the_space_or_wait_for_a_closer_view() {
        // Two places 20 map units apart, labels 60 px wide.
        let labels = [spec(300.0, 300.0, 60.0), spec(320.0, 300.0, 60.0)];
        let layout = place(&labels, &[], FRAME);
        let at = |e: f64| &layout[level_for(e)];
        // At 0.25 px per unit they are 5 px apart: the second place's marker collides.
        assert!(at(0.25)[0].is_some() && at(0.25)[1].is_none());
        // Zoomed in enough, both are named, on sides that keep them apart.
        let both = at(8.0);
        assert!(both[0].is_some() && both[1].is_some());
        for pair in layout.windows(2) {
            for (i, (lower, higher)) in pair[0].iter().zip(&pair[1]).enumerate() {
                assert!(
                    lower.is_none() || higher.is_some(),
                    "zooming in hid label {i}"
                );
            }
        }
    }

    #[test]
    fn names_never_on_the_map_together_may_share_the_space() {
        // Two places 5 px apart at 0.25 px per unit: one of them waits, unless they are never on
        // the map on the same day (a battle, and a town founded after its war).
        let (mut battle, mut town) = (spec(300.0, 300.0, 60.0), spec(320.0, 300.0, 60.0));
        let both = |a: &LabelSpec, b: &LabelSpec| {
            let layout = place(&[a.clone(), b.clone()], &[], FRAME);
            let l = &layout[level_for(0.25)];
            l[0].is_some() && l[1].is_some()
        };
        assert!(!both(&battle, &town));
        (battle.when, town.when) = ([100, 200], [200, 300]);
        assert!(both(&battle, &town));
        town.when = [199, 300];
        assert!(!both(&battle, &town));
    }

    #[test]
    fn a_small_piece_is_not_covered_until_it_is_large_on_screen() {
        let labels = [spec(100.0, 100.0, 40.0)];
        // A 10-unit piece just right of the place; avoided while under 40 px.
        let square = vec![vec![
            [104.0, 95.0],
            [114.0, 95.0],
            [114.0, 105.0],
            [104.0, 105.0],
            [104.0, 95.0],
        ]];
        let o = Obstacle {
            rect: [104.0, 95.0, 114.0, 105.0],
            rings: square,
            below_px: 40.0,
        };
        let layout = place(&labels, &[o], FRAME);
        assert_ne!(layout[level_for(1.0)][0], Some(Anchor::Right));
        assert!(layout[level_for(1.0)][0].is_some(), "another side is free");
        // At 8 px per unit the piece is 80 px across and can carry names.
        assert_eq!(layout[level_for(8.0)][0], Some(Anchor::Right));
    }

    #[test]
    fn a_callout_is_placed_only_while_small_and_keeps_names_off_its_marker() {
        // A callout at (300, 300), its 11-px marker 40 px to the right, shown below 1 px/unit.
        let callout = LabelSpec {
            offset_px: [40.0, 0.0],
            marker_px: 11.0,
            until_scale: 1.0,
            ..LabelSpec::name([300.0, 300.0], 60.0, 16.0, true, 0, LabelSpec::ALWAYS)
        };
        // A place whose name, on its right, would run over the marker at 0.5 px/unit.
        let town = spec(250.0, 300.0, 60.0);
        let layout = place(&[callout, town], &[], FRAME);
        let half = &layout[level_for(0.5)];
        assert!(half[0].is_some(), "called out while small");
        assert!(
            half[1].is_some() && half[1] != Some(Anchor::Right),
            "the place's name keeps off the marker"
        );
        assert_eq!(
            layout[level_for(2.0)][0],
            None,
            "not once it reads on its own"
        );
        // Its name clears the larger marker.
        let b = Anchor::Right.text_box_gap(60.0, 16.0, GAP + 11.0 - MARKER);
        assert!(b[0] > 11.0);
    }

    #[test]
    fn names_stay_inside_the_frame() {
        // A place at the west edge can only be named to its right.
        let layout = place(&[spec(2.0, 400.0, 60.0)], &[], FRAME);
        assert_eq!(layout[level_for(1.0)][0], Some(Anchor::Right));
    }

    #[test]
    fn wider_letters_make_wider_labels() {
        assert!(text_width("Mukden", 13.0, false) > text_width("Jilin", 13.0, false));
        assert!(text_width("旅順", 13.0, false) >= 26.0);
        assert!(text_width("Harbin", 13.0, true) > text_width("Harbin", 13.0, false));
    }
}
