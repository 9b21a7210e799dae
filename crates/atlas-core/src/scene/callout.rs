//! Callouts: an area of the story too small to see at the current view (Kwantung at the whole
//! map, Weihaiwei, Port Hamilton) is shown as a marker beside it, out in the sea, filled with its
//! holder's colour and status pattern and named, with a line to where it is. Shown only while the
//! story needs it (the area is held apart from the land around it: leased, occupied) and only
//! while the area is too small to read on its own.

use crate::carto::placement::{Anchor, GAP, MARKER};
use crate::carto::style::{control_fill, status_fill, Ink};
use crate::model::{Control, Date, Status, Timeline};
use crate::scene::{anchor_attributes_gap, fonts};
use std::fmt::Write as _;

/// Radius of a callout's marker, in screen pixels: large enough to show a status pattern.
pub const RADIUS_PX: f64 = 11.0;
/// From an area's centre to its marker's centre, in screen pixels.
pub const DISTANCE_PX: f64 = 40.0;
/// The width of the ring round the area and of the line to its marker, in pixels: one value
/// for the page and the saved picture.
pub const LINE_PX: f64 = 1.5;
/// The dashes of the ring round the area.
pub const RING_DASH: &str = "3 2";
/// The width of the white edge round the marker, which parts it from the land under it.
pub const EDGE_PX: f64 = 4.0;
/// An area is called out while its larger side is under this many screen pixels.
pub const BELOW_PX: f64 = 40.0;

/// Whether a piece held so is held apart from the land around it, which is what makes a small
/// area worth a callout: leased, occupied, shared or neutral. A protectorate covers a whole
/// country (Korea), so it shows on its own; an enclave (the Sixty-Four Villages) is the land's
/// lasting state for decades, and its card tells it.
fn held_apart(status: Status) -> bool {
    matches!(
        status,
        Status::Lease | Status::Occupation | Status::Condominium | Status::NeutralZone
    )
}

/// A small area of the story and where its marker goes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Callout {
    /// The area (index into the atlas's areas).
    pub area: usize,
    /// Its pieces (indices into the timeline's pieces), in the area's order.
    pub pieces: Vec<usize>,
    /// The centre of the area's box, in map units.
    pub at: [f64; 2],
    /// Its larger side, in map units.
    pub size: f64,
    /// The way to its marker, a unit vector in screen directions: toward the open sea, chosen
    /// when the data is compiled, where the land is known.
    pub toward: [f64; 2],
}

impl Callout {
    /// Whether the area is too small to read at `e` screen pixels per map unit.
    ///
    /// ```
    /// use atlas_core::scene::callout::Callout;
    /// let kwantung = Callout { area: 0, pieces: vec![0], at: [0.0, 0.0], size: 20.0, toward: [1.0, 0.0] };
    /// assert!(kwantung.small_at(0.7)); // 14 px at the whole map on a projector
    /// assert!(!kwantung.small_at(2.5)); // 50 px zoomed in: it reads on its own
    /// ```
    pub fn small_at(&self, e: f64) -> bool {
        self.size * e < BELOW_PX
    }

    /// The largest scale (screen pixels per map unit) at which it is still called out.
    pub fn until_scale(&self) -> f64 {
        BELOW_PX / self.size.max(f64::EPSILON)
    }

    /// Its marker's offset from the area's centre, in screen pixels.
    pub fn offset_px(&self) -> [f64; 2] {
        [self.toward[0] * DISTANCE_PX, self.toward[1] * DISTANCE_PX]
    }

    /// The piece whose hold the marker shows on `date`: the first held apart (the lease, the
    /// occupation: what the callout is there for), else the first.
    pub fn shown_piece(&self, timeline: &Timeline, date: Date) -> usize {
        self.pieces
            .iter()
            .copied()
            .find(|&p| {
                timeline
                    .control_at(p, date)
                    .is_some_and(|c| held_apart(c.status))
            })
            .unwrap_or(self.pieces[0])
    }

