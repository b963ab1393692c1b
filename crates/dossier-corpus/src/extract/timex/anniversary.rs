//! "the anniversary of Soleimani's killing", "the second anniversary of the
//! death of X": an event-anchored expression whose event is a person's death,
//! on the day the gazetteer gives (`died`). World knowledge stays data; the
//! resolver picks which year's anniversary (`resolve.rs`).
//!
//! The same day also gives its year to a month told without one in a
//! sentence that tells the death: "The US killed Muhandis in January".

use std::sync::OnceLock;

use regex::Regex;

use crate::civil::CivilDate;
use crate::extract::gazetteer::Gazetteer;

use super::tagger::{Found, TimexKind};

/// A person whose death day is known, with every name news may use.
#[derive(Debug, Clone)]
pub struct Person<'a> {
    /// The canonical name and its aliases, longest first.
    pub forms: Vec<&'a str>,
    /// The day of death.
    pub died: CivilDate,
}

/// The people of the gazetteer with a day of death.
pub fn people(gazetteer: &Gazetteer) -> Vec<Person<'_>> {
    gazetteer
        .actors
        .iter()
        .filter_map(|entry| {
            let mut forms: Vec<&str> = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(String::as_str))
                .collect();
            forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
            Some(Person {
                forms,
                died: entry.died?,
            })
        })
        .collect()
}

/// Words for a death that an anniversary marks.
const DEATH: &[&str] = &["death", "killing", "assassination", "murder"];

