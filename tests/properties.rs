//! Property tests: the parsers a user's input reaches (dates, link fragments, `atlas who` rows,
//! the data files) never panic, always give a valid state, and round-trip what they write.
//! 10,000 cases each in the normal test run; `fuzz/` has coverage-guided targets for the same.

use frontier_atlas::data::{bundled, events, geometry, names, places, railways, regimes, DataFile};
use frontier_atlas::link::{
    fragment_for, read_fragment, LinkNotice, LinkState, Mode, ViewSpec, QUOTE_CHARS,
};
use frontier_atlas::model::{Date, Region};
use frontier_atlas::query::{answer_rows, parse_fields, split_fields, WHO_HEADER};
use frontier_atlas::scene::focus::FocusView;
use frontier_atlas::words::Lang;
use proptest::prelude::*;
use std::sync::OnceLock;

const CASES: u32 = 10_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        ..ProptestConfig::default()
    }
}

/// The proleptic Gregorian calendar of another library (chrono), as an independent oracle for
/// `Date`: not our own month table typed again.
fn oracle(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_date_reads_back_what_it_writes(days in -800_000i32..800_000) {
        let d = Date::from_days(days);
        let text = d.to_string();
        let (y, _, _) = d.ymd();
        if (0..=9999).contains(&y) {
            prop_assert_eq!(Date::parse(&text), Ok(d));
        }
        let (y, m, day) = d.ymd();
        prop_assert_eq!(Date::from_ymd(y, m, day), Some(d));
    }

    #[test]
    fn a_day_exists_exactly_when_the_calendar_has_it(y in 1700i32..2100, m in 0u32..14, day in 0u32..33) {
        let real = oracle(y, m, day);
        let parsed = Date::parse(&format!("{y:04}-{m:02}-{day:02}"));
        prop_assert_eq!(parsed.is_ok(), real.is_some());
        if let (Ok(d), Some(r)) = (parsed, real) {
            prop_assert_eq!(d.ymd(), (y, m, day));
            // The next day is the oracle's next day, and the days between two dates agree.
            use chrono::Datelike;
            let next = r.succ_opt().expect("a next day");
            prop_assert_eq!(Date::from_days(d.days() + 1).ymd(), (next.year(), next.month(), next.day()));
            let epoch = oracle(1855, 1, 1).expect("a day");
            prop_assert_eq!(i64::from(d.days() - Date::FIRST.days()), (r - epoch).num_days());
        }
    }

    #[test]
    fn any_text_as_a_date_is_an_answer_or_an_error_never_a_panic(s in "\\PC{0,14}|[0-9-]{8,12}") {
        if let Ok(d) = Date::parse(&s) {
            prop_assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn any_link_opens_a_valid_state_with_short_notices(fragment in link_text()) {
        let (state, notices) = read_fragment(&fragment);
        prop_assert!(state.date.is_on_map(), "{}", state.date);
        if let ViewSpec::Box([w, s, e, n]) = state.view {
            prop_assert!(w < e && s < n && (100.0..=170.0).contains(&w) && (20.0..=70.0).contains(&n));
        }
        for notice in &notices {
            let quoted = match notice {
                LinkNotice::DateOutOfSpan { asked, .. } => asked,
                LinkNotice::DateUnreadable { text } | LinkNotice::ViewUnreadable { text } => text,
                LinkNotice::NothingToShow { fragment } => fragment,
                LinkNotice::LangUnknown { text }
                | LinkNotice::ModeUnknown { text }
                | LinkNotice::CompareUnreadable { text }
                | LinkNotice::RegionUnknown { text }
                | LinkNotice::SeedUnreadable { text }
                | LinkNotice::StopUnreadable { text } => text,
            };
            prop_assert!(quoted.chars().count() <= QUOTE_CHARS, "{:?}", notice);
        }
        // What the map writes back for it reads as the same state, without a notice.
        let written = fragment_for(&state);
        prop_assert_eq!(read_fragment(&written), (state, vec![]));
    }

    #[test]
    fn a_state_written_to_a_link_reads_back_the_same(state in link_state()) {
        let (read, notices) = read_fragment(&fragment_for(&state));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(read.date, state.date);
        match (read.view, state.view) {
            // Boxes are written to 0.001°.
            (ViewSpec::Box(a), ViewSpec::Box(b)) => {
                for (x, y) in a.iter().zip(b) { prop_assert!((x - y).abs() <= 0.0005 + 1e-9); }
            }
            (a, b) => prop_assert_eq!(a, b),
        }
        prop_assert_eq!(fragment_for(&read), fragment_for(&state));
    }

    #[test]
    fn a_row_as_a_spreadsheet_writes_it_reads_as_its_numbers_and_date(
        lon in -180.0f64..=180.0, lat in -90.0f64..=90.0, days in Date::FIRST.days()..=Date::LAST.days(),
        semicolon in any::<bool>(), quoted in any::<bool>(), spaces in any::<bool>(),
    ) {
        let date = Date::from_days(days);
        let sep = if semicolon { ";" } else { "," };
        let num = |v: f64| if semicolon { v.to_string().replace('.', ",") } else { v.to_string() };
        let field = |t: String| {
            let t = if quoted { format!("\"{t}\"") } else { t };
            if spaces { format!(" {t} ") } else { t }
        };
        let line = [field(num(lon)), field(num(lat)), field(date.to_string())].join(sep);
        let delimiter = sep.as_bytes()[0];
        let fields = split_fields(&line, delimiter).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parse_fields(&fields, delimiter), Ok((lon, lat, date)), "{}", line);
    }

    #[test]
    fn any_line_is_a_row_or_a_reason_never_a_panic(line in "\\PC{0,60}|[-0-9.,;\" ]{0,40}") {
        for delimiter in [b',', b';'] {
            if let Ok(fields) = split_fields(&line, delimiter) {
                if let Ok((lon, lat, date)) = parse_fields(&fields, delimiter) {
                    prop_assert!(lon.abs() <= 180.0 && lat.abs() <= 90.0 && date.is_on_map());
                }
            }
        }
    }

    #[test]
    fn atlas_who_answers_or_reports_every_line_and_loses_none(
        lines in proptest::collection::vec((who_line(), 0usize..3), 0..6),
    ) {
        // Each line ends in LF, CRLF or a lone CR ("CSV (Macintosh)").
        let input: String = lines.iter().map(|(l, e)| format!("{l}{}", ["\n", "\r\n", "\r"][*e])).collect();
        let lines: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let bad = answer_rows(atlas(), input.as_bytes(), &mut out, &mut err)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let out = String::from_utf8(out).expect("answers are text");
        let err = String::from_utf8(err).expect("messages are text");
        let mut answers = out.lines();
        prop_assert_eq!(answers.next(), Some(WHO_HEADER));
        let answered = answers.count();
        prop_assert_eq!(err.lines().count(), bad);
        let rows: Vec<&str> = lines.iter().map(|l| l.trim_start_matches('\u{feff}').trim()).filter(|l| !l.is_empty()).collect();
        // The header is skipped when it comes before any line that reads as a point.
        let reads = |l: &str| [b',', b';'].iter().any(|&d| split_fields(l, d).is_ok_and(|f| parse_fields(&f, d).is_ok()));
        let header = rows.iter().take_while(|l| !reads(l)).any(|l| *l == "lon,lat,date");
        prop_assert_eq!(answered + bad + usize::from(header), rows.len(), "{:?}\n{}\n{}", lines, out, err);
        for m in err.lines() {
            prop_assert!(m.chars().count() < 260, "{}", m);
            prop_assert!(!m.chars().any(char::is_control), "{:?}", m);
        }
    }

    #[test]
    fn a_damaged_data_file_is_reported_against_that_file_never_a_panic(
        which in 0usize..SMALL_FILES.len(), damage in damage(),
    ) {
        let (file, original) = small_file(which);
        let text = damage.apply(original);
        let problems = parse(which, file, &text);
        for p in &problems {
            prop_assert_eq!(&p.file, file);
            // The line a person reads names the file and, when there is one, the item.
            let line = p.to_string();
            prop_assert!(line.starts_with(&format!("{file}: ")), "{}", line);
            if let Some(item) = &p.item {
                prop_assert!(line.contains(&format!("'{item}'")), "{}", line);
            }
        }
    }
}

fn atlas() -> &'static frontier_atlas::data::Dataset {
    bundled::shared()
}

