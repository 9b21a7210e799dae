//! The legend: a swatch for each power and each way of holding land, drawn with the map's own
//! fills (the patterns are defined once, in the map's SVG).

use crate::model::{Power, Status};
use leptos::prelude::*;

/// Colours by power, then patterns by status.
#[component]
pub fn Legend() -> impl IntoView {
    let powers = Power::ALL
        .into_iter()
        .map(|p| {
            let sov = if p == Power::Shared { "japan;russia" } else { "" };
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect class="piece" width="24" height="16" data-power=p.id() data-sovereign=sov />
                    </svg>
                    {p.label()}
                </li>
            }
        })
        .collect_view();
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Condominium)
        .map(|s| {
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect class="piece" width="24" height="16" data-power="neutral" />
                        <rect class="status" width="24" height="16" data-status=s.id() />
                    </svg>
                    {s.label()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-label="Legend">
            <h2>"Who held the land"</h2>
            <ul>{powers}</ul>
            <h2>"How they held it"</h2>
            <ul>
                {statuses}
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect class="piece" width="24" height="16" data-power="korea" />
                        <rect class="status" x="1.5" y="1.5" width="21" height="13" data-presence="japan" />
                    </svg>
                    "Foreign troops present, not governing (outline in their colour)"
                </li>
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true">
                        <rect class="piece" width="24" height="16" data-power="china" />
                        <g class="railway" data-operator="russia">
                            <path class="rail-casing" d="M1,8H23" />
                            <path class="rail-line" d="M1,8H23" />
                        </g>
                    </svg>
                    "Railway zone on Chinese soil, run by a foreign power (its colour)"
                </li>
            </ul>
        </section>
    }
}
