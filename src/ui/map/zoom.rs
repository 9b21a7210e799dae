//! Zoom and pan by wheel, drag, pinch, buttons and keys, and the named focus views. The arithmetic
//! is `carto::Viewport`'s; this file only turns browser events into it.

use super::super::dom::FramePlacement;
use super::super::state::AppState;
use crate::carto::frame::{HEIGHT, WIDTH};
use crate::carto::Viewport;
use crate::scene::focus::FocusView;
use leptos::prelude::*;

/// A drag shorter than this (screen pixels) is a click.
const CLICK_SLOP: f64 = 5.0;
/// One button press or key zooms by this factor.
pub(in crate::ui) const STEP_ZOOM: f64 = 1.6;
/// One arrow key pans by this many frame units.
const STEP_PAN: f64 = 80.0;

/// A pointer on the map: its id and where it is (client pixels).
type Pointer = (i32, [f64; 2]);

/// The map's gesture handling. `Copy`, so every event closure can hold it.
#[derive(Clone, Copy)]
pub struct ZoomHandlers {
    state: AppState,
    svg: NodeRef<leptos::svg::Svg>,
    pointers: StoredValue<Vec<Pointer>>,
    /// Where the first pointer went down, to tell a click from a drag.
    down_at: StoredValue<Option<[f64; 2]>>,
    /// Whether the current (or last) press moved the map.
    dragging: StoredValue<bool>,
}

impl ZoomHandlers {
    /// Handlers for the map drawn in `svg`.
    pub fn new(state: AppState, svg: NodeRef<leptos::svg::Svg>) -> ZoomHandlers {
        ZoomHandlers {
            state,
            svg,
            pointers: StoredValue::new(Vec::new()),
            down_at: StoredValue::new(None),
            dragging: StoredValue::new(false),
        }
    }

    fn placement(&self) -> Option<FramePlacement> {
        self.svg.get_untracked().map(|el| FramePlacement::of(&el))
    }

    /// Keeps `frame_scale` in step with the map's size on screen.
    pub fn watch_size(self) {
        let state = self.state;
        Effect::new(move |_| {
            let Some(el) = self.svg.get() else {
                return;
            };
            super::super::dom::watch_size(&el, move |w, h| {
                let s = FramePlacement::scale_for(w, h);
                if (s - state.frame_scale.get_untracked()).abs() > 1e-4 {
                    state.frame_scale.set(s);
                }
                if state.map_size.get_untracked() != [w, h] {
                    state.map_size.set([w, h]);
                }
            });
        });
    }

    /// Whether the press that ends in a click moved the map (so it is not a click on a piece).
    pub fn was_drag(&self) -> bool {
        self.dragging.get_value()
    }

