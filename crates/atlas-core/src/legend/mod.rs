//! The legend, stated once: its sections, their entries, each entry's words and its swatch as
//! SVG. The page's legend (and so the printed page, which prints it), the key of what is in view
//! and the saved picture all draw from here, and the patterns they use from `pattern_defs`.

use crate::carto::paint::{stroke, Line, PaintMode};
use crate::carto::style::{
    condominium_pattern, power_colour, railway_colour, status_pattern, status_pattern_id, Ink,
    Mark, BORDER, BORDER_CASING, CONDOMINIUM_PAIRS, CONTEXT_OPACITY, SEA,
};
use crate::model::{Lang, Power, Sovereigns, Status};
use std::fmt::Write as _;

pub mod in_view;

/// One line of a legend or key.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A power's colour (for `Shared`, the stripes of two).
    Power(Power),
    /// A way of holding land: its pattern.
    Status(Status),
    /// The home lands, drawn pale.
    HomeLand,
    /// A border between land held differently.
    Border,
    /// A border along an uncertain line: dots.
    Uncertain,
    /// Foreign troops present: dashes in their colour.
    Presence,
    /// A railway run by a foreign power.
    Railway,
    /// A town, port or fort.
    Place,
    /// Spheres of influence: a chain of dots in each claimant's colour.
    Spheres(Vec<Power>),
}

/// A section of the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Who held the land.
    Powers,
    /// How they held it.
    Statuses,
    /// Everything else on the map.
    More,
}

impl Section {
    /// The legend's sections in order.
    pub const ALL: [Section; 3] = [Section::Powers, Section::Statuses, Section::More];

    /// Its heading in `lang`.
    pub fn heading(self, lang: Lang) -> &'static str {
        let words = lang.words();
        match self {
            Section::Powers => words.legend_powers(),
            Section::Statuses => words.legend_statuses(),
            Section::More => words.legend_more(),
        }
    }

    /// Its entries: every power, every way of holding land but the condominium (the stripes
    /// among the powers say it), and the other marks of the map.
    pub fn entries(self) -> Vec<Entry> {
        match self {
            Section::Powers => Power::ALL.into_iter().map(Entry::Power).collect(),
            Section::Statuses => Status::ALL
                .into_iter()
                .filter(|s| *s != Status::Condominium)
                .map(Entry::Status)
                .collect(),
            Section::More => vec![
                Entry::HomeLand,
                Entry::Border,
                Entry::Uncertain,
                Entry::Presence,
                Entry::Railway,
                Entry::Spheres(vec![Power::Japan, Power::Russia]),
                Entry::Place,
            ],
        }
    }
}

