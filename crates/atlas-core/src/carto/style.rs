//! How the map paints control: one colour per power, one pattern per way of holding land, the
//! pairs of a condominium. Stated once here and used by the map, the legend and any export, so
//! the three cannot drift apart. Everything is an SVG attribute value, not CSS, so a drawn map is
//! self-contained.
//!
//! The colours differ in lightness as well as hue (relative luminance China 0.62, Mongolia 0.42,
//! Japan 0.29, Britain 0.20, Korea 0.15, Germany 0.09, Russia 0.05), so Japan and Russia stay apart under red–green colour
//! blindness; `tests` checks every pair under simulated protanopia, deuteranopia and tritanopia.

use crate::model::{Power, Sovereigns, Status};

/// The colour that shows a power's control.
pub fn power_colour(p: Power) -> &'static str {
    match p {
        Power::China => "#f6c945",
        Power::Japan => "#f0707f",
        Power::Korea => "#5a5fcf",
        Power::Russia => "#14492f",
        Power::Mongolia => "#c0a0e0",
        // Ochre and plum, set in the lightness ladder between Korea and Japan, and between
        // Russia and Korea, and at least ΔE 30 from every other colour under each simulation.
        Power::Britain => "#a87020",
        Power::Germany => "#684880",
        // Only drawn through a condominium pattern; this grey never reaches the map.
        Power::Shared => "#9a9a9a",
    }
}

/// The colour of a railway run by a power: its map colour, but China's gold darkened so the line
/// shows on Chinese land.
pub fn railway_colour(p: Power) -> &'static str {
    match p {
        Power::China => "#8a6200",
        other => power_colour(other),
    }
}

/// Whether pattern strokes on a power's colour are drawn dark or light, whichever contrasts more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// Near-black strokes, on the light colours.
    Dark,
    /// White strokes, on the dark colours.
    Light,
}

impl Ink {
    /// The ink for patterns drawn over `p`'s colour.
    pub fn over(p: Power) -> Ink {
        if relative_luminance(power_colour(p)) > 0.18 {
            Ink::Dark
        } else {
            Ink::Light
        }
    }

    /// The stroke colour.
    pub fn colour(self) -> &'static str {
        match self {
            Ink::Dark => "#111111",
            Ink::Light => "#ffffff",
        }
    }

    /// Identifier used in pattern ids.
    pub fn id(self) -> &'static str {
        match self {
            Ink::Dark => "dark",
            Ink::Light => "light",
        }
    }

    /// Both inks.
    pub const ALL: [Ink; 2] = [Ink::Dark, Ink::Light];
}

/// The condominiums the map can draw, as (first, second) in `Power` order. Validation refuses an
/// event whose sovereign pair is not here, so no piece can end up without a fill.
pub const CONDOMINIUM_PAIRS: [(Power, Power); 2] =
    [(Power::China, Power::Russia), (Power::Japan, Power::Russia)];

/// The id of the striped pattern for a pair of sovereigns, if the map has one.
pub fn condominium_pattern(sovereign: Sovereigns) -> Option<String> {
    let pair: Vec<Power> = sovereign.iter().collect();
    CONDOMINIUM_PAIRS
        .iter()
        .find(|(a, b)| pair == [*a, *b])
        .map(|(a, b)| format!("shared-{}-{}", a.id(), b.id()))
}

/// The `fill` of a piece held by `power` with these sovereigns: a colour, or a stripe pattern for
/// a condominium.
pub fn control_fill(power: Power, sovereign: Sovereigns) -> String {
    match power {
        Power::Shared => condominium_pattern(sovereign).map_or_else(
            || power_colour(Power::Shared).to_string(),
            |id| format!("url(#{id})"),
        ),
        p => power_colour(p).to_string(),
    }
}

