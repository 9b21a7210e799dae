//! A language's texts (event texts, names, notes: `texts-<lang>.bin`, see `wire`) load the
//! first time the language is chosen, so the first view downloads English only. The language is
//! shown once its texts and its font are both at hand. A texts file of another build than the
//! map's is refused (its rows would not match), and English is shown with a notice.
//!
//! The cards' texts in English (accounts, notes, sources) are a table too, fetched once the map
//! is drawn ([`load_card_texts`]): the map does not wait for words only a card shows.

use super::fonts;
use crate::model::localized::{english_cards_ready, install_translations, translations_ready};
use crate::site::SiteNotice;
use crate::wire::{decode_texts, texts_url, WireError};
use crate::words::Lang;
use std::sync::OnceLock;

/// The map's build id (from `atlas.bin`), which a texts file must carry.
static BUILD: OnceLock<String> = OnceLock::new();

/// Keeps the map's build id, to check the texts files against.
pub fn set_build(build: &str) {
    let _ = BUILD.set(build.to_string());
}

/// Fetches the cards' texts in English and sets `ready` once they are installed. Where they
/// cannot be had (a newer deploy replaced this build's files before the first visit finished,
/// or a file of another build), the cards keep their titles and a notice says why.
///
/// The page's root carries `data-cards-pending` (from `index.html`) until then, so a test, or a
/// tool, waits on the state it needs rather than for a time.
pub fn load_card_texts(ready: leptos::prelude::RwSignal<bool>) {
    use leptos::prelude::Set;
    let settled = move || {
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.remove_attribute("data-cards-pending");
        }
    };
    if english_cards_ready() {
        ready.set(true);
        return settled();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let build = BUILD.get().map_or("", String::as_str);
        let bytes = super::dom::fetch_bytes(&texts_url("en", build)).await;
        match bytes.and_then(|b| decode_texts(build, "en", &b).map_err(|e| e.to_string())) {
            Ok(t) => {
                install_translations("en", t.rows);
                ready.set(true);
            }
            Err(why) => {
                web_sys::console::error_1(&format!("cards' texts unavailable: {why}").into());
                super::site_notices::report(SiteNotice::CardTextsUnavailable);
            }
        }
        settled();
    });
}

/// Runs `then` once `lang`'s texts and font are ready. Texts that cannot be had (the network
/// failing on a first visit, or a newer deploy having replaced this build's files; after one
/// visit the offline copy has every language's texts) or that belong to another build are not
/// used: the data's texts show in English, the cards say they are not translated, and a notice
/// on the page says why.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    let id = lang.id();
    if translations_ready(id) {
        return fonts::when_ready(lang, then);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let build = BUILD.get().map_or("", String::as_str);
        let texts = match super::dom::fetch_bytes(&texts_url(id, build)).await {
            Ok(bytes) => decode_texts(build, id, &bytes).map_err(|e| {
                let notice = match e {
                    WireError::OtherBuild { .. } => SiteNotice::TextsOtherVersion(lang),
                    _ => SiteNotice::TextsUnavailable(lang),
                };
                (notice, e.to_string())
            }),
            Err(e) => Err((SiteNotice::TextsUnavailable(lang), e)),
        };
        match texts {
            Ok(t) => install_translations(id, t.rows),
            Err((notice, why)) => {
                web_sys::console::error_1(&format!("texts shown in English: {why}").into());
                super::site_notices::report(notice);
            }
        }
        fonts::when_ready(lang, then);
    });
}
