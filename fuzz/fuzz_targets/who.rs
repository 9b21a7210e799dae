//! Any input to `atlas who`: never a panic, and never a lost row — answers plus messages equal
//! the rows given, whatever the line ends (`\r\n`, `\n`, a lone `\r`).
#![no_main]
use frontier_atlas::data::{bundled, Dataset};
use frontier_atlas::query::{answer_rows, is_header, parse_fields, split_fields};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn atlas() -> &'static Dataset {
    static ATLAS: OnceLock<Dataset> = OnceLock::new();
    ATLAS.get_or_init(|| bundled::dataset().expect("the committed data loads"))
}

fuzz_target!(|input: &[u8]| {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let bad = answer_rows(atlas(), input, &mut out, &mut err).expect("writing to memory works");
    assert_eq!(String::from_utf8_lossy(&err).lines().count(), bad);
    let answered = String::from_utf8_lossy(&out).lines().count() - 1;
    // The rows given, counted apart from the reader: every line end becomes "\n".
    let normal = String::from_utf8_lossy(input).replace("\r\n", "\n").replace('\r', "\n");
    let rows: Vec<&str> = normal
        .split('\n')
        .map(|l| l.trim_start_matches('\u{feff}').trim())
        .filter(|l| !l.is_empty())
        .collect();
    let point = |l: &str| {
        [b',', b';']
            .iter()
            .any(|&d| split_fields(l, d).is_ok_and(|f| parse_fields(&f, d).is_ok()))
    };
    let header = |l: &str| [b',', b';'].iter().any(|&d| split_fields(l, d).is_ok_and(|f| is_header(&f)));
    let skipped = usize::from(rows.iter().take_while(|l| !point(l)).any(|l| header(l)));
    assert_eq!(answered + bad + skipped, rows.len());
});
