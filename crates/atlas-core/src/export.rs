//! The map as a picture to keep: one self-contained SVG of the current view on a date, with the
//! title, the date, the change in force, a legend and the attribution. Everything is an attribute
//! (no stylesheet, no external file), so the file looks the same opened on its own, in an editor
//! or a word processor; the page turns it into a PNG by drawing it on a canvas.
//!
//! Built from the same scene, timeline and style table as the map, so the picture and the page
//! cannot disagree.

use crate::atlas::{Atlas, LabelKind, PlaceKind};
use crate::carto::frame;
use crate::carto::paint::{stroke, Line, PaintMode};
use crate::carto::placement::{level_for, text_width};
use crate::carto::style::{
    control_fill, power_colour, railway_colour, status_fill, Ink, BORDER, BORDER_CASING, COAST,
    CONTEXT_OPACITY, RIVER, RIVER_NAME, SEA,
};
use crate::legend::{in_view, Entry, Section};
use crate::model::{Date, Lang};
use crate::scene::{anchor_attributes, fonts, LabelLayout, Scene};
use std::fmt::Write as _;

/// The saved picture's size in pixels (the PNG is drawn at this size times its scale).
pub const WIDTH: f64 = 1600.0;
/// The saved picture's height.
pub const HEIGHT: f64 = 1000.0;
const TOP: f64 = 96.0;
const BOTTOM: f64 = 56.0;
const LEGEND: f64 = 380.0;
const MARGIN: f64 = 20.0;
/// The printed page's picture: between the shapes of a landscape A4 and Letter page within 5 mm
/// margins (1.45 and 1.31), so on either the map covers more than 70 % of the sheet.
pub const PAPER_WIDTH: f64 = 1400.0;
/// The printed page's header (title and date) and the gap round its map.
const PAPER_TOP: f64 = 66.0;
const PAPER_MARGIN: f64 = 6.0;
/// A row of the printed page's key, and its words' size: 17 picture pixels are 9 points and
/// more on either paper.
const KEY_ROW: f64 = 30.0;
const KEY_TEXT: f64 = 17.0;

/// How a picture is coloured: the same three choices for Save SVG, Save PNG and Print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Finish {
    /// The map's own colours.
    #[default]
    Colour,
    /// Greys of clearly different lightness, with the patterns: for a photocopier.
    Grey,
    /// The day's coast, borders, rivers, railways and names with no fills: an outline for
    /// students to colour in, with the key's boxes left empty.
    Blank,
}

impl Finish {
    /// Every choice, in the order offered.
    pub const ALL: [Finish; 3] = [Finish::Colour, Finish::Grey, Finish::Blank];

    /// Its name in the page (`data-finish`).
    pub fn id(self) -> &'static str {
        match self {
            Finish::Colour => "colour",
            Finish::Grey => "grey",
            Finish::Blank => "blank",
        }
    }

    /// The choice named `id`.
    pub fn from_id(id: &str) -> Option<Finish> {
        Finish::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// What a picture is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// A picture to keep (a slide, a handout): the full legend beside the map, and the change in
    /// force.
    Picture,
    /// A printed landscape page: the map as large as the sheet allows, and under it a key of what
    /// is in view (the page's full legend and the event card print on the next page).
    Paper,
}

impl Sheet {
    /// Its width and height in picture pixels.
    pub fn size(self) -> [f64; 2] {
        match self {
            Sheet::Picture => [WIDTH, HEIGHT],
            Sheet::Paper => [PAPER_WIDTH, HEIGHT],
        }
    }
}

