//! What a shared link asks for: the URL fragment
//! `#date=1898-03-28&view=liaodong&lang=ja&mode=present&compare=1894-06-01`, read forgivingly (a
//! bad link still opens the map, at a sensible default, and says why) and written back as the
//! teacher moves around, so a link opens exactly what the teacher saw.

use crate::model::{Date, Lang, Region};
use crate::scene::focus::FocusView;

/// The date the map opens at when a link names none: the first day it covers, five weeks before
/// the Treaty of Shimoda.
pub const DEFAULT_DATE: Date = Date::FIRST;

/// How much of a bad link a notice quotes.
pub const QUOTE_CHARS: usize = 40;

/// What part of the map a link shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewSpec {
    /// The whole map.
    Full,
    /// A named focus view.
    Focus(FocusView),
    /// A free view: the longitude and latitude of its south-west and north-east corners.
    Box([f64; 4]),
}

/// How the page is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The map with its cards, legend and every control.
    #[default]
    Normal,
    /// For a projector: the map fills the screen, the date is very large, lines and names are
    /// thicker, and only the slider, the steps and play remain.
    Present,
}

impl Mode {
    /// The value in a link (`mode=present`).
    pub fn id(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Present => "present",
        }
    }
}

/// Everything a link sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinkState {
    /// The date shown.
    pub date: Date,
    /// The part of the map shown.
    pub view: ViewSpec,
    /// The language, if the link names one (otherwise the browser's).
    pub lang: Option<Lang>,
    /// The layout.
    pub mode: Mode,
    /// A second date to compare the first with, side by side.
    pub compare: Option<Date>,
    /// The region a lesson follows (`region=sakhalin`).
    pub region: Option<Region>,
    /// Questions asked, drawn with this seed (`q=17`): the same seed gives a class the same
    /// questions.
    pub questions: Option<u32>,
    /// The stop of the link's tour shown, from 1 (`stop=3`); the tour itself is `tour=`, read by
    /// [`tour_value`].
    pub stop: Option<usize>,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            date: DEFAULT_DATE,
            view: ViewSpec::Full,
            lang: None,
            mode: Mode::Normal,
            compare: None,
            region: None,
            questions: None,
            stop: None,
        }
    }
}

