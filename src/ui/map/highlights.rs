//! Outlines over the pieces: what differs between the two dates when comparing, what a step just
//! changed (for a moment), and the piece whose card is open. Each reuses the piece's shape.

use super::super::model::MapModel;
use super::super::state::AppState;
use super::paint::Paint;
use crate::carto::paint::Line;
use leptos::prelude::*;

/// The three outline layers, in drawing order.
#[component]
pub fn Highlights(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let ids: Vec<String> = model.scene.pieces.iter().map(|p| p.id.clone()).collect();
    let id = move |i: usize| ids[i].clone();
    let differs = {
        let id = id.clone();
        move || {
            state
                .differs
                .get()
                .into_iter()
                .map(|i| {
                    let href = format!("#shape-{}", id(i));
                    view! {
                        <use class="differs-casing" href=href.clone() stroke-width=move || paint.width(Line::DiffersCasing) />
                        <use class="differs" href=href data-differs=id(i)
                            stroke-width=move || paint.width(Line::Differs) stroke-dasharray=move || paint.dash(Line::Differs) />
                    }
                })
                .collect_view()
        }
    };
    let flash = {
        let id = id.clone();
        move || {
            let (generation, pieces) = state.flash.get();
            pieces
                .into_iter()
                .map(|i| view! { <use class="flash" href=format!("#shape-{}", id(i)) data-flash=generation /> })
                .collect_view()
        }
    };
    let selected = move || {
        state
            .selected
            .get()
            .map(|i| view! { <use class="selected" href=format!("#shape-{}", id(i)) /> })
    };
    view! {
        <g class="differences">{differs}</g>
        <g class="flashes">{flash}</g>
        <g class="selection">{selected}</g>
    }
}
