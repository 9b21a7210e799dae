//! The committed data in geo/: it loads, its geometry is sound, and bad data is reported clearly.

use frontier_atlas::carto::area::polygon_area_km2;
use frontier_atlas::carto::contains::polygon_contains;
use frontier_atlas::data::{
    bundled, load, validate, Coherence, DataError, DataErrorKind, DataFile, Feature, RingAt,
};

fn atlas() -> &'static frontier_atlas::data::Dataset {
    bundled::shared()
}

fn piece<'a>(a: &'a frontier_atlas::data::Dataset, id: &str) -> &'a Feature {
    a.pieces
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no piece {id}"))
}

#[test]
fn committed_data_passes_every_check() {
    let a = atlas();
    assert!(a.pieces.len() >= 37, "only {} pieces", a.pieces.len());
    assert!(!a.labels.is_empty() && !a.places.is_empty());
}

/// The app starts from geo/atlas.bin and geo/texts-*.bin: a change to the data that is not
/// compiled would put stale history in front of a class.
#[test]
fn the_compiled_files_the_app_starts_from_match_the_data() {
    let files = atlas().compile().named();
    assert_eq!(
        files.len(),
        6,
        "atlas.bin and five languages' texts (English: the cards' texts)"
    );
    for (name, bytes) in files {
        assert!(
            std::fs::read(format!("geo/{name}")).ok() == Some(bytes),
            "geo/{name} is out of date with geo/: run `cargo run --bin atlas -- compile`"
        );
    }
}

/// The first view downloads the words the map shows; a card's texts in English (accounts,
/// notes, sources) come in texts-en.bin, and read back whole once it is installed. The only test
/// of this binary that installs a table.
#[test]
fn the_cards_english_comes_in_a_table_of_its_own_and_reads_back_whole() {
    use frontier_atlas::model::localized::install_translations;
    use frontier_atlas::wire::Compiled;
    let files = atlas().compile();
    let compiled = Compiled::decode(&files.atlas).unwrap();
    let native = &bundled::shared_map().0;
    let (events, first) = (native.timeline.events(), compiled.atlas.timeline.events());
    assert_eq!(events.len(), first.len());
    // In the first view: every title, and no account, summary or source.
    for (e, f) in events.iter().zip(first) {
        assert_eq!(f.title.get("en"), e.title.get("en"));
        assert_eq!(
            (f.summary.get("en"), f.text.get("en")),
            ("", ""),
            "{}",
            e.id
        );
        assert!(f
            .sources
            .iter()
            .all(|s| s.title().is_empty() && s.url().is_empty()));
    }
    let (_, en) = files.texts.iter().find(|(l, _)| *l == "en").unwrap();
    install_translations("en", compiled.decode_texts("en", en).unwrap().rows);
    for (e, f) in events.iter().zip(first) {
        assert_eq!(f.summary.get("en"), e.summary.get("en"), "{}", e.id);
        assert_eq!(f.text.get("en"), e.text.get("en"), "{}", e.id);
        assert_eq!(f.sources.len(), e.sources.len());
        for (s, g) in e.sources.iter().zip(&f.sources) {
            assert_eq!((g.title(), g.url()), (s.title(), s.url()), "{}", e.id);
        }
        // Another language still falls back to the English it lacks.
        assert!(!f.text.get("ko").is_empty(), "{}", e.id);
    }
    for (t, g) in native
        .glossary
        .terms()
        .iter()
        .zip(compiled.atlas.glossary.terms())
    {
        assert_eq!(g.definition.get("en"), t.definition.get("en"));
    }
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
        "heilongjiang",
        "jilin",
        "amur_left_bank",
        "ussuri_sea",
        "korea",
        "japan_home",
        "hokkaido",
        "china_proper",
        "siberia",
        "kamchatka",
    ] {
        piece(a, id);
    }
}

#[test]
fn kwantung_is_drawn_within_three_percent_of_its_treaty_area() {
    // The lease is five pieces, split where its towns fell on different days in 1894 and 1904:
    // Jinzhou, the Pulandian-Pitzuwo belt, Dalny's side, the siege ground (30 July 1904) and the
    // fortress.
    let a = atlas();
    let parts: Vec<&Feature> = a
        .pieces
        .iter()
        .filter(|p| p.group.as_deref() == Some("kwantung"))
        .collect();
    assert_eq!(
        parts.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        [
            "kwantung_jinzhou",
            "kwantung_pitzuwo",
            "kwantung_dalny",
            "kwantung_siege",
            "kwantung"
        ]
    );
    let area: f64 = parts
        .iter()
        .flat_map(|p| &p.polygons)
        .map(|p| polygon_area_km2(p))
        .sum();
    assert!(
        (area - 3462.5).abs() / 3462.5 < 0.03,
        "Kwantung is drawn at {area:.0} km²"
    );
}

