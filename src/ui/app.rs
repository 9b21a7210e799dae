//! The page: title and date, map, legend and slider, and the link kept in step with the date.

use super::{legend::Legend, map::MapView, slider::DateSlider};
use crate::carto::scene::Scene;
use crate::data::Atlas;
use crate::link::{fragment_for, read_fragment};
use crate::model::Date;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// The whole page.
#[component]
pub fn App(
    /// The validated data.
    atlas: Atlas,
) -> impl IntoView {
    let atlas = Arc::new(atlas);
    // Projected and path-built once; the date never touches it.
    let scene = Arc::new(Scene::build(&atlas));

    let linked = read_fragment(&location_hash());
    let date = RwSignal::new(linked.date);
    let notice = RwSignal::new(linked.notice);

    keep_link_in_step(date);
    // Someone edits the address bar, or follows a link to another date on the same page.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let l = read_fragment(&location_hash());
        if l.date != date.get_untracked() {
            date.set(l.date);
        }
        notice.set(l.notice);
    });

    let latest_event = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let d = date.get();
            let events = atlas.timeline.events();
            let i = events.partition_point(|e| e.date <= d);
            i.checked_sub(1)
                .map(|i| (events[i].title.clone(), events[i].date))
        })
    };

    view! {
        <header class="top">
            <h1>"Frontier Atlas" <span class="subtitle">"Northeast Asia, 1855–1922"</span></h1>
            <div class="when" aria-live="polite">
                <span class="year">{move || date.get().year()}</span>
                <span class="day">{move || date.get().long_form()}</span>
            </div>
        </header>
        {move || notice.get().map(|text| view! {
            <div class="notice" role="status">
                <span>{text}</span>
                <button type="button" on:click=move |_| notice.set(None)>"Dismiss"</button>
            </div>
        })}
        <main class="stage">
            <MapView scene=scene.clone() atlas=atlas.clone() date=date.read_only() />
            <aside class="side">
                <Legend />
                <p class="latest">
                    {move || latest_event.get().map(|(title, d)| view! {
                        <span class="latest-label">"Latest change: "</span>
                        <strong>{title}</strong>
                        <span class="latest-date">{format!(" ({})", d.long_form())}</span>
                    })}
                </p>
            </aside>
        </main>
        <footer class="controls">
            <DateSlider date=date />
        </footer>
    }
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Writes `#date=…` a moment after the date stops moving: replacing the history entry on every
/// slider step would trip the browser's navigation throttle and flood the history.
fn keep_link_in_step(date: RwSignal<Date>) {
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |_| {
        let d = date.get();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                let want = fragment_for(d);
                if location_hash() != want {
                    let _ = window().history().and_then(|h| {
                        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&want))
                    });
                }
            },
            Duration::from_millis(200),
        )
        .ok();
        pending.set_value(handle);
    });
}
