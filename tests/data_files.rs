//! The committed data in geo/: it loads, its geometry is sound, and bad data is reported clearly.

use frontier_atlas::carto::area::polygon_area_km2;
use frontier_atlas::carto::contains::{distance_to_boundary, polygon_contains};
use frontier_atlas::data::{bundled, load, Feature, Sources};

fn atlas() -> frontier_atlas::data::Atlas {
    bundled::atlas().unwrap_or_else(|problems| {
        panic!(
            "geo/ fails validation:\n{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn piece<'a>(a: &'a frontier_atlas::data::Atlas, id: &str) -> &'a Feature {
    a.pieces
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no piece {id}"))
}

#[test]
fn committed_data_passes_every_check() {
    let a = atlas();
    assert!(a.pieces.len() >= 18, "only {} pieces", a.pieces.len());
    assert!(!a.backdrop.is_empty() && !a.labels.is_empty());
}

#[test]
fn the_foundation_pieces_are_all_there() {
    let a = atlas();
    for id in [
        "sakhalin_north",
        "sakhalin_south",
        "kurils_north",
        "kurils_south",
        "kwantung",
        "inner_manchuria",
        "amur_left_bank",
        "ussuri_sea",
        "korea",
        "japan_home",
        "hokkaido",
        "china_proper",
        "siberia",
        "kamchatka",
    ] {
        piece(&a, id);
    }
}

#[test]
fn kwantung_is_drawn_within_three_percent_of_its_treaty_area() {
    let a = atlas();
    let k = piece(&a, "kwantung");
    let area: f64 = k.polygons.iter().map(|p| polygon_area_km2(p)).sum();
    assert!(
        (area - 3462.5).abs() / 3462.5 < 0.03,
        "Kwantung is drawn at {area:.0} km²"
    );
}

#[test]
fn every_kuril_island_of_natural_earth_survives_simplification() {
    // Natural Earth 10m has 18 Kuril islands in admin-0 and three more Habomai islets in land-10m.
    let a = atlas();
    let islands =
        piece(&a, "kurils_north").polygons.len() + piece(&a, "kurils_south").polygons.len();
    assert_eq!(islands, 21);
}

#[test]
fn places_fall_in_the_pieces_history_puts_them_in() {
    let a = atlas();
    let cases = [
        ([121.26, 38.81], "kwantung"),           // Port Arthur (Lüshun)
        ([121.61, 38.91], "kwantung"),           // Dalian
        ([122.0, 39.63], "neutral_zone_1898"),   // Wafangdian
        ([122.24, 40.66], "liaodong_1895"),      // Yingkou
        ([123.43, 41.80], "inner_manchuria"),    // Mukden
        ([126.63, 45.75], "inner_manchuria"),    // Harbin
        ([121.13, 41.10], "fengtian_southwest"), // Jinzhou (Liaoxi)
        ([131.89, 43.12], "ussuri_sea"),         // Vladivostok
        ([135.07, 48.48], "ussuri_sea"),         // Khabarovsk, right bank
        ([127.53, 50.26], "amur_left_bank"),     // Blagoveshchensk
        ([140.73, 53.14], "amur_left_bank"),     // Nikolayevsk, left bank
        ([142.73, 46.96], "sakhalin_south"),     // Korsakov area (Yuzhno-Sakhalinsk)
        ([142.16, 50.89], "sakhalin_north"),     // Alexandrovsk-Sakhalinsky
        ([146.68, 43.81], "kurils_south"),       // Shikotan
        ([147.9, 45.2], "kurils_south"),         // Iturup
        ([150.1, 45.9], "kurils_north"),         // Urup
        ([156.2, 50.7], "kurils_north"),         // Shumshu
        ([126.98, 37.57], "korea"),              // Seoul
        ([141.35, 43.06], "hokkaido"),           // Sapporo
        ([139.69, 35.69], "japan_home"),         // Tokyo
        ([116.4, 39.9], "china_proper"),         // Peking
    ];
    for (at, want) in cases {
        let hits: Vec<&str> = a
            .pieces
            .iter()
            .filter(|p| p.polygons.iter().any(|poly| polygon_contains(poly, at)))
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(hits, vec![want], "{at:?}");
    }
}

#[test]
fn pieces_do_not_overlap() {
    // Shared edges are identical after simplification, so no vertex of one piece may lie inside
    // another, except on the other's boundary.
    let a = atlas();
    let bbox = |f: &Feature| {
        let pts = f.polygons.iter().flatten().flatten();
        pts.fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        })
    };
    let boxes: Vec<[f64; 4]> = a.pieces.iter().map(bbox).collect();
    for (i, pa) in a.pieces.iter().enumerate() {
        for (j, pb) in a.pieces.iter().enumerate() {
            let (ba, bb) = (boxes[i], boxes[j]);
            if i == j || ba[0] > bb[2] || bb[0] > ba[2] || ba[1] > bb[3] || bb[1] > ba[3] {
                continue;
            }
            for v in pa.polygons.iter().flatten().flatten() {
                for poly in &pb.polygons {
                    if polygon_contains(poly, *v) && distance_to_boundary(poly, *v) > 1e-6 {
                        panic!("{} has a point {v:?} inside {}", pa.id, pb.id);
                    }
                }
            }
        }
    }
}

/// The committed files with one of them replaced.
fn with_replaced(
    which: &str,
    text: &str,
) -> Result<frontier_atlas::data::Atlas, Vec<frontier_atlas::data::DataError>> {
    let b = bundled::sources();
    let pick = |name: &'static str, orig: (&'static str, &'static str)| {
        if name == which {
            (orig.0, text)
        } else {
            orig
        }
    };
    let owned = [
        pick("pieces", b.pieces),
        pick("backdrop", b.backdrop),
        pick("labels", b.labels),
        pick("events", b.events),
    ];
    load(&Sources {
        pieces: owned[0],
        backdrop: owned[1],
        labels: owned[2],
        events: owned[3],
    })
}