/// What to draw.
pub struct Picture<'a> {
    /// The data.
    pub atlas: &'a Atlas,
    /// The projected scene.
    pub scene: &'a Scene,
    /// Where names go, for the language.
    pub layout: &'a LabelLayout,
    /// The date shown.
    pub date: Date,
    /// The language of every word.
    pub lang: Lang,
    /// The part of the map shown, in map units `[x0, y0, x1, y1]`.
    pub view: [f64; 4],
    /// The font for the language's own script (a WOFF2 file), embedded so the picture reads the
    /// same on a machine without Japanese, Chinese or Korean fonts; `None` for the reader's own.
    pub font: Option<&'a [u8]>,
    /// Whether the language's font was wanted but could not be had: the picture then says so
    /// above its attribution, instead of silently drawing empty boxes elsewhere.
    pub font_missing: bool,
    /// Where the picture is shown (screen or paper): the lines' widths and dashes.
    pub paint: PaintMode,
    /// Names drawn this much larger than on screen; `layout` must be made at the same scale.
    pub text_scale: f64,
    /// What it is laid out for.
    pub sheet: Sheet,
    /// How it is coloured.
    pub finish: Finish,
}

/// The family name of an embedded font inside the picture.
const EMBEDDED_FONT: &str = "Atlas Embedded";

/// Standard base64 (RFC 4648, with padding), for embedding a font as a `data:` address.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ABC[(n >> shift) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

use crate::xml::escape as esc;

/// Fonts for the picture's text: the reader's own, with the common ones for each script. The
/// page's own font comes first, for the printed picture, which is drawn inside the page.
fn font_family(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "'Atlas JA', 'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, 'Noto Sans', 'DejaVu Sans', sans-serif",
        Lang::Zh => "'Atlas ZH', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', 'DejaVu Sans', sans-serif",
        Lang::Ko => "'Atlas KO', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans', 'DejaVu Sans', sans-serif",
        Lang::En | Lang::Ru => "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif",
    }
}

/// The patterns (`legend::pattern_defs`, as on the page), at one picture pixel per tile unit
/// where a user unit is `scale` pixels, their ids prefixed with `prefix`.
fn pattern_defs(out: &mut String, scale: f64, prefix: &str) {
    for p in crate::legend::pattern_defs() {
        let _ = write!(
            out,
            r#"<pattern id="{prefix}{}" width="{}" height="{}" patternUnits="userSpaceOnUse" patternTransform="scale({scale:.5}) rotate({})">{}</pattern>"#,
            p.id, p.size, p.size, p.rotate, p.content
        );
    }
}

/// Where the parts of a picture go, in picture pixels.
struct Layout {
    /// The whole picture.
    size: [f64; 2],
    /// The map's box: `[x, y, width, height]`.
    map: [f64; 4],
    /// The printed page's key: each entry with its words and where it goes.
    key: Vec<(Entry, String, [f64; 2])>,
}

impl Layout {
    fn of(p: &Picture) -> Layout {
        let size = p.sheet.size();
        let [w, h] = size;
        match p.sheet {
            Sheet::Picture => Layout {
                size,
                map: [MARGIN, TOP, w - LEGEND - 2.0 * MARGIN, h - TOP - BOTTOM],
                key: Vec::new(),
            },
            Sheet::Paper => {
                // The key's entries in rows under the map, as many to a row as fit.
                let drawn = in_view::OnDate {
                    atlas: p.atlas,
                    scene: p.scene,
                    date: p.date,
                };
                let entries = in_view::shown(p.scene, p.view, &drawn).entries();
                let mut placed = Vec::new();
                let (mut x, mut row) = (PAPER_MARGIN, 0.0_f64);
                for entry in entries {
                    if p.finish == Finish::Blank && blank_swatch(&entry).is_none() {
                        continue;
                    }
                    let label = entry.short_label(p.lang);
                    let width = 40.0 + text_width(&label, KEY_TEXT, false) + 26.0;
                    if x + width > w - PAPER_MARGIN && x > PAPER_MARGIN {
                        (x, row) = (PAPER_MARGIN, row + 1.0);
                    }
                    placed.push((entry, label, [x, row]));
                    x += width;
                }
                let rows = if placed.is_empty() { 0.0 } else { row + 1.0 };
                // Rows from the bottom up, above the attribution's line.
                let key_top = h - 24.0 - rows * KEY_ROW;
                for (_, _, at) in &mut placed {
                    at[1] = key_top + at[1] * KEY_ROW;
                }
                Layout {
                    size,
                    map: [
                        PAPER_MARGIN,
                        PAPER_TOP,
                        w - 2.0 * PAPER_MARGIN,
                        key_top - 4.0 - PAPER_TOP,
                    ],
                    key: placed,
                }
            }
        }
    }
}

