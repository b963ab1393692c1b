//! What news says about its own date through the people in office it names,
//! with the terms that the gazetteer lists (world knowledge is data, never
//! code):
//! - "President Joe Biden" (the title, not "former" or "then-"): written
//!   during one of the holder's terms with that title;
//! - "President-elect Biden", "awaits Biden moving into ..." / "taking
//!   office" / "'s inauguration": written between the election and the
//!   first day in office;
//! - "the last days / weeks / months of (the) Trump administration" (or
//!   "presidency", "term"), and "the first ..." likewise: a temporal
//!   expression of its own, the term's last (first) month, two months or six
//!   months. Told in the present tense it is the time of writing as well.
//!
//! A holder with several terms gives one alternative per term; the document
//! date inference keeps the first that does not end before what the text
//! cites.

use std::sync::OnceLock;

use regex::Regex;

use crate::civil::CivilDate;
use crate::extract::gazetteer::{Gazetteer, Term};

use super::resolve::shift_by;
use super::tagger::Unit;

/// A person in office at some time, with every name news may use.
#[derive(Debug, Clone)]
pub struct Holder<'a> {
    /// The canonical name and its aliases, longest first.
    pub forms: Vec<&'a str>,
    /// The terms, in the gazetteer's order.
    pub terms: &'a [Term],
}

/// The people of the gazetteer who have terms in office.
pub fn holders(gazetteer: &Gazetteer) -> Vec<Holder<'_>> {
    gazetteer
        .actors
        .iter()
        .filter(|entry| !entry.terms.is_empty())
        .map(|entry| {
            let mut forms: Vec<&str> = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(String::as_str))
                .collect();
            forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
            Holder {
                forms,
                terms: &entry.terms,
            }
        })
        .collect()
}

/// The writing date lies in one of `alternatives`: from the first day to
/// the day before the second (open when none).
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    /// One interval per term that fits what the sentence says.
    pub alternatives: Vec<(CivilDate, Option<CivilDate>)>,
    /// Why, for the document's evidence.
    pub why: String,
}

/// A stretch of a term named by the sentence, at `start..end` of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// Byte offsets in the sentence.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// First day of the stretch.
    pub first: CivilDate,
    /// Last day of the stretch (inclusive).
    pub last: CivilDate,
    /// True when the sentence tells it in the present tense: the article
    /// was written during the stretch.
    pub during: bool,
}

/// Words before a title that put it in the past ("former President Trump").
const PAST_TITLE: &[&str] = &["former", "late", "onetime", "erstwhile"];

/// What `sentence` says about the writing date through `holders`.
pub fn read_sentence(sentence: &str, holders: &[Holder]) -> (Vec<Bound>, Vec<Period>) {
    let mut bounds = Vec::new();
    let mut periods = Vec::new();
    for holder in holders {
        for (at, form) in occurrences(sentence, &holder.forms) {
            let before = sentence[..at].trim_end();
            let after = sentence[at + form.len()..].trim_start();
            if let Some(bound) = title_bound(before, after, holder, form) {
                bounds.push(bound);
            }
            if let Some(period) = term_period(sentence, at, at + form.len(), holder) {
                periods.push(period);
            }
        }
    }
    (bounds, periods)
}

