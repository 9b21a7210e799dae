//! The SVG map: the frame, its gestures and its layers in drawing order (backdrop, piece colours,
//! status patterns, spheres, coast, borders, railways, highlights, then the names over it all).
//! Each layer is a component of its own file; this one only stacks them.

mod highlights;
mod inset;
mod lines;
pub(super) mod names;
mod paint;
pub mod patterns;
mod pieces;
pub(super) mod zoom;

use super::model::MapModel;
use super::state::AppState;
use crate::carto::frame;
use crate::carto::paint::Line;
use crate::carto::style::{BACKDROP, COAST, SEA};
use highlights::Highlights;
use leptos::prelude::*;
use lines::{Borders, Railways, Rivers, Spheres};
use names::Names;
use paint::Paint;

use patterns::PatternDefs;
use pieces::{PieceColours, PieceStatuses};
use zoom::{MapTools, ZoomHandlers};

/// The map, with its zoom and focus tools; or, with `second`, the map of the second date when
/// comparing, which draws with the first map's shapes and patterns (one copy of each in the page)
/// and shares its view.
#[component]
pub fn MapView(
    /// The model to draw: the page's unless given.
    #[prop(optional)]
    model: Option<MapModel>,
    /// Whether this is the second map, beside the first.
    #[prop(optional)]
    second: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = model.unwrap_or_else(expect_context::<MapModel>);
    let scene = model.scene.clone();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let handlers = ZoomHandlers::new(state, svg_ref);
    if !second {
        handlers.watch_size();
    }
    // A screen pixel in map units, for strokes and hatching that keep their size when zoomed.
    let unit = Signal::derive(move || 1.0 / (state.viewport.get().k * state.frame_scale.get()));
    let paint = Paint::of(state);

    let backdrop = scene
        .backdrop
        .iter()
        .map(|d| view! { <path class="backdrop" d=d.clone() fill=BACKDROP /> })
        .collect_view();
    // Each piece's outline is written once, into <defs>; <use> layers draw it, one filled with
    // the controller's colour, one with the status pattern, so the geometry is in the DOM once.
    let shapes = scene
        .pieces
        .iter()
        .map(|p| view! { <path id=format!("shape-{}", p.id) d=p.d.clone() vector-effect="non-scaling-stroke" /> })
        .collect_view();
    let date = model.date;
    let aria = move || {
        let words = state.words();
        if second {
            words.compare_map_label(date.get())
        } else {
            words.map_label(date.get())
        }
    };
    // The first map holds the only copy of the shapes and patterns; the second uses them.
    let defs = (!second).then(|| {
        view! {
            <PatternDefs prefix="" unit=unit />
            // The callouts' patterns, in the names' layer, whose units are screen pixels.
            <PatternDefs prefix="co-" unit=1.0 />
            <defs>{shapes}</defs>
        }
    });
    let caption = move || {
        state
            .compare
            .get()
            .map(|_| view! { <figcaption class="map-date">{state.words().long_date(date.get())}</figcaption> })
    };

    view! {
        <figure class="map" class:second=second>
            {caption}
            <svg class="map-svg" viewBox=frame::view_box() node_ref=svg_ref tabindex="0" role="group"
                aria-label=aria aria-describedby="map-help" preserveAspectRatio="xMidYMid meet"
                on:wheel=move |ev| handlers.wheel(ev)
                on:pointerdown=move |ev| handlers.pointer_down(ev)
                on:pointermove=move |ev| handlers.pointer_move(ev)
                on:pointerup=move |ev| handlers.pointer_up(ev)
                on:pointercancel=move |ev| handlers.pointer_up(ev)>
                {defs}
                // The sea reaches past the frame: a wide window shows more than the frame.
                <rect class="sea" x=-frame::WIDTH y=-frame::HEIGHT width=3.0 * frame::WIDTH height=3.0 * frame::HEIGHT fill=SEA />
                <g class="viewport" transform=move || state.viewport.get().transform()>
                    <g class="backdrop-layer">{backdrop}</g>
                    <PieceColours model=model.clone() handlers=handlers />
                    <PieceStatuses model=model.clone() />
                    <Spheres model=model.clone() />
                    <Rivers model=model.clone() />
                    <path class="coast" d=scene.coast.clone() stroke=COAST stroke-width=move || paint.width(Line::Coast) />
                    <Borders model=model.clone() />
                    <Railways model=model.clone() />
                    <Highlights model=model.clone() second=second />
                </g>
                <Names model=model.clone() />
                <inset::Inset model=model />
            </svg>
            {(!second).then(|| view! {
                <MapTools />
                <p id="map-help" class="visually-hidden">{move || state.words().map_help()}</p>
            })}
        </figure>
    }
}