impl Entry {
    /// Its words in the full legend, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        let words = lang.words();
        match self {
            Entry::Power(p) => words.power_long(*p).to_string(),
            Entry::Status(s) => words.status_name(*s).to_string(),
            Entry::HomeLand => words.legend_home_lands().to_string(),
            Entry::Border => words.legend_border().to_string(),
            Entry::Uncertain => words.legend_uncertain().to_string(),
            Entry::Presence => words.legend_presence().to_string(),
            Entry::Railway => words.legend_railway().to_string(),
            Entry::Place => words.legend_place().to_string(),
            Entry::Spheres(_) => lang.lesson().sphere_label().to_string(),
        }
    }

    /// Its words in a key, shorter than the legend's ("Japan", not "Japan (the Empire of
    /// Japan)"), as the page's key says them.
    pub fn short_label(&self, lang: Lang) -> String {
        let (words, lesson) = (lang.words(), lang.lesson());
        match self {
            Entry::Power(p) => words.power_short(*p).to_string(),
            Entry::Presence => lesson.key_presence().to_string(),
            Entry::Railway => lesson.key_railway().to_string(),
            Entry::Uncertain => lesson.key_uncertain().to_string(),
            other => other.label(lang),
        }
    }

    /// Its swatch: the inside of an SVG whose viewBox is `0 0 24 16`, with pattern ids under
    /// `prefix` (the page's legend has its own patterns, apart from the zoomed map's). Lines use
    /// the map's own widths and dashes (`carto::paint`).
    ///
    /// ```
    /// use atlas_core::legend::Entry;
    /// use atlas_core::model::Power;
    /// assert_eq!(Entry::Power(Power::Japan).swatch_svg(""), r##"<rect width="24" height="16" fill="#f0707f"/>"##);
    /// ```
    pub fn swatch_svg(&self, prefix: &str) -> String {
        let line = |l: Line| stroke(l, PaintMode::Screen).svg_attributes();
        match self {
            Entry::Power(Power::Shared) => format!(
                r#"<rect width="24" height="16" fill="url(#{prefix}{})"/>"#,
                condominium_pattern(Sovereigns::one(Power::Japan).with(Power::Russia))
                    .unwrap_or_default()
            ),
            Entry::Power(p) => format!(r#"<rect width="24" height="16" fill="{}"/>"#, power_colour(*p)),
            Entry::Status(s) => {
                let pattern = match s {
                    Status::Sovereign => "none".to_string(),
                    s => format!("url(#{prefix}{})", status_pattern_id(*s, Ink::Dark)),
                };
                format!(
                    r##"<rect width="24" height="16" fill="#ffffff"/><rect width="24" height="16" fill="{pattern}"/>"##
                )
            }
            Entry::HomeLand => format!(
                r#"<rect width="12" height="16" fill="{japan}"/><rect x="12" width="12" height="16" fill="{japan}" fill-opacity="{CONTEXT_OPACITY}"/><rect x="12" width="12" height="16" fill="{SEA}" fill-opacity="0.55"/>"#,
                japan = power_colour(Power::Japan)
            ),
            Entry::Border => format!(
                r#"<rect width="12" height="16" fill="{}"/><rect x="12" width="12" height="16" fill="{}"/><line x1="12" y1="0" x2="12" y2="16" stroke="{BORDER_CASING}"{}/><line x1="12" y1="0" x2="12" y2="16" stroke="{BORDER}"{}/>"#,
                power_colour(Power::China),
                power_colour(Power::Russia),
                line(Line::BorderCasing),
                line(Line::Border)
            ),
            Entry::Uncertain => format!(
                r#"<rect width="12" height="16" fill="{}"/><rect x="12" width="12" height="16" fill="{}"/><line x1="12" y1="1" x2="12" y2="15" stroke="{BORDER}"{}/>"#,
                power_colour(Power::Japan),
                power_colour(Power::Russia),
                line(Line::UncertainBorder)
            ),
            Entry::Presence => format!(
                r#"<rect width="24" height="16" fill="{}"/><rect x="2.5" y="2.5" width="19" height="11" fill="none" stroke="{}"{}/><g transform="translate(12,8)">{}</g>"#,
                power_colour(Power::Korea),
                power_colour(Power::Japan),
                line(Line::Presence),
                troops_mark(Power::Japan, 4.5)
            ),
            Entry::Railway => format!(
                r##"<rect width="24" height="16" fill="{}"/><path d="M1,8H23" stroke="#ffffff"{}/><path d="M1,8H23" stroke="{}"{}/>"##,
                power_colour(Power::China),
                line(Line::RailwayCasing),
                railway_colour(Power::Russia),
                line(Line::Railway)
            ),
            Entry::Place => r##"<rect width="24" height="16" fill="#ffffff"/><circle cx="12" cy="8" r="3.5" fill="#ffffff" stroke="#1b1f24" stroke-width="1.6"/>"##.to_string(),
            Entry::Spheres(powers) => {
                // One chain of dots per claimant, one above the other, thinner than on the map
                // so that two fit.
                let mut out = r##"<rect width="24" height="16" fill="#ffffff"/>"##.to_string();
                let n = powers.len().max(1) as f64;
                for (i, p) in powers.iter().enumerate() {
                    let y = 16.0 * (i as f64 + 0.5) / n;
                    let _ = write!(
                        out,
                        r#"<path d="M2,{y:.1}H22" stroke="{}" stroke-width="3.4" stroke-dasharray="0.1 5" stroke-linecap="round"/>"#,
                        power_colour(*p)
                    );
                }
                out
            }
        }
    }

    /// Its name in the page's `data-legend-*` attributes and the picture's `data-entry`.
    pub fn id(&self) -> String {
        match self {
            Entry::Power(p) => format!("power-{}", p.id()),
            Entry::Status(s) => format!("status-{}", s.id()),
            Entry::HomeLand => "home-land".into(),
            Entry::Border => "border".into(),
            Entry::Uncertain => "uncertain".into(),
            Entry::Presence => "presence".into(),
            Entry::Railway => "railway".into(),
            Entry::Place => "place".into(),
            Entry::Spheres(_) => "spheres".into(),
        }
    }
}

