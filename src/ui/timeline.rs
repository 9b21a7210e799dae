//! The timeline: a slider over every day, a mark for every change, "Previous change" and "Next
//! change", and play.

use super::model::MapModel;
use super::play::PlayControls;
use super::state::AppState;
use super::steps::step;
use crate::atlas::Atlas;
use crate::model::{Date, Region};
use crate::scene::marks::{cluster, fraction};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The whole timeline bar.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let atlas = model.atlas.clone();
    let words = move || state.words();
    let (prev_atlas, next_atlas) = (atlas.clone(), atlas.clone());
    let previous = Memo::new(move |_| {
        state
            .filter()
            .previous_before(&prev_atlas.timeline, &prev_atlas.areas, state.date.get())
    });
    let next = Memo::new(move |_| {
        state
            .filter()
            .next_after(&next_atlas.timeline, &next_atlas.areas, state.date.get())
    });
    let (a1, a2) = (atlas.clone(), atlas.clone());
    view! {
        <div class="stepper">
            <button type="button" class="step prev" aria-keyshortcuts="["
                disabled=move || previous.get().is_none()
                on:click=move |_| if let Some(d) = previous.get_untracked() { step(state, &a1, d) }>
                <span aria-hidden="true">"◀ "</span>{move || words().previous_change()}
            </button>
            <output class="exact-date" for="date-slider">{move || words().long_date(state.date.get())}</output>
            <button type="button" class="step next" aria-keyshortcuts="]"
                disabled=move || next.get().is_none()
                on:click=move |_| if let Some(d) = next.get_untracked() { step(state, &a2, d) }>
                {move || words().next_change()}<span aria-hidden="true">" ▶"</span>
            </button>
            <PlayControls />
            <span class="hint">{move || words().step_keys_hint()}</span>
        </div>
        <DateSlider />
    }
}

/// A range input over every day of the map, with the changes marked along it.
#[component]
fn DateSlider() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let atlas = model.atlas.clone();
    let words = move || state.words();
    let set = move |d: Date| state.date.set(d.clamp_to_map());
    let value_text = {
        let atlas = atlas.clone();
        move || {
            let d = state.date.get();
            let lang = state.lang.get();
            let title = model
                .in_force
                .get()
                .last()
                .map(|e| atlas.timeline.events()[*e].title.get(lang.id()).to_string());
            lang.words().slider_value(d, title.as_deref())
        }
    };
    view! {
        <div class="slider">
            <label for="date-slider" class="visually-hidden">{move || words().slider_label()}</label>
            <input
                type="range"
                id="date-slider"
                min=Date::FIRST.days()
                max=Date::LAST.days()
                step="1"
                prop:value=move || state.date.get().days().to_string()
                aria-valuetext=value_text
                on:input=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse::<i32>() {
                        set(Date::from_days(days));
                    }
                }
            />
            <Marks />
            <span class="ticks" aria-hidden="true">{ticks()}</span>
        </div>
    }
}

/// Marks closer than this (CSS pixels) share one mark that opens a list: each mark is a 24 px
/// target (WCAG 2.2), so neighbours never overlap.
const MARK_MIN_PX: f64 = 24.0;

/// How much narrower than the window the marks' track is on a wide screen (`style.css`: the
/// controls' padding and the track's insets).
const TRACK_MARGIN_PX: f64 = 51.2;

