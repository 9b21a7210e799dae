//! The pieces, twice over: a layer of colours (who held each piece, and the piece's button) and
//! a layer of status patterns and troops present over it. The list of pieces never changes, so
//! each is a plain list of views with reactive attributes inside, not a keyed `<For/>`: when the
//! date moves, only the pieces whose control changed see an attribute write.

use super::super::model::MapModel;
use super::super::state::AppState;
use super::paint::Paint;
use super::zoom::ZoomHandlers;
use crate::carto::paint::Line;
use crate::carto::style::{
    control_fill, power_colour, status_fill, Ink, BACKDROP, CONTEXT_OPACITY,
};
use crate::model::Power;
use leptos::prelude::*;

/// Each piece filled with its controller's colour: a button that opens its card.
#[component]
pub fn PieceColours(model: MapModel, handlers: ZoomHandlers) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let pieces = model
        .scene
        .pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let piece = model.pieces[i];
            let control = piece.control;
            let power = move || control.get().map_or("none", |c| c.power.id());
            let status = move || control.get().map_or("none", |c| c.status.id());
            let sovereign = move || {
                control
                    .get()
                    .map(|c| c.sovereign.to_string())
                    .unwrap_or_default()
            };
            let fill = Memo::new(move |_| {
                control.get().map_or_else(
                    || BACKDROP.to_string(),
                    |c| control_fill(c.power, c.sovereign),
                )
            });
            let m = model.clone();
            let label = move || {
                let words = state.words();
                match control.get() {
                    Some(c) => words.piece_label(
                        &piece.name.get(),
                        &m.holder_words(&c, words),
                        c.status,
                        c.presence,
                    ),
                    None => piece.name.get(),
                }
            };
            let title = label.clone();
            let quiz_model = model.clone();
            let select = move || {
                // A "where" question waiting for its answer takes the click as the answer.
                if !handlers.was_drag()
                    && !crate::ui::lesson::quiz::piece_clicked(state, &quiz_model, i)
                {
                    state.selected.set(Some(i));
                }
            };
            view! {
                <use
                    class="piece"
                    href=format!("#shape-{}", p.id)
                    fill=move || fill.get()
                    // A hairline of the fill's own colour closes the anti-aliasing seams between
                    // neighbours held alike.
                    stroke=move || fill.get()
                    fill-opacity=p.context.then_some(CONTEXT_OPACITY)
                    stroke-opacity=p.context.then_some(CONTEXT_OPACITY)
                    data-piece=p.id.clone()
                    data-region=p.region.clone()
                    data-power=power
                    data-status=status
                    data-sovereign=sovereign
                    tabindex="0"
                    role="button"
                    aria-label=label
                    aria-pressed=move || (state.selected.get() == Some(i)).to_string()
                    on:click=move |_| select()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        // A button's own keys, as a <button> would have them.
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            state.selected.set(Some(i));
                        }
                    }
                >
                    <title>{title}</title>
                </use>
            }
        })
        .collect_view();
    view! { <g class="pieces" stroke-width=move || paint.width(Line::PieceEdge)>{pieces}</g> }
}

/// Each piece's status pattern (leased, occupied, …) and the dashes of troops present.
#[component]
pub fn PieceStatuses(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let paint = Paint::of(state);
    let patterns = model
        .scene
        .pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let control = model.pieces[i].control;
            let href = format!("#shape-{}", p.id);
            let status = move || control.get().map_or("none", |c| c.status.id());
            let presence = move || control.get().and_then(|c| c.presence);
            // The troops' colour alone may be faint on the land under it (Japan's pink on China's
            // gold is 2:1), so the dashes run over a casing in the ink that contrasts with the land.
            let casing = move || {
                control
                    .get()
                    .and_then(|c| c.presence.map(|_| Ink::over(c.power).colour()))
                    .unwrap_or("none")
            };
            view! {
                <use class="presence-casing" href=href.clone() fill="none" stroke=casing
                    stroke-width=move || paint.width(Line::PresenceCasing)></use>
                <use class="status" href=href data-status=status
                    fill=move || control.get().map_or_else(|| "none".to_string(), |c| status_fill(c.power, c.status))
                    data-presence=move || presence().map(Power::id)
                    stroke=move || presence().map_or("none", power_colour)
                    stroke-width=move || paint.width(Line::Presence) stroke-dasharray=move || paint.dash(Line::Presence)></use>
            }
        })
        .collect_view();
    view! { <g class="statuses" aria-hidden="true">{patterns}</g> }
}
