//! The glossary on the page: terms in a card's text linked to their definitions, the definition
//! opened over the map without leaving it, and the whole glossary in the side panel.

use crate::model::glossary::{term_for_status, Segment};
use crate::model::Status;
use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use crate::words::Lang;
use leptos::prelude::*;

/// A text with each glossary term in it a button that opens the term's definition.
pub fn linked_text(model: &MapModel, state: AppState, text: &str, lang: Lang) -> AnyView {
    let glossary = &model.atlas.glossary;
    glossary
        .segments(text, lang.id())
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Term { term, text } => term_button(
                state,
                term,
                glossary.terms()[term].id.clone(),
                text.to_string(),
            ),
        })
        .collect_view()
        .into_any()
}

/// A button naming a term (`data-glossary="lease"`) that opens its definition.
pub fn term_button(state: AppState, term: usize, id: String, label: String) -> AnyView {
    view! {
        <button type="button" class="term" data-glossary=id aria-haspopup="dialog"
            on:click=move |_| state.term.set(Some(term))>{label}</button>
    }
    .into_any()
}

/// A status's name as a link to its definition, for the legend and the key.
pub fn status_term(model: &MapModel, state: AppState, s: Status, label: String) -> AnyView {
    let id = term_for_status(s);
    match model.atlas.glossary.index(id) {
        Some(i) => term_button(state, i, id.to_string(), label),
        None => label.into_any(),
    }
}

/// The definition of the open term, over the map: its name, the definition and an example from
/// this map. Escape or Close puts it away, and the focus goes back where it was.
#[component]
pub fn TermCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let card = NodeRef::<leptos::html::Section>::new();
    // Focus the card when it opens, so a keyboard reader lands in it.
    Effect::new(move |_| {
        if state.term.get().is_some() {
            if let Some(el) = card.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        let i = state.term.get()?;
        let lang = state.lang.get();
        // Definitions and examples arrive with the cards' texts.
        state.card_texts.track();
        let t = model.atlas.glossary.terms().get(i)?.clone();
        let words = lang.lesson();
        let heading = format!("term-{}", t.id);
        let heading_id = heading.clone();
        Some(view! {
            <section class="term-card" role="dialog" aria-labelledby=heading.clone() tabindex="-1"
                data-glossary-card=t.id.clone() node_ref=card>
                <p class="card-label">{words.glossary_title()}</p>
                <h2 id=heading_id>{t.term.get(lang.id()).to_string()}</h2>
                <p>{t.definition.get(lang.id()).to_string()}</p>
                <p class="example">{words.glossary_example(t.example.get(lang.id()))}</p>
                <button type="button" class="close" on:click=move |_| state.term.set(None)>
                    {lang.words().close()}
                </button>
            </section>
        })
    }
}

/// Every term, for the side panel.
#[component]
pub fn GlossaryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    move || {
        let lang = state.lang.get();
        state.card_texts.track();
        let words = lang.lesson();
        let entries = model
            .atlas
            .glossary
            .terms()
            .iter()
            .map(|t| {
                view! {
                    <dt data-glossary-entry=t.id.clone()>{t.term.get(lang.id()).to_string()}</dt>
                    <dd>
                        <p>{t.definition.get(lang.id()).to_string()}</p>
                        <p class="example">{words.glossary_example(t.example.get(lang.id()))}</p>
                    </dd>
                }
            })
            .collect_view();
        view! {
            <section class="card glossary" aria-labelledby="glossary-title">
                <h2 id="glossary-title">{words.glossary_title()}</h2>
                <dl>{entries}</dl>
            </section>
        }
    }
}
