//! The map as built once from the data: named places and their names over time, where names go,
//! the borders between pieces, and the focus views.

use frontier_atlas::carto::contains::polygon_contains;
use frontier_atlas::carto::geometry::boxes_touch;
use frontier_atlas::carto::placement::{level_for, LEVELS};
use frontier_atlas::data::{bundled, Dataset as Atlas};
use frontier_atlas::model::Date;
use frontier_atlas::scene::focus::FocusView;
use frontier_atlas::scene::{fonts, Scene};

fn atlas() -> &'static Atlas {
    bundled::shared()
}

/// What the map knows, as the app holds it, and the scene built from the data.
fn map() -> &'static (frontier_atlas::atlas::Atlas, Scene) {
    bundled::shared_map()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn name(a: &Atlas, place: &str, date: &str) -> Option<String> {
    a.places
        .iter()
        .find(|p| p.id == place)
        .unwrap_or_else(|| panic!("no place {place}"))
        .name_at(d(date))
        .map(|n| n.english().to_string())
}

#[test]
fn every_place_the_story_names_is_there() {
    let a = atlas();
    for id in [
        "port_arthur",
        "dalny",
        "yingkou",
        "haicheng",
        "liaoyang",
        "mukden",
        "tieling",
        "changchun",
        "jilin",
        "harbin",
        "qiqihar",
        "hailar",
        "aigun",
        "blagoveshchensk",
        "khabarovsk",
        "vladivostok",
        "nikolayevsk",
        "korsakov",
        "alexandrovsk",
        "seoul",
        "chemulpo",
        "busan",
        "wonsan",
        "pyongyang",
        "antung",
        "uiju",
        "hakodate",
    ] {
        assert!(a.places.iter().any(|p| p.id == id), "{id} is missing");
    }
    for p in &a.places {
        for (_, n) in p.names.changes() {
            if let Some(n) = n {
                assert!(
                    n.source.url().starts_with("http"),
                    "{} name needs a source",
                    p.id
                );
            }
        }
    }
}

#[test]
fn names_follow_the_date() {
    let a = atlas();
    let cases = [
        ("port_arthur", "1905-01-02", "Port Arthur"),
        ("port_arthur", "1905-01-03", "Ryojun"),
        ("dalny", "1905-02-10", "Dalny"),
        ("dalny", "1905-02-11", "Dairen"),
        ("seoul", "1910-09-30", "Seoul"),
        ("seoul", "1910-10-01", "Keijō"),
        ("chemulpo", "1910-10-01", "Jinsen"),
        ("korsakov", "1900-01-01", "Korsakov"),
        ("korsakov", "1910-01-01", "Ōtomari"),
        ("khabarovsk", "1890-01-01", "Khabarovka"),
        ("tokyo", "1860-01-01", "Edo"),
    ];
    for (place, date, starts) in cases {
        let n = name(a, place, date).unwrap_or_default();
        assert!(
            n.contains(starts),
            "{place} on {date} is '{n}', expected {starts}"
        );
    }
    // Not on the map before they were founded.
    assert_eq!(name(a, "vladivostok", "1860-07-01"), None);
    assert!(name(a, "vladivostok", "1860-07-02").is_some());
    assert_eq!(name(a, "harbin", "1897-12-31"), None);
    assert_eq!(name(a, "dalny", "1890-01-01"), None);
}

