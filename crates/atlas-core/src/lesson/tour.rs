//! A teacher's tour: stops, each a date, a view, a language and a second date, with a note and
//! up to three questions for students. It travels in one link (`#tour=1.…`) and in a file.
//!
//! The link form is versioned and compact: the stops in a small binary layout (dates as day
//! numbers, views as one byte), a checksum, compressed with raw DEFLATE (the browser's
//! `CompressionStream`; natively, any DEFLATE), then base64url. Reading is forgiving, as links
//! are: a truncated link keeps the stops before the cut, an altered one says so, a stop's
//! unknown view or a date off the map falls back to a default; each such thing is a
//! [`TourProblem`] shown to the reader, and the map is never blank.
//!
//! The file form (`tour_file`) is JSON with a schema name and version, for notes longer than a
//! link holds.

use crate::link::{read_view, ViewSpec};
use crate::model::Date;
use crate::model::Lang;
use crate::scene::focus::FocusView;

/// The version of the link form this program writes; it reads this one only.
pub const LINK_VERSION: u32 = 1;
/// The version of the file form.
pub const FILE_VERSION: u32 = 1;
/// What a tour file says it is.
pub const FILE_SCHEMA: &str = "frontier-atlas-tour";
/// The longest note, in characters.
pub const NOTE_MAX_CHARS: usize = 500;
/// The longest question, in characters.
pub const QUESTION_MAX_CHARS: usize = 200;
/// Questions per stop.
pub const QUESTIONS_MAX: usize = 3;
/// Stops per tour.
pub const STOPS_MAX: usize = 60;
/// The longest title, in characters.
pub const TITLE_MAX_CHARS: usize = 120;
/// A `tour=` value longer than this is not read past it (a link of this size is no longer one a
/// mail client or a learning platform keeps whole).
pub const LINK_MAX_CHARS: usize = 16_000;

/// One stop of a tour.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    /// The date shown.
    pub date: Date,
    /// The part of the map shown.
    pub view: ViewSpec,
    /// The language, if the stop sets one.
    pub lang: Option<Lang>,
    /// A second date side by side, if any.
    pub compare: Option<Date>,
    /// The teacher's note, plain text.
    pub note: String,
    /// Questions for students, at most `QUESTIONS_MAX`.
    pub questions: Vec<String>,
}

impl Stop {
    /// A stop at a date with nothing else set.
    pub fn at(date: Date) -> Stop {
        Stop {
            date,
            view: ViewSpec::Full,
            lang: None,
            compare: None,
            note: String::new(),
            questions: Vec::new(),
        }
    }
}

/// A tour.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tour {
    /// Its title, if the teacher gave one.
    pub title: String,
    /// The stops, in order.
    pub stops: Vec<Stop>,
}

impl Tour {
    /// The days the tour spans, first and last, for questions drawn from it.
    pub fn span(&self) -> Option<(Date, Date)> {
        let first = self.stops.iter().map(|s| s.date).min()?;
        let last = self.stops.iter().map(|s| s.date).max()?;
        Some((first, last))
    }
}

/// What was wrong with a tour link or file. Rendered in words by the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TourProblem {
    /// A link made by another version of the map.
    UnknownVersion(String),
    /// Not a tour at all (not base64url, or nothing in it).
    Unreadable,
    /// The link was cut short: `read` of `expected` stops could be read.
    Truncated {
        /// Stops read.
        read: usize,
        /// Stops the tour had.
        expected: usize,
    },
    /// The link was changed after it was made (its checksum does not match).
    Altered,
    /// The link is longer than `LINK_MAX_CHARS`; only its start was read.
    TooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// A stop's date is off the map: moved to the nearest end.
    DateOffMap {
        /// The stop, from 1.
        stop: usize,
    },
    /// A stop's view is unknown: the whole map is shown.
    UnknownView {
        /// The stop, from 1.
        stop: usize,
    },
    /// A stop's language is unknown: the page's is kept.
    UnknownLang {
        /// The stop, from 1.
        stop: usize,
    },
    /// A stop's note or questions were longer than allowed and were cut.
    TextCut {
        /// The stop, from 1.
        stop: usize,
    },
    /// More stops than `STOPS_MAX`: the rest were left out.
    TooManyStops {
        /// How many there were.
        count: usize,
    },
    /// A tour file that is not valid: the reason, with where in the file.
    BadFile(String),
}

