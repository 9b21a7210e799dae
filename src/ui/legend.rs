//! The legend, drawn from `crate::legend` (its sections, entries, words and swatches), which the
//! saved picture draws from too; the key of what is in view and the printed page use the same
//! swatches.

use super::lesson::glossary::status_term;
use super::map::patterns::PatternDefs;
use super::model::MapModel;
use super::state::AppState;
use crate::legend::{Entry, Section};
use leptos::prelude::*;

const PREFIX: &str = "legend-";

/// An entry's swatch, its patterns under `prefix` (the legend and the key have their own, so
/// zooming the map does not rescale them).
pub fn swatch(entry: &Entry, prefix: &'static str) -> impl IntoView {
    view! { <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" inner_html=entry.swatch_svg(prefix)></svg> }
}

/// Colours by power, patterns by status, then the other marks.
#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let words = move || state.words();
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let rows = section
                .entries()
                .into_iter()
                .map(|entry| {
                    // Found by `data-legend-power`, `data-legend-status` or `data-legend`.
                    let (power, status, other) = match &entry {
                        Entry::Power(p) => (Some(p.id()), None, None),
                        Entry::Status(s) => (None, Some(s.id()), None),
                        other => (None, None, Some(other.id())),
                    };
                    let model = model.clone();
                    let label = {
                        let entry = entry.clone();
                        move || {
                            let lang = state.lang.get();
                            match entry {
                                // A way of holding land links to its definition.
                                Entry::Status(s) => {
                                    status_term(&model, state, s, entry.label(lang)).into_any()
                                }
                                _ => entry.label(lang).into_any(),
                            }
                        }
                    };
                    view! {
                        <li data-legend-power=power data-legend-status=status data-legend=other>
                            {swatch(&entry, PREFIX)}<span>{label}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{move || section.heading(state.lang.get())}</h3>
                <ul>{rows}</ul>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <svg class="legend-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <PatternDefs prefix=PREFIX unit=1.0 />
            </svg>
            <h2 id="legend-title" class="visually-hidden">{move || words().legend_title()}</h2>
            {sections}
            <p class="credits">
                {move || words().credits()} " "
                <a href="third-party-notices.html" target="_blank" rel="noopener">{move || words().licences()}</a>
            </p>
        </section>
    }
}
