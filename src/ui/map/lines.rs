//! The map's lines: rivers, borders where control differs, railways and the edges of spheres of
//! influence. Each is drawn once from the scene's path; the date only shows, hides or recolours.

use super::super::model::MapModel;
use super::super::state::AppState;
use super::paint::Paint;
use crate::carto::paint::{stroke, Line, PaintMode};
use crate::carto::style::{power_colour, railway_colour, BORDER, BORDER_CASING, RIVER};
use crate::model::Power;
use leptos::prelude::*;

/// Borders, shown only where the pieces on either side were held differently. Casings first,
/// then lines, so no casing covers a line. The paint is set once on each group (stroke, width,
/// dashes and ends are inherited): a group for the certain lines and one for the uncertain, so a
/// path carries only its shape and whether it is drawn, and presentation mode rewrites eight
/// attributes (a width and dashes per group), not a few hundred.
#[component]
pub fn Borders(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let scene = &model.scene;
    // The paths of one line kind: the casings (`casing`) or the lines, of the certain borders
    // or of the uncertain (`uncertain`).
    let paths = |casing: bool, uncertain: bool| {
        scene
            .borders
            .iter()
            .enumerate()
            .filter(|(_, b)| b.uncertain.is_some() == uncertain)
            .map(|(i, b)| {
                let drawn = model.borders[i];
                let confidence = b
                    .uncertain
                    .map(|u| model.atlas.uncertain_borders[u].confidence.id());
                let visibility = move || if drawn.get() { "visible" } else { "hidden" };
                if casing {
                    view! { <path class="border-casing" d=b.d.clone() data-confidence=confidence visibility=visibility /> }
                        .into_any()
                } else {
                    view! {
                        <path class="border" d=b.d.clone() data-confidence=confidence
                            data-between=format!("{} {}", scene.pieces[b.a].id, scene.pieces[b.b].id)
                            visibility=visibility />
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    // One group per line kind, painted from `carto::paint` like the picture.
    let group = move |line: Line, children: AnyView| {
        let cap = stroke(line, PaintMode::Screen).cap_attr();
        view! {
            <g stroke-width=move || paint.width(line) stroke-dasharray=move || paint.dash(line)
                stroke-linecap=cap>{children}</g>
        }
    };
    // Every line runs over a pale casing: the dark line shows on light land, the casing on dark
    // land (Russia's green), so a border contrasts 3:1 with whatever it crosses.
    view! {
        <g class="borders">
            <g class="border-casings" stroke=BORDER_CASING>
                {group(Line::BorderCasing, paths(true, false).into_any())}
                {group(Line::UncertainBorderCasing, paths(true, true).into_any())}
            </g>
            <g class="border-lines" stroke=BORDER>
                {group(Line::Border, paths(false, false).into_any())}
                {group(Line::UncertainBorder, paths(false, true).into_any())}
            </g>
        </g>
    }
}

/// Railways: a line per route, in the operating power's colour, absent before it ran.
#[component]
pub fn Railways(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let railways = model
        .scene
        .railways
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let operator = model.railways[i];
            let name = r.name.clone();
            let title = move || state.words().railway_title(&name, operator.get());
            view! {
                <g class="railway" data-railway=r.id.clone() data-operator=move || operator.get().map_or("none", Power::id)>
                    <path class="rail-casing" d=r.d.clone() stroke-width=move || paint.width(Line::RailwayCasing) />
                    <path class="rail-line" d=r.d.clone()
                        stroke=move || operator.get().map_or("none", railway_colour)
                        stroke-width=move || paint.width(Line::Railway) stroke-dasharray=move || paint.dash(Line::Railway)>
                        <title>{title}</title>
                    </path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="railways">{railways}</g> }
}

/// Spheres of influence: a chain of dots in the claimant's colour over a pale casing, along the
/// sphere's edge only, so the land under it still shows who governed it.
#[component]
pub fn Spheres(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let spheres = model
        .scene
        .spheres
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let on = model.spheres[i];
            let power = model.atlas.spheres[i].power;
            view! {
                <g class="sphere" data-sphere=s.id.clone() data-power=power.id()
                    visibility=move || if on.get() { "visible" } else { "hidden" }>
                    <path class="sphere-casing" d=s.d.clone() stroke-width=move || paint.width(Line::SphereCasing)
                        stroke-opacity=stroke(Line::SphereCasing, PaintMode::Screen).opacity />
                    <path class="sphere-line" d=s.d.clone() stroke=power_colour(power)
                        stroke-width=move || paint.width(Line::Sphere) stroke-dasharray=move || paint.dash(Line::Sphere)
                        stroke-linecap="round" />
                </g>
            }
        })
        .collect_view();
    view! { <g class="spheres" aria-hidden="true">{spheres}</g> }
}

/// The rivers the lessons name: the same on every date, drawn under the coast and the borders, so
/// where a river is the border (the Amur, the Ussuri, the Yalu, the Tumen) the border shows.
#[component]
pub fn Rivers(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let rivers = model
        .scene
        .rivers
        .iter()
        .map(|r| view! { <path class="river" data-river=r.id.clone() d=r.d.clone() /> })
        .collect_view();
    view! {
        <g class="rivers" aria-hidden="true" fill="none" stroke=RIVER stroke-linecap="round"
            stroke-linejoin="round" stroke-width=move || paint.width(Line::River)>
            {rivers}
        </g>
    }
}
