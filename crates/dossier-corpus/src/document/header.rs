//! The parts of an article that describe it rather than tell it: the
//! dateline, the headline, the byline and the publisher line.

use crate::civil::{month_from_name, weekday_from_name, CivilDate};

/// Parses a line that holds nothing but a date: "July 6, 2020",
/// "Monday, July 6, 2020", "6 July 2020", "2020-07-06", "Jul. 6 2020",
/// optionally after "Published", "Updated", "Posted" or "Date" and before a
/// time of day.
pub fn parse_dateline(line: &str) -> Option<CivilDate> {
    let line = line.trim();
    if line.chars().count() > 64 {
        return None;
    }
    let mut tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|token| !token.is_empty())
        .collect();
    // Leading label and weekday.
    if tokens.first().is_some_and(|first| {
        let first = first.trim_end_matches(':').to_ascii_lowercase();
        matches!(
            first.as_str(),
            "published" | "updated" | "posted" | "date" | "dated" | "on"
        )
    }) {
        tokens.remove(0);
    }
    if tokens.first().is_some_and(|first| first.ends_with(':')) {
        tokens.remove(0);
    }
    if tokens
        .first()
        .and_then(|first| weekday_from_name(first))
        .is_some()
    {
        tokens.remove(0);
    }
    // Trailing time of day and zone.
    while tokens.len() > 1 && tokens.last().is_some_and(|last| is_time_token(last)) {
        tokens.pop();
    }
    match tokens.as_slice() {
        [iso] => CivilDate::parse_iso(iso),
        [month, day, year] if month_from_name(month).is_some() => {
            let day = day
                .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
                .parse()
                .ok()?;
            CivilDate::new(year.parse().ok()?, month_from_name(month)?, day)
        }
        [day, month, year] if month_from_name(month).is_some() => CivilDate::new(
            year.parse().ok()?,
            month_from_name(month)?,
            day.parse().ok()?,
        ),
        _ => None,
    }
}

fn is_time_token(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    let lower = lower.trim_matches(['(', ')', '.']);
    matches!(
        lower,
        "am" | "pm"
            | "a.m"
            | "p.m"
            | "gmt"
            | "utc"
            | "et"
            | "est"
            | "edt"
            | "bst"
            | "cet"
            | "ast"
            | "at"
    ) || (lower.contains(':') && lower.chars().all(|c| c.is_ascii_digit() || c == ':'))
}

/// True when a one-line block reads as a headline: short, starting with a
/// capital, digit or quote, and not ending like a sentence of running text.
pub fn looks_like_headline(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let starts_well = line.chars().next().is_some_and(|first| {
        first.is_uppercase() || first.is_ascii_digit() || "“\"‘'".contains(first)
    });
    let ends_well = !line.ends_with(['.', ',', ';', ':']) || line.ends_with("...");
    starts_well && ends_well && (2..=30).contains(&words) && line.chars().count() <= 200
}

/// The publisher named by a line such as "Originally published by the
/// Jerusalem Post" or "Source: Reuters".
pub fn parse_publisher_line(line: &str) -> Option<String> {
    const LEADS: &[&str] = &[
        "originally published by ",
        "originally published in ",
        "originally published on ",
        "this article was originally published by ",
        "this article was originally published in ",
        "this article was originally published on ",
        "this article first appeared in ",
        "this article first appeared on ",
        "first published by ",
        "first published in ",
        "published by ",
        "republished from ",
        "source: ",
    ];
    let line = line.trim();
    if line.split_whitespace().count() > 14 {
        return None;
    }
    let lower = line.to_lowercase();
    let lead = LEADS.iter().find(|lead| lower.starts_with(*lead))?;
    let name = line[lead.len()..].trim().trim_end_matches('.');
    let name = strip_article(name);
    (!name.is_empty()).then(|| name.to_owned())
}

/// The author named by a byline: "By Jane Doe", "By Jane Doe, Reuters",
/// "Written by Jane Doe", "Author: Jane Doe".
pub fn parse_byline(line: &str) -> Option<String> {
    let line = line.trim();
    let lower = line.to_lowercase();
    let rest = ["by ", "written by ", "author: ", "words by "]
        .iter()
        .find(|lead| lower.starts_with(*lead))
        .map(|lead| &line[lead.len()..])?;
    let name = rest.split([',', '|', '—', '–']).next()?.trim();
    is_person_name(name).then(|| name.to_owned())
}

/// The name in an author-bio heading such as "About Maya Carlin".
pub fn parse_about_heading(line: &str) -> Option<String> {
    let name = line.trim().strip_prefix("About ")?.trim();
    is_person_name(name).then(|| name.to_owned())
}

/// Two to four capitalised words, the shape of a person's name in a byline.
/// Name particles (al-, bin, de, van) may stand in lower case.
fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    let particles = words
        .iter()
        .filter(|word| {
            crate::text::NAME_PARTICLES.contains(&word.to_lowercase().as_str())
                || word.starts_with("al-")
        })
        .count();
    (2..=4).contains(&words.len())
        && capitalised + particles >= words.len()
        && capitalised >= 2
        && words.iter().all(|word| {
            word.chars()
                .all(|c| c.is_alphabetic() || "-.'’".contains(c))
        })
}

fn strip_article(name: &str) -> &str {
    for article in ["the ", "The "] {
        if let Some(rest) = name.strip_prefix(article) {
            return rest;
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let date = |y, m, d| CivilDate::new(y, m, d);
        for (line, expected) in [
            ("July 6, 2020", date(2020, 7, 6)),
            ("Monday, July 6, 2020", date(2020, 7, 6)),
            ("6 July 2020", date(2020, 7, 6)),
            ("2020-07-06", date(2020, 7, 6)),
            ("Published: Jul. 6, 2020 10:30 AM", date(2020, 7, 6)),
            ("Sept. 1, 2021", date(2021, 9, 1)),
            ("July 32, 2020", None),
            ("In July 2020 the militias", None),
            ("Iraq hedges its bets", None),
        ] {
            assert_eq!(parse_dateline(line), expected, "{line:?}");
        }
    }

    #[test]
    fn headlines() {
        assert!(looks_like_headline(
            "Is Iraq’s new PM losing the fight against Iranian-backed militias?"
        ));
        assert!(looks_like_headline(
            "IntelBrief: Iraq Fails to Rein in Iran-Backed Militias"
        ));
        assert!(!looks_like_headline(
            "In six months the prime minister has confronted the militias,"
        ));
        assert!(!looks_like_headline(
            "The militias have fired dozens of rockets."
        ));
        assert!(!looks_like_headline("Hello"));
    }

    #[test]
    fn publisher_and_author_lines() {
        assert_eq!(
            parse_publisher_line("Originally published by the Jerusalem Post").as_deref(),
            Some("Jerusalem Post")
        );
        assert_eq!(
            parse_publisher_line("Source: Reuters.").as_deref(),
            Some("Reuters")
        );
        assert_eq!(parse_publisher_line("Sources say the militias left"), None);
        assert_eq!(
            parse_byline("By Jane Doe, Reuters").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(parse_byline("By the end of June, they had left"), None);
        assert_eq!(
            parse_about_heading("About Maya Carlin").as_deref(),
            Some("Maya Carlin")
        );
        assert_eq!(
            parse_about_heading("About 100 militants were arrested"),
            None
        );
    }
}
