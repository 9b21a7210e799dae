//! Keeps the address in step with the page: the link opens what the teacher saw, discrete steps
//! (a change, a focus view) become history entries so Back returns to them, and continuous moves
//! (the slider, a drag) replace the current entry once they settle.
//!
//! A step says so itself: it calls `AppState::new_entry` once its signals are set, and the
//! entry is written there and then (`install` puts the writer in place). The effect here only
//! follows what changed without such a call, replacing the current entry.

use super::state::AppState;
use crate::carto::Projection;
use crate::link::{fragment_with_tour, read_fragment, tour_value, LinkNotice, LinkState, ViewSpec};
use crate::words::Lang;
use leptos::prelude::*;
use std::time::Duration;

/// How long a continuous move must pause before the address follows it.
const SETTLE: f64 = 200.0;

/// The address waiting to replace the current entry once the moves stop. One timer at a time,
/// re-armed until the moves have paused for `SETTLE`: a timer cancelled on every slider step
/// would leave its callback behind each time (a closure that is never called is never freed).
#[derive(Clone, Copy)]
struct Settle {
    latest: StoredValue<Option<String>>,
    since: StoredValue<f64>,
    armed: StoredValue<bool>,
}

impl Settle {
    fn wait_then_replace(self, want: String) {
        self.latest.set_value(Some(want));
        self.since.set_value(super::dom::now_ms());
        if !self.armed.get_value() {
            self.armed.set_value(true);
            mark_pending(true);
            self.later(SETTLE);
        }
    }

    /// Forgets the address waiting: a step has just written a newer one.
    fn cancel(self) {
        self.latest.set_value(None);
    }

    fn later(self, ms: f64) {
        set_timeout(move || self.fire(), Duration::from_millis(ms.ceil() as u64));
    }

    fn fire(self) {
        let left = self.since.get_value() + SETTLE - super::dom::now_ms();
        if left > 0.0 {
            return self.later(left);
        }
        self.armed.set_value(false);
        mark_pending(false);
        if let Some(want) = self.latest.try_update_value(Option::take).flatten() {
            write(&want, HistoryMode::Replace);
        }
    }
}

/// Marks on the page's root whether the address is about to follow a move
/// (`data-link-pending`), so a test, or a tool, can wait for the link to settle instead of
/// guessing how long that takes. Set when the wait begins and cleared when it ends, not on
/// every step.
fn mark_pending(pending: bool) {
    if let Some(root) = document().document_element() {
        let _ = if pending {
            root.set_attribute("data-link-pending", "")
        } else {
            root.remove_attribute("data-link-pending")
        };
    }
}

/// The link of the page as loaded.
pub fn initial() -> (LinkState, Vec<LinkNotice>) {
    read_fragment(&location_hash())
}

/// The language to show when the link names none: the first of the browser's preferred
/// languages the map has, else English.
pub fn browser_lang() -> Lang {
    let nav = window().navigator();
    let tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .collect();
    Lang::from_preferences(tags.iter().map(String::as_str)).unwrap_or_default()
}

/// How the address is written: as a new entry, or in place of the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HistoryMode {
    /// Replace the current entry: continuous moves (the slider, a drag, the wheel).
    Replace,
    /// Add an entry, so Back returns here: steps, focus views, marks.
    Push,
}

fn current(state: AppState, projection: &Projection) -> LinkState {
    let view = super::view::view_spec(state, projection);
    LinkState {
        date: state.date.get(),
        view,
        lang: Some(state.lang.get()),
        mode: state.mode.get(),
        compare: state.compare.get(),
        region: state.region.get(),
        questions: state.quiz.with(|q| q.as_ref().map(|q| q.seed)),
        stop: state.touring.get().map(|i| i + 1),
    }
}

