//! Any text as a date: an answer or an error, and an answer reads back as itself.
#![no_main]
use frontier_atlas::model::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(d) = Date::parse(text) {
        assert_eq!(d.to_string(), text);
        let (y, m, day) = d.ymd();
        assert_eq!(Date::from_ymd(y, m, day), Some(d));
    }
});
