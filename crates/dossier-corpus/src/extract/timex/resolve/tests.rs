//! Tests of `resolve`: data-driven, through one `check` helper each.

use super::super::tagger::find;
use super::*;

fn date(text: &str) -> CivilDate {
    CivilDate::parse_iso(text).unwrap()
}

/// Resolves the first expression in `sentence` against `anchor`, with the
/// narrative `reference` when given.
fn check(sentence: &str, anchor: &str, reference: Option<&str>, expected: Option<(&str, &str)>) {
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
        stated: false,
    };
    let value = resolve(&first.kind, &context)
        .map(|value| (value.start.to_string(), value.end.to_string()));
    let expected = expected.map(|(start, end)| (start.to_owned(), end.to_owned()));
    assert_eq!(value, expected, "{sentence:?} at {anchor}");
}

/// Resolves a bare weekday in an article that states its day `anchor` (or
/// does not, with `stated` false), after the story's last day `reference`.
fn weekday_after(weekday: &str, anchor: &str, reference: &str, stated: bool) -> String {
    let found = find(&format!("They took the city on {weekday}."));
    let context = Context {
        anchor: date(anchor),
        reference: Some(date(reference)),
        future: false,
        stated,
    };
    resolve(&found[0].kind, &context)
        .map(|value| value.start.to_string())
        .unwrap_or_default()
}

#[test]
fn a_weekday_after_the_story_reaches_the_stated_week() {
    // "... seized most of it the following day [Saturday 30 November].
    // They captured Hama on Thursday": in an article of Sunday 8 December,
    // the Thursday of its week, five days after the story's last day.
    assert_eq!(
        weekday_after("Thursday", "2024-12-08", "2024-11-30", true),
        "2024-12-05"
    );
    // Without a stated day, the nearest to the story's day.
    assert_eq!(
        weekday_after("Thursday", "2024-12-08", "2024-11-30", false),
        "2024-11-28"
    );
    // "On Sunday, July 5 ... late Saturday evening": the Saturday of the
    // week comes before the story's day, so the story's own Saturday.
    assert_eq!(
        weekday_after("Saturday", "2020-07-07", "2020-07-05", true),
        "2020-07-04"
    );
    // A story told weeks before the article keeps its own days.
    assert_eq!(
        weekday_after("Thursday", "2020-07-25", "2020-07-05", true),
        "2020-07-02"
    );
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
            stated: false,
        };
        resolve(&TimexKind::Anniversary { of, nth }, &context).map(|value| value.start.to_string())
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

#[test]
fn the_weekend_just_gone_or_to_come() {
    // Tuesday 28 January 2025: the weekend of 25-26 January.
    check(
        "cut ties with Rwanda over the weekend",
        "2025-01-28",
        None,
        Some(("2025-01-25", "2025-01-26")),
    );
    // On a Sunday, the weekend under way.
    check(
        "Protests spread over the weekend.",
        "2025-01-26",
        None,
        Some(("2025-01-25", "2025-01-26")),
    );
    check(
        "Talks will resume next weekend.",
        "2025-01-28",
        None,
        Some(("2025-02-01", "2025-02-02")),
    );
}
