//! The languages the map speaks.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese.
    Ja,
    /// Russian.
    Ru,
    /// Chinese, in simplified characters.
    Zh,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language, in the order of the switch.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ja, Lang::Ru, Lang::Zh, Lang::Ko];

    /// The identifier used in links and in the data (`lang=ja`, `"ja": "旅順"`).
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Ko => "ko",
        }
    }

    /// The BCP 47 tag for `lang=` attributes (Chinese names its script, so fonts and screen
    /// readers pick simplified forms).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.id(),
        }
    }

    /// The language of an identifier in a link.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The first of the browser's preferred languages (`ja-JP`, `zh-TW`, `ko` …) the map has.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|t| {
            let primary = t
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            Lang::from_id(&primary)
        })
    }

    /// Its own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
            Lang::Ko => "한국어",
        }
    }
}
