//! The map's view model, built once: the scene (paths, places, borders, all projected at start-up)
//! joined with one memo per thing that changes with the date, the view or the language. Components
//! read this and draw; a date change reaches only the memos whose answer changed.

use super::state::AppState;
use crate::atlas::{same_answer_as, Atlas};
use crate::carto::placement::{level_for, Anchor};
use crate::model::{Control, Date, Power};
use crate::scene::{fonts, DayNames, LabelLayout, Scene};
use leptos::prelude::*;
use std::sync::Arc;

/// One piece: who held it and its name, on the date shown.
#[derive(Clone, Copy)]
pub struct PieceModel {
    /// Control on the date shown.
    pub control: Memo<Option<Control>>,
    /// Its name on the date shown, in the interface language.
    pub name: Memo<String>,
}

/// One place: its name on the date shown (none before it existed) and its label's side at the
/// current zoom (none where there is no room).
#[derive(Clone, Copy)]
pub struct PlaceModel {
    /// Its name on the date shown.
    pub name: Memo<Option<String>>,
    /// Where its name goes at the current zoom.
    pub side: Memo<Option<Anchor>>,
}

/// One callout (a small area drawn as a marker beside it): the piece whose hold it shows on the
/// date shown, while the story needs it, and its name's side at the current zoom (none while
/// the area reads on its own, or where there is no room).
#[derive(Clone, Copy)]
pub struct CalloutModel {
    /// The piece shown, while the callout is wanted.
    pub piece: Memo<Option<usize>>,
    /// Where its name goes at the current zoom.
    pub side: Memo<Option<Anchor>>,
}

/// Everything the map draws, with what changes reduced to memos.
#[derive(Clone)]
pub struct MapModel {
    /// The date this model shows (the page's date, or the second date when comparing).
    pub date: Signal<Date>,
    /// The validated data.
    pub atlas: Arc<Atlas>,
    /// Paths and positions, built once.
    pub scene: Arc<Scene>,
    /// Parallel to `scene.pieces`.
    pub pieces: Vec<PieceModel>,
    /// Parallel to `scene.places`.
    pub places: Vec<PlaceModel>,
    /// Each railway's operator on the date shown, parallel to `scene.railways`.
    pub railways: Vec<Memo<Option<Power>>>,
    /// Whether each border is drawn (its two sides held differently), parallel to `scene.borders`.
    pub borders: Vec<Memo<bool>>,
    /// Whether each sphere of influence held on the date shown, parallel to `scene.spheres`.
    pub spheres: Vec<Memo<bool>>,
    /// The side of each region, context and sea label at the current zoom.
    pub labels: Vec<Memo<Option<Anchor>>>,
    /// The side of each river's name at the current zoom, parallel to `scene.rivers`.
    pub rivers: Vec<Memo<Option<Anchor>>>,
    /// The events in force on the date shown (indices into the timeline's events).
    pub in_force: Memo<Vec<usize>>,
    /// The callouts, parallel to the scene's.
    pub callouts: Vec<CalloutModel>,
    /// Where names go at each zoom level, for the interface language.
    pub layout: Memo<Arc<LabelLayout>>,
    /// What the change in force does to the names at the current zoom and view.
    pub day_names: Memo<DayNames>,
    /// The zoom level names are laid out for.
    pub level: Memo<usize>,
    /// How much larger than normal names are drawn: larger in presentation mode, for the back
    /// of a room.
    pub text_scale: Memo<f64>,
}

/// Where names go, shared by the maps of both dates; each map reads it on its own day, since a
/// place of the change in force takes the room of lesser names on its days.
struct Names {
    text_scale: Memo<f64>,
    layout: Memo<Arc<LabelLayout>>,
    level: Memo<usize>,
}

/// Names in presentation mode, against their normal size.
pub const PRESENT_TEXT_SCALE: f64 = 1.4;

