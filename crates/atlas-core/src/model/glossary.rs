//! The glossary: short definitions of the words the map is about (lease, protectorate,
//! condominium …), and where those words occur in a text, so a card can link each to its
//! definition.

use super::{Localized, Status};

/// The terms every glossary must define, in the order it lists them. The ids are part of the
/// page's interface (`data-glossary="lease"`).
pub const TERMS: [&str; 12] = [
    "lease",
    "protectorate",
    "annexation",
    "condominium",
    "neutral_zone",
    "occupation",
    "sovereignty",
    "ratification",
    "enclave",
    "concession",
    "railway_zone",
    "sphere_of_influence",
];

/// The glossary term that explains a way of holding land.
pub fn term_for_status(s: Status) -> &'static str {
    match s {
        Status::Sovereign => "sovereignty",
        Status::Condominium => "condominium",
        Status::Lease => "lease",
        Status::Protectorate => "protectorate",
        Status::Occupation => "occupation",
        Status::NeutralZone => "neutral_zone",
        Status::Enclave => "enclave",
    }
}

/// One term.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Term {
    /// Its id (`data-glossary`).
    pub id: String,
    /// The term as a heading: "Lease".
    pub term: Localized,
    /// One or two plain sentences.
    pub definition: Localized,
    /// An example from this map, with its years.
    pub example: Localized,
    /// In each language, the forms of the word to link in a text, separated by `|` (see
    /// [`Glossary::segments`] for how each language's forms match).
    pub forms: Localized,
}

/// A run of a text: plain, or a glossary term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text.
    Text(&'a str),
    /// A word that a term of the glossary explains (index into the glossary).
    Term {
        /// Which term.
        term: usize,
        /// The word as written.
        text: &'a str,
    },
}

/// Every term.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Glossary {
    terms: Vec<Term>,
}

impl Glossary {
    /// From its terms.
    pub fn new(terms: Vec<Term>) -> Glossary {
        Glossary { terms }
    }

    /// Every term, in order.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Every term, to edit its texts in place.
    pub fn terms_mut(&mut self) -> &mut [Term] {
        &mut self.terms
    }

    /// The index of a term id.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.terms.iter().position(|t| t.id == id)
    }

    /// `text` in `lang`, cut into plain runs and the first occurrence of each term. In English
    /// and Russian a form matches whole words, ignoring case, or, ending in `*`, any word it
    /// begins; in Korean a form matches at the start of a word (particles may follow); in
    /// Japanese and Chinese, which do not space words, anywhere. The longest form wins. A form
    /// beginning with `-` links nothing: it keeps a longer word that contains a term from being
    /// linked as that term (`-宗主权`, suzerainty, is not `主权`, sovereignty).
    pub fn segments<'a>(&self, text: &'a str, lang: &str) -> Vec<Segment<'a>> {
        let mode = match lang {
            "ja" | "zh" => Mode::Anywhere,
            "ko" => Mode::WordStart,
            _ => Mode::Words,
        };
        // (form, its term or none for a blocker, whether it is a stem), longest first.
        let mut forms: Vec<(&str, Option<usize>, bool)> = self
            .terms
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                t.forms
                    .get(lang)
                    .split('|')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(move |f| {
                        let (f, term) = match f.strip_prefix('-') {
                            Some(blocker) => (blocker, None),
                            None => (f, Some(i)),
                        };
                        match f.strip_suffix('*') {
                            Some(stem) => (stem, term, true),
                            None => (f, term, false),
                        }
                    })
            })
            .collect();
        forms.sort_by_key(|(f, _, _)| std::cmp::Reverse(f.chars().count()));
        let mut used = vec![false; self.terms.len()];
        let mut out = Vec::new();
        let mut plain_from = 0;
        let mut i = 0;
        let mut previous: Option<char> = None;
        while i < text.len() {
            let c = text[i..].chars().next().expect("i is on a char boundary");
            let at_word_start = previous.is_none_or(|p| !p.is_alphanumeric());
            let found = (mode == Mode::Anywhere || at_word_start)
                .then(|| {
                    forms.iter().find_map(|&(form, term, stem)| {
                        if term.is_some_and(|t| used[t]) {
                            return None;
                        }
                        let len = prefix_len(&text[i..], form)?;
                        let mut end = i + len;
                        let next = text[end..].chars().next();
                        match mode {
                            Mode::Words if stem => {
                                // A stem takes the rest of its word.
                                end += text[end..]
                                    .find(|ch: char| !ch.is_alphanumeric())
                                    .unwrap_or(text.len() - end);
                            }
                            Mode::Words if next.is_some_and(char::is_alphanumeric) => return None,
                            _ => {}
                        }
                        Some((term, end))
                    })
                })
                .flatten();
            match found {
                Some((None, end)) => {
                    // A blocker: the word stays plain.
                    previous = text[..end].chars().next_back();
                    i = end;
                }
                Some((Some(term), end)) => {
                    if plain_from < i {
                        out.push(Segment::Text(&text[plain_from..i]));
                    }
                    out.push(Segment::Term {
                        term,
                        text: &text[i..end],
                    });
                    used[term] = true;
                    previous = text[..end].chars().next_back();
                    i = end;
                    plain_from = end;
                }
                None => {
                    previous = Some(c);
                    i += c.len_utf8();
                }
            }
        }
        if plain_from < text.len() {
            out.push(Segment::Text(&text[plain_from..]));
        }
        out
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Words,
    WordStart,
    Anywhere,
}