#[test]
fn every_kuril_island_of_natural_earth_survives_simplification() {
    // Natural Earth 10m has 18 Kuril islands in admin-0 and three more Habomai islets in land-10m.
    let a = atlas();
    let islands = piece(a, "kurils_north").polygons.len() + piece(a, "kurils_south").polygons.len();
    assert_eq!(islands, 21);
}

#[test]
fn places_fall_in_the_pieces_history_puts_them_in() {
    let a = atlas();
    let cases = [
        ([121.26, 38.81], "kwantung"),              // Port Arthur (Lüshun)
        ([121.61, 38.91], "kwantung_dalny"),        // Dalian
        ([121.97, 39.40], "kwantung_pitzuwo"),      // Pulandian, kept inside the lease line
        ([121.717, 39.10], "kwantung_jinzhou"),     // Jinzhou (Kinchow), by Nanshan
        ([121.45, 38.95], "kwantung_siege"),        // the hills outside the Port Arthur fortress
        ([122.2, 39.52], "neutral_zone_south"),     // just north of the lease line
        ([122.0, 39.63], "neutral_zone_1898"),      // Wafangdian
        ([124.07, 40.46], "liaodong_yalu"),         // Fenghuang
        ([124.395, 40.129], "liaodong_antung"),     // Antung (Dandong)
        ([122.24, 40.66], "liaodong_yingkou"),      // Yingkou
        ([122.35, 40.40], "liaodong_gaizhou"),      // Gaizhou, north of the neutral zone's line
        ([122.8, 40.5], "liaodong_1895"),           // the hills between Gaizhou and Xiuyan
        ([123.2, 40.15], "neutral_zone_xiuyan"),    // south of Xiuyan
        ([120.45, 41.57], "rehe"),                  // Chaoyang, beyond the Willow Palisade
        ([127.49, 50.24], "heilongjiang_amur"),     // Sakhalyan (Heihe)
        ([119.74, 49.21], "hulunbuir"),             // Hailar
        ([106.9, 47.9], "mongolia"),                // Urga
        ([122.75, 40.85], "liaodong_haicheng"),     // Haicheng, inside the 1895 line
        ([123.65, 40.73], "fengtian_motienling"),   // Motienling pass
        ([123.17, 41.27], "fengtian_liaoyang"),     // Liaoyang
        ([123.5, 41.55], "fengtian_shaho"),         // between Liaoyang and Mukden
        ([123.43, 41.80], "fengtian_mukden"),       // Mukden
        ([123.84, 42.29], "fengtian_tieling"),      // Tieling
        ([123.35, 42.75], "fengtian_kangping"),     // Kangping, west of the Liao
        ([121.65, 42.0], "rehe"),                   // Fuxin, a Mongol banner, not Fengtian
        ([122.54, 42.38], "fengtian_zhangwu"),      // Zhangwu, Fengtian beyond the palisade
        ([125.32, 43.88], "jilin"),                 // Changchun (Kuanchengzi)
        ([126.63, 45.75], "heilongjiang"),          // Harbin
        ([121.13, 41.10], "fengtian_southwest"),    // Jinzhou (Liaoxi)
        ([131.89, 43.12], "primorye_south"),        // Vladivostok
        ([135.07, 48.48], "ussuri_sea"),            // Khabarovsk, right bank
        ([127.53, 50.26], "amur_left_bank"),        // Blagoveshchensk
        ([140.73, 53.14], "lower_amur"),            // Nikolayevsk
        ([142.73, 46.96], "sakhalin_south"),        // Korsakov area (Yuzhno-Sakhalinsk)
        ([142.16, 50.89], "sakhalin_alexandrovsk"), // Alexandrovsk-Sakhalinsky
        ([140.77, 51.475], "lower_amur_right"),     // De-Kastri, on the right bank
        ([146.68, 43.81], "kurils_south"),          // Shikotan
        ([147.9, 45.2], "kurils_south"),            // Iturup
        ([150.1, 45.9], "kurils_north"),            // Urup
        ([156.2, 50.7], "kurils_north"),            // Shumshu
        ([126.98, 37.57], "korea"),                 // Seoul
        ([127.31, 34.03], "port_hamilton"),         // Port Hamilton (Geomundo)
        ([129.25, 34.30], "tsushima"),              // Tsushima, by Aso Bay
        ([141.35, 43.06], "hokkaido"),              // Sapporo
        ([139.69, 35.69], "japan_home"),            // Tokyo
        ([116.4, 39.9], "china_proper"),            // Peking
        ([120.32, 36.07], "kiautschou"),            // Tsingtao
        ([122.12, 37.50], "weihaiwei"),             // Weihaiwei
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
    // another deeper than the 0.001° the coordinates are stored to.
    let a = atlas();
    let mut problems = Vec::new();
    validate::check_overlaps("geo/pieces.geojson", &a.pieces, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn an_overlap_is_found_and_named() {
    let a = atlas();
    let mut pieces = a.pieces.clone();
    // Move Korea 0.2° north-west, into Manchuria.
    let korea = pieces.iter_mut().find(|p| p.id == "korea").unwrap();
    for v in korea.polygons.iter_mut().flatten().flatten() {
        v[0] -= 0.2;
        v[1] += 0.2;
    }
    let mut problems = Vec::new();
    validate::check_overlaps("geo/pieces.geojson", &pieces, &mut problems);
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .starts_with("geo/pieces.geojson: 'korea': reaches into 'jilin'")),
        "{problems:?}"
    );
}

/// The committed files with one of them replaced.
fn with_replaced(
    which: DataFile,
    text: &str,
) -> Result<frontier_atlas::data::Dataset, Vec<DataError>> {
    load(&bundled::sources().replaced(which, text.to_string()))
}

#[test]
fn a_malformed_feature_is_reported_with_file_feature_and_reason() {
    let b = bundled::sources();
    // A point where a piece should be, a ring too short to be land, and a stray property.
    let broken =
        b.get(DataFile::Pieces)
            .1
            .replacen(r#""type":"MultiPolygon""#, r#""type":"Point""#, 1);
    let errs = with_replaced(DataFile::Pieces, &broken).unwrap_err();
    assert_eq!(errs[0].file, "geo/pieces.geojson");
    assert_eq!(errs[0].item.as_deref(), Some("kurils_north"));
    assert!(
        matches!(errs[0].kind, DataErrorKind::BadFeature(_)),
        "{errs:?}"
    );

    // Nothing is lost: the other features still load, so their events are not reported as dangling.
    assert!(
        errs.iter().all(|e| e.to_string().contains("kurils_north")),
        "{errs:?}"
    );

    let line = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"wall","name":"Wall","region":"context"},"geometry":{"type":"LineString","coordinates":[[120,40],[121,40]]}}]}"#;
    let errs = with_replaced(DataFile::Backdrop, line).unwrap_err();
    assert!(
        errs.iter().any(|e| e.item.as_deref() == Some("wall")
            && matches!(&e.kind, DataErrorKind::WrongGeometry { found, .. } if found == "LineString")),
        "{errs:?}"
    );

    let collapsed = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"speck","name":"Speck","region":"context"},"geometry":{"type":"Polygon","coordinates":[[[130,40],[130.0000001,40],[130,40]]]}}]}"#;
    let errs = with_replaced(DataFile::Backdrop, collapsed).unwrap_err();
    assert!(
        errs.iter().any(|e| e.file == "geo/backdrop.geojson"
            && e.item.as_deref() == Some("speck")
            && e.kind
                == DataErrorKind::RingTooShort(
                    RingAt {
                        polygon: 1,
                        ring: 1
                    },
                    3
                )),
        "{errs:?}"
    );

    let stray = b.get(DataFile::Labels).1.replacen(
        r#""kind":"region""#,
        r#""kind":"region","colour":"red""#,
        1,
    );
    let errs = with_replaced(DataFile::Labels, &stray).unwrap_err();
    assert!(
        errs.iter().any(|e| e.file == "geo/labels.geojson"
            && matches!(&e.kind, DataErrorKind::BadProperties(why) if why.contains("colour"))),
        "{errs:?}"
    );
}

