//! Any URL fragment opens a valid state, and what the map writes back reads as the same state.
#![no_main]
use frontier_atlas::link::{fragment_for, read_fragment, ViewSpec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    let (state, _) = read_fragment(fragment);
    assert!(state.date.is_on_map());
    if let ViewSpec::Box([w, s, e, n]) = state.view {
        assert!(w < e && s < n);
    }
    assert_eq!(read_fragment(&fragment_for(&state)), (state, vec![]));
});