/// The length in bytes of the start of `text` that equals `form`, ignoring case.
fn prefix_len(text: &str, form: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for f in form.chars() {
        let (_, c) = t.next()?;
        if c != f && !c.to_lowercase().eq(f.to_lowercase()) {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        let term = |id: &str, en: &str, ru: &str, ja: &str, ko: &str| Term {
            id: id.into(),
            term: Localized::en(id),
            definition: Localized::en(""),
            example: Localized::en(""),
            forms: Localized::en(en)
                .with("ru", ru)
                .with("ja", ja)
                .with("ko", ko),
        };
        Glossary::new(vec![
            term("lease", "lease|leased", "аренд*", "租借", "조차"),
            term(
                "sovereignty",
                "sovereignty",
                "суверенитет*",
                "主権|-宗主権",
                "주권",
            ),
            term(
                "neutral_zone",
                "neutral zone",
                "нейтральная зона",
                "中立地帯",
                "중립 지대",
            ),
        ])
    }

    fn linked<'a>(segments: &[Segment<'a>]) -> Vec<&'a str> {
        segments
            .iter()
            .filter_map(|s| match s {
                Segment::Term { text, .. } => Some(*text),
                Segment::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn the_first_occurrence_of_each_term_is_linked_and_no_text_is_lost() {
        let g = glossary();
        let text = "Russia Leased the port; a neutral zone lay north. The lease ran 25 years.";
        let s = g.segments(text, "en");
        assert_eq!(linked(&s), vec!["Leased", "neutral zone"]);
        let joined: String = s
            .iter()
            .map(|s| match s {
                Segment::Text(t) | Segment::Term { text: t, .. } => *t,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn words_match_whole_and_stems_take_their_word() {
        let g = glossary();
        assert!(linked(&g.segments("The leaseholders met.", "en")).is_empty());
        assert_eq!(
            linked(&g.segments("Россия взяла в аренду порт.", "ru")),
            vec!["аренду"]
        );
        assert_eq!(
            linked(&g.segments("ロシアは旅順を租借した。", "ja")),
            vec!["租借"]
        );
        assert_eq!(
            linked(&g.segments("러시아가 조차를 얻었다. 중립 지대가", "ko")),
            vec!["조차", "중립 지대"]
        );
        assert!(linked(&g.segments("불조차", "ko")).is_empty());
        assert_eq!(
            linked(&g.segments("清の宗主権と朝鮮の主権", "ja")),
            vec!["主権"]
        );
    }
}
