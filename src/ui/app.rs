//! The page: the date, the map with its cards and legend, and the timeline; the link kept in step.

use super::cards::{EventCard, PieceCard, SphereCard};
use super::compare::{CompareCard, CompareMap};
use super::legend::Legend;
use super::lesson::caption::Caption;
use super::lesson::changes::ChangesList;
use super::lesson::glossary::{GlossaryList, TermCard};
use super::lesson::key::Key;
use super::lesson::quiz::QuizPanel;
use super::lesson::tour::{TourEditor, TourStop};
use super::link_sync;
use super::map::MapView;
use super::model::MapModel;
use super::state::{AppState, Panel};
use super::timeline::Timeline;
use super::toolbar::{leave_presentation, Toolbar};
use crate::link::{Mode, ViewSpec};
use crate::wire::Compiled;
use leptos::prelude::*;
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App(
    /// The validated data and the map built from it, as the build compiled them.
    compiled: Compiled,
) -> impl IntoView {
    let Compiled { atlas, scene, .. } = compiled;
    let projection = crate::carto::frame::projection();
    let (link, notices) = link_sync::initial();
    let focus = match link.view {
        ViewSpec::Focus(v) => Some(v),
        _ => None,
    };
    let state = AppState::new(
        link.date,
        super::view::viewport_for(link.view, &projection),
        focus,
        notices
            .into_iter()
            .map(super::state::Notice::Link)
            .collect(),
        link.lang.unwrap_or_else(link_sync::browser_lang),
    );
    super::site_notices::attach(state.notices);
    state.mode.set(link.mode);
    state.compare.set(link.compare);
    state.region.set(link.region);
    if let Some(seed) = link.questions {
        state.quiz.set(Some(super::state::Quiz {
            seed,
            ..Default::default()
        }));
        state.panel.set(Panel::Questions);
    }
    provide_context(state);
    // Projected and path-built by the build; the date never touches it.
    let model = MapModel::new(Arc::new(atlas), Arc::new(scene), state);
    provide_context(model.clone());
    // A tour in the link, decoded before the page was built, opens at its stop; otherwise the
    // tour being built on this machine comes back.
    match super::start_tour() {
        Some((tour, problems, value)) => {
            let at = link.stop.map_or(0, |n| n - 1);
            // The link keeps its tour from the first address written.
            state.tour_link.set(Some(value));
            // Opened before the address is followed (`link_sync::install`), so the stop shown
            // is the page's first entry, not a second one.
            super::lesson::tour::open_tour(state, &model, tour, problems, at);
            // A link that names its date (the teacher moved on from the stop) keeps it.
            if crate::link::has_key(&link_sync::location_hash(), "date") {
                state.date.set(link.date);
            }
        }
        None => {
            if let Some(t) = super::lesson::tour::load_draft() {
                state.tour.set(t);
            }
        }
    }
    link_sync::install(state, projection, model.clone());
    announce_changes(state, &model);
    super::commands::install(state, &model);
    page_attributes(state);
    super::export::install_print(state, model.clone());

    // The map, the date and the slider are drawn first; the side panel (tools, cards, legend)
    // a frame later, so the map is on screen without waiting for the panel's few hundred
    // elements to be built, styled and laid out. The panel is a mount of its own under this
    // component's owner (same context, same lifetime), not a view that switches on later:
    // that would make Leptos compile a redraw path for the whole panel (8 KB gzip of wasm).
    // The tools go in the header, beside the date, in the same later mount: the side panel keeps
    // its height for the key and the card.
    let panel = NodeRef::<leptos::html::Aside>::new();
    let tools = NodeRef::<leptos::html::Div>::new();
    let owner = Owner::current();
    super::dom::after_next_paint(move || {
        if let (Some(owner), Some(el), Some(bar)) =
            (owner, panel.get_untracked(), tools.get_untracked())
        {
            owner.with(|| {
                leptos::mount::mount_to(bar.into(), Toolbar).forget();
                leptos::mount::mount_to(el, SidePanel).forget();
            });
        }
        super::texts::load_card_texts(state.card_texts);
    });

    let words = move || state.words();
    view! {
        <header class="top">
            <h1>{move || words().app_name()} " " <span class="subtitle">{move || words().app_subtitle()}</span></h1>
            <div class="header-tools" node_ref=tools></div>
            <p class="when">
                <span class="year">{move || state.date.get().year()}</span>
                <span class="day">{move || words().long_date(state.date.get())}</span>
            </p>
        </header>
        <Notices />
        <div id="print-picture" class="print-picture" aria-hidden="true"></div>
        <main class="stage">
            <div class="maps">
                <MapView />
                <Show when=move || state.compare.get().is_some()>
                    <CompareMap />
                </Show>
                <div class="over-map">
                    <TourStop />
                    // A tour's stop takes the caption's place: the teacher's note says more.
                    <Show when=move || state.mode.get() == Mode::Present && state.caption_shown.get() && state.touring.get().is_none()>
                        <Caption />
                    </Show>
                    <Show when=move || state.mode.get() == Mode::Present && state.key_shown.get()>
                        <Key overlay=true />
                    </Show>
                    <TermCard />
                    <super::key_list::KeyList />
                </div>
            </div>
            // The panel's width is set by its style, so the map is laid out at its final size
            // before the panel's contents arrive.
            <aside class="side" node_ref=panel></aside>
        </main>
        <footer class="controls">
            <Timeline />
            <Show when=move || state.mode.get() == Mode::Present>
                <div class="present-tools">
                    <button type="button" class="toggle" data-toggle-key="" aria-pressed=move || state.key_shown.get().to_string()
                        on:click=move |_| state.key_shown.update(|k| *k = !*k)>{move || state.lesson_words().key_toggle()}</button>
                    <button type="button" class="toggle" data-toggle-caption="" aria-pressed=move || state.caption_shown.get().to_string()
                        on:click=move |_| state.caption_shown.update(|k| *k = !*k)>{move || state.lesson_words().caption_toggle()}</button>
                    <button type="button" class="leave-present" on:click=move |_| leave_presentation(state)>
                        {move || words().present_leave()}
                    </button>
                </div>
            </Show>
        </footer>
        <div class="visually-hidden" aria-live="polite" id="announcer">{move || state.announce.get()}</div>
    }
}

