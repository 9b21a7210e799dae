//! Keeps the address in step with the page: the link opens what the teacher saw, discrete steps
//! (a change, a focus view) become history entries so Back returns to them, and continuous moves
//! (the slider, a drag) replace the current entry once they settle.

use super::state::{AppState, HistoryMode};
use crate::carto::{Projection, Viewport};
use crate::link::{fragment_for, read_fragment, LinkNotice, LinkState, ViewSpec};
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
            self.later(SETTLE);
        }
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
        if let Some(want) = self.latest.try_update_value(Option::take).flatten() {
            write(&want, HistoryMode::Replace);
        }
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

/// The viewport a link's view asks for.
pub fn viewport_for(view: ViewSpec, projection: &Projection) -> Viewport {
    match view {
        ViewSpec::Full => Viewport::FULL,
        ViewSpec::Focus(v) => v.viewport(),
        ViewSpec::Box(b) => Viewport::fit_lonlat_box(projection, b),
    }
}

fn current(state: AppState, projection: &Projection) -> LinkState {
    let view = match (state.focus.get(), state.viewport.get()) {
        (Some(v), _) => ViewSpec::Focus(v),
        (None, v) if v == Viewport::FULL => ViewSpec::Full,
        (None, v) => {
            let round = |x: f64| (x * 1000.0).round() / 1000.0;
            ViewSpec::Box(v.lonlat_box(projection).map(round))
        }
    };
    LinkState {
        date: state.date.get(),
        view,
        lang: Some(state.lang.get()),
        mode: state.mode.get(),
        compare: state.compare.get(),
    }
}

/// Writes the link as the state changes, and follows the address when Back, Forward or an
/// edited address changes it.
pub fn install(state: AppState, projection: Projection) {
    let settle = Settle {
        latest: StoredValue::new(None),
        since: StoredValue::new(0.0),
        armed: StoredValue::new(false),
    };
    Effect::new(move |_| {
        let want = fragment_for(&current(state, &projection));
        // A step is an entry of its own at once, so Back returns to each one however quickly
        // they came. A continuous move replaces the entry once it settles: replacing it on every
        // slider step would trip the browser's navigation throttle.
        if state.history_mode.get_value() == HistoryMode::Push {
            state.history_mode.set_value(HistoryMode::Replace);
            settle.latest.set_value(None);
            write(&want, HistoryMode::Push);
            return;
        }
        settle.wait_then_replace(want);
    });
    let follow = move || {
        let (link, notices) = read_fragment(&location_hash());
        state.history_mode.set_value(HistoryMode::Replace);
        if link.date != state.date.get_untracked() {
            state.date.set(link.date);
        }
        let focus = match link.view {
            ViewSpec::Focus(v) => Some(v),
            _ => None,
        };
        state.focus.set(focus);
        let v = viewport_for(link.view, &projection);
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
        state.notices.set(notices);
    };
    let _ = window_event_listener(leptos::ev::popstate, move |_| follow());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| follow());
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

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}
