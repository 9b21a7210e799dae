//! The key: only what the map shows at this moment, in the part of it in view (the powers, the
//! ways of holding land, troops present, railways, uncertain borders), short enough to sit beside
//! the event card and, on a projector, over the map. Each way of holding land links to its
//! definition in the glossary.

use super::glossary::status_term;
use crate::legend::in_view::{self, Drawn, Shown};
use crate::legend::Entry;
use crate::model::glossary::term_for_status;
use crate::model::Power;
use crate::ui::legend::swatch;
use crate::ui::map::patterns::PatternDefs;
use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The map as the page draws it: its memos, so the key follows each change.
struct PageDrawn<'a>(&'a MapModel);

impl Drawn for PageDrawn<'_> {
    fn control(&self, i: usize) -> Option<crate::model::Control> {
        self.0.pieces[i].control.get()
    }

    fn railway(&self, i: usize) -> bool {
        self.0.railways[i].get().is_some()
    }

    fn border(&self, i: usize) -> bool {
        self.0.borders[i].get()
    }

    fn sphere(&self, i: usize) -> Option<Power> {
        self.0.spheres[i]
            .get()
            .then_some(self.0.atlas.spheres[i].power)
    }
}

/// What is on the map in view, in the legend's order.
fn shown(model: &MapModel, state: AppState) -> Shown {
    in_view::shown(
        &model.scene,
        state.viewport.get().visible_rect(),
        &PageDrawn(model),
    )
}

/// A term without the gloss in brackets after it ("Condominium (shared rule)" → "Condominium").
fn short(term: &str) -> &str {
    match term.find(['(', '（']) {
        Some(cut) if cut > 0 => term[..cut].trim_end(),
        _ => term,
    }
}

/// The key. `overlay` puts it over the map (presentation mode), with its own class.
#[component]
pub fn Key(
    /// Whether it is drawn over the map rather than in the side panel.
    #[prop(optional)]
    overlay: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let prefix: &'static str = if overlay { "keyo-" } else { "key-" };
    let items = {
        let model = model.clone();
        Memo::new(move |_| shown(&model, state))
    };
    let body = move || {
        let s = items.get();
        let lang = state.lang.get();
        let (words, lesson) = (lang.words(), lang.lesson());
        let powers = s
            .powers
            .iter()
            .map(|p| {
                let p = *p;
                view! { <li data-key-power=p.id()>{swatch(&Entry::Power(p), prefix)}<span>{words.power_short(p).to_string()}</span></li> }
            })
            .collect_view();
        // Named as the glossary names them ("Lease", not "Leased territory"): short, and the
        // word the definition explains.
        let statuses = s
            .statuses
            .iter()
            .map(|st| {
                let st = *st;
                let glossary = &model.atlas.glossary;
                let name = glossary.index(term_for_status(st)).map_or_else(
                    || words.status_name(st).to_string(),
                    |i| short(glossary.terms()[i].term.get(lang.id())).to_string(),
                );
                view! {
                    <li data-key-status=st.id()>{swatch(&Entry::Status(st), prefix)}
                        <span>{status_term(&model, state, st, name)}</span></li>
                }
            })
            .collect_view();
        view! {
            <ul>
                {powers}
                {statuses}
                {s.presence.then(|| view! { <li data-key-presence="">{swatch(&Entry::Presence, prefix)}<span>{lesson.key_presence()}</span></li> })}
                {s.railway.then(|| view! { <li data-key-railway="">{swatch(&Entry::Railway, prefix)}<span>{lesson.key_railway()}</span></li> })}
                {s.uncertain.then(|| view! { <li data-key-uncertain="">{swatch(&Entry::Uncertain, prefix)}<span>{lesson.key_uncertain()}</span></li> })}
                // One line for every sphere in view: the dots take their power's colour, which
                // the powers above name (a line per power would crowd out the card).
                {(!s.spheres.is_empty()).then(|| {
                    let term = model.atlas.glossary.index("sphere_of_influence");
                    let label = lesson.sphere_label().to_string();
                    let ids = s.spheres.iter().map(|p| p.id()).collect::<Vec<_>>().join(" ");
                    view! {
                        <li data-key-sphere=ids>{swatch(&Entry::Spheres(s.spheres.clone()), prefix)}
                            <span>{match term {
                                Some(i) => super::glossary::term_button(state, i, "sphere_of_influence".into(), label),
                                None => label.into_any(),
                            }}</span>
                        </li>
                    }
                })}
            </ul>
        }
    };
    view! {
        // Not a landmark: in some languages the key and the legend share a name.
        <div class="key" class:key-overlay=overlay data-key=if overlay { "overlay" } else { "panel" }>
            <svg class="legend-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <PatternDefs prefix=prefix unit=1.0 />
            </svg>
            <h2 class="key-title">{move || state.lesson_words().key_title()}</h2>
            {body}
        </div>
    }
}