#[test]
fn event_problems_are_all_listed_not_just_the_first() {
    let b = bundled::sources();
    let broken = b
        .get(DataFile::Events)
        .1
        .replacen(r#""piece": "korea""#, r#""piece": "koreaa""#, 1)
        .replacen(r#""date": "1860-11-14""#, r#""date": "1860-11-31""#, 1);
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.kind == DataErrorKind::UnknownPiece("koreaa".into())),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.item.as_deref() == Some("treaty_of_peking_1860")
                && e.kind == DataErrorKind::BadDate("1860-11-31".into())),
        "{errs:?}"
    );
}

#[test]
fn railway_periods_that_overlap_or_lack_a_source_are_reported() {
    let b = bundled::sources();
    let broken = b.get(DataFile::Railways).1.replacen(
        r#""until": "1920-10-02""#,
        r#""until": "1921-01-01""#,
        1,
    );
    let errs = with_replaced(DataFile::Railways, &broken).unwrap_err();
    assert!(
        errs.iter().any(|e| e.item.as_deref() == Some("cer_main")
            && matches!(e.kind, DataErrorKind::PeriodsOverlap { first, .. } if first.to_string() == "1901-11-03")),
        "{errs:?}"
    );
    let line = |periods: &str| {
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"rail","name":"Rail","periods":[{periods}]}},"geometry":{{"type":"LineString","coordinates":[[123,41],[124,42]]}}}}]}}"#
        )
    };
    let unsourced = line(r#"{"from":"1903-07-14","operator":"russia","note":"n","sources":[]}"#);
    let errs = with_replaced(DataFile::Railways, &unsourced).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.item.as_deref() == Some("rail") && e.kind == DataErrorKind::NeedsSource),
        "{errs:?}"
    );
    let errs = with_replaced(DataFile::Railways, &line("")).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.item.as_deref() == Some("rail") && e.kind == DataErrorKind::NoPeriods),
        "{errs:?}"
    );
}

