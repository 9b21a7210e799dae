//! The fonts shipped for Japanese, Chinese and Korean (`fonts/`, built by
//! `scripts/build-fonts.sh`) cover every wide character the map shows in that language: a
//! character added to a catalogue or a data file without rebuilding the fonts would show as an
//! empty box on a machine without CJK fonts.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn wide(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| *c as u32 >= 0x2E80)
}

/// Every string under the key `lang` anywhere in a JSON value.
fn strings_under<'a>(value: &'a serde_json::Value, lang: &str, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == lang {
                    all_strings(v, out);
                } else {
                    strings_under(v, lang, out);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_under(v, lang, out)),
        _ => {}
    }
}

fn all_strings<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Object(map) => map.values().for_each(|v| all_strings(v, out)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| all_strings(v, out)),
        _ => {}
    }
}

fn shown_in(lang: &str) -> BTreeSet<char> {
    let mut chars: BTreeSet<char> = BTreeSet::new();
    for catalogue in [
        format!("crates/atlas-core/src/words/{lang}.rs"),
        format!("crates/atlas-core/src/words/lessons/{lang}.rs"),
    ] {
        chars.extend(wide(
            &fs::read_to_string(Path::new(ROOT).join(catalogue)).unwrap(),
        ));
    }
    for value in geo_files() {
        let mut strings = Vec::new();
        strings_under(&value, lang, &mut strings);
        chars.extend(strings.iter().flat_map(|s| wide(s)));
    }
    chars
}

/// Every JSON and GeoJSON file of `geo/`, read.
fn geo_files() -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for entry in fs::read_dir(Path::new(ROOT).join("geo")).unwrap() {
        let path = entry.unwrap().path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext == "json" || ext == "geojson" {
            out.push(serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap());
        }
    }
    out
}

#[test]
fn each_cjk_font_covers_every_character_its_language_shows() {
    for lang in ["ja", "zh", "ko"] {
        let shown = shown_in(lang);
        assert!(
            shown.len() > 300,
            "{lang}: only {} wide characters found",
            shown.len()
        );
        assert_covers(&format!("atlas-{lang}"), &shown);
        let font = fs::metadata(Path::new(ROOT).join(format!("fonts/atlas-{lang}.woff2"))).unwrap();
        assert!(
            font.len() > 10_000,
            "{lang}: font is only {} bytes",
            font.len()
        );
    }
}

#[test]
fn the_fonts_licence_ships_with_them() {
    let ofl = fs::read_to_string(Path::new(ROOT).join("fonts/OFL.txt")).unwrap();
    assert!(
        ofl.contains("SIL OPEN FONT LICENSE"),
        "fonts/OFL.txt is not the OFL"
    );
}

/// Every string under a key "title" in a JSON value: the sources' titles.
fn titles<'a>(value: &'a serde_json::Value, key: Option<&str>, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| titles(v, Some(k), out)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| titles(v, key, out)),
        serde_json::Value::String(s) if key == Some("title") => out.push(s),
        _ => {}
    }
}

/// A source's title is shown as written on a page in any language (a Japanese archive's title
/// on an English page): its wide characters are all in the sources' font.
#[test]
fn the_sources_font_covers_every_character_of_every_source_title() {
    let mut shown = BTreeSet::new();
    for value in geo_files() {
        let mut strings = Vec::new();
        titles(&value, None, &mut strings);
        shown.extend(strings.iter().flat_map(|s| wide(s)));
    }
    assert!(
        shown.contains(&'尼') && shown.contains(&'関'),
        "the titles were read"
    );
    assert_covers("atlas-sources", &shown);
}

/// Fails naming the characters of `shown` that `fonts/<font>.woff2` lacks (by its list of
/// characters, written when it was built).
fn assert_covers(font: &str, shown: &BTreeSet<char>) {
    let covered: BTreeSet<char> =
        fs::read_to_string(Path::new(ROOT).join(format!("fonts/{font}.chars.txt")))
            .unwrap()
            .chars()
            .collect();
    let missing: String = shown.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "fonts/{font}.woff2 lacks {missing}: run scripts/build-fonts.sh"
    );
}
