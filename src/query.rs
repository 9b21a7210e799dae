//! "Who held this place on this day?": finding the piece under a point, and answering rows of
//! `lon,lat,date` as `atlas who` does. Same data and timeline as the map, so the two agree.

use crate::carto::contains::polygon_contains;
use crate::data::Atlas;
use crate::model::{Control, Date};
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
            .map(|p| crate::carto::geometry::bounding_box(&p.polygons))
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
}

/// The header `atlas who` writes.
pub const WHO_HEADER: &str = "lon,lat,date,piece,power,status,sovereign,event";

/// Reads `lon,lat,date` rows (a header line is allowed) and writes one answer row per good input
/// row, in order, after `WHO_HEADER`. Each bad row gets a message on `errors` naming its line.
/// Returns how many rows were bad.
pub fn answer_rows(
    atlas: &Atlas,
    input: impl BufRead,
    out: &mut impl Write,
    errors: &mut impl Write,
) -> io::Result<usize> {
    let locator = Locator::new(atlas);
    writeln!(out, "{WHO_HEADER}")?;
    let mut bad = 0;
    let mut seen_content = false;
    // Read bytes, not strings: one line that is not UTF-8 is a bad row, not the end of the input.
    for (n, raw) in input.split(b'\n').enumerate() {
        let raw = raw?;
        let Ok(line) = std::str::from_utf8(&raw) else {
            bad += 1;
            writeln!(errors, "line {}: not valid UTF-8 text", n + 1)?;
            continue;
        };
        // Spreadsheets add a byte-order mark and CRLF endings; trim() takes the CR.
        let text = line.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let first = !std::mem::replace(&mut seen_content, true);
        if first && is_header(text) {
            continue;
        }
        match parse_row(text) {
            Ok((lon, lat, date)) => {
                let fields: [&str; 3] = [field(text, 0), field(text, 1), field(text, 2)];
                let answer = match locator.who([lon, lat], date) {
                    Some((piece, c)) => format!(
                        "{},{},{},{},{}",
                        atlas.pieces[piece].id,
                        c.power,
                        c.status,
                        c.sovereign,
                        atlas.timeline.events()[c.event].id
                    ),
                    None => ",,,,".to_string(),
                };
                writeln!(out, "{},{answer}", fields.join(","))?;
            }
            Err(reason) => {
                bad += 1;
                writeln!(errors, "line {}: {reason}: {text}", n + 1)?;
            }
        }
    }
    Ok(bad)
}

fn field(text: &str, i: usize) -> &str {
    text.split(',').nth(i).map_or("", str::trim)
}

/// A first line whose first field is not a number is a header (`lon,lat,date`,
/// `longitude,latitude,date`, ...).
fn is_header(text: &str) -> bool {
    field(text, 0).parse::<f64>().is_err()
        && field(text, 0)
            .chars()
            .all(|c| c.is_alphabetic() || c == '_' || c == ' ')
}

/// Parses `lon,lat,date`, checking ranges; the error says what is wrong in words.
pub fn parse_row(text: &str) -> Result<(f64, f64, Date), String> {
    let mut fields: Vec<&str> = text.split(',').map(str::trim).collect();
    // A spreadsheet may leave empty trailing columns.
    while fields.len() > 3 && fields.last() == Some(&"") {
        fields.pop();
    }
    if fields.len() != 3 {
        return Err(format!(
            "expected 3 fields lon,lat,date but found {}",
            fields.len()
        ));
    }
    let lon: f64 = fields[0]
        .parse()
        .map_err(|_| format!("longitude '{}' is not a number", fields[0]))?;
    let lat: f64 = fields[1]
        .parse()
        .map_err(|_| format!("latitude '{}' is not a number", fields[1]))?;
    if !(-180.0..=180.0).contains(&lon) || !lon.is_finite() {
        return Err(format!("longitude {lon} is outside -180..180"));
    }
    if !(-90.0..=90.0).contains(&lat) || !lat.is_finite() {
        return Err(format!("latitude {lat} is outside -90..90"));
    }
    let date = Date::parse(fields[2]).map_err(|e| e.to_string())?;
    if !date.is_on_map() {
        return Err(format!(
            "date {date} is outside {}..{}",
            Date::FIRST,
            Date::LAST
        ));
    }
    Ok((lon, lat, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_parsed_strictly_and_errors_say_why() {
        assert!(parse_row("121.26, 38.81, 1899-01-01").is_ok());
        assert!(parse_row("121.26,38.81").unwrap_err().contains("3 fields"));
        assert!(parse_row("east,38.81,1899-01-01")
            .unwrap_err()
            .contains("'east'"));
        assert!(parse_row("121.26,95,1899-01-01")
            .unwrap_err()
            .contains("latitude"));
        assert!(parse_row("121.26,38.81,1854-12-31")
            .unwrap_err()
            .contains("outside 1855-01-01..1922-12-31"));
        assert!(parse_row("121.26,38.81,1899-02-29")
            .unwrap_err()
            .contains("1899-02-29"));
    }
}
