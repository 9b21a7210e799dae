//! Stepping onto a change: the date as a history entry, and the pieces it changed outlined for
//! a moment. Shared by the timeline, play, the list of changes, tours and questions.

use super::state::AppState;
use crate::atlas::Atlas;
use crate::model::Date;
use leptos::prelude::*;
use std::time::Duration;

/// How long the pieces a step changed stay outlined.
const FLASH: Duration = Duration::from_millis(2600);

/// Goes to a change: the date, a history entry, and the pieces it changed outlined for a moment.
pub fn step(state: AppState, atlas: &Atlas, date: Date) {
    state.step_to(date);
    outline_changed(state, atlas, date);
}

/// Outlines for a moment the pieces the changes on `date` concern.
pub fn outline_changed(state: AppState, atlas: &Atlas, date: Date) {
    let pieces: Vec<usize> = atlas
        .timeline
        .events_in_force(date)
        .iter()
        .flat_map(|e| atlas.timeline.events()[*e].pieces())
        .filter_map(|id| atlas.timeline.piece_index(id))
        .collect();
    outline(state, pieces);
}

/// Outlines some pieces for a moment.
pub fn outline(state: AppState, pieces: Vec<usize>) {
    let generation = state.flash.get_untracked().0 + 1;
    state.flash.set((generation, pieces));
    set_timeout(
        move || {
            if state.flash.get_untracked().0 == generation {
                state.flash.set((generation, Vec::new()));
            }
        },
        FLASH,
    );
}
