//! Any input to `atlas who`: every line answered or reported, never a panic.
#![no_main]
use frontier_atlas::data::{bundled, Dataset};
use frontier_atlas::query::answer_rows;
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
});