/// A mark on the track for every day with a change: named and clickable, or, where changes crowd
/// together, one mark for the run that opens a list of them. The marks are one tab stop; the arrow
/// keys step from change to change.
#[component]
fn Marks() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let atlas = model.atlas.clone();
    // The days with a change, of the region followed: a lesson on Sakhalin sees its own marks.
    let dates = {
        let atlas = atlas.clone();
        Memo::new(move |_| state.filter().dates(&atlas.timeline, &atlas.areas))
    };
    let track = NodeRef::<leptos::html::Div>::new();
    // A first guess from the window's width (the track spans it, less the page's margins; reading
    // the window's size forces no layout), so that the observer's first report usually finds the
    // same clusters and the marks are not drawn twice at start-up.
    let guess = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .map_or(1200.0, |w| (w - TRACK_MARGIN_PX).max(1.0));
    let width = RwSignal::new(guess);
    Effect::new(move |_| {
        if let Some(el) = track.get() {
            super::dom::watch_size(&el, move |w, _| width.set(w.max(1.0)));
        }
    });
    let groups = Memo::new(move |_| dates.with(|dates| cluster(dates, width.get(), MARK_MIN_PX)));
    let current = Memo::new(move |_| {
        let d = state.date.get();
        dates.with(|dates| {
            dates
                .partition_point(|m| *m <= d)
                .checked_sub(1)
                .map(|i| dates[i])
        })
    });
    let open = state.marks_open;
    let title_of = {
        let atlas = atlas.clone();
        move |d: Date| {
            let lang = state.lang.get();
            let titles: Vec<&str> = atlas
                .timeline
                .events_in_force(d)
                .iter()
                .map(|e| atlas.timeline.events()[*e].title.get(lang.id()))
                .collect();
            lang.words().stepped_onto(d, &titles.join("; "))
        }
    };
    let render = move |group: Vec<Date>| {
        let (first, last) = (group[0], *group.last().expect("groups are never empty"));
        let days: Vec<String> = group.iter().map(Date::to_string).collect();
        let in_group = {
            let group = group.clone();
            move || current.get().is_some_and(|c| group.contains(&c))
        };
        let tabindex = {
            let in_group = in_group.clone();
            move || if in_group() { "0" } else { "-1" }
        };
        let left = format!("{:.3}%", fraction(first) * 100.0);
        if group.len() == 1 {
            let atlas = atlas.clone();
            let label = {
                let title_of = title_of.clone();
                move || title_of(first)
            };
            return view! {
                <button type="button" class="mark" class:current=in_group class:story=is_story(&atlas, first)
                    data-date=first.to_string() data-dates=first.to_string()
                    style:left=left tabindex=tabindex aria-label=label.clone() title=label
                    on:click={ let atlas = atlas.clone(); move |_| { open.set(None); step(state, &atlas, first) } }
                    >
                </button>
            }
            .into_any();
        }
        let span = format!("{:.3}%", (fraction(last) - fraction(first)) * 100.0);
        let menu_id = format!("marks-{first}");
        let label = {
            let n = group.len();
            move || {
                let w = state.words();
                w.marks_group(first, last, n)
            }
        };
        // The list's items are drawn when it opens: most of these lists stay closed, and their
        // buttons were a seventh of the page's elements at start-up.
        let group_dates = group.clone();
        let (atlas, title_of) = (atlas.clone(), title_of.clone());
        let items = move || {
            group_dates
            .iter()
            .map(|d| {
                let d = *d;
                let atlas = atlas.clone();
                let text = {
                    let title_of = title_of.clone();
                    move || title_of(d)
                };
                view! {
                    <li><button type="button" class="mark-item" class:current=move || current.get() == Some(d)
                        data-date=d.to_string()
                        on:click=move |_| { open.set(None); step(state, &atlas, d); focus_mark_of(d); }>
                        {text}
                    </button></li>
                }
            })
            .collect_view()
        };
        let expanded = move || open.get() == Some(first);
        view! {
            <span class="mark-cluster" class:right={fraction(first) > 0.6} style:left=left style:width=span>
                <button type="button" class="mark cluster" class:current=in_group data-dates=days.join(" ")
                    tabindex=tabindex aria-label=label title=label
                    aria-expanded=move || expanded().to_string() aria-controls=menu_id.clone()
                    on:click=move |_| open.update(|o| *o = if *o == Some(first) { None } else { Some(first) })
                    >
                    <span class="count" aria-hidden="true">{group.len()}</span>
                </button>
                <ul class="mark-menu" id=menu_id hidden=move || !expanded()>
                    {move || expanded().then(items.clone())}
                </ul>
            </span>
        }
        .into_any()
    };
    view! {
        <div class="marks" node_ref=track role="group" aria-label=move || state.words().marks_label()>
            {move || groups.get().into_iter().map(render.clone()).collect_view()}
        </div>
    }
}

/// The region a lesson follows: the steps, the marks, play and the list of changes keep to it.
#[component]
pub fn RegionChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = move || state.lesson_words();
    let options = move || {
        let w = words();
        std::iter::once(view! { <option value="" selected=state.region.get().is_none()>{w.region_all()}</option> })
            .chain(Region::ALL.into_iter().map(|r| {
                view! { <option value=r.id() selected=state.region.get() == Some(r)>{w.region_name(r)}</option> }
            }))
            .collect_view()
    };
    view! {
        <label class="region-choice">
            <span>{move || words().region_label()}</span>
            <select data-region-choice="" prop:value=move || state.region.get().map_or("", Region::id)
                on:change=move |ev| state.set_region(Region::from_id(&event_target_value(&ev)))>
                {options}
            </select>
        </label>
    }
}

/// Whether every event on a day moved no border.
fn is_story(atlas: &Atlas, d: Date) -> bool {
    atlas
        .timeline
        .events_in_force(d)
        .iter()
        .all(|e| atlas.timeline.events()[*e].changes.is_empty())
}

/// Puts the focus on the mark that holds a date.
pub(super) fn focus_mark_of(d: Date) {
    let selector = format!(".marks .mark[data-dates~=\"{d}\"]");
    if let Some(el) = document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Year marks under the slider, placed where those years fall on it.
fn ticks() -> impl IntoView {
    [1855, 1860, 1870, 1880, 1890, 1900, 1910, 1920]
        .into_iter()
        .filter_map(|y| Date::from_ymd(y, 1, 1))
        .map(|d| view! { <span class="tick" style:left=format!("{:.2}%", fraction(d) * 100.0)>{d.year()}</span> })
        .collect_view()
}
