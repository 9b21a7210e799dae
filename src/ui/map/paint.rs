//! The page's paint mode, read by every layer: each line's width and dashes come from
//! `carto::paint`, the table the picture writer reads too; only presentation mode changes them.

use super::super::state::AppState;
use crate::carto::paint::{stroke, Line, PaintMode};
use leptos::prelude::*;

/// The paint of the page's lines. `Copy`, so every attribute closure can hold it.
#[derive(Clone, Copy)]
pub struct Paint(Memo<PaintMode>);

impl Paint {
    /// Presentation mode has heavier lines, everything else the screen's.
    pub fn of(state: AppState) -> Paint {
        Paint(Memo::new(move |_| match state.mode.get() {
            crate::link::Mode::Present => PaintMode::Present,
            crate::link::Mode::Normal => PaintMode::Screen,
        }))
    }

    /// A line's `stroke-width` now (tracked).
    pub fn width(self, l: Line) -> String {
        stroke(l, self.0.get()).width_attr()
    }

    /// Twice a line's `stroke-width` now (tracked): for a stroke whose inner half a mask hides.
    pub fn double_width(self, l: Line) -> String {
        format!("{}", 2.0 * stroke(l, self.0.get()).width)
    }

    /// A line's `stroke-dasharray` now, `none` when solid (tracked).
    pub fn dash(self, l: Line) -> &'static str {
        stroke(l, self.0.get()).dash_attr()
    }
}
