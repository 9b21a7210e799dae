//! Text written in several languages, with English always present: data words (event titles and
//! texts, place and piece names) that the interface catalogue in `words` does not hold.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One text in English and any other languages, keyed by language id (`ja`, `ru`, `zh`, `ko`).
///
/// In the compact form the app starts from, the other languages are moved out into one table per
/// language, loaded when that language is first chosen (see [`install_translations`]); the text
/// keeps its row number in those tables. A card's text (an account, a note, a source) has its
/// English moved out too, into the English table the page loads once the map is drawn: the
/// first view downloads only the words the map shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Localized {
    en: String,
    others: BTreeMap<String, String>,
    row: Option<u32>,
    /// Whether the English is in the English table rather than in `en`.
    en_moved: bool,
}

/// The languages whose texts can be moved out into tables of their own: English for a card's
/// texts only, the others for every text.
pub const TABLE_LANGUAGES: [&str; 5] = ["en", "ja", "ru", "zh", "ko"];

/// The loaded tables, one per language of `TABLE_LANGUAGES`. Each is set once, when its language
/// is first chosen (English: once the map is drawn), and never changes after: a text's
/// languages are then read like its own.
static TABLES: [OnceLock<Vec<Option<String>>>; 5] = [const { OnceLock::new() }; 5];

fn table(lang: &str) -> Option<&'static [Option<String>]> {
    let i = TABLE_LANGUAGES.iter().position(|l| *l == lang)?;
    TABLES[i].get().map(Vec::as_slice)
}

/// Makes `lang`'s table (rows as numbered by [`Localized::move_out`]) available to every text.
/// A second table for the same language is ignored.
pub fn install_translations(lang: &str, rows: Vec<Option<String>>) {
    if let Some(i) = TABLE_LANGUAGES.iter().position(|l| *l == lang) {
        let _ = TABLES[i].set(rows);
    }
}

/// Whether `lang`'s texts are at hand for the map: English (whose cards' texts follow the map,
/// see [`english_cards_ready`]), or a language whose table is installed.
pub fn translations_ready(lang: &str) -> bool {
    lang == "en" || !TABLE_LANGUAGES.contains(&lang) || table(lang).is_some()
}

/// Whether the English table, the cards' texts in English, is installed.
pub fn english_cards_ready() -> bool {
    table("en").is_some()
}

impl Localized {
    /// English only.
    pub fn en(text: impl Into<String>) -> Localized {
        Localized {
            en: text.into(),
            others: BTreeMap::new(),
            row: None,
            en_moved: false,
        }
    }

    /// Moves the texts in other languages out, and the English too when `english`, to be kept as
    /// row `row` of each language's table; returns them by language id.
    pub fn move_out(&mut self, row: u32, english: bool) -> BTreeMap<String, String> {
        self.row = Some(row);
        let mut out = std::mem::take(&mut self.others);
        if english {
            out.insert("en".to_string(), std::mem::take(&mut self.en));
            self.en_moved = true;
        }
        out
    }

    /// This text's row in the moved-out tables, if its other languages were moved out.
    fn moved(&self, lang: &str) -> Option<&'static str> {
        let row = self.row? as usize;
        table(lang)?.get(row)?.as_deref()
    }

    /// This text with another language added.
    pub fn with(mut self, lang: &str, text: impl Into<String>) -> Localized {
        if lang == "en" {
            self.en = text.into();
        } else {
            self.others.insert(lang.to_string(), text.into());
        }
        self
    }

    /// The text in `lang`, or the English when there is none in that language.
    pub fn get(&self, lang: &str) -> &str {
        match self.others.get(lang) {
            Some(t) => t,
            None => self.moved(lang).unwrap_or_else(|| self.english()),
        }
    }

    /// Whether the text exists in `lang` itself (English always does).
    pub fn has(&self, lang: &str) -> bool {
        lang == "en" || self.others.contains_key(lang) || self.moved(lang).is_some()
    }

    /// The English text; empty while it is in the English table and that is not yet loaded.
    pub fn english(&self) -> &str {
        match self.en_moved {
            true => self.moved("en").unwrap_or(""),
            false => &self.en,
        }
    }

    /// Every language and its text, English first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        std::iter::once(("en", self.english()))
            .chain(self.others.iter().map(|(l, t)| (l.as_str(), t.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_falls_back_to_english() {
        let t = Localized::en("Port Arthur").with("ja", "旅順");
        assert_eq!(t.get("ja"), "旅順");
        assert_eq!(t.get("ru"), "Port Arthur");
        assert!(t.has("ja") && !t.has("ru") && t.has("en"));
    }
}
