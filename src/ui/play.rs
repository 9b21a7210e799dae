//! Play: walks from the shown date through the changes at a readable pace, moving the slider to
//! each change (or jumping, where the reader asked for reduced motion), resting on it, and
//! stopping at the end or on any input.

use super::dom::prefers_reduced_motion;
use super::model::MapModel;
use super::state::AppState;
use super::steps::outline_changed;
use crate::model::Date;
use crate::words::Speed;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long the slider takes to travel to the next change, at most.
const TRAVEL_MS: f64 = 900.0;

/// The play/pause button and the speed choice.
#[component]
pub fn PlayControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let run = StoredValue::new(0u32);
    Effect::new({
        let model = model.clone();
        move |_| {
            if state.playing.get() {
                let generation = run.get_value() + 1;
                run.set_value(generation);
                advance(state, model.clone(), run, generation);
            } else {
                run.update_value(|g| *g += 1);
            }
        }
    });
    pause_on_input(state);
    let words = move || state.words();
    let options = Speed::ALL
        .into_iter()
        .map(|s| {
            view! {
                <option value=s.id() selected=move || state.speed.get() == s>{move || words().speed_name(s)}</option>
            }
        })
        .collect_view();
    view! {
        <span class="play-controls">
            <button type="button" class="play" aria-pressed=move || state.playing.get().to_string()
                on:click=move |_| state.playing.update(|p| *p = !*p)>
                <span aria-hidden="true">{move || if state.playing.get() { "❚❚ " } else { "► " }}</span>
                {move || if state.playing.get() { words().pause() } else { words().play() }}
            </button>
            <label class="speed">
                <span>{move || words().speed_label()}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(s) = Speed::ALL.into_iter().find(|s| s.id() == v) {
                        state.speed.set(s);
                    }
                }>{options}</select>
            </label>
        </span>
    }
}

/// One step of play: travel to the next change, rest, go on; stop at the end.
fn advance(state: AppState, model: MapModel, run: StoredValue<u32>, generation: u32) {
    let atlas = model.atlas.clone();
    let live = move || run.get_value() == generation && state.playing.get_untracked();
    if !live() {
        return;
    }
    let from = state.date.get_untracked();
    // Following a tour, play walks its stops; otherwise the changes of the region followed.
    if let Some(i) = state.touring.get_untracked() {
        let n = state.tour.with_untracked(|t| t.stops.len());
        if i + 1 >= n {
            state.playing.set(false);
            return;
        }
        let dwell = Duration::from_millis(u64::from(state.speed.get_untracked().dwell_ms()));
        // The first stop is shown for its own dwell before play moves on.
        set_timeout(
            move || {
                if live() {
                    super::lesson::tour::step_stop(state, &model, 1);
                    advance(state, model, run, generation);
                }
            },
            dwell,
        );
        return;
    }
    let Some(to) = state
        .filter_untracked()
        .next_after(&atlas.timeline, &atlas.areas, from)
    else {
        state.playing.set(false);
        return;
    };
    let rest = move |model: MapModel| {
        // Play replaces the history entry as it goes: Back leaves the walk, not each of its steps.
        state.date.set(to);
        outline_changed(state, &model.atlas, to);
        let dwell = Duration::from_millis(u64::from(state.speed.get_untracked().dwell_ms()));
        set_timeout(move || advance(state, model, run, generation), dwell);
    };
    if prefers_reduced_motion() {
        rest(model);
        return;
    }
    let start = super::dom::now_ms();
    let span = f64::from(to.days() - from.days());
    // Long gaps travel at the same pace as short ones feel: never more than TRAVEL_MS.
    let duration = TRAVEL_MS.min(200.0 + span / 10.0);
    travel(state, from, span, start, duration, live, move || {
        rest(model)
    });
}

fn travel(
    state: AppState,
    from: Date,
    span: f64,
    start: f64,
    duration: f64,
    live: impl Fn() -> bool + Clone + 'static,
    done: impl FnOnce() + 'static,
) {
    request_animation_frame(move || {
        if !live() {
            return;
        }
        let t = ((super::dom::now_ms() - start) / duration).clamp(0.0, 1.0);
        // Ease in and out, so the slider settles on the change.
        let eased = t * t * (3.0 - 2.0 * t);
        if t < 1.0 {
            state
                .date
                .set(Date::from_days(from.days() + (span * eased) as i32));
            travel(state, from, span, start, duration, live, done);
        } else {
            done();
        }
    });
}

/// Any press, key or wheel outside the play controls pauses play.
fn pause_on_input(state: AppState) {
    let pause = move |ev: web_sys::Event| {
        if !state.playing.get_untracked() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".play-controls").ok().flatten())
            .is_some();
        if !inside {
            state.playing.set(false);
        }
    };
    let _ = window_event_listener(leptos::ev::pointerdown, move |ev| pause(ev.into()));
    let _ = window_event_listener(leptos::ev::keydown, move |ev| pause(ev.into()));
    let _ = window_event_listener(leptos::ev::wheel, move |ev| pause(ev.into()));
}