/// A swatch for the outline to colour in: the powers' boxes empty, the lines in black; `None`
/// for what the outline does not draw (the ways of holding land, troops, spheres, home lands).
fn blank_swatch(entry: &Entry) -> Option<String> {
    let white = r##"<rect width="24" height="16" fill="#ffffff"/>"##;
    let line = |l: Line| stroke(l, PaintMode::Screen).svg_attributes();
    match entry {
        Entry::Power(_) => Some(white.to_string()),
        Entry::Place => Some(entry.swatch_svg("")),
        Entry::Border | Entry::Uncertain | Entry::Railway => {
            let l = match entry {
                Entry::Border => Line::Border,
                Entry::Uncertain => Line::UncertainBorder,
                _ => Line::Railway,
            };
            Some(format!(
                r#"{white}<path d="M1,8H23" fill="none" stroke="{BORDER}"{}/>"#,
                line(l)
            ))
        }
        _ => None,
    }
}

/// An entry's swatch in a picture, 30 × 20 pixels at `(x, y)`, with its words `label` to its
/// right at `size` pixels (in lines, when there are several).
fn swatch_entry(
    out: &mut String,
    p: &Picture,
    entry: &Entry,
    at: [f64; 2],
    lines: &[String],
    size: f64,
) {
    let swatch = if p.finish == Finish::Blank {
        blank_swatch(entry).unwrap_or_default()
    } else {
        // Patterns at the legend's own fixed scale, whatever the map's zoom.
        entry.swatch_svg("lg-")
    };
    let mut text = String::new();
    for (n, line) in lines.iter().enumerate() {
        let _ = write!(
            text,
            r##"<text x="{:.1}" y="{:.1}" font-size="{size}" fill="#1b1f24" dominant-baseline="middle">{}</text>"##,
            40.0,
            10.0 + size * 1.1 * n as f64,
            esc(line)
        );
    }
    let _ = write!(
        out,
        r##"<g transform="translate({:.1},{:.1})" data-entry="{}"><svg width="30" height="20" viewBox="0 0 24 16" preserveAspectRatio="none">{swatch}</svg><rect width="30" height="20" fill="none" stroke="#8a8f96"/>{text}</g>"##,
        at[0],
        at[1],
        entry.id(),
    );
}

/// The picture as SVG text.
pub fn map_svg(p: &Picture) -> String {
    let svg = draw(p);
    match p.finish {
        Finish::Grey => greyscale(&svg),
        _ => svg,
    }
}

