//! Gregorian calendar dates as day numbers, so that comparing and stepping dates is integer arithmetic.

use std::fmt;

/// A Gregorian (New Style) calendar date, stored as days since 1970-01-01.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Date(i32);

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format(String),
    /// The form is right but the day does not exist (for example `1905-02-30`).
    NoSuchDay(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "'{s}' is not a date of the form YYYY-MM-DD"),
            DateError::NoSuchDay(s) => write!(f, "'{s}' is not a day of the calendar"),
        }
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// The first day the map shows.
    pub const FIRST: Date = Date(-42_003); // 1855-01-01
    /// The last day the map shows.
    pub const LAST: Date = Date(-17_168); // 1922-12-31

    /// The date for a year, month (1–12) and day, if that day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil: shift the year to start in March so leap days come last.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146_097 + doe - 719_468))
    }

    /// Year, month (1–12) and day of this date.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// The year of this date.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i32 {
        self.0
    }

    /// The date a number of days after 1970-01-01.
    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    /// This date moved by whole years, keeping month and day (29 February becomes 28 February).
    pub fn add_years(self, years: i32) -> Date {
        let (y, m, d) = self.ymd();
        let y = y + years;
        Date::from_ymd(y, m, d.min(days_in_month(y, m))).expect("clamped day exists")
    }

    /// This date limited to the span the map shows.
    pub fn clamp_to_map(self) -> Date {
        self.clamp(Date::FIRST, Date::LAST)
    }

    /// Whether the map shows this date.
    pub fn is_on_map(self) -> bool {
        (Date::FIRST..=Date::LAST).contains(&self)
    }

    /// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day.
    ///
    /// ```
    /// use atlas_core::model::Date;
    /// let portsmouth = Date::parse("1905-09-05").unwrap();
    /// assert_eq!(portsmouth.ymd(), (1905, 9, 5));
    /// assert!(portsmouth.is_on_map());
    /// assert!(Date::parse("1855-02-29").is_err(), "1855 was no leap year");
    /// assert!(Date::parse("1905-9-5").is_err(), "two digits for month and day");
    /// ```
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return Err(DateError::Format(s.to_string()));
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().expect("checked digits");
        Date::from_ymd(num(0..4) as i32, num(5..7), num(8..10))
            .ok_or_else(|| DateError::NoSuchDay(s.to_string()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_span_constants_are_the_dates_they_name() {
        assert_eq!(Date::FIRST.to_string(), "1855-01-01");
        assert_eq!(Date::LAST.to_string(), "1922-12-31");
    }

    #[test]
    fn every_day_of_the_map_round_trips_through_its_text() {
        let mut d = Date::FIRST;
        while d <= Date::LAST {
            assert_eq!(Date::parse(&d.to_string()), Ok(d));
            d = Date::from_days(d.days() + 1);
        }
    }

    #[test]
    fn nineteen_hundred_was_not_a_leap_year_but_1904_was() {
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("1904-02-29").is_ok());
    }

    #[test]
    fn malformed_dates_are_refused_with_the_text() {
        for bad in [
            "1905-9-05",
            "05-09-1905",
            "1905/09/05",
            "",
            "1905-13-01",
            "1905-09-31",
            "１９０５-09-05",
        ] {
            let err = Date::parse(bad).unwrap_err();
            assert!(err.to_string().contains(bad), "{err}");
        }
    }

    #[test]
    fn adding_years_keeps_the_day_and_clamps_leap_days() {
        let d = Date::parse("1904-02-29").unwrap();
        assert_eq!(d.add_years(1).to_string(), "1905-02-28");
        assert_eq!(
            Date::parse("1905-09-05")
                .unwrap()
                .add_years(-50)
                .to_string(),
            "1855-09-05"
        );
    }
}
