//! Calendar arithmetic for the resolver: which year a weekday or a month
//! falls in near an anchor, the days of a part of a month, a month, a season
//! or a unit, and moving a date by units.

use crate::civil::{days_in_month, CivilDate};
use crate::model::Precision;

use super::super::tagger::{Part, Season, Unit};

/// The year, near the anchor, in which `month`/`day` falls on `weekday`:
/// the latest such year on or before the anchor's, or the year after when
/// that is closer.
pub fn year_for_weekday(month: u8, day: u8, weekday: u8, anchor: CivilDate) -> Option<i32> {
    (anchor.year - 11..=anchor.year + 1)
        .filter(|&year| {
            CivilDate::new(year, month, day).is_some_and(|date| date.weekday() == weekday)
        })
        .min_by_key(|&year| {
            let date = CivilDate::new(year, month, day).map_or(0, CivilDate::to_days);
            let distance = date - anchor.to_days();
            // Prefer the past: a date ahead of the anchor counts double.
            if distance > 0 {
                distance * 2
            } else {
                -distance
            }
        })
}

/// The year of the occurrence nearest the anchor on the right side of it:
/// on or before it (past), or on or after it (future). `at` gives the date
/// that must fall on that side (the first of a month, or the exact day).
pub(super) fn year_of_nearest(
    anchor: CivilDate,
    future: bool,
    at: impl Fn(i32) -> Option<CivilDate>,
) -> Option<i32> {
    let this_year = at(anchor.year)?;
    Some(if future {
        if this_year >= CivilDate::new(anchor.year, anchor.month, 1)? {
            anchor.year
        } else {
            anchor.year + 1
        }
    } else if this_year <= anchor {
        anchor.year
    } else {
        anchor.year - 1
    })
}

pub(super) fn part_of_month(year: i32, month: u8, part: Part) -> (u8, u8) {
    let last = days_in_month(year, month);
    match part {
        Part::Early => (1, 10),
        Part::Mid => (11, 20),
        Part::Late => (21, last),
        Part::FirstHalf => (1, 15),
        Part::SecondHalf => (16, last),
    }
}

pub(super) fn month_range(year: i32, month: u8) -> Option<(CivilDate, CivilDate)> {
    Some((
        CivilDate::new(year, month, 1)?,
        CivilDate::new(year, month, days_in_month(year, month))?,
    ))
}

pub(super) fn season_range(season: Season, year: i32) -> Option<(CivilDate, CivilDate)> {
    Some(match season {
        Season::Spring => (CivilDate::new(year, 3, 1)?, CivilDate::new(year, 5, 31)?),
        Season::Summer => (CivilDate::new(year, 6, 1)?, CivilDate::new(year, 8, 31)?),
        Season::Autumn => (CivilDate::new(year, 9, 1)?, CivilDate::new(year, 11, 30)?),
        Season::Winter => (
            CivilDate::new(year, 12, 1)?,
            CivilDate::new(year + 1, 2, days_in_month(year + 1, 2))?,
        ),
    })
}

/// The unit containing `date`, moved by `step` units.
pub(super) fn unit_range(
    date: CivilDate,
    unit: Unit,
    step: i64,
) -> Option<(CivilDate, CivilDate, Precision)> {
    Some(match unit {
        Unit::Day => {
            let day = date.add_days(step);
            (day, day, Precision::Day)
        }
        Unit::Week => {
            let monday = date.add_days(-i64::from(date.weekday()) + 7 * step);
            (monday, monday.add_days(6), Precision::Week)
        }
        Unit::Month => {
            let moved = shift_by(CivilDate::new(date.year, date.month, 1)?, Unit::Month, step)?;
            let (start, end) = month_range(moved.year, moved.month)?;
            (start, end, Precision::Month)
        }
        Unit::Year => {
            let year = date.year + step as i32;
            (
                CivilDate::new(year, 1, 1)?,
                CivilDate::new(year, 12, 31)?,
                Precision::Year,
            )
        }
    })
}

/// `date` moved by `count` units; months and years keep the day where they
/// can and clamp it to the month's end where they cannot.
pub fn shift_by(date: CivilDate, unit: Unit, count: i64) -> Option<CivilDate> {
    match unit {
        Unit::Day => Some(date.add_days(count)),
        Unit::Week => Some(date.add_days(count.checked_mul(7)?)),
        Unit::Month | Unit::Year => {
            let months = if unit == Unit::Year {
                count.checked_mul(12)?
            } else {
                count
            };
            let total =
                (i64::from(date.year) * 12 + i64::from(date.month) - 1).checked_add(months)?;
            let year = total.div_euclid(12) as i32;
            let month = (total.rem_euclid(12) + 1) as u8;
            CivilDate::new(year, month, date.day.min(days_in_month(year, month)))
        }
    }
}
