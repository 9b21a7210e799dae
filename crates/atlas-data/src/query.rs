//! "Who held this place on this day?": finding the piece under a point, and answering rows of
//! `lon,lat,date` as `atlas who` does. Same data and timeline as the map, so the two agree.

use crate::Dataset as Atlas;
use atlas_core::carto::contains::polygon_contains;
use atlas_core::model::{Control, Date};
use std::io::{self, BufRead, Write};

/// Finds the piece containing a point, with a bounding box per piece to skip most of them.
pub struct Locator<'a> {
    atlas: &'a Atlas,
    boxes: Vec<[f64; 4]>,
}

impl<'a> Locator<'a> {
    /// Indexes the atlas's pieces.
    pub fn new(atlas: &'a Atlas) -> Locator<'a> {
        let boxes = atlas
            .pieces
            .iter()
            .map(|p| atlas_core::carto::geometry::bounding_box(&p.polygons))
            .collect();
        Locator { atlas, boxes }
    }

    /// The index of the piece containing `[lon, lat]`, if any (the sea and the backdrop are none).
    pub fn piece_at(&self, point: [f64; 2]) -> Option<usize> {
        let [x, y] = point;
        self.atlas.pieces.iter().enumerate().position(|(i, p)| {
            let b = self.boxes[i];
            x >= b[0]
                && x <= b[2]
                && y >= b[1]
                && y <= b[3]
                && p.polygons.iter().any(|poly| polygon_contains(poly, point))
        })
    }

    /// The piece at a point and who held it on `date`.
    pub fn who(&self, point: [f64; 2], date: Date) -> Option<(usize, Control)> {
        let piece = self.piece_at(point)?;
        Some((piece, self.atlas.timeline.control_at(piece, date)?))
    }

    /// The spheres of influence over a point on `date` (indices into the atlas's spheres).
    pub fn spheres_at(&self, point: [f64; 2], date: Date) -> Vec<usize> {
        self.atlas
            .spheres
            .iter()
            .zip(&self.atlas.sphere_shapes)
            .enumerate()
            .filter(|(_, (s, shape))| {
                s.on(date) && shape.iter().any(|poly| polygon_contains(poly, point))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// The header `atlas who` writes.
pub const WHO_HEADER: &str = "lon,lat,date,piece,power,status,sovereign,event,sphere";

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
        /// The value.
        value: f64,
    },
    /// A date that cannot be read.
    BadDate(String),
    /// A date outside the map.
    DateOffMap(Date),
    /// The line is not valid CSV (an unclosed quote).
    NotCsv(String),
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RowError::NotText => write!(f, "not valid UTF-8 text"),
            RowError::FieldCount(n) => write!(f, "expected 3 fields lon,lat,date but found {n}"),
            RowError::NotANumber { which, text } => {
                write!(f, "{which} '{}' is not a number", quote(text))
            }
            RowError::OutOfRange { which, value } => {
                let range = if *which == "longitude" {
                    "-180..180"
                } else {
                    "-90..90"
                };
                write!(f, "{which} {value} is outside {range}")
            }
            RowError::BadDate(text) => {
                write!(f, "'{}' is not a date of the form YYYY-MM-DD", quote(text))
            }
            RowError::DateOffMap(d) => {
                write!(f, "date {d} is outside {}..{}", Date::FIRST, Date::LAST)
            }
            RowError::NotCsv(why) => write!(f, "not a CSV row: {why}"),
        }
    }
}

/// At most `QUOTE_CHARS` characters of a text, marked when cut.
pub fn quote(text: &str) -> String {
    if text.chars().count() <= QUOTE_CHARS {
        text.to_string()
    } else {
        let mut q: String = text.chars().take(QUOTE_CHARS - 1).collect();
        q.push('…');
        q
    }
}

/// The field separator of a file: `;` when its first line uses semicolons and no commas outside
/// quotes (spreadsheets in many European locales), `,` otherwise.
pub fn detect_delimiter(first_line: &str) -> u8 {
    let mut in_quotes = false;
    let (mut commas, mut semicolons) = (0, 0);
    for c in first_line.chars() {
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

/// The fields of one line as CSV with the given separator, trimmed, trailing empty fields
/// (spreadsheet padding) dropped.
pub fn split_fields(line: &str, delimiter: u8) -> Result<Vec<String>, RowError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(line.as_bytes());
    let record = match reader.records().next() {
        Some(Ok(r)) => r,
        Some(Err(e)) => return Err(RowError::NotCsv(e.to_string())),
        None => return Ok(Vec::new()),
    };
    // A quoted field with spaces around it (`1, "2"`) is not quoted to a strict CSV reader;
    // take the quotes off all the same.
    let unquote = |f: &str| match f.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => f.to_string(),
    };
    let mut fields: Vec<String> = record.iter().map(unquote).collect();
    while fields.len() > 3 && fields.last().is_some_and(String::is_empty) {
        fields.pop();
    }
    Ok(fields)
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
    let number = |which: &'static str, text: &str| {
        let normal = if delimiter == b';' {
            text.replace(',', ".")
        } else {
            text.to_string()
        };
        normal.parse::<f64>().map_err(|_| RowError::NotANumber {
            which,
            text: text.to_string(),
        })
    };
    let lon = number("longitude", &fields[0])?;
    let lat = number("latitude", &fields[1])?;
    if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
        return Err(RowError::OutOfRange {
            which: "longitude",
            value: lon,
        });
    }
    if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
        return Err(RowError::OutOfRange {
            which: "latitude",
            value: lat,
        });
    }
    let date = Date::parse(&fields[2]).map_err(|_| RowError::BadDate(fields[2].clone()))?;
    if !date.is_on_map() {
        return Err(RowError::DateOffMap(date));
    }
    Ok((lon, lat, date))
}