#[test]
fn a_broken_event_is_named_and_the_others_still_load() {
    // Drop the title of one event: only that event is reported, with no knock-on noise.
    let broken = events_edited(|v| {
        event_mut(v, "treaty_of_aigun")
            .as_object_mut()
            .unwrap()
            .remove("title");
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].item.as_deref(), Some("treaty_of_aigun"));
    assert!(
        matches!(&errs[0].kind, DataErrorKind::BadEvent(why) if why.contains("title")),
        "{errs:?}"
    );
}

/// The committed events with one edit made through JSON, not text.
fn events_edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(bundled::sources().get(DataFile::Events).1).unwrap();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

fn event_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["events"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["id"] == id)
        .unwrap()
}

#[test]
fn incoherent_statuses_and_same_day_changes_are_refused() {
    // An occupation with no other sovereign: Japan would be occupying its own land.
    let own = events_edited(|v| {
        let change = &mut event_mut(v, "port_arthur_surrender")["changes"][0];
        change.as_object_mut().unwrap().remove("sovereign");
    });
    let errs = with_replaced(DataFile::Events, &own).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.item.as_deref() == Some("port_arthur_surrender")
                && matches!(
                    &e.kind,
                    DataErrorKind::Incoherent {
                        rule: Coherence::ForeignTitle,
                        ..
                    }
                )),
        "{errs:?}"
    );
    // Korea changed by two events on one day.
    let twice =
        events_edited(|v| event_mut(v, "japan_korea_annexation")["date"] = "1905-11-17".into());
    let errs = with_replaced(DataFile::Events, &twice).unwrap_err();
    assert!(
        errs.iter().any(|e| matches!(&e.kind,
            DataErrorKind::SameDay { piece, date, other }
                if piece == "korea" && date.to_string() == "1905-11-17" && other == "eulsa_treaty")),
        "{errs:?}"
    );
}

#[test]
fn a_condominium_the_map_cannot_draw_is_refused() {
    // Ussuri 1858–60 was China and Russia's; make it China and Japan's, a pair with no stripes.
    let broken = events_edited(|v| {
        let change = &mut event_mut(v, "treaty_of_aigun")["changes"];
        let ussuri = change
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|c| c["piece"] == "ussuri_sea")
            .unwrap();
        ussuri["sovereign"] = serde_json::json!(["china", "japan"]);
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.item.as_deref() == Some("treaty_of_aigun")
                && matches!(&e.kind, DataErrorKind::CondominiumWithoutPattern { piece, pair }
                if piece == "ussuri_sea" && pair == "china;japan")),
        "{errs:?}"
    );
}

#[test]
fn an_event_must_change_a_piece_or_say_where_it_happened() {
    let broken = events_edited(|v| {
        event_mut(v, "battle_of_tsushima_1905")
            .as_object_mut()
            .unwrap()
            .remove("about");
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].kind, DataErrorKind::ChangesNothing);
    assert_eq!(errs[0].item.as_deref(), Some("battle_of_tsushima_1905"));
}