/// Fragments as people and programs write them: good ones, near misses, and noise.
fn link_text() -> impl Strategy<Value = String> {
    let date = prop_oneof![
        "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
        "1[89][0-9]{2}-[01][0-9]-[0-3][0-9]",
        "\\PC{0,12}",
    ];
    let view = prop_oneof![
        Just("liaodong".to_string()),
        Just("full".to_string()),
        "[a-z]{0,10}",
        "-?[0-9]{1,3}(\\.[0-9]{1,4})?,-?[0-9]{1,3}(\\.[0-9]{1,4})?,-?[0-9]{1,3}(\\.[0-9]{1,4})?,-?[0-9]{1,3}(\\.[0-9]{1,4})?",
        "\\PC{0,20}",
    ];
    let extra = prop_oneof![
        Just(String::new()),
        "&lang=[a-z]{0,3}",
        Just("&mode=present".to_string()),
        "&mode=[a-z]{0,8}",
        "&compare=[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
        "&region=[a-z]{0,10}",
        Just("&region=sakhalin".to_string()),
        "&q=[0-9a-z]{0,11}",
        "&stop=[0-9]{0,3}",
        "&tour=[A-Za-z0-9_.%-]{0,30}",
    ];
    prop_oneof![
        (date.clone(), view.clone(), extra).prop_map(|(d, v, x)| format!("#date={d}&view={v}{x}")),
        date.prop_map(|d| format!("#date={d}")),
        view.prop_map(|v| format!("view={v}")),
        "#?\\PC{0,80}",
        "[#&=a-z0-9,.-]{0,60}",
    ]
}

