//! The words of the lesson tools: regions, the list of changes, the key and caption for a
//! projector, cards for students, the glossary, tours and questions. A trait of its own beside
//! `Words`, one file per language, so each catalogue stays a size one can read; a message
//! missing in a language is a compile error all the same.

mod en;
pub(super) mod ja;
pub(super) mod ko;
pub(super) mod ru;
pub(super) mod zh;

use crate::lesson::questions::Ask;
pub use crate::lesson::questions::When;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};

pub use en::English;

/// The facts a question's text names, already in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionFacts<'a> {
    /// What is asked.
    pub ask: Ask,
    /// The place or area asked about, named as on the day.
    pub subject: &'a str,
    /// When.
    pub when: When,
}

/// One language's words for the lesson tools.
pub trait LessonWords: Sync {
    /// The region choice's label: "Region".
    fn region_label(&self) -> &'static str;
    /// The choice of no region: "All regions".
    fn region_all(&self) -> &'static str;
    /// A region's name.
    fn region_name(&self, r: Region) -> &'static str;
    /// What separates the items of a short list: ", " or "、".
    fn list_separator(&self) -> &'static str;
    /// The steps and marks follow a region: "Steps and marks: Sakhalin and the Kurils only".
    fn region_filtering(&self, r: Region) -> String;

    /// The side panel's tab of the key, the cards and the legend: "Cards".
    fn cards_tab(&self) -> &'static str;
    /// The button that opens the list of every change.
    fn changes_open(&self) -> &'static str;
    /// The list's heading.
    fn changes_title(&self) -> &'static str;
    /// How many changes the list shows.
    fn changes_count(&self, n: usize) -> String;
    /// Said of an event that moved no border.
    fn no_border_moved(&self) -> &'static str;
    /// What the marks on the slider mean.
    fn marks_explained(&self) -> &'static str;

    /// The key's heading: "Key".
    fn key_title(&self) -> &'static str;
    /// The phone's bar that brings the map, the key or the cards into view: its name.
    fn phone_tabs_label(&self) -> &'static str;
    /// That bar's button for the map: "Map".
    fn phone_map_tab(&self) -> &'static str;
    /// The button that shows or hides the key in presentation mode.
    fn key_toggle(&self) -> &'static str;
    /// The button that shows or hides the caption in presentation mode.
    fn caption_toggle(&self) -> &'static str;
    /// The key's line for foreign troops present.
    fn key_presence(&self) -> &'static str;
    /// The key's line for a railway run by a foreign power.
    fn key_railway(&self) -> &'static str;
    /// The key's line for a dotted, uncertain border.
    fn key_uncertain(&self) -> &'static str;
    /// The sphere card's label, and the piece card's heading over the spheres:
    /// "Sphere of influence".
    fn sphere_label(&self) -> &'static str;
    /// A sphere's span of days: "From 30 July 1907 to 8 November 1917".
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String;
    /// Whose sphere over whose land: "Japan's claim over land China governed".
    fn sphere_claim(&self, power: Power, over: Power) -> String;
    /// The event that made the sphere: "Made by: …".
    fn sphere_made_by(&self, title: &str) -> String;
    /// The event that ended it: "Ended by: …".
    fn sphere_ended_by(&self, title: &str) -> String;

    /// "Details", over the card's dates, notes and pieces.
    fn details(&self) -> &'static str;
    /// "In the pieces of the map", over the fine pieces under details.
    fn fine_pieces(&self) -> &'static str;
    /// "The full account", over the event's long text under details.
    fn full_account(&self) -> &'static str;

    /// The glossary's heading, and its button.
    fn glossary_title(&self) -> &'static str;
    /// "Example: …".
    fn glossary_example(&self, example: &str) -> String;

