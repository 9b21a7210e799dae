//! How every line of the map is stroked, stated once for both renderers: the live map (Leptos)
//! sets these as attributes, and the picture writer (`export`) writes the same attributes. The
//! colours are in `style`; widths are in screen pixels (the lines are drawn with
//! `non-scaling-stroke`, so zooming never thickens them).

/// Where the map is shown: a screen, a projector (presentation mode), paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaintMode {
    /// A laptop or a phone.
    Screen,
    /// Presentation mode: lines heavier for the back of a room and a washed-out projector.
    Present,
    /// The printed handout (the picture, printed at about half its size).
    Print,
}

/// A kind of line on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// The hairline round each piece, in its own fill colour (closes anti-aliasing seams).
    PieceEdge,
    /// The coast.
    Coast,
    /// A border between pieces held differently.
    Border,
    /// The pale casing under a border, so it shows on dark land.
    BorderCasing,
    /// A border along an uncertain line: dots.
    UncertainBorder,
    /// The casing under an uncertain border.
    UncertainBorderCasing,
    /// Foreign troops present: dashes round the piece, in their power's colour.
    Presence,
    /// The casing under the troops' dashes.
    PresenceCasing,
    /// A railway, in its operator's colour.
    Railway,
    /// The white casing under a railway.
    RailwayCasing,
    /// A sphere of influence's edge: a chain of dots in the claimant's colour.
    Sphere,
    /// The pale casing under a sphere's dots.
    SphereCasing,
    /// The outline of a piece held differently on the second date of a comparison.
    Differs,
    /// The casing under that outline.
    DiffersCasing,
    /// The paper-coloured halo round every name.
    LabelHalo,
    /// The ring of a place's marker.
    PlaceMarker,
    /// A river the lessons name, under the borders it follows.
    River,
}

impl Line {
    /// Every kind of line, for the tests.
    pub const ALL: [Line; 17] = [
        Line::PieceEdge,
        Line::Coast,
        Line::Border,
        Line::BorderCasing,
        Line::UncertainBorder,
        Line::UncertainBorderCasing,
        Line::Presence,
        Line::PresenceCasing,
        Line::Railway,
        Line::RailwayCasing,
        Line::Sphere,
        Line::SphereCasing,
        Line::Differs,
        Line::DiffersCasing,
        Line::LabelHalo,
        Line::PlaceMarker,
        Line::River,
    ];

    /// Its name in the picture's `data-line` attribute (and the tests).
    pub fn id(self) -> &'static str {
        match self {
            Line::PieceEdge => "piece-edge",
            Line::Coast => "coast",
            Line::Border => "border",
            Line::BorderCasing => "border-casing",
            Line::UncertainBorder => "uncertain-border",
            Line::UncertainBorderCasing => "uncertain-border-casing",
            Line::Presence => "presence",
            Line::PresenceCasing => "presence-casing",
            Line::Railway => "railway",
            Line::RailwayCasing => "railway-casing",
            Line::Sphere => "sphere",
            Line::SphereCasing => "sphere-casing",
            Line::Differs => "differs",
            Line::DiffersCasing => "differs-casing",
            Line::LabelHalo => "label-halo",
            Line::PlaceMarker => "place-marker",
            Line::River => "river",
        }
    }
}

/// How a line is stroked (its colour comes from `style`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Width in screen pixels.
    pub width: f64,
    /// Dashes and gaps in pixels (`"8 4"`), or solid.
    pub dash: Option<&'static str>,
    /// Round ends (dots need them), or the default butt ends.
    pub round: bool,
    /// Opacity below 1 lets the land show through a casing.
    pub opacity: f64,
}

impl Stroke {
    const fn solid(width: f64) -> Stroke {
        Stroke {
            width,
            dash: None,
            round: false,
            opacity: 1.0,
        }
    }

    const fn dashed(width: f64, dash: &'static str) -> Stroke {
        Stroke {
            width,
            dash: Some(dash),
            round: false,
            opacity: 1.0,
        }
    }

    const fn dotted(width: f64, dash: &'static str) -> Stroke {
        Stroke {
            width,
            dash: Some(dash),
            round: true,
            opacity: 1.0,
        }
    }

    const fn rounded(self) -> Stroke {
        Stroke {
            round: true,
            ..self
        }
    }

