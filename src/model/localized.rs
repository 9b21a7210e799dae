//! Text written in several languages, with English always present: data words (event titles and
//! texts, place and piece names) that the interface catalogue in `words` does not hold.

use std::collections::BTreeMap;

/// One text in English and any other languages, keyed by language id (`ja`, `ru`, `zh`, `ko`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    en: String,
    others: BTreeMap<String, String>,
}

impl Localized {
    /// English only.
    pub fn en(text: impl Into<String>) -> Localized {
        Localized {
            en: text.into(),
            others: BTreeMap::new(),
        }
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
        self.others.get(lang).map_or(&self.en, String::as_str)
    }

    /// Whether the text exists in `lang` itself (English always does).
    pub fn has(&self, lang: &str) -> bool {
        lang == "en" || self.others.contains_key(lang)
    }

    /// The English text.
    pub fn english(&self) -> &str {
        &self.en
    }

    /// Every language and its text, English first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        std::iter::once(("en", self.en.as_str()))
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