/// The Kurils and the straits a lesson on the 1855 and 1875 lines turns on are named places,
/// each on the piece it lies in (a strait at sea), and named in the Sakhalin view.
#[test]
fn the_kuril_islands_and_straits_are_places() {
    use frontier_atlas::data::PlaceKind;
    let a = atlas();
    let place = |id: &str| {
        a.places
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no place {id}"))
    };
    for (id, piece) in [
        ("kunashir", "kurils_south"),
        ("iturup", "kurils_south"),
        ("urup", "kurils_north"),
        ("simushir", "kurils_north"),
        ("shumshu", "kurils_north"),
        ("paramushir", "kurils_north"),
    ] {
        let p = place(id);
        assert_eq!(p.kind, PlaceKind::Island, "{id}");
        assert_eq!(p.piece.as_deref(), Some(piece), "{id}");
        assert!(name(a, id, "1855-01-01").is_some(), "{id} unnamed in 1855");
    }
    for id in ["friza_strait", "la_perouse_strait", "tatar_strait"] {
        assert_eq!(place(id).kind, PlaceKind::Strait, "{id}");
        assert_eq!(place(id).piece, None, "{id} is at sea");
    }
    assert_eq!(place("cape_lopatka").kind, PlaceKind::Cape);
    assert_eq!(place("cape_lopatka").piece.as_deref(), Some("kamchatka"));
    assert!(name(a, "friza_strait", "1855-01-01")
        .unwrap()
        .contains("Friza"));
    // A strait has no marker: its name is centred on the water, not beside a point.
    assert!(!PlaceKind::Strait.marked() && PlaceKind::Island.marked());

    // In the Sakhalin view of a 1280×720 screen they are named (the layout holds at every date):
    // in 1855 a student sees Iturup and Urup on either side of the Shimoda line in the Friza
    // strait, and Sakhalin's two straits.
    let (m, s) = map();
    let layout = s.label_layout(m, "en", 1.0);
    let level = level_for(0.66 * FocusView::SakhalinKurils.viewport().k);
    for id in [
        "kunashir",
        "iturup",
        "urup",
        "shumshu",
        "friza_strait",
        "la_perouse_strait",
        "tatar_strait",
    ] {
        let i = m.places.iter().position(|p| p.id == id).unwrap();
        assert!(
            layout.place(level, i).is_some(),
            "{id} unnamed in the Sakhalin view"
        );
    }
}

/// A battle is a dated marker: on the map from its first day until its war ended, and gone
/// after, not left standing to 1922.
#[test]
fn battles_show_from_their_first_day_until_their_war_ends() {
    use frontier_atlas::data::PlaceKind;
    let a = atlas();
    // The war's end the map uses: peace signed at Shimonoseki and at Portsmouth.
    let (sino, russo) = (d("1895-04-17"), d("1905-09-05"));
    let battles = [
        ("pyongyang_1894", "1894-09-15", sino),
        ("yalu_1894", "1894-09-17", sino),
        ("port_arthur_1894", "1894-11-21", sino),
        ("port_arthur_1904", "1904-08-19", russo),
        ("liaoyang_1904", "1904-08-24", russo),
        ("shaho_1904", "1904-10-05", russo),
        ("mukden_1905", "1905-02-20", russo),
        ("tsushima", "1905-05-27", russo),
    ];
    for (id, first, end) in battles {
        let p = a
            .places
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no battle {id}"));
        assert_eq!(p.kind, PlaceKind::Battle, "{id}");
        let first = d(first);
        assert!(
            p.name_at(Date::from_days(first.days() - 1)).is_none(),
            "{id} before its first day"
        );
        assert!(p.name_at(first).is_some(), "{id} on its first day");
        assert!(
            p.name_at(Date::from_days(end.days() - 1)).is_some(),
            "{id} the day before peace"
        );
        assert!(
            p.name_at(end).is_none(),
            "{id} still shown when its war had ended"
        );
        assert!(p.name_at(Date::LAST).is_none(), "{id} shown in 1922");
    }
    // Every battle on the map is one of these: none is left without an end.
    for p in a.places.iter().filter(|p| p.kind == PlaceKind::Battle) {
        assert!(
            battles.iter().any(|(id, _, _)| *id == p.id),
            "{} has no war's end checked",
            p.id
        );
    }
    assert!(name(a, "tsushima", "1905-06-01").is_some());
    assert_eq!(name(a, "tsushima", "1906-01-01"), None);

    let (m, s) = map();
    let layout = s.label_layout(m, "en", 1.0);
    // The Yalu in the Korea view, though Dalny (founded after that war) is written there later.
    let korea = level_for(0.66 * FocusView::Korea.viewport().k);
    let yalu = m.places.iter().position(|p| p.id == "yalu_1894").unwrap();
    assert!(
        layout.place(korea, yalu).is_some(),
        "the Yalu unnamed in the Korea view"
    );
    // Zoomed into Liaodong, the battles of its land war and the Yalu are named.
    let level = level_for(0.66 * FocusView::Liaodong.viewport().k);
    for id in ["yalu_1894", "liaoyang_1904", "shaho_1904", "mukden_1905"] {
        let i = m.places.iter().position(|p| p.id == id).unwrap();
        assert!(
            layout.place(level, i).is_some(),
            "{id} unnamed in the Liaodong view"
        );
    }
}

