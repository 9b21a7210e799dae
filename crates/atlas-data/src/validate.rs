//! Checks that span features and events: every problem is collected, none stops the others.

use super::{Coherence, DataError, DataErrorKind, Feature, RingAt};
use atlas_core::carto::area::{polygon_area_km2, ring_area_km2};
use atlas_core::carto::geometry::{bounding_box, boxes_touch};
use atlas_core::carto::style::condominium_pattern;
use atlas_core::model::{Date, Event, Power, Regimes, Sovereigns, Status, Timeline};
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
const UNACCEPTABLE: &str = include_str!("../../../geo/unacceptable_sources.txt");

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

/// Whether an address is a web address with a host: the card makes every source a link, so
/// `javascript:` or a bare title must never get there.
pub fn web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://"].iter().any(|scheme| {
        lower.strip_prefix(scheme).is_some_and(|rest| {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.contains(char::is_whitespace)
        })
    }) && !url.chars().any(char::is_control)
}

/// The problem with a source's address, if there is one: not a web address, or on a site the
/// project refuses.
pub(crate) fn source_problem(url: &str) -> Option<DataErrorKind> {
    if !web_address(url) {
        return Some(DataErrorKind::SourceNotWeb(url.to_string()));
    }
    unacceptable_source(url).map(|pattern| DataErrorKind::UnacceptableSource {
        url: url.to_string(),
        pattern: pattern.to_string(),
    })
}

/// Hosts of encyclopaedias of open editing: allowed as sources, never as records.
const OPEN_ENCYCLOPAEDIAS: [&str; 3] = ["wikipedia.org", "wikibooks.org", "wikiwand.com"];

/// Whether an address is an open encyclopaedia's page.
pub fn open_encyclopaedia(url: &str) -> bool {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    OPEN_ENCYCLOPAEDIAS.iter().any(|h| host.ends_with(h))
}

/// The sources an event rests on: at least one of record or scholarship, and none of those on
/// an open encyclopaedia's site.
pub(crate) fn record_problems(sources: &[atlas_core::model::Source]) -> Vec<DataErrorKind> {
    let mut out: Vec<DataErrorKind> = sources
        .iter()
        .filter(|s| s.kind.of_record() && open_encyclopaedia(s.url()))
        .map(|s| DataErrorKind::EncyclopaediaAsRecord(s.url().to_string()))
        .collect();
    if !sources.iter().any(|s| s.kind.of_record()) {
        out.push(DataErrorKind::NeedsSourceOfRecord);
    }
    out
}

/// Whether a position is a finite point inside `BOUNDS`.
pub(crate) fn in_bounds([lon, lat]: [f64; 2]) -> bool {
    lon.is_finite()
        && lat.is_finite()
        && (BOUNDS[0]..=BOUNDS[2]).contains(&lon)
        && (BOUNDS[1]..=BOUNDS[3]).contains(&lat)
}

