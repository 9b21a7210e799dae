//! Small browser helpers the components share: where the drawn frame sits on screen, whether the
//! reader asked for less motion, whether a key press belongs to a text field, a file of the site.

use crate::carto::frame::{HEIGHT, WIDTH};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the map frame sits inside an SVG element drawn with `preserveAspectRatio="xMidYMid
/// meet"`: screen pixels per map unit, and the frame's top-left corner in client coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FramePlacement {
    /// Screen pixels per map unit.
    pub scale: f64,
    /// Client x of the frame's left edge.
    pub left: f64,
    /// Client y of the frame's top edge.
    pub top: f64,
}

impl FramePlacement {
    /// Screen pixels per map unit for a drawing area of this size.
    pub fn scale_for(width: f64, height: f64) -> f64 {
        (width / WIDTH).min(height / HEIGHT).max(1e-6)
    }

    /// Measures an element now.
    pub fn of(el: &web_sys::Element) -> FramePlacement {
        let r = el.get_bounding_client_rect();
        let scale = FramePlacement::scale_for(r.width(), r.height());
        FramePlacement {
            scale,
            left: r.left() + (r.width() - WIDTH * scale) / 2.0,
            top: r.top() + (r.height() - HEIGHT * scale) / 2.0,
        }
    }

    /// A client point as a frame point.
    pub fn to_frame(self, client_x: f64, client_y: f64) -> [f64; 2] {
        [
            (client_x - self.left) / self.scale,
            (client_y - self.top) / self.scale,
        ]
    }
}

/// Whether the reader's system asks for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether a key event is typing into a field (so page-wide keys leave it alone).
pub fn typing_into_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "textarea"
                || tag == "select"
                || (tag == "input" && el.get_attribute("type").as_deref() != Some("range"))
        })
}

/// The bytes of a file of the site (a path relative to the page), or why not.
pub async fn fetch_bytes(file: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |e: wasm_bindgen::JsValue| format!("{file}: {e:?}");
    let response = JsFuture::from(window().fetch_with_str(file))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!("{file}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Calls `on_size(width, height)` with `el`'s content size whenever it changes, the first time
/// once the page has been laid out. The size comes with the observer's report: reading it from
/// the element instead would force a layout of the whole page, a tenth of a second at start-up.
pub fn watch_size(el: &web_sys::Element, on_size: impl Fn(f64, f64) + 'static) {
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let last = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok());
            if let Some(entry) = last {
                let r = entry.content_rect();
                on_size(r.width(), r.height());
            }
        },
    );
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    cb.forget();
}

/// Milliseconds since the page started, for timing moves.
pub fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Runs `then` once the browser has drawn the next frame: a timer set from inside that frame's
/// animation callback fires after the frame is painted, so what is on the page now shows first.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(then, std::time::Duration::ZERO);
    });
}
