//! The SVG map: backdrop, pieces coloured by who held them on the date, status patterns, borders
//! where control differs, railways, and the names of regions and places.

pub mod patterns;
mod zoom;

use super::model::MapModel;
use super::state::AppState;
use crate::atlas::LabelKind;
use crate::carto::frame;
use crate::carto::paint::{stroke, Line, PaintMode};
use crate::carto::style::{
    control_fill, power_colour, railway_colour, status_fill, Ink, BACKDROP, BORDER, BORDER_CASING,
    COAST, CONTEXT_OPACITY, SEA,
};
use crate::model::Power;
use crate::scene::{anchor_attributes, fonts};
use leptos::prelude::*;
use patterns::PatternDefs;
use zoom::{MapTools, ZoomHandlers};

/// The map, with its zoom and focus tools; or, with `second`, the map of the second date when
/// comparing, which draws with the first map's shapes and patterns (one copy of each in the page)
/// and shares its view.
#[component]
pub fn MapView(
    /// The model to draw: the page's unless given.
    #[prop(optional)]
    model: Option<MapModel>,
    /// Whether this is the second map, beside the first.
    #[prop(optional)]
    second: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = model.unwrap_or_else(expect_context::<MapModel>);
    let scene = model.scene.clone();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let handlers = ZoomHandlers::new(state, svg_ref);
    if !second {
        handlers.watch_size();
    }
    // A screen pixel in map units, for strokes and hatching that keep their size when zoomed.
    let unit = Signal::derive(move || 1.0 / (state.viewport.get().k * state.frame_scale.get()));
    // Every line's width and dashes come from `carto::paint`, the table the picture writer reads
    // too; only presentation mode changes them.
    let paint = paint_mode(state);
    let width = move |l: Line| stroke(l, paint.get()).width_attr();
    let dash = move |l: Line| stroke(l, paint.get()).dash_attr();

    let backdrop = scene
        .backdrop
        .iter()
        .map(|d| view! { <path class="backdrop" d=d.clone() fill=BACKDROP /> })
        .collect_view();
    // Each piece's outline is written once, into <defs>; <use> layers draw it, one filled with
    // the controller's colour, one with the status pattern, so the geometry is in the DOM once.
    let shapes = scene
        .pieces
        .iter()
        .map(|p| view! { <path id=format!("shape-{}", p.id) d=p.d.clone() vector-effect="non-scaling-stroke" /> })
        .collect_view();
    // The list of pieces never changes, so it is a plain list of views with reactive attributes
    // inside, not a keyed <For/>. Each piece has its own memo: when the date moves, only the
    // pieces whose control changed see an attribute write.
    let (colours, patterns): (Vec<_>, Vec<_>) = scene
        .pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let piece = model.pieces[i];
            let control = piece.control;
            let power = move || control.get().map_or("none", |c| c.power.id());
            let status = move || control.get().map_or("none", |c| c.status.id());
            let sovereign = move || control.get().map(|c| c.sovereign.to_string()).unwrap_or_default();
            let fill = Memo::new(move |_| control.get().map_or_else(|| BACKDROP.to_string(), |c| control_fill(c.power, c.sovereign)));
            let m = model.clone();
            let label = move || {
                let words = state.words();
                match control.get() {
                    Some(c) => words.piece_label(&piece.name.get(), &m.holder_words(&c, words), c.status, c.presence),
                    None => piece.name.get(),
                }
            };
            let title = label.clone();
            let href = format!("#shape-{}", p.id);
            let quiz_model = model.clone();
            let select = move || {
                // A "where" question waiting for its answer takes the click as the answer.
                if !handlers.was_drag() && !crate::ui::lesson::quiz::piece_clicked(state, &quiz_model, i) {
                    state.selected.set(Some(i));
                }
            };
            let colour = view! {
                <use
                    class="piece"
                    href=href.clone()
                    fill=move || fill.get()
                    // A hairline of the fill's own colour closes the anti-aliasing seams between
                    // neighbours held alike.
                    stroke=move || fill.get()
                    fill-opacity=p.context.then_some(CONTEXT_OPACITY)
                    stroke-opacity=p.context.then_some(CONTEXT_OPACITY)
                    data-piece=p.id.clone()
                    data-region=p.region.clone()
                    data-power=power
                    data-status=status
                    data-sovereign=sovereign
                    tabindex="0"
                    role="button"
                    aria-label=label
                    aria-pressed=move || (state.selected.get() == Some(i)).to_string()
                    on:click=move |_| select()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            state.selected.set(Some(i));
                        }
                    }
                >
                    <title>{title}</title>
                </use>
            };
            let presence = move || control.get().and_then(|c| c.presence);
            // The troops' colour alone may be faint on the land under it (Japan's pink on China's
            // gold is 2:1), so the dashes run over a casing in the ink that contrasts with the land.
            let casing = move || {
                control
                    .get()
                    .and_then(|c| c.presence.map(|_| Ink::over(c.power).colour()))
                    .unwrap_or("none")
            };
            let pattern = view! {
                <use class="presence-casing" href=href.clone() fill="none" stroke=casing
                    stroke-width=move || width(Line::PresenceCasing)></use>
                <use class="status" href=href data-status=status
                    fill=move || control.get().map_or_else(|| "none".to_string(), |c| status_fill(c.power, c.status))
                    data-presence=move || presence().map(Power::id)
                    stroke=move || presence().map_or("none", power_colour)
                    stroke-width=move || width(Line::Presence) stroke-dasharray=move || dash(Line::Presence)></use>
            };
            (colour, pattern)
        })
        .unzip();
    // Casings first, then lines, so no casing covers a line; the colours are set once on each
    // group (stroke is inherited) and the dots of an uncertain line come from the style sheet.
    let (border_casings, border_lines): (Vec<_>, Vec<_>) = scene
        .borders
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let drawn = model.borders[i];
            let confidence = b
                .uncertain
                .map(|u| model.atlas.uncertain_borders[u].confidence.id());
            let visibility = move || if drawn.get() { "visible" } else { "hidden" };
            // Every line runs over a pale casing: the dark line shows on light land, the casing on
            // dark land (Russia's green), so a border contrasts 3:1 with whatever it crosses.
            let (casing_line, border_line) = if confidence.is_some() {
                (Line::UncertainBorderCasing, Line::UncertainBorder)
            } else {
                (Line::BorderCasing, Line::Border)
            };
            let cap = stroke(border_line, PaintMode::Screen).cap_attr();
            let casing_cap = stroke(casing_line, PaintMode::Screen).cap_attr();
            let casing = view! {
                <path class="border-casing" d=b.d.clone() data-confidence=confidence visibility=visibility
                    stroke-width=move || width(casing_line) stroke-linecap=casing_cap />
            };
            let line = view! {
                <path class="border" d=b.d.clone() data-confidence=confidence
                    data-between=format!("{} {}", scene.pieces[b.a].id, scene.pieces[b.b].id)
                    visibility=visibility stroke-width=move || width(border_line)
                    stroke-dasharray=move || dash(border_line) stroke-linecap=cap />
            };
            (casing, line)
        })
        .unzip();
    // Railways: a line per route, in the operating power's colour, absent before it ran.
    let railways = scene
        .railways
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let operator = model.railways[i];
            let name = r.name.clone();
            let title = move || state.words().railway_title(&name, operator.get());
            view! {
                <g class="railway" data-railway=r.id.clone() data-operator=move || operator.get().map_or("none", Power::id)>
                    <path class="rail-casing" d=r.d.clone() stroke-width=move || width(Line::RailwayCasing) />
                    <path class="rail-line" d=r.d.clone()
                        stroke=move || operator.get().map_or("none", railway_colour)
                        stroke-width=move || width(Line::Railway) stroke-dasharray=move || dash(Line::Railway)>
                        <title>{title}</title>
                    </path>
                </g>
            }
        })
        .collect_view();
    // Spheres of influence: a chain of dots in the claimant's colour over a pale casing, along
    // the sphere's edge only, so the land under it still shows who governed it.
    let spheres = scene
        .spheres
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let on = model.spheres[i];
            let power = model.atlas.spheres[i].power;
            view! {
                <g class="sphere" data-sphere=s.id.clone() data-power=power.id()
                    visibility=move || if on.get() { "visible" } else { "hidden" }>
                    <path class="sphere-casing" d=s.d.clone() stroke-width=move || width(Line::SphereCasing)
                        stroke-opacity=stroke(Line::SphereCasing, PaintMode::Screen).opacity />
                    <path class="sphere-line" d=s.d.clone() stroke=power_colour(power)
                        stroke-width=move || width(Line::Sphere) stroke-dasharray=move || dash(Line::Sphere)
                        stroke-linecap="round" />
                </g>
            }
        })
        .collect_view();
    let ids: Vec<String> = scene.pieces.iter().map(|p| p.id.clone()).collect();
    let scene_ids = {
        let ids = ids.clone();
        move |i: usize| ids[i].clone()
    };
    let model_piece_id = move |i: usize| ids[i].clone();
    let flash = {
        let model_piece_id = model_piece_id.clone();
        move || {
            let (generation, pieces) = state.flash.get();
            pieces
            .into_iter()
            .map(|i| view! { <use class="flash" href=format!("#shape-{}", model_piece_id(i)) data-flash=generation /> })
            .collect_view()
        }
    };
    let selected = {
        let model_piece_id = model_piece_id.clone();
        move || {
            state.selected.get().map(
                |i| view! { <use class="selected" href=format!("#shape-{}", model_piece_id(i)) /> },
            )
        }
    };
    let overlay = Overlay(model.clone());
    let date = model.date;
    let aria = move || {
        let words = state.words();
        if second {
            words.compare_map_label(date.get())
        } else {
            words.map_label(date.get())
        }
    };
    // The first map holds the only copy of the shapes and patterns; the second uses them.
    let defs = (!second).then(|| {
        view! {
            <PatternDefs prefix="" unit=unit />
            <defs>{shapes}</defs>
        }
    });
    let differs = move || {
        state
            .differs
            .get()
            .into_iter()
            .map(|i| {
                let href = format!("#shape-{}", scene_ids(i));
                view! {
                    <use class="differs-casing" href=href.clone() stroke-width=move || width(Line::DiffersCasing) />
                    <use class="differs" href=href data-differs=scene_ids(i)
                        stroke-width=move || width(Line::Differs) stroke-dasharray=move || dash(Line::Differs) />
                }
            })
            .collect_view()
    };
    let caption = move || {
        state
            .compare
            .get()
            .map(|_| view! { <figcaption class="map-date">{state.words().long_date(date.get())}</figcaption> })
    };

    view! {
        <figure class="map" class:second=second>
            {caption}
            <svg class="map-svg" viewBox=frame::view_box() node_ref=svg_ref tabindex="0" role="group"
                aria-label=aria aria-describedby="map-help" preserveAspectRatio="xMidYMid meet"
                on:wheel=move |ev| handlers.wheel(ev)
                on:pointerdown=move |ev| handlers.pointer_down(ev)
                on:pointermove=move |ev| handlers.pointer_move(ev)
                on:pointerup=move |ev| handlers.pointer_up(ev)
                on:pointercancel=move |ev| handlers.pointer_up(ev)
                on:keydown=move |ev| handlers.key(ev)>
                {defs}
                // The sea reaches past the frame: a wide window shows more than the frame.
                <rect class="sea" x=-frame::WIDTH y=-frame::HEIGHT width=3.0 * frame::WIDTH height=3.0 * frame::HEIGHT fill=SEA />
                <g class="viewport" transform=move || state.viewport.get().transform()>
                    <g class="backdrop-layer">{backdrop}</g>
                    <g class="pieces" stroke-width=move || width(Line::PieceEdge)>{colours.collect_view()}</g>
                    <g class="statuses" aria-hidden="true">{patterns.collect_view()}</g>
                    <g class="spheres" aria-hidden="true">{spheres}</g>
                    <path class="coast" d=scene.coast.clone() stroke=COAST stroke-width=move || width(Line::Coast) />
                    <g class="borders">
                        <g class="border-casings" stroke=BORDER_CASING>{border_casings.collect_view()}</g>
                        <g class="border-lines" stroke=BORDER>{border_lines.collect_view()}</g>
                    </g>
                    <g class="railways">{railways}</g>
                    <g class="differences">{differs}</g>
                    <g class="flashes">{flash}</g>
                    <g class="selection">{selected}</g>
                </g>
                {overlay}
            </svg>
            {(!second).then(|| view! {
                <MapTools />
                <p id="map-help" class="visually-hidden">{move || state.words().map_help()}</p>
            })}
        </figure>
    }
}