#[test]
fn places_lie_in_the_pieces_their_history_belongs_to() {
    let a = atlas();
    let piece_of = |place: &str| {
        let p = a.places.iter().find(|p| p.id == place).unwrap();
        a.pieces
            .iter()
            .find(|f| f.polygons.iter().any(|poly| polygon_contains(poly, p.at)))
            .map(|f| f.id.as_str())
    };
    assert_eq!(piece_of("port_arthur"), Some("kwantung"));
    assert_eq!(piece_of("dalny"), Some("kwantung_dalny"));
    assert_eq!(piece_of("mukden"), Some("fengtian_mukden"));
    assert_eq!(piece_of("liaoyang"), Some("fengtian_liaoyang"));
    assert_eq!(piece_of("vladivostok"), Some("primorye_south"));
    assert_eq!(piece_of("khabarovsk"), Some("ussuri_sea"));
    assert_eq!(piece_of("nikolayevsk"), Some("lower_amur"));
    assert_eq!(piece_of("hailar"), Some("hulunbuir"));
    assert_eq!(piece_of("seoul"), Some("korea"));
    assert_eq!(piece_of("blagoveshchensk"), Some("amur_left_bank"));
}

#[test]
fn piece_names_follow_the_date() {
    let a = atlas();
    let name = |piece: &str, date: &str| {
        let i = a.timeline.piece_index(piece).unwrap();
        a.piece_names[i].at(d(date)).unwrap().english().to_string()
    };
    assert!(!name("neutral_zone_1898", "1855-01-01").contains("Neutral"));
    assert!(name("neutral_zone_1898", "1898-05-07").contains("Neutral zone"));
    assert!(!name("kwantung", "1855-01-01").contains("Kwantung"));
    assert!(name("kwantung", "1898-03-28").contains("Kwantung"));
    assert!(!name("sakhalin_north", "1880-01-01").contains("50°"));
}

/// The text box of every shown label at a level, in pixels, for overlap checks.
fn boxes(a: &frontier_atlas::atlas::Atlas, s: &Scene, level: usize) -> Vec<(String, [f64; 4])> {
    let layout = s.label_layout(a, "en", 1.0);
    let e = LEVELS[level];
    let mut out = Vec::new();
    for (i, p) in a.places.iter().enumerate() {
        if let Some(side) = layout.place(level, i) {
            let font = fonts::PLACE[p.rank as usize - 1];
            let w = p
                .all_names()
                .map(|n| {
                    frontier_atlas::carto::placement::text_width(n.english(), font, p.rank == 1)
                })
                .fold(0.0, f64::max);
            let b = side.text_box(w, font * fonts::LINE);
            let [x, y] = [s.places[i].at[0] * e, s.places[i].at[1] * e];
            out.push((p.id.clone(), [b[0] + x, b[1] + y, b[2] + x, b[3] + y]));
        }
    }
    out
}

/// Whether two places are named on some same day (names change only on their change dates).
fn on_the_map_together(a: &frontier_atlas::atlas::Atlas, x: &str, y: &str) -> bool {
    let place = |id: &str| a.places.iter().find(|p| p.id == id).unwrap();
    let (x, y) = (place(x), place(y));
    x.names
        .changes()
        .iter()
        .chain(y.names.changes())
        .any(|(d, _)| x.name_at(*d).is_some() && y.name_at(*d).is_some())
}

/// Names never overlap on any day: a battle's name may lie where a town founded after its war
/// is written (the Yalu and Dalny), never where something on the map that day is.
#[test]
fn names_never_overlap_and_zooming_in_never_hides_one() {
    let (a, s) = map();
    let layout = s.label_layout(a, "en", 1.0);
    for (level, e) in LEVELS.iter().enumerate() {
        let b = boxes(a, s, level);
        for (i, (ida, ba)) in b.iter().enumerate() {
            for (idb, bb) in &b[i + 1..] {
                assert!(
                    !boxes_touch(*ba, *bb) || !on_the_map_together(a, ida, idb),
                    "{ida} and {idb} overlap at {e} px/unit"
                );
            }
        }
        if level + 1 < LEVELS.len() {
            for i in 0..a.places.len() {
                assert!(
                    layout.place(level, i).is_none() || layout.place(level + 1, i).is_some(),
                    "{} disappears when zooming in past level {level}",
                    a.places[i].id
                );
            }
        }
    }
}

