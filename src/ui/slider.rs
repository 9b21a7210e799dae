//! The date slider: a native range input over every day of the map, stepped by years from the keyboard.

use crate::model::Date;
use leptos::prelude::*;

/// A range input from 1855-01-01 to 1922-12-31.
#[component]
pub fn DateSlider(
    /// The date shown; the slider writes it.
    date: RwSignal<Date>,
) -> impl IntoView {
    let set = move |d: Date| date.set(d.clamp_to_map());
    // One day per arrow press would make the keyboard useless on a 68-year span: arrows step a
    // year, Page Up/Down ten years; Home and End keep their native meaning.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let years = match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => 1,
            "ArrowLeft" | "ArrowDown" => -1,
            "PageUp" => 10,
            "PageDown" => -10,
            _ => return,
        };
        ev.prevent_default();
        set(date.get_untracked().add_years(years));
    };
    view! {
        <label class="slider">
            <span class="visually-hidden">"Date shown on the map"</span>
            <input
                type="range"
                id="date-slider"
                min=Date::FIRST.days()
                max=Date::LAST.days()
                step="1"
                prop:value=move || date.get().days().to_string()
                aria-valuetext=move || date.get().long_form()
                on:input=move |ev| {
                    if let Ok(days) = event_target_value(&ev).parse::<i32>() {
                        set(Date::from_days(days));
                    }
                }
                on:keydown=on_key
            />
            <span class="ticks" aria-hidden="true">{ticks()}</span>
        </label>
    }
}

/// Year marks under the slider, placed where those years fall on it.
fn ticks() -> impl IntoView {
    let span = f64::from(Date::LAST.days() - Date::FIRST.days());
    [1855, 1860, 1870, 1880, 1890, 1900, 1910, 1920]
        .into_iter()
        .filter_map(|y| Date::from_ymd(y, 1, 1))
        .map(|d| {
            let left = f64::from(d.days() - Date::FIRST.days()) / span * 100.0;
            view! { <span class="tick" style=format!("left:{left:.2}%")>{d.year()}</span> }
        })
        .collect_view()
}
