//! Checks that span features and events: every problem is collected, none stops the others.

use super::{Coherence, DataError, DataErrorKind, Feature, RingAt};
use crate::carto::area::{polygon_area_km2, ring_area_km2};
use crate::carto::geometry::{bounding_box, boxes_touch};
use crate::carto::style::condominium_pattern;
use crate::model::{Date, Event, Power, Regimes, Sovereigns, Status, Timeline};
use std::collections::{HashMap, HashSet};

/// The box the geometry build cuts out (west, south, east, north); nothing may lie outside it.
pub const BOUNDS: [f64; 4] = [100.0, 28.0, 170.0, 66.0];

/// How far a drawn area may stray from a historical figure.
pub const AREA_TOLERANCE: f64 = 0.03;

/// Geometry checks: unique ids, closed rings of at least four positions, coordinates inside
/// `BOUNDS`, no ring collapsed to zero area, and areas close to any `known_area_km2`.
pub fn check_pieces(file: &str, features: &[Feature], problems: &mut Vec<DataError>) {
    let mut seen = HashSet::new();
    for f in features {
        let mut bad = |kind| problems.push(DataError::item(file, &f.id, kind));
        if !seen.insert(f.id.as_str()) {
            bad(DataErrorKind::DuplicateId);
        }
        if f.polygons.is_empty() {
            bad(DataErrorKind::NoPolygons);
        }
        for (pi, poly) in f.polygons.iter().enumerate() {
            for (ri, ring) in poly.iter().enumerate() {
                let at = RingAt {
                    polygon: pi + 1,
                    ring: ri + 1,
                };
                if ring.len() < 4 {
                    bad(DataErrorKind::RingTooShort(at, ring.len()));
                    continue;
                }
                if ring.first() != ring.last() {
                    bad(DataErrorKind::RingNotClosed(at));
                }
                if let Some(p) = ring.iter().find(|p| !in_bounds(**p)) {
                    bad(DataErrorKind::OutsideBox(*p));
                } else if ring_area_km2(ring) < 1e-6 {
                    bad(DataErrorKind::RingCollapsed(at));
                }
            }
        }
        if let Some(known) = f.known_area_km2.filter(|k| !(k.is_finite() && *k > 0.0)) {
            bad(DataErrorKind::KnownAreaInvalid(known));
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
                bad(DataErrorKind::AreaDiffers {
                    drawn,
                    known,
                    tolerance_pct: AREA_TOLERANCE * 100.0,
                });
            }
        }
    }
}

/// Which rule a power, status and sovereign break together, if any: held outright or as a
/// neutral zone, the holder is the sovereign; leased, occupied, protected or an enclave, title is
/// someone else's.
fn incoherent(power: Power, status: Status, sovereign: Sovereigns) -> Option<Coherence> {
    match status {
        Status::Sovereign | Status::NeutralZone
            if !(sovereign.len() == 1 && sovereign.contains(power)) =>
        {
            Some(Coherence::OutrightIsOwnTitle)
        }
        Status::Lease | Status::Occupation | Status::Protectorate | Status::Enclave
            if sovereign.len() != 1 || sovereign.contains(power) =>
        {
            Some(Coherence::ForeignTitle)
        }
        _ => None,
    }
}

/// The sites refused as sources (`geo/unacceptable_sources.txt`): content farms, mirrors, blogs.
const UNACCEPTABLE: &str = include_str!("../../geo/unacceptable_sources.txt");

/// The pattern of `geo/unacceptable_sources.txt` that refuses a source's address, if one does:
/// a URL is refused when its host contains a pattern.
pub fn unacceptable_source(url: &str) -> Option<&'static str> {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    UNACCEPTABLE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find(|p| host.contains(p))
}

/// The problem with a source whose address is refused, if it is.
pub(crate) fn source_problem(url: &str) -> Option<DataErrorKind> {
    unacceptable_source(url).map(|pattern| DataErrorKind::UnacceptableSource {
        url: url.to_string(),
        pattern: pattern.to_string(),
    })
}

/// Whether a position is a finite point inside `BOUNDS`.
pub(crate) fn in_bounds([lon, lat]: [f64; 2]) -> bool {
    lon.is_finite()
        && lat.is_finite()
        && (BOUNDS[0]..=BOUNDS[2]).contains(&lon)
        && (BOUNDS[1]..=BOUNDS[3]).contains(&lat)
}

