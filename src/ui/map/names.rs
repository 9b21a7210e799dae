//! The names on the map: regions, seas and places, drawn at a constant size on screen and placed
//! where they collide with nothing (`carto::placement` decides; this layer only moves them).

use super::super::model::MapModel;
use super::super::state::AppState;
use super::paint::Paint;
use crate::atlas::LabelKind;
use crate::carto::paint::Line;
use crate::carto::placement::{text_width, Anchor, GAP, MARKER};
use crate::carto::style::RIVER_NAME;
use crate::scene::callout::RADIUS_PX;
use crate::scene::{anchor_attributes, fonts, troops_mark_offset, visible_px, Room, TROOPS_PX};
use leptos::prelude::*;

/// The room names have on the map (`None` until the map is measured): the part of the names'
/// layer in view, less the inset's corner when zoomed in.
pub fn room_memo(state: AppState) -> Memo<Option<Room>> {
    Memo::new(move |_| {
        let [w, h] = state.map_size.get();
        (w > 0.0).then(|| {
            Room::new(
                visible_px(state.frame_scale.get(), w, h),
                state.viewport.get().k,
            )
        })
    })
}

/// Names drawn at a constant size on screen: a layer whose units are screen pixels, with each
/// name moved to where its point is in the current view.
#[component]
pub fn Names(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scene = model.scene.clone();
    let paint = Paint::of(state);
    let width = move |l: Line| paint.width(l);
    // Where a map point is, in the overlay's pixels.
    let px = move |at: [f64; 2]| {
        let s = state.frame_scale.get();
        let [x, y] = state.viewport.get().to_frame(at);
        [x * s, y * s]
    };
    let to_px = move |at: [f64; 2]| {
        let [x, y] = px(at);
        format!("translate({x:.1},{y:.1})")
    };
    // The part of the overlay the map shows, less the locator's corner when zoomed in; a name
    // they would cut is hidden.
    let room = room_memo(state);
    let fits = move |at: [f64; 2], a: Anchor, text: &str, font: f64, bold: bool| {
        room.get()
            .is_none_or(|r| r.fits_name(px(at), a, text, font, bold))
    };
    // A name without a marker (a region, a sea, a river): its text moved to its point, on the
    // side the layout gives, hidden where there is no room or the map's edge would cut it.
    let name_text = move |class: &'static str,
                          river: Option<String>,
                          at: [f64; 2],
                          side: Memo<Option<Anchor>>,
                          font: f64,
                          bold: bool,
                          text: Signal<String>| {
        let scale = model.text_scale;
        let shown = move || {
            side.get()
                .is_some_and(|a| text.with(|t| fits(at, a, t, font * scale.get(), bold)))
        };
        let attrs = move || {
            side.get()
                .map(|a| anchor_attributes(a, font * scale.get() * fonts::LINE))
        };
        let fill = river.is_some().then_some(RIVER_NAME);
        view! {
            <text class=class data-river-name=river fill=fill transform=move || to_px(at) font-size=move || font * scale.get()
                x=move || attrs().map_or(0.0, |a| a.0) y=move || attrs().map_or(0.0, |a| a.1)
                text-anchor=move || attrs().map_or("middle", |a| a.2)
                visibility=move || if shown() { "visible" } else { "hidden" }>
                {move || text.get()}
            </text>
        }
    };
    let labels = scene
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (class, font, bold) = match l.kind {
                LabelKind::Region => ("label region", fonts::REGION, true),
                LabelKind::Context => ("label context", fonts::CONTEXT, true),
                LabelKind::Sea => ("label sea", fonts::SEA, false),
            };
            let atlas = model.atlas.clone();
            let text =
                Signal::derive(move || atlas.labels[i].text.get(state.lang.get().id()).to_string());
            name_text(class, None, l.at, model.labels[i], font, bold, text)
        })
        .collect_view();
    let places = scene
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let pm = model.places[i];
            let font = fonts::PLACE[(p.rank as usize).clamp(1, 3) - 1];
            let at = p.at;
            let kind = p.kind;
            let scale = model.text_scale;
            let bold = p.rank == 1;
            let shown = move || match (pm.name.get(), pm.side.get()) {
                (Some(n), Some(a)) => fits(at, a, &n, font * scale.get(), bold),
                _ => false,
            };
            let attrs = move || pm.side.get().map(|a| anchor_attributes(a, font * scale.get() * fonts::LINE));
            let title = move || {
                let words = state.words();
                pm.name.get().map(|n| format!("{n} ({})", words.place_kind(kind))).unwrap_or_default()
            };
            view! {
                <g class="place" data-place=p.id.clone() data-kind=kind.id() data-rank=p.rank
                    transform=move || to_px(at)
                    visibility=move || if shown() { "visible" } else { "hidden" }>
                    <title>{title}</title>
                    <circle r="3.5" class="marker" stroke-width=move || width(Line::PlaceMarker) />
                    <text font-size=move || font * scale.get() font-weight=if p.rank == 1 { "700" } else { "400" }
                        x=move || attrs().map_or(0.0, |a| a.0) y=move || attrs().map_or(0.0, |a| a.1)
                        text-anchor=move || attrs().map_or("start", |a| a.2)>
                        {move || pm.name.get().unwrap_or_default()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let rivers = scene
        .rivers
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let atlas = model.atlas.clone();
            let text =
                Signal::derive(move || atlas.rivers[i].name.get(state.lang.get().id()).to_string());
            name_text(
                "label river",
                Some(r.id.clone()),
                r.label_at,
                model.rivers[i],
                fonts::RIVER,
                false,
                text,
            )
        })
        .collect_view();
    // Callouts, drawn by the same writer as the saved picture's (`Callout::svg`), around the
    // area's point: only the group moves with the view.
    let callouts = scene
        .callouts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cm = model.callouts[i];
            let (atlas, pieces, callout) = (model.atlas.clone(), model.pieces.clone(), c.clone());
            let area_id = atlas.areas.all()[c.area].id.clone();
            let piece_ids: Vec<String> = scene.pieces.iter().map(|p| p.id.clone()).collect();
            let scale = model.text_scale;
            let hold = Memo::new(move |_| cm.piece.get().and_then(|p| pieces[p].control.get()));
            let drawn = Memo::new(move |_| {
                let (Some(h), Some(side)) = (hold.get(), cm.side.get()) else { return None };
                let e = state.frame_scale.get() * state.viewport.get().k;
                let name = atlas.areas.all()[callout.area].name.get(state.lang.get().id());
                let font = fonts::CALLOUT * scale.get();
                let text = side.text_box_gap(text_width(name, font, true), font * fonts::LINE, GAP + RADIUS_PX - MARKER);
                let svg = callout.svg([0.0, 0.0], e, Some(&h), side, name, scale.get(), "");
                Some((svg, text))
            });
            let (at, off) = (c.at, c.offset_px());
            // The marker, and its name on its side, wholly on the map; otherwise none of it.
            let shown = move || {
                drawn.with(|d| d.as_ref().map(|(_, text)| *text)).is_some_and(|text| {
                    let [x, y] = px(at);
                    let point = [x + off[0], y + off[1]];
                    let r = RADIUS_PX + 2.0;
                    room.get().is_none_or(|room| room.fits(point, text) && room.fits(point, [-r, -r, r, r]))
                })
            };
            view! {
                <g class="callout" data-callout=area_id
                    data-callout-piece=move || cm.piece.get().map(|p| piece_ids[p].clone())
                    data-status=move || hold.get().map(|c| c.status.id())
                    transform=move || to_px(at)
                    visibility=move || if shown() { "visible" } else { "hidden" }
                    inner_html=move || drawn.with(|d| d.as_ref().map(|(svg, _)| svg.clone()).unwrap_or_default())>
                </g>
            }
        })
        .collect_view();
    // Foreign troops present: a mark at the piece's inner point, read at any zoom, for the
    // pieces that ever have them.
    let troops = scene
        .troops_marks(&model.atlas)
        .into_iter()
        .enumerate()
        .map(|(k, (i, at))| {
            let (control, scale) = (model.pieces[i].control, model.text_scale);
            let troops = Memo::new(move |_| control.get().and_then(|c| c.presence));
            let id = scene.pieces[i].id.clone();
            // On its point or beside it, where the layout left room among the names.
            let (layout, level, day) = (model.layout, model.level, model.day_names);
            let side = Memo::new(move |_| day.with(|d| layout.get().troops_mark(level.get(), k, d)));
            let place = move || {
                let [x, y] = px(at);
                let [dx, dy] = troops_mark_offset(side.get(), scale.get());
                format!("translate({:.1},{:.1})", x + dx, y + dy)
            };
            view! {
                <g class="troops" data-troops=id transform=place
                    data-power=move || troops.get().map(|t| t.id())
                    visibility=move || if troops.get().is_some() { "visible" } else { "hidden" }
                    inner_html=move || troops.get().map(|t| crate::legend::troops_mark(t, TROOPS_PX * scale.get())).unwrap_or_default()>
                </g>
            }
        })
        .collect_view();
    view! {
        // The names' halo width is set once here; text inherits it.
        <g class="overlay" aria-hidden="true" transform=move || format!("scale({:.6})", 1.0 / state.frame_scale.get())
            stroke-width=move || width(Line::LabelHalo)>
            <g class="troops-marks">{troops}</g>
            <g class="labels">{labels}</g>
            <g class="rivers-names">{rivers}</g>
            <g class="places">{places}</g>
            <g class="callouts">{callouts}</g>
        </g>
    }
}