/// The picture in its colours (or none, for the outline).
fn draw(p: &Picture) -> String {
    let words = p.lang.words();
    let atlas = p.atlas;
    let timeline = &atlas.timeline;
    let blank = p.finish == Finish::Blank;
    // Every line's width and dashes from the table the live map reads.
    let line = |l: Line| stroke(l, p.paint).svg_attributes();
    let lang = p.lang.id();
    let font = match p.font {
        Some(_) => format!("'{EMBEDDED_FONT}', {}", font_family(p.lang)),
        None => font_family(p.lang).to_string(),
    };
    // The map box, and the view fitted into it.
    let layout = Layout::of(p);
    let [width, height] = layout.size;
    let [bx, by, bw, bh] = layout.map;
    let [vx0, vy0, vx1, vy1] = p.view;
    let s = (bw / (vx1 - vx0)).min(bh / (vy1 - vy0));
    let (ox, oy) = (
        bx + (bw - (vx1 - vx0) * s) / 2.0,
        by + (bh - (vy1 - vy0) * s) / 2.0,
    );
    let px = |[x, y]: [f64; 2]| [ox + (x - vx0) * s, oy + (y - vy0) * s];
    let unit = 1.0 / s;

    let mut out = String::with_capacity(600_000);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{font}" lang="{}" data-finish="{}">"#,
        p.lang.tag(),
        p.finish.id()
    );
    let title = format!("{}: {}", words.app_name(), words.long_date(p.date));
    let _ = write!(out, "<title>{}</title>", esc(&title));
    out.push_str("<defs>");
    if let Some(bytes) = p.font {
        // The only style in the picture: a font carried inside it, not fetched from anywhere.
        let _ = write!(
            out,
            "<style>@font-face{{font-family:'{EMBEDDED_FONT}';src:url(data:font/woff2;base64,{})format('woff2');}}</style>",
            base64(bytes)
        );
    }
    pattern_defs(&mut out, unit, "");
    // The callouts' own, in the picture's pixels, as the page has them in its names' layer.
    pattern_defs(&mut out, 1.0, "co-");
    // The legend's, at one size whatever the zoom, so its swatches tell one pattern from another.
    pattern_defs(&mut out, 1.0, "lg-");
    let _ = write!(
        out,
        r#"<clipPath id="map-box"><rect x="{bx}" y="{by}" width="{bw}" height="{bh}"/></clipPath>"#
    );
    out.push_str("</defs>");
    let _ = write!(
        out,
        r##"<rect width="{width}" height="{height}" fill="#ffffff"/>"##
    );

    // The map: shapes in map units inside a nested viewport; lines keep their width.
    let sea = if blank { "#ffffff" } else { SEA };
    let _ = write!(
        out,
        r#"<rect x="{bx}" y="{by}" width="{bw}" height="{bh}" fill="{sea}" stroke="{COAST}" stroke-width="1" data-map-box=""/>"#
    );
    let _ = write!(
        out,
        r#"<g clip-path="url(#map-box)"><g transform="translate({ox:.3},{oy:.3}) scale({s:.6}) translate({:.3},{:.3})">"#,
        -vx0, -vy0
    );
    for (i, piece) in p.scene.pieces.iter().enumerate() {
        let Some(c) = timeline.control_at(i, p.date) else {
            continue;
        };
        if blank {
            // The outline: no fills, no patterns; the coast and borders below draw the land.
            continue;
        }
        let opacity = if piece.context { CONTEXT_OPACITY } else { "1" };
        let fill = control_fill(c.power, c.sovereign);
        let _ = write!(
            out,
            r#"<path d="{}" data-line="piece-edge" fill="{fill}" fill-opacity="{opacity}" stroke="{fill}" stroke-opacity="{opacity}"{} vector-effect="non-scaling-stroke"/>"#,
            piece.d,
            line(Line::PieceEdge)
        );
        let pattern = status_fill(c.power, c.status);
        if pattern != "none" {
            let _ = write!(out, r#"<path d="{}" fill="{pattern}"/>"#, piece.d);
        }
        if let Some(troops) = c.presence {
            let _ = write!(
                out,
                r#"<path d="{d}" data-line="presence-casing" fill="none" stroke="{}"{} vector-effect="non-scaling-stroke"/><path d="{d}" data-line="presence" fill="none" stroke="{}"{} vector-effect="non-scaling-stroke"/>"#,
                Ink::over(c.power).colour(),
                line(Line::PresenceCasing),
                power_colour(troops),
                line(Line::Presence),
                d = piece.d,
            );
        }
    }
    // Spheres of influence held on the day: the chain of dots the map draws.
    for (i, s) in p.scene.spheres.iter().enumerate() {
        let sphere = &atlas.spheres[i];
        if sphere.on(p.date) && !blank {
            let _ = write!(
                out,
                r##"<path d="{d}" data-line="sphere-casing" fill="none" stroke="#ffffff"{} stroke-linejoin="round" vector-effect="non-scaling-stroke"/><path d="{d}" data-line="sphere" data-sphere="{id}" fill="none" stroke="{}"{} stroke-linejoin="round" vector-effect="non-scaling-stroke"/>"##,
                line(Line::SphereCasing),
                power_colour(sphere.power),
                line(Line::Sphere),
                d = s.d,
                id = esc(&s.id),
            );
        }
    }
    // Rivers under the coast and the borders: where a river is the border, the border shows.
    for r in &p.scene.rivers {
        let _ = write!(
            out,
            r#"<path d="{}" data-line="river" data-river="{}" fill="none" stroke="{RIVER}"{} stroke-linejoin="round" vector-effect="non-scaling-stroke"/>"#,
            r.d,
            esc(&r.id),
            line(Line::River)
        );
    }
    // The outline's coast darker: with no fills, it alone tells land from sea.
    let coast = if blank { "#4a5260" } else { COAST };
    let _ = write!(
        out,
        r#"<path d="{}" data-line="coast" fill="none" stroke="{coast}"{} vector-effect="non-scaling-stroke"/>"#,
        p.scene.coast,
        line(Line::Coast)
    );
    for b in &p.scene.borders {
        let (ca, cb) = (
            timeline.control_at(b.a, p.date),
            timeline.control_at(b.b, p.date),
        );
        if matches!((ca, cb), (Some(x), Some(y)) if x.same_hold(&y)) {
            continue;
        }
        let (casing, border) = if b.uncertain.is_some() {
            (Line::UncertainBorderCasing, Line::UncertainBorder)
        } else {
            (Line::BorderCasing, Line::Border)
        };
        let _ = write!(
            out,
            r#"<path d="{d}" data-line="{}" fill="none" stroke="{BORDER_CASING}"{} vector-effect="non-scaling-stroke"/><path d="{d}" data-line="{}" fill="none" stroke="{BORDER}"{} vector-effect="non-scaling-stroke"/>"#,
            casing.id(),
            line(casing),
            border.id(),
            line(border),
            d = b.d
        );
    }
    for (i, r) in p.scene.railways.iter().enumerate() {
        if let Some(op) = atlas.railways[i].operator_at(p.date) {
            let _ = write!(
                out,
                r##"<path d="{d}" data-line="railway-casing" fill="none" stroke="#ffffff"{} vector-effect="non-scaling-stroke"/><path d="{d}" data-line="railway" fill="none" stroke="{}"{} vector-effect="non-scaling-stroke"/>"##,
                line(Line::RailwayCasing),
                if blank {
                    BORDER.to_string()
                } else {
                    railway_colour(op).to_string()
                },
                line(Line::Railway),
                d = r.d
            );
        }
    }
    out.push_str("</g>");

    // Names and marks at their on-screen size, where the map's own layout puts them at this
    // scale, with the change in force's places on the sides its layout gives them first.
    let level = level_for(s);
    let day = p.layout.on_day(level, p.date.days(), |_, _| true);
    // Foreign troops present: the page's mark at each such piece's inner point, or beside it
    // where the names' layout put it, under the names.
    for (k, (i, at)) in p.scene.troops_marks(atlas).into_iter().enumerate() {
        let troops = timeline.control_at(i, p.date).and_then(|c| c.presence);
        if let (Some(t), false) = (troops, blank) {
            let side = p.layout.troops_mark(level, k, &day);
            let [dx, dy] = crate::scene::troops_mark_offset(side, p.text_scale);
            let [x, y] = px(at);
            let _ = write!(
                out,
                r#"<g data-troops="{}" transform="translate({:.1},{:.1})">{}</g>"#,
                esc(&p.scene.pieces[i].id),
                x + dx,
                y + dy,
                crate::legend::troops_mark(t, crate::scene::TROOPS_PX * p.text_scale)
            );
        }
    }
    // The names.
    let halo = format!(
        r##"data-line="label-halo" stroke="#fbfaf7"{} stroke-linejoin="round" paint-order="stroke""##,
        line(Line::LabelHalo)
    );
    for (i, l) in p.scene.labels.iter().enumerate() {
        let Some(a) = p.layout.label_with(level, i, &day) else {
            continue;
        };
        let (size, weight, fill) = match l.kind {
            LabelKind::Region => (fonts::REGION, "800", "#1b1f24"),
            LabelKind::Context => (fonts::CONTEXT, "600", "#4a5260"),
            LabelKind::Sea => (fonts::SEA, "400", "#3f5f78"),
        };
        let size = size * p.text_scale;
        let [x, y] = px(l.at);
        let (dx, dy, anchor) = anchor_attributes(a, size * fonts::LINE);
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}" dominant-baseline="middle" {halo}>{}</text>"#,
            x + dx,
            y + dy,
            esc(atlas.labels[i].text.get(lang))
        );
    }
    for (i, place) in p.scene.places.iter().enumerate() {
        let (Some(name), Some(a)) = (
            atlas.places[i].name_at(p.date),
            p.layout.place_with(level, i, &day),
        ) else {
            continue;
        };
        let size = fonts::PLACE[(place.rank as usize).clamp(1, 3) - 1] * p.text_scale;
        let [x, y] = px(place.at);
        let (dx, dy, anchor) = anchor_attributes(a, size * fonts::LINE);
        let weight = if place.rank == 1 { "700" } else { "400" };
        // As on the page: an island or a cape has a small dark dot, a strait no marker and its
        // name in the water's italic blue-grey.
        let (r, dot) = match place.kind {
            PlaceKind::Island | PlaceKind::Cape => (2.0, "#1b1f24"),
            _ => (3.5, "#ffffff"),
        };
        if place.kind.marked() {
            let r = r * p.text_scale;
            let _ = write!(
                out,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" data-line="place-marker" fill="{dot}" stroke="#1b1f24"{}/>"##,
                line(Line::PlaceMarker),
            );
        }
        let (fill, style) = match place.kind {
            PlaceKind::Strait => ("#3f5f78", r#" font-style="italic""#),
            PlaceKind::Boundary => ("#1b1f24", r#" font-style="italic""#),
            _ => ("#1b1f24", ""),
        };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="{size}" font-weight="{weight}" fill="{fill}"{style} text-anchor="{anchor}" dominant-baseline="middle" {halo}>{}</text>"##,
            x + dx,
            y + dy,
            esc(name.get(lang))
        );
    }
    for (i, r) in p.scene.rivers.iter().enumerate() {
        let Some(a) = p.layout.river_with(level, i, &day) else {
            continue;
        };
        let size = fonts::RIVER * p.text_scale;
        let [x, y] = px(r.label_at);
        let (dx, dy, anchor) = anchor_attributes(a, size * fonts::LINE);
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="{size}" font-style="italic" fill="{RIVER_NAME}" text-anchor="{anchor}" dominant-baseline="middle" data-river-name="{}" {halo}>{}</text>"#,
            x + dx,
            y + dy,
            esc(&r.id),
            esc(atlas.rivers[i].name.get(lang))
        );
    }
    // Callouts: a small area of the story as a marker beside it, drawn as the page draws it.
    for (i, c) in p.scene.callouts.iter().enumerate() {
        let Some(side) = p.layout.callout(level, i, p.date.days()) else {
            continue;
        };
        if !c.wanted(timeline, p.date) {
            continue;
        }
        let Some(hold) = timeline.control_at(c.shown_piece(timeline, p.date), p.date) else {
            continue;
        };
        let area = &atlas.areas.all()[c.area];
        let _ = write!(
            out,
            r#"<g data-callout="{}">{}</g>"#,
            esc(&area.id),
            c.svg(
                px(c.at),
                s,
                (!blank).then_some(&hold),
                side,
                area.name.get(lang),
                p.text_scale,
                &halo
            )
        );
    }
    out.push_str("</g>");

    header(&mut out, p, width);
    match p.sheet {
        Sheet::Picture => legend(&mut out, p),
        Sheet::Paper => {
            for (entry, label, at) in &layout.key {
                swatch_entry(
                    &mut out,
                    p,
                    entry,
                    *at,
                    std::slice::from_ref(label),
                    KEY_TEXT,
                );
            }
        }
    }
    // The attribution: on paper as large as the page's smallest words allow.
    let (small, left) = match p.sheet {
        Sheet::Picture => (13.0, MARGIN),
        Sheet::Paper => (14.0, PAPER_MARGIN),
    };
    if p.font_missing {
        let _ = write!(
            out,
            r##"<text x="{left}" y="{:.1}" font-size="{small}" font-weight="700" fill="#8a1c1c" data-font-missing="{}">{}</text>"##,
            height - 38.0,
            p.lang.id(),
            esc(&p.lang.words().picture_font_missing(p.lang))
        );
    }
    let _ = write!(
        out,
        r##"<text x="{left}" y="{:.1}" font-size="{small}" fill="#4a5260">{}</text>"##,
        height - 8.0 - small * 0.6,
        esc(&p.lang.words().attribution())
    );
    out.push_str("</svg>");
    out
}

