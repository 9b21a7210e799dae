//! The SVG map: backdrop, pieces coloured by who held them on the date, status patterns, names.

use crate::carto::scene::Scene;
use crate::data::{Atlas, LabelKind};
use crate::model::{Control, Date, Power, Status};
use leptos::prelude::*;
use std::sync::Arc;

/// The map for one date.
#[component]
pub fn MapView(
    /// Paths and labels, built once.
    scene: Arc<Scene>,
    /// The timeline, for one memo per piece.
    atlas: Arc<Atlas>,
    /// The date to show.
    date: ReadSignal<Date>,
) -> impl IntoView {
    let backdrop = scene
        .backdrop
        .iter()
        .map(|d| view! { <path class="backdrop" d=d.clone() /> })
        .collect_view();
    // Each piece's outline is written once, into <defs>; two <use> layers draw it, one filled with
    // the controller's colour, one with the status pattern. Both inherit their fill from the <use>
    // (a path with its own fill would override them), so the geometry is in the DOM only once.
    let shapes = scene
        .pieces
        .iter()
        .map(|p| view! { <path id=format!("shape-{}", p.id) d=p.d.clone() /> })
        .collect_view();
    // The list of pieces never changes, so it is a plain list of views with reactive attributes
    // inside, not a keyed <For/>. Each piece has its own memo: when the date moves, only the
    // pieces whose control actually changed see an attribute write.
    let (colours, patterns): (Vec<_>, Vec<_>) = scene
        .pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let timeline = atlas.clone();
            let control: Memo<Option<Control>> = Memo::new(move |_| timeline.timeline.control_at(i, date.get()));
            let power = move || control.get().map_or("none", |c| c.power.id());
            let status = move || control.get().map_or("none", |c| c.status.id());
            let sovereign = move || control.get().map(|c| c.sovereign.to_string()).unwrap_or_default();
            let name = p.name.clone();
            let title = move || describe(&name, control.get());
            let href = format!("#shape-{}", p.id);
            let colour = view! {
                <use
                    class="piece"
                    href=href.clone()
                    data-piece=p.id.clone()
                    data-region=p.region.clone()
                    data-power=power
                    data-status=status
                    data-sovereign=sovereign
                >
                    <title>{title}</title>
                </use>
            };
            let presence = move || control.get().and_then(|c| c.presence).map(Power::id);
            let pattern = view! {
                <use class="status" href=href data-status=status data-presence=presence aria-hidden="true"></use>
            };
            (colour, pattern)
        })
        .unzip();
    // Railways: a line per route, in the operating power's colour, absent before it ran.
    let railways = scene
        .railways
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let atlas = atlas.clone();
            let operator: Memo<Option<Power>> = Memo::new(move |_| atlas.railways[i].operator_at(date.get()));
            let name = r.name.clone();
            let title = move || match operator.get() {
                Some(p) => format!("{name}: run by {}, on Chinese soil", short_name(p)),
                None => format!("{name}: not yet running"),
            };
            view! {
                <g class="railway" data-railway=r.id.clone() data-operator=move || operator.get().map_or("none", Power::id)>
                    <path class="rail-casing" d=r.d.clone() />
                    <path class="rail-line" d=r.d.clone()>
                        <title>{title}</title>
                    </path>
                </g>
            }
        })
        .collect_view();
    let labels = scene
        .labels
        .iter()
        .map(|l| {
            let class = match l.kind {
                LabelKind::Region => "label region",
                LabelKind::Context => "label context",
                LabelKind::Sea => "label sea",
            };
            view! { <text class=class x=format!("{:.1}", l.x) y=format!("{:.1}", l.y)>{l.text.clone()}</text> }
        })
        .collect_view();
    let aria = move || format!("Map of Northeast Asia on {}", date.get().long_form());

    view! {
        <figure class="map">
            <svg class="map-svg" viewBox=scene.view_box() role="group" aria-label=aria preserveAspectRatio="xMidYMid meet">
                <Patterns />
                <defs>{shapes}</defs>
                <g class="backdrop-layer">{backdrop}</g>
                <g class="pieces">{colours.collect_view()}</g>
                <g class="statuses">{patterns.collect_view()}</g>
                <g class="railways">{railways}</g>
                <g class="labels" aria-hidden="true">{labels}</g>
            </svg>
        </figure>
    }
}

/// "Southern Sakhalin: Japan, military occupation (title: Russia)".
fn describe(name: &str, control: Option<Control>) -> String {
    let Some(c) = control else {
        return format!("{name}: no record");
    };
    let holder = if c.power == Power::Shared {
        c.sovereign
            .iter()
            .map(short_name)
            .collect::<Vec<_>>()
            .join(" and ")
    } else {
        short_name(c.power).to_string()
    };
    let how = c.status.label().to_lowercase();
    let title = if c.status == Status::Sovereign
        || c.status == Status::Condominium
        || c.sovereign.contains(c.power)
    {
        String::new()
    } else {
        format!(
            " (title: {})",
            c.sovereign
                .iter()
                .map(short_name)
                .collect::<Vec<_>>()
                .join(" and ")
        )
    };
    let troops = c
        .presence
        .map(|p| format!("; {} troops present", adjective(p)))
        .unwrap_or_default();
    format!("{name}: {holder}, {how}{title}{troops}")
}

fn adjective(p: Power) -> &'static str {
    match p {
        Power::China => "Chinese",
        Power::Japan => "Japanese",
        Power::Korea => "Korean",
        Power::Russia => "Russian",
        Power::Shared => "foreign",
    }
}

fn short_name(p: Power) -> &'static str {
    match p {
        Power::China => "China",
        Power::Japan => "Japan",
        Power::Korea => "Korea",
        Power::Russia => "Russia",
        Power::Shared => "shared",
    }
}

/// Hatching for the ways of holding land other than outright, and stripes for condominiums.
/// Dark, widely spaced strokes survive a washed-out projector better than pale fills.
#[component]
pub fn Patterns() -> impl IntoView {
    view! {
        <defs>
            <pattern id="hatch-lease" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" class="hatch" />
            </pattern>
            <pattern id="hatch-occupation" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" class="hatch" />
                <line x1="0" y1="0" x2="6" y2="0" class="hatch" />
            </pattern>
            <pattern id="hatch-protectorate" width="7" height="7" patternUnits="userSpaceOnUse">
                <circle cx="3.5" cy="3.5" r="1.3" class="dot" />
            </pattern>
            <pattern id="hatch-neutral_zone" width="8" height="8" patternUnits="userSpaceOnUse">
                <line x1="0" y1="4" x2="5" y2="4" class="hatch" />
            </pattern>
            <pattern id="hatch-enclave" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <line x1="0" y1="0" x2="0" y2="6" class="hatch" />
            </pattern>
            <pattern id="shared-japan-russia" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="5" height="10" class="fill-japan" />
                <rect x="5" width="5" height="10" class="fill-russia" />
            </pattern>
            <pattern id="shared-china-russia" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="5" height="10" class="fill-china" />
                <rect x="5" width="5" height="10" class="fill-russia" />
            </pattern>
        </defs>
    }
}
