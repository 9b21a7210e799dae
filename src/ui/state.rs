//! The page's state: a handful of signals every component reads, provided once as context.
//! Everything else (who held what, which names show, which borders are drawn) is derived from
//! these by memos in `model`.

use crate::carto::Viewport;
use crate::lesson::tour::Tour;
use crate::link::{LinkNotice, Mode};
use crate::model::{Date, EventFilter, Region};
use crate::scene::focus::FocusView;
use crate::words::{Lang, Speed, Words};
use leptos::prelude::*;

/// What writes a discrete step into the browser's history as an entry of its own, installed by
/// `link_sync` (so the state does not depend on it). Until it is installed (while the page is
/// being set up from its link) steps make no entry.
pub type NewEntry = std::rc::Rc<dyn Fn(AppState)>;

/// Something the page says because it could not do exactly what was asked: a link not followed
/// as written, or a tour not read as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// About the link.
    Link(LinkNotice),
    /// About a tour, from a link or a file.
    Tour(crate::lesson::tour::TourProblem),
    /// About the site's own files: texts or a font that could not be had, a failed picture.
    Site(crate::site::SiteNotice),
}

impl Notice {
    /// The notice in words.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Notice::Link(n) => lang.words().link_notice(n),
            Notice::Tour(p) => lang.lesson().tour_problem(p),
            Notice::Site(n) => lang.words().site_notice(n),
        }
    }
}

/// What the side panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    /// The key, the cards and the legend.
    #[default]
    Map,
    /// The tour being built.
    Tour,
    /// Questions for students.
    Questions,
    /// Every change, in a list.
    Changes,
    /// The glossary.
    Glossary,
}

/// Questions being asked: the seed that drew them, which one is shown, and the answers so far.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Quiz {
    /// The seed (`q=` in the link).
    pub seed: u32,
    /// The question shown, from 0.
    pub at: usize,
    /// Whether each question asked so far was answered right (`None`: not yet answered).
    pub answers: Vec<Option<bool>>,
}

/// The signals of the page. `Copy`, so closures take it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The date shown.
    pub date: RwSignal<Date>,
    /// The part of the map shown.
    pub viewport: RwSignal<Viewport>,
    /// The named view shown, while the teacher has not moved away from it.
    pub focus: RwSignal<Option<FocusView>>,
    /// Screen pixels per map unit of the drawn frame at the whole view (follows the window).
    pub frame_scale: RwSignal<f64>,
    /// The map's size on screen in pixels, `[0, 0]` until first measured.
    pub map_size: RwSignal<[f64; 2]>,
    /// The piece whose card is open.
    pub selected: RwSignal<Option<usize>>,
    /// Pieces outlined for a moment after a step, with a counter so a repeat restarts it.
    pub flash: RwSignal<(u32, Vec<usize>)>,
    /// Whether play is on.
    pub playing: RwSignal<bool>,
    /// How fast play goes.
    pub speed: RwSignal<Speed>,
    /// What the polite live region says.
    pub announce: RwSignal<String>,
    /// Why the link was not followed as written.
    pub notices: RwSignal<Vec<Notice>>,
    /// Writes the address as a new history entry: every discrete step calls it once its
    /// signals are set, so the intent travels with the action. Continuous moves (the slider, a
    /// drag) do not; the address follows them once they settle.
    pub entry_writer: StoredValue<Option<NewEntry>, LocalStorage>,
    /// The language of the interface.
    pub lang: RwSignal<Lang>,
    /// The layout: normal, or for a projector.
    pub mode: RwSignal<Mode>,
    /// A second date shown beside the first, if any.
    pub compare: RwSignal<Option<Date>>,
    /// When comparing, the pieces held differently on the two dates (outlined on both maps).
    pub differs: RwSignal<Vec<usize>>,
    /// The region a lesson follows: steps, marks, play and the list of changes keep to it.
    pub region: RwSignal<Option<Region>>,
    /// What the side panel shows.
    pub panel: RwSignal<Panel>,
    /// The teacher's tour (being built, or followed).
    pub tour: RwSignal<Tour>,
    /// The stop shown while following the tour (`None`: not following it).
    pub touring: RwSignal<Option<usize>>,
    /// The tour as its link carries it (`tour=` while it is followed), once compressed.
    pub tour_link: RwSignal<Option<String>>,
    /// Questions being asked, if any.
    pub quiz: RwSignal<Option<Quiz>>,
    /// The glossary term open over the map, if any.
    pub term: RwSignal<Option<usize>>,
    /// The sphere of influence whose card is open, if any.
    pub sphere: RwSignal<Option<usize>>,
    /// Whether the key is shown over the map when presenting.
    pub key_shown: RwSignal<bool>,
    /// Whether the caption is shown over the map when presenting.
    pub caption_shown: RwSignal<bool>,
    /// Whether the list of keys is open.
    pub keys_shown: RwSignal<bool>,
    /// The list of marks open on the slider's track, by its first date.
    pub marks_open: RwSignal<Option<Date>>,
    /// How pictures are coloured (saved or printed): colour, grey or an outline to colour in.
    pub finish: RwSignal<crate::export::Finish>,
    /// Whether the cards' texts in English (the English table, loaded once the map is drawn)
    /// are at hand: the cards, the glossary and the caption redraw when they arrive.
    pub card_texts: RwSignal<bool>,
}