#[test]
fn an_event_naming_an_unknown_place_or_one_not_yet_named_is_reported() {
    // Tieling exists; "tie_ling" does not; Harbin was founded in 1898, after Tsushima.
    let broken = events_edited(|v| {
        event_mut(v, "tieling_taken_1905")["places"] = serde_json::json!(["tie_ling"]);
        event_mut(v, "treaty_of_aigun")["places"] = serde_json::json!(["aigun", "harbin"]);
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert_eq!(errs[0].file, "geo/events.json");
    assert_eq!(errs[0].item.as_deref(), Some("treaty_of_aigun"));
    assert_eq!(
        errs[0].kind,
        DataErrorKind::PlaceUnnamedOnDate("harbin".into())
    );
    assert_eq!(errs[1].item.as_deref(), Some("tieling_taken_1905"));
    assert_eq!(errs[1].kind, DataErrorKind::UnknownPlace("tie_ling".into()));
    assert!(errs[1]
        .to_string()
        .contains("'tie_ling', which is not in places.geojson"));
}

#[test]
fn a_holder_without_a_named_government_is_reported() {
    // Drop the Far Eastern Republic in Primorye: for 1920-12-12..1921-05-26 no Russian government.
    let regimes: serde_json::Value =
        serde_json::from_str(bundled::sources().get(DataFile::Regimes).1).unwrap();
    let mut edited = regimes.clone();
    edited["regimes"]
        .as_array_mut()
        .unwrap()
        .retain(|r| r["id"] != "far_eastern_republic_primorye");
    let errs =
        with_replaced(DataFile::Regimes, &serde_json::to_string(&edited).unwrap()).unwrap_err();
    assert!(!errs.is_empty(), "{errs:?}");
    assert!(
        errs.iter().any(|e| e.item.as_deref() == Some("ussuri_sea")),
        "{errs:?}"
    );
    assert!(
        errs.iter().all(
            |e| matches!(&e.kind, DataErrorKind::NoRegime { power, date }
            if power == "russia" && date.to_string() == "1920-12-12")
        ),
        "{errs:?}"
    );
}

/// geo/places.geojson as JSON, to edit.
fn places_json() -> serde_json::Value {
    serde_json::from_str(bundled::sources().get(DataFile::Places).1).unwrap()
}

/// One place's feature in the edited file.
fn place_mut<'a>(places: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    places["features"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["properties"]["id"] == id)
        .unwrap_or_else(|| panic!("no place {id}"))
}

#[test]
fn a_place_name_without_a_source_or_out_of_order_is_reported() {
    let mut edited = places_json();
    let port = place_mut(&mut edited, "port_arthur");
    // Its periods: Lüshunkou (to August 1860), Port Arthur (to 1905), Ryojun. Pull the last one
    // back into the second.
    port["properties"]["names"][2]["from"] = "1890-01-01".into();
    port["properties"]["names"][0]["source"]["url"] = "".into();
    let errs =
        with_replaced(DataFile::Places, &serde_json::to_string(&edited).unwrap()).unwrap_err();
    assert!(errs
        .iter()
        .all(|e| e.file == "geo/places.geojson" && e.item.as_deref() == Some("port_arthur")));
    assert!(
        errs.iter().any(|e| e.kind == DataErrorKind::NeedsSource),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| matches!(e.kind, DataErrorKind::PeriodsOverlap { .. })),
        "{errs:?}"
    );
}

#[test]
fn a_source_on_a_refused_site_is_reported() {
    let broken = events_edited(|v| {
        event_mut(v, "treaty_of_aigun")["sources"][0]["url"] =
            "https://memim.com/treaty-of-aigun.html".into();
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert!(
        errs.iter().any(|e| e.item.as_deref() == Some("treaty_of_aigun")
            && matches!(&e.kind, DataErrorKind::UnacceptableSource { pattern, .. } if pattern == "memim")),
        "{errs:?}"
    );
    assert_eq!(
        validate::unacceptable_source("http://w.owiki.org/wiki/x"),
        Some("owiki.org")
    );
    assert_eq!(
        validate::unacceptable_source("https://history.state.gov/x"),
        None
    );
    // The host decides, not the path.
    assert_eq!(
        validate::unacceptable_source("https://en.wikisource.org/wiki/piglix"),
        None
    );
}

#[test]
fn an_uncertain_border_must_be_real_and_say_why() {
    let borders: serde_json::Value =
        serde_json::from_str(bundled::sources().get(DataFile::Borders).1).unwrap();
    let mut edited = borders.clone();
    edited["borders"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"between": ["korea", "sakhalin_north"], "confidence": "low", "why": "x"}));
    let errs =
        with_replaced(DataFile::Borders, &serde_json::to_string(&edited).unwrap()).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].kind, DataErrorKind::NoSharedBorder);
}

#[test]
fn an_uncertain_date_must_say_why() {
    let broken = events_edited(|v| {
        event_mut(v, "haicheng_occupied_1904")
            .as_object_mut()
            .unwrap()
            .remove("uncertainty");
    });
    let errs = with_replaced(DataFile::Events, &broken).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].kind, DataErrorKind::NeedsUncertainty);
}

/// A piece made of the given polygons (each a list of closed rings).
fn shape(id: &str, polygons: Vec<Vec<Vec<[f64; 2]>>>) -> Feature {
    Feature {
        id: id.into(),
        name: id.into(),
        region: "test".into(),
        group: None,
        known_area_km2: None,
        polygons,
    }
}

/// A closed axis-aligned rectangle, counter-clockwise.
fn rect(w: f64, s: f64, e: f64, n: f64) -> Vec<[f64; 2]> {
    vec![[w, s], [e, s], [e, n], [w, n], [w, s]]
}

fn simple_problems(features: &[Feature]) -> Vec<DataError> {
    let mut problems = Vec::new();
    validate::check_overlaps("geo/pieces.geojson", features, &mut problems);
    validate::check_simple("geo/pieces.geojson", features, &mut problems);
    problems
}

