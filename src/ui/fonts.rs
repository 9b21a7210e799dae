//! Fonts for Japanese, Chinese and Korean (`fonts/`, see `scripts/build-fonts.sh`) load only for
//! a page in that language. Text is shown in a language only once its font is ready: Chromium
//! keeps the empty boxes it drew for text laid out before a web font arrived, even after the
//! font has loaded.

use crate::words::Lang;
use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The `@font-face` family in `style.css` that holds `lang`'s characters, if it needs one.
fn family(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Ja => Some("Atlas JA"),
        Lang::Zh => Some("Atlas ZH"),
        Lang::Ko => Some("Atlas KO"),
        Lang::En | Lang::Ru => None,
    }
}

/// The address of `lang`'s font (for a picture to carry it): the name the post-build step gave
/// it, with its content's hash, from the page's `<meta name="font-<lang>">`; the plain name when
/// the page has none (a page not built by Trunk).
pub fn font_url(lang: Lang) -> String {
    document()
        .query_selector(&format!("meta[name=\"font-{}\"]", lang.id()))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| format!("fonts/atlas-{}.woff2", lang.id()))
}

/// Runs `then` once `lang`'s font has loaded (or failed to: the text is still better shown in
/// a fallback than not at all); at once for a language that needs no font of ours.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    let Some(family) = family(lang) else {
        return then();
    };
    // A wide character of the language, so the browser fetches the font for it.
    let sample = match lang {
        Lang::Ko => "한",
        _ => "日",
    };
    // Offline before the font was ever fetched, or the file missing: say so, since its
    // characters may be empty boxes on a machine without such fonts.
    let failed =
        move || super::site_notices::report(crate::site::SiteNotice::FontUnavailable(lang));
    when_loaded(family, sample, failed, then);
}

/// Runs `then` once the sources' font ("Atlas Sources") has loaded the characters of `text`
/// (or failed to): a source's title in Japanese, Chinese or Korean, shown as written.
pub fn when_sources_ready(text: &str, then: impl FnOnce() + 'static) {
    when_loaded("Atlas Sources", text, || {}, then);
}

/// Runs `then` once `family` has loaded for `sample`, or failed to (after `failed`), or two
/// seconds have passed, whichever comes first.
fn when_loaded(
    family: &str,
    sample: &str,
    failed: impl FnOnce() + 'static,
    then: impl FnOnce() + 'static,
) {
    // Both outcomes run `then`, whichever comes first; the other finds it gone.
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(then) as Box<dyn FnOnce()>
    )));
    let run = {
        let then = then.clone();
        move || {
            if let Some(f) = then.take() {
                f();
            }
        }
    };
    let promise = document()
        .fonts()
        .load_with_text(&format!("16px \"{family}\""), sample);
    let (ok_run, err_run) = (run.clone(), run.clone());
    let ok = Closure::once(move |_: wasm_bindgen::JsValue| ok_run());
    let err = Closure::once(move |_: wasm_bindgen::JsValue| {
        failed();
        err_run()
    });
    let _ = promise.then2(&ok, &err);
    // Owned by the promise from here on.
    ok.forget();
    err.forget();
    // Never leave the page waiting on a font: after two seconds, go on without it.
    let late = Closure::once_into_js(run);
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(late.unchecked_ref(), 2000);
}
