//! A language's texts (event texts, names, notes: `texts-<lang>.bin`, see `compiled`) load the
//! first time the language is chosen, so the first view downloads English only. The language is
//! shown once its texts and its font are both at hand.

use super::fonts;
use crate::compiled::{texts_file, Compiled};
use crate::model::localized::{install_translations, translations_ready};
use crate::words::Lang;

/// Runs `then` once `lang`'s texts and font are ready. Texts that cannot be had (the network
/// failing on a first visit; after one, the offline copy has every language's texts) are shown in
/// English, the cards say they are not translated, and the console says why.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    let id = lang.id();
    if translations_ready(id) {
        return fonts::when_ready(lang, then);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let rows = super::dom::fetch_bytes(&texts_file(id))
            .await
            .and_then(|bytes| Compiled::decode_texts(id, &bytes));
        match rows {
            Ok(rows) => install_translations(id, rows),
            Err(e) => web_sys::console::error_1(&format!("texts shown in English: {e}").into()),
        }
        fonts::when_ready(lang, then);
    });
}