#[test]
fn the_committed_pieces_are_valid_geometry() {
    let mut problems = Vec::new();
    validate::check_simple("geo/pieces.geojson", &atlas().pieces, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn pieces_whose_edges_cross_are_refused_though_no_vertex_is_inside() {
    // A plus sign: a wide bar and a tall bar. No corner of either lies inside the other.
    let wide = shape("wide", vec![vec![rect(120.0, 40.0, 124.0, 41.0)]]);
    let tall = shape("tall", vec![vec![rect(121.5, 38.0, 122.5, 43.0)]]);
    let mut only_vertices = Vec::new();
    validate::check_overlaps("f", &[wide.clone(), tall.clone()], &mut only_vertices);
    assert!(only_vertices.is_empty(), "the old check alone misses this");
    let problems = simple_problems(&[wide, tall]);
    assert!(
        problems.iter().any(|p| p.item.as_deref() == Some("wide")
            && matches!(&p.kind, DataErrorKind::Overlap { other, at } if other == "tall" && *at == [121.5, 40.0])),
        "{problems:?}"
    );
}

#[test]
fn a_ring_that_crosses_itself_is_refused() {
    // A bow tie: its two halves meet at 121,40.5.
    let bow = vec![
        [120.0, 40.0],
        [122.0, 41.0],
        [122.0, 40.0],
        [120.0, 41.0],
        [120.0, 40.0],
    ];
    let problems = simple_problems(&[shape("bow", vec![vec![bow]])]);
    assert!(
        problems.iter().any(|p| p.item.as_deref() == Some("bow")
            && p.kind
                == DataErrorKind::SelfIntersection {
                    at: [121.0, 40.5],
                    polygon: 1
                }),
        "{problems:?}"
    );
    // A spike out and back along the same edge, as a careless cut leaves.
    let spike = vec![
        [120.0, 40.0],
        [122.0, 40.0],
        [123.0, 40.5],
        [122.0, 40.0],
        [122.0, 41.0],
        [120.0, 40.0],
    ];
    let problems = simple_problems(&[shape("spike", vec![vec![spike]])]);
    assert!(
        problems.iter().any(|p| p.item.as_deref() == Some("spike")
            && matches!(p.kind, DataErrorKind::SelfIntersection { .. })),
        "{problems:?}"
    );
}

#[test]
fn a_hole_outside_its_ring_or_a_polygon_inside_another_is_refused() {
    let outside = shape(
        "lake",
        vec![vec![
            rect(120.0, 40.0, 121.0, 41.0),
            rect(122.0, 40.0, 122.5, 40.5),
        ]],
    );
    let problems = simple_problems(&[outside]);
    assert!(
        problems.iter().any(|p| p.item.as_deref() == Some("lake")
            && p.kind
                == DataErrorKind::HoleOutside(RingAt {
                    polygon: 1,
                    ring: 2
                })),
        "{problems:?}"
    );
    let inside = shape(
        "island",
        vec![
            vec![rect(120.0, 40.0, 121.0, 41.0)],
            vec![rect(120.2, 40.2, 120.4, 40.4)],
        ],
    );
    let problems = simple_problems(&[inside]);
    assert!(
        problems.iter().any(|p| p.item.as_deref() == Some("island")
            && matches!(p.kind, DataErrorKind::SelfIntersection { polygon: 2, .. })),
        "{problems:?}"
    );
    // A hole properly inside is fine.
    let fine = shape(
        "ok",
        vec![vec![
            rect(120.0, 40.0, 121.0, 41.0),
            rect(120.2, 40.2, 120.4, 40.4),
        ]],
    );
    assert!(simple_problems(&[fine]).is_empty());
}

#[test]
fn a_truncated_file_gives_one_message_not_a_hundred() {
    let b = bundled::sources();
    for which in [
        DataFile::Pieces,
        DataFile::Regimes,
        DataFile::Events,
        DataFile::PieceNames,
    ] {
        let text = b.get(which).1;
        // Cut half-way, on a character boundary (the files hold Japanese, Russian, Chinese…).
        let half = (text.len() / 2..)
            .find(|&i| text.is_char_boundary(i))
            .unwrap();
        let errs = with_replaced(which, &text[..half]).unwrap_err();
        assert_eq!(errs.len(), 1, "{which:?}: {errs:?}");
        assert!(errs[0].file.ends_with(which.file_name()), "{errs:?}");
    }
}

#[test]
fn a_railway_source_without_a_title_is_refused() {
    let b = bundled::sources();
    let text = b.get(DataFile::Railways).1;
    // Blank the title of the first source of the first railway.
    let start = text
        .find(r#""title": ""#)
        .expect("railways have titled sources")
        + 10;
    let end = start + text[start..].find('"').expect("a title ends");
    let blanked = format!("{}{}", &text[..start], &text[end..]);
    let errs = with_replaced(DataFile::Railways, &blanked).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.file == "geo/railways.geojson" && e.kind == DataErrorKind::NeedsSource),
        "{errs:?}"
    );
}

/// Texts rewritten or added in English by the third history review (2026): their other
/// languages were deleted so that no stale translation shows, and translators will write them
/// (geo/history-review-3.md, "Needs translation"). One item a line, as the test below names it.
const AWAITING_TRANSLATION: &str = include_str!("awaiting_translation.txt");

#[test]
fn every_text_the_map_shows_is_written_in_all_five_languages() {
    let a = atlas();
    let langs = ["ja", "ru", "zh", "ko"];
    let mut missing = Vec::new();
    let mut check = |what: String, text: &frontier_atlas::model::Localized| {
        for l in langs {
            if !text.has(l) {
                missing.push(format!("{what} in {l}"));
            }
        }
    };
    for e in a.timeline.events() {
        check(format!("event {} title", e.id), &e.title);
        check(format!("event {} text", e.id), &e.text);
        if let Some(u) = &e.uncertainty {
            check(format!("event {} uncertainty", e.id), u);
        }
    }
    for p in &a.places {
        for n in p.all_names() {
            check(format!("place {} name {}", p.id, n.english()), n);
        }
    }
    for (i, names) in a.piece_names.iter().enumerate() {
        for (_, n) in names.changes() {
            check(format!("piece {} name", a.pieces[i].id), n);
        }
    }
    for r in a.regimes.all() {
        check(format!("regime {}", r.name.english()), &r.name);
    }
    for l in &a.labels {
        check(format!("label {}", l.text.english()), &l.text);
    }
    for b in &a.uncertain_borders {
        check(format!("border {:?} reason", b.pieces), &b.why);
    }
    // Only the texts listed as awaiting translation may lack a language, and each listed text
    // must still lack one: the list shrinks as the translations are written.
    let awaiting: std::collections::BTreeSet<&str> = AWAITING_TRANSLATION
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let items: std::collections::BTreeSet<String> = missing
        .iter()
        .map(|m| {
            m.rsplit_once(" in ")
                .map_or(m.as_str(), |(item, _)| item)
                .to_string()
        })
        .collect();
    let unlisted: Vec<&String> = items
        .iter()
        .filter(|i| !awaiting.contains(i.as_str()))
        .collect();
    assert!(unlisted.is_empty(), "not yet written: {unlisted:#?}");
    let done: Vec<&&str> = awaiting.iter().filter(|a| !items.contains(**a)).collect();
    assert!(
        done.is_empty(),
        "written in every language now: remove from tests/awaiting_translation.txt: {done:#?}"
    );
}

#[test]
fn every_form_of_a_place_name_has_its_own_source() {
    let mut edited = places_json();
    let port = place_mut(&mut edited, "port_arthur");
    // The Korean form loses its source.
    port["properties"]["names"][0]["name_sources"]
        .as_object_mut()
        .unwrap()
        .remove("ko");
    let errs =
        with_replaced(DataFile::Places, &serde_json::to_string(&edited).unwrap()).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.kind == DataErrorKind::NeedsSource
                && e.item.as_deref() == Some("port_arthur")),
        "{errs:?}"
    );
}