/// The mark of foreign troops present, centred on the origin, `r` pixels in radius: a disc in
/// the troops' colour with a white chevron, big enough to read at the whole view where the
/// dashes round a piece are not. The map, the legend and the picture draw it with this.
///
/// ```
/// use atlas_core::legend::troops_mark;
/// use atlas_core::model::Power;
/// assert!(troops_mark(Power::Japan, 7.0).contains(r##"fill="#f0707f""##));
/// ```
pub fn troops_mark(troops: Power, r: f64) -> String {
    let c = r * 0.45;
    format!(
        r##"<circle r="{r}" fill="{}" stroke="#1b1f24" stroke-width="{:.2}"/><path d="M{:.2},{:.2}L0,{:.2}L{:.2},{:.2}" fill="none" stroke="#ffffff" stroke-width="{:.2}" stroke-linecap="round" stroke-linejoin="round"/>"##,
        power_colour(troops),
        r * 0.2,
        -c,
        c * 0.6,
        -c * 0.6,
        c,
        c * 0.6,
        r * 0.28,
    )
}

/// A pattern of the style table, ready to be written into `<defs>`.
pub struct PatternDef {
    /// Its id (before any prefix).
    pub id: String,
    /// Its tile's size.
    pub size: f64,
    /// Its rotation in degrees.
    pub rotate: f64,
    /// Its marks, as SVG.
    pub content: String,
}

/// Every pattern: each way of holding land in each ink, and the stripes of each condominium
/// pair. The map, the legend and the picture all define theirs from this list.
pub fn pattern_defs() -> Vec<PatternDef> {
    let mut out = Vec::new();
    for s in Status::ALL {
        let Some(p) = status_pattern(s) else { continue };
        for ink in Ink::ALL {
            let mut content = String::new();
            for m in &p.marks {
                let _ = match *m {
                    Mark::Line([x1, y1], [x2, y2], w) => write!(
                        content,
                        r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{}" stroke-width="{w}" stroke-linecap="square"/>"#,
                        ink.colour()
                    ),
                    Mark::Dot([cx, cy], r) => write!(
                        content,
                        r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="{}"/>"#,
                        ink.colour()
                    ),
                };
            }
            out.push(PatternDef {
                id: status_pattern_id(s, ink),
                size: p.size,
                rotate: p.rotate,
                content,
            });
        }
    }
    for (a, b) in CONDOMINIUM_PAIRS {
        out.push(PatternDef {
            id: condominium_pattern(Sovereigns::one(a).with(b)).unwrap_or_default(),
            size: 12.0,
            rotate: 45.0,
            content: format!(
                r#"<rect width="6" height="12" fill="{}"/><rect x="6" width="6" height="12" fill="{}"/>"#,
                power_colour(a),
                power_colour(b)
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_a_swatch_names_is_defined() {
        let ids: Vec<String> = pattern_defs().into_iter().map(|p| p.id).collect();
        for section in Section::ALL {
            for entry in section.entries() {
                let svg = entry.swatch_svg("");
                for url in svg.split("url(#").skip(1) {
                    let id = &url[..url.find(')').unwrap()];
                    assert!(ids.iter().any(|i| i == id), "{entry:?} uses {id}");
                }
            }
        }
    }

    #[test]
    fn every_entry_has_words_in_every_language() {
        for lang in Lang::ALL {
            for section in Section::ALL {
                assert!(!section.heading(lang).is_empty());
                for entry in section.entries() {
                    assert!(
                        !entry.label(lang).trim().is_empty(),
                        "{entry:?} in {lang:?}"
                    );
                }
            }
        }
    }
}