    /// The tour panel's heading: "Tour".
    fn tour_title(&self) -> &'static str;
    /// The tour panel's tab, short: "Tour".
    fn tour_tab(&self) -> &'static str {
        self.tour_title()
    }
    /// What the tour panel says before there is any stop.
    fn tour_empty(&self) -> &'static str;
    /// The tour's title field.
    fn tour_name_label(&self) -> &'static str;
    /// "Add stop".
    fn tour_add_stop(&self) -> &'static str;
    /// "Stop 3".
    fn tour_stop_n(&self, n: usize) -> String;
    /// The note field's label.
    fn tour_note_label(&self) -> &'static str;
    /// A question field's label: "Question 2 for students".
    fn tour_question_label(&self, n: usize) -> String;
    /// "Move up".
    fn tour_move_up(&self) -> &'static str;
    /// "Move down".
    fn tour_move_down(&self) -> &'static str;
    /// "Remove".
    fn tour_remove(&self) -> &'static str;
    /// "Show" (go to the stop).
    fn tour_show(&self) -> &'static str;
    /// "Use the map as it is now" (update a stop).
    fn tour_update(&self) -> &'static str;
    /// "Copy tour link".
    fn tour_copy_link(&self) -> &'static str;
    /// Said once the link is copied.
    fn tour_link_copied(&self) -> &'static str;
    /// Said when the browser would not copy: the link is shown to copy by hand.
    fn tour_copy_by_hand(&self) -> &'static str;
    /// The link's length, and whether it is too long for mail and learning platforms.
    fn tour_link_length(&self, chars: usize, limit: usize) -> String;
    /// "Save tour file".
    fn tour_save_file(&self) -> &'static str;
    /// "Open tour file".
    fn tour_open_file(&self) -> &'static str;
    /// "Start tour".
    fn tour_start(&self) -> &'static str;
    /// "Stop 1 of 5".
    fn tour_stop_of(&self, i: usize, n: usize) -> String;
    /// "Next stop".
    fn tour_next(&self) -> &'static str;
    /// "Previous stop".
    fn tour_previous(&self) -> &'static str;
    /// "Leave tour".
    fn tour_leave(&self) -> &'static str;
    /// "Questions for the class", over a stop's questions.
    fn tour_questions(&self) -> &'static str;
    /// A stop's view, in words: the whole map, a focus view's name, or a view of one's own.
    fn tour_own_view(&self) -> &'static str;
    /// A notice about a tour link or file not read as written.
    fn tour_problem(&self, p: &TourProblem) -> String;

    /// The questions' heading and button: "Questions".
    fn questions_title(&self) -> &'static str;
    /// "Question 2 of 5".
    fn question_of(&self, i: usize, n: usize) -> String;
    /// A question's text.
    fn question(&self, q: &QuestionFacts) -> String;
    /// Said under a "where" question: click the map.
    fn question_click_map(&self) -> &'static str;
    /// "Right."
    fn answer_right(&self) -> &'static str;
    /// "Not quite: the answer is Russia."
    fn answer_wrong(&self, right: &str) -> String;
    /// For a "where" question answered wrongly: what the clicked land was.
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String;
    /// Why, from the event that explains it: "Since 28 March 1898: Russia leases Port Arthur".
    fn answer_because(&self, date: Date, title: &str) -> String;
    /// "Show this change".
    fn question_show_change(&self) -> &'static str;
    /// "Next question".
    fn question_next(&self) -> &'static str;
    /// "New questions".
    fn questions_new(&self) -> &'static str;
    /// "Leave questions".
    fn questions_leave(&self) -> &'static str;
    /// "3 of 5 right".
    fn questions_score(&self, right: usize, asked: usize) -> String;
    /// When the data offers no question for the region and dates.
    fn questions_none(&self) -> &'static str;
    /// Where the questions come from: the tour, a region, or the whole map.
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String;
    /// The question link's seed, for a class to get the same questions: "Same questions for
    /// the class: …".
    fn questions_same_for_class(&self) -> &'static str;

    /// A notice: the link's region is not one the map has.
    fn region_unknown(&self, text: &str) -> String;
    /// A notice: the link's question seed cannot be read.
    fn seed_unreadable(&self, text: &str) -> String;
    /// A notice: the link's tour stop cannot be read.
    fn stop_unreadable(&self, text: &str) -> String;

    /// A power in a question's choices.
    fn power_choice(&self, p: Power) -> &'static str;
    /// A way of holding land, in a question: "on lease", "as a protectorate".
    fn status_in_question(&self, s: Status) -> &'static str;
}
