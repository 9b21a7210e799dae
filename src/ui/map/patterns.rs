//! The SVG patterns of the style table (`legend::pattern_defs`: one per way of holding land in
//! each ink, and the stripes of each condominium pair), which the saved picture defines too.

use crate::legend::pattern_defs;
use leptos::prelude::*;

/// Pattern definitions with ids prefixed by `prefix` (the map uses none, the legend its own, so
/// zooming the map does not rescale the legend). `unit` is the size of a screen pixel in the
/// user units of the shapes that use them, so hatching keeps its on-screen size when zoomed.
#[component]
pub fn PatternDefs(
    /// Prefix for every id (`""` on the map).
    prefix: &'static str,
    /// User units per screen pixel where the patterns are used.
    #[prop(into)]
    unit: Signal<f64>,
) -> impl IntoView {
    let patterns = pattern_defs()
        .into_iter()
        .map(|p| {
            let rotate = p.rotate;
            view! {
                <pattern id=format!("{prefix}{}", p.id) width=p.size height=p.size
                    patternUnits="userSpaceOnUse"
                    patternTransform=move || format!("scale({:.5}) rotate({rotate})", unit.get())
                    inner_html=p.content>
                </pattern>
            }
        })
        .collect_view();
    view! { <defs>{patterns}</defs> }
}
