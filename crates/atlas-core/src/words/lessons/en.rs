//! English.

use super::{LessonWords, QuestionFacts, When};
use crate::lesson::questions::Ask;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};
use crate::words::{Lang, Words};

/// The English catalogue.
pub struct English;

/// The interface's catalogue in this language, for dates and powers.
fn w() -> &'static dyn Words {
    Lang::En.words()
}

fn date(d: Date) -> String {
    w().long_date(d)
}

impl LessonWords for English {
    fn region_label(&self) -> &'static str {
        "Region"
    }
    fn region_all(&self) -> &'static str {
        "All regions"
    }
    fn region_name(&self, r: Region) -> &'static str {
        match r {
            Region::Sakhalin => "Sakhalin and the Kurils",
            Region::Liaodong => "Liaodong",
            Region::Manchuria => "Manchuria",
            Region::Korea => "Korea",
            Region::Amur => "Amur and Ussuri",
            Region::Mongolia => "Mongolia",
            Region::China => "China proper",
            Region::Japan => "Japan",
            Region::Siberia => "Siberia and Kamchatka",
        }
    }
    fn list_separator(&self) -> &'static str {
        ", "
    }
    fn region_filtering(&self, r: Region) -> String {
        format!("Steps, marks and play follow {} only.", self.region_name(r))
    }

    fn cards_tab(&self) -> &'static str {
        "Cards"
    }
    fn changes_open(&self) -> &'static str {
        "Changes"
    }
    fn changes_title(&self) -> &'static str {
        "Every change on the map"
    }
    fn changes_count(&self, n: usize) -> String {
        match n {
            1 => "1 change".into(),
            n => format!("{n} changes"),
        }
    }
    fn no_border_moved(&self) -> &'static str {
        "no border moved"
    }
    fn marks_explained(&self) -> &'static str {
        "Each mark on the slider is a day when something changed. A number stands for several changes close together: click it for the list. A hollow mark is an event that moved no border."
    }

    fn phone_tabs_label(&self) -> &'static str {
        "Go to the map, the key or the cards"
    }
    fn phone_map_tab(&self) -> &'static str {
        "Map"
    }
    fn key_title(&self) -> &'static str {
        "Key"
    }
    fn key_toggle(&self) -> &'static str {
        "Key"
    }
    fn caption_toggle(&self) -> &'static str {
        "Caption"
    }
    fn key_presence(&self) -> &'static str {
        "Troops present"
    }
    fn key_railway(&self) -> &'static str {
        "Foreign railway"
    }
    fn key_uncertain(&self) -> &'static str {
        "Uncertain border"
    }

    fn sphere_label(&self) -> &'static str {
        "Sphere of influence"
    }
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String {
        match until {
            Some(u) => format!("From {} to {}", date(from), date(u)),
            None => format!("From {} to the end of the map", date(from)),
        }
    }
    fn sphere_claim(&self, power: Power, over: Power) -> String {
        format!(
            "{}'s claim over land that {} governed: not control, which stayed as the map colours it.",
            w().power_short(power),
            w().power_short(over)
        )
    }
    fn sphere_made_by(&self, title: &str) -> String {
        format!("Made by: {title}")
    }
    fn sphere_ended_by(&self, title: &str) -> String {
        format!("Ended by: {title}")
    }
    fn details(&self) -> &'static str {
        "Details"
    }
    fn fine_pieces(&self) -> &'static str {
        "Every piece of the map that changed"
    }
    fn full_account(&self) -> &'static str {
        "The full account"
    }

    fn glossary_title(&self) -> &'static str {
        "Glossary"
    }
    fn glossary_example(&self, example: &str) -> String {
        format!("Example: {example}")
    }

    fn tour_title(&self) -> &'static str {
        "Tour"
    }
    fn tour_empty(&self) -> &'static str {
        "No stops yet. Set the map as you want the class to see it, then press Add stop."
    }
    fn tour_name_label(&self) -> &'static str {
        "Title of the tour"
    }
    fn tour_add_stop(&self) -> &'static str {
        "Add stop"
    }
    fn tour_stop_n(&self, n: usize) -> String {
        format!("Stop {n}")
    }
    fn tour_note_label(&self) -> &'static str {
        "Note shown over the map"
    }
    fn tour_question_label(&self, n: usize) -> String {
        format!("Question {n} for students")
    }
    fn tour_move_up(&self) -> &'static str {
        "Move up"
    }
    fn tour_move_down(&self) -> &'static str {
        "Move down"
    }
    fn tour_remove(&self) -> &'static str {
        "Remove"
    }
    fn tour_show(&self) -> &'static str {
        "Show"
    }
    fn tour_update(&self) -> &'static str {
        "Use the map as it is now"
    }
    fn tour_copy_link(&self) -> &'static str {
        "Copy tour link"
    }
    fn tour_link_copied(&self) -> &'static str {
        "Tour link copied."
    }
    fn tour_copy_by_hand(&self) -> &'static str {
        "The browser would not copy it: select the link below and copy it."
    }
    fn tour_link_length(&self, chars: usize, limit: usize) -> String {
        if chars <= limit {
            format!("The link is {chars} characters long.")
        } else {
            format!(
                "The link is {chars} characters long, more than the {limit} that mail and learning platforms keep: save a tour file instead, or shorten the notes."
            )
        }
    }
    fn tour_save_file(&self) -> &'static str {
        "Save tour file"
    }
    fn tour_open_file(&self) -> &'static str {
        "Open tour file"
    }
    fn tour_start(&self) -> &'static str {
        "Start tour"
    }
    fn tour_stop_of(&self, i: usize, n: usize) -> String {
        format!("Stop {i} of {n}")
    }
    fn tour_next(&self) -> &'static str {
        "Next stop"
    }
    fn tour_previous(&self) -> &'static str {
        "Previous stop"
    }
    fn tour_leave(&self) -> &'static str {
        "Leave tour"
    }
    fn tour_questions(&self) -> &'static str {
        "Questions for the class"
    }
    fn tour_own_view(&self) -> &'static str {
        "a view of its own"
    }
    fn tour_problem(&self, p: &TourProblem) -> String {
        match p {
            TourProblem::UnknownVersion(v) => format!(
                "This tour was made by another version of the map (“{v}”) and cannot be read here; showing the map instead."
            ),
            TourProblem::Unreadable => {
                "The tour in this link cannot be read (it may have been cut or changed); showing the map instead.".into()
            }
            TourProblem::Truncated { read, expected } => format!(
                "The tour link was cut short: {read} of its {expected} stops could be read, and they are kept."
            ),
            TourProblem::Altered => {
                "The tour link was changed after it was made: its stops are shown as far as they could be read, but check them.".into()
            }
            TourProblem::TooLong { chars } => format!(
                "The tour link is {chars} characters long, more than the map reads; the stops at its start are kept."
            ),
            TourProblem::DateOffMap { stop } => format!(
                "Stop {stop} had a date outside 1855–1922; it shows the nearest date the map covers."
            ),
            TourProblem::UnknownView { stop } => {
                format!("Stop {stop} had a view the map does not know; it shows the whole map.")
            }
            TourProblem::UnknownLang { stop } => format!(
                "Stop {stop} asked for a language the map does not have; it keeps the page's language."
            ),
            TourProblem::TextCut { stop } => format!(
                "Stop {stop} had a note or questions longer than a stop holds; they were shortened."
            ),
            TourProblem::TooManyStops { count } => format!(
                "The tour had {count} stops, more than a tour holds; the first {} are kept.",
                crate::lesson::tour::STOPS_MAX
            ),
            TourProblem::BadFile(why) => {
                format!("This file is not a tour this map can open: {why}")
            }
        }
    }

    fn questions_title(&self) -> &'static str {
        "Questions"
    }
    fn question_of(&self, i: usize, n: usize) -> String {
        format!("Question {i} of {n}")
    }
    fn question(&self, q: &QuestionFacts) -> String {
        let when = |w: When| match w {
            When::Year(y) => format!("in {y}"),
            When::Day(d) => format!("on {}", date(d)),
        };
        match q.ask {
            Ask::WhoHeld { .. } => format!("Who held {} {}?", q.subject, when(q.when)),
            Ask::WhenBecame { power, .. } => format!(
                "When did {} become {}?",
                q.subject,
                w().power_adjective(power)
            ),
            Ask::WhichPower { status, .. } => format!(
                "Which power held {} {} {}?",
                q.subject,
                self.status_in_question(status),
                when(q.when)
            ),
            Ask::WhereHeld { power, status } => format!(
                "Where did {} hold land {} {}?",
                w().power_short(power),
                self.status_in_question(status),
                when(q.when)
            ),
        }
    }
    fn question_click_map(&self) -> &'static str {
        "Answer by clicking that land on the map."
    }
    fn answer_right(&self) -> &'static str {
        "Right."
    }
    fn answer_wrong(&self, right: &str) -> String {
        format!("Not quite: the answer is {right}.")
    }
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String {
        format!("Not quite: {clicked} was held by {holder} then. The outlined land is one right answer.")
    }
    fn answer_because(&self, d: Date, title: &str) -> String {
        format!("Why: {title} ({})", date(d))
    }
    fn question_show_change(&self) -> &'static str {
        "Show this change"
    }
    fn question_next(&self) -> &'static str {
        "Next question"
    }
    fn questions_new(&self) -> &'static str {
        "New questions"
    }
    fn questions_leave(&self) -> &'static str {
        "Leave questions"
    }
    fn questions_score(&self, right: usize, asked: usize) -> String {
        format!("{right} of {asked} right")
    }
    fn questions_none(&self) -> &'static str {
        "No questions can be drawn for this region and these dates."
    }
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String {
        match (region, tour) {
            (_, true) => "Drawn from the years of the tour.".into(),
            (Some(r), false) => format!("Drawn from {}.", self.region_name(r)),
            (None, false) => "Drawn from the whole map.".into(),
        }
    }
    fn questions_same_for_class(&self) -> &'static str {
        "The address now gives the class these same questions."
    }

    fn region_unknown(&self, text: &str) -> String {
        format!("This link asks for the region “{text}”, which the map does not have; showing every region.")
    }
    fn seed_unreadable(&self, text: &str) -> String {
        format!("This link's questions “{text}” could not be read; new questions are drawn.")
    }
    fn stop_unreadable(&self, text: &str) -> String {
        format!("This link's tour stop “{text}” is not a stop of the tour; showing its first stop.")
    }

    fn power_choice(&self, p: Power) -> &'static str {
        match p {
            Power::Shared => "Two powers at once",
            p => w().power_short(p),
        }
    }
    fn status_in_question(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "outright",
            Status::Condominium => "jointly",
            Status::Lease => "on lease",
            Status::Protectorate => "as a protectorate",
            Status::Occupation => "under military occupation",
            Status::NeutralZone => "as a neutral zone",
            Status::Enclave => "as an enclave",
        }
    }
}
