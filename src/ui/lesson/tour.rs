//! The teacher's tour on the page: built in the side panel (a stop is the map as it is, with a
//! note and questions), followed over the map ("Stop 2 of 5", the note, Previous and Next stop),
//! carried in one link or a file, and kept in the browser between visits while it is built.

use crate::lesson::tour::{self as core, Stop, Tour, TourProblem};
use crate::lesson::tour_file::{from_file, to_file};
use crate::link::ViewSpec;
use crate::ui::model::MapModel;
use crate::ui::state::{AppState, Notice};
use crate::ui::view::{current_view, viewport_for};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/ui/lesson/deflate.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw)]
    async fn deflate_raw(bytes: &[u8]) -> JsValue;
    #[wasm_bindgen(js_name = inflateRaw)]
    async fn inflate_raw(bytes: &[u8]) -> JsValue;
    #[wasm_bindgen(js_name = copyText)]
    async fn copy_text(text: &str) -> JsValue;
}

/// Where the tour being built is kept between visits (the browser's own storage; nothing leaves
/// the machine).
const DRAFT_KEY: &str = "frontier-atlas-tour";

/// The longest link a mail client or learning platform reliably keeps.
pub const LINK_LIMIT: usize = 2000;

/// The `tour=` value of a tour: its layout, compressed by the browser.
pub async fn link_value(tour: &Tour) -> String {
    let compressed = js_sys::Uint8Array::new(&deflate_raw(&core::encode(tour)).await).to_vec();
    core::link_value(&compressed)
}

/// Reads a link's `tour=` value: the tour as far as it could be read, and what was wrong.
pub async fn read_link(value: &str) -> (Tour, Vec<TourProblem>) {
    let (compressed, mut problems) = match core::read_link_value(value) {
        Ok(x) => x,
        Err(p) => return (Tour::default(), vec![p]),
    };
    let out = js_sys::Array::from(&inflate_raw(&compressed).await);
    let bytes = js_sys::Uint8Array::new(&out.get(0)).to_vec();
    let complete = out.get(1).as_bool().unwrap_or(false);
    let (tour, more) = core::decode(&bytes, complete);
    problems.extend(more);
    (tour, problems)
}

/// The tour kept from the last visit, if any.
pub fn load_draft() -> Option<Tour> {
    let text = window().local_storage().ok()??.get_item(DRAFT_KEY).ok()??;
    from_file(&text).ok().map(|(t, _)| t)
}

fn save_draft(tour: &Tour) {
    if let Ok(Some(store)) = window().local_storage() {
        let _ = if tour.stops.is_empty() && tour.title.is_empty() {
            store.remove_item(DRAFT_KEY)
        } else {
            store.set_item(DRAFT_KEY, &to_file(tour))
        };
    }
}

/// The stop the map shows now: its date, view, language and second date.
fn stop_here(state: AppState) -> Stop {
    Stop {
        view: current_view(state),
        lang: Some(state.lang.get_untracked()),
        compare: state.compare.get_untracked(),
        ..Stop::at(state.date.get_untracked())
    }
}

/// Shows stop `i` of the tour, following it: its date, view, language and second date.
pub fn show_stop(state: AppState, model: &MapModel, i: usize) {
    let Some(stop) = state.tour.with_untracked(|t| t.stops.get(i).cloned()) else {
        return;
    };
    state.touring.set(Some(i));
    state.date.set(stop.date);
    state.focus.set(match stop.view {
        ViewSpec::Focus(v) => Some(v),
        _ => None,
    });
    state
        .viewport
        .set(viewport_for(stop.view, &crate::carto::frame::projection()));
    state.compare.set(stop.compare);
    if let Some(l) = stop.lang.filter(|l| *l != state.lang.get_untracked()) {
        crate::ui::texts::when_ready(l, move || state.lang.set(l));
    }
    crate::ui::steps::outline_changed(state, &model.atlas, stop.date);
    state.new_entry();
}

/// The next stop (or the previous, with `step = -1`), if there is one; returns whether it moved.
pub fn step_stop(state: AppState, model: &MapModel, step: isize) -> bool {
    let Some(i) = state.touring.get_untracked() else {
        return false;
    };
    let n = state.tour.with_untracked(|t| t.stops.len());
    let j = i as isize + step;
    if j < 0 || j as usize >= n {
        return false;
    }
    show_stop(state, model, j as usize);
    true
}

/// Stops following the tour; the map stays where it is.
pub fn leave(state: AppState) {
    state.touring.set(None);
    state.new_entry();
}