/// The app recomputes a thing on the map only when the date crosses one of its own change
/// dates: every day must draw exactly as the change date it is folded onto, or scrubbing would
/// show a stale map.
#[test]
fn every_day_draws_as_the_change_date_it_is_folded_onto() {
    use frontier_atlas::atlas::same_answer_as;
    use frontier_atlas::model::Date;
    let a = atlas().atlas();
    let c = a.change_dates();
    let all = c.pieces.iter().chain(&c.places).chain(&c.railways);
    assert!(
        all.chain([&c.events])
            .all(|l| l.windows(2).all(|w| w[0] < w[1])),
        "sorted, each once"
    );
    let mut recomputed = 0;
    for day in Date::FIRST.days()..=Date::LAST.days() {
        let d = Date::from_days(day);
        for (i, l) in c.pieces.iter().enumerate() {
            let e = same_answer_as(l, d);
            recomputed += usize::from(e == d);
            assert_eq!(
                a.timeline.control_at(i, d),
                a.timeline.control_at(i, e),
                "{d}"
            );
            assert_eq!(a.piece_names[i].at(d), a.piece_names[i].at(e), "{d}");
        }
        for (p, l) in a.places.iter().zip(&c.places) {
            assert_eq!(
                p.name_at(d),
                p.name_at(same_answer_as(l, d)),
                "{} {d}",
                p.id
            );
        }
        for (r, l) in a.railways.iter().zip(&c.railways) {
            assert_eq!(
                r.operator_at(d),
                r.operator_at(same_answer_as(l, d)),
                "{} {d}",
                r.id
            );
        }
        let e = same_answer_as(&c.events, d);
        assert_eq!(
            a.timeline.events_in_force(d),
            a.timeline.events_in_force(e),
            "{d}"
        );
    }
    // A piece is recomputed on few days: that is the saving.
    let piece_days = a.pieces.len() * (Date::LAST.days() - Date::FIRST.days() + 1) as usize;
    assert!(
        recomputed * 100 < piece_days,
        "{recomputed} of {piece_days}"
    );
}

