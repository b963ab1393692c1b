//! Inferring the date of an article that has no dateline, from what it says.
//!
//! The evidence, strongest first (as in the literature the engine follows):
//! - a weekday with a month and day ("Sunday, July 5") fixes the year;
//! - the latest fully specified past date the text cites is a lower bound;
//!   a period ("June 2020", "the summer of 2022") bounds it from its first
//!   day, since it may still be running, and stretches the range to a month
//!   after its last;
//!   a day without a year ("April 7", "early June") is in that bound's year
//!   or within two months before it when it can be, and otherwise recent: it
//!   falls after the bound and raises it; a day without a year that this
//!   puts half a year or more before a bound set by a vaguer date without a
//!   year ("mid-December") is the newest news instead, and comes after it;
//! - a month cited with its year ("in January 2020"; not a season or a
//!   part of a year, which need their year even in the current one, and
//!   not a full date, which many outlets write with its year in any year)
//!   is of another year than the article's: news gives a month its year
//!   only then. The article is from a later year, and its days without a
//!   year fall in that year;
//! - a future date the text cites ("elections set for June 2021") is an
//!   upper bound, and news looks ahead about a year at most;
//! - with no evidence at all, nothing is guessed.
//!
//! The result is a range: from the lower bound to a week after it (a
//! day-precise bound: news reports what happened days ago), a month after it
//! (coarser bounds), or to the day before the upper bound.

use crate::civil::CivilDate;
use crate::model::{Confidence, DocDate, Precision};

mod dateline;
mod yearless;

pub use dateline::on_yearless_dateline;

use super::offices::Bound;
use super::resolve::{kind_needs_anchor, resolve, year_for_weekday, Context};
use super::tagger::TimexKind;

/// A temporal expression as evidence for the article's date.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// What it says.
    pub kind: TimexKind,
    /// True when its sentence speaks of the future.
    pub future: bool,
    /// True when it stands in a photo caption: the day a photo was taken
    /// only bounds the article from below, and file photos can be old.
    pub caption: bool,
    /// False when its year is not the text's but known from elsewhere (the
    /// gazetteer's day of a death): it says nothing of the writer's habits.
    pub year_told: bool,
    /// The index of its sentence.
    pub sentence: usize,
}

/// Infers a document's date from its temporal expressions (each with
/// whether its sentence speaks of the future). `hint` is a date typical of
/// the corpus (for choosing among the years a weekday allows).
pub fn infer_date(
    expressions: &[Evidence],
    known: &[Bound],
    hint: Option<CivilDate>,
) -> Option<DocDate> {
    let mut bounds = Bounds::default();
    let far_past = CivilDate::new(1, 1, 1)?;
    let explicit = |kind: &TimexKind| {
        resolve(
            kind,
            &Context {
                anchor: far_past,
                reference: None,
                future: false,
                stated: false,
            },
        )
    };

    // A date the text speaks of as future anywhere is future everywhere
    // ("elections set for June, 2021" ... "prepare for the elections in June 2021").
    let future_values: Vec<_> = expressions
        .iter()
        .filter(|evidence| evidence.future && !kind_needs_anchor(&evidence.kind))
        .filter_map(|evidence| explicit(&evidence.kind))
        .collect();
    // Stated dates, and weekday-fixed ones: the body first, so that a date a
    // caption repeats keeps the body's strength.
    let body = expressions.iter().filter(|evidence| !evidence.caption);
    let captions = expressions.iter().filter(|evidence| evidence.caption);
    for evidence in body.chain(captions) {
        let kind = &evidence.kind;
        let future = &(evidence.future
            || (!kind_needs_anchor(kind)
                && explicit(kind).is_some_and(|value| future_values.contains(&value))));
        if evidence.caption {
            if !*future {
                if let Some(value) = caption_value(kind, hint) {
                    bounds.raise(
                        value,
                        Precision::Year,
                        format!("{value} (a photo caption's date, a lower bound only)"),
                    );
                }
            }
            continue;
        }
        if let TimexKind::MonthDay {
            month,
            day,
            weekday: Some(weekday),
        } = kind
        {
            // Without a date typical of the corpus, a weekday cannot choose a
            // year: skip this expression, keep the others.
            let Some(around) = hint else { continue };
            let Some(year) = year_for_weekday(*month, *day, *weekday, around.add_days(366)) else {
                continue;
            };
            let Some(date) = CivilDate::new(year, *month, *day) else {
                continue;
            };
            if *future {
                bounds.cap(date);
            } else {
                bounds.raise(
                    date,
                    Precision::Day,
                    format!("{date} (a weekday with its date fixes the year)"),
                );
            }
            continue;
        }
        // A stretch of a term in office comes in through `known`, which
        // knows whether the article was written during it.
        if kind_needs_anchor(kind) || matches!(kind, TimexKind::TermPeriod { .. }) {
            continue;
        }
        let Some(value) = explicit(kind) else {
            continue;
        };
        if !*future && evidence.year_told && matches!(kind, TimexKind::MonthYear { .. }) {
            if let Some(next_year) = CivilDate::new(value.start.year + 1, 1, 1) {
                bounds.raise_to_year_after(
                    next_year,
                    format!(
                        "{next_year} (“{}” is cited with its year, which news gives only for another year)",
                        value.start.year
                    ),
                );
            }
        }
        if *future {
            bounds.cap(value.start);
        } else if matches!(
            value.precision,
            Precision::PartOfMonth | Precision::Month | Precision::Season
        ) {
            // "over the summer of 2022": the period may still be running as
            // the article is written, so it bounds it from its first day, and
            // the article may lie anywhere up to a month after its last.
            bounds.raise(
                value.start,
                value.precision,
                format!(
                    "{}..{} (a period it cites, which may still run)",
                    value.start, value.end
                ),
            );
            bounds.may_run_to = bounds.may_run_to.max(Some(value.end));
        } else if value.precision <= Precision::Season {
            bounds.raise(
                value.end,
                value.precision,
                format!("{} (the latest date it cites)", value.end),
            );
        } else if bounds
            .lower
            .is_none_or(|(_, precision)| precision >= Precision::PartOfYear)
        {
            // A bare year is weak evidence: use it only when nothing better
            // comes, and then the latest one.
            bounds.raise(
                value.end,
                value.precision,
                format!("{} (the latest year it cites)", value.end.year),
            );
        }
    }

    // News looks ahead about a year at most: a guess, so it gives way to any
    // past date of season precision or finer that the text cites (a deadline
    // "by March 2024" can lie years ahead of the article).
    let cites_past = bounds.cites_past;
    if let Some(limit) = bounds.upper.filter(|_| !cites_past) {
        let year_before = super::resolve::shift_by(limit, super::tagger::Unit::Year, -1)?;
        bounds.raise(
            year_before,
            Precision::Month,
            format!("before {limit}, a future date it cites"),
        );
    }
    // Terms in office: of a holder's several terms, the first that does not
    // end before what the text cites.
    for bound in known {
        let lower = bounds.lower.map(|(date, _)| date);
        let fitting = bound
            .alternatives
            .iter()
            .find(|(_, to)| lower.is_none_or(|lower| to.is_none_or(|to| to > lower)));
        if let Some(&(from, to)) = fitting {
            bounds.raise_to_interval(from, format!("{} ({})", from, bound.why));
            if let Some(to) = to {
                bounds.cap(to);
            }
        }
    }
    yearless::place(expressions, &mut bounds);
    let (start, precision) = bounds.lower?;
    // A week after a cited day (news reports what happened days ago), a
    // month after a coarser bound; never up to a future date further away,
    // which only says the article came before it.
    let window = start.add_days(if precision == Precision::Day { 7 } else { 30 });
    let window = match bounds.may_run_to {
        Some(last) if last >= start => window.max(last.add_days(30)),
        _ => window,
    };
    let end = match bounds.upper {
        Some(limit) if cites_past && !bounds.from_interval => {
            limit.add_days(-1).min(window).max(start)
        }
        // The bound is the year-ahead guess, or the start of an interval the
        // article is known to lie in: the whole of it.
        Some(limit) => limit.add_days(-1).max(start),
        None => window,
    };
    // A weekday with its date fixes the year; a cited day is good evidence;
    // anything coarser, or a future date alone, is weak.
    let weekday_fixed = bounds
        .reasons
        .iter()
        .any(|reason| reason.contains("weekday"));
    let confidence = match precision {
        _ if bounds.from_interval => Confidence::Low,
        Precision::Day if weekday_fixed => Confidence::High,
        Precision::Day => Confidence::Medium,
        _ => Confidence::Low,
    };
    Some(DocDate {
        start,
        end,
        inferred: true,
        confidence,
        evidence: format!("inferred from {}", bounds.reasons.join("; ")),
    })
}