// ---------------------------------------------------------------------------------------------
// The binary layout (version 1):
//   title: varint length, UTF-8
//   stop count: varint
//   each stop: varint day (days since 1855-01-01); flags byte (bits 0–1 view: 0 whole map,
//     1 focus view, 2 box; bit 2 language; bit 3 second date; bits 4–5 question count);
//     focus: one byte (index in FocusView::ALL); box: four zigzag varints of thousandths of a
//     degree; language: one byte (index in Lang::ALL); second date: varint day; note: varint
//     length, UTF-8; each question: varint length, UTF-8
//   checksum: FNV-1a (32 bits) of everything before it, little-endian

/// The tour in the binary layout, before compression.
pub fn encode(tour: &Tour) -> Vec<u8> {
    let mut out = Vec::new();
    put_text(&mut out, &tour.title);
    put_varint(&mut out, tour.stops.len() as u64);
    for s in &tour.stops {
        put_varint(&mut out, day_number(s.date));
        let view_bits = match s.view {
            ViewSpec::Full => 0,
            ViewSpec::Focus(_) => 1,
            ViewSpec::Box(_) => 2,
        };
        let questions = s.questions.len().min(QUESTIONS_MAX) as u8;
        let flags = view_bits
            | u8::from(s.lang.is_some()) << 2
            | u8::from(s.compare.is_some()) << 3
            | questions << 4;
        out.push(flags);
        match s.view {
            ViewSpec::Full => {}
            ViewSpec::Focus(v) => out.push(
                FocusView::ALL
                    .iter()
                    .position(|f| *f == v)
                    .expect("a focus view is in ALL") as u8,
            ),
            ViewSpec::Box(b) => {
                for v in b {
                    put_varint(&mut out, zigzag((v * 1000.0).round() as i64));
                }
            }
        }
        if let Some(l) = s.lang {
            out.push(Lang::ALL.iter().position(|x| *x == l).expect("in ALL") as u8);
        }
        if let Some(c) = s.compare {
            put_varint(&mut out, day_number(c));
        }
        put_text(&mut out, &s.note);
        for q in s.questions.iter().take(QUESTIONS_MAX) {
            put_text(&mut out, q);
        }
    }
    let sum = fnv1a(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Reads the binary layout, keeping every stop that could be read and saying what could not.
/// `complete` is whether the bytes are all there (false when decompression stopped early).
pub fn decode(bytes: &[u8], complete: bool) -> (Tour, Vec<TourProblem>) {
    let mut r = Reader { bytes, at: 0 };
    let mut problems = Vec::new();
    let mut tour = Tour::default();
    let Some(title) = r.text() else {
        problems.push(TourProblem::Unreadable);
        return (tour, problems);
    };
    tour.title = cut(&title, TITLE_MAX_CHARS).0;
    let Some(count) = r.varint() else {
        problems.push(TourProblem::Unreadable);
        return (tour, problems);
    };
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    for n in 1..=count.min(STOPS_MAX) {
        match read_stop(&mut r, n, &mut problems) {
            Some(stop) => tour.stops.push(stop),
            None => break,
        }
    }
    if tour.stops.len() < count.min(STOPS_MAX) {
        problems.push(TourProblem::Truncated {
            read: tour.stops.len(),
            expected: count,
        });
        return (tour, problems);
    }
    if count > STOPS_MAX {
        problems.push(TourProblem::TooManyStops { count });
        return (tour, problems);
    }
    let body = r.at;
    match r.take(4) {
        Some(sum) if sum == fnv1a(&bytes[..body]).to_le_bytes() && r.at == bytes.len() => {}
        None if !complete => problems.push(TourProblem::Truncated {
            read: tour.stops.len(),
            expected: count,
        }),
        _ => problems.push(TourProblem::Altered),
    }
    (tour, problems)
}

fn read_stop(r: &mut Reader, n: usize, problems: &mut Vec<TourProblem>) -> Option<Stop> {
    let mut local = Vec::new();
    let date = read_day(r.varint()?, n, &mut local);
    let flags = r.byte()?;
    let view = match flags & 0b11 {
        0 => ViewSpec::Full,
        1 => {
            let i = r.byte()? as usize;
            match FocusView::ALL.get(i) {
                Some(v) => ViewSpec::Focus(*v),
                None => {
                    local.push(TourProblem::UnknownView { stop: n });
                    ViewSpec::Full
                }
            }
        }
        2 => {
            let mut b = [0.0; 4];
            for v in &mut b {
                *v = unzigzag(r.varint()?) as f64 / 1000.0;
            }
            let text = format!("{},{},{},{}", b[0], b[1], b[2], b[3]);
            match read_view(&text) {
                Some(v) => v,
                None => {
                    local.push(TourProblem::UnknownView { stop: n });
                    ViewSpec::Full
                }
            }
        }
        _ => {
            local.push(TourProblem::UnknownView { stop: n });
            ViewSpec::Full
        }
    };
    let lang = if flags & 0b100 != 0 {
        let i = r.byte()? as usize;
        let l = Lang::ALL.get(i).copied();
        if l.is_none() {
            local.push(TourProblem::UnknownLang { stop: n });
        }
        l
    } else {
        None
    };
    let compare = if flags & 0b1000 != 0 {
        Some(read_day(r.varint()?, n, &mut local))
    } else {
        None
    };
    let (note, note_cut) = cut(&r.text()?, NOTE_MAX_CHARS);
    let mut questions = Vec::new();
    let mut text_cut = note_cut;
    for _ in 0..(flags >> 4) & 0b11 {
        let (q, was_cut) = cut(&r.text()?, QUESTION_MAX_CHARS);
        text_cut |= was_cut;
        questions.push(q);
    }
    if text_cut {
        local.push(TourProblem::TextCut { stop: n });
    }
    // Only a stop read to its end counts, with what was wrong with it.
    problems.extend(local);
    Some(Stop {
        date,
        view,
        lang,
        compare,
        note,
        questions,
    })
}

fn read_day(n: u64, stop: usize, problems: &mut Vec<TourProblem>) -> Date {
    let days = i64::from(Date::FIRST.days()).saturating_add(n.min(1 << 40) as i64);
    let last = i64::from(Date::LAST.days());
    if days > last {
        problems.push(TourProblem::DateOffMap { stop });
        Date::LAST
    } else {
        Date::from_days(days as i32)
    }
}

fn day_number(d: Date) -> u64 {
    (d.clamp_to_map().days() - Date::FIRST.days()) as u64
}

/// At most `max` characters of `s`, and whether it was cut.
pub(crate) fn cut(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((i, _)) => (s[..i].to_string(), true),
        None => (s.to_string(), false),
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<[u8; 4]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        s.try_into().ok()
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn text(&mut self) -> Option<String> {
        let len = usize::try_from(self.varint()?).ok()?;
        let end = self.at.checked_add(len)?;
        let s = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(s.to_string())
    }
}

// ---------------------------------------------------------------------------------------------
// The link value: `1.` then base64url (no padding) of the compressed layout.

/// The value of `tour=` for compressed bytes.
pub fn link_value(compressed: &[u8]) -> String {
    format!("{LINK_VERSION}.{}", base64url_encode(compressed))
}

/// The compressed bytes of a `tour=` value, as far as they can be read, with what was wrong:
/// another version is refused outright; a value that stops being base64url is read up to there.
pub fn read_link_value(value: &str) -> Result<(Vec<u8>, Vec<TourProblem>), TourProblem> {
    let mut problems = Vec::new();
    let (version, data) = value.split_once('.').unwrap_or(("", value));
    if version != LINK_VERSION.to_string() {
        let shown: String = version.chars().take(12).collect();
        return Err(TourProblem::UnknownVersion(shown));
    }
    let chars = data.chars().count();
    let data = if chars > LINK_MAX_CHARS {
        problems.push(TourProblem::TooLong { chars });
        &data[..data
            .char_indices()
            .nth(LINK_MAX_CHARS)
            .map_or(data.len(), |(i, _)| i)]
    } else {
        data
    };
    let bytes = base64url_decode(data);
    if bytes.is_empty() {
        return Err(TourProblem::Unreadable);
    }
    Ok((bytes, problems))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Base64url (padding and standard `+/` accepted), read up to the first character that is not
/// one: a link cut or garbled part-way still gives its first bytes.
pub fn base64url_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => break,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(super) fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    pub(crate) fn sample() -> Tour {
        Tour {
            title: "Sakhalin and the Kurils".into(),
            stops: vec![
                Stop {
                    note: "Shimoda: the border runs between Iturup and Urup.".into(),
                    questions: vec!["Who held Sakhalin?".into()],
                    ..Stop::at(d("1855-02-07"))
                },
                Stop {
                    view: ViewSpec::Focus(FocusView::SakhalinKurils),
                    lang: Some(Lang::Ja),
                    compare: Some(d("1855-02-07")),
                    note: "樺太・千島交換条約".into(),
                    ..Stop::at(d("1875-08-22"))
                },
                Stop {
                    view: ViewSpec::Box([140.5, 45.25, 145.0, 50.125]),
                    questions: vec!["a".into(), "b".into(), "c".into()],
                    ..Stop::at(d("1905-10-15"))
                },
            ],
        }
    }

    #[test]
    fn a_tour_reads_back_as_written() {
        let t = sample();
        assert_eq!(decode(&encode(&t), true), (t, vec![]));
    }

    #[test]
    fn a_cut_tour_keeps_the_stops_before_the_cut_and_says_so() {
        let t = sample();
        let bytes = encode(&t);
        for cut_at in 0..bytes.len() {
            let (back, problems) = decode(&bytes[..cut_at], false);
            assert!(
                back.stops.len() < 3 || cut_at >= bytes.len() - 4,
                "{cut_at}"
            );
            assert_eq!(back.stops, t.stops[..back.stops.len()], "{cut_at}");
            assert!(!problems.is_empty(), "a cut at {cut_at} went unnoticed");
        }
    }

    #[test]
    fn an_altered_tour_is_noticed() {
        let mut bytes = encode(&sample());
        let i = bytes.len() / 2;
        bytes[i] ^= 0x20;
        let (_, problems) = decode(&bytes, true);
        assert!(!problems.is_empty());
    }

    #[test]
    fn unknown_views_languages_and_far_dates_fall_back_and_are_named() {
        let mut bytes = Vec::new();
        put_text(&mut bytes, "");
        put_varint(&mut bytes, 1);
        put_varint(&mut bytes, 999_999); // far past 1922
        bytes.push(0b0101); // a focus view and a language
        bytes.push(200); // no such view
        bytes.push(9); // no such language
        put_text(&mut bytes, "note");
        let sum = fnv1a(&bytes);
        bytes.extend_from_slice(&sum.to_le_bytes());
        let (t, problems) = decode(&bytes, true);
        assert_eq!(t.stops.len(), 1);
        assert_eq!(t.stops[0].date, Date::LAST);
        assert_eq!(t.stops[0].view, ViewSpec::Full);
        assert_eq!(
            problems,
            vec![
                TourProblem::DateOffMap { stop: 1 },
                TourProblem::UnknownView { stop: 1 },
                TourProblem::UnknownLang { stop: 1 },
            ]
        );
    }

    #[test]
    fn the_link_value_is_versioned_base64url() {
        let v = link_value(&[0, 1, 2, 250, 251, 252, 253]);
        assert!(v.starts_with("1."));
        assert!(v[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(
            read_link_value(&v).unwrap(),
            (vec![0, 1, 2, 250, 251, 252, 253], vec![])
        );
        assert_eq!(
            read_link_value("7.AAAA"),
            Err(TourProblem::UnknownVersion("7".into()))
        );
        assert_eq!(read_link_value("1.!!!"), Err(TourProblem::Unreadable));
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)), bytes);
        }
    }
}