/// Why a link was not followed exactly as written. Rendered in words by the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkNotice {
    /// A date outside 1855–1922, moved to the nearest end.
    DateOutOfSpan {
        /// What the link asked for.
        asked: String,
        /// What is shown.
        shown: Date,
    },
    /// A date that could not be read.
    DateUnreadable {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A view that is neither a named view nor a box.
    ViewUnreadable {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A fragment that sets nothing the map knows.
    NothingToShow {
        /// The fragment, shortened to `QUOTE_CHARS`.
        fragment: String,
    },
    /// A language the map does not have.
    LangUnknown {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A mode the map does not have.
    ModeUnknown {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A second date that could not be read or is outside the map.
    CompareUnreadable {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A region the map does not have.
    RegionUnknown {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A question seed that is not a number.
    SeedUnreadable {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
    /// A tour stop that is not a number, or not a stop of the tour.
    StopUnreadable {
        /// The text, shortened to `QUOTE_CHARS`.
        text: String,
    },
}

/// A piece of a link short enough to quote in a notice.
fn quote(s: &str) -> String {
    if s.chars().count() <= QUOTE_CHARS {
        s.to_string()
    } else {
        let mut q: String = s.chars().take(QUOTE_CHARS - 1).collect();
        q.push('…');
        q
    }
}

/// Percent-decodes one key or value of a fragment (`%2C` → `,`, `%E6%BA%80` → `満`): a mail
/// client or a browser may have encoded what the map wrote plainly. A `%` not followed by two
/// hex digits stays as it is; bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a URL fragment (with or without the leading `#`). Anything unreadable falls back to the
/// default for that part and adds a notice; unknown keys are left for later versions, quietly.
///
/// ```
/// use atlas_core::link::{fragment_for, read_fragment, LinkNotice};
/// use atlas_core::model::Date;
/// let (state, notices) = read_fragment("#date=1905-09-05&view=liaodong&lang=ja");
/// assert_eq!(state.date, Date::parse("1905-09-05").unwrap());
/// assert!(notices.is_empty());
/// assert_eq!(fragment_for(&state), "#date=1905-09-05&view=liaodong&lang=ja");
/// // A date the map does not cover opens the nearest day it does, and says so.
/// let (state, notices) = read_fragment("#date=1950");
/// assert_eq!(state.date, Date::LAST);
/// assert!(matches!(notices[0], LinkNotice::DateOutOfSpan { .. }));
/// ```
pub fn read_fragment(fragment: &str) -> (LinkState, Vec<LinkNotice>) {
    let f = fragment.trim_start_matches('#');
    let mut state = LinkState::default();
    let mut notices = Vec::new();
    if f.is_empty() {
        return (state, notices);
    }
    let mut understood = false;
    // Split first, then decode, so an encoded `&` or `=` inside a value stays inside it.
    let pairs = f.split('&').filter_map(|kv| kv.split_once('='));
    for (key, value) in pairs.map(|(k, v)| (percent_decode(k), percent_decode(v))) {
        let value = value.as_str();
        match key.as_str() {
            "date" => {
                understood = true;
                match read_date(value) {
                    Ok(d) if d.is_on_map() => state.date = d,
                    Ok(d) => {
                        state.date = d.clamp_to_map();
                        notices.push(LinkNotice::DateOutOfSpan {
                            asked: quote(value),
                            shown: state.date,
                        });
                    }
                    Err(()) => notices.push(LinkNotice::DateUnreadable { text: quote(value) }),
                }
            }
            "view" => {
                understood = true;
                match read_view(value) {
                    Some(v) => state.view = v,
                    None => notices.push(LinkNotice::ViewUnreadable { text: quote(value) }),
                }
            }
            "lang" => {
                understood = true;
                match Lang::from_id(value) {
                    Some(l) => state.lang = Some(l),
                    None => notices.push(LinkNotice::LangUnknown { text: quote(value) }),
                }
            }
            "mode" => {
                understood = true;
                match value {
                    "present" => state.mode = Mode::Present,
                    "normal" => state.mode = Mode::Normal,
                    _ => notices.push(LinkNotice::ModeUnknown { text: quote(value) }),
                }
            }
            "compare" => {
                understood = true;
                match read_date(value) {
                    Ok(d) if d.is_on_map() => state.compare = Some(d),
                    _ => notices.push(LinkNotice::CompareUnreadable { text: quote(value) }),
                }
            }
            "region" => {
                understood = true;
                match Region::from_id(value) {
                    Some(r) => state.region = Some(r),
                    None => notices.push(LinkNotice::RegionUnknown { text: quote(value) }),
                }
            }
            "q" => {
                understood = true;
                match value.parse::<u32>() {
                    Ok(seed) => state.questions = Some(seed),
                    Err(_) => notices.push(LinkNotice::SeedUnreadable { text: quote(value) }),
                }
            }
            "stop" => {
                understood = true;
                match value.parse::<usize>() {
                    Ok(n) if n >= 1 => state.stop = Some(n),
                    _ => notices.push(LinkNotice::StopUnreadable { text: quote(value) }),
                }
            }
            // Read by `tour_value`, and decoded by the page (it needs decompression).
            "tour" => understood = true,
            _ => {}
        }
    }
    if !understood {
        notices.push(LinkNotice::NothingToShow {
            fragment: quote(&percent_decode(f)),
        });
    }
    (state, notices)
}

/// Whether the fragment sets `key` (`has_key("#date=1904", "date")`).
pub fn has_key(fragment: &str, key: &str) -> bool {
    fragment
        .trim_start_matches('#')
        .split('&')
        .any(|kv| kv.split_once('=').is_some_and(|(k, _)| k == key))
}

/// The value of the fragment's `tour=`, if any, as written.
pub fn tour_value(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|kv| kv.strip_prefix("tour="))
}

/// A full date, or a year (`1904` → 1 January 1904), or a year and month (`1904-06` → 1 June).
fn read_date(value: &str) -> Result<Date, ()> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match value.split('-').collect::<Vec<_>>().as_slice() {
        [y] if digits(y, 4) => Date::from_ymd(y.parse().map_err(|_| ())?, 1, 1).ok_or(()),
        [y, m] if digits(y, 4) && digits(m, 2) => {
            Date::from_ymd(y.parse().map_err(|_| ())?, m.parse().map_err(|_| ())?, 1).ok_or(())
        }
        _ => Date::parse(value).map_err(|_| ()),
    }
}

/// A view as a link writes it: `full`, a focus view's id, or a box `west,south,east,north`.
pub fn read_view(value: &str) -> Option<ViewSpec> {
    if value == "full" {
        return Some(ViewSpec::Full);
    }
    if let Some(v) = FocusView::from_id(value) {
        return Some(ViewSpec::Focus(v));
    }
    // To the 0.001° a link is written with, so a box read from a link is the box written back.
    let n: Vec<f64> = value
        .split(',')
        .map(|s| {
            s.trim()
                .parse::<f64>()
                .map(|v| (v * 1000.0).round() / 1000.0)
        })
        .collect::<Result<_, _>>()
        .ok()?;
    match n.as_slice() {
        [w, s, e, no]
            if n.iter().all(|v| v.is_finite())
                && w < e
                && s < no
                && (100.0..=170.0).contains(w)
                && (100.0..=170.0).contains(e)
                && (20.0..=70.0).contains(s)
                && (20.0..=70.0).contains(no) =>
        {
            Some(ViewSpec::Box([*w, *s, *e, *no]))
        }
        _ => None,
    }
}

/// The fragment for a state, as the map writes it: `#date=1905-09-05`, with `&view=…` unless the
/// whole map is shown, then the language, the mode unless normal, the second date, the region,
/// the questions' seed and the tour's stop, each if any.
/// Boxes are written to 0.001°, about 100 m.
pub fn fragment_for(state: &LinkState) -> String {
    let mut f = format!("#date={}", state.date);
    match state.view {
        ViewSpec::Full => {}
        ViewSpec::Focus(v) => f.push_str(&format!("&view={}", v.id())),
        ViewSpec::Box(b) => f.push_str(&format!(
            "&view={:.3},{:.3},{:.3},{:.3}",
            b[0], b[1], b[2], b[3]
        )),
    }
    if let Some(l) = state.lang {
        f.push_str(&format!("&lang={}", l.id()));
    }
    if state.mode != Mode::Normal {
        f.push_str(&format!("&mode={}", state.mode.id()));
    }
    if let Some(c) = state.compare {
        f.push_str(&format!("&compare={c}"));
    }
    if let Some(r) = state.region {
        f.push_str(&format!("&region={}", r.id()));
    }
    if let Some(q) = state.questions {
        f.push_str(&format!("&q={q}"));
    }
    if let Some(n) = state.stop {
        f.push_str(&format!("&stop={n}"));
    }
    f
}

/// A fragment with a tour: the tour first (it is the long part, and a mail client that cuts a
/// long link keeps the rest), then the state.
pub fn fragment_with_tour(state: &LinkState, tour: Option<&str>) -> String {
    let f = fragment_for(state);
    match tour {
        Some(t) => format!("#tour={t}&{}", &f[1..]),
        None => f,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_link_a_mail_client_percent_encoded_keeps_its_view_and_notices_read_plainly() {
        let (l, n) = read_fragment("#date=1905-09-05&view=121.5%2C38.7%2C123.25%2C40");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(l.view, ViewSpec::Box([121.5, 38.7, 123.25, 40.0]));
        let (_, n) = read_fragment("#lang=%E6%97%A5%E6%9C%AC");
        assert_eq!(
            n,
            vec![LinkNotice::LangUnknown {
                text: "日本".into()
            }]
        );
        // An encoded `&` stays inside its value; a lone `%` stays as written.
        assert_eq!(percent_decode("a%26b%zz%"), "a&b%zz%");
    }

    #[test]
    fn a_box_is_read_to_the_precision_it_is_written() {
        // Found by the link fuzzer: 123.2525 was kept, then written as 123.252.
        let (l, n) = read_fragment("#view=121.5,38.7,123.2525,40.00001");
        assert!(n.is_empty());
        assert_eq!(l.view, ViewSpec::Box([121.5, 38.7, 123.253, 40.0]));
        assert_eq!(read_fragment(&fragment_for(&l)), (l, vec![]));
    }

    #[test]
    fn a_good_link_opens_at_its_date_and_view_without_a_notice() {
        let (l, n) = read_fragment("#date=1898-03-28&view=liaodong");
        assert_eq!(l.date, d("1898-03-28"));
        assert_eq!(l.view, ViewSpec::Focus(FocusView::Liaodong));
        assert!(n.is_empty());
        assert_eq!(read_fragment(&fragment_for(&l)), (l, vec![]));
        let boxed = LinkState {
            date: d("1904-10-01"),
            view: ViewSpec::Box([121.5, 38.7, 123.25, 40.125]),
            ..LinkState::default()
        };
        assert_eq!(
            fragment_for(&boxed),
            "#date=1904-10-01&view=121.500,38.700,123.250,40.125"
        );
        assert_eq!(read_fragment(&fragment_for(&boxed)).0, boxed);
    }

    #[test]
    fn language_mode_and_second_date_are_read_and_written() {
        let all = "#date=1905-09-05&view=korea&lang=ja&mode=present&compare=1894-06-01";
        let (l, n) = read_fragment(all);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(l.lang, Some(Lang::Ja));
        assert_eq!(l.mode, Mode::Present);
        assert_eq!(l.compare, Some(d("1894-06-01")));
        assert_eq!(fragment_for(&l), all);
        let (l, n) = read_fragment("#date=1905&lang=xx&mode=cinema&compare=1990");
        assert_eq!((l.lang, l.mode, l.compare), (None, Mode::Normal, None));
        assert_eq!(
            n,
            [
                LinkNotice::LangUnknown { text: "xx".into() },
                LinkNotice::ModeUnknown {
                    text: "cinema".into()
                },
                LinkNotice::CompareUnreadable {
                    text: "1990".into()
                },
            ]
        );
    }

    #[test]
    fn region_questions_and_a_tour_stop_are_read_and_written() {
        let link = "#tour=1.AbC-_9&date=1876-06-01&region=sakhalin&q=17&stop=2";
        let (l, n) = read_fragment(link);
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(l.region, Some(Region::Sakhalin));
        assert_eq!((l.questions, l.stop), (Some(17), Some(2)));
        assert_eq!(tour_value(link), Some("1.AbC-_9"));
        assert_eq!(fragment_with_tour(&l, tour_value(link)), link);
        let (_, n) = read_fragment("#date=1876&region=atlantis&q=many&stop=0");
        assert_eq!(
            n,
            [
                LinkNotice::RegionUnknown {
                    text: "atlantis".into()
                },
                LinkNotice::SeedUnreadable {
                    text: "many".into()
                },
                LinkNotice::StopUnreadable { text: "0".into() },
            ]
        );
    }

    #[test]
    fn a_year_alone_opens_that_year() {
        assert_eq!(read_fragment("#date=1904").0.date, d("1904-01-01"));
        assert_eq!(read_fragment("#date=1904-06").0.date, d("1904-06-01"));
        assert!(read_fragment("#date=1904").1.is_empty());
    }

    #[test]
    fn no_fragment_opens_at_the_default_quietly() {
        assert_eq!(read_fragment(""), (LinkState::default(), vec![]));
        assert_eq!(read_fragment("#"), (LinkState::default(), vec![]));
    }

    #[test]
    fn a_date_outside_the_span_moves_to_the_nearest_end_and_says_so() {
        let (early, n) = read_fragment("#date=1700-05-01");
        assert_eq!(early.date, Date::FIRST);
        assert_eq!(
            n,
            [LinkNotice::DateOutOfSpan {
                asked: "1700-05-01".into(),
                shown: Date::FIRST
            }]
        );
        assert_eq!(read_fragment("date=1945").0.date, Date::LAST);
    }

    #[test]
    fn garbage_opens_at_the_default_and_names_what_was_wrong() {
        for bad in ["#date=1905-02-30", "#date=soon", "#year=1905", "#date="] {
            let (l, n) = read_fragment(bad);
            assert_eq!(l.date, DEFAULT_DATE, "{bad}");
            assert_eq!(n.len(), 1, "{bad}");
        }
        let (l, n) = read_fragment("#date=1905-09-05&view=atlantis");
        assert_eq!((l.date, l.view), (d("1905-09-05"), ViewSpec::Full));
        assert_eq!(
            n,
            [LinkNotice::ViewUnreadable {
                text: "atlantis".into()
            }]
        );
        let (_, n) = read_fragment("#date=1905-09-05&view=130,40,120,45");
        assert_eq!(n.len(), 1, "east of west");
    }

    #[test]
    fn a_long_bad_link_is_quoted_short() {
        let long = format!("#date={}", "9".repeat(5000));
        let (_, n) = read_fragment(&long);
        match &n[0] {
            LinkNotice::DateUnreadable { text } => assert!(text.chars().count() <= QUOTE_CHARS),
            other => panic!("{other:?}"),
        }
    }
}