/// Names drawn at a constant size on screen: a layer whose units are screen pixels, with each
/// name moved to where its point is in the current view.
#[allow(non_snake_case)]
fn Overlay(model: MapModel) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scene = model.scene.clone();
    let paint = paint_mode(state);
    let width = move |l: Line| stroke(l, paint.get()).width_attr();
    // Where a map point is, in the overlay's pixels.
    let to_px = move |at: [f64; 2]| {
        let s = state.frame_scale.get();
        let [x, y] = state.viewport.get().to_frame(at);
        format!("translate({:.1},{:.1})", x * s, y * s)
    };
    let labels = scene
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (class, font) = match l.kind {
                LabelKind::Region => ("label region", fonts::REGION),
                LabelKind::Context => ("label context", fonts::CONTEXT),
                LabelKind::Sea => ("label sea", fonts::SEA),
            };
            let side = model.labels[i];
            let at = l.at;
            let atlas = model.atlas.clone();
            let scale = model.text_scale;
            let attrs = move || {
                side.get()
                    .map(|a| anchor_attributes(a, font * scale.get() * fonts::LINE))
            };
            view! {
                <text class=class transform=move || to_px(at) font-size=move || font * scale.get()
                    x=move || attrs().map_or(0.0, |a| a.0) y=move || attrs().map_or(0.0, |a| a.1)
                    text-anchor=move || attrs().map_or("middle", |a| a.2)
                    visibility=move || if side.get().is_some() { "visible" } else { "hidden" }>
                    {move || atlas.labels[i].text.get(state.lang.get().id()).to_string()}
                </text>
            }
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
            let shown = move || pm.name.get().is_some() && pm.side.get().is_some();
            let scale = model.text_scale;
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
    view! {
        // The names' halo width is set once here; text inherits it.
        <g class="overlay" aria-hidden="true" transform=move || format!("scale({:.6})", 1.0 / state.frame_scale.get())
            stroke-width=move || width(Line::LabelHalo)>
            <g class="labels">{labels}</g>
            <g class="places">{places}</g>
        </g>
    }
}

/// The paint mode of the page: presentation mode has heavier lines, everything else the screen's.
fn paint_mode(state: AppState) -> Memo<PaintMode> {
    Memo::new(move |_| match state.mode.get() {
        crate::link::Mode::Present => PaintMode::Present,
        crate::link::Mode::Normal => PaintMode::Screen,
    })
}