/// Every place a form stands as whole words; a shorter form inside a longer
/// one found first ("Biden" in "Joe Biden") is not counted twice.
fn occurrences<'a>(sentence: &str, forms: &[&'a str]) -> Vec<(usize, &'a str)> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    for form in forms {
        for (at, _) in sentence.match_indices(form) {
            let end = at + form.len();
            let word_before = sentence[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let word_after = sentence[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            let inside = found
                .iter()
                .any(|(other, text)| at >= *other && end <= other + text.len());
            if !word_before && !word_after && !inside {
                found.push((at, form));
            }
        }
    }
    found
}

/// "President X" and "President-elect X", "awaits X moving into ...".
fn title_bound(before: &str, after: &str, holder: &Holder, form: &str) -> Option<Bound> {
    let awaited = {
        let lower = before.to_lowercase();
        let after = after.to_lowercase();
        ["await", "awaits", "awaiting", "awaited", "before"]
            .iter()
            .any(|verb| lower.ends_with(&format!(" {verb}")) || lower == *verb)
            && [
                "moving into",
                "moves into",
                "move into",
                "taking office",
                "takes office",
                "to take office",
                "’s inauguration",
                "'s inauguration",
                "is sworn in",
                "being sworn in",
            ]
            .iter()
            .any(|next| after.starts_with(next))
    };
    let mut alternatives = Vec::new();
    let mut why = String::new();
    for term in holder.terms {
        let elect = format!("{}-elect", term.title);
        let waiting = awaited || ends_with_word(before, &elect);
        if waiting {
            if let Some(elected) = term.elected {
                alternatives.push((elected, Some(term.start)));
                why = format!("“{form}” before taking office");
            }
        } else if ends_with_word(before, &term.title) {
            // "ex-President" and "then-President" fail `ends_with_word`; a
            // longer title of the same holder ("Vice President") is another
            // office.
            let ahead = before[..before.len() - term.title.len()].trim_end();
            let previous = ahead
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            let longer = holder.terms.iter().any(|other| {
                other.title.len() > term.title.len() && ends_with_word(before, &other.title)
            });
            if !longer && !PAST_TITLE.contains(&previous.as_str()) {
                alternatives.push((term.start, term.end));
                why = format!("“{} {form}” in office", term.title);
            }
        }
    }
    (!alternatives.is_empty()).then_some(Bound { alternatives, why })
}

/// True when `text` ends with `word` as a whole word.
fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word)
        && !text[..text.len() - word.len()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// "the last days of (the) X('s) administration", around the name at
/// `name_start..name_end`.
fn term_period(
    sentence: &str,
    name_start: usize,
    name_end: usize,
    holder: &Holder,
) -> Option<Period> {
    static BEFORE: OnceLock<Option<Regex>> = OnceLock::new();
    static AFTER: OnceLock<Option<Regex>> = OnceLock::new();
    let before = BEFORE
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:the\s+)?(?P<edge>first|early|last|final|closing)\s+(?P<unit>days|weeks|months)\s+of\s+(?:the\s+)?$").ok()
        })
        .as_ref()?;
    let after = AFTER
        .get_or_init(|| {
            Regex::new(r"(?i)^(?:['’]s)?\s+(?:administration|presidency|term|government)\b").ok()
        })
        .as_ref()?;
    let head = before.captures(&sentence[..name_start])?;
    let tail = after.find(&sentence[name_end..])?;
    let last = !matches!(
        head.name("edge")?.as_str().to_lowercase().as_str(),
        "first" | "early"
    );
    let months = match head.name("unit")?.as_str().to_lowercase().as_str() {
        "days" => 1,
        "weeks" => 2,
        _ => 6,
    };
    // One term only: with several, nothing in the phrase says which.
    let mut stretches = holder.terms.iter().filter_map(|term| {
        if last {
            let end = term.end?;
            Some((shift_by(end, Unit::Month, -months)?, end))
        } else {
            Some((term.start, shift_by(term.start, Unit::Month, months)?))
        }
    });
    let (first, last_day) = stretches.next()?;
    if stretches.next().is_some() {
        return None;
    }
    let start = head.get(0)?.start();
    let end = name_end + tail.end();
    Some(Period {
        start,
        end,
        first,
        last: last_day,
        during: present_tense(&sentence[end..]),
    })
}

