//! Any text as one of the data files: parsed or reported against that file, never a panic.
//! The first byte picks the file; start from the committed files (see README.md).
#![no_main]
use frontier_atlas::data::{borders, events, geometry, names, places, railways, regimes};
use libfuzzer_sys::fuzz_target;

const PIECES: [&str; 3] = ["korea", "kwantung", "sakhalin_south"];

fuzz_target!(|input: &[u8]| {
    let Some((&which, rest)) = input.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let ids: Vec<String> = PIECES.iter().map(|s| s.to_string()).collect();
    let mut problems = Vec::new();
    let file = "fuzzed";
    match which % 8 {
        0 => drop(events::parse_events(file, &text, &mut problems)),
        1 => drop(places::parse_places(file, &text, &mut problems)),
        2 => drop(regimes::parse_regimes(file, &text, &ids, &mut problems)),
        3 => drop(names::parse_piece_names(file, &text, &ids, &mut problems)),
        4 => drop(railways::parse_railways(file, &text, &mut problems)),
        5 => drop(geometry::parse_labels(file, &text, &mut problems)),
        6 => drop(geometry::parse_features(file, &text, &mut problems)),
        _ => {
            let pieces = geometry::parse_features(file, &text, &mut problems);
            drop(borders::parse_borders(file, &text, &pieces, &mut problems));
        }
    }
    assert!(problems.iter().all(|p| p.file == file));
});