#[test]
fn the_full_view_on_a_laptop_names_the_main_places_and_thins_the_rest() {
    let (a, s) = map();
    let layout = s.label_layout(a, "en", 1.0);
    // The whole map at 1280×720 is drawn at about 0.66 screen pixels per map unit.
    let level = level_for(0.66);
    let shown: Vec<&str> = (0..a.places.len())
        .filter(|i| layout.place(level, *i).is_some())
        .map(|i| a.places[i].id.as_str())
        .collect();
    for must in ["mukden", "harbin", "vladivostok", "seoul"] {
        assert!(
            shown.contains(&must),
            "{must} is not named at the full view: {shown:?}"
        );
    }
    // Port Arthur is named whenever Kwantung is in the story (taken in 1894, returned in 1895,
    // leased from 1898): by its own name, or, where that finds no room beside the Kwantung
    // marker, by the callout ("Kwantung (Port Arthur)").
    let pa = a.places.iter().position(|p| p.id == "port_arthur").unwrap();
    let kwantung = s
        .callouts
        .iter()
        .position(|c| a.areas.all()[c.area].id == "kwantung")
        .unwrap();
    assert!(a.areas.all()[s.callouts[kwantung].area]
        .name
        .english()
        .contains("Port Arthur"));
    let k = &s.callouts[kwantung];
    let in_story = a
        .timeline
        .event_dates()
        .filter(|day| k.wanted(&a.timeline, *day));
    let mut days = 0;
    for day in in_story {
        days += 1;
        assert!(
            layout.place(level, pa).is_some()
                || layout.callout(level, kwantung, day.days()).is_some(),
            "Port Arthur unnamed at the full view on {day:?}"
        );
    }
    assert!(days > 20, "Kwantung in the story on {days} event days");
    assert!(
        shown.len() < a.places.len(),
        "nothing thinned out at the full view"
    );
    // Zoomed into Liaodong, every place there is named.
    let liaodong = level_for(0.66 * FocusView::Liaodong.viewport().k);
    for id in [
        "port_arthur",
        "dalny",
        "yingkou",
        "haicheng",
        "liaoyang",
        "mukden",
    ] {
        let i = a.places.iter().position(|p| p.id == id).unwrap();
        assert!(
            layout.place(liaodong, i).is_some(),
            "{id} unnamed in the Liaodong view"
        );
    }
    // The region names are all up at the full view.
    for (i, l) in a.labels.iter().enumerate() {
        if l.kind == frontier_atlas::data::LabelKind::Region {
            assert!(layout.label(level, i).is_some(), "{}", l.text.english());
        }
    }
}

#[test]
fn borders_are_found_between_neighbours_and_hidden_while_held_alike() {
    let (a, s) = map();
    let idx = |id: &str| a.timeline.piece_index(id).unwrap();
    let between = |x: &str, y: &str| {
        let (i, j) = (idx(x).min(idx(y)), idx(x).max(idx(y)));
        s.borders
            .iter()
            .any(|b| (b.a, b.b) == (i, j) && b.d.starts_with('M'))
    };
    assert!(between("sakhalin_north", "sakhalin_south"));
    assert!(between("korea", "jilin") || between("korea", "liaodong_yalu"));
    // The fortress and Dalny's side are no longer neighbours: the siege ground of 30 July 1904
    // (the third review, 2026) lies between them.
    assert!(between("kwantung", "kwantung_siege"));
    assert!(between("kwantung_dalny", "kwantung_siege"));
    assert!(!between("korea", "sakhalin_north"));
    let held_alike = |x: &str, y: &str, date: &str| {
        let (cx, cy) = (
            a.timeline.control_at(idx(x), d(date)).unwrap(),
            a.timeline.control_at(idx(y), d(date)).unwrap(),
        );
        cx.same_hold(&cy)
    };
    // The 50th parallel is no border until Portsmouth.
    assert!(held_alike("sakhalin_north", "sakhalin_south", "1880-01-01"));
    assert!(!held_alike(
        "sakhalin_north",
        "sakhalin_south",
        "1906-01-01"
    ));
    // The lease line shows from 1898: Russia leasing, China beyond. Along the line the lease is
    // now the Pulandian-Pitzuwo piece.
    assert!(between("kwantung_pitzuwo", "neutral_zone_south"));
    assert!(held_alike(
        "kwantung_pitzuwo",
        "neutral_zone_south",
        "1890-01-01"
    ));
    assert!(!held_alike(
        "kwantung_pitzuwo",
        "neutral_zone_south",
        "1898-03-28"
    ));
}