#[test]
fn a_malformed_feature_is_reported_with_file_feature_and_reason() {
    let b = bundled::sources();
    // A point where a piece should be, a ring too short to be land, and a stray property.
    let broken = b
        .pieces
        .1
        .replacen(r#""type":"MultiPolygon""#, r#""type":"Point""#, 1);
    let errs = with_replaced("pieces", &broken).unwrap_err();
    assert_eq!(errs[0].file, "geo/pieces.geojson");
    assert_eq!(errs[0].item.as_deref(), Some("kurils_north"));
    assert!(
        errs[0].reason.contains("not a valid GeoJSON feature"),
        "{errs:?}"
    );

    // Nothing is lost: the other features still load, so their events are not reported as dangling.
    assert!(
        errs.iter().all(|e| e.to_string().contains("kurils_north")),
        "{errs:?}"
    );

    let line = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"wall","name":"Wall","region":"context"},"geometry":{"type":"LineString","coordinates":[[120,40],[121,40]]}}]}"#;
    let errs = with_replaced("backdrop", line).unwrap_err();
    assert!(errs.iter().any(|e| e.to_string() == "geo/backdrop.geojson: 'wall': geometry is a LineString; only Polygon and MultiPolygon are allowed"), "{errs:?}");

    let collapsed = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"speck","name":"Speck","region":"context"},"geometry":{"type":"Polygon","coordinates":[[[130,40],[130.0000001,40],[130,40]]]}}]}"#;
    let errs = with_replaced("backdrop", collapsed).unwrap_err();
    assert!(errs.iter().any(|e| e.to_string() == "geo/backdrop.geojson: 'speck': polygon 1 ring 1 has 3 positions; a ring needs at least 4"), "{errs:?}");

    let stray = b
        .labels
        .1
        .replacen(r#""kind":"region""#, r#""kind":"region","colour":"red""#, 1);
    let errs = with_replaced("labels", &stray).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.file == "geo/labels.geojson" && e.reason.contains("colour")),
        "{errs:?}"
    );
}

#[test]
fn event_problems_are_all_listed_not_just_the_first() {
    let b = bundled::sources();
    let broken = b
        .events
        .1
        .replacen(r#""piece": "korea""#, r#""piece": "koreaa""#, 1)
        .replacen(r#""date": "1860-11-14""#, r#""date": "1860-11-31""#, 1);
    let errs = with_replaced("events", &broken).unwrap_err();
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("'koreaa', which is not a piece")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("treaty_of_peking_1860") && t.contains("1860-11-31")),
        "{text:?}"
    );
}