/// The side panel's contents: the tools, then what the panel shows: the key beside the cards and
/// the legend (so the key and the card's title and summary are on screen together), the tour,
/// questions, every change, or the glossary.
#[component]
fn SidePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = move |panel: Panel, label: fn(AppState) -> &'static str, id: &'static str| {
        view! {
            <button type="button" class="tab" data-panel=id aria-pressed=move || (state.panel.get() == panel).to_string()
                on:click=move |_| state.panel.set(if state.panel.get_untracked() == panel { Panel::Map } else { panel })>
                {move || label(state)}
            </button>
        }
    };
    view! {
        <nav class="tabs" aria-label=move || state.lesson_words().tour_title()>
            {tab(Panel::Map, |s| s.lesson_words().cards_tab(), "map")}
            {tab(Panel::Tour, |s| s.lesson_words().tour_tab(), "tour")}
            {tab(Panel::Questions, |s| s.lesson_words().questions_title(), "questions")}
            {tab(Panel::Changes, |s| s.lesson_words().changes_open(), "changes")}
            {tab(Panel::Glossary, |s| s.lesson_words().glossary_title(), "glossary")}
        </nav>
        {move || match state.panel.get() {
            Panel::Map => view! {
                <CompareCard />
                <PieceCard />
                <SphereCard />
                <Key />
                <EventCard />
                <Legend />
            }.into_any(),
            Panel::Tour => view! { <TourEditor /> }.into_any(),
            Panel::Questions => view! { <QuizPanel /> }.into_any(),
            Panel::Changes => view! { <ChangesList /> }.into_any(),
            Panel::Glossary => view! { <GlossaryList /> }.into_any(),
        }}
        <PhoneTabs />
    }
}

/// On a phone, where the map, the key and the card are a screen apart: a bar at the screen's
/// foot that brings each into view with one tap (`data-phone-tab`). Elsewhere it is not shown.
#[component]
fn PhoneTabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let go = move |target: &'static str| {
        move |_| {
            // The key and the cards are in the panel's first tab.
            state.panel.set(Panel::Map);
            let show = move || {
                if target == "map" {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                } else if let Ok(Some(el)) = document().query_selector(target) {
                    el.scroll_into_view();
                }
            };
            super::dom::after_next_paint(show);
        }
    };
    let lesson = move || state.lesson_words();
    view! {
        <nav class="phone-tabs" aria-label=move || lesson().phone_tabs_label()>
            <button type="button" data-phone-tab="map" on:click=go("map")>{move || lesson().phone_map_tab()}</button>
            <button type="button" data-phone-tab="key" on:click=go(".side .key")>{move || lesson().key_title()}</button>
            <button type="button" data-phone-tab="card" on:click=go(".side .card")>{move || lesson().cards_tab()}</button>
        </nav>
    }
}

/// Notices about a link not followed as written, a tour not read as written, or the site's own
/// files, each dismissable (`data-notice` says which kind).
#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let words = state.words();
        state
            .notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let kind = match n {
                    super::state::Notice::Link(_) => "link",
                    super::state::Notice::Tour(_) => "tour",
                    super::state::Notice::Site(_) => "site",
                };
                view! {
                    <div class="notice" role="status" data-notice=kind>
                        <span>{n.say(state.lang.get())}</span>
                        <button type="button" on:click=move |_| state.notices.update(|ns| { ns.remove(i); })>
                            {words.dismiss()}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The page's language and layout on its root element: `lang` for fonts and screen readers,
/// a class for presentation mode and for two dates side by side.
fn page_attributes(state: AppState) {
    // Set now, before the first render: text shaped under the wrong language would keep boxes
    // where its font's glyphs belong.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", state.lang.get_untracked().tag());
    }
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = root.set_attribute("lang", state.lang.get().tag());
        let classes = root.class_list();
        let _ = classes.toggle_with_force("present", state.mode.get() == Mode::Present);
        let _ = classes.toggle_with_force("comparing", state.compare.get().is_some());
    });
    // Leaving full screen (Escape, which the browser keeps for itself) leaves the presentation.
    let _ = window_event_listener(leptos::ev::fullscreenchange, move |_| {
        if document().fullscreen_element().is_none() && state.mode.get_untracked() == Mode::Present
        {
            state.set_mode(Mode::Normal);
        }
    });
}

/// When the date lands on a change (by any means), the polite live region says which.
fn announce_changes(state: AppState, model: &MapModel) {
    let atlas = model.atlas.clone();
    Effect::new(move |_| {
        let d = state.date.get();
        let events = atlas.timeline.events_in_force(d);
        if let Some(first) = events.first().map(|i| &atlas.timeline.events()[*i]) {
            if first.date == d {
                let lang = state.lang.get_untracked();
                let titles: Vec<&str> = events
                    .iter()
                    .map(|i| atlas.timeline.events()[*i].title.get(lang.id()))
                    .collect();
                state
                    .announce
                    .set(lang.words().stepped_onto(d, &titles.join("; ")));
            }
        }
    });
}