#[test]
fn each_focus_view_frames_its_story() {
    let (a, s) = map();
    let place = |id: &str| s.places[a.places.iter().position(|p| p.id == id).unwrap()].at;
    let cases = [
        (
            FocusView::Liaodong,
            &["port_arthur", "dalny", "yingkou", "mukden", "antung"][..],
        ),
        (
            FocusView::SakhalinKurils,
            &["korsakov", "alexandrovsk", "hakodate"][..],
        ),
        (FocusView::Korea, &["seoul", "busan", "wonsan", "uiju"][..]),
        (
            FocusView::AmurUssuri,
            &[
                "vladivostok",
                "khabarovsk",
                "blagoveshchensk",
                "nikolayevsk",
                "harbin",
            ][..],
        ),
    ];
    for (view, places) in cases {
        let v = view.viewport();
        let [x0, y0, x1, y1] = v.visible_rect();
        assert!(v.k > 1.5, "{view:?} zooms in");
        for p in places {
            let [x, y] = place(p);
            assert!(x > x0 && x < x1 && y > y0 && y < y1, "{p} outside {view:?}");
        }
    }
    // Kwantung is large enough at the Liaodong view to show its pattern: over 80 map units wide
    // once zoomed, i.e. well over 100 px on a laptop.
    let k = FocusView::Liaodong.viewport().k;
    let kw = &s.pieces[a.timeline.piece_index("kwantung_dalny").unwrap()];
    assert!((kw.rect[2] - kw.rect[0]) * k > 80.0);
}

/// The index of area `id`'s callout.
fn callout(s: &Scene, a: &frontier_atlas::atlas::Atlas, id: &str) -> usize {
    s.callouts
        .iter()
        .position(|c| a.areas.all()[c.area].id == id)
        .unwrap_or_else(|| panic!("no callout for {id}"))
}

/// Kwantung, a few pixels across at a projector's whole view, is called out there while it is
/// held apart from the land around it (occupied in 1894–95, leased from 1898), in Japan's colour
/// and the lease's pattern in 1906, and not once zoomed in far enough to read on its own.
#[test]
fn kwantung_is_called_out_while_small_and_wanted() {
    let (a, s) = map();
    let t = &a.timeline;
    let i = callout(s, a, "kwantung");
    let k = &s.callouts[i];
    let layout = s.label_layout(a, "en", 1.0);
    let projector = level_for(0.65);
    // Small at a projector's whole view and a phone's, readable at the Liaodong view.
    assert!(k.small_at(0.65) && k.small_at(0.37));
    assert!(!k.small_at(0.65 * FocusView::Liaodong.viewport().k));
    assert!(layout
        .callout(projector, i, d("1906-06-01").days())
        .is_some());
    assert_eq!(
        layout.callout(level_for(4.0), i, d("1906-06-01").days()),
        None
    );
    // Wanted: occupied by Japan in the war of 1894, leased to Russia, then to Japan.
    assert!(k.wanted(t, d("1895-01-01")));
    assert!(k.wanted(t, d("1899-01-01")) && k.wanted(t, d("1906-06-01")));
    // Not wanted: Qing land like the land around it, before the war and after the return.
    assert!(!k.wanted(t, d("1880-06-01")) && !k.wanted(t, d("1897-01-01")));
    assert_eq!(layout.callout(projector, i, d("1880-06-01").days()), None);
    // The marker shows the lease.
    let shown = k.shown_piece(t, d("1906-06-01"));
    let hold = t.control_at(shown, d("1906-06-01")).unwrap();
    assert_eq!(hold.power, frontier_atlas::model::Power::Japan);
    assert_eq!(hold.status, frontier_atlas::model::Status::Lease);
}

