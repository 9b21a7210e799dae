//! The Leptos components. They only draw: all data, projection and paths come from the core,
//! computed once; the date flows one way, slider → date signal → one memo per piece → attributes.

mod app;
mod cards;
mod commands;
mod compare;
mod dom;
mod export;
mod fonts;
mod key_list;
mod legend;
mod lesson;
mod link_sync;
mod map;
mod model;
mod play;
mod site_notices;
mod state;
mod steps;
mod texts;
mod timeline;
mod toolbar;
mod view;

use crate::words::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts the app: a panic hook that shows the failure on the page, then the data, then the view.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(
            Lang::default().words().fatal_internal(),
            &[info.to_string()],
        );
    }));
    wire_reload_button();
    match crate::wire::Compiled::decode(include_bytes!("../../geo/atlas.bin")) {
        Ok(compiled) => {
            texts::set_build(&compiled.build);
            let mount = document()
                .get_element_by_id("app")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(loading) = document().get_element_by_id("loading") {
                loading.remove();
            }
            let view = move || view! { <app::App compiled=compiled.clone() /> };
            let mount_page = move |lang: Lang| {
                // The page's first words are drawn only once their texts and font are ready.
                texts::when_ready(lang, move || match mount {
                    Some(el) => leptos::mount::mount_to(el, view).forget(),
                    None => leptos::mount::mount_to_body(view),
                });
            };
            let link = link_sync::initial().0;
            let hash = link_sync::location_hash();
            match crate::link::tour_value(&hash).map(str::to_string) {
                // A tour is read (decompressed by the browser) before the page is built, so
                // the first frame is its stop, never the default day.
                Some(value) => wasm_bindgen_futures::spawn_local(async move {
                    let (tour, problems) = lesson::tour::read_link(&value).await;
                    let at = link
                        .stop
                        .map_or(0, |n| n - 1)
                        .min(tour.stops.len().saturating_sub(1));
                    let lang = link
                        .lang
                        .or_else(|| tour.stops.get(at).and_then(|s| s.lang))
                        .unwrap_or_else(link_sync::browser_lang);
                    START_TOUR.with(|t| *t.borrow_mut() = Some((tour, problems, value)));
                    mount_page(lang);
                }),
                None => mount_page(link.lang.unwrap_or_else(link_sync::browser_lang)),
            }
        }
        Err(problem) => show_fatal(Lang::default().words().fatal_data(), &[problem.to_string()]),
    }
}

thread_local! {
    /// The tour read from the link at start-up, for the page to open.
    static START_TOUR: std::cell::RefCell<Option<StartTour>> = const { std::cell::RefCell::new(None) };
}

/// A tour read from the link at start-up: the tour, what was wrong with it, and the link's value.
type StartTour = (
    crate::lesson::tour::Tour,
    Vec<crate::lesson::tour::TourProblem>,
    String,
);

/// The tour the page was opened with, once (the page takes it as it is built).
fn start_tour() -> Option<StartTour> {
    START_TOUR.with(|t| t.borrow_mut().take())
}

/// Panics on purpose, for the browser tests: they call it as `window.wasmBindings.panic_for_test()`
/// once the map is up, to prove that a failure after mount is shown on the page with a reload
/// button. Nothing in the page calls it, and only the browser-test build (feature `test-hooks`,
/// `scripts/test.sh`) has it: a deployed page exports no such switch.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_for_test() {
    panic!("a deliberate failure, asked for by panic_for_test()");
}

/// The failure box's reload button (in `index.html`, so it exists whatever state Leptos is in).
fn wire_reload_button() {
    if let Some(button) = document().get_element_by_id("fatal-reload") {
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
    }
}

/// Writes a failure into the page's `#fatal` box and hides the map behind it: plain DOM, so it
/// works before the app mounts and after, whatever state Leptos is in.
fn show_fatal(headline: &str, details: &[String]) {
    let doc = document();
    let Some(el) = doc.get_element_by_id("fatal") else {
        return;
    };
    let _ = el.remove_attribute("hidden");
    if let Some(h) = doc.get_element_by_id("fatal-headline") {
        h.set_text_content(Some(headline));
    }
    if let Some(d) = doc.get_element_by_id("fatal-details") {
        d.set_text_content(Some(&details.join("\n")));
    }
    if let Some(b) = doc.get_element_by_id("fatal-reload") {
        b.set_text_content(Some(Lang::default().words().reload()));
    }
    if let Some(loading) = doc.get_element_by_id("loading") {
        loading.remove();
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("aria-hidden", "true");
        let _ = app.class_list().add_1("stopped");
    }
}