/// Event checks: unique ids, file order by date, at least one source with a title and an
/// address, dates on the map, changes naming known pieces with a coherent power/status/sovereign
/// (a condominium only of a pair the map can draw), events that move no border saying what they
/// were about, and every piece held on every day the map shows.
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
        let mut bad = |kind| problems.push(DataError::item(file, &e.id, kind));
        if !ids.insert(e.id.as_str()) {
            bad(DataErrorKind::DuplicateId);
        }
        if i > 0 && events[i - 1].date > e.date {
            bad(DataErrorKind::EventOutOfOrder {
                date: e.date,
                previous: events[i - 1].id.clone(),
                previous_date: events[i - 1].date,
            });
        }
        if !e.date.is_on_map() {
            bad(DataErrorKind::DateOffMap(e.date));
        }
        if e.sources.is_empty()
            || e.sources
                .iter()
                .any(|s| s.url.trim().is_empty() || s.title.trim().is_empty())
        {
            bad(DataErrorKind::NeedsSource);
        }
        for kind in e.sources.iter().filter_map(|s| source_problem(&s.url)) {
            bad(kind);
        }
        if e.title.english().trim().is_empty() || e.text.english().trim().is_empty() {
            bad(DataErrorKind::NeedsText);
        }
        if e.changes.is_empty() && e.about.is_empty() {
            bad(DataErrorKind::ChangesNothing);
        }
        for p in e.about.iter().filter(|p| !known.contains(p.as_str())) {
            bad(DataErrorKind::UnknownPiece(p.clone()));
        }
        let mut touched = HashSet::new();
        for c in &e.changes {
            let piece = || c.piece.clone();
            if !known.contains(c.piece.as_str()) {
                bad(DataErrorKind::UnknownPiece(piece()));
            }
            if !touched.insert(c.piece.as_str()) {
                bad(DataErrorKind::PieceChangedTwice(piece()));
            }
            let shared = c.power == Power::Shared;
            if shared != (c.status == Status::Condominium) || (shared && c.sovereign.len() != 2) {
                bad(DataErrorKind::CondominiumMismatch(piece()));
            } else if shared && condominium_pattern(c.sovereign).is_none() {
                bad(DataErrorKind::CondominiumWithoutPattern {
                    piece: piece(),
                    pair: c.sovereign.to_string(),
                });
            }
            if c.sovereign.is_empty() {
                bad(DataErrorKind::NoSovereign(piece()));
            }
            if let Some(rule) = incoherent(c.power, c.status, c.sovereign) {
                bad(DataErrorKind::Incoherent {
                    piece: piece(),
                    rule,
                });
            }
        }
    }
    // Two events changing one piece on one day would leave the answer to file order.
    let mut by_day: HashMap<(&str, Date), &str> = HashMap::new();
    for e in events {
        for c in &e.changes {
            if let Some(other) = by_day.insert((c.piece.as_str(), e.date), e.id.as_str()) {
                problems.push(DataError::item(
                    file,
                    &e.id,
                    DataErrorKind::SameDay {
                        piece: c.piece.clone(),
                        date: e.date,
                        other: other.to_string(),
                    },
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
                DataErrorKind::PieceUnheld(Date::FIRST),
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
    let boxes: Vec<[f64; 4]> = features.iter().map(|f| bounding_box(&f.polygons)).collect();
    for (i, a) in features.iter().enumerate() {
        for (j, b) in features.iter().enumerate() {
            if i == j || !boxes_touch(boxes[i], boxes[j]) {
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
                    DataErrorKind::Overlap {
                        other: b.id.clone(),
                        at: *v,
                    },
                ));
            }
        }
    }
}

/// Checks that on every day each piece's holder and sovereigns have a government named in the
/// regimes file, so the piece card never comes up empty. Days are checked where either the
/// control or a regime changes, which is where a gap could begin.
pub fn check_regimes(
    file: &str,
    timeline: &Timeline,
    regimes: &Regimes,
    problems: &mut Vec<DataError>,
) {
    let mut regime_days: Vec<Date> = regimes
        .all()
        .iter()
        .flat_map(|r| std::iter::once(r.from).chain(r.until))
        .filter(|d| d.is_on_map())
        .collect();
    regime_days.push(Date::FIRST);
    for (i, piece) in timeline.pieces().iter().enumerate() {
        let mut days: Vec<Date> = timeline
            .history(i)
            .changes()
            .iter()
            .map(|(d, _)| *d)
            .collect();
        days.extend(&regime_days);
        days.sort_unstable();
        days.dedup();
        let mut reported = HashSet::new();
        for d in days {
            let Some(c) = timeline.control_at(i, d) else {
                continue;
            };
            let powers = c
                .sovereign
                .iter()
                .chain((c.power != Power::Shared).then_some(c.power));
            for p in powers {
                if regimes.governing(p, piece, d).is_none() && reported.insert(p) {
                    problems.push(DataError::item(
                        file,
                        piece,
                        DataErrorKind::NoRegime {
                            power: p.id().to_string(),
                            date: d,
                        },
                    ));
                }
            }
        }
    }
}
