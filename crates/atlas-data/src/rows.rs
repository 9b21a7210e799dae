//! Reading the rows `atlas who` answers: physical lines (ending in `\r\n`, `\n` or a lone `\r`,
//! as "CSV (Macintosh)" writes), fields split by `,` or `;` with quotes, and `lon,lat,date`
//! checked, each refusal saying why.
//!
//! One line is one row. The reader does not let a quoted field run over a line end: for
//! `lon,lat,date` that would only ever be a stray quote, and honouring it would swallow every
//! row after it. So the count always holds: answers plus errors equal the rows given.

use atlas_core::model::date::DateError;
use atlas_core::model::Date;
use std::io::{self, BufRead};

/// How much of a bad line a message quotes.
pub const QUOTE_CHARS: usize = 80;

/// Why a row could not be answered, with what a person needs to fix it.
#[derive(Clone, Debug, PartialEq)]
pub enum RowError {
    /// The line is not UTF-8 text.
    NotText,
    /// Not three fields.
    FieldCount(usize),
    /// A coordinate that is not a number.
    NotANumber {
        /// Which: "longitude" or "latitude".
        which: &'static str,
        /// The field as written.
        text: String,
    },
    /// A coordinate out of range.
    OutOfRange {
        /// Which: "longitude" or "latitude".
        which: &'static str,
        /// The field as written (a message quotes this, never the 309 digits of `1e308`).
        text: String,
    },
    /// A date that is not of the form `YYYY-MM-DD`.
    BadDate(String),
    /// A date of the right form that the calendar does not have (`1855-02-29`).
    NoSuchDay(String),
    /// A date outside the map.
    DateOffMap(Date),
    /// A point outside the part of the world the map draws.
    OffMap {
        /// Longitude and latitude as written.
        lon: String,
        /// Latitude as written.
        lat: String,
    },
    /// The line is not a CSV row (a quote that is not closed, text after a closing quote).
    NotCsv(&'static str),
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RowError::NotText => write!(f, "not valid UTF-8 text"),
            RowError::FieldCount(n) => write!(f, "expected 3 fields lon,lat,date but found {n}"),
            RowError::NotANumber { which, text } => {
                write!(f, "{which} '{}' is not a number", quote(text))
            }
            RowError::OutOfRange { which, text } => {
                let range = if *which == "longitude" {
                    "-180..180"
                } else {
                    "-90..90"
                };
                write!(f, "{which} {} is outside {range}", quote(text))
            }
            RowError::BadDate(text) => {
                write!(f, "'{}' is not a date of the form YYYY-MM-DD", quote(text))
            }
            RowError::NoSuchDay(text) => {
                write!(f, "no such day: '{}' is not in the calendar", quote(text))
            }
            RowError::DateOffMap(d) => {
                write!(f, "date {d} is outside {}..{}", Date::FIRST, Date::LAST)
            }
            RowError::OffMap { lon, lat } => write!(
                f,
                "the point {},{} is off the map, which shows Northeast Asia only",
                quote(lon),
                quote(lat)
            ),
            RowError::NotCsv(why) => write!(f, "not a CSV row: {why}"),
        }
    }
}

/// At most `QUOTE_CHARS` characters of a text, marked when cut, with control characters
/// escaped (`\u{1b}`) so that input never drives the terminal.
pub fn quote(text: &str) -> String {
    let mut shown = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == QUOTE_CHARS - 1 && text.chars().nth(QUOTE_CHARS).is_some() {
            shown.push('…');
            break;
        }
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Reads the next physical line of `input` into `line` (without its ending). Lines end in
/// `\r\n`, `\n` or `\r`; `after_cr` carries a `\r` ending across calls so that the `\n` of a
/// `\r\n` split between two reads is not taken for an empty line. Returns whether there was a
/// line.
pub fn next_line(
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
    after_cr: &mut bool,
) -> io::Result<bool> {
    line.clear();
    let mut any = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(any);
        }
        if std::mem::take(after_cr) && buf[0] == b'\n' {
            input.consume(1);
            continue;
        }
        any = true;
        match buf.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                line.extend_from_slice(&buf[..i]);
                *after_cr = buf[i] == b'\r';
                input.consume(i + 1);
                return Ok(true);
            }
            None => {
                let n = buf.len();
                line.extend_from_slice(buf);
                input.consume(n);
            }
        }
    }
}

