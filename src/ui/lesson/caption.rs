//! The caption over the map on a projector: the change in force, its title and one line of its
//! summary, so a class sees why the map just turned yellow.

use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The caption: the latest event in force, its title and the first sentence of its summary.
#[component]
pub fn Caption() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    move || {
        let lang = state.lang.get();
        // The summary's line arrives just after the map is drawn.
        state.card_texts.track();
        let e = &model.atlas.timeline.events()[*model.in_force.get().last()?];
        Some(view! {
            <div class="caption" data-caption=e.id.clone()>
                <p class="caption-title">{e.title.get(lang.id()).to_string()}</p>
                <p class="caption-line">{e.caption(lang.id()).to_string()}</p>
            </div>
        })
    }
}