/// Writes the link as the state changes, and follows the address when Back, Forward or an
/// edited address changes it.
pub fn install(state: AppState, projection: Projection, model: super::model::MapModel) {
    let settle = Settle {
        latest: StoredValue::new(None),
        since: StoredValue::new(0.0),
        armed: StoredValue::new(false),
    };
    // While a tour is followed its link carries it: compressed (by the browser, so a moment
    // later) when the tour is first followed and whenever it changes, not at every stop (the
    // link would lose its tour between a step and the compression).
    let following = Memo::new(move |_| state.touring.get().is_some());
    Effect::new(move |_| {
        let tour = state.tour.get();
        if !following.get() {
            state.tour_link.set(None);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let value = super::lesson::tour::link_value(&tour).await;
            if state.tour_link.get_untracked().as_deref() != Some(value.as_str()) {
                state.tour_link.set(Some(value));
            }
        });
    });
    // A step that comes while the tour's link is still being made waits for it: its entry is
    // written when the link is ready.
    let entry_waiting = StoredValue::new(false);
    let address = move || {
        let following = state.touring.get().is_some();
        let tour = state.tour_link.get();
        // While the tour's link is being made, wait: an address without it would lose the tour
        // to a reload or a bookmark.
        if following && tour.is_none() {
            return None;
        }
        let tour = tour.filter(|_| following);
        Some(fragment_with_tour(
            &current(state, &projection),
            tour.as_deref(),
        ))
    };
    state
        .entry_writer
        .set_value(Some(std::rc::Rc::new(move |_: AppState| {
            // A step is an entry of its own at once, so Back returns to each one however quickly
            // they came.
            match untrack(address) {
                Some(want) => {
                    settle.cancel();
                    write(&want, HistoryMode::Push);
                }
                None => entry_waiting.set_value(true),
            }
        })));
    // The page's own link at once, in place of the one it was opened with (the language it
    // chose, a year alone read as its first day): nothing moves yet, so there is nothing to wait
    // for, and a link copied at once is already the page's.
    if let Some(want) = untrack(address) {
        write(&want, HistoryMode::Replace);
    }
    Effect::new(move |_| {
        let Some(want) = address() else { return };
        if entry_waiting.get_value() {
            entry_waiting.set_value(false);
            settle.cancel();
            write(&want, HistoryMode::Push);
            return;
        }
        if want == location_hash() {
            settle.cancel();
            return;
        }
        // A continuous move replaces the entry once it settles: replacing it on every slider
        // step would trip the browser's navigation throttle.
        settle.wait_then_replace(want);
    });
    let follow = move || {
        let (link, notices) = read_fragment(&location_hash());
        if link.date != state.date.get_untracked() {
            state.date.set(link.date);
        }
        let focus = match link.view {
            ViewSpec::Focus(v) => Some(v),
            _ => None,
        };
        state.focus.set(focus);
        let v = super::view::viewport_for(link.view, &projection);
        if v != state.viewport.get_untracked() {
            state.viewport.set(v);
        }
        if let Some(l) = link.lang.filter(|l| *l != state.lang.get_untracked()) {
            super::texts::when_ready(l, move || state.lang.set(l));
        }
        if link.mode != state.mode.get_untracked() {
            state.mode.set(link.mode);
        }
        if link.compare != state.compare.get_untracked() {
            state.compare.set(link.compare);
        }
        if link.region != state.region.get_untracked() {
            state.region.set(link.region);
        }
        let seed = state.quiz.with_untracked(|q| q.as_ref().map(|q| q.seed));
        if link.questions != seed {
            state
                .quiz
                .set(link.questions.map(|seed| super::state::Quiz {
                    seed,
                    ..Default::default()
                }));
        }
        // Back and Forward between stops of the same tour; another tour is read afresh.
        let hash = location_hash();
        match tour_value(&hash) {
            Some(v) if state.tour_link.get_untracked().as_deref() == Some(v) => {
                let stop = link.stop.map(|n| n - 1);
                if stop != state.touring.get_untracked() {
                    state.touring.set(stop);
                }
            }
            Some(v) => {
                let (v, at) = (v.to_string(), link.stop.map_or(0, |n| n - 1));
                let model = model.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let (tour, problems) = super::lesson::tour::read_link(&v).await;
                    super::lesson::tour::open_tour(state, &model, tour, problems, at);
                });
            }
            None => {
                if state.touring.get_untracked().is_some() {
                    state.touring.set(None);
                }
            }
        }
        // A new address replaces what was said about the last one; what the site said about
        // its own files still holds.
        state.notices.update(|ns| {
            ns.retain(|n| matches!(n, super::state::Notice::Site(_)));
            ns.extend(notices.into_iter().map(super::state::Notice::Link));
        });
    };
    let again = follow.clone();
    let _ = window_event_listener(leptos::ev::popstate, move |_| follow());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| again());
}

/// Writes the fragment into the address, as a new entry or in place of the current one.
fn write(fragment: &str, mode: HistoryMode) {
    if location_hash() == fragment {
        return;
    }
    let _ = window().history().and_then(|h| match mode {
        HistoryMode::Push => {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        }
        HistoryMode::Replace => {
            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        }
    });
}

/// The address's fragment, with its `#`.
pub fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}