/// The title and the date: large on a saved picture, in a narrower band on paper.
fn header(out: &mut String, p: &Picture, width: f64) {
    let words = p.lang.words();
    let (left, right, title, sub, year, date) = match p.sheet {
        Sheet::Picture => (
            MARGIN,
            width - MARGIN,
            (38, 26),
            (72, 20),
            (60, 52),
            (84, 18),
        ),
        Sheet::Paper => (
            PAPER_MARGIN,
            width - PAPER_MARGIN,
            (28, 26),
            (56, 18),
            (44, 44),
            (44, 18),
        ),
    };
    let _ = write!(
        out,
        r##"<text x="{left}" y="{}" font-size="{}" font-weight="700" fill="#1b1f24">{}</text><text x="{left}" y="{}" font-size="{}" fill="#4a5260">{}</text>"##,
        title.0,
        title.1,
        esc(words.app_name()),
        sub.0,
        sub.1,
        esc(words.app_subtitle())
    );
    // On paper the day goes beside the year, so the band stays narrow.
    let (date_x, date_y, date_anchor) = match p.sheet {
        Sheet::Picture => (right, date.0, "end"),
        Sheet::Paper => (
            right - text_width(&p.date.year().to_string(), year.1 as f64, true) - 16.0,
            date.0,
            "end",
        ),
    };
    let _ = write!(
        out,
        r##"<text x="{right}" y="{}" font-size="{}" font-weight="800" fill="#1b1f24" text-anchor="end">{}</text><text x="{date_x:.1}" y="{date_y}" font-size="{}" fill="#1b1f24" text-anchor="{date_anchor}">{}</text>"##,
        year.0,
        year.1,
        p.date.year(),
        date.1,
        esc(&words.long_date(p.date))
    );
}