/// Sphere checks: unique ids and sound rings (as for pieces), and the events that made and
/// ended each sphere exist.
pub fn check_spheres(
    file: &str,
    spheres: &[atlas_core::model::Sphere],
    shapes: &[Vec<atlas_core::carto::geometry::Polygon>],
    timeline: &Timeline,
    problems: &mut Vec<DataError>,
) {
    let features: Vec<Feature> = spheres
        .iter()
        .zip(shapes)
        .map(|(s, polygons)| Feature {
            id: s.id.clone(),
            name: String::new(),
            region: String::new(),
            group: None,
            known_area_km2: None,
            polygons: polygons.clone(),
        })
        .collect();
    check_pieces(file, &features, problems);
    for s in spheres {
        for id in std::iter::once(&s.event).chain(&s.end) {
            if timeline.event_index(id).is_none() {
                problems.push(DataError::item(
                    file,
                    &s.id,
                    DataErrorKind::UnknownEvent(id.clone()),
                ));
            }
        }
    }
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
        for (n, other) in e.other_dates.iter().enumerate() {
            let kind = other.kind.id().to_string();
            if !other.date.is_on_map() {
                bad(DataErrorKind::OtherDateOffMap {
                    kind,
                    date: other.date,
                });
            } else if n > 0 && e.other_dates[n - 1].date > other.date {
                bad(DataErrorKind::OtherDateOutOfOrder {
                    kind,
                    date: other.date,
                });
            }
        }
        if e.sources.is_empty()
            || e.sources
                .iter()
                .any(|s| s.url().trim().is_empty() || s.title().trim().is_empty())
        {
            bad(DataErrorKind::NeedsSource);
        }
        for kind in e.sources.iter().filter_map(|s| source_problem(s.url())) {
            bad(kind);
        }
        for kind in record_problems(&e.sources) {
            bad(kind);
        }
        if e.title.english().trim().is_empty() || e.text.english().trim().is_empty() {
            bad(DataErrorKind::NeedsText);
        }
        if e.changes.is_empty() && e.about.is_empty() {
            bad(DataErrorKind::ChangesNothing);
        }
        // The summary's first sentence is the caption on a projector: one line, not a stub.
        for (lang, _) in e.summary.iter() {
            let chars = e.caption(lang).chars().count();
            if !(10..=atlas_core::model::timeline::CAPTION_MAX_CHARS).contains(&chars) {
                bad(DataErrorKind::CaptionLength {
                    lang: lang.to_string(),
                    chars,
                });
            }
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
/// such a vertex — except a piece drawn twice, whose vertices all lie on the other's edges, so a
/// point well inside each piece is tested too. Slower than the other checks, so `atlas validate`
/// runs it and the app does not.
pub fn check_overlaps(file: &str, features: &[Feature], problems: &mut Vec<DataError>) {
    use atlas_core::carto::contains::{distance_to_boundary, interior_point, polygon_contains};
    let boxes: Vec<[f64; 4]> = features.iter().map(|f| bounding_box(&f.polygons)).collect();
    let inside: Vec<Option<[f64; 2]>> = features
        .iter()
        .map(|f| interior_point(&f.polygons))
        .collect();
    for (i, a) in features.iter().enumerate() {
        for (j, b) in features.iter().enumerate() {
            if i == j || !boxes_touch(boxes[i], boxes[j]) {
                continue;
            }
            let deep = a
                .polygons
                .iter()
                .flatten()
                .flatten()
                .chain(&inside[i])
                .find(|v| {
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

/// A segment of a ring, with where it came from.
#[derive(Clone, Copy)]
struct Segment {
    a: [f64; 2],
    b: [f64; 2],
    /// (feature, polygon, ring, index in ring).
    at: (usize, usize, usize, usize),
}

impl Segment {
    fn min_x(&self) -> f64 {
        self.a[0].min(self.b[0])
    }
    fn max_x(&self) -> f64 {
        self.a[0].max(self.b[0])
    }
}

fn orient(p: [f64; 2], q: [f64; 2], r: [f64; 2]) -> f64 {
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
}

/// Whether two segments cross at a point interior to both (a proper crossing): what neither a
/// simple ring nor two neighbours sharing edges ever do.
fn segments_cross(s: &Segment, t: &Segment) -> bool {
    let (d1, d2) = (orient(t.a, t.b, s.a), orient(t.a, t.b, s.b));
    let (d3, d4) = (orient(s.a, s.b, t.a), orient(s.a, s.b, t.b));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Whether an end of one segment lies inside the other (not at its ends): a ring touching
/// itself, which a GIS refuses too.
fn segments_touch(s: &Segment, t: &Segment) -> bool {
    let inside = |p: [f64; 2], seg: &Segment| {
        p != seg.a
            && p != seg.b
            && orient(seg.a, seg.b, p) == 0.0
            && p[0] >= seg.a[0].min(seg.b[0])
            && p[0] <= seg.a[0].max(seg.b[0])
            && p[1] >= seg.a[1].min(seg.b[1])
            && p[1] <= seg.a[1].max(seg.b[1])
    };
    inside(s.a, t) || inside(s.b, t) || inside(t.a, s) || inside(t.b, s)
}

/// Every pair of segments, among those given, whose x-extents overlap: a sweep along x.
fn crossing_pairs(mut segs: Vec<Segment>, mut keep: impl FnMut(&Segment, &Segment) -> bool) {
    segs.sort_by(|s, t| s.min_x().total_cmp(&t.min_x()));
    for (i, s) in segs.iter().enumerate() {
        for t in &segs[i + 1..] {
            if t.min_x() > s.max_x() {
                break;
            }
            let (sy0, sy1) = (s.a[1].min(s.b[1]), s.a[1].max(s.b[1]));
            let (ty0, ty1) = (t.a[1].min(t.b[1]), t.a[1].max(t.b[1]));
            if ty0 > sy1 || sy0 > ty1 {
                continue;
            }
            let same_ring = (s.at.0, s.at.1, s.at.2) == (t.at.0, t.at.1, t.at.2);
            let touching = same_ring && segments_touch(s, t);
            if (segments_cross(s, t) || touching) && !keep(s, t) {
                return;
            }
        }
    }
}

fn segments_of(features: &[Feature]) -> Vec<Segment> {
    let mut out = Vec::new();
    for (fi, f) in features.iter().enumerate() {
        for (pi, poly) in f.polygons.iter().enumerate() {
            for (ri, ring) in poly.iter().enumerate() {
                for (k, w) in ring.windows(2).enumerate() {
                    if w[0] != w[1] {
                        out.push(Segment {
                            a: w[0],
                            b: w[1],
                            at: (fi, pi, ri, k),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Checks the geometry a GIS would refuse (the OGC rules): no ring crosses itself or another
/// ring of its polygon, every hole lies inside its outer ring, and no two pieces' edges cross
/// (neighbours share edges; they never cut through each other, even with no vertex inside).
/// Reports the first crossing found for each piece or pair, with where it is.
pub fn check_simple(file: &str, features: &[Feature], problems: &mut Vec<DataError>) {
    use atlas_core::carto::contains::polygon_contains;
    let mut reported: HashSet<(usize, usize)> = HashSet::new();
    crossing_pairs(segments_of(features), |s, t| {
        let (fs, ft) = (s.at.0, t.at.0);
        let key = (fs.min(ft), fs.max(ft));
        if reported.insert(key) {
            let at = intersection(s, t);
            let kind = if fs == ft {
                DataErrorKind::SelfIntersection {
                    at,
                    polygon: s.at.1 + 1,
                }
            } else {
                DataErrorKind::Overlap {
                    other: features[ft].id.clone(),
                    at,
                }
            };
            problems.push(DataError::item(file, &features[fs].id, kind));
        }
        true
    });
    for (fi, f) in features.iter().enumerate() {
        for (pi, poly) in f.polygons.iter().enumerate() {
            // Two rings of one polygon (or one ring twice) along the same segment: a hole lying on
            // its outer ring, which splits the polygon's inside.
            let mut segs = HashSet::new();
            let mut shared = None;
            for ring in poly {
                for w in ring.windows(2) {
                    let (a, b) = (
                        (w[0][0].to_bits(), w[0][1].to_bits()),
                        (w[1][0].to_bits(), w[1][1].to_bits()),
                    );
                    if a != b && !segs.insert(if a < b { (a, b) } else { (b, a) }) {
                        shared.get_or_insert(w[0]);
                    }
                }
            }
            if let Some(at) = shared {
                if reported.insert((fi, fi)) {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        DataErrorKind::SelfIntersection {
                            at,
                            polygon: pi + 1,
                        },
                    ));
                }
            }
            // A ring through the same point twice touches itself there.
            for ring in poly {
                let mut seen = HashSet::new();
                let open = &ring[..ring.len().saturating_sub(1)];
                if let Some(v) = open
                    .iter()
                    .find(|v| !seen.insert((v[0].to_bits(), v[1].to_bits())))
                {
                    if reported.insert((fi, fi)) {
                        problems.push(DataError::item(
                            file,
                            &f.id,
                            DataErrorKind::SelfIntersection {
                                at: *v,
                                polygon: pi + 1,
                            },
                        ));
                    }
                }
            }
            // A polygon inside another polygon of the same piece (edges do not cross, so one
            // vertex off the other's boundary decides it).
            for (qi, other) in f.polygons.iter().enumerate().filter(|&(qi, _)| qi != pi) {
                let Some(v) = poly[0]
                    .iter()
                    .find(|v| atlas_core::carto::contains::distance_to_boundary(other, **v) > 1e-9)
                else {
                    continue;
                };
                if polygon_contains(other, *v) && reported.insert((fi, fi)) {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        DataErrorKind::SelfIntersection {
                            at: *v,
                            polygon: qi.max(pi) + 1,
                        },
                    ));
                }
            }
            let outer = vec![poly[0].clone()];
            for (ri, hole) in poly.iter().enumerate().skip(1) {
                // A hole's vertices lie inside the outer ring or on it; testing its middle point
                // catches a hole drawn outside.
                let inside = hole.iter().take(hole.len().saturating_sub(1)).all(|v| {
                    polygon_contains(&outer, *v)
                        || atlas_core::carto::contains::distance_to_boundary(&outer, *v) < 1e-9
                });
                if !inside {
                    problems.push(DataError::item(
                        file,
                        &f.id,
                        DataErrorKind::HoleOutside(RingAt {
                            polygon: pi + 1,
                            ring: ri + 1,
                        }),
                    ));
                }
            }
        }
    }
}

/// Where two crossing segments meet, rounded to the data's precision.
fn intersection(s: &Segment, t: &Segment) -> [f64; 2] {
    let (x1, y1, x2, y2) = (s.a[0], s.a[1], s.b[0], s.b[1]);
    let (x3, y3, x4, y4) = (t.a[0], t.a[1], t.b[0], t.b[1]);
    let den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4);
    let u = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den;
    let round = |v: f64| (v * 1000.0).round() / 1000.0;
    [round(x1 + u * (x2 - x1)), round(y1 + u * (y2 - y1))]
}

/// Checks that the places an event names (`places`) exist and are named on its date, so the
/// map can write them while it is in force.
pub fn check_event_places(
    file: &str,
    events: &[Event],
    places: &[crate::Place],
    problems: &mut Vec<DataError>,
) {
    for e in events {
        for id in &e.places {
            let kind = match places.iter().find(|p| &p.id == id) {
                None => DataErrorKind::UnknownPlace(id.clone()),
                Some(p) if p.names.at(e.date).is_none_or(Option::is_none) => {
                    DataErrorKind::PlaceUnnamedOnDate(id.clone())
                }
                Some(_) => continue,
            };
            problems.push(DataError::item(file, &e.id, kind));
        }
    }
}

/// Checks that each place lies in the piece it names (or, named at sea, in none), so a place
/// moved by mistake, or a piece redrawn without it, is caught.
pub fn check_places(
    file: &str,
    places: &[crate::Place],
    pieces: &[Feature],
    problems: &mut Vec<DataError>,
) {
    use atlas_core::carto::contains::polygon_contains;
    for place in places {
        let found = pieces
            .iter()
            .find(|p| {
                p.polygons
                    .iter()
                    .any(|poly| polygon_contains(poly, place.at))
            })
            .map(|p| p.id.clone());
        if let Some(named) = place
            .piece
            .as_ref()
            .filter(|n| !pieces.iter().any(|p| &p.id == *n))
        {
            problems.push(DataError::item(
                file,
                &place.id,
                DataErrorKind::UnknownPiece(named.clone()),
            ));
        } else if found != place.piece {
            problems.push(DataError::item(
                file,
                &place.id,
                DataErrorKind::PlaceNotInPiece {
                    named: place.piece.clone(),
                    found,
                },
            ));
        }
    }
}
