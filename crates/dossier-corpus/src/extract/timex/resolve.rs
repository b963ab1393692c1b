//! Resolving a temporal expression to an inclusive range of days.
//!
//! Conventions, as in the reference taggers: news is about the past, so a
//! bare month or weekday is the most recent one on or before the anchor,
//! unless the sentence speaks of the future. "early / mid / late" a month are
//! days 1-10, 11-20 and 21-end; of a year, January-April, May-August and
//! September-December. Seasons are meteorological, northern hemisphere:
//! spring March-May, summer June-August, autumn September-November, winter
//! December to the end of February (the winter of 2020 starts in December
//! 2020). Weeks run Monday to Sunday.

use crate::civil::{days_in_month, CivilDate};
use crate::model::Precision;

use super::tagger::{Direction, Part, Season, Shift, TimexKind, Unit};

/// What an expression is resolved against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Context {
    /// The article's date (the end of its range when only a range is known).
    pub anchor: CivilDate,
    /// The last day-precise date the text mentioned before this expression,
    /// for narrative references ("late Saturday", "within three days").
    pub reference: Option<CivilDate>,
    /// True when the sentence speaks of the future ("will", "set for").
    pub future: bool,
}

/// A resolved expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    /// First day.
    pub start: CivilDate,
    /// Last day (inclusive).
    pub end: CivilDate,
    /// How precise.
    pub precision: Precision,
    /// True when any part came from the anchor or a reference, not the text.
    pub inferred: bool,
}

