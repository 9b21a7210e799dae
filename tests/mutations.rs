//! Mistakes a hand edit of `geo/` can make, each caught by the checks `atlas validate` and
//! `atlas compile` run (`load_checked`), with a message naming the file, the item and the reason.
//! Each test makes one mistake in a copy of the committed data.

use frontier_atlas::data::{bundled, load_checked, DataFile};
use serde_json::Value;

/// The problems found after `edit` changes one file of the committed data.
fn problems(file: DataFile, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let sources = bundled::sources();
    let mut json: Value = serde_json::from_str(sources.get(file).1).expect("committed JSON");
    edit(&mut json);
    match load_checked(&sources.replaced(file, json.to_string())) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// The item with this id in a features or events list.
fn item<'a>(json: &'a mut Value, list: &str, id: &str) -> &'a mut Value {
    json[list]
        .as_array_mut()
        .expect("a list")
        .iter_mut()
        .find(|f| f["id"] == id || f["properties"]["id"] == id)
        .unwrap_or_else(|| panic!("{id} is in the data"))
}

fn assert_reported(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got {problems:#?}"
    );
}

#[test]
fn the_committed_data_passes_every_check() {
    assert_eq!(problems(DataFile::Events, |_| {}), Vec::<String>::new());
}

#[test]
fn a_piece_drawn_twice_is_an_overlap() {
    let found = problems(DataFile::Pieces, |json| {
        let geometry = item(json, "features", "kwantung")["geometry"].clone();
        item(json, "features", "kwantung_dalny")["geometry"] = geometry;
    });
    assert_reported(
        &found,
        "geo/pieces.geojson: 'kwantung_dalny': reaches into 'kwantung'",
    );
    // And the land Dalny covered is now in no piece: its neighbours border nothing there.
    assert_reported(&found, "land beside them is in no piece");
    assert_reported(&found, "edge(s) of the coast in geo/land.geojson");
}

#[test]
fn a_notch_of_land_in_no_piece_is_found_against_the_land_outline() {
    let found = problems(DataFile::Pieces, |json| {
        // Every vertex some other piece has: a vertex of Korea's coast has none of these.
        let mut others = std::collections::HashSet::new();
        for f in json["features"].as_array().unwrap() {
            if f["properties"]["id"] != "korea" {
                for p in f["geometry"]["coordinates"].as_array().unwrap() {
                    for ring in p.as_array().unwrap() {
                        others.extend(ring.as_array().unwrap().iter().map(|v| v.to_string()));
                    }
                }
            }
        }
        // Korea's mainland: its longest outer ring.
        let polygons = item(json, "features", "korea")["geometry"]["coordinates"]
            .as_array_mut()
            .unwrap();
        let ring = polygons
            .iter_mut()
            .map(|p| p[0].as_array_mut().unwrap())
            .max_by_key(|r| r.len())
            .unwrap();
        let coast = (1..ring.len() - 1)
            .find(|&i| (i - 1..=i + 1).all(|j| !others.contains(&ring[j].to_string())))
            .expect("Korea has a coast");
        // Cutting the corner at one vertex of the coast leaves a sliver of land in no piece.
        ring.remove(coast);
    });
    assert_reported(&found, "geo/pieces.geojson: 'korea': 1 edge(s) from");
    assert_reported(&found, "are not on the coast in geo/land.geojson");
    assert_reported(
        &found,
        "geo/pieces.geojson: 2 edge(s) of the coast in geo/land.geojson",
    );
}

#[test]
fn a_place_moved_out_of_its_piece_is_caught() {
    let found = problems(DataFile::Places, |json| {
        // Port Arthur's point put on Dalny's by mistake.
        item(json, "features", "port_arthur")["geometry"]["coordinates"] =
            serde_json::json!([121.602, 38.912]);
    });
    assert_reported(
        &found,
        "geo/places.geojson: 'port_arthur': is said to lie in 'kwantung', but its point lies in 'kwantung_dalny'",
    );
    let found = problems(DataFile::Places, |json| {
        item(json, "features", "tsushima")["geometry"]["coordinates"] =
            serde_json::json!([129.3, 34.4]);
    });
    assert_reported(
        &found,
        "geo/places.geojson: 'tsushima': is said to lie at sea, but its point lies in 'tsushima'",
    );
    let found = problems(DataFile::Places, |json| {
        item(json, "features", "mukden")["properties"]
            .as_object_mut()
            .unwrap()
            .remove("piece");
    });
    assert_reported(&found, "geo/places.geojson: 'mukden': ");
    assert_reported(&found, "missing field `piece`");
}