fn link_state() -> impl Strategy<Value = LinkState> {
    let view = prop_oneof![
        Just(ViewSpec::Full),
        prop::sample::select(FocusView::ALL.to_vec()).prop_map(ViewSpec::Focus),
        (100.0f64..169.0, 20.0f64..69.0, 0.01f64..1.0, 0.01f64..1.0).prop_map(|(w, s, dw, dh)| {
            let r = |v: f64| (v * 1000.0).round() / 1000.0;
            ViewSpec::Box([
                r(w),
                r(s),
                r((w + dw * (170.0 - w)).min(170.0)),
                r((s + dh * (70.0 - s)).min(70.0)),
            ])
        }),
    ];
    let day = Date::FIRST.days()..=Date::LAST.days();
    (
        day.clone(),
        view,
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        prop::sample::select(vec![Mode::Normal, Mode::Present]),
        prop::option::of(day),
        (
            prop::option::of(prop::sample::select(Region::ALL.to_vec())),
            prop::option::of(any::<u32>()),
            prop::option::of(1usize..100),
        ),
    )
        .prop_filter("a box at least 0.002° across", |(_, v, ..)| match v {
            ViewSpec::Box([w, s, e, n]) => e - w >= 0.002 && n - s >= 0.002,
            _ => true,
        })
        .prop_map(
            |(d, view, lang, mode, compare, (region, questions, stop))| LinkState {
                date: Date::from_days(d),
                view,
                lang,
                mode,
                compare: compare.map(Date::from_days),
                region,
                questions,
                stop,
            },
        )
}

/// Lines of a `who` input: good rows, headers, near misses and noise.
fn who_line() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            100.0f64..170.0,
            28.0f64..66.0,
            Date::FIRST.days()..=Date::LAST.days()
        )
            .prop_map(|(x, y, d)| format!("{x:.3},{y:.3},{}", Date::from_days(d))),
        Just("lon,lat,date".to_string()),
        "[-0-9.]{0,8},[-0-9.]{0,8},[0-9-]{0,11}",
        "\\PC{0,40}",
        // Control characters (but not line ends) must come back escaped.
        "[a-z0-9,\u{1}-\u{9}\u{b}\u{c}\u{e}-\u{1f}\u{7f}]{0,12}",
        // Anywhere in the world: off the map is reported, not answered as sea.
        (-180.0f64..180.0, -90.0f64..90.0).prop_map(|(x, y)| format!("{x:.2},{y:.2},1900-01-01")),
        Just(String::new()),
    ]
}

/// The data files small enough to parse ten thousand times in a test run.
const SMALL_FILES: [DataFile; 6] = [
    DataFile::Events,
    DataFile::Places,
    DataFile::Regimes,
    DataFile::PieceNames,
    DataFile::Railways,
    DataFile::Labels,
];

