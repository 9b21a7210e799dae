//! A value that changes on dates: control of a piece, a railway's operator, a place's name, the
//! event in force. The binary search that answers "what held on day D" is written here once.

use super::Date;

/// A value that holds from each change point until the next, in date order. Before the first
/// change point there is no value.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dated<T> {
    changes: Vec<(Date, T)>,
}

impl<T> Default for Dated<T> {
    fn default() -> Self {
        Dated {
            changes: Vec::new(),
        }
    }
}

/// What held on a day, with the span it held for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span<'a, T> {
    /// The value.
    pub value: &'a T,
    /// The day it began to hold.
    pub from: Date,
    /// The first day it no longer held (the next change), if there is one.
    pub until: Option<Date>,
}

impl<T> Dated<T> {
    /// From change points in any order; a stable sort keeps file order for points on one day
    /// (validation refuses two changes on one day where that would matter).
    pub fn new(mut changes: Vec<(Date, T)>) -> Dated<T> {
        changes.sort_by_key(|(d, _)| *d);
        Dated { changes }
    }

    /// Adds a change point, keeping date order (after any other point on the same day).
    pub fn push(&mut self, date: Date, value: T) {
        let at = self.changes.partition_point(|(d, _)| *d <= date);
        self.changes.insert(at, (date, value));
    }

    /// The value holding on `date`: the last change on or before that day.
    ///
    /// ```
    /// use atlas_core::model::{Date, Dated};
    /// let d = |s| Date::parse(s).unwrap();
    /// let mut name = Dated::default();
    /// name.push(d("1898-03-27"), "Port Arthur");
    /// name.push(d("1905-01-02"), "Ryojun");
    /// assert_eq!(name.at(d("1897-01-01")), None);
    /// assert_eq!(name.at(d("1904-06-15")), Some(&"Port Arthur"));
    /// assert_eq!(name.at(d("1905-01-02")), Some(&"Ryojun"));
    /// ```
    pub fn at(&self, date: Date) -> Option<&T> {
        self.index_at(date).map(|i| &self.changes[i].1)
    }

    /// The value holding on `date` with the day it began and the day it ended.
    pub fn span_at(&self, date: Date) -> Option<Span<'_, T>> {
        let i = self.index_at(date)?;
        Some(Span {
            value: &self.changes[i].1,
            from: self.changes[i].0,
            until: self.changes.get(i + 1).map(|(d, _)| *d),
        })
    }

    /// The values, in date order, to edit in place (the dates stay as they are).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.changes.iter_mut().map(|(_, v)| v)
    }

    /// The change points, in date order.
    pub fn changes(&self) -> &[(Date, T)] {
        &self.changes
    }

    /// Whether there are no change points.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The first change strictly after `date`, if any.
    pub fn next_after(&self, date: Date) -> Option<Date> {
        let i = self.changes.partition_point(|(d, _)| *d <= date);
        self.changes.get(i).map(|(d, _)| *d)
    }

    /// The last change strictly before `date`, if any.
    pub fn previous_before(&self, date: Date) -> Option<Date> {
        let i = self.changes.partition_point(|(d, _)| *d < date);
        i.checked_sub(1).map(|i| self.changes[i].0)
    }

    fn index_at(&self, date: Date) -> Option<usize> {
        self.changes
            .partition_point(|(d, _)| *d <= date)
            .checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_value_holds_from_its_day_until_the_next_change() {
        let v = Dated::new(vec![
            (d("1875-08-22"), "russia"),
            (d("1855-02-07"), "shared"),
        ]);
        assert_eq!(v.at(d("1855-02-06")), None);
        assert_eq!(v.at(d("1855-02-07")), Some(&"shared"));
        assert_eq!(v.at(d("1875-08-21")), Some(&"shared"));
        assert_eq!(v.at(d("1875-08-22")), Some(&"russia"));
        let span = v.span_at(d("1860-01-01")).unwrap();
        assert_eq!(
            (span.from, span.until),
            (d("1855-02-07"), Some(d("1875-08-22")))
        );
        assert_eq!(v.span_at(d("1900-01-01")).unwrap().until, None);
    }

    #[test]
    fn stepping_finds_the_neighbouring_changes_strictly() {
        let v = Dated::new(vec![
            (d("1904-05-07"), 1),
            (d("1904-05-30"), 2),
            (d("1904-07-25"), 3),
        ]);
        assert_eq!(v.next_after(d("1904-05-07")), Some(d("1904-05-30")));
        assert_eq!(v.next_after(d("1904-05-06")), Some(d("1904-05-07")));
        assert_eq!(v.next_after(d("1904-07-25")), None);
        assert_eq!(v.previous_before(d("1904-05-30")), Some(d("1904-05-07")));
        assert_eq!(v.previous_before(d("1904-05-07")), None);
    }

    #[test]
    fn pushing_keeps_date_order() {
        let mut v = Dated::default();
        v.push(d("1910-08-29"), 'c');
        v.push(d("1897-10-12"), 'a');
        v.push(d("1905-11-17"), 'b');
        let days: Vec<char> = v.changes().iter().map(|(_, c)| *c).collect();
        assert_eq!(days, ['a', 'b', 'c']);
    }
}
