//! Saving the view: the SVG from `crate::export`, downloaded as a file, or drawn on a canvas at
//! twice its size and downloaded as PNG. The SVG is built in Rust from the same scene and style
//! table as the map; the browser only turns it into a file.

use super::model::MapModel;
use super::state::AppState;
use crate::export::{map_svg, Picture, Sheet, HEIGHT, WIDTH};
use crate::scene::LabelLayout;
use crate::words::Lang;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The picture of what is on screen, as SVG text, with the language's font inside it (or, when
/// the font could not be had, a line saying so).
fn picture(state: AppState, model: &MapModel, font: Font) -> String {
    let layout = model.layout.get_untracked();
    picture_with(
        state,
        model,
        &layout,
        model.text_scale.get_untracked(),
        font,
        Sheet::Picture,
        crate::carto::paint::PaintMode::Screen,
    )
}

/// The font a picture carries.
enum Font {
    /// The language needs none of ours (English, Russian), or the page's fonts apply (print).
    NotNeeded,
    /// The bytes of the language's font.
    Inside(Vec<u8>),
    /// Needed but not to be had (offline before it was ever fetched).
    Missing,
}

/// The picture of the view on the shown date, in the page's language, with names laid out by
/// `layout` at `text_scale`.
fn picture_with(
    state: AppState,
    model: &MapModel,
    layout: &LabelLayout,
    text_scale: f64,
    font: Font,
    sheet: Sheet,
    paint: crate::carto::paint::PaintMode,
) -> String {
    let (font_missing, font) = match &font {
        Font::NotNeeded => (false, None),
        Font::Inside(bytes) => (false, Some(bytes.as_slice())),
        Font::Missing => (true, None),
    };
    map_svg(&Picture {
        atlas: &model.atlas,
        scene: &model.scene,
        layout,
        date: state.date.get_untracked(),
        lang: state.lang.get_untracked(),
        view: state.viewport.get_untracked().visible_rect(),
        font,
        font_missing,
        paint,
        text_scale,
        sheet,
        finish: state.finish.get_untracked(),
    })
}

/// Fetches the font the page uses for `lang`'s script (`fonts/atlas-<lang>.woff2`, by the name
/// the stylesheet gives it), if it has one. When it cannot be had, the picture says so and so
/// does a notice on the page.
async fn font_for(lang: Lang) -> Font {
    if !matches!(lang, Lang::Ja | Lang::Zh | Lang::Ko) {
        return Font::NotNeeded;
    }
    match super::dom::fetch_bytes(&super::fonts::font_url(lang)).await {
        Ok(bytes) => Font::Inside(bytes),
        Err(e) => {
            web_sys::console::error_1(&format!("picture without its font: {e}").into());
            super::site_notices::report(crate::site::SiteNotice::FontUnavailable(lang));
            Font::Missing
        }
    }
}

/// Builds the picture (after fetching its font) and hands it to `then`.
fn with_picture(state: AppState, model: &MapModel, then: impl FnOnce(String) + 'static) {
    let model = model.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let font = font_for(state.lang.get_untracked()).await;
        then(picture(state, &model, font));
    });
}

/// The file name: `frontier-atlas-1905-09-05.svg`.
fn file_name(state: AppState, ext: &str) -> String {
    format!("frontier-atlas-{}.{ext}", state.date.get_untracked())
}

fn svg_blob(text: &str) -> Option<web_sys::Blob> {
    text_blob(text, "image/svg+xml;charset=utf-8")
}

fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys_array(text);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()
}

/// Offers a text as a file to download (a tour file).
pub fn download_text(text: &str, mime: &str, name: &str) {
    if let Some(blob) = text_blob(text, mime) {
        download(&blob, name);
    }
}

/// A one-element JavaScript array of the text, without pulling in js-sys for it.
fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    wasm_bindgen::JsValue::from(vec![wasm_bindgen::JsValue::from_str(text)])
}

/// Offers a blob as a download under a name.
fn download(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    // Revoke once the browser has taken the file.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

/// Says on the page that the picture could not be made.
fn export_failed(why: &str) {
    web_sys::console::error_1(&format!("the picture could not be made: {why}").into());
    super::site_notices::report(crate::site::SiteNotice::ExportFailed);
}

/// Downloads the view as SVG.
pub fn save_svg(state: AppState, model: &MapModel) {
    let name = file_name(state, "svg");
    with_picture(state, model, move |svg| match svg_blob(&svg) {
        Some(blob) => download(&blob, &name),
        None => export_failed("no blob"),
    });
}

/// Downloads the view as PNG, at twice the picture's size so it stays sharp on a slide.
pub fn save_png(state: AppState, model: &MapModel) {
    let name = file_name(state, "png");
    with_picture(state, model, move |svg| draw_png(&svg, name));
}

/// Draws the SVG on a canvas at twice its size and downloads it as PNG. Every way this can fail
/// (the browser refusing a `blob:` image, a canvas it will not give) ends in a notice, never in
/// a button that silently does nothing.
fn draw_png(svg: &str, name: String) {
    let Some(blob) = svg_blob(svg) else {
        return export_failed("no blob");
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return export_failed("no object URL");
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return export_failed("no image element");
    };
    let img2 = img.clone();
    let url2 = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let scale = 2.0;
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return export_failed("no canvas");
        };
        canvas.set_width((WIDTH * scale) as u32);
        canvas.set_height((HEIGHT * scale) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return export_failed("no 2d context");
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img2,
            0.0,
            0.0,
            WIDTH * scale,
            HEIGHT * scale,
        );
        let done = Closure::once_into_js(move |png: Option<web_sys::Blob>| match png {
            Some(png) => download(&png, &name),
            None => export_failed("the canvas gave no PNG"),
        });
        if canvas.to_blob(done.unchecked_ref()).is_err() {
            export_failed("the canvas refused to give a PNG");
        }
    });
    let url3 = url.clone();
    let onerror = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url3);
        export_failed("the browser would not load the picture as an image");
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&url);
}

/// Names on the printed map against the screen: the page's picture (1380 pixels wide) is printed
/// about 270 mm wide, so its smallest names (12 pixels on screen) need this to be 9 points.
const PRINT_TEXT_SCALE: f64 = 1.45;

/// The printed page's map: before the browser prints (its menu, Ctrl+P or the Print button),
/// the picture of the view is put into `#print-picture`, which only the print stylesheet shows.
/// A picture, not the live map, so the handout has its date, legend and attribution, and fits
/// the paper whatever the screen's shape. Built only when printing: it is too big to rebuild on
/// every step of the slider.
pub fn install_print(state: AppState, model: MapModel) {
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        if let Some(holder) = document().get_element_by_id("print-picture") {
            // Inline, so the page's fonts draw its Japanese, Chinese or Korean.
            // Its ids made its own, apart from the live map's patterns of the same names.
            let lang = state.lang.get_untracked();
            let layout = model
                .scene
                .label_layout(&model.atlas, lang.id(), PRINT_TEXT_SCALE);
            let svg = picture_with(
                state,
                &model,
                &layout,
                PRINT_TEXT_SCALE,
                Font::NotNeeded,
                Sheet::Paper,
                crate::carto::paint::PaintMode::Print,
            )
            .replace("id=\"", "id=\"print-")
            .replace("url(#", "url(#print-")
            .replace("href=\"#", "href=\"#print-");
            holder.set_inner_html(&svg);
        }
        // Page two (the card and the legend) in greys too, when the handout is for a copier.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-finish", state.finish.get_untracked().id());
        }
    });
}
