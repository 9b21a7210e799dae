//! "Who held this place on this day?": finding the piece under a point, and answering rows of
//! `lon,lat,date` as `atlas who` does. Same data and timeline as the map, so the two agree.

use crate::Dataset as Atlas;
use atlas_core::carto::contains::polygon_contains;
use atlas_core::model::{Control, Date};
use std::io::{self, BufRead, Write};

pub use crate::rows::{
    detect_delimiter, is_header, next_line, parse_fields, parse_row, quote, split_fields, Row,
    RowError, RowReader, QUOTE_CHARS,
};

/// Finds the piece containing a point, with a bounding box per piece to skip most of them.
pub struct Locator<'a> {
    atlas: &'a Atlas,
    boxes: Vec<[f64; 4]>,
    projection: atlas_core::carto::Projection,
}

impl<'a> Locator<'a> {
    /// Indexes the atlas's pieces.
    pub fn new(atlas: &'a Atlas) -> Locator<'a> {
        let boxes = atlas
            .pieces
            .iter()
            .map(|p| atlas_core::carto::geometry::bounding_box(&p.polygons))
            .collect();
        Locator {
            atlas,
            boxes,
            projection: atlas_core::carto::frame::projection(),
        }
    }

    /// Whether a point lies in the frame the map draws (the sea inside it is on the map; the
    /// Atlantic is not).
    pub fn on_map(&self, point: [f64; 2]) -> bool {
        let [x, y] = self.projection.project(point);
        // Far from the frame's centre a conic projection folds back; the longitude test keeps
        // the far side of the world off the map.
        (60.0..=220.0).contains(&point[0].rem_euclid(360.0))
            && (0.0..=atlas_core::carto::frame::WIDTH).contains(&x)
            && (0.0..=atlas_core::carto::frame::HEIGHT).contains(&y)
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
/// quoted fields too; lines may end in `\r\n`, `\n` or `\r`) and writes one answer row per good
/// input row, in order, after `WHO_HEADER`. Each bad row gets one message on `errors` naming its
/// line and quoting at most `QUOTE_CHARS` characters of it, so answers plus messages always
/// equal the rows given. Returns how many rows were bad; any read or write failure is an error.
pub fn answer_rows(
    atlas: &Atlas,
    mut input: impl BufRead,
    out: &mut impl Write,
    errors: &mut impl Write,
) -> Result<usize, WhoError> {
    let locator = Locator::new(atlas);
    writeln!(out, "{WHO_HEADER}").map_err(WhoError::WriteAnswers)?;
    let mut bad = 0;
    let mut reader = RowReader::new();
    let (mut raw, mut after_cr, mut number) = (Vec::new(), false, 0usize);
    // Read bytes, not strings: one line that is not UTF-8 is a bad row, not the end of the input.
    while next_line(&mut input, &mut raw, &mut after_cr).map_err(WhoError::Read)? {
        number += 1;
        let mut report = |why: RowError, text: &str| {
            bad += 1;
            let shown = if text.is_empty() {
                String::new()
            } else {
                format!(": {}", quote(text))
            };
            writeln!(errors, "line {number}: {why}{shown}").map_err(WhoError::WriteMessages)
        };
        let Ok(line) = std::str::from_utf8(&raw) else {
            report(RowError::NotText, "")?;
            continue;
        };
        // Spreadsheets start with a byte-order mark.
        let text = line.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let (fields, point, date) = match reader.read(text) {
            Ok(Row::Header) => continue,
            Ok(Row::Point {
                fields,
                point,
                date,
            }) => (fields, point, date),
            Err(why) => {
                report(why, text)?;
                continue;
            }
        };
        let held = locator.who(point, date);
        if held.is_none() && !locator.on_map(point) {
            let off = RowError::OffMap {
                lon: fields[0].clone(),
                lat: fields[1].clone(),
            };
            report(off, text)?;
            continue;
        }
        // The spheres of influence over the point, by id, `;` between two.
        let spheres: Vec<&str> = locator
            .spheres_at(point, date)
            .into_iter()
            .map(|i| atlas.spheres[i].id.as_str())
            .collect();
        let answer = match held {
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
        // Echo the three fields as given (a decimal comma as a point, since the answer is
        // comma-separated), quoted if they still hold a comma or a quote.
        let semicolons = reader.delimiter() == Some(b';');
        let echo: Vec<String> = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if semicolons && i < 2 {
                    f.replace(',', ".")
                } else {
                    f.clone()
                }
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
    out.flush().map_err(WhoError::WriteAnswers)?;
    Ok(bad)
}