/// The day a caption's date names, when it names one by itself (a full
/// date, or a weekday with its date and the corpus's typical year).
fn caption_value(kind: &TimexKind, hint: Option<CivilDate>) -> Option<CivilDate> {
    match *kind {
        TimexKind::Date {
            year, month, day, ..
        } => CivilDate::new(year, month, day),
        TimexKind::MonthDay {
            month,
            day,
            weekday: Some(weekday),
        } => {
            let year = year_for_weekday(month, day, weekday, hint?.add_days(366))?;
            CivilDate::new(year, month, day)
        }
        _ => None,
    }
}

/// The bounds found so far, and why.
#[derive(Default)]
struct Bounds {
    lower: Option<(CivilDate, Precision)>,
    upper: Option<CivilDate>,
    /// True when the lower bound is the start of a known interval (a term
    /// in office), not a date the text cites.
    from_interval: bool,
    /// True when the lower bound is the first day of the year after one
    /// the text cites a month or day of with its year.
    year_after: bool,
    /// True when the text cites a past date of season precision or finer.
    cites_past: bool,
    /// The last day of the latest period the text cites as past, which may
    /// still have been running when the article was written.
    may_run_to: Option<CivilDate>,
    reasons: Vec<String>,
}

impl Bounds {
    /// Raises the lower bound to `date` when that is later.
    fn raise(&mut self, date: CivilDate, precision: Precision, why: String) {
        self.cites_past |= precision <= Precision::Season;
        if self.lower.is_none_or(|(bound, _)| date > bound) {
            self.lower = Some((date, precision));
            self.from_interval = false;
            self.year_after = false;
            self.reasons.push(why);
        }
    }

    /// Raises the lower bound to the first day of the year after a date
    /// cited with its year.
    fn raise_to_year_after(&mut self, date: CivilDate, why: String) {
        if self.lower.is_none_or(|(bound, _)| date > bound) {
            self.raise(date, Precision::Year, why);
            self.year_after = true;
        }
    }

    /// Raises the lower bound to the start of a known interval.
    fn raise_to_interval(&mut self, date: CivilDate, why: String) {
        if self.lower.is_none_or(|(bound, _)| date > bound) {
            self.lower = Some((date, Precision::Years));
            self.from_interval = true;
            self.year_after = false;
            self.reasons.push(why);
        }
    }

    /// Lowers the upper bound to `date` when that is earlier.
    fn cap(&mut self, date: CivilDate) {
        self.upper = Some(self.upper.map_or(date, |bound| bound.min(date)));
    }
}

#[cfg(test)]
mod tests;
