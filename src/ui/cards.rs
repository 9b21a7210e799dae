//! The cards beside the map: the change in force on the date shown, and the piece a reader asked
//! about.

use super::lesson::glossary::{linked_text, status_term};
use super::model::MapModel;
use super::state::AppState;
use crate::model::{Control, Date, Event, Power, Status};
use crate::words::RegimeRole;
use leptos::prelude::*;

/// The change in force: its title, its dates, our text, where it changed things, its sources.
///
/// One card per event in force, keyed by the event, the language and whether the cards' texts
/// have arrived: a step onto another change swaps a freshly built card in (one insertion)
/// rather than rewriting the old card's every attribute, which is what a redraw of an erased
/// view does (`erase_components`, see ARCHITECTURE.md); a step that keeps the change in force
/// touches no card at all.
#[component]
pub fn EventCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let cards = move || {
        let lang = state.lang.get();
        // The summary, account and sources arrive just after the map is drawn.
        let texts = state.card_texts.get();
        model
            .in_force
            .get()
            .into_iter()
            .map(|i| (i, lang, texts))
            .collect::<Vec<_>>()
    };
    let none = move || {
        model.in_force.with(Vec::is_empty).then(|| {
            let words = state.words();
            view! { <section class="card event-card" aria-label=words.event_card_label()><p>{words.no_event_yet()}</p></section> }
        })
    };
    let events = model.atlas.clone();
    view! {
        {none}
        <For each=cards key=|card| *card children=move |(i, _, _)| event_card(&model, state, &events.timeline.events()[i]) />
    }
}

