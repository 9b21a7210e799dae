//! Every word the interface shows, from one catalogue per language. The `Words` trait lists each
//! message once; a language is a type implementing all of it, so a message missing in a language
//! is a compile error, not a blank on a projector. Data words (event texts, place and piece names)
//! come from `geo/` as `Localized` text instead.
//!
//! Why our own catalogue and not `leptos_i18n`: ours adds no dependency or macro to the wasm,
//! works the same in the native tools (`atlas validate` renders `DataError` through it), and
//! keys are checked by the compiler all the same. The cost is writing plural and date rules by
//! hand, which five languages and a handful of messages make cheap.

mod en;
mod ja;
mod ko;
pub mod lessons;
mod ru;
mod zh;

use crate::atlas::PlaceKind;
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

pub use en::English;

pub use crate::model::Lang;

impl Lang {
    /// The lesson tools' catalogue for this language.
    pub fn lesson(self) -> &'static dyn lessons::LessonWords {
        match self {
            Lang::En => &lessons::English,
            Lang::Ja => &lessons::ja::Japanese,
            Lang::Ru => &lessons::ru::Russian,
            Lang::Zh => &lessons::zh::Chinese,
            Lang::Ko => &lessons::ko::Korean,
        }
    }

    /// The catalogue for this language.
    pub fn words(self) -> &'static dyn Words {
        match self {
            Lang::En => &English,
            // Until each catalogue lands, its language speaks English.
            Lang::Ja => &ja::Japanese,
            Lang::Ru => &ru::Russian,
            Lang::Zh => &zh::Chinese,
            Lang::Ko => &ko::Korean,
        }
    }
}

/// Play speeds: how long the map rests on each change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Speed {
    /// Long enough to read the card aloud.
    Slow,
    /// The default.
    Normal,
    /// A quick overview.
    Fast,
}

impl Speed {
    /// Every speed, slow first.
    pub const ALL: [Speed; 3] = [Speed::Slow, Speed::Normal, Speed::Fast];

    /// Milliseconds spent on each change.
    pub fn dwell_ms(self) -> u32 {
        match self {
            Speed::Slow => 7000,
            Speed::Normal => 4000,
            Speed::Fast => 2000,
        }
    }

    /// The identifier in the page (`value` of the choice).
    pub fn id(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
        }
    }
}

/// One language's words. Every method is a message; arguments are the facts it mentions.
pub trait Words: Sync {
    /// The app's name.
    fn app_name(&self) -> &'static str;
    /// What the map covers, under the name.
    fn app_subtitle(&self) -> &'static str;
    /// A date in words: "7 February 1855".
    fn long_date(&self, date: Date) -> String;
    /// A month and year: "February 1855".
    fn month_year(&self, date: Date) -> String;
    /// The map's accessible name on a date.
    fn map_label(&self, date: Date) -> String;

    /// A power as the legend names it: "China (Qing, Republic)".
    fn power_long(&self, p: Power) -> &'static str;
    /// A power in a sentence: "Japan".
    fn power_short(&self, p: Power) -> &'static str;
    /// "Japanese", for troops.
    fn power_adjective(&self, p: Power) -> &'static str;
    /// A way of holding land, for the legend: "Leased territory".
    fn status_name(&self, s: Status) -> &'static str;
    /// A way of holding land, in a sentence: "held it on lease".
    fn status_phrase(&self, s: Status) -> &'static str;

    /// Legend headings and notes.
    fn legend_title(&self) -> &'static str;
    /// "Who held the land".
    fn legend_powers(&self) -> &'static str;
    /// "How they held it".
    fn legend_statuses(&self) -> &'static str;
    /// "Also on the map".
    fn legend_more(&self) -> &'static str;
    /// What a dashed outline means.
    fn legend_presence(&self) -> &'static str;
    /// What a railway line means.
    fn legend_railway(&self) -> &'static str;
    /// Why the powers' home lands are paler.
    fn legend_home_lands(&self) -> &'static str;
    /// What a line between pieces means.
    fn legend_border(&self) -> &'static str;
    /// What a place marker is.
    fn legend_place(&self) -> &'static str;
    /// What a dotted border means.
    fn legend_uncertain(&self) -> &'static str;

    /// The slider's accessible name.
    fn slider_label(&self) -> &'static str;
    /// The slider's spoken value: the date and the change in force.
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String;
    /// The name of the marks on the slider.
    fn marks_label(&self) -> &'static str;
    /// A mark standing for several changes close together: "1904–1905: 14 changes".
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String;
    /// "Previous change".
    fn previous_change(&self) -> &'static str;
    /// "Next change".
    fn next_change(&self) -> &'static str;
    /// "Keys": the title of the list of keys.
    fn keys_title(&self) -> &'static str;
    /// Where a key has its meaning ("Map focused").
    fn key_context(&self, c: crate::keys::Context) -> &'static str;
    /// What a key does ("Next change").
    fn command(&self, c: crate::keys::Command) -> &'static str;
    /// The keys for previous/next, as a hint.
    fn step_keys_hint(&self) -> &'static str;
    /// "Play".
    fn play(&self) -> &'static str;
    /// "Pause".
    fn pause(&self) -> &'static str;
    /// The speed choice's name.
    fn speed_label(&self) -> &'static str;
    /// A speed's name.
    fn speed_name(&self, s: Speed) -> &'static str;
    /// Announced when the map steps onto a change: "28 March 1898: Russia leases Port Arthur".
    fn stepped_onto(&self, date: Date, title: &str) -> String;