/// A callout's marker lies off its area, in the sea for the leases of 1898, and no place's name
/// at a projector's whole view covers a marker shown that day.
#[test]
fn callout_markers_lie_off_their_areas_and_no_name_covers_one() {
    let (a, s) = map();
    let layout = s.label_layout(a, "en", 1.0);
    let level = level_for(0.65);
    let e = LEVELS[level];
    let day = d("1900-06-01");
    for (i, c) in s.callouts.iter().enumerate() {
        let [x, y] = [
            c.at[0] * e + c.offset_px()[0],
            c.at[1] * e + c.offset_px()[1],
        ];
        let r = frontier_atlas::scene::callout::RADIUS_PX;
        let marker = [x - r, y - r, x + r, y + r];
        let area = [
            (c.at[0] - c.size / 2.0) * e,
            (c.at[1] - c.size / 2.0) * e,
            (c.at[0] + c.size / 2.0) * e,
            (c.at[1] + c.size / 2.0) * e,
        ];
        let id = &a.areas.all()[c.area].id;
        assert!(!boxes_touch(marker, area), "{id}'s marker lies on its area");
        if layout.callout(level, i, day.days()).is_none() || !c.wanted(&a.timeline, day) {
            continue;
        }
        for (place, b) in boxes(a, s, level) {
            let named = a
                .places
                .iter()
                .find(|p| p.id == place)
                .unwrap()
                .name_at(day);
            assert!(
                named.is_none() || !boxes_touch(b, marker),
                "{place}'s name covers the {id} callout in 1900"
            );
        }
    }
    let called = |id: &str, e: f64| {
        layout
            .callout(level_for(e), callout(s, a, id), day.days())
            .is_some()
    };
    // Kwantung at the whole view; Weihaiwei and Kiautschou too a little closer.
    assert!(called("kwantung", 0.65), "Kwantung called out in 1900");
    assert!(
        called("weihaiwei", 1.0) && called("kiautschou", 1.0),
        "the leases of 1898 called out"
    );
}

/// The places a change names are written on the map while it is in force: in every focus view
/// they lie in, always; at the whole view, wherever the small pieces and callouts of the story
/// leave room (the Kwantung towns are named by its callout there). On a phone, a projector and
/// a laptop, with normal and presentation text; no two place names shown that day overlap.
#[test]
fn the_places_of_the_change_in_force_are_named_on_its_days() {
    let (a, s) = map();
    let (mut whole, mut whole_named) = (0, 0);
    for (scale, screens) in [(1.0, [0.37, 0.65, 0.66]), (1.4, [0.45, 0.65, 0.8])] {
        let layout = s.label_layout(a, "en", scale);
        for e in screens {
            for view in std::iter::once(None).chain(FocusView::ALL.map(Some)) {
                let level = level_for(e * view.map_or(1.0, |v| v.viewport().k));
                for event in a.timeline.events() {
                    let day = event.date.days();
                    let shown = |i: usize| layout.place_on(level, i, day).is_some();
                    for id in &event.places {
                        let i = a.places.iter().position(|p| &p.id == id).unwrap();
                        let Some(v) = view else {
                            whole += 1;
                            whole_named += usize::from(shown(i));
                            continue;
                        };
                        // In the view, clear of its edges (a name there is the next view's).
                        let [w, so, ea, n] = v.lonlat_box();
                        let [dx, dy] = [(ea - w) * 0.08, (n - so) * 0.08];
                        let [x, y] = s.places[i].lonlat;
                        if (w + dx..=ea - dx).contains(&x) && (so + dy..=n - dy).contains(&y) {
                            assert!(
                                shown(i),
                                "{id} unnamed on {:?} in {v:?} at {e} px/unit, text ×{scale}",
                                event.date
                            );
                        }
                    }
                    // Nothing shown that day overlaps.
                    let e = LEVELS[level];
                    let boxes: Vec<(usize, [f64; 4])> = (0..a.places.len())
                        .filter(|&i| a.places[i].name_at(event.date).is_some())
                        .filter_map(|i| layout.place_on(level, i, day).map(|side| (i, side)))
                        .map(|(i, side)| {
                            let p = &a.places[i];
                            let font = fonts::PLACE[p.rank as usize - 1] * scale;
                            let w = p
                                .all_names()
                                .map(|n| {
                                    frontier_atlas::carto::placement::text_width(
                                        n.english(),
                                        font,
                                        p.rank == 1,
                                    )
                                })
                                .fold(0.0, f64::max);
                            let b = side.text_box(w, font * fonts::LINE);
                            let [x, y] = [s.places[i].at[0] * e, s.places[i].at[1] * e];
                            (i, [b[0] + x, b[1] + y, b[2] + x, b[3] + y])
                        })
                        .collect();
                    for (k, (i, b)) in boxes.iter().enumerate() {
                        for (j, c) in &boxes[k + 1..] {
                            assert!(
                                !boxes_touch(*b, *c),
                                "{} and {} overlap on {:?} at {e} px/unit",
                                a.places[*i].id,
                                a.places[*j].id,
                                event.date
                            );
                        }
                    }
                }
            }
        }
    }
    // Before the places of the change in force were placed over the layout, half were named at
    // the whole view; now most are.
    let share = whole_named as f64 / whole as f64;
    assert!(
        share >= 0.75,
        "only {whole_named} of {whole} named at the whole view"
    );
    eprintln!("whole view: {whole_named} of {whole} named");
}
