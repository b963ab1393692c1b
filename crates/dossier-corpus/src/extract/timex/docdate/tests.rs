//! Tests of `docdate`: data-driven, through one `check` helper each.

use super::super::tagger::find;
use super::*;

fn check(text: &str, hint: &str, expected: Option<(&str, &str)>) {
    // A sentence in square brackets is a photo caption.
    let expressions: Vec<Evidence> = text
        .split(". ")
        .enumerate()
        .flat_map(|(index, sentence)| {
            let future = sentence.contains("set for") || sentence.contains("will");
            let caption = sentence.starts_with('[');
            find(sentence).into_iter().map(move |found| Evidence {
                kind: found.kind,
                future,
                caption,
                year_told: true,
                sentence: index,
            })
        })
        .collect();
    let date = infer_date(&expressions, &[], CivilDate::parse_iso(hint));
    let found = date
        .as_ref()
        .map(|date| (date.start.to_string(), date.end.to_string()));
    assert_eq!(
        found,
        expected.map(|(a, b)| (a.to_owned(), b.to_owned())),
        "{text:?}: {date:?}"
    );
}

#[test]
fn a_weekday_with_a_date_fixes_the_year() {
    check(
        "On Sunday, July 5, a rocket hit. Since early June, three attacks",
        "2020-07-06",
        Some(("2020-07-05", "2020-07-12")),
    );
}

#[test]
fn the_latest_cited_date_is_a_lower_bound() {
    check(
        "In Tehran, July 21, 2020. He met him in 2004. In January he died",
        "2020-07-06",
        // A full date, which many outlets write with its year in any year,
        // says nothing of the article's year.
        Some(("2020-07-21", "2020-07-28")),
    );
}

#[test]
fn dates_without_a_year_are_recent() {
    check(
        "a deal signed in January 2021. On March 3, protesters marched",
        "2020-07-06",
        Some(("2022-03-03", "2022-03-10")),
    );
    check(
        "a deal signed in January 2021. The April 7 announcement. A May 14 interview. He was released in early June",
        "2020-07-06",
        Some(("2022-06-10", "2022-07-10")),
    );
}

#[test]
fn a_bare_day_far_before_the_months_it_comes_with_is_the_newest() {
    // "within a week of seizing Minova on Jan. 21" ... "a ceasefire in
    // early August" ... "called off in mid-December": January of the next
    // year, not eleven months before December.
    check(
        "fighting since December 2023. They seized Minova on January 21. A ceasefire in early August. A summit called off in mid-December",
        "2024-06-01",
        Some(("2025-01-21", "2025-01-28")),
    );
}

#[test]
fn a_bare_day_told_in_order_with_the_months_stays_before_them() {
    // A story told in order in one sentence, and a bound a year gives.
    check(
        "fighting since December 2023. The truce agreed on February 14 held until it collapsed in mid-October",
        "2024-06-01",
        Some(("2024-10-20", "2024-11-19")),
    );
    check(
        "The talks broke down in mid-October 2024. The truce agreed on February 14 had held until then",
        "2024-06-01",
        Some(("2024-10-11", "2024-11-19")),
    );
}

#[test]
fn dates_without_a_year_stay_in_the_year_the_text_named() {
    // Regression: the months of the year of the summer of 2022 were
    // pushed into 2023, past the article's date.
    check("a repeat of the summer of 2020. The April 7 announcement. A May 14 interview. He was released in early June", "2020-07-06", Some(("2020-06-01", "2020-09-30")));
    check(
        "talks ended in January 2021. On December 3, they met",
        "2020-07-06",
        Some(("2022-12-03", "2022-12-10")),
    );
}

#[test]
fn a_month_cited_with_its_year_is_of_another_year() {
    // News gives a month its year only when it is not the current one: the
    // article is from a later year, and its days without a year are of
    // that year.
    check(
        "a truce took hold in April 2022. On November 19, they seized a ship",
        "2020-07-06",
        Some(("2023-11-19", "2023-11-26")),
    );
    // Not a season or a part of a year, which need their year in any year.
    check(
        "The last convoys left over the summer of 2022",
        "2020-07-06",
        Some(("2022-06-01", "2022-09-30")),
    );
    check(
        "The economy began to collapse in early 2020",
        "2020-07-06",
        Some(("2020-04-30", "2020-05-30")),
    );
}

