//! The locator and the scale bar, in the lower left corner of a zoomed-in map: the whole map's
//! coast with the part in view marked, and a round distance measured at the view's middle
//! (`carto::scale`). The corner is kept clear of names by their room (`scene::Room`).
//!
//! Drawn at one nominal width and scaled to the room the map gives it; what moves with the view
//! (the mark and the bar) is one string, so the inset costs the page three reactive attributes.

use super::names::room_memo;
use crate::carto::{frame, scale::scale_bar};
use crate::scene::{INSET_PAD, INSET_SCALE_ROW};
use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The locator's width as drawn, before it is scaled to the map's room.
const NOMINAL: f64 = 128.0;
/// The locator's height as drawn.
const NOMINAL_H: f64 = NOMINAL * frame::HEIGHT / frame::WIDTH;

/// The inset, in the names' pixel layer; hidden at the whole view.
#[component]
pub fn Inset(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let room = room_memo(state);
    let inset = Memo::new(move |_| room.get().and_then(|r| r.inset));
    // The inset's place, and its scale from the nominal width.
    let transform = move || {
        let fs = state.frame_scale.get();
        inset.get().map_or_else(String::new, |b| {
            let k = (b[2] - b[0] - 2.0 * INSET_PAD) / NOMINAL;
            format!(
                "scale({:.6}) translate({:.1},{:.1}) scale({k:.4})",
                1.0 / fs,
                b[0],
                b[1]
            )
        })
    };
    // The part in view on the locator, and the bar: one string.
    let moving = move || {
        let Some(b) = inset.get() else {
            return String::new();
        };
        let k = (b[2] - b[0] - 2.0 * INSET_PAD) / NOMINAL;
        let view = state.viewport.get();
        let bar = scale_bar(
            &frame::projection(),
            view,
            // The bar is drawn in the inset's nominal units: a screen pixel is 1 / k of them.
            state.frame_scale.get() / k,
            // Room for its words (52 screen pixels) beside it.
            NOMINAL - 52.0 / k,
        );
        let [x0, y0, x1, y1] = view.visible_rect();
        let u = NOMINAL / frame::WIDTH;
        let y = INSET_PAD + NOMINAL_H + 4.0;
        format!(
            r#"<rect class="locator-view" data-locator-view="" x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/><g data-scale-bar="" data-km="{km}" transform="translate({INSET_PAD},{y:.1})"><path class="scale-bar" d="M0.5,6V13.5H{:.1}V6"/><text x="{:.1}" y="14" font-size="{:.1}">{}</text></g>"#,
            INSET_PAD + x0 * u,
            INSET_PAD + y0 * u,
            (x1 - x0) * u,
            (y1 - y0) * u,
            bar.px,
            bar.px + 5.0,
            12.0 / k,
            atlas_core::xml::escape(&state.words().scale_km(bar.km)),
            km = bar.km,
        )
    };
    let coast = model.scene.coast.clone();
    let scale = NOMINAL / frame::WIDTH;
    view! {
        <g class="inset" data-inset="" aria-hidden="true" transform=transform
            visibility=move || if inset.get().is_some() { "visible" } else { "hidden" }>
            <rect class="inset-back" rx="4" width=NOMINAL + 2.0 * INSET_PAD
                height=NOMINAL_H + INSET_SCALE_ROW + 2.0 * INSET_PAD />
            <g data-locator="" transform=format!("translate({INSET_PAD},{INSET_PAD}) scale({scale})")>
                <rect class="locator-sea" width=frame::WIDTH height=frame::HEIGHT />
                <path class="locator-coast" d=coast />
            </g>
            <g inner_html=moving></g>
        </g>
    }
}
