//! The marks on the timeline: one per day with a change, or, where days lie closer together than
//! a mark is wide (1904–05), one mark for the run of them that opens a list, so every change stays
//! named and clickable at any width.

use crate::model::Date;

/// Where a date falls along the timeline, from 0 (the first day) to 1 (the last).
pub fn fraction(d: Date) -> f64 {
    f64::from(d.days() - Date::FIRST.days()) / f64::from(Date::LAST.days() - Date::FIRST.days())
}

/// Groups dates (in order) so that within a group each is less than `min_px` from the previous
/// one on a track `track_px` wide, and groups are at least `min_px` apart.
pub fn cluster(dates: &[Date], track_px: f64, min_px: f64) -> Vec<Vec<Date>> {
    let mut out: Vec<Vec<Date>> = Vec::new();
    for d in dates {
        match out.last_mut() {
            Some(group)
                if (fraction(*d) - fraction(*group.last().expect("groups are never empty")))
                    * track_px
                    < min_px =>
            {
                group.push(*d)
            }
            _ => out.push(vec![*d]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn close_changes_share_a_mark_and_distant_ones_do_not() {
        let dates = [
            d("1855-02-07"),
            d("1898-03-28"),
            d("1898-05-07"),
            d("1900-07-17"),
            d("1922-10-25"),
        ];
        // 1200 px for 68 years: 40 days is under 2 px.
        let groups = cluster(&dates, 1200.0, 12.0);
        assert_eq!(
            groups.iter().map(Vec::len).collect::<Vec<_>>(),
            [1, 2, 1, 1]
        );
        // On a track a hundred times wider every change has its own mark.
        assert_eq!(cluster(&dates, 120_000.0, 12.0).len(), 5);
        assert_eq!(groups.concat(), dates);
    }
}