/// Resolves `kind` in `context`; `None` when it cannot be done honestly.
pub fn resolve(kind: &TimexKind, context: &Context) -> Option<Value> {
    let anchor = context.anchor;
    // Every relative value takes its year (at least) from the anchor.
    let relative = |start, end, precision| {
        Some(Value {
            start,
            end,
            precision,
            inferred: true,
        })
    };
    match *kind {
        TimexKind::Date {
            year, month, day, ..
        } => {
            let date = CivilDate::new(year, month, day)?;
            Some(Value {
                start: date,
                end: date,
                precision: Precision::Day,
                inferred: false,
            })
        }
        TimexKind::MonthDay {
            month,
            day,
            weekday,
        } => {
            let year = match weekday {
                Some(weekday) => year_for_weekday(month, day, weekday, anchor)?,
                None => year_of_nearest(anchor, context.future, |year| {
                    CivilDate::new(year, month, day)
                })?,
            };
            let date = CivilDate::new(year, month, day)?;
            // A weekday that fits only one nearby year fixes it as well as a
            // year would; without one, the year comes from the anchor.
            Some(Value {
                start: date,
                end: date,
                precision: Precision::Day,
                inferred: weekday.is_none(),
            })
        }
        TimexKind::PartOfMonth { part, month, year } => {
            let year = match year {
                Some(year) => year,
                None => year_of_nearest(anchor, context.future, |year| {
                    CivilDate::new(year, month, 1)
                })?,
            };
            let (first, last) = part_of_month(year, month, part);
            Some(Value {
                start: CivilDate::new(year, month, first)?,
                end: CivilDate::new(year, month, last)?,
                precision: Precision::PartOfMonth,
                inferred: kind_needs_anchor(kind),
            })
        }
        TimexKind::MonthYear { month, year } => {
            month_range(year, month).map(|(start, end)| Value {
                start,
                end,
                precision: Precision::Month,
                inferred: false,
            })
        }
        TimexKind::Month { month, shift } => {
            let year = match shift {
                Shift::Plain => year_of_nearest(anchor, context.future, |year| {
                    CivilDate::new(year, month, 1)
                })?,
                Shift::This => anchor.year,
                Shift::Last => {
                    if month < anchor.month {
                        anchor.year
                    } else {
                        anchor.year - 1
                    }
                }
                Shift::Next => {
                    if month > anchor.month {
                        anchor.year
                    } else {
                        anchor.year + 1
                    }
                }
            };
            let (start, end) = month_range(year, month)?;
            relative(start, end, Precision::Month)
        }
        TimexKind::PartOfYear { part, year } => {
            let (first, last) = match part {
                Part::Early => (1, 4),
                Part::Mid => (5, 8),
                Part::Late => (9, 12),
                Part::FirstHalf => (1, 6),
                Part::SecondHalf => (7, 12),
            };
            Some(Value {
                start: CivilDate::new(year, first, 1)?,
                end: CivilDate::new(year, last, days_in_month(year, last))?,
                precision: Precision::PartOfYear,
                inferred: false,
            })
        }
        TimexKind::Season {
            season,
            year: Some(year),
            ..
        } => {
            let (start, end) = season_range(season, year)?;
            Some(Value {
                start,
                end,
                precision: Precision::Season,
                inferred: false,
            })
        }
        TimexKind::Season {
            season,
            year: None,
            shift,
        } => {
            // The season of the anchor's year, or the year before when that
            // one has not ended yet (past) or has already begun (future).
            let this_year = season_range(season, anchor.year)?;
            let year = match (shift, context.future) {
                (Shift::This, _) => anchor.year,
                (Shift::Next, _) | (Shift::Plain, true) => {
                    if this_year.0 > anchor {
                        anchor.year
                    } else {
                        anchor.year + 1
                    }
                }
                (Shift::Last, _) | (Shift::Plain, false) => {
                    if this_year.1 < anchor {
                        anchor.year
                    } else {
                        anchor.year - 1
                    }
                }
            };
            let (start, end) = season_range(season, year)?;
            relative(start, end, Precision::Season)
        }
        TimexKind::Year { year } => Some(Value {
            start: CivilDate::new(year, 1, 1)?,
            end: CivilDate::new(year, 12, 31)?,
            precision: Precision::Year,
            inferred: false,
        }),
        TimexKind::Years { first, last } => Some(Value {
            start: CivilDate::new(first, 1, 1)?,
            end: CivilDate::new(last, 12, 31)?,
            precision: Precision::Years,
            inferred: false,
        }),
        TimexKind::Weekday { weekday, shift } => {
            // Told right after a dated happening, a weekday is the one nearest
            // that date ("late Saturday evening" after "Sunday, July 5");
            // otherwise the most recent one before the article's date.
            let narrative = context.reference.filter(|reference| {
                *reference <= anchor && anchor.to_days() - reference.to_days() <= 31
            });
            if let (Some(reference), Shift::Plain, false) = (narrative, shift, context.future) {
                let back = (i64::from(reference.weekday()) - i64::from(weekday)).rem_euclid(7);
                let date = if back <= 3 {
                    reference.add_days(-back)
                } else {
                    reference.add_days(7 - back)
                };
                return relative(date, date, Precision::Day);
            }
            let reference = anchor;
            let back = (i64::from(reference.weekday()) - i64::from(weekday)).rem_euclid(7);
            let date = match (shift, context.future) {
                (Shift::Next, _) | (Shift::Plain | Shift::This, true) => reference.add_days(
                    (i64::from(weekday) - i64::from(reference.weekday()))
                        .rem_euclid(7)
                        .max(1),
                ),
                (Shift::Last, _) => reference.add_days(-if back == 0 { 7 } else { back }),
                (Shift::Plain | Shift::This, false) => reference.add_days(-back),
            };
            relative(date, date, Precision::Day)
        }
        TimexKind::Day { offset } => {
            let date = anchor.add_days(offset);
            relative(date, date, Precision::Day)
        }
        TimexKind::RelativeUnit {
            unit,
            shift,
            so_far,
        } => {
            let step = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                Shift::Plain | Shift::This => 0,
            };
            let (start, end, precision) = unit_range(anchor, unit, step)?;
            let end = if so_far && step == 0 { anchor } else { end };
            relative(start, end, precision)
        }
        TimexKind::Ago { count, unit } => {
            let date = shift_by(anchor, unit, -count)?;
            match unit {
                Unit::Day => relative(date, date, Precision::Day),
                other => {
                    let (start, end, precision) = unit_range(date, other, 0)?;
                    relative(start, end, precision)
                }
            }
        }
        TimexKind::Offset {
            count,
            unit,
            direction,
            at_most,
            ..
        } => {
            let base = match direction {
                Direction::Span => anchor,
                _ => context.reference?,
            };
            let count = count?;
            let moved = shift_by(
                base,
                unit,
                if direction == Direction::Before {
                    -count
                } else {
                    count
                },
            )?;
            let (start, end) = match direction {
                Direction::Span if context.future => (anchor, moved),
                Direction::Span => (shift_by(anchor, unit, -count)?, anchor),
                Direction::Within => (base, moved),
                // "less than two weeks after": strictly between the two.
                Direction::After if at_most => (base.add_days(1), moved.add_days(-1)),
                Direction::Before if at_most => (moved.add_days(1), base.add_days(-1)),
                // "four years earlier" is a year, "six months later" a
                // month: the unit counted is the precision told.
                Direction::After | Direction::Before => match unit {
                    Unit::Month | Unit::Year => {
                        let (start, end, precision) = unit_range(moved, unit, 0)?;
                        return relative(start, end, precision);
                    }
                    Unit::Day | Unit::Week => (moved, moved),
                },
            };
            let precision = if start == end {
                Precision::Day
            } else {
                Precision::Days
            };
            relative(start, end, precision)
        }
        TimexKind::TermPeriod { first, last } => Some(Value {
            start: first,
            end: last,
            precision: match last.to_days() - first.to_days() {
                ..=31 => Precision::Month,
                32..=92 => Precision::Season,
                _ => Precision::PartOfYear,
            },
            inferred: false,
        }),
        TimexKind::Anniversary { of, nth } => {
            let on = |years: i32| {
                CivilDate::new(
                    of.year + years,
                    of.month,
                    of.day.min(days_in_month(of.year + years, of.month)),
                )
            };
            let years = match nth {
                Some(nth) => nth,
                // The next one when the sentence looks ahead; otherwise the
                // one nearest the anchor (news marks an anniversary in the
                // days around it). Never the day itself: that is no
                // anniversary.
                None => {
                    let after = (anchor.year - of.year).max(1);
                    let candidates = [after - 1, after, after + 1];
                    candidates
                        .into_iter()
                        .filter(|&years| years >= 1)
                        .filter_map(|years| Some((years, on(years)?)))
                        .filter(|(_, date)| !context.future || *date >= anchor)
                        .min_by_key(|(_, date)| (date.to_days() - anchor.to_days()).abs())?
                        .0
                }
            };
            let date = on(years)?;
            relative(date, date, Precision::Day)
        }
        TimexKind::Vague => None,
    }
}