#[test]
fn a_future_date_bounds_from_above() {
    check(
        "Elections set for June, 2021",
        "2020-07-06",
        Some(("2020-06-01", "2021-05-31")),
    );
}

#[test]
fn a_cited_past_date_outweighs_a_distant_future_one() {
    // The deadline lies years ahead: it does not drag the article's date
    // towards it, and year-less dates keep the cited year.
    check(
        "The last convoys left over the summer of 2022. It will hand power to civilians by March 2024. On July 10, they detained soldiers",
        "2020-07-06",
        Some(("2022-07-10", "2022-09-30")),
    );
    check(
        "the October 2019 revolution. Elections set for June, 2021",
        "2020-07-06",
        Some(("2020-01-01", "2020-01-31")),
    );
}

#[test]
fn a_term_in_office_bounds_the_date() {
    let date = |text| CivilDate::parse_iso(text).unwrap();
    let waiting = Bound {
        alternatives: vec![
            (date("2008-11-04"), Some(date("2009-01-20"))),
            (date("2020-11-03"), Some(date("2021-01-20"))),
        ],
        why: "awaiting the president".into(),
    };
    let expressions: Vec<Evidence> = find("in Tehran, July 21, 2020")
        .into_iter()
        .map(|found| Evidence {
            kind: found.kind,
            future: false,
            caption: false,
            year_told: true,
            sentence: 0,
        })
        .collect();
    // The date the text cites rules out the first wait; the article lies
    // anywhere in the second, not in the week after its start.
    let inferred = infer_date(&expressions, std::slice::from_ref(&waiting), None)
        .map(|inferred| (inferred.start.to_string(), inferred.end.to_string()));
    assert_eq!(
        inferred,
        Some(("2020-11-03".to_owned(), "2021-01-19".to_owned()))
    );
    // Without a cited date, the first wait is the first that fits.
    let inferred = infer_date(&[], &[waiting], None)
        .map(|inferred| (inferred.start.to_string(), inferred.end.to_string()));
    assert_eq!(
        inferred,
        Some(("2008-11-04".to_owned(), "2009-01-19".to_owned()))
    );
}

#[test]
fn a_cited_period_may_still_run() {
    // Regression: "over the summer of 2022" put an article of mid-August
    // after the end of August.
    check(
        "The last convoys left over the summer of 2022. On July 10, they detained soldiers",
        "2020-07-06",
        Some(("2022-07-10", "2022-09-30")),
    );
    check(
        "the coup of October 2021",
        "2020-07-06",
        Some(("2022-01-01", "2022-01-31")),
    );
}

#[test]
fn a_caption_date_is_a_weak_lower_bound() {
    // The photo may be older than the article: a month, not a week.
    check(
        "[Rouhani welcomes Kadhimi in Tehran, July 21, 2020]. On Friday he met his chiefs",
        "2020-07-06",
        Some(("2020-07-21", "2020-08-20")),
    );
    // The body's own dates outrank it, even an earlier one it repeats.
    check(
        "[Rouhani welcomes Kadhimi in Tehran, July 21, 2020]. He flew to Tehran on July 21, 2020",
        "2020-07-06",
        Some(("2020-07-21", "2020-07-28")),
    );
    check(
        "[A photo of July 21, 2020]. Since the talks of August 2020, nothing moved",
        "2020-07-06",
        Some(("2021-01-01", "2021-01-31")),
    );
}

#[test]
fn the_latest_bare_year_is_the_weak_bound() {
    check(
        "He was an ally in 2004. He visited Lebanon in 2017. On Friday they met",
        "2020-07-06",
        Some(("2017-12-31", "2018-01-30")),
    );
}

#[test]
fn no_evidence_no_date() {
    check(
        "Nothing here is dated. On Friday they met",
        "2020-07-06",
        None,
    );
}