/// Land around the story keeps its holder's colour but steps back: this fill opacity.
pub const CONTEXT_OPACITY: &str = "0.45";
/// The sea.
pub const SEA: &str = "#dbe7ef";
/// A river: a clear mid blue, darker than the sea and lighter than Russia's green, and in hue
/// away from Korea's violet.
pub const RIVER: &str = "#2f86c9";
/// A river's name, in the seas' blue-grey (italic, like theirs).
pub const RIVER_NAME: &str = "#2d5c80";
/// Land drawn for context without a holder (none since Outer Mongolia became a piece), and the
/// fill of a piece on a day no event covers (validation makes that impossible).
pub const BACKDROP: &str = "#e4e1da";
/// Lines between pieces held differently.
pub const BORDER: &str = "#1b1f24";
/// The pale line under every border, so it shows on dark land too.
pub const BORDER_CASING: &str = "#f4f1ea";
/// Coasts and the edge of the drawn land.
pub const COAST: &str = "#6d8499";

/// One mark of a pattern tile, in screen pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A line from one point to another, of the given width.
    Line([f64; 2], [f64; 2], f64),
    /// A dot of the given radius.
    Dot([f64; 2], f64),
}

/// A repeating tile drawn over a piece to show how it was held.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The tile's side, in screen pixels.
    pub size: f64,
    /// Rotation of the tile, in degrees.
    pub rotate: f64,
    /// What is drawn on the tile.
    pub marks: Vec<Mark>,
}

/// The pattern for a way of holding land; `None` for land held outright or jointly (a
/// condominium shows in its stripes).
pub fn status_pattern(s: Status) -> Option<Pattern> {
    let line = |w: f64| vec![Mark::Line([0.0, 0.0], [0.0, 10.0], w)];
    Some(match s {
        Status::Sovereign | Status::Condominium => return None,
        Status::Lease => Pattern {
            size: 8.0,
            rotate: 45.0,
            marks: line(2.2),
        },
        Status::Occupation => Pattern {
            size: 9.0,
            rotate: 45.0,
            marks: vec![
                Mark::Line([0.0, 0.0], [0.0, 9.0], 1.8),
                Mark::Line([0.0, 0.0], [9.0, 0.0], 1.8),
            ],
        },
        Status::Protectorate => Pattern {
            size: 9.0,
            rotate: 0.0,
            marks: vec![Mark::Dot([4.5, 4.5], 2.0)],
        },
        Status::NeutralZone => Pattern {
            size: 11.0,
            rotate: 0.0,
            marks: vec![Mark::Line([0.0, 5.5], [6.0, 5.5], 2.2)],
        },
        Status::Enclave => Pattern {
            size: 8.0,
            rotate: -45.0,
            marks: line(2.2),
        },
    })
}

/// The id of the pattern for a status in an ink: `hatch-lease-dark`.
pub fn status_pattern_id(s: Status, ink: Ink) -> String {
    format!("hatch-{}-{}", s.id(), ink.id())
}

/// The `fill` of a piece's pattern layer: the status pattern in the ink that shows on the
/// holder's colour, or `none`.
pub fn status_fill(power: Power, status: Status) -> String {
    // Over a condominium's stripes (none has a pattern today) dark ink is the safer choice.
    let ink = if power == Power::Shared {
        Ink::Dark
    } else {
        Ink::over(power)
    };
    match status_pattern(status) {
        Some(_) => format!("url(#{})", status_pattern_id(status, ink)),
        None => "none".to_string(),
    }
}

