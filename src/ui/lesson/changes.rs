//! Every change in one list: its date, title and regions, and whether it moved a border; kept to
//! the region followed, each entry going to its day. Above it, what the slider's marks mean.

use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The list of changes, for the side panel.
#[component]
pub fn ChangesList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let atlas = model.atlas.clone();
    move || {
        let lang = state.lang.get();
        let (words, w) = (lang.words(), lang.lesson());
        let filter = state.filter();
        let timeline = &atlas.timeline;
        let kept: Vec<usize> = (0..timeline.events().len())
            .filter(|&i| filter.keeps(timeline, &atlas.areas, i))
            .collect();
        let current = state.date.get();
        let in_force = timeline.events_in_force(current).to_vec();
        let items = kept
            .iter()
            .map(|&i| {
                let e = &timeline.events()[i];
                let date = e.date;
                let regions: Vec<&str> = atlas
                    .areas
                    .regions_of_event(timeline, e)
                    .into_iter()
                    .map(|r| w.region_name(r))
                    .collect();
                view! {
                    <li data-change=e.id.clone() class:current=in_force.contains(&i)>
                        <button type="button" class="link-like change-link" data-date=date.to_string()
                            on:click={
                                let atlas = atlas.clone();
                                move |_| crate::ui::steps::step(state, &atlas, date)
                            }>
                            <span class="change-date">{words.long_date(date)}</span>
                            " " <span class="change-title">{e.title.get(lang.id()).to_string()}</span>
                        </button>
                        <span class="change-regions">{regions.join(w.list_separator())}</span>
                        {e.changes.is_empty().then(|| view! { <span class="no-border">" · " {w.no_border_moved()}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card changes" aria-labelledby="changes-title">
                <h2 id="changes-title">{w.changes_title()}</h2>
                <p class="marks-explained">{w.marks_explained()}</p>
                <p class="changes-count">
                    {w.changes_count(kept.len())}
                    {state.region.get().map(|r| view! { " · " {w.region_filtering(r)} })}
                </p>
                <ol class="changes-list">{items}</ol>
            </section>
        }
    }
}