impl MapModel {
    /// Builds every memo for the page's date over the scene. Call once, inside the app's
    /// reactive owner.
    pub fn new(atlas: Arc<Atlas>, scene: Arc<Scene>, state: AppState) -> MapModel {
        let lang = state.lang;
        let text_scale = Memo::new(move |_| match state.mode.get() {
            crate::link::Mode::Present => PRESENT_TEXT_SCALE,
            crate::link::Mode::Normal => 1.0,
        });
        // Sides depend on the language and text size (text widths) and the zoom; computed once
        // per language and size.
        let layout: Memo<Arc<LabelLayout>> = {
            let (atlas, scene) = (atlas.clone(), scene.clone());
            Memo::new(move |_| {
                Arc::new(scene.label_layout(&atlas, lang.get().id(), text_scale.get()))
            })
        };
        let level = Memo::new(move |_| level_for(state.frame_scale.get() * state.viewport.get().k));
        let names = Names {
            text_scale,
            layout,
            level,
        };
        MapModel::dated(atlas, scene, state, state.date.into(), names)
    }

    /// The memos for another date over the same scene (the second map when comparing): the
    /// layout is this model's, read on the other date.
    pub fn for_date(&self, state: AppState, date: Signal<Date>) -> MapModel {
        let names = Names {
            text_scale: self.text_scale,
            layout: self.layout,
            level: self.level,
        };
        MapModel::dated(self.atlas.clone(), self.scene.clone(), state, date, names)
    }