#[test]
fn an_event_source_that_is_not_a_web_address_is_refused() {
    for url in ["javascript:alert(1)", "Treaty text, article 2", "https://"] {
        let found = problems(DataFile::Events, |json| {
            item(json, "events", "treaty_of_shimoda")["sources"][0]["url"] = url.into();
        });
        assert_reported(
            &found,
            &format!("geo/events.json: 'treaty_of_shimoda': source '{url}' is not a web address"),
        );
    }
}

#[test]
fn a_railway_source_that_is_not_a_web_address_is_refused() {
    for url in ["javascript:alert(1)", "see the company report"] {
        let found = problems(DataFile::Railways, |json| {
            item(json, "features", "cer_main")["properties"]["periods"][0]["sources"][0]["url"] =
                url.into();
        });
        assert_reported(
            &found,
            &format!("geo/railways.geojson: 'cer_main': source '{url}' is not a web address"),
        );
    }
}

#[test]
fn other_dates_of_an_event_lie_on_the_map_and_in_order() {
    let found = problems(DataFile::Events, |json| {
        item(json, "events", "treaty_of_shimoda")["dates"][0]["date"] = "1854-12-01".into();
    });
    assert_reported(
        &found,
        "geo/events.json: 'treaty_of_shimoda': its signed date 1854-12-01 is outside 1855-01-01..1922-12-31",
    );
    let found = problems(DataFile::Events, |json| {
        let dates = item(json, "events", "treaty_of_shimoda")["dates"]
            .as_array_mut()
            .unwrap();
        dates.swap(0, 1);
    });
    assert_reported(
        &found,
        "geo/events.json: 'treaty_of_shimoda': its signed date 1855-02-07 comes before the date listed ahead of it",
    );
}

#[test]
fn a_river_without_a_name_in_a_language_is_refused() {
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "yalu")["properties"]["names"]
            .as_object_mut()
            .unwrap()
            .remove("ko");
    });
    assert_reported(
        &found,
        "geo/rivers.geojson: 'yalu': has no name in 'ko': a river is named in en, ja, ru, zh and ko",
    );
    // And its Korean name's source, left without a name, is named too.
    assert_reported(
        &found,
        "geo/rivers.geojson: 'yalu': needs at least one source",
    );
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "amur")["properties"]["names"]["ja"] = "  ".into();
    });
    assert_reported(&found, "geo/rivers.geojson: 'amur': has no name in 'ja'");
}

#[test]
fn a_river_with_an_empty_line_is_refused() {
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "liao")["geometry"]["coordinates"] = serde_json::json!([]);
    });
    assert_reported(
        &found,
        "geo/rivers.geojson: 'liao': a line needs at least two positions",
    );
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "liao")["geometry"] =
            serde_json::json!({"type": "Point", "coordinates": [122.1, 40.7]});
    });
    assert_reported(&found, "geo/rivers.geojson: 'liao': ");
    assert_reported(&found, "LineString");
}

#[test]
fn a_river_without_a_source_is_refused() {
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "tumen")["properties"]["sources"] = serde_json::json!([]);
    });
    assert_reported(
        &found,
        "geo/rivers.geojson: 'tumen': needs at least one source, each with a title and an address",
    );
    let found = problems(DataFile::Rivers, |json| {
        item(json, "features", "tumen")["properties"]["sources"][0]["url"] =
            "the 1861 boundary description".into();
    });
    assert_reported(
        &found,
        "geo/rivers.geojson: 'tumen': source 'the 1861 boundary description' is not a web address",
    );
}
