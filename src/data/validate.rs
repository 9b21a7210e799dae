//! Checks that span features and events: every problem is collected, none stops the others.

use super::{DataError, Feature};
use crate::carto::area::polygon_area_km2;
use crate::model::{Date, Event, Power, Status, Timeline};
use std::collections::HashSet;

/// The box the geometry build cuts out (west, south, east, north); nothing may lie outside it.
pub const BOUNDS: [f64; 4] = [100.0, 28.0, 170.0, 66.0];

/// How far a drawn area may stray from a historical figure.
pub const AREA_TOLERANCE: f64 = 0.03;

/// Geometry checks: unique ids, closed rings of at least four positions, coordinates inside
/// `BOUNDS`, no ring collapsed to zero area, and areas close to any `known_area_km2`.
pub fn check_pieces(file: &str, features: &[Feature], problems: &mut Vec<DataError>) {
    let mut seen = HashSet::new();
    for f in features {
        if !seen.insert(f.id.as_str()) {
            problems.push(DataError::item(
                file,
                &f.id,
                "id is used by more than one feature",
            ));
        }
        if f.polygons.is_empty() {
            problems.push(DataError::item(file, &f.id, "has no polygons"));
        }
        for (pi, poly) in f.polygons.iter().enumerate() {
            for (ri, ring) in poly.iter().enumerate() {
                let at = format!("polygon {} ring {}", pi + 1, ri + 1);
                if ring.len() < 4 {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        format!("{at} has {} positions; a ring needs at least 4", ring.len()),
                    ));
                    continue;
                }
                if ring.first() != ring.last() {
                    problems.push(DataError::item(file, &f.id, format!("{at} is not closed")));
                }
                if let Some(p) = ring.iter().find(|p| !in_bounds(**p)) {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        format!("{at} has position {p:?} outside the map's box {BOUNDS:?}"),
                    ));
                } else if crate::carto::area::ring_area_km2(ring) < 1e-6 {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        format!("{at} has collapsed to no area"),
                    ));
                }
            }
        }
        if let Some(known) = f.known_area_km2.filter(|k| !(k.is_finite() && *k > 0.0)) {
            problems.push(DataError::item(
                file,
                &f.id,
                format!("known_area_km2 {known} is not a positive area"),
            ));
        }
        if let Some(known) = f.known_area_km2.filter(|k| k.is_finite() && *k > 0.0) {
            // A figure on a piece of a group is the whole group's.
            let members: Vec<&Feature> = match &f.group {
                Some(g) => features
                    .iter()
                    .filter(|o| o.group.as_ref() == Some(g))
                    .collect(),
                None => vec![f],
            };
            let drawn: f64 = members
                .iter()
                .flat_map(|m| &m.polygons)
                .map(|p| polygon_area_km2(p))
                .sum();
            if ((drawn - known) / known).abs() > AREA_TOLERANCE {
                problems.push(DataError::item(
                    file,
                    &f.id,
                    format!("drawn area {drawn:.1} km² differs from the historical {known} km² by more than {}%", AREA_TOLERANCE * 100.0),
                ));
            }
        }
    }
}

/// Why a power, status and sovereign cannot go together, if they cannot: held outright or as a
/// neutral zone, the holder is the sovereign; leased, occupied, protected or an enclave, title is
/// someone else's.
fn incoherent(
    power: Power,
    status: Status,
    sovereign: crate::model::Sovereigns,
) -> Option<&'static str> {
    match status {
        Status::Sovereign | Status::NeutralZone
            if !(sovereign.len() == 1 && sovereign.contains(power)) =>
        {
            Some("held outright or as a neutral zone, the sovereign must be the power itself")
        }
        Status::Lease | Status::Occupation | Status::Protectorate | Status::Enclave
            if sovereign.len() != 1 || sovereign.contains(power) =>
        {
            Some("leased, occupied, protected or an enclave: title must stay with one other power")
        }
        _ => None,
    }
}

/// Whether a position is a finite point inside `BOUNDS`.
pub(crate) fn in_bounds([lon, lat]: [f64; 2]) -> bool {
    lon.is_finite()
        && lat.is_finite()
        && (BOUNDS[0]..=BOUNDS[2]).contains(&lon)
        && (BOUNDS[1]..=BOUNDS[3]).contains(&lat)
}

