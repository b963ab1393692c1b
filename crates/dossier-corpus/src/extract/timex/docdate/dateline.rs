//! An article whose wire dateline gives its day without the year
//! ("PORT-AU-PRINCE, Haiti, June 26 (AFP) —"): the day is stated, the year
//! is inferred.

use crate::civil::CivilDate;
use crate::model::{Confidence, DocDate};

/// How many years after the inferred lower bound a dateline's day is
/// looked for.
const YEARS_AHEAD: i32 = 7;

/// The date of an article datelined `month`/`day` with no year, given the
/// date inferred from its text (`inferred`, whose start bounds it from
/// below) and the weekday its first sentence tells the news of, if any
/// (wire stories tell the dateline's day by its weekday: "spent their first
/// full day in Haiti on Wednesday"). The first such day on or after the
/// bound that falls on that weekday, or, with no weekday, the first such
/// day; none without a bound, as nothing then tells the year. Low
/// confidence either way.
pub fn on_yearless_dateline(
    month: u8,
    day: u8,
    weekday: Option<u8>,
    inferred: Option<&DocDate>,
) -> Option<DocDate> {
    let bound = inferred?;
    let candidates: Vec<CivilDate> = (bound.start.year..=bound.start.year + YEARS_AHEAD)
        .filter_map(|year| CivilDate::new(year, month, day))
        .filter(|date| *date >= bound.start)
        .collect();
    let with_weekday =
        weekday.and_then(|weekday| candidates.iter().find(|date| date.weekday() == weekday));
    let date = *with_weekday.or(candidates.first())?;
    let why = match with_weekday {
        Some(_) => format!(
            "the dateline's day, in the first year from {} in which it is the {} its first sentence tells",
            bound.start,
            crate::civil::WEEKDAY_NAMES
                .get(usize::from(date.weekday()))
                .copied()
                .unwrap_or("day")
        ),
        None => format!("the dateline's day, in the first year from {}", bound.start),
    };
    Some(DocDate {
        start: date,
        end: date,
        inferred: true,
        evidence: format!("{why}; {}", bound.evidence),
        // The lede may tell the day before the dateline's, and the bound
        // may come from a year long past: the year is a guess.
        confidence: Confidence::Low,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inferred(start: &str) -> DocDate {
        let start = CivilDate::parse_iso(start).unwrap();
        DocDate {
            start,
            end: start.add_days(7),
            inferred: true,
            evidence: "2021 (the latest year it cites)".to_owned(),
            confidence: Confidence::Low,
        }
    }

    #[test]
    fn the_year_is_the_first_whose_day_falls_on_the_ledes_weekday() {
        // 26 June: a Sunday in 2022, a Monday in 2023, a Wednesday in 2024.
        let bound = inferred("2022-01-01");
        let wednesday = on_yearless_dateline(6, 26, Some(2), Some(&bound)).unwrap();
        assert_eq!(wednesday.start.to_string(), "2024-06-26");
        assert_eq!(wednesday.start, wednesday.end);
        assert!(wednesday.inferred);
        assert!(
            wednesday.evidence.contains("Wednesday"),
            "{}",
            wednesday.evidence
        );
        // No weekday: the first 26 June from the bound.
        assert_eq!(wednesday.confidence, Confidence::Low);
        assert!(!wednesday.evidence.contains("inferred from inferred"));
        let plain = on_yearless_dateline(6, 26, None, Some(&bound)).unwrap();
        assert_eq!(plain.start.to_string(), "2022-06-26");
        // A bound after 26 June moves to the next year.
        let late = on_yearless_dateline(6, 26, None, Some(&inferred("2022-07-01"))).unwrap();
        assert_eq!(late.start.to_string(), "2023-06-26");
        // Nothing tells the year: no date. No such day: none either.
        assert!(on_yearless_dateline(6, 26, Some(2), None).is_none());
        assert!(on_yearless_dateline(2, 30, None, Some(&bound)).is_none());
    }
}