    /// The wheel zooms about the pointer.
    pub fn wheel(&self, ev: web_sys::WheelEvent) {
        let Some(p) = self.placement() else {
            return;
        };
        ev.prevent_default();
        let lines = if ev.delta_mode() == 1 { 16.0 } else { 1.0 };
        let factor = (-ev.delta_y() * lines * 0.0022).exp();
        let anchor = p.to_frame(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let v = self.state.viewport.get_untracked().zoomed(factor, anchor);
        self.state.move_view(v);
    }

    /// A press starts a possible drag or pinch.
    pub fn pointer_down(&self, ev: web_sys::PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let at = [f64::from(ev.client_x()), f64::from(ev.client_y())];
        self.pointers.update_value(|ps| {
            ps.retain(|(id, _)| *id != ev.pointer_id());
            ps.push((ev.pointer_id(), at));
        });
        if self.pointers.with_value(Vec::len) == 1 {
            self.down_at.set_value(Some(at));
            self.dragging.set_value(false);
        }
    }

    /// Moving one pointer pans; moving two pinches.
    pub fn pointer_move(&self, ev: web_sys::PointerEvent) {
        let id = ev.pointer_id();
        let at = [f64::from(ev.client_x()), f64::from(ev.client_y())];
        let before = self.pointers.with_value(|ps| ps.clone());
        let Some(prev) = before.iter().find(|(p, _)| *p == id).map(|(_, xy)| *xy) else {
            return;
        };
        let Some(place) = self.placement() else {
            return;
        };
        if !self.dragging.get_value() {
            let start = self.down_at.get_value().unwrap_or(prev);
            if (at[0] - start[0]).hypot(at[1] - start[1]) < CLICK_SLOP && before.len() < 2 {
                return;
            }
            self.dragging.set_value(true);
            // Only now: capturing on press would take the click away from the piece under it.
            if let Some(svg) = self.svg.get_untracked() {
                let _ = svg.set_pointer_capture(id);
            }
        }
        ev.prevent_default();
        let after: Vec<Pointer> = before
            .iter()
            .map(|(p, xy)| if *p == id { (*p, at) } else { (*p, *xy) })
            .collect();
        let v = self.state.viewport.get_untracked();
        let moved = match (before.as_slice(), after.as_slice()) {
            ([(_, a0), (_, b0), ..], [(_, a1), (_, b1), ..]) => {
                let (d0, d1) = (distance(*a0, *b0), distance(*a1, *b1));
                let (m0, m1) = (midpoint(*a0, *b0), midpoint(*a1, *b1));
                let (f0, f1) = (place.to_frame(m0[0], m0[1]), place.to_frame(m1[0], m1[1]));
                v.zoomed(if d0 > 1.0 { d1 / d0 } else { 1.0 }, f0)
                    .panned([f1[0] - f0[0], f1[1] - f0[1]])
            }
            _ => v.panned([
                (at[0] - prev[0]) / place.scale,
                (at[1] - prev[1]) / place.scale,
            ]),
        };
        self.pointers.set_value(after);
        self.state.move_view(moved);
    }

    /// Lifting a pointer ends its part of the gesture.
    pub fn pointer_up(&self, ev: web_sys::PointerEvent) {
        self.pointers
            .update_value(|ps| ps.retain(|(id, _)| *id != ev.pointer_id()));
        if let Some(svg) = self.svg.get_untracked() {
            let _ = svg.release_pointer_capture(ev.pointer_id());
        }
    }
}

/// Zooms about the frame's centre by `factor` (a button or a key).
pub(in crate::ui) fn zoom_by(state: AppState, factor: f64) {
    let centre = [WIDTH / 2.0, HEIGHT / 2.0];
    state.move_view(state.viewport.get_untracked().zoomed(factor, centre));
}

/// Pans one step in `direction` (each part −1, 0 or 1; `[1, 0]` shows more of the west).
pub(in crate::ui) fn pan_by(state: AppState, direction: [f64; 2]) {
    let by = [direction[0] * STEP_PAN, direction[1] * STEP_PAN];
    state.move_view(state.viewport.get_untracked().panned(by));
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

fn midpoint(a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]
}

/// The focus views, one click away, and the zoom buttons.
#[component]
pub fn MapTools() -> impl IntoView {
    let state = expect_context::<AppState>();
    let words = move || state.words();
    let views = FocusView::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button type="button" class="focus" data-view=v.id()
                    aria-pressed=move || (state.focus.get() == Some(v)).to_string()
                    on:click=move |_| state.show_focus(v)>
                    {move || words().focus_name(v)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="map-tools">
            <div class="views" role="group" aria-label=move || words().views_label()>
                <button type="button" class="focus whole" data-view="full"
                    aria-pressed=move || (state.focus.get().is_none() && state.viewport.get() == Viewport::FULL).to_string()
                    on:click=move |_| state.show_whole_map()>
                    {move || words().whole_map()}
                </button>
                {views}
            </div>
            <div class="zoom" role="group">
                <button type="button" class="zoom-in" aria-label=move || words().zoom_in() title=move || words().zoom_in()
                    on:click=move |_| zoom_by(state, STEP_ZOOM)>"+"</button>
                <button type="button" class="zoom-out" aria-label=move || words().zoom_out() title=move || words().zoom_out()
                    on:click=move |_| zoom_by(state, 1.0 / STEP_ZOOM)>"−"</button>
                // With the map's own tools, where it has room in every language and on short
                // screens (the hint under the date gives its room away there).
                <crate::ui::key_list::ShowKeys />
            </div>
        </div>
    }
}
