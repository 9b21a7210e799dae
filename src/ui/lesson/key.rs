//! The key: only what the map shows at this moment, in the part of it in view (the powers, the
//! ways of holding land, troops present, railways, uncertain borders), short enough to sit beside
//! the event card and, on a projector, over the map. Each way of holding land links to its
//! definition in the glossary.

use super::glossary::status_term;
use crate::carto::geometry::boxes_touch;
use crate::legend::Entry;
use crate::model::glossary::term_for_status;
use crate::model::{Power, Status};
use crate::ui::legend::swatch;
use crate::ui::map::patterns::PatternDefs;
use crate::ui::model::MapModel;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What is on the map in view, in the legend's order.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    powers: Vec<Power>,
    statuses: Vec<Status>,
    presence: bool,
    railway: bool,
    uncertain: bool,
    /// The powers whose spheres of influence are in view.
    spheres: Vec<Power>,
}

fn shown(model: &MapModel, state: AppState) -> Shown {
    let view = state.viewport.get().visible_rect();
    let scene = &model.scene;
    let mut out = Shown::default();
    for (i, p) in scene.pieces.iter().enumerate() {
        if !boxes_touch(view, p.rect) {
            continue;
        }
        let Some(c) = model.pieces[i].control.get() else {
            continue;
        };
        if !out.powers.contains(&c.power) {
            out.powers.push(c.power);
        }
        if c.status != Status::Sovereign && !out.statuses.contains(&c.status) {
            out.statuses.push(c.status);
        }
        out.presence |= c.presence.is_some();
    }
    out.railway = model.railways.iter().any(|r| r.get().is_some());
    out.uncertain = scene.borders.iter().zip(&model.borders).any(|(b, drawn)| {
        b.uncertain.is_some() && boxes_touch(view, b_rect(model, b.a, b.b)) && drawn.get()
    });
    for (i, s) in scene.spheres.iter().enumerate() {
        let power = model.atlas.spheres[i].power;
        if model.spheres[i].get() && boxes_touch(view, s.rect) && !out.spheres.contains(&power) {
            out.spheres.push(power);
        }
    }
    out.spheres
        .sort_by_key(|p| Power::ALL.iter().position(|x| x == p));
    out.powers
        .sort_by_key(|p| Power::ALL.iter().position(|x| x == p));
    out.statuses
        .sort_by_key(|s| Status::ALL.iter().position(|x| x == s));
    out
}

/// The box of the two pieces a border runs between (a border lies within both).
fn b_rect(model: &MapModel, a: usize, b: usize) -> [f64; 4] {
    let (ra, rb) = (model.scene.pieces[a].rect, model.scene.pieces[b].rect);
    [
        ra[0].max(rb[0]),
        ra[1].max(rb[1]),
        ra[2].min(rb[2]),
        ra[3].min(rb[3]),
    ]
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
