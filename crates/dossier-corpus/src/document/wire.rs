//! The wire dateline opening an article's first paragraph: "DAMASCUS,
//! Syria (Dec. 8, 2024) —", "WASHINGTON, Jan. 5, 2021 (Reuters) -", or one
//! without its year, "PORT-AU-PRINCE, Haiti, June 26 (AFP) —".

use crate::civil::{month_from_name, CivilDate};

use super::header::parse_dateline;

/// Reads a wire dateline opening the first paragraph: a place in capitals,
/// perhaps its region, and the date in brackets or after a comma, then a
/// dash: "DAMASCUS, Syria (Dec. 8, 2024) —", "WASHINGTON, Jan. 5, 2021
/// (Reuters) -". Returns the date and the dateline's text; a date without
/// its year is [`yearless_wire_dateline`]'s.
pub fn parse_wire_dateline(sentence: &str) -> Option<WireDateline<'_>> {
    let (prefix, rest, dash_end) = wire_prefix(sentence)?;
    let (date, told) = told_in_dateline(rest, parse_dateline)?;
    // The date as the text has it, for the reader: it stands in the prefix.
    let told = prefix
        .find(told.as_str())
        .map_or(prefix, |at| &prefix[at..at + told.len()]);
    Some(WireDateline {
        date,
        text: sentence[..dash_end].trim_end(),
        date_text: told,
    })
}

/// The month and day of a wire dateline that gives no year:
/// "PORT-AU-PRINCE, Haiti, June 26 (AFP) —", "BEIRUT, June 3 (Reuters) -".
/// The article is of that day, in a year its text must tell.
pub fn yearless_wire_dateline(sentence: &str) -> Option<(u8, u8)> {
    let (_, rest, _) = wire_prefix(sentence)?;
    told_in_dateline(rest, parse_month_day).map(|(month_day, _)| month_day)
}

/// Where a wire dateline with a date (its year told or not) stands in its
/// sentence: the end of its place ("PORT-AU-PRINCE"), and the end of the
/// text before its dash. The place is a place; what stands in its brackets
/// ("(AFP)", "(Dec. 8, 2024)") is a credit or a date, not a name.
pub fn wire_dateline_layout(sentence: &str) -> Option<(usize, usize)> {
    let (prefix, rest, _) = wire_prefix(sentence)?;
    let dated = told_in_dateline(rest, parse_dateline).is_some()
        || told_in_dateline(rest, parse_month_day).is_some();
    dated.then(|| (prefix.len() - rest.len(), prefix.len()))
}

/// A wire dateline's parts: the text before its dash, what follows the
/// place in it, and the end of the dash. The dash stands in the first 90
/// bytes, after a place in capitals.
fn wire_prefix(sentence: &str) -> Option<(&str, &str, usize)> {
    const LONGEST: usize = 90;
    // The dash stands in the first 90 bytes (fewer when a character
    // straddles the 90th).
    let limit = (0..=LONGEST.min(sentence.len()))
        .rev()
        .find(|&at| sentence.is_char_boundary(at))
        .unwrap_or(0);
    let head = &sentence[..limit];
    let dash = [" — ", " – ", " -- ", " - "]
        .iter()
        .filter_map(|dash| head.find(dash).map(|at| (at, at + dash.len())))
        .min()?;
    let prefix = &sentence[..dash.0];
    let place_end = prefix.find([',', '(']).unwrap_or(prefix.len());
    let place = prefix[..place_end].trim();
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count();
    if capitals < 3
        || place.chars().any(|c| c.is_lowercase())
        || !place
            .chars()
            .all(|c| c.is_alphabetic() || " .'’-".contains(c))
    {
        return None;
    }
    Some((prefix, &prefix[place_end..], dash.1))
}

