//! The legend, and the swatches it shares with the key: a swatch for each power and each way of
//! holding land, and what else the map draws, painted from the same style table as the map.

use super::lesson::glossary::status_term;
use super::map::patterns::PatternDefs;
use super::model::MapModel;
use super::state::AppState;
use crate::carto::style::{
    condominium_pattern, power_colour, railway_colour, status_pattern_id, Ink, BORDER,
    CONTEXT_OPACITY, SEA,
};
use crate::model::{Power, Sovereigns, Status};
use leptos::prelude::*;

const PREFIX: &str = "legend-";

/// The swatch of a power's colour (stripes of two for "two powers at once"), drawn with the
/// patterns defined under `prefix`.
pub fn power_swatch(p: Power, prefix: &'static str) -> impl IntoView {
    let fill = match p {
        Power::Shared => format!(
            "url(#{prefix}{})",
            condominium_pattern(Sovereigns::one(Power::Japan).with(Power::Russia))
                .unwrap_or_default()
        ),
        p => power_colour(p).to_string(),
    };
    view! { <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><rect width="24" height="16" fill=fill /></svg> }
}

/// The swatch of a way of holding land: its pattern over white.
pub fn status_swatch(s: Status, prefix: &'static str) -> impl IntoView {
    let pattern = match s {
        Status::Sovereign => "none".to_string(),
        s => format!("url(#{prefix}{})", status_pattern_id(s, Ink::Dark)),
    };
    view! {
        <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
            <rect width="24" height="16" fill="#ffffff" />
            <rect width="24" height="16" fill=pattern />
        </svg>
    }
}

/// The swatch of foreign troops present: a dashed outline in their colour.
pub fn presence_swatch() -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
            <rect width="24" height="16" fill=power_colour(Power::Korea) />
            <rect x="2" y="2" width="20" height="12" fill="none" stroke=power_colour(Power::Japan) stroke-width="2.5" stroke-dasharray="5 3" />
        </svg>
    }
}

/// The swatch of a railway run by a foreign power.
pub fn railway_swatch() -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
            <rect width="24" height="16" fill=power_colour(Power::China) />
            <path d="M1,8H23" stroke="#ffffff" stroke-width="5" />
            <path d="M1,8H23" stroke=railway_colour(Power::Russia) stroke-width="3" stroke-dasharray="6 3" />
        </svg>
    }
}

/// The swatch of a border whose line is uncertain: dotted.
pub fn uncertain_swatch() -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
            <rect width="12" height="16" fill=power_colour(Power::Japan) />
            <rect x="12" width="12" height="16" fill=power_colour(Power::Russia) />
            <line x1="12" y1="1" x2="12" y2="15" stroke=BORDER stroke-width="2.2" stroke-dasharray="0.1 4" stroke-linecap="round" />
        </svg>
    }
}

/// The swatch of the spheres of influence of several powers: a chain of dots in each one's
/// colour, one above the other.
pub fn spheres_swatch(powers: &[Power]) -> impl IntoView {
    let n = powers.len().max(1) as f64;
    let lines = powers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let y = format!("{:.1}", 16.0 * (i as f64 + 0.5) / n);
            let d = format!("M2,{y}H22");
            view! {
                <path d=d stroke=power_colour(*p) stroke-width="3.4" stroke-dasharray="0.1 5" stroke-linecap="round" />
            }
        })
        .collect_view();
    view! {
        <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
            <rect width="24" height="16" fill="#ffffff" />
            {lines}
        </svg>
    }
}

/// Colours by power, patterns by status, then the other marks.
#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let words = move || state.words();
    let powers = Power::ALL
        .into_iter()
        .map(|p| {
            view! {
                <li data-legend-power=p.id()>
                    {power_swatch(p, PREFIX)}
                    {move || words().power_long(p)}
                </li>
            }
        })
        .collect_view();
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Condominium)
        .map(|s| {
            let model = model.clone();
            view! {
                <li data-legend-status=s.id()>
                    {status_swatch(s, PREFIX)}
                    <span>{move || status_term(&model, state, s, words().status_name(s).to_string())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <svg class="legend-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <PatternDefs prefix=PREFIX unit=1.0 />
            </svg>
            <h2 id="legend-title" class="visually-hidden">{move || words().legend_title()}</h2>
            <h3>{move || words().legend_powers()}</h3>
            <ul>{powers}</ul>
            <h3>{move || words().legend_statuses()}</h3>
            <ul>{statuses}</ul>
            <h3>{move || words().legend_more()}</h3>
            <ul>
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect width="12" height="16" fill=power_colour(Power::Japan) />
                        <rect x="12" width="12" height="16" fill=power_colour(Power::Japan) fill-opacity=CONTEXT_OPACITY />
                        <rect x="12" width="12" height="16" fill=SEA fill-opacity="0.55" />
                    </svg>
                    {move || words().legend_home_lands()}
                </li>
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect width="12" height="16" fill=power_colour(Power::China) />
                        <rect x="12" width="12" height="16" fill=power_colour(Power::Russia) />
                        <line x1="12" y1="0" x2="12" y2="16" stroke=BORDER stroke-width="2" />
                    </svg>
                    {move || words().legend_border()}
                </li>
                <li>{uncertain_swatch()}{move || words().legend_uncertain()}</li>
                <li>{presence_swatch()}{move || words().legend_presence()}</li>
                <li>{railway_swatch()}{move || words().legend_railway()}</li>
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect width="24" height="16" fill="#ffffff" />
                        <circle cx="12" cy="8" r="3.5" fill="#ffffff" stroke="#1b1f24" stroke-width="1.6" />
                    </svg>
                    {move || words().legend_place()}
                </li>
            </ul>
            <p class="credits">
                {move || words().credits()} " "
                <a href="third-party-notices.html" target="_blank" rel="noopener">{move || words().licences()}</a>
            </p>
        </section>
    }
}