/// The legend column: the page's legend (`legend::Section`), then the change in force. The
/// outline to colour in lists only what it draws, the powers with empty boxes.
fn legend(out: &mut String, p: &Picture) {
    let words = p.lang.words();
    let lang = p.lang.id();
    let timeline = &p.atlas.timeline;
    let lx = WIDTH - LEGEND;
    let mut y = TOP + 6.0;
    let heading = |out: &mut String, y: &mut f64, text: &str| {
        let _ = write!(
            out,
            r##"<text x="{lx}" y="{:.1}" font-size="16" font-weight="700" fill="#1b1f24">{}</text>"##,
            *y + 13.0,
            esc(text)
        );
        *y += 21.0;
    };
    for section in Section::ALL {
        let entries: Vec<Entry> = section
            .entries()
            .into_iter()
            .filter(|e| p.finish != Finish::Blank || blank_swatch(e).is_some())
            .collect();
        if entries.is_empty() {
            continue;
        }
        heading(out, &mut y, section.heading(p.lang));
        for entry in entries {
            // The swatch as the page draws it, at 30 × 20 picture pixels; the words wrapped to
            // the column.
            let lines = wrap(&entry.label(p.lang), 38);
            swatch_entry(out, p, &entry, [lx, y], &lines, 13.5);
            y += 23.0_f64.max(8.0 + 15.0 * lines.len() as f64);
        }
        y += 6.0;
    }
    // The change in force, wrapped to the legend's width.
    if let Some(&e) = timeline.events_in_force(p.date).first() {
        let event = &timeline.events()[e];
        heading(out, &mut y, words.event_card_label());
        // At most three lines, so the column never runs off the picture.
        let mut lines = wrap(event.title.get(lang), 34);
        if lines.len() > 3 {
            lines.truncate(3);
            lines[2].push('…');
        }
        for line in lines {
            let _ = write!(
                out,
                r##"<text x="{lx}" y="{:.1}" font-size="15" fill="#1b1f24">{}</text>"##,
                y + 12.0,
                esc(&line)
            );
            y += 20.0;
        }
    }
}