/// True when the expression alone does not fix its year.
pub fn kind_needs_anchor(kind: &TimexKind) -> bool {
    !matches!(
        kind,
        TimexKind::Date { .. }
            | TimexKind::MonthYear { .. }
            | TimexKind::PartOfYear { .. }
            | TimexKind::Season { year: Some(_), .. }
            | TimexKind::Year { .. }
            | TimexKind::Years { .. }
            | TimexKind::PartOfMonth { year: Some(_), .. }
            | TimexKind::TermPeriod { .. }
    )
}

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
fn year_of_nearest(
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

fn part_of_month(year: i32, month: u8, part: Part) -> (u8, u8) {
    let last = days_in_month(year, month);
    match part {
        Part::Early => (1, 10),
        Part::Mid => (11, 20),
        Part::Late => (21, last),
        Part::FirstHalf => (1, 15),
        Part::SecondHalf => (16, last),
    }
}

fn month_range(year: i32, month: u8) -> Option<(CivilDate, CivilDate)> {
    Some((
        CivilDate::new(year, month, 1)?,
        CivilDate::new(year, month, days_in_month(year, month))?,
    ))
}

fn season_range(season: Season, year: i32) -> Option<(CivilDate, CivilDate)> {
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
fn unit_range(date: CivilDate, unit: Unit, step: i64) -> Option<(CivilDate, CivilDate, Precision)> {
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

#[cfg(test)]
mod tests {
    use super::super::tagger::find;
    use super::*;

    fn date(text: &str) -> CivilDate {
        CivilDate::parse_iso(text).unwrap()
    }

    /// Resolves the first expression in `sentence` against `anchor`, with the
    /// narrative `reference` when given.
    fn check(
        sentence: &str,
        anchor: &str,
        reference: Option<&str>,
        expected: Option<(&str, &str)>,
    ) {
        let found = find(sentence);
        let first = found
            .first()
            .unwrap_or_else(|| panic!("an expression in {sentence:?}"));
        let future = ["will", "set for", "upcoming", "next"]
            .iter()
            .any(|cue| sentence.contains(cue));
        let context = Context {
            anchor: date(anchor),
            reference: reference.map(date),
            future,
        };
        let value = resolve(&first.kind, &context)
            .map(|value| (value.start.to_string(), value.end.to_string()));
        let expected = expected.map(|(start, end)| (start.to_owned(), end.to_owned()));
        assert_eq!(value, expected, "{sentence:?} at {anchor}");
    }

    #[test]
    fn past_bias_and_future_cues() {
        check(
            "He took office in May.",
            "2020-07-06",
            None,
            Some(("2020-05-01", "2020-05-31")),
        );
        check(
            "The US killed him in January.",
            "2020-12-26",
            None,
            Some(("2020-01-01", "2020-01-31")),
        );
        check(
            "Elections will be held in June.",
            "2020-12-26",
            None,
            Some(("2021-06-01", "2021-06-30")),
        );
        check(
            "since early June",
            "2020-07-06",
            None,
            Some(("2020-06-01", "2020-06-10")),
        );
        check(
            "the confrontation in late June",
            "2021-01-05",
            None,
            Some(("2020-06-21", "2020-06-30")),
        );
        check(
            "released last summer",
            "2021-01-05",
            None,
            Some(("2020-06-01", "2020-08-31")),
        );
        check(
            "in a press conference last week",
            "2020-07-08",
            None,
            Some(("2020-06-29", "2020-07-05")),
        );
        check(
            "talks this month",
            "2020-07-08",
            None,
            Some(("2020-07-01", "2020-07-31")),
        );
    }

    #[test]
    fn weekdays() {
        check(
            "On Sunday, July 5, the military said",
            "2020-07-08",
            None,
            Some(("2020-07-05", "2020-07-05")),
        );
        check(
            "launched late Saturday evening",
            "2020-07-08",
            Some("2020-07-05"),
            Some(("2020-07-04", "2020-07-04")),
        );
        check(
            "said Monday",
            "2020-07-08",
            None,
            Some(("2020-07-06", "2020-07-06")),
        );
        check(
            "will meet next Friday",
            "2020-07-08",
            None,
            Some(("2020-07-10", "2020-07-10")),
        );
    }

    #[test]
    fn explicit_dates_ignore_the_anchor() {
        check(
            "on July 21, 2020",
            "1999-01-01",
            None,
            Some(("2020-07-21", "2020-07-21")),
        );
        check(
            "in late 2019",
            "1999-01-01",
            None,
            Some(("2019-09-01", "2019-12-31")),
        );
        check(
            "the summer of 2020",
            "1999-01-01",
            None,
            Some(("2020-06-01", "2020-08-31")),
        );
        check(
            "set for June, 2021",
            "1999-01-01",
            None,
            Some(("2021-06-01", "2021-06-30")),
        );
        check(
            "laws enacted in 2018",
            "1999-01-01",
            None,
            Some(("2018-01-01", "2018-12-31")),
        );
    }

    #[test]
    fn anniversaries_of_a_known_day() {
        let of = date("2020-01-03");
        let at = |anchor: &str, future: bool, nth: Option<i32>| {
            let context = Context {
                anchor: date(anchor),
                reference: None,
                future,
            };
            resolve(&TimexKind::Anniversary { of, nth }, &context)
                .map(|value| value.start.to_string())
        };
        // The nearest one, before or after the article, never the day itself.
        assert_eq!(at("2020-11-03", false, None).as_deref(), Some("2021-01-03"));
        assert_eq!(at("2021-01-19", false, None).as_deref(), Some("2021-01-03"));
        assert_eq!(at("2021-05-01", false, None).as_deref(), Some("2021-01-03"));
        assert_eq!(at("2021-05-01", true, None).as_deref(), Some("2022-01-03"));
        assert_eq!(
            at("2020-01-01", false, Some(2)).as_deref(),
            Some("2022-01-03")
        );
    }

    #[test]
    fn offsets_need_a_reference() {
        check(
            "released within three days of being arrested",
            "2020-07-08",
            Some("2020-06-25"),
            Some(("2020-06-25", "2020-06-28")),
        );
        check(
            "less than two weeks after that interview",
            "2021-06-30",
            Some("2021-05-14"),
            Some(("2021-05-15", "2021-05-27")),
        );
        check(
            "The attack on Sunday came",
            "2020-07-08",
            Some("2020-07-04"),
            Some(("2020-07-05", "2020-07-05")),
        );
        check("10 days after the arrests", "2020-07-08", None, None);
        check(
            "and four days later an air strike",
            "2022-04-03",
            Some("2022-01-17"),
            Some(("2022-01-21", "2022-01-21")),
        );
        check(
            "down from the 71 they took four years earlier",
            "2022-05-18",
            Some("2022-05-15"),
            Some(("2018-01-01", "2018-12-31")),
        );
        check(
            "In six months the prime minister has twice",
            "2021-01-05",
            None,
            Some(("2020-07-05", "2021-01-05")),
        );
        check("in recent weeks", "2021-01-05", None, None);
    }
}