/// Opens a tour read from a link or a file: follows it from stop `at`, and says what was wrong.
pub fn open_tour(
    state: AppState,
    model: &MapModel,
    tour: Tour,
    problems: Vec<TourProblem>,
    at: usize,
) {
    let n = tour.stops.len();
    state.tour.set(tour);
    state
        .notices
        .update(|ns| ns.extend(problems.into_iter().map(Notice::Tour)));
    if n > 0 {
        show_stop(state, model, at.min(n - 1));
    }
}

/// The stop over the map while the tour is followed: where it is in the tour, the teacher's note
/// and questions, and the buttons to move on or leave.
#[component]
pub fn TourStop() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    move || {
        let i = state.touring.get()?;
        let tour = state.tour.get();
        let stop = tour.stops.get(i)?.clone();
        let n = tour.stops.len();
        let w = state.lesson_words();
        let (m1, m2) = (model.clone(), model.clone());
        let questions = stop.questions.iter().any(|q| !q.trim().is_empty()).then(|| {
            view! {
                <h3>{w.tour_questions()}</h3>
                <ol class="tour-questions">{stop.questions.iter().filter(|q| !q.trim().is_empty()).map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ol>
            }
        });
        Some(view! {
            <section class="tour-stop" data-tour-stop={i + 1} aria-live="polite" aria-labelledby="tour-stop-title">
                <p class="tour-where" id="tour-stop-title">
                    <strong>{w.tour_stop_of(i + 1, n)}</strong>
                    {(!tour.title.is_empty()).then(|| view! { <span class="tour-name">" · " {tour.title.clone()}</span> })}
                </p>
                {(!stop.note.is_empty()).then(|| view! { <p class="tour-note">{stop.note.clone()}</p> })}
                {questions}
                <div class="tour-buttons">
                    <button type="button" class="tour-prev" disabled={i == 0}
                        on:click=move |_| { step_stop(state, &m1, -1); }>{w.tour_previous()}</button>
                    <button type="button" class="tour-next" disabled={i + 1 >= n}
                        on:click=move |_| { step_stop(state, &m2, 1); }>{w.tour_next()}</button>
                    <button type="button" class="tour-leave" on:click=move |_| leave(state)>{w.tour_leave()}</button>
                </div>
            </section>
        })
    }
}

