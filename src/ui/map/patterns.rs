//! The SVG patterns of the style table: one per way of holding land in each ink, and the stripes
//! of each condominium pair. Drawn from `carto::style`, so the map, the legend and an export
//! cannot disagree.

use crate::carto::style::{
    condominium_pattern, power_colour, status_pattern, status_pattern_id, Ink, Mark,
    CONDOMINIUM_PAIRS,
};
use crate::model::{Sovereigns, Status};
use leptos::prelude::*;

/// Pattern definitions with ids prefixed by `prefix` (the map uses none, the legend its own, so
/// zooming the map does not rescale the legend). `unit` is the size of a screen pixel in the
/// user units of the shapes that use them, so hatching keeps its on-screen size when zoomed.
#[component]
pub fn PatternDefs(
    /// Prefix for every id (`""` on the map).
    prefix: &'static str,
    /// User units per screen pixel where the patterns are used.
    #[prop(into)]
    unit: Signal<f64>,
) -> impl IntoView {
    let statuses = Status::ALL
        .into_iter()
        .filter_map(|s| status_pattern(s).map(|p| (s, p)))
        .flat_map(|(s, p)| Ink::ALL.into_iter().map(move |ink| (s, p.clone(), ink)))
        .map(|(s, p, ink)| {
            let marks = p
                .marks
                .iter()
                .map(|m| match *m {
                    Mark::Line([x1, y1], [x2, y2], w) => view! {
                        <line x1=x1 y1=y1 x2=x2 y2=y2 stroke=ink.colour() stroke-width=w stroke-linecap="square" />
                    }
                    .into_any(),
                    Mark::Dot([cx, cy], r) => view! { <circle cx=cx cy=cy r=r fill=ink.colour() /> }.into_any(),
                })
                .collect_view();
            let rotate = p.rotate;
            view! {
                <pattern id=format!("{prefix}{}", status_pattern_id(s, ink)) width=p.size height=p.size
                    patternUnits="userSpaceOnUse"
                    patternTransform=move || format!("scale({:.5}) rotate({rotate})", unit.get())>
                    {marks}
                </pattern>
            }
        })
        .collect_view();
    let stripes = CONDOMINIUM_PAIRS
        .into_iter()
        .map(|(a, b)| {
            let id = condominium_pattern(Sovereigns::one(a).with(b)).unwrap_or_default();
            view! {
                <pattern id=format!("{prefix}{id}") width="12" height="12" patternUnits="userSpaceOnUse"
                    patternTransform=move || format!("scale({:.5}) rotate(45)", unit.get())>
                    <rect width="6" height="12" fill=power_colour(a) />
                    <rect x="6" width="6" height="12" fill=power_colour(b) />
                </pattern>
            }
        })
        .collect_view();
    view! { <defs>{statuses}{stripes}</defs> }
}