/// Every anniversary of a known death in `sentence`.
pub fn find(sentence: &str, people: &[Person]) -> Vec<Found> {
    static HEAD: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(head) = HEAD
        .get_or_init(|| {
            Regex::new(r"(?i)\bthe\s+(?:(?P<nth>first|second|third|fourth|fifth|tenth|\d{1,3}(?:st|nd|rd|th))\s+)?anniversary\s+of\s+(?:the\s+)?").ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for captures in head.captures_iter(sentence) {
        let Some(whole) = captures.get(0) else {
            continue;
        };
        let rest = &sentence[whole.end()..];
        let nth = captures.name("nth").and_then(|nth| ordinal(nth.as_str()));
        let named = people
            .iter()
            .find_map(|person| Some((person, death_phrase(rest, &person.forms)?)));
        if let Some((person, length)) = named {
            found.push(Found {
                start: whole.start(),
                end: whole.end() + length,
                kind: TimexKind::Anniversary {
                    of: person.died,
                    nth,
                },
            });
        }
    }
    found
}

/// The length of "X's killing" or "death of X" at the start of `rest`.
fn death_phrase(rest: &str, forms: &[&str]) -> Option<usize> {
    let lower = rest.to_lowercase();
    for form in forms {
        let form_lower = form.to_lowercase();
        // "Soleimani's killing"
        if let Some(after) = lower.strip_prefix(&form_lower) {
            for possessive in ["’s ", "'s "] {
                if let Some(after) = after.strip_prefix(possessive) {
                    if let Some(word) = DEATH.iter().find(|word| starts_with_word(after, word)) {
                        return Some(form_lower.len() + possessive.len() + word.len());
                    }
                }
            }
        }
        // "the killing of Soleimani"
        for word in DEATH {
            let phrase = format!("{word} of {form_lower}");
            if starts_with_word(&lower, &phrase) {
                return Some(phrase.len());
            }
        }
    }
    None
}

/// True when `text` starts with `word` and a word ends there.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.starts_with(word)
        && !text[word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Words that tell a death, for [`year_of_death`].
const DYING: &[&str] = &[
    "killed",
    "killing",
    "died",
    "death",
    "assassinated",
    "assassination",
    "murdered",
    "slain",
];

/// The expression `kind` with the year of a known death, when it tells
/// the month (or the day) of that death without a year, in a `sentence`
/// that tells a death and names the person: "The US killed Muhandis in
/// January" is January 2020 when the gazetteer says he died on 3 January
/// 2020. The death is told in the 60 bytes before the month (at byte `at`).
/// People of that month who died in different years leave it as it was.
pub fn year_of_death(
    sentence: &str,
    at: usize,
    kind: &TimexKind,
    people: &[Person],
) -> Option<TimexKind> {
    let (month, day) = match *kind {
        TimexKind::Month {
            month,
            shift: super::tagger::Shift::Plain,
        }
        | TimexKind::PartOfMonth {
            month, year: None, ..
        } => (month, None),
        TimexKind::MonthDay {
            month,
            day,
            weekday: None,
        } => (month, Some(day)),
        _ => return None,
    };
    // The death is told right before the month: "killed Muhandis in
    // January", not "vowed in January to avenge the killing".
    let lower = crate::text::tail(&sentence[..at.min(sentence.len())], 60).to_lowercase();
    if !DYING.iter().any(|word| has_word(&lower, word)) {
        return None;
    }
    let mut years = people
        .iter()
        .filter(|person| person.died.month == month && day.is_none_or(|day| person.died.day == day))
        .filter(|person| person.forms.iter().any(|form| has_word(sentence, form)))
        .map(|person| person.died.year);
    let year = years.next()?;
    if years.any(|other| other != year) {
        return None;
    }
    Some(match kind.clone() {
        TimexKind::Month { month, .. } => TimexKind::MonthYear { month, year },
        TimexKind::PartOfMonth { part, month, .. } => TimexKind::PartOfMonth {
            part,
            month,
            year: Some(year),
        },
        _ => TimexKind::Date {
            year,
            month,
            day: day?,
            weekday: None,
        },
    })
}

/// True when `text` holds `word` with no letter or digit either side.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[at + word.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

fn ordinal(text: &str) -> Option<i32> {
    let lower = text.to_lowercase();
    Some(match lower.as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "tenth" => 10,
        digits => digits
            .trim_end_matches(|c: char| c.is_alphabetic())
            .parse()
            .ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gazetteer of one person with a known day of death.
    fn gazetteer() -> Gazetteer {
        let text = r#"
            [[actor]]
            name = "Qasem Soleimani"
            kind = "person"
            aliases = ["Soleimani"]
            died = "2020-01-03"
        "#;
        Gazetteer::parse(text, "test").unwrap().0
    }

    fn check(sentence: &str, expected: &[(&str, Option<i32>)]) {
        let gazetteer = gazetteer();
        let found: Vec<(&str, Option<i32>)> = find(sentence, &people(&gazetteer))
            .into_iter()
            .map(|found| {
                let TimexKind::Anniversary { of, nth } = found.kind else {
                    panic!("an anniversary: {found:?}");
                };
                assert_eq!(of.to_string(), "2020-01-03");
                (&sentence[found.start..found.end], nth)
            })
            .collect();
        assert_eq!(found, expected, "{sentence:?}");
    }

    #[test]
    fn anniversaries_of_a_known_death() {
        check(
            "Tensions are high on the anniversary of Soleimani’s killing and",
            &[("the anniversary of Soleimani’s killing", None)],
        );
        check(
            "marking the second anniversary of the assassination of Qasem Soleimani.",
            &[(
                "the second anniversary of the assassination of Qasem Soleimani",
                Some(2),
            )],
        );
        check(
            "on the 3rd anniversary of Soleimani's death",
            &[("the 3rd anniversary of Soleimani's death", Some(3))],
        );
        // Someone the gazetteer gives no day of death for, or no death.
        check("the anniversary of Khazali’s killing", &[]);
        check("the anniversary of Soleimani’s appointment", &[]);
    }

    #[test]
    fn a_known_death_gives_its_month_a_year() {
        let gazetteer = gazetteer();
        let people = people(&gazetteer);
        let month = |month| TimexKind::Month {
            month,
            shift: crate::extract::timex::tagger::Shift::Plain,
        };
        assert_eq!(
            year_of_death(
                "A US drone killed Soleimani in January.",
                31,
                &month(1),
                &people
            ),
            Some(TimexKind::MonthYear {
                month: 1,
                year: 2020
            })
        );
        let day = TimexKind::MonthDay {
            month: 1,
            day: 3,
            weekday: None,
        };
        assert_eq!(
            year_of_death("Soleimani was killed on January 3.", 24, &day, &people),
            Some(TimexKind::Date {
                year: 2020,
                month: 1,
                day: 3,
                weekday: None
            })
        );
        // The death told after the month is not its: a vow of January.
        let vow = "Iran vowed in January to avenge the killing of Soleimani.";
        assert_eq!(
            year_of_death(vow, vow.find("January").unwrap(), &month(1), &people),
            None
        );
        // Another month, another day, no death told, or not the person.
        assert_eq!(
            year_of_death("Soleimani was killed in March.", 24, &month(3), &people),
            None
        );
        let other_day = TimexKind::MonthDay {
            month: 1,
            day: 9,
            weekday: None,
        };
        assert_eq!(
            year_of_death(
                "Soleimani was killed on January 9.",
                24,
                &other_day,
                &people
            ),
            None
        );
        assert_eq!(
            year_of_death(
                "Soleimani visited Baghdad in January.",
                29,
                &month(1),
                &people
            ),
            None
        );
        assert_eq!(
            year_of_death("Gunmen killed a judge in January.", 25, &month(1), &people),
            None
        );
    }
}