/// Parses `lon,lat,date` (comma-separated), as `atlas who` reads a row.
pub fn parse_row(text: &str) -> Result<(f64, f64, Date), RowError> {
    parse_fields(&split_fields(text, b',')?, b',')
}

/// Where a write failed: the answers (stdout) or the messages (stderr).
#[derive(Debug)]
pub enum WhoError {
    /// Reading the input failed.
    Read(io::Error),
    /// Writing the answers failed: they are lost, so the run fails.
    WriteAnswers(io::Error),
    /// Writing a message about a bad row failed.
    WriteMessages(io::Error),
}

impl std::fmt::Display for WhoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WhoError::Read(e) => write!(f, "cannot read the input: {e}"),
            WhoError::WriteAnswers(e) => write!(f, "cannot write the answers: {e}"),
            WhoError::WriteMessages(e) => write!(f, "cannot write messages about bad rows: {e}"),
        }
    }
}

/// Reads `lon,lat,date` rows (a header line naming the columns is allowed; `;` separators and
/// quoted fields too) and writes one answer row per good input row, in order, after `WHO_HEADER`.
/// Each bad row gets a message on `errors` naming its line and quoting at most `QUOTE_CHARS`
/// characters of it. Returns how many rows were bad; any read or write failure is an error.
pub fn answer_rows(
    atlas: &Atlas,
    input: impl BufRead,
    out: &mut impl Write,
    errors: &mut impl Write,
) -> Result<usize, WhoError> {
    let locator = Locator::new(atlas);
    writeln!(out, "{WHO_HEADER}").map_err(WhoError::WriteAnswers)?;
    let mut bad = 0;
    let mut delimiter = None;
    // Read bytes, not strings: one line that is not UTF-8 is a bad row, not the end of the input.
    for (n, raw) in input.split(b'\n').enumerate() {
        let raw = raw.map_err(WhoError::Read)?;
        let mut report = |why: RowError, text: &str| {
            bad += 1;
            let shown = if text.is_empty() {
                String::new()
            } else {
                format!(": {}", quote(text))
            };
            writeln!(errors, "line {}: {why}{shown}", n + 1).map_err(WhoError::WriteMessages)
        };
        let Ok(line) = std::str::from_utf8(&raw) else {
            report(RowError::NotText, "")?;
            continue;
        };
        // Spreadsheets add a byte-order mark and CRLF endings; trim() takes the CR.
        let text = line.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let first = delimiter.is_none();
        let d = *delimiter.get_or_insert_with(|| detect_delimiter(text));
        let fields = match split_fields(text, d) {
            Ok(f) => f,
            Err(why) => {
                report(why, text)?;
                continue;
            }
        };
        if first && is_header(&fields) {
            continue;
        }
        match parse_fields(&fields, d) {
            Ok((lon, lat, date)) => {
                // The spheres of influence over the point, by id, `;` between two.
                let spheres: Vec<&str> = locator
                    .spheres_at([lon, lat], date)
                    .into_iter()
                    .map(|i| atlas.spheres[i].id.as_str())
                    .collect();
                let answer = match locator.who([lon, lat], date) {
                    Some((piece, c)) => format!(
                        "{},{},{},{},{},{}",
                        atlas.pieces[piece].id,
                        c.power,
                        c.status,
                        c.sovereign,
                        atlas.timeline.events()[c.event].id,
                        spheres.join(";")
                    ),
                    None => format!(",,,,,{}", spheres.join(";")),
                };
                // Echo the three fields as given (a decimal comma as a point, since the answer
                // is comma-separated), quoted if they still hold a comma or a quote.
                let echo: Vec<String> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| match d {
                        b';' if i < 2 => f.replace(',', "."),
                        _ => f.clone(),
                    })
                    .map(|f| {
                        if f.contains(',') || f.contains('"') {
                            format!("\"{}\"", f.replace('"', "\"\""))
                        } else {
                            f
                        }
                    })
                    .collect();
                writeln!(out, "{},{answer}", echo.join(",")).map_err(WhoError::WriteAnswers)?;
            }
            Err(why) => report(why, text)?,
        }
    }
    out.flush().map_err(WhoError::WriteAnswers)?;
    Ok(bad)
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
        assert!(parse_row("121.26,38.81,1899-02-29")
            .unwrap_err()
            .to_string()
            .contains("1899-02-29"));
    }

    #[test]
    fn quoted_fields_and_semicolons_with_decimal_commas_are_read() {
        assert_eq!(detect_delimiter("lon;lat;date"), b';');
        assert_eq!(detect_delimiter("\"121,26\",38.81,1899-01-01"), b',');
        let f = split_fields("\"121.26\",\"38.81\",\"1899-01-01\"", b',').unwrap();
        assert!(parse_fields(&f, b',').is_ok());
        let f = split_fields("121,26;38,81;1899-01-01", b';').unwrap();
        let (lon, lat, _) = parse_fields(&f, b';').unwrap();
        assert_eq!((lon, lat), (121.26, 38.81));
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
    fn a_long_line_is_quoted_short() {
        let long = "9".repeat(10_000_000);
        let shown = quote(&long);
        assert_eq!(shown.chars().count(), QUOTE_CHARS);
    }
}
