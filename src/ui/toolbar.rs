//! The tools above the map: the language, a second date to compare with, presentation mode,
//! saving the view as SVG or PNG, and printing. Each writes the state (and so the link); nothing
//! here draws the map.

use super::export;
use super::model::MapModel;
use super::state::AppState;
use crate::export::Finish;
use crate::link::Mode;
use crate::model::Date;
use crate::words::Lang;
use leptos::prelude::*;

/// The toolbar in the page's header.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = move || state.words();
    view! {
        <nav class="toolbar" aria-label=move || words().toolbar_label()>
            <super::timeline::RegionChoice />
            <LangSwitch />
            <CompareControl />
            <button type="button" class="tool present" aria-pressed="false"
                on:click=move |_| enter_presentation(state)>
                {move || words().present()}
            </button>
            <FinishChoice />
            <SaveButtons />
            <button type="button" class="tool" on:click=move |_| { let _ = window().print(); }>
                {move || words().print()}
            </button>
        </nav>
    }
}

/// The language switch: each language named in itself.
#[component]
fn LangSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.id() lang=l.tag() selected=move || state.lang.get() == l>{l.native_name()}</option>
            }
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(l) = Lang::from_id(&event_target_value(&ev)) {
            super::texts::when_ready(l, move || state.set_lang(l));
        }
    };
    view! {
        <label class="tool lang-switch">
            <span class="visually-hidden">{move || state.words().language()}</span>
            <select on:change=on_change prop:value=move || state.lang.get().id()>{options}</select>
        </label>
    }
}

/// A second date beside the first: a date field, and a button to stop comparing.
#[component]
fn CompareControl() -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = move || state.words();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        match Date::parse(&value) {
            Ok(d) => state.set_compare(Some(d)),
            Err(_) if value.is_empty() => state.set_compare(None),
            Err(_) => {}
        }
    };
    view! {
        <label class="tool compare">
            <span>{move || words().compare_with()}</span>
            <input type="date" min=Date::FIRST.to_string() max=Date::LAST.to_string()
                prop:value=move || state.compare.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=on_change />
        </label>
        <Show when=move || state.compare.get().is_some()>
            <button type="button" class="tool" on:click=move |_| state.set_compare(None)>
                {move || words().compare_stop()}
            </button>
        </Show>
    }
}

/// How saved and printed pictures are coloured: one choice for Save SVG, Save PNG and Print.
#[component]
fn FinishChoice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = Finish::ALL
        .into_iter()
        .map(|f| {
            view! {
                <option value=f.id() selected=move || state.finish.get() == f>
                    {move || state.words().finish_name(f)}
                </option>
            }
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(f) = Finish::from_id(&event_target_value(&ev)) {
            state.finish.set(f);
        }
    };
    view! {
        <label class="tool finish" title=move || state.words().finish_label()>
            <span class="visually-hidden">{move || state.words().finish_label()}</span>
            <select name="finish" on:change=on_change prop:value=move || state.finish.get().id()>{options}</select>
        </label>
    }
}

/// Save the view as an image: SVG (vector, self-contained) or PNG.
#[component]
fn SaveButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let words = move || state.words();
    let m = model.clone();
    view! {
        <button type="button" class="tool" data-export="svg" on:click=move |_| export::save_svg(state, &model)>
            {move || words().save_svg()}
        </button>
        <button type="button" class="tool" data-export="png" on:click=move |_| export::save_png(state, &m)>
            {move || words().save_png()}
        </button>
    }
}

/// Presentation mode, full screen where the browser allows it (it needs this click).
pub fn enter_presentation(state: AppState) {
    state.set_mode(Mode::Present);
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Back to the normal page, leaving full screen.
pub fn leave_presentation(state: AppState) {
    state.set_mode(Mode::Normal);
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
}