    /// Whether the story needs the area seen on `date`: one of its pieces is held apart from
    /// the land around it (leased, occupied, shared, neutral). A small area held like its
    /// neighbours (Port Hamilton inside Korea, Kwantung back in Qing hands) reads from the
    /// colours around it, and its card names it.
    pub fn wanted(&self, timeline: &Timeline, date: Date) -> bool {
        self.pieces.iter().any(|&p| {
            timeline
                .control_at(p, date)
                .is_some_and(|c| held_apart(c.status))
        })
    }

    /// The spans of days `[from, until)` in which the area is wanted (`Date::days`), in order:
    /// the days on which names keep off its marker. What is wanted changes only on event days,
    /// so those are the only days looked at.
    pub fn wanted_spans(&self, timeline: &Timeline) -> Vec<[i32; 2]> {
        let days: Vec<Date> = timeline.event_dates().collect();
        let mut spans: Vec<[i32; 2]> = Vec::new();
        for (i, d) in days.iter().enumerate() {
            if !self.wanted(timeline, *d) {
                continue;
            }
            let until = days.get(i + 1).map_or(i32::MAX, |n| n.days());
            match spans.last_mut() {
                Some(last) if last[1] == d.days() => last[1] = until,
                _ => spans.push([d.days(), until]),
            }
        }
        spans
    }

    /// The callout drawn, as SVG elements: the dashed ring round the area, the line to the
    /// marker, the marker in `hold`'s colour and status pattern (an empty disc when `hold` is
    /// `None`: the outline to colour in), and `name` on side `side`. The
    /// area's centre is at `at` (pixels), `e` pixels per map unit; names are `text_scale` times
    /// their size; patterns are those with ids prefixed `co-` (defined in pixels); `halo` is the
    /// name's halo attributes (the page sets them in its stylesheet). The page and the saved
    /// picture both draw it with this, so they cannot differ.
    #[allow(clippy::too_many_arguments)]
    pub fn svg(
        &self,
        at: [f64; 2],
        e: f64,
        hold: Option<&Control>,
        side: Anchor,
        name: &str,
        text_scale: f64,
        halo: &str,
    ) -> String {
        let [x, y] = at;
        let [ox, oy] = self.offset_px();
        let len = ox.hypot(oy).max(f64::EPSILON);
        let (ux, uy) = (ox / len, oy / len);
        let ring = (self.size * e / 2.0 + 3.0).max(5.0);
        let r = RADIUS_PX;
        let (mx, my) = (x + ox, y + oy);
        let size = fonts::CALLOUT * text_scale;
        let (dx, dy, anchor) = anchor_attributes_gap(side, size * fonts::LINE, GAP + r - MARKER);
        let prefixed = |fill: String| fill.replace("url(#", "url(#co-");
        let (fill, pattern, ink) = match hold {
            Some(h) => (
                prefixed(control_fill(h.power, h.sovereign)),
                prefixed(status_fill(h.power, h.status)),
                Ink::over(h.power).colour(),
            ),
            None => ("#ffffff".to_string(), "none".to_string(), "#1b1f24"),
        };
        let mut out = String::new();
        let _ = write!(
            out,
            r##"<circle data-callout-part="ring" cx="{x:.1}" cy="{y:.1}" r="{ring:.1}" fill="none" stroke="#1b1f24" stroke-width="{w}" stroke-dasharray="{RING_DASH}"/><line data-callout-part="leader" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#1b1f24" stroke-width="{w}"/><circle data-callout-part="marker" cx="{mx:.1}" cy="{my:.1}" r="{r}" fill="{}" stroke="#ffffff" stroke-width="{EDGE_PX}"/><circle data-callout-part="pattern" cx="{mx:.1}" cy="{my:.1}" r="{r}" fill="{}" stroke="{}" stroke-width="{w}"/><text data-callout-part="name" x="{:.1}" y="{:.1}" font-size="{size}" font-weight="700" fill="#1b1f24" text-anchor="{anchor}" dominant-baseline="middle" {halo}>{}</text>"##,
            x + ux * ring,
            y + uy * ring,
            mx - ux * r,
            my - uy * r,
            fill,
            pattern,
            ink,
            mx + dx,
            my + dy,
            crate::xml::escape(name),
            w = LINE_PX,
        );
        out
    }
}
