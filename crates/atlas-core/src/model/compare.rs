//! Two dates compared as a class reads them: by the areas a student knows (Korea, Kwantung,
//! South Sakhalin), not by the map's fine pieces.

use super::region::Areas;
use super::{Control, Date, Timeline};

/// What changed in one area between two dates.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaChange {
    /// The area (an index into [`Areas::all`]).
    pub area: usize,
    /// Its pieces held differently on the two dates, in the timeline's order.
    pub pieces: Vec<usize>,
    /// The holds before and after, when every one of those pieces changed alike (so the area
    /// reads as one line); `None` when they changed in different ways.
    pub alike: Option<(Option<Control>, Option<Control>)>,
}

/// The pieces in `differs` grouped by area, in the areas' order, each saying whether all its
/// pieces went from the same hold to the same hold between `early` and `late`.
pub fn by_area(
    timeline: &Timeline,
    areas: &Areas,
    differs: &[usize],
    early: Date,
    late: Date,
) -> Vec<AreaChange> {
    let mut out: Vec<AreaChange> = Vec::new();
    let mut sorted: Vec<usize> = differs.to_vec();
    sorted.sort_by_key(|&p| (areas.index_of_piece(p), p));
    for p in sorted {
        let area = areas.index_of_piece(p);
        let holds = (timeline.control_at(p, early), timeline.control_at(p, late));
        match out.last_mut() {
            Some(last) if last.area == area => {
                last.pieces.push(p);
                if let Some(first) = last.alike {
                    if !(same(first.0, holds.0) && same(first.1, holds.1)) {
                        last.alike = None;
                    }
                }
            }
            _ => out.push(AreaChange {
                area,
                pieces: vec![p],
                alike: Some(holds),
            }),
        }
    }
    out
}

fn same(a: Option<Control>, b: Option<Control>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.same_hold(&y),
        (None, None) => true,
        _ => false,
    }
}
