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

mod calendar;

use crate::civil::{days_in_month, CivilDate};
use crate::model::Precision;

use super::tagger::{Direction, Part, Shift, TimexKind, Unit};

use calendar::{month_range, part_of_month, season_range, unit_range, year_of_nearest};
pub use calendar::{shift_by, year_for_weekday};

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
    /// True when the anchor is a day the article's date is known to be (a
    /// dateline, or a date given to `dossier annotate --date`), not one
    /// inferred or a range.
    pub stated: bool,
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
            // An article that states its date tells of its own week: a
            // weekday of that week that follows the story's last day, at
            // most a week after it, is that one ("seized Aleppo the
            // following day. They captured Hama on Thursday").
            let this_week =
                anchor.add_days(-(i64::from(anchor.weekday()) - i64::from(weekday)).rem_euclid(7));
            let narrative = narrative.filter(|reference| {
                !context.stated
                    || this_week < *reference
                    || this_week.to_days() - reference.to_days() > 7
            });
            if let (Some(reference), Shift::Plain, false) = (narrative, shift, context.future) {
                let back = (i64::from(reference.weekday()) - i64::from(weekday)).rem_euclid(7);
                // Nearest, but never after the article's date: a past
                // clause does not tell of a day still to come.
                let date = if back <= 3 || reference.add_days(7 - back) > anchor {
                    reference.add_days(-back)
                } else {
                    reference.add_days(7 - back)
                };
                return relative(date, date, Precision::Day);
            }
            // A plan looks ahead from the day its sentence told it on, at
            // most a week before the article's ("said on Monday that ...
            // would be buried on Tuesday"), or from the article's day.
            let ahead_of = context
                .reference
                .filter(|told| *told <= anchor && anchor.to_days() - told.to_days() <= 7)
                .unwrap_or(anchor);
            // The first such weekday after `from`.
            let next_after = |from: CivilDate| {
                from.add_days(
                    (i64::from(weekday) - i64::from(from.weekday()))
                        .rem_euclid(7)
                        .max(1),
                )
            };
            let back = (i64::from(anchor.weekday()) - i64::from(weekday)).rem_euclid(7);
            let date = match (shift, context.future) {
                (Shift::Next, _) => next_after(anchor),
                (Shift::Plain | Shift::This, true) => next_after(ahead_of),
                (Shift::Last, _) => anchor.add_days(-if back == 0 { 7 } else { back }),
                (Shift::Plain | Shift::This, false) => anchor.add_days(-back),
            };
            relative(date, date, Precision::Day)
        }
        TimexKind::Weekend { shift } => {
            // Saturday is weekday 5 (Monday 0).
            let back_to_saturday = (i64::from(anchor.weekday()) - 5).rem_euclid(7);
            let saturday = match (shift, context.future) {
                // "this weekend" in a plan, "next weekend": the coming one.
                (Shift::Next, _) | (Shift::This | Shift::Plain, true) => {
                    anchor.add_days((5 - i64::from(anchor.weekday())).rem_euclid(7))
                }
                // "over the weekend", "last weekend": the one just gone, or
                // the one under way on a Sunday.
                _ => anchor.add_days(-if back_to_saturday == 0 {
                    7
                } else {
                    back_to_saturday
                }),
            };
            relative(saturday, saturday.add_days(1), Precision::Days)
        }
        TimexKind::Day { offset } => {
            let date = anchor.add_days(offset);
            relative(date, date, Precision::Day)
        }
        TimexKind::RelativeUnit {
            unit,
            shift,
            so_far,
            part,
        } => {
            let step = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                Shift::Plain | Shift::This => 0,
            };
            let (start, end, precision) = unit_range(anchor, unit, step)?;
            // "early last month": that part of the month.
            if let (Some(part), Unit::Month) = (part, unit) {
                let (first, last) = part_of_month(start.year, start.month, part);
                return relative(
                    CivilDate::new(start.year, start.month, first)?,
                    CivilDate::new(start.year, start.month, last)?,
                    Precision::PartOfMonth,
                );
            }
            // "earlier this month": up to the day before.
            let end = if so_far && step == 0 {
                anchor.add_days(-1).max(start)
            } else {
                end
            };
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
            whole,
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
            // "the following week": the calendar week after the one told.
            if whole && unit == Unit::Week {
                let (start, end, precision) = unit_range(moved, unit, 0)?;
                return relative(start, end, precision);
            }
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

#[cfg(test)]
mod tests;