/// geo/spheres.geojson: spheres of influence, an overlay the app is learning to draw. Until the
/// code reads it, this test holds it to its format: known powers, dates on the map in order,
/// events that exist, sourced with kinds, and valid geometry inside the frame.
#[test]
fn the_spheres_of_influence_are_well_formed_and_point_at_real_events() {
    use frontier_atlas::model::{Confidence, Date, Power, SourceKind};
    let a = atlas();
    let text = std::fs::read_to_string("geo/spheres.geojson").expect("geo/spheres.geojson");
    let fc: serde_json::Value = serde_json::from_str(&text).expect("spheres are JSON");
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().expect("features");
    assert!(features.len() >= 7, "only {} spheres", features.len());
    let mut ids = std::collections::HashSet::new();
    let mut shapes = Vec::new();
    for f in features {
        let p = &f["properties"];
        let id = p["id"].as_str().expect("id");
        assert!(ids.insert(id.to_string()), "{id} twice");
        let keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
        for k in &keys {
            assert!(
                [
                    "id",
                    "power",
                    "over",
                    "name",
                    "from",
                    "until",
                    "event",
                    "end",
                    "confidence",
                    "note",
                    "sources"
                ]
                .contains(k),
                "{id}: unknown property {k}"
            );
        }
        let power = Power::from_id(p["power"].as_str().unwrap()).expect("power");
        let over = Power::from_id(p["over"].as_str().unwrap()).expect("over");
        assert!(power != over && power != Power::Shared, "{id}");
        assert!(!p["name"]["en"].as_str().unwrap_or("").is_empty(), "{id}");
        assert!(!p["note"]["en"].as_str().unwrap_or("").is_empty(), "{id}");
        let from = Date::parse(p["from"].as_str().unwrap()).expect("from");
        assert!(from.is_on_map(), "{id}");
        if let Some(u) = p["until"].as_str() {
            let until = Date::parse(u).expect("until");
            assert!(until.is_on_map() && until > from, "{id}");
        } else {
            assert!(p["until"].is_null(), "{id}");
        }
        for key in ["event", "end"] {
            if let Some(e) = p[key].as_str() {
                let i = a
                    .timeline
                    .event_index(e)
                    .unwrap_or_else(|| panic!("{id}: no event {e}"));
                if key == "event" {
                    assert_eq!(a.timeline.events()[i].date, from, "{id} starts with {e}");
                }
            } else {
                assert!(key == "end" && p.get(key).is_none(), "{id}: {key}");
            }
        }
        assert!(Confidence::from_id(p["confidence"].as_str().unwrap()).is_some());
        let sources = p["sources"].as_array().expect("sources");
        assert!(
            sources
                .iter()
                .any(|s| SourceKind::from_id(s["kind"].as_str().unwrap())
                    .is_some_and(SourceKind::of_record)),
            "{id} rests on no record"
        );
        for s in sources {
            let url = s["url"].as_str().unwrap();
            assert!(!s["title"].as_str().unwrap().is_empty() && url.starts_with("http"));
            assert_eq!(validate::unacceptable_source(url), None, "{id}: {url}");
        }
        assert_eq!(f["geometry"]["type"], "MultiPolygon", "{id}");
        let polygons: Vec<Vec<Vec<[f64; 2]>>> =
            serde_json::from_value(f["geometry"]["coordinates"].clone()).expect("coordinates");
        for v in polygons.iter().flatten().flatten() {
            assert!(
                (100.0..=170.0).contains(&v[0]) && (28.0..=66.0).contains(&v[1]),
                "{id}: {v:?} outside the frame"
            );
        }
        shapes.push(Feature {
            id: id.into(),
            name: id.into(),
            region: "spheres".into(),
            group: None,
            known_area_km2: None,
            polygons,
        });
    }
    // Each sphere on its own is valid geometry (they may overlap one another).
    for s in &shapes {
        let mut problems = Vec::new();
        validate::check_simple(
            "geo/spheres.geojson",
            std::slice::from_ref(s),
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
    }
}

#[test]
fn the_cut_lines_cite_web_addresses_on_sites_we_accept() {
    // geo/cutlines.geojson feeds the geometry build, not `atlas validate`: its sources are
    // checked here by the same rules as every other source.
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/geo/cutlines.geojson"))
            .expect("geo/cutlines.geojson");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    fn urls<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
        match v {
            serde_json::Value::Object(m) => {
                // A source is an object with a `url`, or (in the cut lines) the address itself.
                if let Some(u) = m.get("url").and_then(|u| u.as_str()) {
                    out.push(u);
                }
                if let Some(list) = m.get("sources").and_then(|s| s.as_array()) {
                    out.extend(list.iter().filter_map(|s| s.as_str()));
                }
                m.values().for_each(|x| urls(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| urls(x, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    urls(&json, &mut found);
    assert!(found.len() > 20, "{} sources", found.len());
    for url in found {
        assert!(validate::web_address(url), "{url} is not a web address");
        assert_eq!(validate::unacceptable_source(url), None, "{url}");
    }
}
