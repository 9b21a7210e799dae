//! The page: the date, the map with its cards and legend, and the timeline; the link kept in step.

use super::cards::{EventCard, PieceCard};
use super::dom::typing_into_field;
use super::legend::Legend;
use super::link_sync;
use super::map::MapView;
use super::model::MapModel;
use super::state::AppState;
use super::timeline::Timeline;
use crate::data::Atlas;
use crate::link::ViewSpec;
use leptos::prelude::*;
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App(
    /// The validated data.
    atlas: Atlas,
) -> impl IntoView {
    let atlas = Arc::new(atlas);
    let projection = crate::carto::frame::projection();
    let (link, notices) = link_sync::initial();
    let focus = match link.view {
        ViewSpec::Focus(v) => Some(v),
        _ => None,
    };
    let state = AppState::new(
        link.date,
        link_sync::viewport_for(link.view, &projection),
        focus,
        notices,
    );
    provide_context(state);
    // Projected and path-built once; the date never touches it.
    let model = MapModel::new(atlas, state);
    provide_context(model.clone());
    link_sync::install(state, projection);
    announce_changes(state, &model);
    step_keys(state, &model);

    let words = move || state.words();
    view! {
        <header class="top">
            <h1>{move || words().app_name()} " " <span class="subtitle">{move || words().app_subtitle()}</span></h1>
            <p class="when">
                <span class="year">{move || state.date.get().year()}</span>
                <span class="day">{move || words().long_date(state.date.get())}</span>
            </p>
        </header>
        <Notices />
        <main class="stage">
            <MapView />
            <aside class="side">
                <PieceCard />
                <EventCard />
                <Legend />
            </aside>
        </main>
        <footer class="controls">
            <Timeline />
        </footer>
        <div class="visually-hidden" aria-live="polite" id="announcer">{move || state.announce.get()}</div>
    }
}

/// Notices about a link that was not followed as written, each dismissable.
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let words = state.words();
        state
            .notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                view! {
                    <div class="notice" role="status">
                        <span>{words.link_notice(&n)}</span>
                        <button type="button" on:click=move |_| state.notices.update(|ns| { ns.remove(i); })>
                            {words.dismiss()}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// When the date lands on a change (by any means), the polite live region says which.
fn announce_changes(state: AppState, model: &MapModel) {
    let atlas = model.atlas.clone();
    Effect::new(move |_| {
        let d = state.date.get();
        let events = atlas.timeline.events_in_force(d);
        if let Some(first) = events.first().map(|i| &atlas.timeline.events()[*i]) {
            if first.date == d {
                let lang = state.lang.get_untracked();
                let titles: Vec<&str> = events
                    .iter()
                    .map(|i| atlas.timeline.events()[*i].title.get(lang.id()))
                    .collect();
                state
                    .announce
                    .set(lang.words().stepped_onto(d, &titles.join("; ")));
            }
        }
    });
}

/// `[` and `]` step to the previous and next change from anywhere on the page.
fn step_keys(state: AppState, model: &MapModel) {
    let atlas = model.atlas.clone();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_into_field(&ev) {
            return;
        }
        let d = state.date.get_untracked();
        let target = match ev.key().as_str() {
            "]" => atlas.timeline.next_event_date(d),
            "[" => atlas.timeline.previous_event_date(d),
            _ => return,
        };
        ev.prevent_default();
        if let Some(t) = target {
            super::timeline::step(state, &atlas, t);
        }
    });
}