/// True when the rest of a clause is told in the present tense.
fn present_tense(rest: &str) -> bool {
    let clause = rest
        .split(['.', ';', '—', '–'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let padded = format!(" {clause} ");
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|word| padded.contains(&format!(" {word} ")))
    };
    has(&[
        "is",
        "are",
        "does",
        "do",
        "doesn’t",
        "don’t",
        "doesn't",
        "don't",
        "remains",
        "remain",
        "wants",
        "seems",
    ]) && !has(&["was", "were", "did", "had", "didn’t", "didn't"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CivilDate {
        CivilDate::parse_iso(text).unwrap()
    }

    fn gazetteer() -> Gazetteer {
        let text = r#"
            [[actor]]
            name = "Joe Biden"
            kind = "person"
            aliases = ["Biden"]
            terms = [
              { title = "Vice President", elected = "2008-11-04", start = "2009-01-20", end = "2017-01-20" },
              { title = "President", elected = "2020-11-03", start = "2021-01-20", end = "2025-01-20" },
            ]
            [[actor]]
            name = "Donald Trump"
            kind = "person"
            aliases = ["Trump"]
            terms = [
              { title = "President", elected = "2016-11-08", start = "2017-01-20", end = "2021-01-20" },
              { title = "President", elected = "2024-11-05", start = "2025-01-20" },
            ]
        "#;
        Gazetteer::parse(text, "test").unwrap().0
    }

    /// The intervals the sentence allows, as ISO text ("" for open).
    fn check_bounds(sentence: &str, expected: &[(&str, &str)]) {
        let gazetteer = gazetteer();
        let (bounds, _) = read_sentence(sentence, &holders(&gazetteer));
        let found: Vec<(String, String)> = bounds
            .iter()
            .flat_map(|bound| bound.alternatives.iter())
            .map(|(from, to)| {
                (
                    from.to_string(),
                    to.map_or(String::new(), |to| to.to_string()),
                )
            })
            .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(found, expected, "{sentence:?}");
    }

    /// The stretch the sentence names: its text, days and tense.
    fn check_period(sentence: &str, expected: Option<(&str, &str, &str, bool)>) {
        let gazetteer = gazetteer();
        let (_, periods) = read_sentence(sentence, &holders(&gazetteer));
        let found = periods.first().map(|period| {
            (
                sentence[period.start..period.end].to_owned(),
                period.first,
                period.last,
                period.during,
            )
        });
        let expected = expected
            .map(|(text, first, last, during)| (text.to_owned(), date(first), date(last), during));
        assert_eq!(found, expected, "{sentence:?}");
    }

    #[test]
    fn a_title_dates_the_article_within_a_term() {
        check_bounds(
            "nor President Joe Biden’s efforts to rehabilitate the deal",
            &[("2021-01-20", "2025-01-20")],
        );
        check_bounds(
            "as Vice President Biden said",
            &[("2009-01-20", "2017-01-20")],
        );
        check_bounds(
            "the pardons of President Trump",
            &[("2017-01-20", "2021-01-20"), ("2025-01-20", "")],
        );
        check_bounds("former President Donald Trump said", &[]);
        check_bounds("then-President Trump said", &[]);
        check_bounds("Biden said on Monday", &[]);
    }

    #[test]
    fn waiting_for_the_holder_dates_the_article_before_the_term() {
        check_bounds(
            "as Iran awaits Joe Biden moving into the White House",
            &[("2008-11-04", "2009-01-20"), ("2020-11-03", "2021-01-20")],
        );
        check_bounds(
            "President-elect Joe Biden named his team",
            &[("2020-11-03", "2021-01-20")],
        );
        check_bounds("Biden moving into the White House was a relief", &[]);
    }

    #[test]
    fn the_edges_of_a_term_are_periods() {
        check_period(
            "in the last days of Trump administration Iran does not want any clash",
            Some((
                "the last days of Trump administration",
                "2020-12-20",
                "2021-01-20",
                true,
            )),
        );
        check_period(
            "He was pardoned in the final weeks of the Trump presidency.",
            Some((
                "the final weeks of the Trump presidency",
                "2020-11-20",
                "2021-01-20",
                false,
            )),
        );
        // Two terms begin: the phrase cannot say which.
        check_period("in the first days of the Trump administration", None);
        check_period("in the last days of Ramadan", None);
    }
}
