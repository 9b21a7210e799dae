//! Shapes shared by several data files: sources, text in several languages, dated periods.

use super::{DataError, DataErrorKind};
use atlas_core::model::{Date, Localized, Source, SourceKind};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A source as written in the data files.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) title: String,
    pub(super) url: String,
    /// `record`, `scholarly`, `encyclopaedia` or `other` (the default; Wikipedia is an
    /// encyclopaedia whatever it is called).
    #[serde(default)]
    pub(super) kind: Option<String>,
}

impl RawSource {
    /// Whether it has both a title and an address.
    pub(super) fn is_complete(&self) -> bool {
        !self.title.trim().is_empty() && !self.url.trim().is_empty()
    }
}

impl From<RawSource> for Source {
    /// An unknown kind reads as `other` here; `RawSource::kind_problem` reports it.
    fn from(s: RawSource) -> Source {
        let kind = s
            .kind
            .as_deref()
            .and_then(SourceKind::from_id)
            .unwrap_or_default();
        Source::new(s.title, s.url, kind)
    }
}

impl RawSource {
    /// The problem with its kind, if it names one the data does not have.
    pub(super) fn kind_problem(&self) -> Option<DataErrorKind> {
        let k = self.kind.as_deref()?;
        SourceKind::from_id(k)
            .is_none()
            .then(|| DataErrorKind::UnknownSourceKind(k.to_string()))
    }
}

/// Text as written in the data files: a plain string is English; an object maps language ids
/// to text and must include `en`.
#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub(super) enum RawLocalized {
    Plain(String),
    ByLanguage(BTreeMap<String, String>),
}

impl RawLocalized {
    /// The text, or `None` when an object gives no English.
    pub(super) fn into_localized(self) -> Option<Localized> {
        match self {
            RawLocalized::Plain(s) => Some(Localized::en(s)),
            RawLocalized::ByLanguage(mut m) => {
                let en = m.remove("en")?;
                Some(
                    m.into_iter()
                        .fold(Localized::en(en), |l, (lang, t)| l.with(&lang, t)),
                )
            }
        }
    }
}

/// Reads a whole JSON file into `T`; a file of the wrong shape is reported and gives `None`.
pub(super) fn read_json<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
    problems: &mut Vec<DataError>,
) -> Option<T> {
    serde_json::from_str(text)
        .map_err(|e| {
            problems.push(DataError::file(
                file,
                DataErrorKind::NotThisFile(e.to_string()),
            ))
        })
        .ok()
}

/// Parses a date, reporting a bad one against `item`.
pub(super) fn date(
    file: &str,
    item: &str,
    text: &str,
    problems: &mut Vec<DataError>,
) -> Option<Date> {
    match Date::parse(text) {
        Ok(d) => Some(d),
        Err(_) => {
            problems.push(DataError::item(
                file,
                item,
                DataErrorKind::BadDate(text.to_string()),
            ));
            None
        }
    }
}

/// Checks that periods `(from, until)` are in order and do not overlap, and that each ends after
/// it begins.
pub(super) fn check_periods(
    file: &str,
    item: &str,
    periods: &[(Date, Option<Date>)],
    problems: &mut Vec<DataError>,
) {
    for (from, until) in periods {
        if let Some(u) = until.filter(|u| u <= from) {
            problems.push(DataError::item(
                file,
                item,
                DataErrorKind::PeriodEmpty {
                    from: *from,
                    until: u,
                },
            ));
        }
    }
    for w in periods.windows(2) {
        if w[0].1.is_none_or(|u| u > w[1].0) {
            problems.push(DataError::item(
                file,
                item,
                DataErrorKind::PeriodsOverlap {
                    first: w[0].0,
                    second: w[1].0,
                },
            ));
        }
    }
}