    /// "Zoom in".
    fn zoom_in(&self) -> &'static str;
    /// "Zoom out".
    fn zoom_out(&self) -> &'static str;
    /// "Whole map".
    fn whole_map(&self) -> &'static str;
    /// The focus buttons' group name.
    fn views_label(&self) -> &'static str;
    /// A named view.
    fn focus_name(&self, v: FocusView) -> &'static str;
    /// How to zoom and pan, for the map's description.
    fn map_help(&self) -> &'static str;

    /// The event card's heading above the title: "Change in force".
    fn event_card_label(&self) -> &'static str;
    /// The same for an event that moved no border.
    fn story_card_label(&self) -> &'static str;
    /// What another date of an event was: "Signed".
    fn date_kind(&self, k: DateKind) -> &'static str;
    /// "The map uses".
    fn map_uses(&self) -> &'static str;
    /// "Where it changed".
    fn pieces_changed(&self) -> &'static str;
    /// "Where".
    fn pieces_about(&self) -> &'static str;
    /// "Sources".
    fn sources(&self) -> &'static str;
    /// Added to a link that opens a new tab, for screen readers.
    fn opens_new_tab(&self) -> &'static str;
    /// Before the first event.
    fn no_event_yet(&self) -> &'static str;

    /// The piece card's heading above the piece's name.
    fn piece_card_label(&self) -> &'static str;
    /// "Held by Japan, on lease".
    fn held_by(&self, power: &str, status: Status) -> String;
    /// "Title stayed with China".
    fn title_with(&self, sovereigns: &str) -> String;
    /// "Since 28 March 1898 (Russia leases Port Arthur)".
    fn since(&self, date: Date, event: &str) -> String;
    /// "Until 3 January 1905 (Port Arthur surrenders)".
    fn until(&self, date: Date, event: &str) -> String;
    /// "Unchanged to the end of 1922".
    fn until_end(&self) -> &'static str;
    /// "Japanese troops present, not governing".
    fn troops_present(&self, p: Power) -> String;
    /// "Government".
    fn governments(&self) -> &'static str;
    /// One regime line: "Russian Empire (holder)".
    fn regime_of(&self, name: &str, role: RegimeRole) -> String;
    /// A border of the piece whose line is uncertain, and why.
    fn uncertain_border(&self, other: &str, why: &str) -> String;
    /// Why an event's date is uncertain.
    fn date_uncertain(&self, why: &str) -> String;
    /// "Close".
    fn close(&self) -> &'static str;
    /// The piece's accessible name on the map: its name and who held it.
    fn piece_label(
        &self,
        name: &str,
        holder: &str,
        status: Status,
        troops: Option<Power>,
    ) -> String;
    /// "shared by Japan and Russia".
    fn shared_by(&self, a: Power, b: Power) -> String;
    /// A railway's tooltip: run by a power, or not yet running.
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String;
    /// What a place is, for its tooltip.
    fn place_kind(&self, k: PlaceKind) -> &'static str;

    /// "Dismiss".
    fn dismiss(&self) -> &'static str;
    /// A notice about a link not followed as written.
    fn link_notice(&self, n: &LinkNotice) -> String;
    /// A notice about the site itself: texts or a font that could not be had, a picture that
    /// could not be made.
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String;
    /// The line a saved picture carries when the font for `lang`'s script could not be put in
    /// it.
    fn picture_font_missing(&self, lang: Lang) -> String;
    /// The headline when the map stops with an internal error.
    fn fatal_internal(&self) -> &'static str;
    /// "Reload".
    fn reload(&self) -> &'static str;
    /// Where the land and the code come from, under the legend.
    fn credits(&self) -> &'static str;
    /// The line of sources at the foot of a saved picture.
    fn attribution(&self) -> String;
    /// The toolbar's accessible name.
    fn toolbar_label(&self) -> &'static str;
    /// "Language".
    fn language(&self) -> &'static str;
    /// "Compare with" (a second date).
    fn compare_with(&self) -> &'static str;
    /// "Stop comparing".
    fn compare_stop(&self) -> &'static str;
    /// The heading of the list of differences: "What changed between 1 June 1894 and …".
    fn compare_heading(&self, first: Date, second: Date) -> String;
    /// When nothing differs.
    fn compare_none(&self) -> &'static str;
    /// One difference: "Korea: Korea, sovereign → Japan, protectorate".
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String;
    /// An area whose parts changed in different ways: "Liaodong: changed hands in 4 parts".
    fn compare_parts(&self, area: &str, parts: usize) -> String;
    /// The second map's accessible name.
    fn compare_map_label(&self, date: Date) -> String;
    /// "Present" (presentation mode).
    fn present(&self) -> &'static str;
    /// "Leave presentation".
    fn present_leave(&self) -> &'static str;
    /// "Save SVG".
    fn save_svg(&self) -> &'static str;
    /// "Save PNG".
    fn save_png(&self) -> &'static str;
    /// "Print".
    fn print(&self) -> &'static str;
    /// A scale bar's distance: "100 km".
    fn scale_km(&self, km: u32) -> String;
    /// The label of the choice of how pictures are coloured: "Pictures in".
    fn finish_label(&self) -> &'static str;
    /// A way of colouring pictures: "Colour", "Greys (copier)", "Blank outline".
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str;
    /// A text not yet written in the interface language: "Not yet written in Japanese; shown in
    /// English." (`lang` is the language's own name).
    fn not_translated(&self, lang: &str) -> String;
    /// The link to the third-party licence notices.
    fn licences(&self) -> &'static str;
    /// The headline when the data fails its checks.
    fn fatal_data(&self) -> &'static str;
}

/// Whose government a regime line names on the piece card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegimeRole {
    /// The power holding the piece.
    Holder,
    /// The power holding title.
    Sovereign,
}