/// The picture in greys: every colour (`#rrggbb` or `#rgb`) replaced by the grey of the same
/// lightness, so powers stay apart by how dark they are (China light, Japan middle, Korea darker,
/// Russia darkest) and leases and occupations by their patterns, as a photocopier would keep them.
///
/// ```
/// use atlas_core::export::greyscale;
/// assert_eq!(greyscale(r##"<rect fill="#ff0000" stroke="#fff"/><use href="#face"/>"##),
///            r##"<rect fill="#7f7f7f" stroke="#ffffff"/><use href="#face"/>"##);
/// ```
pub fn greyscale(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        let ends = after[digits..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        let rgb = match digits {
            6 if ends => u32::from_str_radix(&after[..6], 16).ok(),
            3 if ends => u32::from_str_radix(&after[..3], 16).ok().map(|v| {
                let (r, g, b) = ((v >> 8) & 15, (v >> 4) & 15, v & 15);
                (r * 17) << 16 | (g * 17) << 8 | (b * 17)
            }),
            _ => None,
        };
        match rgb {
            Some(v) => {
                let grey = lightness_grey(v);
                let _ = write!(out, "#{grey:02x}{grey:02x}{grey:02x}");
                rest = &after[digits..];
            }
            None => {
                out.push('#');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The sRGB grey of a colour's relative luminance (WCAG's weights on linear light).
fn lightness_grey(rgb: u32) -> u8 {
    let linear = |c: u32| {
        let c = f64::from(c & 255) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let y = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    let g = if y <= 0.003_130_8 {
        12.92 * y
    } else {
        1.055 * y.powf(1.0 / 2.4) - 0.055
    };
    (g * 255.0).round().clamp(0.0, 255.0) as u8
}

/// Lines of at most about `width` characters (CJK text, which has no spaces, by characters).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(' ') {
        let cjk = word.chars().any(|c| c as u32 >= 0x2E80);
        if cjk {
            for c in word.chars() {
                // A closing bracket or stop never starts a line (kinsoku).
                let closing = matches!(c, '）' | ')' | '、' | '。' | '」' | '，' | '：');
                if line.chars().count() >= width / 2 && !closing {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
            continue;
        }
        if line.chars().count() + word.chars().count() > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line).trim_end().to_string());
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The whole frame, for a picture of the full map.
pub fn full_view() -> [f64; 4] {
    [0.0, 0.0, frame::WIDTH, frame::HEIGHT]
}
