//! The page's one key handler: it finds the contexts in force (`keys::InForce`), asks the key
//! map what the key means there (`keys::resolve`) and runs the command. Which key does what is
//! data in the core (`keys`); this file only reads the page's state and carries commands out.

use super::dom::typing_into_field;
use super::model::MapModel;
use super::state::AppState;
use crate::keys::{resolve, Command, Context, InForce};
use crate::link::Mode;
use crate::model::Date;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens for keys on the whole page.
pub fn install(state: AppState, model: &MapModel) {
    let model = model.clone();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_into_field(&ev) {
            return;
        }
        let focus = focused_context(&ev);
        let in_force = InForce {
            key_list: state.keys_shown.get_untracked(),
            term: state.term.get_untracked().is_some(),
            marks_list: state.marks_open.get_untracked().is_some(),
            touring: state.touring.get_untracked().is_some(),
            presenting: state.mode.get_untracked() == Mode::Present,
            focus,
        };
        let Some(command) = resolve(&in_force.contexts(), &ev.key()) else {
            return;
        };
        ev.prevent_default();
        run(state, &model, command, focus);
    });
}

/// What has the keyboard's focus, if it is something with keys of its own.
fn focused_context(ev: &web_sys::KeyboardEvent) -> Option<Context> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    if el.id() == "date-slider" {
        Some(Context::Slider)
    } else if el.closest(".marks").ok().flatten().is_some() {
        Some(Context::Marks)
    } else if el.closest(".map-svg").ok().flatten().is_some() {
        Some(Context::Map)
    } else {
        None
    }
}

/// Carries out a command. `focus` is the context that had the focus, so a step taken from a
/// mark leaves the focus on the mark of the new date.
pub fn run(state: AppState, model: &MapModel, command: Command, focus: Option<Context>) {
    use Command::*;
    let atlas = &model.atlas;
    let d = state.date.get_untracked();
    let filter = state.filter_untracked();
    let move_date = |to: Date| state.date.set(to.clamp_to_map());
    let step_to = |to: Option<Date>| {
        let Some(to) = to else { return };
        state.marks_open.set(None);
        super::steps::step(state, atlas, to);
        if focus == Some(Context::Marks) {
            super::timeline::focus_mark_of(to);
        }
    };
    match command {
        NextChange => step_to(filter.next_after(&atlas.timeline, &atlas.areas, d)),
        PreviousChange => step_to(filter.previous_before(&atlas.timeline, &atlas.areas, d)),
        FirstChange => step_to(filter.dates(&atlas.timeline, &atlas.areas).first().copied()),
        LastChange => step_to(filter.dates(&atlas.timeline, &atlas.areas).last().copied()),
        YearLater => move_date(d.add_years(1)),
        YearEarlier => move_date(d.add_years(-1)),
        TenYearsLater => move_date(d.add_years(10)),
        TenYearsEarlier => move_date(d.add_years(-10)),
        FirstDay => move_date(Date::FIRST),
        LastDay => move_date(Date::LAST),
        ZoomIn => super::map::zoom::zoom_by(state, super::map::zoom::STEP_ZOOM),
        ZoomOut => super::map::zoom::zoom_by(state, 1.0 / super::map::zoom::STEP_ZOOM),
        PanWest => super::map::zoom::pan_by(state, [1.0, 0.0]),
        PanEast => super::map::zoom::pan_by(state, [-1.0, 0.0]),
        PanNorth => super::map::zoom::pan_by(state, [0.0, 1.0]),
        PanSouth => super::map::zoom::pan_by(state, [0.0, -1.0]),
        WholeMap => state.show_whole_map(),
        LeavePresentation => state.set_mode(Mode::Normal),
        NextStop => {
            super::lesson::tour::step_stop(state, model, 1);
        }
        PreviousStop => {
            super::lesson::tour::step_stop(state, model, -1);
        }
        CloseMarksList => state.marks_open.set(None),
        CloseTerm => state.term.set(None),
        ShowKeys => state.keys_shown.set(true),
        CloseKeys => state.keys_shown.set(false),
    }
}