/// Relative luminance (WCAG 2) of a `#rrggbb` colour.
pub fn relative_luminance(hex: &str) -> f64 {
    let [r, g, b] = linear_rgb(hex);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG contrast ratio between two `#rrggbb` colours.
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Linear-light sRGB components of a `#rrggbb` colour.
pub fn linear_rgb(hex: &str) -> [f64; 3] {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(1), channel(3), channel(5)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB.
    const SIMULATIONS: [(&str, [[f64; 3]; 3]); 3] = [
        (
            "protanopia",
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
        ),
        (
            "deuteranopia",
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        ),
        (
            "tritanopia",
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ),
    ];

    /// CIE L*a*b* (D65) of linear RGB.
    fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    fn apply(m: &[[f64; 3]; 3], c: [f64; 3]) -> [f64; 3] {
        let row = |i: usize| (m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]).clamp(0.0, 1.0);
        [row(0), row(1), row(2)]
    }

    const POWERS: [Power; 7] = [
        Power::China,
        Power::Japan,
        Power::Korea,
        Power::Russia,
        Power::Mongolia,
        Power::Britain,
        Power::Germany,
    ];

    #[test]
    fn every_pair_of_powers_stays_apart_under_colour_blindness() {
        // ΔE*ab of 20 is an obvious difference side by side on a map.
        for (name, m) in &SIMULATIONS {
            for (i, a) in POWERS.iter().enumerate() {
                for b in &POWERS[i + 1..] {
                    let (la, lb) = (
                        lab(apply(m, linear_rgb(power_colour(*a)))),
                        lab(apply(m, linear_rgb(power_colour(*b)))),
                    );
                    let d = ((la[0] - lb[0]).powi(2)
                        + (la[1] - lb[1]).powi(2)
                        + (la[2] - lb[2]).powi(2))
                    .sqrt();
                    assert!(
                        d >= 20.0,
                        "{a:?} and {b:?} are only ΔE {d:.1} apart under {name}"
                    );
                }
            }
        }
    }

    #[test]
    fn powers_differ_in_lightness_not_only_in_hue() {
        // Japan against Russia was 0.165 against 0.197: indistinguishable in grey.
        let ratio = contrast_ratio(power_colour(Power::Japan), power_colour(Power::Russia));
        assert!(ratio >= 3.0, "Japan/Russia lightness contrast {ratio:.2}");
        let mut l: Vec<f64> = POWERS
            .iter()
            .map(|p| relative_luminance(power_colour(*p)))
            .collect();
        l.sort_by(f64::total_cmp);
        for w in l.windows(2) {
            assert!(
                // Seven colours between pale yellow and dark green leave room for 1.25:1 steps.
                (w[1] + 0.05) / (w[0] + 0.05) >= 1.25,
                "two powers too close in lightness: {l:?}"
            );
        }
    }

    #[test]
    fn patterns_contrast_at_least_three_to_one_with_the_colour_under_them() {
        for p in POWERS {
            let ink = Ink::over(p);
            let ratio = contrast_ratio(ink.colour(), power_colour(p));
            assert!(ratio >= 3.0, "{p:?}: pattern contrast {ratio:.2}");
        }
    }

    #[test]
    fn borders_and_troop_outlines_contrast_three_to_one_with_any_land_or_sea() {
        // WCAG 1.4.11: a line the reader needs must stand 3:1 against what is next to it. A border
        // is a dark line on a pale casing; one of the two does, over any colour.
        assert!(contrast_ratio(BORDER, BORDER_CASING) >= 3.0);
        for c in POWERS
            .iter()
            .map(|p| power_colour(*p))
            .chain([SEA, BACKDROP])
        {
            let best = contrast_ratio(BORDER, c).max(contrast_ratio(BORDER_CASING, c));
            assert!(best >= 3.0, "a border on {c} contrasts only {best:.2}");
        }
        // Troops are outlined in their colour over a casing in the ink chosen for the land.
        for land in POWERS {
            let casing = Ink::over(land).colour();
            let ratio = contrast_ratio(casing, power_colour(land));
            assert!(ratio >= 3.0, "troop outline casing on {land:?}: {ratio:.2}");
        }
    }

    #[test]
    fn every_condominium_pair_has_a_pattern_and_others_have_none() {
        let jr = Sovereigns::one(Power::Russia).with(Power::Japan);
        assert_eq!(control_fill(Power::Shared, jr), "url(#shared-japan-russia)");
        let kj = Sovereigns::one(Power::Korea).with(Power::Japan);
        assert_eq!(condominium_pattern(kj), None);
        assert_eq!(
            control_fill(Power::Japan, Sovereigns::one(Power::Japan)),
            "#f0707f"
        );
    }

    #[test]
    fn statuses_other_than_outright_carry_a_pattern() {
        for s in Status::ALL {
            let outright = matches!(s, Status::Sovereign | Status::Condominium);
            assert_eq!(status_pattern(s).is_none(), outright, "{s:?}");
        }
        assert_eq!(
            status_fill(Power::Russia, Status::Lease),
            "url(#hatch-lease-light)"
        );
        assert_eq!(
            status_fill(Power::China, Status::NeutralZone),
            "url(#hatch-neutral_zone-dark)"
        );
    }
}