impl AppState {
    /// The state at start-up.
    pub fn new(
        date: Date,
        viewport: Viewport,
        focus: Option<FocusView>,
        notices: Vec<Notice>,
        lang: Lang,
    ) -> AppState {
        AppState {
            date: RwSignal::new(date),
            viewport: RwSignal::new(viewport),
            focus: RwSignal::new(focus),
            frame_scale: RwSignal::new(0.8),
            map_size: RwSignal::new([0.0, 0.0]),
            selected: RwSignal::new(None),
            flash: RwSignal::new((0, Vec::new())),
            playing: RwSignal::new(false),
            speed: RwSignal::new(Speed::Normal),
            announce: RwSignal::new(String::new()),
            notices: RwSignal::new(notices),
            entry_writer: StoredValue::new_local(None),
            lang: RwSignal::new(lang),
            mode: RwSignal::new(Mode::Normal),
            compare: RwSignal::new(None),
            differs: RwSignal::new(Vec::new()),
            region: RwSignal::new(None),
            panel: RwSignal::new(Panel::Map),
            tour: RwSignal::new(Tour::default()),
            touring: RwSignal::new(None),
            tour_link: RwSignal::new(None),
            quiz: RwSignal::new(None),
            term: RwSignal::new(None),
            sphere: RwSignal::new(None),
            key_shown: RwSignal::new(true),
            caption_shown: RwSignal::new(true),
            keys_shown: RwSignal::new(false),
            marks_open: RwSignal::new(None),
            finish: RwSignal::new(crate::export::Finish::Colour),
            card_texts: RwSignal::new(false),
        }
    }

    /// Which events the steps, marks, play and list follow (tracked).
    pub fn filter(&self) -> EventFilter {
        EventFilter::region(self.region.get())
    }

    /// Which events they follow, read without tracking.
    pub fn filter_untracked(&self) -> EventFilter {
        EventFilter::region(self.region.get_untracked())
    }

    /// The lesson tools' words in the current language (tracked).
    pub fn lesson_words(&self) -> &'static dyn crate::words::lessons::LessonWords {
        self.lang.get().lesson()
    }

    /// Makes what was just set an entry of the browser's history, so Back returns to it.
    pub fn new_entry(&self) {
        if let Some(write) = self.entry_writer.with_value(Clone::clone) {
            write(*self);
        }
    }

    /// Follows a region, as a step the Back button returns from.
    pub fn set_region(&self, region: Option<Region>) {
        self.region.set(region);
        self.new_entry();
    }

    /// The words of the current language (tracked).
    pub fn words(&self) -> &'static dyn Words {
        self.lang.get().words()
    }

    /// Shows a date, as a discrete step the Back button returns from.
    pub fn step_to(&self, date: Date) {
        self.date.set(date.clamp_to_map());
        self.new_entry();
    }

    /// Shows a named view, as a discrete step.
    pub fn show_focus(&self, v: FocusView) {
        self.focus.set(Some(v));
        self.viewport.set(v.viewport());
        self.new_entry();
    }

    /// Shows the whole map, as a discrete step.
    pub fn show_whole_map(&self) {
        self.focus.set(None);
        self.viewport.set(Viewport::FULL);
        self.new_entry();
    }

    /// Switches the language, as a step the Back button returns from.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.new_entry();
    }

    /// Switches the layout, as a step.
    pub fn set_mode(&self, mode: Mode) {
        self.mode.set(mode);
        self.new_entry();
    }

    /// Shows a second date beside the first (or stops), as a step.
    pub fn set_compare(&self, date: Option<Date>) {
        self.compare.set(date.map(Date::clamp_to_map));
        self.new_entry();
    }

    /// Moves the view freely (wheel, drag, keys): no longer a named view.
    pub fn move_view(&self, v: Viewport) {
        self.focus.set(None);
        self.viewport.set(v);
    }
}