/// The tour panel: the stops, each with its note and questions, and the tools to reorder them,
/// start the tour, copy its link, and save or open it as a file.
#[component]
pub fn TourEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    // Kept in the browser as it is built, so a reload loses nothing.
    Effect::new(move |_| state.tour.with(save_draft));
    let link = RwSignal::new(None::<(String, bool)>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let edit = move |f: Box<dyn FnOnce(&mut Tour)>| {
        link.set(None);
        state.tour.update(|t| f(t));
    };
    let add = move |_| {
        let stop = stop_here(state);
        edit(Box::new(move |t| t.stops.push(stop)));
    };
    let copy = move |_| {
        let tour = state.tour.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let value = link_value(&tour).await;
            let loc = window().location();
            let url = format!(
                "{}{}#tour={value}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default()
            );
            let copied = copy_text(&url).await.as_bool().unwrap_or(false);
            link.set(Some((url, copied)));
        });
    };
    let save = move |_| {
        let text = to_file(&state.tour.get_untracked());
        crate::ui::export::download_text(&text, "application/json", "frontier-atlas-tour.json");
    };
    let open_file = {
        let model = model.clone();
        move |_| {
            let Some(input) = file_input.get_untracked() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let model = model.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                    .unwrap_or_default();
                match from_file(&text) {
                    Ok((tour, problems)) => open_tour(state, &model, tour, problems, 0),
                    Err(p) => state.notices.update(|ns| ns.push(Notice::Tour(p))),
                }
            });
        }
    };
    let start = {
        let model = model.clone();
        move |_| show_stop(state, &model, 0)
    };
    let stops = move || {
        let w = state.lesson_words();
        let words = state.words();
        let tour = state.tour.get();
        let n = tour.stops.len();
        if n == 0 {
            return view! { <p class="tour-empty">{w.tour_empty()}</p> }.into_any();
        }
        tour.stops
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let view_name = match s.view {
                    ViewSpec::Full => words.whole_map().to_string(),
                    ViewSpec::Focus(v) => words.focus_name(v).to_string(),
                    ViewSpec::Box(_) => w.tour_own_view().to_string(),
                };
                let model = model.clone();
                let questions = (0..crate::lesson::tour::QUESTIONS_MAX)
                    .map(|k| {
                        let value = s.questions.get(k).cloned().unwrap_or_default();
                        view! {
                            <label class="tour-field">
                                <span>{w.tour_question_label(k + 1)}</span>
                                <input type="text" maxlength=crate::lesson::tour::QUESTION_MAX_CHARS
                                    data-stop-question={k + 1} prop:value=value
                                    on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        edit(Box::new(move |t| set_question(&mut t.stops[i], k, v)));
                                    } />
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="tour-item" data-stop={i + 1}>
                        <p class="tour-item-head">
                            <strong>{w.tour_stop_n(i + 1)}</strong>
                            " · " {words.long_date(s.date)} " · " {view_name}
                        </p>
                        <div class="tour-item-tools">
                            <button type="button" data-stop-show="" on:click=move |_| show_stop(state, &model, i)>{w.tour_show()}</button>
                            <button type="button" data-stop-update="" on:click=move |_| {
                                let here = stop_here(state);
                                edit(Box::new(move |t| {
                                    let s = &mut t.stops[i];
                                    *s = Stop { note: std::mem::take(&mut s.note), questions: std::mem::take(&mut s.questions), ..here };
                                }));
                            }>{w.tour_update()}</button>
                            <button type="button" data-stop-up="" disabled={i == 0}
                                on:click=move |_| edit(Box::new(move |t| t.stops.swap(i - 1, i)))>{w.tour_move_up()}</button>
                            <button type="button" data-stop-down="" disabled={i + 1 == n}
                                on:click=move |_| edit(Box::new(move |t| t.stops.swap(i, i + 1)))>{w.tour_move_down()}</button>
                            <button type="button" data-stop-remove=""
                                on:click=move |_| edit(Box::new(move |t| { t.stops.remove(i); }))>{w.tour_remove()}</button>
                        </div>
                        <label class="tour-field">
                            <span>{w.tour_note_label()}</span>
                            <textarea rows="3" maxlength=crate::lesson::tour::NOTE_MAX_CHARS data-stop-note=""
                                prop:value=s.note.clone()
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    edit(Box::new(move |t| t.stops[i].note = v));
                                }></textarea>
                        </label>
                        {questions}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    let link_view = move || {
        let (url, copied) = link.get()?;
        let w = state.lesson_words();
        let chars = url.chars().count();
        let too_long = if chars > LINK_LIMIT {
            "too-long"
        } else {
            "link-length"
        };
        Some(view! {
            <div class="tour-link" data-tour-link-chars=chars>
                <p role="status">{if copied { w.tour_link_copied() } else { w.tour_copy_by_hand() }}</p>
                <input type="text" readonly data-tour-link="" prop:value=url aria-label=w.tour_copy_link()
                    on:focus=move |ev| { if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { el.select(); } } />
                <p class=too_long>{w.tour_link_length(chars, LINK_LIMIT)}</p>
            </div>
        })
    };
    let has_stops = move || state.tour.with(|t| !t.stops.is_empty());
    view! {
        <section class="card tour-editor" aria-labelledby="tour-title">
            <h2 id="tour-title">{move || state.lesson_words().tour_title()}</h2>
            <label class="tour-field">
                <span>{move || state.lesson_words().tour_name_label()}</span>
                <input type="text" maxlength=crate::lesson::tour::TITLE_MAX_CHARS data-tour-title=""
                    prop:value=move || state.tour.with(|t| t.title.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |t| t.title = v)); } />
            </label>
            <ol class="tour-list">{stops}</ol>
            <div class="tour-tools">
                <button type="button" class="primary" data-tour-add="" on:click=add>{move || state.lesson_words().tour_add_stop()}</button>
                <button type="button" data-tour-start="" disabled=move || !has_stops() on:click=start>{move || state.lesson_words().tour_start()}</button>
                <button type="button" data-tour-copy="" disabled=move || !has_stops() on:click=copy>{move || state.lesson_words().tour_copy_link()}</button>
                <button type="button" data-tour-save="" disabled=move || !has_stops() on:click=save>{move || state.lesson_words().tour_save_file()}</button>
                <label class="file-button">
                    <span>{move || state.lesson_words().tour_open_file()}</span>
                    <input type="file" accept=".json,application/json" data-tour-open="" node_ref=file_input on:change=open_file />
                </label>
            </div>
            {link_view}
        </section>
    }
}

fn set_question(stop: &mut Stop, k: usize, text: String) {
    while stop.questions.len() <= k {
        stop.questions.push(String::new());
    }
    stop.questions[k] = text;
    while stop.questions.last().is_some_and(|q| q.trim().is_empty()) {
        stop.questions.pop();
    }
}
