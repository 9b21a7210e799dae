//! A tour as a file: JSON with its schema name and version, readable by a person, for notes
//! longer than a link holds. The one JSON the app reads (feature `tour-file`); the map's data
//! comes compiled.

use super::tour::{
    cut, Stop, Tour, TourProblem, FILE_SCHEMA, FILE_VERSION, NOTE_MAX_CHARS, QUESTIONS_MAX,
    QUESTION_MAX_CHARS, STOPS_MAX, TITLE_MAX_CHARS,
};
use crate::link::{read_view, ViewSpec};
use crate::model::{Date, Lang};

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    schema: String,
    version: u32,
    #[serde(default)]
    title: String,
    stops: Vec<FileStop>,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileStop {
    date: String,
    #[serde(default = "full")]
    view: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    compare: Option<String>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    questions: Vec<String>,
}

fn full() -> serde_json::Value {
    serde_json::Value::String("full".into())
}

/// The tour as a file: JSON with its schema name and version, readable by a person.
pub fn to_file(tour: &Tour) -> String {
    let stops = tour
        .stops
        .iter()
        .map(|s| FileStop {
            date: s.date.to_string(),
            view: match s.view {
                ViewSpec::Full => full(),
                ViewSpec::Focus(v) => serde_json::Value::String(v.id().into()),
                ViewSpec::Box(b) => serde_json::json!(b),
            },
            lang: s.lang.map(|l| l.id().to_string()),
            compare: s.compare.map(|d| d.to_string()),
            note: s.note.clone(),
            questions: s.questions.clone(),
        })
        .collect();
    let file = FileForm {
        schema: FILE_SCHEMA.into(),
        version: FILE_VERSION,
        title: tour.title.clone(),
        stops,
    };
    serde_json::to_string_pretty(&file).expect("a tour serialises") + "\n"
}

/// Reads a tour file. A file that is not a tour of a version this map reads is an error that
/// says why and where; within a good file, a stop's bad date, view or language is a problem
/// like a link's, and the stop is kept with a default.
pub fn from_file(text: &str) -> Result<(Tour, Vec<TourProblem>), TourProblem> {
    let file: FileForm =
        serde_json::from_str(text).map_err(|e| TourProblem::BadFile(e.to_string()))?;
    if file.schema != FILE_SCHEMA {
        return Err(TourProblem::BadFile(format!(
            "\"schema\" is \"{}\", not \"{FILE_SCHEMA}\"",
            cut(&file.schema, 40).0
        )));
    }
    if file.version != FILE_VERSION {
        return Err(TourProblem::UnknownVersion(file.version.to_string()));
    }
    let mut problems = Vec::new();
    let mut tour = Tour {
        title: cut(&file.title, TITLE_MAX_CHARS).0,
        stops: Vec::new(),
    };
    if file.stops.len() > STOPS_MAX {
        problems.push(TourProblem::TooManyStops {
            count: file.stops.len(),
        });
    }
    for (i, s) in file.stops.into_iter().take(STOPS_MAX).enumerate() {
        let n = i + 1;
        let date = match Date::parse(&s.date) {
            Ok(d) if d.is_on_map() => d,
            Ok(d) => {
                problems.push(TourProblem::DateOffMap { stop: n });
                d.clamp_to_map()
            }
            Err(_) => {
                problems.push(TourProblem::DateOffMap { stop: n });
                crate::link::DEFAULT_DATE
            }
        };
        let view_text = match &s.view {
            serde_json::Value::String(v) => Some(v.clone()),
            serde_json::Value::Array(a) => Some(
                a.iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            _ => None,
        };
        let view = view_text.as_deref().and_then(read_view).unwrap_or_else(|| {
            problems.push(TourProblem::UnknownView { stop: n });
            ViewSpec::Full
        });
        let lang = s.lang.as_deref().and_then(|l| {
            let found = Lang::from_id(l);
            if found.is_none() {
                problems.push(TourProblem::UnknownLang { stop: n });
            }
            found
        });
        let compare = s
            .compare
            .as_deref()
            .and_then(|c| Date::parse(c).ok())
            .map(Date::clamp_to_map);
        let (note, mut text_cut) = cut(&s.note, NOTE_MAX_CHARS);
        text_cut |= s.questions.len() > QUESTIONS_MAX;
        let questions = s
            .questions
            .iter()
            .take(QUESTIONS_MAX)
            .map(|q| {
                let (q, c) = cut(q, QUESTION_MAX_CHARS);
                text_cut |= c;
                q
            })
            .collect();
        if text_cut {
            problems.push(TourProblem::TextCut { stop: n });
        }
        tour.stops.push(Stop {
            date,
            view,
            lang,
            compare,
            note,
            questions,
        });
    }
    Ok((tour, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tour_file_reads_back_as_written() {
        let t = super::super::tour::tests::sample();
        assert_eq!(from_file(&to_file(&t)).unwrap(), (t, vec![]));
    }

    #[test]
    fn a_bad_file_says_why() {
        for (text, needle) in [
            ("{", "EOF"),
            (r#"{"schema":"x","version":1,"stops":[]}"#, "schema"),
            (
                r#"{"schema":"frontier-atlas-tour","version":1,"stops":[],"extra":1}"#,
                "extra",
            ),
        ] {
            match from_file(text) {
                Err(TourProblem::BadFile(why)) => assert!(why.contains(needle), "{why}"),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert_eq!(
            from_file(r#"{"schema":"frontier-atlas-tour","version":2,"stops":[]}"#).err(),
            Some(TourProblem::UnknownVersion("2".into()))
        );
    }
}
