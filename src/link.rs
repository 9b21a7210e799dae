//! What a shared link asks for: the URL fragment `#date=YYYY-MM-DD`, read forgivingly (a bad link
//! still opens the map, at a default date, and says why) and written back as the date moves.

use crate::model::Date;

/// The date the map opens at when a link names none: the first day it covers, five weeks before
/// the Treaty of Shimoda.
pub const DEFAULT_DATE: Date = Date::FIRST;

/// What a fragment asked for, and a note for the reader if it could not be honoured as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedDate {
    /// The date to show.
    pub date: Date,
    /// Why it differs from the link, in words for the reader; `None` if the link was followed as is.
    pub notice: Option<String>,
}

/// Reads a URL fragment (with or without the leading `#`).
///
/// An empty fragment opens at `DEFAULT_DATE`. A date outside 1855–1922 is moved to the nearest end
/// of the span; anything unreadable opens at `DEFAULT_DATE`. Both say so in `notice`.
pub fn read_fragment(fragment: &str) -> LinkedDate {
    let f = fragment.trim_start_matches('#');
    if f.is_empty() {
        return LinkedDate {
            date: DEFAULT_DATE,
            notice: None,
        };
    }
    let value = f.split('&').find_map(|kv| kv.strip_prefix("date="));
    let Some(value) = value else {
        return fallback(format!(
            "This link's address ends in “#{f}”, which names no date"
        ));
    };
    match Date::parse(value) {
        Ok(d) if d.is_on_map() => LinkedDate {
            date: d,
            notice: None,
        },
        Ok(d) => {
            let shown = d.clamp_to_map();
            LinkedDate {
                date: shown,
                notice: Some(format!("The link asked for {d}, outside the years this map covers (1855–1922); showing {shown} instead.")),
            }
        }
        Err(e) => fallback(format!("The link's date could not be read ({e})")),
    }
}

fn fallback(why: String) -> LinkedDate {
    LinkedDate {
        date: DEFAULT_DATE,
        notice: Some(format!("{why}; showing {DEFAULT_DATE} instead.")),
    }
}

/// The fragment for a date, as the map writes it: `#date=1905-09-05`.
pub fn fragment_for(date: Date) -> String {
    format!("#date={date}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_link_opens_at_its_date_without_a_notice() {
        let l = read_fragment("#date=1880-01-01");
        assert_eq!(l.date.to_string(), "1880-01-01");
        assert_eq!(l.notice, None);
        assert_eq!(read_fragment(&fragment_for(l.date)), l);
    }

    #[test]
    fn no_fragment_opens_at_the_default_quietly() {
        assert_eq!(
            read_fragment(""),
            LinkedDate {
                date: DEFAULT_DATE,
                notice: None
            }
        );
        assert_eq!(
            read_fragment("#"),
            LinkedDate {
                date: DEFAULT_DATE,
                notice: None
            }
        );
    }

    #[test]
    fn a_date_outside_the_span_moves_to_the_nearest_end_and_says_so() {
        let early = read_fragment("#date=1700-05-01");
        assert_eq!(early.date, Date::FIRST);
        assert!(early.notice.unwrap().contains("1700-05-01"));
        let late = read_fragment("date=1945-08-15");
        assert_eq!(late.date, Date::LAST);
        assert!(late.notice.unwrap().contains("1922-12-31"));
    }

    #[test]
    fn garbage_opens_at_the_default_and_names_what_was_wrong() {
        for bad in ["#date=1905-02-30", "#date=soon", "#year=1905", "#date="] {
            let l = read_fragment(bad);
            assert_eq!(l.date, DEFAULT_DATE, "{bad}");
            assert!(l.notice.is_some(), "{bad}");
        }
        assert!(read_fragment("#date=1905-02-30")
            .notice
            .unwrap()
            .contains("1905-02-30"));
    }
}
