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
use crate::carto::placement::level_for;
use crate::carto::style::{
    control_fill, power_colour, railway_colour, status_fill, Ink, BORDER, BORDER_CASING, COAST,
    CONTEXT_OPACITY, RIVER, RIVER_NAME, SEA,
};
use crate::legend::Section;
use crate::model::{Date, Lang};
use crate::scene::{anchor_attributes, fonts, LabelLayout, Scene};
use std::fmt::Write as _;

/// The picture's size in pixels (the PNG is drawn at this size times its scale).
pub const WIDTH: f64 = 1600.0;
/// The picture's height.
pub const HEIGHT: f64 = 1000.0;
const TOP: f64 = 96.0;
const BOTTOM: f64 = 56.0;
const LEGEND: f64 = 380.0;
const MARGIN: f64 = 20.0;

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
    /// Whether the legend is drawn beside the map (a printed page has the page's own instead,
    /// at a size paper can read).
    pub legend: bool,
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

/// The picture as SVG text.
pub fn map_svg(p: &Picture) -> String {
    let words = p.lang.words();
    let atlas = p.atlas;
    let timeline = &atlas.timeline;
    // Every line's width and dashes from the table the live map reads.
    let line = |l: Line| stroke(l, p.paint).svg_attributes();
    let lang = p.lang.id();
    let font = match p.font {
        Some(_) => format!("'{EMBEDDED_FONT}', {}", font_family(p.lang)),
        None => font_family(p.lang).to_string(),
    };
    // The map box, and the view fitted into it.
    let (bx, by) = (MARGIN, TOP);
    let legend_width = if p.legend { LEGEND } else { 0.0 };
    let (bw, bh) = (WIDTH - legend_width - 2.0 * MARGIN, HEIGHT - TOP - BOTTOM);
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
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{font}" lang="{}">"#,
        p.lang.tag()
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
    let _ = write!(
        out,
        r#"<clipPath id="map-box"><rect x="{bx}" y="{by}" width="{bw}" height="{bh}"/></clipPath>"#
    );
    out.push_str("</defs>");
    let _ = write!(
        out,
        r##"<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##
    );

    // The map: shapes in map units inside a nested viewport; lines keep their width.
    let _ = write!(
        out,
        r#"<rect x="{bx}" y="{by}" width="{bw}" height="{bh}" fill="{SEA}" stroke="{COAST}" stroke-width="1"/>"#
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
        if sphere.on(p.date) {
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
    let _ = write!(
        out,
        r#"<path d="{}" data-line="coast" fill="none" stroke="{COAST}"{} vector-effect="non-scaling-stroke"/>"#,
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
                railway_colour(op),
                line(Line::Railway),
                d = r.d
            );
        }
    }
    out.push_str("</g>");

    // Names, at their on-screen size, where the map's own layout puts them at this scale.
    let level = level_for(s);
    let halo = format!(
        r##"data-line="label-halo" stroke="#fbfaf7"{} stroke-linejoin="round" paint-order="stroke""##,
        line(Line::LabelHalo)
    );
    for (i, l) in p.scene.labels.iter().enumerate() {
        let Some(a) = p.layout.label(level, i) else {
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
        let (Some(name), Some(a)) = (atlas.places[i].name_at(p.date), p.layout.place(level, i))
        else {
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
        let Some(a) = p.layout.river(level, i) else {
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
                &hold,
                side,
                area.name.get(lang),
                p.text_scale,
                &halo
            )
        );
    }
    out.push_str("</g>");

    // Title, date and the change in force.
    let _ = write!(
        out,
        r##"<text x="{MARGIN}" y="38" font-size="26" font-weight="700" fill="#1b1f24">{}</text><text x="{MARGIN}" y="72" font-size="20" fill="#4a5260">{}</text>"##,
        esc(words.app_name()),
        esc(words.app_subtitle())
    );
    let _ = write!(
        out,
        r##"<text x="{}" y="60" font-size="52" font-weight="800" fill="#1b1f24" text-anchor="end">{}</text><text x="{}" y="84" font-size="18" fill="#1b1f24" text-anchor="end">{}</text>"##,
        WIDTH - MARGIN,
        p.date.year(),
        WIDTH - MARGIN,
        esc(&words.long_date(p.date))
    );

    if p.legend {
        legend(&mut out, p);
    }
    if p.font_missing {
        let _ = write!(
            out,
            r##"<text x="{MARGIN}" y="{:.1}" font-size="13" font-weight="700" fill="#8a1c1c" data-font-missing="{}">{}</text>"##,
            HEIGHT - 38.0,
            p.lang.id(),
            esc(&p.lang.words().picture_font_missing(p.lang))
        );
    }
    let _ = write!(
        out,
        r##"<text x="{MARGIN}" y="{:.1}" font-size="13" fill="#4a5260">{}</text>"##,
        HEIGHT - 20.0,
        esc(&p.lang.words().attribution())
    );
    out.push_str("</svg>");
    out
}

/// The legend column: the page's legend (`legend::Section`), then the change in force.
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
        heading(out, &mut y, section.heading(p.lang));
        for entry in section.entries() {
            // The swatch as the page draws it, at 33 × 22 picture pixels; the words wrapped to
            // the column.
            let lines = wrap(&entry.label(p.lang), 38);
            let mut text = String::new();
            for (n, line) in lines.iter().enumerate() {
                let _ = write!(
                    text,
                    r##"<text x="40" y="{}" font-size="13.5" fill="#1b1f24" dominant-baseline="middle">{}</text>"##,
                    10 + 15 * n,
                    esc(line)
                );
            }
            let _ = write!(
                out,
                r##"<g transform="translate({lx},{y:.1})" data-entry="{}"><svg width="30" height="20" viewBox="0 0 24 16" preserveAspectRatio="none">{}</svg><rect width="30" height="20" fill="none" stroke="#8a8f96"/>{text}</g>"##,
                entry.id(),
                entry.swatch_svg(""),
            );
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