    /// The date's memos, over the scene and the names' places.
    fn dated(
        atlas: Arc<Atlas>,
        scene: Arc<Scene>,
        state: AppState,
        date: Signal<Date>,
        names: Names,
    ) -> MapModel {
        let lang = state.lang;
        // Each thing's memos read its own clock, the day its answer is taken from, which moves
        // only when the date crosses one of that thing's change dates. One effect moves the
        // clocks; a slider step reaches only the memos of things that change on it. (Memos read
        // straight from the date would all be re-checked, and re-subscribed, on every step.)
        let changes = atlas.change_dates();
        let pieces_at = clocks(date, changes.pieces);
        let places_at = clocks(date, changes.places);
        let railways_at = clocks(date, changes.railways);
        let events_at = clocks(date, vec![changes.events])[0];
        let pieces: Vec<PieceModel> = (0..scene.pieces.len())
            .map(|i| {
                let (a, b) = (atlas.clone(), atlas.clone());
                let at = pieces_at[i];
                PieceModel {
                    control: Memo::new(move |_| a.timeline.control_at(i, at.get())),
                    name: Memo::new(move |_| {
                        b.piece_names[i]
                            .at(at.get())
                            .map(|n| n.get(lang.get().id()).to_string())
                            .unwrap_or_else(|| b.pieces[i].name.clone())
                    }),
                }
            })
            .collect();
        // Where names go moves with the zoom, the language and the change in force (its places
        // take the room of lesser names on its days): the events' clock.
        let (layout, level, text_scale) = (names.layout, names.level, names.text_scale);
        // The change in force's places take the first of their sides that the view has room
        // for (not under the locator, not off the edge), and the names under it give way.
        let room = super::map::names::room_memo(state);
        let day_names: Memo<DayNames> = {
            let (a, s) = (atlas.clone(), scene.clone());
            Memo::new(move |_| {
                let day = events_at.get();
                let (frame_scale, view, room) =
                    (state.frame_scale.get(), state.viewport.get(), room.get());
                let (scale, lang) = (text_scale.get(), lang.get());
                layout.get().on_day(level.get(), day.days(), |i, side| {
                    let (Some(room), Some(name)) = (room, a.places[i].name_at(day)) else {
                        return true;
                    };
                    let rank = a.places[i].rank;
                    let font = fonts::PLACE[(rank as usize).clamp(1, 3) - 1] * scale;
                    let [x, y] = view.to_frame(s.places[i].at);
                    let at = [x * frame_scale, y * frame_scale];
                    room.fits_name(at, side, name.get(lang.id()), font, rank == 1)
                })
            })
        };
        let places = (0..scene.places.len())
            .map(|i| {
                let (a, at) = (atlas.clone(), places_at[i]);
                PlaceModel {
                    name: Memo::new(move |_| {
                        a.places[i]
                            .name_at(at.get())
                            .map(|n| n.get(lang.get().id()).to_string())
                    }),
                    side: Memo::new(move |_| {
                        day_names.with(|d| layout.get().place_with(level.get(), i, d))
                    }),
                }
            })
            .collect();
        let labels = (0..scene.labels.len())
            .map(|i| {
                Memo::new(move |_| day_names.with(|d| layout.get().label_with(level.get(), i, d)))
            })
            .collect();
        let rivers = (0..scene.rivers.len())
            .map(|i| {
                Memo::new(move |_| day_names.with(|d| layout.get().river_with(level.get(), i, d)))
            })
            .collect();
        let railways = (0..scene.railways.len())
            .map(|i| {
                let (a, at) = (atlas.clone(), railways_at[i]);
                Memo::new(move |_| a.railways[i].operator_at(at.get()))
            })
            .collect();
        // A handful, each a date comparison: read straight from the date.
        let spheres = (0..scene.spheres.len())
            .map(|i| {
                let a = atlas.clone();
                Memo::new(move |_| a.spheres[i].on(date.get()))
            })
            .collect();
        let borders = scene
            .borders
            .iter()
            .map(|b| {
                let (ca, cb) = (pieces[b.a].control, pieces[b.b].control);
                Memo::new(move |_| match (ca.get(), cb.get()) {
                    (Some(x), Some(y)) => !x.same_hold(&y),
                    _ => true,
                })
            })
            .collect();
        let in_force = {
            let a = atlas.clone();
            Memo::new(move |_| a.timeline.events_in_force(events_at.get()).to_vec())
        };
        // What a callout shows changes only with control and the change in force, both on event
        // days: the events' clock.
        let callouts = (0..scene.callouts.len())
            .map(|i| {
                let (a, s) = (atlas.clone(), scene.clone());
                CalloutModel {
                    piece: Memo::new(move |_| {
                        let (c, day) = (&s.callouts[i], events_at.get());
                        c.wanted(&a.timeline, day)
                            .then(|| c.shown_piece(&a.timeline, day))
                    }),
                    side: Memo::new(move |_| {
                        layout.get().callout(level.get(), i, events_at.get().days())
                    }),
                }
            })
            .collect();
        MapModel {
            callouts,
            date,
            atlas,
            scene,
            pieces,
            places,
            railways,
            borders,
            spheres,
            in_force,
            layout: names.layout,
            day_names,
            level: names.level,
            labels,
            rivers,
            text_scale: names.text_scale,
        }
    }

    /// The holder of a piece in words: "Japan", or "Japan and Russia" for a condominium.
    pub fn holder_words(&self, c: &Control, words: &dyn crate::words::Words) -> String {
        if c.power == Power::Shared {
            let mut s = c.sovereign.iter();
            match (s.next(), s.next()) {
                (Some(a), Some(b)) => words.shared_by(a, b),
                _ => words.power_short(Power::Shared).to_string(),
            }
        } else {
            words.power_short(c.power).to_string()
        }
    }
}

/// One clock per thing: the day its answer is taken from (see `data::same_answer_as`), set by one
/// effect on the date only when it moves. Right from the start, before the effect first runs.
fn clocks(date: Signal<Date>, change_dates: Vec<Vec<Date>>) -> Vec<ReadSignal<Date>> {
    let start = date.get_untracked();
    let clocks: Vec<RwSignal<Date>> = change_dates
        .iter()
        .map(|l| RwSignal::new(same_answer_as(l, start)))
        .collect();
    let read = clocks.iter().map(|c| c.read_only()).collect();
    Effect::new(move |_| {
        let d = date.get();
        for (clock, l) in clocks.iter().zip(&change_dates) {
            let at = same_answer_as(l, d);
            if clock.get_untracked() != at {
                clock.set(at);
            }
        }
    });
    read
}