/// The fields of one line as CSV with the given separator: quoted fields may hold the
/// separator and doubled quotes; fields are trimmed; trailing empty fields (spreadsheet
/// padding) are dropped.
pub fn split_fields(line: &str, delimiter: u8) -> Result<Vec<String>, RowError> {
    let separator = char::from(delimiter);
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut field = String::new();
        if chars.next_if_eq(&'"').is_some() {
            loop {
                match chars.next() {
                    None => return Err(RowError::NotCsv("a quote is not closed")),
                    Some('"') if chars.next_if_eq(&'"').is_some() => field.push('"'),
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            while let Some(c) = chars.next_if(|&c| c != separator) {
                if !c.is_whitespace() {
                    return Err(RowError::NotCsv("text after a closing quote"));
                }
            }
        } else {
            while let Some(c) = chars.next_if(|&c| c != separator) {
                field.push(c);
            }
        }
        fields.push(field.trim().to_string());
        if chars.next().is_none() {
            break;
        }
    }
    while fields.len() > 3 && fields.last().is_some_and(String::is_empty) {
        fields.pop();
    }
    Ok(fields)
}

/// The separator a line suggests: `;` when it has semicolons and no commas outside quotes
/// (spreadsheets in many European locales), `,` otherwise.
pub fn detect_delimiter(line: &str) -> u8 {
    let mut in_quotes = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in line.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => commas += 1,
            ';' if !in_quotes => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > 0 && commas == 0 {
        b';'
    } else {
        b','
    }
}

/// Whether a line's fields name the columns (`lon,lat,date`, `longitude;latitude;day`…): only
/// such a line is a header, so a first row with a bad number is reported, not skipped.
pub fn is_header(fields: &[String]) -> bool {
    let names = |f: &String, allowed: &[&str]| allowed.contains(&f.to_ascii_lowercase().as_str());
    fields.len() == 3
        && names(&fields[0], &["lon", "long", "lng", "longitude", "x"])
        && names(&fields[1], &["lat", "latitude", "y"])
        && names(&fields[2], &["date", "day", "when"])
}

/// Parses the fields of a row, checking ranges. With `;` as separator a decimal comma is
/// accepted (`121,26`).
pub fn parse_fields(fields: &[String], delimiter: u8) -> Result<(f64, f64, Date), RowError> {
    if fields.len() != 3 {
        return Err(RowError::FieldCount(fields.len()));
    }
    let coordinate = |which: &'static str, text: &str, limit: f64| {
        let normal = if delimiter == b';' {
            text.replace(',', ".")
        } else {
            text.to_string()
        };
        let value = normal.parse::<f64>().map_err(|_| RowError::NotANumber {
            which,
            text: text.to_string(),
        })?;
        if value.is_finite() && value.abs() <= limit {
            Ok(value)
        } else {
            Err(RowError::OutOfRange {
                which,
                text: text.to_string(),
            })
        }
    };
    let lon = coordinate("longitude", &fields[0], 180.0)?;
    let lat = coordinate("latitude", &fields[1], 90.0)?;
    let date = Date::parse(&fields[2]).map_err(|e| match e {
        DateError::Format(text) => RowError::BadDate(text),
        DateError::NoSuchDay(text) => RowError::NoSuchDay(text),
    })?;
    if !date.is_on_map() {
        return Err(RowError::DateOffMap(date));
    }
    Ok((lon, lat, date))
}

/// Parses `lon,lat,date` (comma-separated), as `atlas who` reads a row.
pub fn parse_row(text: &str) -> Result<(f64, f64, Date), RowError> {
    parse_fields(&split_fields(text, b',')?, b',')
}

/// A line read as part of the input.
#[derive(Debug, PartialEq)]
pub enum Row {
    /// The line naming the columns.
    Header,
    /// A point and a day, with the fields as written (for the answer to echo).
    Point {
        /// The three fields as written.
        fields: Vec<String>,
        /// Longitude and latitude.
        point: [f64; 2],
        /// The day.
        date: Date,
    },
}

/// Reads the rows of one input, keeping the separator once a row has shown it.
#[derive(Debug, Default)]
pub struct RowReader {
    delimiter: Option<u8>,
}

impl RowReader {
    /// A reader that has not yet seen a row.
    pub fn new() -> RowReader {
        RowReader::default()
    }

