//! The benchmark's floor: the app's 28 pieces, coloured by who held them on the slider's date,
//! and the year, drawn by Leptos from the app's compiled data (`geo/atlas.bin`). Nothing else:
//! no names, cards, patterns, zoom or languages. What this page costs, the app cannot go under.

#[cfg(target_arch = "wasm32")]
fn main() {
    use atlas_core::carto::{frame, style::control_fill};
    use atlas_core::model::Date;
    use leptos::prelude::*;
    use std::sync::Arc;

    let compiled = atlas_core::wire::Compiled::decode(include_bytes!("../../../../geo/atlas.bin"))
        .expect("the bundled atlas decodes");
    let timeline = Arc::new(compiled.atlas.timeline);
    let first = Date::from_ymd(1855, 1, 1).expect("a date");
    let (date, set_date) = signal(first);
    leptos::mount::mount_to_body(move || {
        let pieces = compiled
            .scene
            .pieces
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let timeline = timeline.clone();
                // One memo per piece, as in the app: only changed pieces see a write.
                let fill = Memo::new(move |_| {
                    timeline
                        .control_at(i, date.get())
                        .map_or_else(|| "#d9d4c7".to_string(), |c| control_fill(c.power, c.sovereign))
                });
                view! { <path data-piece=p.id.clone() d=p.d.clone() fill=move || fill.get() stroke="#555" stroke-width="0.5" /> }
            })
            .collect_view();
        view! {
            <div id="year">{move || date.get().year()}</div>
            <svg viewBox=frame::view_box() class="map">{pieces}</svg>
            <input id="date-slider" type="range" min=first.days() max=Date::from_ymd(1922, 12, 31).map_or(0, Date::days)
                on:input=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse() {
                        set_date.set(Date::from_days(days));
                    }
                } />
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bench-floor is a web page: scripts/bench.sh builds it with Trunk.");
}