    /// `stroke-width` as an attribute value.
    pub fn width_attr(&self) -> String {
        format!("{}", self.width)
    }

    /// `stroke-dasharray` as an attribute value (`none` when solid).
    pub fn dash_attr(&self) -> &'static str {
        self.dash.unwrap_or("none")
    }

    /// `stroke-linecap` as an attribute value.
    pub fn cap_attr(&self) -> &'static str {
        if self.round {
            "round"
        } else {
            "butt"
        }
    }

    /// The stroke's attributes as the picture writes them (after a space).
    ///
    /// ```
    /// use atlas_core::carto::paint::{stroke, Line, PaintMode};
    /// assert_eq!(
    ///     stroke(Line::Railway, PaintMode::Screen).svg_attributes(),
    ///     r#" stroke-width="3" stroke-dasharray="8 4""#
    /// );
    /// ```
    pub fn svg_attributes(&self) -> String {
        let mut out = format!(r#" stroke-width="{}""#, self.width);
        if let Some(d) = self.dash {
            out.push_str(&format!(r#" stroke-dasharray="{d}""#));
        }
        if self.round {
            out.push_str(r#" stroke-linecap="round""#);
        }
        if self.opacity < 1.0 {
            out.push_str(&format!(r#" stroke-opacity="{}""#, self.opacity));
        }
        out
    }
}

/// How `line` is stroked in `mode`: the one table both renderers read.
pub fn stroke(line: Line, mode: PaintMode) -> Stroke {
    // Paper shows a picture at about half its size: its lines are those of the screen, which
    // the printer then halves; the projector's are heavier.
    let present = mode == PaintMode::Present;
    let pick = |screen: f64, projector: f64| if present { projector } else { screen };
    match line {
        Line::PieceEdge => Stroke::solid(pick(0.7, 1.2)),
        Line::Coast => Stroke::solid(pick(0.8, 1.3)),
        // Borders end round, so they meet cleanly where several join.
        Line::Border => Stroke::solid(pick(1.6, 3.0)).rounded(),
        Line::BorderCasing => Stroke::solid(pick(3.6, 6.5)).rounded(),
        Line::UncertainBorder => Stroke::dotted(pick(3.4, 4.4), "0.1 6"),
        Line::UncertainBorderCasing => Stroke::solid(pick(4.8, 6.5)).rounded(),
        Line::Presence => Stroke::dashed(pick(3.0, 4.0), "8 5"),
        Line::PresenceCasing => Stroke::solid(pick(5.0, 6.5)),
        Line::Railway => Stroke::dashed(pick(3.0, 4.5), "8 4"),
        Line::RailwayCasing => Stroke::solid(pick(5.5, 8.0)),
        Line::Sphere => Stroke::dotted(pick(5.0, 7.0), if present { "0.1 12" } else { "0.1 9" }),
        Line::SphereCasing => Stroke {
            opacity: 0.85,
            ..Stroke::solid(pick(7.0, 9.0))
        },
        Line::Differs => Stroke::dashed(pick(2.5, 3.5), "7 4"),
        Line::DiffersCasing => Stroke::solid(pick(6.0, 8.0)),
        Line::LabelHalo => Stroke::solid(pick(3.5, 4.5)),
        Line::PlaceMarker => Stroke::solid(pick(1.6, 2.2)),
        // Thinner than a border, so a river that is a border reads as the border.
        Line::River => Stroke::solid(pick(1.4, 2.2)).rounded(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_a_projector_every_line_is_at_least_as_heavy_and_casings_stay_wider_than_their_lines() {
        for line in Line::ALL {
            assert!(
                stroke(line, PaintMode::Present).width >= stroke(line, PaintMode::Screen).width,
                "{line:?}"
            );
        }
        for mode in [PaintMode::Screen, PaintMode::Present, PaintMode::Print] {
            for (line, casing) in [
                (Line::Border, Line::BorderCasing),
                (Line::UncertainBorder, Line::UncertainBorderCasing),
                (Line::Presence, Line::PresenceCasing),
                (Line::Railway, Line::RailwayCasing),
                (Line::Sphere, Line::SphereCasing),
                (Line::Differs, Line::DiffersCasing),
            ] {
                assert!(
                    stroke(casing, mode).width > stroke(line, mode).width,
                    "{line:?} in {mode:?}"
                );
            }
        }
    }
}