/// The date `parse` reads in what follows a dateline's place: in brackets
/// ("(Dec. 8, 2024)"; an agency's name there is no date), or after a comma
/// ("WASHINGTON, D.C., Jan. 5, 2021"). With the text it was read from.
fn told_in_dateline<T>(rest: &str, parse: impl Fn(&str) -> Option<T>) -> Option<(T, String)> {
    let bracketed = rest.split('(').skip(1).filter_map(|part| {
        let inside = part.split(')').next()?;
        parse(inside).map(|date| (date, inside.trim().to_owned()))
    });
    let unbracketed: String = rest
        .split('(')
        .enumerate()
        .map(|(index, part)| {
            if index == 0 {
                part
            } else {
                part.split_once(')').map_or("", |(_, after)| after)
            }
        })
        .collect();
    let after_comma = unbracketed.match_indices(',').find_map(|(at, _)| {
        let told = unbracketed[at + 1..].trim();
        parse(told).map(|date| (date, told.to_owned()))
    });
    bracketed.chain(after_comma).next()
}

/// "June 26", "Dec. 8", "8 December": a month and a day, nothing more.
fn parse_month_day(text: &str) -> Option<(u8, u8)> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let (month, day) = match tokens.as_slice() {
        [month, day] if month_from_name(month).is_some() => (month, day),
        [day, month] if month_from_name(month).is_some() => (month, day),
        _ => return None,
    };
    let day: u8 = day
        .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
        .parse()
        .ok()?;
    (1..=31)
        .contains(&day)
        .then_some((month_from_name(month)?, day))
}

/// A wire dateline: its date, its whole text ("DAMASCUS, Syria (Dec. 8,
/// 2024) —") and the date as written in it ("Dec. 8, 2024").
#[derive(Debug, PartialEq, Eq)]
pub struct WireDateline<'a> {
    pub date: CivilDate,
    pub text: &'a str,
    pub date_text: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        let date = |y, m, d| CivilDate::new(y, m, d);
        for (sentence, expected) in [
            (
                "DAMASCUS, Syria (Dec. 8, 2024) — Syrian rebels swept in.",
                date(2024, 12, 8).map(|d| (d, "DAMASCUS, Syria (Dec. 8, 2024) —")),
            ),
            (
                "WASHINGTON, Jan. 5, 2021 (Reuters) - The Senate voted.",
                date(2021, 1, 5).map(|d| (d, "WASHINGTON, Jan. 5, 2021 (Reuters) -")),
            ),
            (
                "NEW YORK, N.Y., March 3, 2022 — Talks opened.",
                date(2022, 3, 3).map(|d| (d, "NEW YORK, N.Y., March 3, 2022 —")),
            ),
            // A character straddling the 90th byte: the dash after it is
            // too far, as it is for any other text.
            (
                "BEIRUT (Dec. 8, 2024) xéééééééééééééééééééééééééééééééééé — late.",
                None,
            ),
            // No year, no date; no capitals, no dateline.
            ("BEIRUT, June 3 (Reuters) - Talks opened.", None),
            ("KYIV, Ukraine (AP) — Talks opened.", None),
            ("Damascus, Syria (Dec. 8, 2024) — rebels swept in.", None),
            (
                "On Dec. 8, 2024 — the day Damascus fell — rebels swept in.",
                None,
            ),
        ] {
            let found = parse_wire_dateline(sentence).map(|wire| (wire.date, wire.text));
            assert_eq!(found, expected, "{sentence:?}");
        }
    }

    #[test]
    fn wire_datelines_without_a_year() {
        for (sentence, expected) in [
            ("BEIRUT, June 3 (Reuters) - Talks opened.", Some((6, 3))),
            (
                "PORT-AU-PRINCE, Haiti, June 26 (AFP) — Police landed.",
                Some((6, 26)),
            ),
            ("NAIROBI (Dec. 8) — Talks opened.", Some((12, 8))),
            ("KYIV, 24 February (AP) — Talks opened.", Some((2, 24))),
            // With its year it is a dated dateline; without a day, none.
            ("BEIRUT, June 3, 2024 (Reuters) - Talks opened.", None),
            ("KYIV, Ukraine (AP) — Talks opened.", None),
            ("Beirut, June 3 (Reuters) - Talks opened.", None),
            ("BEIRUT, June 34 (Reuters) - Talks opened.", None),
        ] {
            assert_eq!(yearless_wire_dateline(sentence), expected, "{sentence:?}");
        }
    }
}
