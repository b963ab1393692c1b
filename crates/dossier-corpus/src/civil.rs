//! A civil (calendar) date with no time zone, and the little calendar
//! arithmetic the engine needs. Small on purpose: a date library would cost
//! the wasm bundle more than these few functions.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A proleptic Gregorian calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// The year (e.g. 2020).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Three-letter English month abbreviations, January first.
pub const MONTH_NAMES_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// English weekday names, Monday first (ISO order).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl CivilDate {
    /// The date, if `year`-`month`-`day` exists in the calendar and the year
    /// is between 1 and 9999 (the years `YYYY-MM-DD` can write).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil, which is exact for every Gregorian date.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, held within the years 1 to 9999 so
    /// that no arithmetic on dates can overflow or leave the writable range.
    pub fn from_days(days: i64) -> Self {
        const FIRST: i64 = -719_162; // 0001-01-01
        const LAST: i64 = 2_932_896; // 9999-12-31
        let z = days.clamp(FIRST, LAST) + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (index 3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// This date moved by `days` (negative to go back), within the years 1 to 9999.
    pub fn add_days(self, days: i64) -> Self {
        Self::from_days(self.to_days().saturating_add(days))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if text.len() != 10 {
            return None;
        }
        Self::new(year, month, day)
    }
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The month (1 to 12) a name or common abbreviation stands for.
pub fn month_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|name| {
        let name = name.to_ascii_lowercase();
        name == word
            || (word.len() == 3 && name.starts_with(&word))
            || (word == "sept" && name == "september")
    })?;
    Some(index as u8 + 1)
}

/// The weekday (0 Monday to 6 Sunday) a name or common abbreviation stands for.
pub fn weekday_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = WEEKDAY_NAMES.iter().position(|name| {
        let name = name.to_ascii_lowercase();
        name == word || (word.len() <= 5 && name.starts_with(&word))
    })?;
    Some(index as u8)
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CivilDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CivilDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        CivilDate::parse_iso(&text)
            .ok_or_else(|| de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        for (date, weekday) in [
            ((1970, 1, 1), 3),
            ((2020, 7, 5), 6),
            ((2020, 2, 29), 5),
            ((2000, 3, 1), 2),
            ((1969, 12, 31), 2),
        ] {
            let date = CivilDate::new(date.0, date.1, date.2).unwrap();
            assert_eq!(CivilDate::from_days(date.to_days()), date);
            assert_eq!(date.weekday(), weekday, "{date}");
        }
    }

    #[test]
    fn arithmetic_stays_in_the_writable_years() {
        let date = CivilDate::new(2020, 7, 5).unwrap();
        assert_eq!(date.add_days(i64::MAX).to_string(), "9999-12-31");
        assert_eq!(date.add_days(i64::MIN).to_string(), "0001-01-01");
        assert!(CivilDate::new(99_999, 7, 6).is_none());
        assert!(CivilDate::new(-5, 7, 6).is_none());
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(CivilDate::new(2021, 2, 29).is_none());
        assert!(CivilDate::new(2020, 13, 1).is_none());
        assert!(CivilDate::parse_iso("2020-7-5").is_none());
        assert_eq!(
            CivilDate::parse_iso("2020-07-05").unwrap().to_string(),
            "2020-07-05"
        );
    }

    #[test]
    fn month_and_weekday_names() {
        assert_eq!(month_from_name("July"), Some(7));
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("jan"), Some(1));
        assert_eq!(month_from_name("Mar"), Some(3));
        assert_eq!(month_from_name("May"), Some(5));
        assert_eq!(month_from_name("Ma"), None);
        assert_eq!(month_from_name("Junk"), None);
        assert_eq!(weekday_from_name("Sunday"), Some(6));
        assert_eq!(weekday_from_name("Tue."), Some(1));
    }
}
