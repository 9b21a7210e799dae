//! The list of every key, over the map: read from the key map itself (`keys`), so what it says
//! is what the keys do. The `?` key or the "?" button by the zoom buttons opens it; Escape, `?` or Close puts it away.

use super::state::AppState;
use crate::keys::{key_label, Context};
use leptos::prelude::*;

/// The button that opens the list of keys, for those who do not know `?`.
#[component]
pub fn ShowKeys() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="show-keys" data-show-keys="" aria-keyshortcuts="?"
            aria-label=move || state.words().keys_title() title=move || state.words().keys_title()
            aria-haspopup="dialog" aria-expanded=move || state.keys_shown.get().to_string()
            on:click=move |_| state.keys_shown.update(|k| *k = !*k)>
            "?"
        </button>
    }
}

/// Every context and its keys, in the page's language.
#[component]
pub fn KeyList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = NodeRef::<leptos::html::Section>::new();
    // Focus the list when it opens, so a keyboard reader lands in it.
    Effect::new(move |_| {
        if state.keys_shown.get() {
            if let Some(el) = list.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        if !state.keys_shown.get() {
            return None;
        }
        let words = state.words();
        let contexts = Context::ALL
            .into_iter()
            .map(|c| {
                let rows = c
                    .bindings()
                    .iter()
                    .map(|b| {
                        let keys = b
                            .keys
                            .iter()
                            .map(|k| view! { <kbd>{key_label(k).to_string()}</kbd> })
                            .collect_view();
                        view! {
                            <tr data-command=b.command.id() data-keys=b.keys.join(" ")>
                                <td class="keys">{keys}</td>
                                <td>{words.command(b.command)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <tbody data-context=c.id()>
                        <tr><th colspan="2" scope="rowgroup">{words.key_context(c)}</th></tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view();
        Some(view! {
            <section class="key-list" role="dialog" aria-labelledby="key-list-title" tabindex="-1"
                data-key-list="" node_ref=list>
                <h2 id="key-list-title">{words.keys_title()}</h2>
                <table>{contexts}</table>
                <button type="button" class="close" on:click=move |_| state.keys_shown.set(false)>
                    {words.close()}
                </button>
            </section>
        })
    }
}
