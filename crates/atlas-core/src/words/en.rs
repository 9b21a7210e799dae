//! English.

use super::{Lang, RegimeRole, Speed, Words};
use crate::atlas::PlaceKind;
use crate::keys::{Command, Context as KeyContext};
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

/// The English catalogue.
pub struct English;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Words for English {
    fn app_name(&self) -> &'static str {
        "Frontier Atlas"
    }
    fn app_subtitle(&self) -> &'static str {
        "Northeast Asia, 1855–1922"
    }
    fn long_date(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }
    fn month_year(&self, date: Date) -> String {
        let (y, m, _) = date.ymd();
        format!("{} {y}", MONTHS[m as usize - 1])
    }
    fn map_label(&self, date: Date) -> String {
        format!("Map of Northeast Asia on {}", self.long_date(date))
    }

    fn power_long(&self, p: Power) -> &'static str {
        match p {
            Power::China => "China (Qing, then the Republic)",
            Power::Japan => "Japan",
            Power::Korea => "Korea (Joseon, then the Korean Empire)",
            Power::Russia => "Russia (the Empire, then later regimes)",
            Power::Mongolia => "Mongolia (the Bogd Khanate, from 1911)",
            Power::Britain => "Britain (the British Empire)",
            Power::Germany => "Germany (the German Empire)",
            Power::Shared => "Two powers at once (stripes of both)",
        }
    }
    fn power_short(&self, p: Power) -> &'static str {
        match p {
            Power::China => "China",
            Power::Japan => "Japan",
            Power::Korea => "Korea",
            Power::Russia => "Russia",
            Power::Mongolia => "Mongolia",
            Power::Britain => "Britain",
            Power::Germany => "Germany",
            Power::Shared => "two powers",
        }
    }
    fn power_adjective(&self, p: Power) -> &'static str {
        match p {
            Power::China => "Chinese",
            Power::Japan => "Japanese",
            Power::Korea => "Korean",
            Power::Russia => "Russian",
            Power::Mongolia => "Mongolian",
            Power::Britain => "British",
            Power::Germany => "German",
            Power::Shared => "foreign",
        }
    }
    fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "Held outright",
            Status::Condominium => "Held jointly (condominium)",
            Status::Lease => "Leased territory",
            Status::Protectorate => "Protectorate",
            Status::Occupation => "Military occupation",
            Status::NeutralZone => "Neutral zone",
            Status::Enclave => "Enclave under another's jurisdiction",
        }
    }
    fn status_phrase(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "outright",
            Status::Condominium => "jointly, as a condominium",
            Status::Lease => "on lease",
            Status::Protectorate => "as a protectorate",
            Status::Occupation => "under military occupation",
            Status::NeutralZone => "as a neutral zone closed to foreign troops",
            Status::Enclave => "as an enclave",
        }
    }

    fn legend_title(&self) -> &'static str {
        "Legend"
    }
    fn legend_powers(&self) -> &'static str {
        "Who held the land"
    }
    fn legend_statuses(&self) -> &'static str {
        "How they held it"
    }
    fn legend_more(&self) -> &'static str {
        "Also on the map"
    }
    fn legend_presence(&self) -> &'static str {
        "Foreign troops present, not governing (dashed, in their colour)"
    }
    fn legend_railway(&self) -> &'static str {
        "Railway on Chinese soil, run by a foreign power (its colour)"
    }
    fn legend_home_lands(&self) -> &'static str {
        "Paler: each power's home lands around the story, held outright throughout"
    }
    fn legend_border(&self) -> &'static str {
        "Line: a border between land held differently on this day"
    }
    fn legend_place(&self) -> &'static str {
        "Town, port or fort, named as at the date shown"
    }
    fn legend_uncertain(&self) -> &'static str {
        "Dotted line: a border whose line the sources do not fix (ask the piece why)"
    }

    fn slider_label(&self) -> &'static str {
        "Date shown on the map"
    }
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String {
        match event_title {
            Some(t) => format!("{}. Latest change: {t}", self.long_date(date)),
            None => self.long_date(date),
        }
    }
    fn marks_label(&self) -> &'static str {
        "Changes on the timeline"
    }
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String {
        format!(
            "{count} changes, {} to {}: show the list",
            self.long_date(first),
            self.long_date(last)
        )
    }
    fn previous_change(&self) -> &'static str {
        "Previous change"
    }
    fn next_change(&self) -> &'static str {
        "Next change"
    }
    fn keys_title(&self) -> &'static str {
        "Keys"
    }
    fn key_context(&self, c: KeyContext) -> &'static str {
        match c {
            KeyContext::Page => "Anywhere",
            KeyContext::Slider => "Date slider focused",
            KeyContext::Marks => "A mark focused",
            KeyContext::Map => "Map focused",
            KeyContext::Presenting => "Presenting",
            KeyContext::Touring => "Following a tour",
            KeyContext::MarksList => "A list of marks open",
            KeyContext::Term => "A glossary card open",
            KeyContext::KeyList => "This list open",
        }
    }
    fn command(&self, c: Command) -> &'static str {
        match c {
            Command::NextChange => "Next change",
            Command::PreviousChange => "Previous change",
            Command::FirstChange => "First change",
            Command::LastChange => "Last change",
            Command::YearLater => "A year later",
            Command::YearEarlier => "A year earlier",
            Command::TenYearsLater => "Ten years later",
            Command::TenYearsEarlier => "Ten years earlier",
            Command::FirstDay => "First day (1855)",
            Command::LastDay => "Last day (1922)",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::PanWest => "Move west",
            Command::PanEast => "Move east",
            Command::PanNorth => "Move north",
            Command::PanSouth => "Move south",
            Command::WholeMap => "Whole map",
            Command::LeavePresentation => "Leave presentation",
            Command::NextStop => "Next stop",
            Command::PreviousStop => "Previous stop",
            Command::CloseMarksList => "Close the list",
            Command::CloseTerm => "Close the card",
            Command::ShowKeys => "List every key",
            Command::CloseKeys => "Close this list",
        }
    }
    fn step_keys_hint(&self) -> &'static str {
        "Keys: [ and ] step through the changes; ? lists every key."
    }
    fn play(&self) -> &'static str {
        "Play"
    }
    fn pause(&self) -> &'static str {
        "Pause"
    }
    fn speed_label(&self) -> &'static str {
        "Speed"
    }
    fn speed_name(&self, s: Speed) -> &'static str {
        match s {
            Speed::Slow => "Slow",
            Speed::Normal => "Normal",
            Speed::Fast => "Fast",
        }
    }
    fn stepped_onto(&self, date: Date, title: &str) -> String {
        format!("{}: {title}", self.long_date(date))
    }

    fn zoom_in(&self) -> &'static str {
        "Zoom in"
    }
    fn zoom_out(&self) -> &'static str {
        "Zoom out"
    }
    fn whole_map(&self) -> &'static str {
        "Whole map"
    }
    fn views_label(&self) -> &'static str {
        "Focus on"
    }
    fn focus_name(&self, v: FocusView) -> &'static str {
        match v {
            FocusView::Liaodong => "Liaodong",
            FocusView::SakhalinKurils => "Sakhalin and the Kurils",
            FocusView::Korea => "Korea",
            FocusView::AmurUssuri => "Amur and Ussuri",
            FocusView::Manchuria => "Manchuria",
        }
    }
    fn map_help(&self) -> &'static str {
        "Wheel or pinch to zoom, drag to move; with the map focused, + and − zoom, the arrow keys move, 0 shows the whole map. Click or Tab to a piece to ask who held it."
    }

    fn event_card_label(&self) -> &'static str {
        "Change in force"
    }
    fn story_card_label(&self) -> &'static str {
        "Latest event (no border moved)"
    }
    fn date_kind(&self, k: DateKind) -> &'static str {
        match k {
            DateKind::Signed => "Signed",
            DateKind::Ratified => "Ratified",
            DateKind::RatificationsExchanged => "Ratifications exchanged",
            DateKind::InForce => "In force",
            DateKind::Promulgated => "Promulgated",
            DateKind::HandedOver => "Handed over",
            DateKind::Began => "Began",
            DateKind::Ended => "Ended",
        }
    }
    fn map_uses(&self) -> &'static str {
        "Shown on the map from"
    }
    fn pieces_changed(&self) -> &'static str {
        "Where control changed"
    }
    fn pieces_about(&self) -> &'static str {
        "Where"
    }
    fn sources(&self) -> &'static str {
        "Sources"
    }
    fn opens_new_tab(&self) -> &'static str {
        "(opens in a new tab)"
    }
    fn no_event_yet(&self) -> &'static str {
        "No change recorded yet on this date."
    }

    fn piece_card_label(&self) -> &'static str {
        "Who held this land"
    }
    fn held_by(&self, power: &str, status: Status) -> String {
        format!("Held by {power}, {}", self.status_phrase(status))
    }
    fn title_with(&self, sovereigns: &str) -> String {
        format!("Title (sovereignty) stayed with {sovereigns}")
    }
    fn since(&self, date: Date, event: &str) -> String {
        format!("Since {}: {event}", self.long_date(date))
    }
    fn until(&self, date: Date, event: &str) -> String {
        format!("Until {}: {event}", self.long_date(date))
    }
    fn until_end(&self) -> &'static str {
        "Unchanged to the end of 1922, where this map stops"
    }
    fn troops_present(&self, p: Power) -> String {
        format!("{} troops present, not governing", self.power_adjective(p))
    }
    fn governments(&self) -> &'static str {
        "Governments on this day"
    }
    fn regime_of(&self, name: &str, role: RegimeRole) -> String {
        match role {
            RegimeRole::Holder => format!("{name} (holding it)"),
            RegimeRole::Sovereign => format!("{name} (holding title)"),
        }
    }
    fn uncertain_border(&self, other: &str, why: &str) -> String {
        format!("The border with {other} is uncertain: {why}")
    }
    fn date_uncertain(&self, why: &str) -> String {
        format!("Date uncertain: {why}")
    }
    fn close(&self) -> &'static str {
        "Close"
    }
    fn piece_label(
        &self,
        name: &str,
        holder: &str,
        status: Status,
        troops: Option<Power>,
    ) -> String {
        let troops = troops
            .map(|p| format!("; {}", self.troops_present(p)))
            .unwrap_or_default();
        format!("{name}: {holder}, {}{troops}", self.status_phrase(status))
    }
    fn shared_by(&self, a: Power, b: Power) -> String {
        format!("{} and {}", self.power_short(a), self.power_short(b))
    }
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String {
        match operator {
            Some(p) => format!("{name}: run by {}, on Chinese soil", self.power_short(p)),
            None => format!("{name}: not yet running"),
        }
    }
    fn place_kind(&self, k: PlaceKind) -> &'static str {
        match k {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Port => "port",
            PlaceKind::Fort => "fortress",
            PlaceKind::Town => "town",
            PlaceKind::Battle => "battle",
            PlaceKind::Island => "island",
            PlaceKind::Strait => "strait",
            PlaceKind::Cape => "cape",
            PlaceKind::Boundary => "boundary line",
        }
    }

    fn dismiss(&self) -> &'static str {
        "Dismiss"
    }
    fn link_notice(&self, n: &LinkNotice) -> String {
        match n {
            LinkNotice::DateOutOfSpan { asked, shown } => format!(
                "The link asked for {asked}, outside the years this map covers (1855–1922); showing {} instead.",
                self.long_date(*shown)
            ),
            LinkNotice::DateUnreadable { text } => format!(
                "The link's date “{text}” could not be read; showing {} instead.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::ViewUnreadable { text } => format!(
                "The link's view “{text}” is not a part of this map; showing the whole map instead."
            ),
            LinkNotice::NothingToShow { fragment } => format!(
                "This link's address ends in “#{fragment}”, which names no date or view; showing {} instead.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::LangUnknown { text } => format!(
                "This link asks for the language “{text}”, which the map does not have; showing the browser's language or English."
            ),
            LinkNotice::ModeUnknown { text } => {
                format!("This link asks for the mode “{text}”, which the map does not have; showing the normal map.")
            }
            LinkNotice::CompareUnreadable { text } => format!(
                "This link asks to compare with “{text}”, which is not a date between 1855 and 1922; showing one date."
            ),
            LinkNotice::RegionUnknown { text } => Lang::En.lesson().region_unknown(text),
            LinkNotice::SeedUnreadable { text } => Lang::En.lesson().seed_unreadable(text),
            LinkNotice::StopUnreadable { text } => Lang::En.lesson().stop_unreadable(text),
        }
    }
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String {
        use crate::site::SiteNotice;
        match n {
            SiteNotice::TextsUnavailable(l) => format!("The {} texts of this version of the map could not be loaded (offline, or a newer version has been published), so cards and names are in English. Reload to try again.", language_name(*l)),
            SiteNotice::TextsOtherVersion(l) => format!("The {} texts on this device belong to another version of the map, so cards and names are shown in English rather than mixed up. Reload to get the current version.", language_name(*l)),
            SiteNotice::CardTextsUnavailable => "The cards' texts of this version of the map could not be loaded (offline, or a newer version has been published). The map is complete; reload to read the cards.".to_string(),
            SiteNotice::FontUnavailable(l) => format!("The font for {} could not be loaded: some characters may show as empty boxes. Reload when online to fetch it.", language_name(*l)),
            SiteNotice::ExportFailed => "The picture could not be made in this browser. Try the SVG picture, or another browser.".to_string(),
        }
    }
    fn picture_font_missing(&self, lang: Lang) -> String {
        format!("The font for {} is not in this picture: the computer that opens it needs a {} font to show its characters.", language_name(lang), language_name(lang))
    }
    fn fatal_internal(&self) -> &'static str {
        "The map stopped because of an internal error. Reload the page to try again."
    }
    fn reload(&self) -> &'static str {
        "Reload"
    }
    fn credits(&self) -> &'static str {
        "Land: Natural Earth (public domain). Code: MIT licence."
    }
    fn licences(&self) -> &'static str {
        "Third-party licences"
    }
    fn attribution(&self) -> String {
        "Frontier Atlas. Land and coasts: Natural Earth (public domain). Control, dates and sources of every change: the map's event cards (geo/events.json).".to_string()
    }
    fn toolbar_label(&self) -> &'static str {
        "Tools"
    }
    fn language(&self) -> &'static str {
        "Language"
    }
    fn compare_with(&self) -> &'static str {
        "Compare with"
    }
    fn compare_stop(&self) -> &'static str {
        "Stop comparing"
    }
    fn compare_heading(&self, first: Date, second: Date) -> String {
        format!(
            "What changed between {} and {}",
            self.long_date(first.min(second)),
            self.long_date(first.max(second))
        )
    }
    fn compare_none(&self) -> &'static str {
        "No piece changed hands between these dates."
    }
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String {
        format!("{piece}: {before} → {after}")
    }
    fn compare_parts(&self, area: &str, parts: usize) -> String {
        format!("{area}: changed hands in {parts} parts")
    }
    fn compare_map_label(&self, date: Date) -> String {
        format!(
            "Map of Northeast Asia on {}, for comparison",
            self.long_date(date)
        )
    }
    fn present(&self) -> &'static str {
        "Present"
    }
    fn present_leave(&self) -> &'static str {
        "Leave presentation"
    }
    fn save_svg(&self) -> &'static str {
        "Save SVG"
    }
    fn save_png(&self) -> &'static str {
        "Save PNG"
    }
    fn print(&self) -> &'static str {
        "Print"
    }
    fn scale_km(&self, km: u32) -> String {
        format!("{km} km")
    }
    fn finish_label(&self) -> &'static str {
        "Saved and printed in"
    }
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str {
        match finish {
            crate::export::Finish::Colour => "Colour",
            crate::export::Finish::Grey => "Greys (copier)",
            crate::export::Finish::Blank => "Blank outline",
        }
    }
    fn not_translated(&self, lang: &str) -> String {
        format!("Not yet written in {lang}; shown in English.")
    }
    fn fatal_data(&self) -> &'static str {
        "The map's data failed its checks, so nothing is drawn rather than something wrong."
    }
}

/// A language's name in this catalogue's language, for notices about it.
fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "English",
        Lang::Ja => "Japanese",
        Lang::Ru => "Russian",
        Lang::Zh => "Chinese",
        Lang::Ko => "Korean",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_person_would_say_them() {
        let d = Date::parse("1855-02-07").unwrap();
        assert_eq!(English.long_date(d), "7 February 1855");
        assert_eq!(English.month_year(d), "February 1855");
    }
}
