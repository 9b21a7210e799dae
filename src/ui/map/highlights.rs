//! Outlines over the pieces: what differs between the two dates when comparing, what a step just
//! changed (for a moment), and the piece whose card is open. Each reuses the piece's shape.

use super::super::model::MapModel;
use super::super::state::AppState;
use super::paint::Paint;
use crate::carto::frame;
use crate::carto::paint::Line;
use leptos::prelude::*;

/// The three outline layers, in drawing order.
#[component]
pub fn Highlights(
    model: MapModel,
    /// Whether these are the second map's (their masks' ids differ from the first's).
    #[prop(optional)]
    second: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let ids: Vec<String> = model.scene.pieces.iter().map(|p| p.id.clone()).collect();
    let id = move |i: usize| ids[i].clone();
    // What differs, one outline per area (Kwantung's five pieces as one shape): each area's
    // pieces stroked at twice the width, under a mask that hides the inside of their union, so
    // only the outer half of the stroke shows, round the whole area, and no inner edge.
    let areas = model.atlas.areas.clone();
    let differs = {
        let id = id.clone();
        move || {
            let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
            for p in state.differs.get() {
                let a = areas.index_of_piece(p);
                match groups.iter_mut().find(|(g, _)| *g == a) {
                    Some((_, pieces)) => pieces.push(p),
                    None => groups.push((a, vec![p])),
                }
            }
            groups
                .into_iter()
                .map(|(a, pieces)| {
                    let area = areas.all()[a].id.clone();
                    let mask = format!("differs-{}-{area}", if second { 2 } else { 1 });
                    let hide = pieces
                        .iter()
                        .map(|&p| view! { <use href=format!("#shape-{}", id(p)) fill="black" /> })
                        .collect_view();
                    let casings = pieces
                        .iter()
                        .map(|&p| view! { <use class="differs-casing" href=format!("#shape-{}", id(p))
                            stroke-width=move || paint.double_width(Line::DiffersCasing) /> })
                        .collect_view();
                    let lines = pieces
                        .iter()
                        .map(|&p| view! { <use class="differs" href=format!("#shape-{}", id(p)) data-differs=id(p)
                            stroke-width=move || paint.double_width(Line::Differs) stroke-dasharray=move || paint.dash(Line::Differs) /> })
                        .collect_view();
                    view! {
                        <mask id=mask.clone() maskUnits="userSpaceOnUse" x=-frame::WIDTH y=-frame::HEIGHT
                            width=3.0 * frame::WIDTH height=3.0 * frame::HEIGHT>
                            <rect x=-frame::WIDTH y=-frame::HEIGHT width=3.0 * frame::WIDTH height=3.0 * frame::HEIGHT fill="white" />
                            {hide}
                        </mask>
                        <g class="differs-area" data-differs-outline=area mask=format!("url(#{mask})")>
                            {casings}
                            {lines}
                        </g>
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