/// A committed data file cut to its first few items (every kind of field is still there), so
/// ten thousand damaged copies parse in seconds.
fn small_file(which: usize) -> (&'static str, &'static str) {
    static SOURCES: OnceLock<frontier_atlas::data::Sources<'static>> = OnceLock::new();
    static CUT: OnceLock<Vec<String>> = OnceLock::new();
    let sources = SOURCES.get_or_init(bundled::sources);
    let cut = CUT.get_or_init(|| {
        SMALL_FILES
            .iter()
            .map(|f| {
                let mut json: serde_json::Value =
                    serde_json::from_str(sources.get(*f).1).expect("the committed file is JSON");
                if let Some(top) = json.as_object_mut() {
                    for v in top.values_mut() {
                        if let Some(items) = v.as_array_mut() {
                            items.truncate(4);
                        }
                    }
                }
                serde_json::to_string_pretty(&json).expect("JSON writes")
            })
            .collect()
    });
    (sources.get(SMALL_FILES[which]).0, &cut[which])
}

/// Runs the parser of one data file; returns its problems.
fn parse(which: usize, file: &str, text: &str) -> Vec<frontier_atlas::data::DataError> {
    let mut problems = Vec::new();
    let ids: Vec<String> = atlas().pieces.iter().map(|p| p.id.clone()).collect();
    match SMALL_FILES[which] {
        DataFile::Events => drop(events::parse_events(file, text, &mut problems)),
        DataFile::Places => drop(places::parse_places(file, text, &mut problems)),
        DataFile::Regimes => drop(regimes::parse_regimes(file, text, &ids, &mut problems)),
        DataFile::PieceNames => drop(names::parse_piece_names(file, text, &ids, &mut problems)),
        DataFile::Railways => drop(railways::parse_railways(file, text, &mut problems)),
        DataFile::Labels => drop(geometry::parse_labels(file, text, &mut problems)),
        other => unreachable!("{other:?} is not in SMALL_FILES"),
    }
    problems
}

/// What can happen to a file: a careless edit, a bad merge, a disk that filled up.
#[derive(Clone, Debug)]
enum Damage {
    /// Cut off at a fraction of its length.
    Truncate(f64),
    /// Bytes at a fraction of the length replaced by a text.
    Splice(f64, usize, String),
    /// A value somewhere in the JSON replaced by one of another kind.
    Value(usize, serde_json::Value),
}

fn damage() -> impl Strategy<Value = Damage> {
    let value = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        (-1e6f64..1e6).prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(serde_json::Value::from),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!([[1, 2]])),
    ];
    prop_oneof![
        (0.0f64..1.0).prop_map(Damage::Truncate),
        (
            0.0f64..1.0,
            0usize..8,
            "[\\[\\]{}\",:0-9a-z \\\\]{0,6}|\\PC{0,4}"
        )
            .prop_map(|(at, cut, s)| Damage::Splice(at, cut, s)),
        (any::<usize>(), value).prop_map(|(n, v)| Damage::Value(n, v)),
    ]
}

impl Damage {
    fn apply(&self, text: &str) -> String {
        let at = |f: f64| {
            let mut i = ((text.len() as f64) * f) as usize;
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match self {
            Damage::Truncate(f) => text[..at(*f)].to_string(),
            Damage::Splice(f, cut, s) => {
                let start = at(*f);
                let mut end = (start + cut).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                format!("{}{s}{}", &text[..start], &text[end..])
            }
            Damage::Value(n, v) => {
                let mut json: serde_json::Value =
                    serde_json::from_str(text).expect("the committed file is JSON");
                let count = count_values(&json);
                replace_nth(&mut json, n % count, v);
                json.to_string()
            }
        }
    }
}

fn count_values(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(count_values).sum(),
        serde_json::Value::Object(o) => o.values().map(count_values).sum(),
        _ => 0,
    }
}

/// Replaces the n-th value of a depth-first walk; returns how many it passed.
fn replace_nth(v: &mut serde_json::Value, n: usize, with: &serde_json::Value) -> usize {
    if n == 0 {
        *v = with.clone();
        return usize::MAX;
    }
    let mut seen = 1;
    let children: Vec<&mut serde_json::Value> = match v {
        serde_json::Value::Array(a) => a.iter_mut().collect(),
        serde_json::Value::Object(o) => o.values_mut().collect(),
        _ => Vec::new(),
    };
    for c in children {
        let passed = replace_nth(c, n - seen, with);
        if passed == usize::MAX {
            return usize::MAX;
        }
        seen += passed;
    }
    seen
}
