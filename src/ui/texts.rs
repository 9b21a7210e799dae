//! A language's texts (event texts, names, notes: `texts-<lang>.bin`, see `wire`) load the
//! first time the language is chosen, so the first view downloads English only. The language is
//! shown once its texts and its font are both at hand. A texts file of another build than the
//! map's is refused (its rows would not match), and English is shown with a notice.

use super::fonts;
use crate::model::localized::{install_translations, translations_ready};
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
