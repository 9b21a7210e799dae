//! The part of the map shown, as a link names it and as a viewport shows it.

use super::state::AppState;
use crate::carto::{Projection, Viewport};
use crate::link::ViewSpec;
use leptos::prelude::*;

/// The viewport a link's view asks for.
pub fn viewport_for(view: ViewSpec, projection: &Projection) -> Viewport {
    match view {
        ViewSpec::Full => Viewport::FULL,
        ViewSpec::Focus(v) => v.viewport(),
        ViewSpec::Box(b) => Viewport::fit_lonlat_box(projection, b),
    }
}

/// The view shown now, as a link names it.
pub fn current_view(state: AppState) -> ViewSpec {
    view_spec(state, &crate::carto::frame::projection())
}

pub(super) fn view_spec(state: AppState, projection: &Projection) -> ViewSpec {
    match (state.focus.get(), state.viewport.get()) {
        (Some(v), _) => ViewSpec::Focus(v),
        (None, v) if v == Viewport::FULL => ViewSpec::Full,
        (None, v) => {
            let round = |x: f64| (x * 1000.0).round() / 1000.0;
            ViewSpec::Box(v.lonlat_box(projection).map(round))
        }
    }
}
