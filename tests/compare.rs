//! Two dates compared by the areas a class knows: what the compare card lists.

use frontier_atlas::data::bundled;
use frontier_atlas::model::compare::by_area;
use frontier_atlas::model::{Date, Power, Status};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

#[test]
fn comparing_1894_with_1906_gives_one_line_per_area_a_student_knows() {
    let (atlas, _) = bundled::shared_map();
    let (timeline, areas) = (&atlas.timeline, &atlas.areas);
    let (early, late) = (d("1894-06-01"), d("1906-06-01"));
    let differs: Vec<usize> = (0..timeline.pieces().len())
        .filter(
            |&p| match (timeline.control_at(p, early), timeline.control_at(p, late)) {
                (Some(a), Some(b)) => !a.same_hold(&b),
                (a, b) => a.is_some() != b.is_some(),
            },
        )
        .collect();
    let changes = by_area(timeline, areas, &differs, early, late);
    let area = |id: &str| {
        changes
            .iter()
            .find(|c| areas.all()[c.area].id == id)
            .unwrap_or_else(|| panic!("no line for {id}"))
    };
    // Fewer lines than pieces: the fine pieces of Kwantung read as one.
    assert!(
        changes.len() < differs.len(),
        "{} lines for {} pieces",
        changes.len(),
        differs.len()
    );
    // Every differing piece is in exactly one line, the line of its own area.
    let mut listed: Vec<usize> = changes.iter().flat_map(|c| c.pieces.clone()).collect();
    listed.sort_unstable();
    assert_eq!(listed, differs);
    for c in &changes {
        assert!(c.pieces.iter().all(|&p| areas.index_of_piece(p) == c.area));
    }
    // Kwantung: all of it Chinese outright in 1894, all of it a Japanese lease in 1906.
    let kwantung = area("kwantung");
    assert!(kwantung.pieces.len() > 1);
    let (before, after) = kwantung.alike.expect("Kwantung changed alike");
    assert_eq!(before.map(|c| c.power), Some(Power::China));
    let after = after.unwrap();
    assert_eq!((after.power, after.status), (Power::Japan, Status::Lease));
    // Korea: a protectorate of Japan in 1906.
    let (_, korea) = area("korea").alike.expect("Korea changed alike");
    assert_eq!(
        korea.map(|c| (c.power, c.status)),
        Some((Power::Japan, Status::Protectorate))
    );
}
