//! Two dates side by side: the second map (same view, same shapes), the pieces held differently
//! outlined on both, and a card listing each difference in words.

use super::map::MapView;
use super::model::MapModel;
use super::state::AppState;
use crate::model::compare::by_area;
use crate::model::Control;
use leptos::prelude::*;

/// The second map, for `state.compare`. Its memos live while comparing and go with it.
#[component]
pub fn CompareMap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let first = expect_context::<MapModel>();
    let date = Signal::derive(move || state.compare.get().unwrap_or_else(|| state.date.get()));
    let second = first.for_date(state, date);
    // The pieces held differently on the two dates, for the outlines and the card.
    let (a, b) = (first.pieces.clone(), second.pieces.clone());
    Effect::new(move |_| {
        let differs: Vec<usize> = (0..a.len())
            .filter(|&i| !same(a[i].control.get(), b[i].control.get()))
            .collect();
        if state.differs.get_untracked() != differs {
            state.differs.set(differs);
        }
    });
    on_cleanup(move || state.differs.set(Vec::new()));
    view! { <MapView model=second second=true /> }
}

fn same(a: Option<Control>, b: Option<Control>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.same_hold(&y) && x.presence == y.presence,
        (None, None) => true,
        _ => false,
    }
}

/// The differences in words, earlier date first: one line per area ("Korea: Korea, sovereign →
/// Japan, protectorate"), the pieces under Details.
#[component]
pub fn CompareCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    move || {
        let second = state.compare.get()?;
        let first = state.date.get();
        let words = state.words();
        let (early, late) = if second < first {
            (second, first)
        } else {
            (first, second)
        };
        let timeline = &model.atlas.timeline;
        let describe = |c: Option<Control>| {
            c.map(|c| words.held_by(&model.holder_words(&c, words), c.status))
                .unwrap_or_default()
        };
        let differs = state.differs.get();
        let lang = state.lang.get();
        // One line per area a student knows (Korea, Kwantung, South Sakhalin); the map's fine
        // pieces go under Details.
        let areas = by_area(timeline, &model.atlas.areas, &differs, early, late)
            .into_iter()
            .map(|c| {
                let area = &model.atlas.areas.all()[c.area];
                let name = area.name.get(lang.id()).to_string();
                let text = match c.alike {
                    Some((before, after)) => {
                        words.compare_change(&name, &describe(before), &describe(after))
                    }
                    None => words.compare_parts(&name, c.pieces.len()),
                };
                view! { <li data-differs-area=area.id.clone()>{text}</li> }
            })
            .collect::<Vec<_>>();
        let items = differs
            .into_iter()
            .map(|i| {
                let name = model.pieces[i].name.get();
                let text = words.compare_change(
                    &name,
                    &describe(timeline.control_at(i, early)),
                    &describe(timeline.control_at(i, late)),
                );
                view! { <li data-differs=model.scene.pieces[i].id.clone()>{text}</li> }
            })
            .collect::<Vec<_>>();
        let empty = items
            .is_empty()
            .then(|| view! { <p>{words.compare_none()}</p> });
        let details = (!items.is_empty()).then(|| {
            view! {
                <details class="card-details">
                    <summary>{lang.lesson().details()}</summary>
                    <ul class="compare-pieces">{items}</ul>
                </details>
            }
        });
        Some(view! {
            <section class="card compare-card" aria-live="polite">
                <h2>{words.compare_heading(early, late)}</h2>
                {empty}
                <ul class="compare-list">{areas}</ul>
                {details}
            </section>
        })
    }
}