/// Event checks: unique ids, file order by date, at least one source with an address, dates on
/// the map, changes naming known pieces with a coherent power/status/sovereign, and every piece
/// held on every day the map shows.
pub fn check_events(
    file: &str,
    events: &[Event],
    pieces: &[Feature],
    timeline: &Timeline,
    events_complete: bool,
    problems: &mut Vec<DataError>,
) {
    let known: HashSet<&str> = pieces.iter().map(|p| p.id.as_str()).collect();
    let mut ids = HashSet::new();
    for (i, e) in events.iter().enumerate() {
        let mut bad = |reason: String| problems.push(DataError::item(file, &e.id, reason));
        if !ids.insert(e.id.as_str()) {
            bad("event id is used more than once".into());
        }
        if i > 0 && events[i - 1].date > e.date {
            bad(format!(
                "dated {} but listed after '{}' of {}; keep events in date order",
                e.date,
                events[i - 1].id,
                events[i - 1].date
            ));
        }
        if !e.date.is_on_map() {
            bad(format!(
                "date {} is outside the map's span {}..{}",
                e.date,
                Date::FIRST,
                Date::LAST
            ));
        }
        if e.sources.is_empty()
            || e.sources
                .iter()
                .any(|s| s.url.trim().is_empty() || s.title.trim().is_empty())
        {
            bad("every event needs at least one source, each with a title and an address".into());
        }
        if e.title.trim().is_empty() || e.text.trim().is_empty() {
            bad("an event needs a title and a text".into());
        }
        if e.changes.is_empty() {
            bad("changes no piece".into());
        }
        let mut touched = HashSet::new();
        for c in &e.changes {
            if !known.contains(c.piece.as_str()) {
                bad(format!(
                    "changes '{}', which is not a piece in the geometry",
                    c.piece
                ));
            }
            if !touched.insert(c.piece.as_str()) {
                bad(format!("changes '{}' twice", c.piece));
            }
            let shared = c.power == Power::Shared;
            if shared != (c.status == Status::Condominium) || (shared && c.sovereign.len() != 2) {
                bad(format!("change to '{}': a condominium is power 'shared' with two sovereigns, and only that", c.piece));
            }
            if c.sovereign.is_empty() {
                bad(format!("change to '{}' names no sovereign", c.piece));
            }
            if let Some(why) = incoherent(c.power, c.status, c.sovereign) {
                bad(format!("change to '{}': {why}", c.piece));
            }
        }
    }
    // Two events changing one piece on one day would leave the answer to file order.
    let mut by_day: std::collections::HashMap<(&str, Date), &str> =
        std::collections::HashMap::new();
    for e in events {
        for c in &e.changes {
            if let Some(other) = by_day.insert((c.piece.as_str(), e.date), e.id.as_str()) {
                problems.push(DataError::item(
                    file,
                    &e.id,
                    format!("changes '{}' on {}, as '{other}' does", c.piece, e.date),
                ));
            }
        }
    }
    if !events_complete {
        return;
    }
    for (i, id) in timeline.pieces().iter().enumerate() {
        if timeline.control_at(i, Date::FIRST).is_none() {
            problems.push(DataError::item(
                file,
                id,
                format!("no event says who held this piece on {}", Date::FIRST),
            ));
        }
    }
}

/// Coordinates are stored to 0.001°, so that is the finest overlap the data can mean.
pub const OVERLAP_TOLERANCE_DEG: f64 = 0.001;

/// Checks that no piece reaches into another: no vertex of one lies inside another deeper than
/// `OVERLAP_TOLERANCE_DEG`. Neighbours share identical edges, so any real overlap shows up as
/// such a vertex. Slower than the other checks, so `atlas validate` runs it and the app does not.
pub fn check_overlaps(file: &str, features: &[Feature], problems: &mut Vec<DataError>) {
    use crate::carto::contains::{distance_to_boundary, polygon_contains};
    let boxes: Vec<[f64; 4]> = features.iter().map(bounding_box).collect();
    for (i, a) in features.iter().enumerate() {
        for (j, b) in features.iter().enumerate() {
            let (ba, bb) = (boxes[i], boxes[j]);
            if i == j || ba[0] > bb[2] || bb[0] > ba[2] || ba[1] > bb[3] || bb[1] > ba[3] {
                continue;
            }
            let deep = a.polygons.iter().flatten().flatten().find(|v| {
                b.polygons.iter().any(|poly| {
                    polygon_contains(poly, **v)
                        && distance_to_boundary(poly, **v) > OVERLAP_TOLERANCE_DEG
                })
            });
            if let Some(v) = deep {
                problems.push(DataError::item(
                    file,
                    &a.id,
                    format!("reaches into '{}' at {v:?}", b.id),
                ));
            }
        }
    }
}

/// The `[west, south, east, north]` box around a feature.
pub fn bounding_box(f: &Feature) -> [f64; 4] {
    f.polygons
        .iter()
        .flatten()
        .flatten()
        .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        })
}