    /// The separator fixed so far, if any.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// Reads one non-blank line. Until a line parses (as the header or a row) the separator is
    /// open: a first line like `note; exported from sheet` is reported, and does not decide it.
    pub fn read(&mut self, text: &str) -> Result<Row, RowError> {
        if let Some(d) = self.delimiter {
            let fields = split_fields(text, d)?;
            let (lon, lat, date) = parse_fields(&fields, d)?;
            return Ok(Row::Point {
                fields,
                point: [lon, lat],
                date,
            });
        }
        let first = detect_delimiter(text);
        let second = if first == b',' { b';' } else { b',' };
        let mut first_error = None;
        for d in [first, second] {
            let attempt = split_fields(text, d).and_then(|fields| {
                if is_header(&fields) {
                    return Ok(Row::Header);
                }
                let (lon, lat, date) = parse_fields(&fields, d)?;
                Ok(Row::Point {
                    fields,
                    point: [lon, lat],
                    date,
                })
            });
            match attempt {
                Ok(row) => {
                    self.delimiter = Some(d);
                    return Ok(row);
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        Err(first_error.expect("two separators were tried"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_parsed_strictly_and_errors_say_why() {
        assert!(parse_row("121.26, 38.81, 1899-01-01").is_ok());
        assert_eq!(parse_row("121.26,38.81"), Err(RowError::FieldCount(2)));
        assert!(parse_row("east,38.81,1899-01-01")
            .unwrap_err()
            .to_string()
            .contains("'east'"));
        assert!(matches!(
            parse_row("121.26,95,1899-01-01"),
            Err(RowError::OutOfRange {
                which: "latitude",
                ..
            })
        ));
        assert!(parse_row("121.26,38.81,1854-12-31")
            .unwrap_err()
            .to_string()
            .contains("outside 1855-01-01..1922-12-31"));
        assert_eq!(
            parse_row("121.26,38.81,1855-02-29")
                .unwrap_err()
                .to_string(),
            "no such day: '1855-02-29' is not in the calendar"
        );
        assert_eq!(
            parse_row("121.26,1e308,1899-01-01")
                .unwrap_err()
                .to_string(),
            "latitude 1e308 is outside -90..90"
        );
    }

    #[test]
    fn quoted_fields_and_semicolons_with_decimal_commas_are_read() {
        assert_eq!(detect_delimiter("lon;lat;date"), b';');
        assert_eq!(detect_delimiter("\"121,26\",38.81,1899-01-01"), b',');
        let f = split_fields("\"121.26\",\"38.81\",\"1899-01-01\"", b',').unwrap();
        assert!(parse_fields(&f, b',').is_ok());
        let f = split_fields(" \"1\"\"2\" ,x", b',').unwrap();
        assert_eq!(f, ["1\"2", "x"]);
        let f = split_fields("121,26;38,81;1899-01-01", b';').unwrap();
        let (lon, lat, _) = parse_fields(&f, b';').unwrap();
        assert_eq!((lon, lat), (121.26, 38.81));
        assert_eq!(
            split_fields("\"121.26,38.81,1899-01-01", b','),
            Err(RowError::NotCsv("a quote is not closed"))
        );
        assert_eq!(
            split_fields("\"121\"x,38.81,1899-01-01", b','),
            Err(RowError::NotCsv("text after a closing quote"))
        );
    }

    #[test]
    fn the_separator_is_taken_from_the_first_line_that_parses() {
        let mut reader = RowReader::new();
        assert!(reader.read("note; exported from sheet").is_err());
        assert_eq!(reader.delimiter(), None);
        assert!(reader.read("121,26;38,81;1899-01-01").is_ok());
        assert_eq!(reader.delimiter(), Some(b';'));
        let mut reader = RowReader::new();
        assert_eq!(reader.read("lon,lat,date"), Ok(Row::Header));
        assert!(
            reader.read("lon,lat,date").is_err(),
            "a header only comes first"
        );
    }

    #[test]
    fn only_a_line_naming_the_columns_is_a_header() {
        let fields = |s: &str| split_fields(s, b',').unwrap();
        assert!(is_header(&fields("lon,lat,date")));
        assert!(is_header(&fields("Longitude, Latitude, Date")));
        assert!(!is_header(&fields("x,38.81,1899-01-01")));
        assert!(!is_header(&fields(",38.81,1899-01-01")));
    }

    #[test]
    fn a_long_line_is_quoted_short_and_control_characters_are_escaped() {
        let long = "9".repeat(10_000_000);
        assert_eq!(quote(&long).chars().count(), QUOTE_CHARS);
        assert_eq!(quote("a\u{1b}[31mb\u{7}"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(quote("満州"), "満州");
    }

    #[test]
    fn lines_end_in_crlf_lf_or_cr_and_none_is_lost() {
        let input = b"a\r\nb\nc\rd\r\r\ne";
        // A tiny buffer splits "\r\n" across reads.
        let mut reader = io::BufReader::with_capacity(1, &input[..]);
        let (mut line, mut after_cr, mut lines) = (Vec::new(), false, Vec::new());
        while next_line(&mut reader, &mut line, &mut after_cr).unwrap() {
            lines.push(String::from_utf8(line.clone()).unwrap());
        }
        assert_eq!(lines, ["a", "b", "c", "d", "", "e"]);
    }
}
