//! Pure formatting of dates and sizes for display.

use dossier_corpus::{CivilDate, DateValue, DocDate, Precision, MONTH_NAMES_SHORT};

/// "6 Jul 2020".
pub fn format_day(date: CivilDate) -> String {
    format!("{} {} {}", date.day, month_short(date.month), date.year)
}

/// A document date: one day, a span within a month, or a span across months.
pub fn format_doc_date(date: &DocDate) -> String {
    let (start, end) = (date.start, date.end);
    if start == end {
        format_day(start)
    } else if start.year == end.year && start.month == end.month {
        format!(
            "{}–{} {} {}",
            start.day,
            end.day,
            month_short(start.month),
            start.year
        )
    } else {
        format!("{} – {}", format_day(start), format_day(end))
    }
}

/// A resolved temporal expression for a tooltip: its range, its precision
/// and whether it was inferred.
pub fn format_date_value(value: &DateValue) -> String {
    let range = if value.start == value.end {
        format_day(value.start)
    } else {
        format!("{} – {}", format_day(value.start), format_day(value.end))
    };
    let precision = match value.precision {
        Precision::Day => "day",
        Precision::Days => "a few days",
        Precision::Week => "week",
        Precision::PartOfMonth => "part of a month",
        Precision::Month => "month",
        Precision::Season => "season",
        Precision::PartOfYear => "part of a year",
        Precision::Year => "year",
        Precision::Years => "years",
    };
    let inferred = if value.inferred {
        ", year inferred from the article’s date"
    } else {
        ""
    };
    format!("{range} ({precision}{inferred})")
}

/// Reading time at 230 words a minute, at least one minute.
pub fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(230).max(1)
}

/// The three-letter name of a month, 1 to 12.
pub fn month_short(month: u8) -> &'static str {
    MONTH_NAMES_SHORT
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(start: (i32, u8, u8), end: (i32, u8, u8)) -> DocDate {
        DocDate {
            start: CivilDate::new(start.0, start.1, start.2).unwrap(),
            end: CivilDate::new(end.0, end.1, end.2).unwrap(),
            inferred: false,
            evidence: String::new(),
            confidence: dossier_corpus::Confidence::Stated,
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            format_doc_date(&date((2020, 7, 6), (2020, 7, 6))),
            "6 Jul 2020"
        );
        assert_eq!(
            format_doc_date(&date((2020, 6, 1), (2020, 6, 10))),
            "1–10 Jun 2020"
        );
        assert_eq!(
            format_doc_date(&date((2020, 12, 20), (2021, 1, 3))),
            "20 Dec 2020 – 3 Jan 2021"
        );
    }

    #[test]
    fn reading_time() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