fn event_card(model: &MapModel, state: AppState, e: &Event) -> impl IntoView + use<> {
    let lang = state.lang.get_untracked();
    let (words, lesson) = (lang.words(), lang.lesson());
    let heading_id = format!("event-{}", e.id);
    let label = if e.changes.is_empty() {
        words.story_card_label()
    } else {
        words.event_card_label()
    };
    let other_dates = e
        .other_dates
        .iter()
        .map(|d| view! { <li><span class="date-kind">{words.date_kind(d.kind)}</span>": " {words.long_date(d.date)}</li> })
        .collect_view();
    let timeline = &model.atlas.timeline;
    let piece_ids: Vec<usize> = e
        .pieces()
        .filter_map(|id| timeline.piece_index(id))
        .collect();
    // The areas a student knows (Korea, Kwantung, South Sakhalin), each outlining its pieces of
    // this event when pressed; the map's fine pieces are under "Details".
    let areas = model
        .atlas
        .areas
        .of_event(timeline, e)
        .into_iter()
        .map(|a| {
            let area = &model.atlas.areas.all()[a];
            let pieces: Vec<usize> = piece_ids
                .iter()
                .copied()
                .filter(|p| area.pieces.contains(p))
                .collect();
            view! {
                <li>
                    <button type="button" class="link-like" data-area=area.id.clone()
                        on:click=move |_| crate::ui::steps::outline(state, pieces.clone())>
                        {area.name.get(lang.id()).to_string()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let pieces = piece_ids
        .iter()
        .map(|&p| {
            // Read here, by the card's own effect, which redraws the card if a name changes: a
            // reactive text inside the card would subscribe anew at every redraw, and the name's
            // memo, which rarely changes, would keep every old subscription.
            let name = model.pieces[p].name.get();
            view! {
                <li>
                    <button type="button" class="link-like" data-piece-link=model.scene.pieces[p].id.clone()
                        on:click=move |_| state.selected.set(Some(p))>
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    let where_label = if e.changes.is_empty() {
        words.pieces_about()
    } else {
        words.pieces_changed()
    };
    let labelled_by = heading_id.clone();
    let english = |has: bool| (!has).then_some("en");
    let summary = linked_text(model, state, e.summary.get(lang.id()), lang);
    let text = linked_text(model, state, e.text.get(lang.id()), lang);
    view! {
        <section class="card event-card" data-event=e.id.clone() aria-labelledby=labelled_by
            aria-busy=(!state.card_texts.get_untracked()).then_some("true")>
            <p class="card-label">{label} " · " <span class="card-date">{words.long_date(e.date)}</span></p>
            <h2 id=heading_id lang=english(e.title.has(lang.id()))>
                {e.title.get(lang.id()).to_string()}
            </h2>
            {(!e.summary.has(lang.id()) || !e.text.has(lang.id())).then(|| view! {
                <p class="not-translated">{words.not_translated(lang.native_name())}</p>
            })}
            <p class="card-summary" data-summary=e.id.clone() lang=english(e.summary.has(lang.id()))>{summary}</p>
            <h3>{where_label}</h3>
            <ul class="card-areas">{areas}</ul>
            <details class="card-details">
                <summary>{lesson.details()}</summary>
                <p>{words.map_uses()} " " <strong>{words.long_date(e.date)}</strong></p>
                <ul class="other-dates">{other_dates}</ul>
                {e.uncertainty.as_ref().map(|u| view! { <p class="uncertain">{words.date_uncertain(u.get(lang.id()))}</p> })}
                <h3>{lesson.full_account()}</h3>
                <p class="card-text" lang=english(e.text.has(lang.id()))>{text}</p>
                <h3>{lesson.fine_pieces()}</h3>
                <ul class="card-pieces">{pieces}</ul>
                <h3>{words.sources()}</h3>
                <SourceList sources=e.sources.clone() />
            </details>
        </section>
    }
}

/// What the piece card says, in words: compared as a whole, so scrubbing the slider with a card
/// open redraws it only when something in it changes.
#[derive(Clone, Debug, PartialEq)]
struct PieceFacts {
    id: String,
    name: String,
    held: String,
    status: Status,
    title: Option<String>,
    troops: Option<String>,
    since: String,
    until: String,
    regimes: Vec<String>,
    uncertain: Vec<String>,
    /// The spheres of influence over the piece on the day: index and name.
    spheres: Vec<(usize, String)>,
}

fn piece_facts(model: &MapModel, state: AppState, i: usize) -> Option<PieceFacts> {
    let lang = state.lang.get();
    let words = lang.words();
    let d = state.date.get();
    let atlas = &model.atlas;
    let span = atlas.timeline.control_span(i, d)?;
    let c: Control = span.control;
    let event_title = |e: usize| atlas.timeline.events()[e].title.get(lang.id()).to_string();
    let sovereigns: Vec<Power> = c.sovereign.iter().collect();
    let title = (!sovereigns.contains(&c.power) && c.power != Power::Shared).then(|| {
        let names: Vec<&str> = sovereigns.iter().map(|p| words.power_short(*p)).collect();
        words.title_with(&names.join(", "))
    });
    Some(PieceFacts {
        id: model.scene.pieces[i].id.clone(),
        name: model.pieces[i].name.get(),
        held: words.held_by(&model.holder_words(&c, words), c.status),
        status: c.status,
        title,
        troops: c.presence.map(|p| words.troops_present(p)),
        since: words.since(span.from, &event_title(c.event)),
        until: match span.until {
            Some((u, e)) => words.until(u, &event_title(e)),
            None => words.until_end().to_string(),
        },
        regimes: regimes_on(model, i, d, &c, lang.id())
            .into_iter()
            .map(|(name, role)| words.regime_of(&name, role))
            .collect(),
        spheres: model
            .scene
            .spheres
            .iter()
            .enumerate()
            .filter(|(k, s)| s.pieces.contains(&i) && atlas.spheres[*k].on(d))
            .map(|(k, _)| (k, atlas.spheres[k].name.get(lang.id()).to_string()))
            .collect(),
        // The uncertain lines of this piece that are drawn on this day.
        uncertain: model
            .scene
            .borders
            .iter()
            .zip(&model.borders)
            .filter(|(b, drawn)| (b.a == i || b.b == i) && drawn.get())
            .filter_map(|(b, _)| {
                let u = &atlas.uncertain_borders[b.uncertain?];
                let other = if b.a == i { b.b } else { b.a };
                Some(words.uncertain_border(&model.pieces[other].name.get(), u.why.get(lang.id())))
            })
            .collect(),
    })
}

/// The piece a reader clicked, tapped or chose with the keyboard: who held it and how, since
/// when and until when, and the governments by name.
#[component]
pub fn PieceCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    let facts = {
        let model = model.clone();
        Memo::new(move |_| {
            // An uncertain border's reason arrives with the cards' texts.
            state.card_texts.track();
            piece_facts(&model, state, state.selected.get()?)
        })
    };
    move || {
        let f = facts.get()?;
        let words = state.words();
        let heading = format!("piece-card-{}", f.id);
        let labelled_by = heading.clone();
        let regimes = f
            .regimes
            .into_iter()
            .map(|r| view! { <li>{r}</li> })
            .collect_view();
        Some(view! {
            <section class="card piece-card" data-piece-card=f.id aria-labelledby=labelled_by>
                <p class="card-label">{words.piece_card_label()}</p>
                <h2 id=heading>{f.name}</h2>
                <p class="held"><strong>{f.held}</strong></p>
                <p class="status-term">{status_term(&model, state, f.status, words.status_name(f.status).to_string())}</p>
                {f.title.map(|t| view! { <p>{t}</p> })}
                {f.troops.map(|t| view! { <p class="troops">{t}</p> })}
                <p>{f.since}</p>
                <p>{f.until}</p>
                <h3>{words.governments()}</h3>
                <ul class="regimes">{regimes}</ul>
                {(!f.spheres.is_empty()).then(|| {
                    let lesson = state.lesson_words();
                    view! {
                        <h3>{lesson.sphere_label()}</h3>
                        <ul class="piece-spheres">
                            {f.spheres.iter().map(|(k, name)| {
                                let k = *k;
                                view! { <li><button type="button" class="link-like" data-sphere-link=model.scene.spheres[k].id.clone()
                                    on:click=move |_| state.sphere.set(Some(k))>{name.clone()}</button></li> }
                            }).collect_view()}
                        </ul>
                    }
                })}
                {f.uncertain.into_iter().map(|u| view! { <p class="uncertain">{u}</p> }).collect_view()}
                <button type="button" class="close" on:click=move |_| state.selected.set(None)>{words.close()}</button>
            </section>
        })
    }
}

/// The governments by name on a date: the holder's, then each sovereign's where it differs.
fn regimes_on(
    model: &MapModel,
    piece: usize,
    d: Date,
    c: &Control,
    lang: &str,
) -> Vec<(String, RegimeRole)> {
    let id = &model.scene.pieces[piece].id;
    let regimes = &model.atlas.regimes;
    let mut out = Vec::new();
    let holders: Vec<Power> = if c.power == Power::Shared {
        c.sovereign.iter().collect()
    } else {
        vec![c.power]
    };
    for p in &holders {
        if let Some(r) = regimes.governing(*p, id, d) {
            out.push((r.name.get(lang).to_string(), RegimeRole::Holder));
        }
    }
    for p in c.sovereign.iter().filter(|p| !holders.contains(p)) {
        if let Some(r) = regimes.governing(p, id, d) {
            out.push((r.name.get(lang).to_string(), RegimeRole::Sovereign));
        }
    }
    out
}

/// A sphere of influence, opened from the piece card: whose claim over whose land, its days,
/// the events that made and ended it, what it meant, and its sources.
#[component]
pub fn SphereCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    move || {
        let k = state.sphere.get()?;
        let lang = state.lang.get();
        state.card_texts.track();
        let (words, lesson) = (lang.words(), lang.lesson());
        let atlas = &model.atlas;
        let s = atlas.spheres.get(k)?;
        let title = |id: &str| {
            atlas
                .timeline
                .event_index(id)
                .map(|e| atlas.timeline.events()[e].title.get(lang.id()).to_string())
        };
        let heading = format!("sphere-card-{}", s.id);
        let labelled_by = heading.clone();
        Some(view! {
            <section class="card sphere-card" data-sphere-card=s.id.clone() aria-labelledby=labelled_by>
                <p class="card-label">{lesson.sphere_label()}</p>
                <h2 id=heading>{s.name.get(lang.id()).to_string()}</h2>
                <p><strong>{lesson.sphere_span(s.from, s.until)}</strong></p>
                <p>{lesson.sphere_claim(s.power, s.over)}</p>
                {title(&s.event).map(|t| view! { <p>{lesson.sphere_made_by(&t)}</p> })}
                {s.end.as_deref().and_then(title).map(|t| view! { <p>{lesson.sphere_ended_by(&t)}</p> })}
                <p class="card-text">{s.note.get(lang.id()).to_string()}</p>
                <details class="card-details">
                    <summary>{words.sources()}</summary>
                    <SourceList sources=s.sources.clone() />
                </details>
                <button type="button" class="close" on:click=move |_| state.sphere.set(None)>{words.close()}</button>
            </section>
        })
    }
}

/// A card's sources, each a link. A title in Japanese, Chinese or Korean (an archive's own) is
/// shown as written, drawn from our sources' font; the list waits for that font, since Chromium
/// keeps the empty boxes of text laid out before a web font arrived.
#[component]
fn SourceList(sources: Vec<crate::model::Source>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let wide: String = sources
        .iter()
        .flat_map(|s| s.title().chars())
        .filter(|c| u32::from(*c) >= 0x2E80)
        .collect();
    let ready = RwSignal::new(wide.is_empty());
    if !wide.is_empty() {
        crate::ui::fonts::when_sources_ready(&wide, move || {
            // The card may be gone by then.
            let _ = ready.try_set(true);
        });
    }
    let list = move || {
        ready.get().then(|| {
            let words = state.words();
            sources
                .iter()
                .map(|s| {
                    view! {
                        <li><a href=s.url().to_string() target="_blank" rel="noopener noreferrer">{s.title().to_string()}
                            <span class="visually-hidden">" " {words.opens_new_tab()}</span></a></li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="card-sources">{list}</ul> }
}
