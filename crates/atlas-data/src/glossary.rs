//! The glossary (`geo/glossary.json`): a short definition, in every language, of each word the
//! map is about, and the forms of that word to link in the cards' texts.

use super::common::{read_json, RawLocalized};
use super::{DataError, DataErrorKind};
use atlas_core::model::glossary::{Glossary, Term, TERMS};
use atlas_core::model::Localized;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// What the file is, for a reader of the JSON.
    #[serde(rename = "_about", default)]
    _about: Option<String>,
    terms: Vec<RawTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    id: String,
    term: RawLocalized,
    definition: RawLocalized,
    example: RawLocalized,
    /// By language id, the forms to link.
    forms: BTreeMap<String, Vec<String>>,
}

/// Parses the glossary and checks that every term of `glossary::TERMS` is defined, once.
pub fn parse_glossary(file: &str, text: &str, problems: &mut Vec<DataError>) -> Glossary {
    let Some(raw) = read_json::<File>(file, text, problems) else {
        return Glossary::default();
    };
    let mut terms: Vec<Term> = Vec::new();
    for t in raw.terms {
        let mut bad = |kind| problems.push(DataError::item(file, &t.id, kind));
        if !TERMS.contains(&t.id.as_str()) {
            bad(DataErrorKind::UnknownTerm(t.id.clone()));
        }
        if terms.iter().any(|x| x.id == t.id) {
            bad(DataErrorKind::DuplicateId);
        }
        let forms = t
            .forms
            .iter()
            .find(|(_, f)| f.iter().any(|f| f.contains('|')))
            .map(|(lang, _)| lang.clone());
        if let Some(lang) = forms {
            bad(DataErrorKind::BadProperties(format!(
                "a form in '{lang}' contains '|'"
            )));
        }
        let (term, definition, example) = (
            t.term.into_localized(),
            t.definition.into_localized(),
            t.example.into_localized(),
        );
        let joined = |lang: &str| t.forms.get(lang).map(|f| f.join("|"));
        let Some(en_forms) = joined("en") else {
            bad(DataErrorKind::NeedsText);
            continue;
        };
        let forms = t
            .forms
            .keys()
            .filter(|l| *l != "en")
            .fold(Localized::en(en_forms), |acc, l| {
                acc.with(l, joined(l).unwrap_or_default())
            });
        match (term, definition, example) {
            (Some(term), Some(definition), Some(example)) => terms.push(Term {
                id: t.id,
                term,
                definition,
                example,
                forms,
            }),
            _ => bad(DataErrorKind::NeedsText),
        }
    }
    for id in TERMS {
        if !terms.iter().any(|t| t.id == id) {
            problems.push(DataError::file(
                file,
                DataErrorKind::MissingTerm(id.to_string()),
            ));
        }
    }
    // In the glossary's own order, whatever the file's.
    terms.sort_by_key(|t| TERMS.iter().position(|id| *id == t.id));
    Glossary::new(terms)
}
