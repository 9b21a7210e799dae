//! The Leptos components. They only draw: all data, projection and paths come from the core,
//! computed once; the date flows one way, slider → date signal → one memo per piece → attributes.

mod app;
mod legend;
mod map;
mod slider;

use crate::data::{bundled, DataError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts the app: a panic hook that shows the failure on the page, then the data, then the view.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(
            "The map stopped because of an internal error. Reload the page to try again.",
            &[info.to_string()],
        );
    }));
    match bundled::atlas() {
        Ok(atlas) => {
            let mount = document()
                .get_element_by_id("app")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(loading) = document().get_element_by_id("loading") {
                loading.remove();
            }
            let view = move || view! { <app::App atlas=atlas.clone() /> };
            match mount {
                Some(el) => leptos::mount::mount_to(el, view).forget(),
                None => leptos::mount::mount_to_body(view),
            }
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(DataError::to_string).collect();
            show_fatal("The map's data failed its checks, so nothing is drawn rather than something wrong.", &lines);
        }
    }
}

/// Writes a failure into the page's `#fatal` box (plain DOM, so it works whatever state Leptos is in).
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
    if let Some(loading) = doc.get_element_by_id("loading") {
        loading.remove();
    }
}
