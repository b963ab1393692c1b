//! Merging reports of one happening, each rule pinned on a few events: the
//! events are written by hand, so each test names exactly what it checks.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::HashMap;

use dossier_corpus::extract::merge::merge_reports;
use dossier_corpus::{ActorKind, CivilDate, Event, Modality, Precision, SourceRef};

/// A report: document, sentence, type, first and last day, actors.
type Report<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a [&'a str]);

fn event(report: &Report) -> Event {
    let (doc, sentence, kind, start, end, actors) = *report;
    let day = |text: &str| CivilDate::parse_iso(text).unwrap();
    Event {
        id: format!("{doc}-{sentence}"),
        start: day(start),
        end: day(end),
        precision: if start == end {
            Precision::Day
        } else {
            Precision::Month
        },
        r#type: kind.to_owned(),
        plover: "ASSAULT".to_owned(),
        actors: actors.iter().map(|actor| (*actor).to_owned()).collect(),
        source_actor: None,
        target_actor: None,
        place: None,
        date_text: String::new(),
        inferred: false,
        modality: Modality::Asserted,
        doc: doc.to_owned(),
        sentence: sentence.to_owned(),
        text: String::new(),
        sources: vec![SourceRef {
            doc: doc.to_owned(),
            sentence: sentence.to_owned(),
        }],
    }
}

/// Merges `reports` and compares the events, each as its type, its dates
/// and its sources' sentences.
fn check(reports: &[Report], expected: &[(&str, &str, &str, &[&str])]) {
    let places: HashMap<&str, [f64; 2]> = [
        ("city", [33.3, 44.4]),
        ("base-near-city", [33.5, 44.3]),
        ("far-city", [15.4, 44.2]),
    ]
    .into_iter()
    .collect();
    // Places are places, "iran" a state, every other actor a group.
    let kinds: HashMap<&str, ActorKind> = reports
        .iter()
        .flat_map(|report| report.5.iter().copied())
        .map(|actor| {
            let kind = if places.contains_key(actor) {
                ActorKind::Place
            } else if actor == "iran" {
                ActorKind::State
            } else {
                ActorKind::Group
            };
            (actor, kind)
        })
        .collect();
    let merged = merge_reports(reports.iter().map(event).collect(), &places, &kinds);
    let got: Vec<(String, String, String, Vec<String>)> = merged
        .iter()
        .map(|event| {
            (
                event.r#type.clone(),
                event.start.to_string(),
                event.end.to_string(),
                event.sources.iter().map(|s| s.sentence.clone()).collect(),
            )
        })
        .collect();
    let want: Vec<(String, String, String, Vec<String>)> = expected
        .iter()
        .map(|(kind, start, end, sentences)| {
            (
                (*kind).to_owned(),
                (*start).to_owned(),
                (*end).to_owned(),
                sentences.iter().map(|s| (*s).to_owned()).collect(),
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn an_attack_and_a_rocket_attack_on_one_day_are_one() {
    check(
        &[
            (
                "a",
                "s1",
                "rocket_fire",
                "2020-07-04",
                "2020-07-04",
                &["city"],
            ),
            (
                "b",
                "s9",
                "attack",
                "2020-07-04",
                "2020-07-04",
                &["militia"],
            ),
        ],
        &[("rocket_fire", "2020-07-04", "2020-07-04", &["s1", "s9"])],
    );
}

#[test]
fn a_killing_is_not_an_attack() {
    check(
        &[
            ("a", "s1", "killing", "2020-07-04", "2020-07-04", &["city"]),
            ("b", "s9", "attack", "2020-07-04", "2020-07-04", &["city"]),
        ],
        &[
            ("killing", "2020-07-04", "2020-07-04", &["s1"]),
            ("attack", "2020-07-04", "2020-07-04", &["s9"]),
        ],
    );
}

#[test]
fn a_day_apart_merges_only_with_an_actor_or_a_nearby_place() {
    check(
        &[
            (
                "a",
                "s1",
                "rocket_fire",
                "2020-07-04",
                "2020-07-04",
                &["base-near-city"],
            ),
            (
                "a",
                "s2",
                "rocket_fire",
                "2020-07-05",
                "2020-07-05",
                &["city"],
            ),
            (
                "b",
                "s3",
                "rocket_fire",
                "2020-07-06",
                "2020-07-06",
                &["militia"],
            ),
        ],
        &[
            ("rocket_fire", "2020-07-04", "2020-07-05", &["s1", "s2"]),
            ("rocket_fire", "2020-07-06", "2020-07-06", &["s3"]),
        ],
    );
}

#[test]
fn a_day_within_two_merged_days_joins_them() {
    check(
        &[
            (
                "a",
                "s1",
                "rocket_fire",
                "2020-07-05",
                "2020-07-05",
                &["city"],
            ),
            (
                "a",
                "s2",
                "rocket_fire",
                "2020-07-04",
                "2020-07-04",
                &["city"],
            ),
            (
                "b",
                "s3",
                "attack",
                "2020-07-04",
                "2020-07-04",
                &["embassy"],
            ),
            (
                "b",
                "s4",
                "attack",
                "2020-07-03",
                "2020-07-03",
                &["embassy"],
            ),
        ],
        &[
            ("attack", "2020-07-03", "2020-07-03", &["s4"]),
            (
                "rocket_fire",
                "2020-07-04",
                "2020-07-05",
                &["s1", "s2", "s3"],
            ),
        ],
    );
}

#[test]
fn a_states_capital_does_not_place_a_happening() {
    // "iran" is no place here, so the two are not far apart.
    check(
        &[
            ("a", "s1", "attack", "2020-07-04", "2020-07-04", &["city"]),
            ("b", "s2", "attack", "2020-07-04", "2020-07-04", &["iran"]),
        ],
        &[("attack", "2020-07-04", "2020-07-04", &["s1", "s2"])],
    );
}

#[test]
fn places_far_apart_are_two_happenings() {
    check(
        &[
            ("a", "s1", "attack", "2020-07-04", "2020-07-04", &["city"]),
            (
                "b",
                "s2",
                "attack",
                "2020-07-04",
                "2020-07-04",
                &["far-city"],
            ),
        ],
        &[
            ("attack", "2020-07-04", "2020-07-04", &["s1"]),
            ("attack", "2020-07-04", "2020-07-04", &["s2"]),
        ],
    );
}

#[test]
fn different_days_two_apart_never_merge() {
    check(
        &[
            ("a", "s1", "arrest", "2020-06-25", "2020-06-25", &["group"]),
            ("b", "s2", "arrest", "2020-06-27", "2020-06-27", &["group"]),
        ],
        &[
            ("arrest", "2020-06-25", "2020-06-25", &["s1"]),
            ("arrest", "2020-06-27", "2020-06-27", &["s2"]),
        ],
    );
}

#[test]
fn a_month_and_a_day_in_it_merge_across_articles_with_an_actor_in_common() {
    check(
        &[
            ("a", "s1", "arrest", "2020-06-01", "2020-06-30", &["group"]),
            ("b", "s2", "arrest", "2020-06-25", "2020-06-25", &["group"]),
            ("a", "s3", "arrest", "2020-06-25", "2020-06-25", &["other"]),
        ],
        // Sources in reading order: article a, then b.
        &[("arrest", "2020-06-25", "2020-06-25", &["s1", "s3", "s2"])],
    );
}

#[test]
fn a_day_that_a_merge_makes_known_merges_what_came_before() {
    // c:s5 (the 26th, with "troops") meets nothing when it comes; once the
    // month report "in June" with "troops" has joined the 25th, the next
    // pass finds the day after it with an actor in common.
    check(
        &[
            ("a", "s1", "arrest", "2020-06-25", "2020-06-25", &["city"]),
            ("c", "s5", "arrest", "2020-06-26", "2020-06-26", &["troops"]),
            (
                "b",
                "s2",
                "arrest",
                "2020-06-01",
                "2020-06-30",
                &["troops", "city"],
            ),
        ],
        &[("arrest", "2020-06-25", "2020-06-26", &["s1", "s2", "s5"])],
    );
}

#[test]
fn a_vague_report_joins_the_one_happening_of_its_range_that_names_its_people() {
    check(
        &[
            (
                "a",
                "s1",
                "killing",
                "2020-01-03",
                "2020-01-03",
                &["militia", "iran"],
            ),
            // "in January", told in an article dated to within a season.
            (
                "b",
                "s2",
                "killing",
                "2020-01-01",
                "2021-01-31",
                &["militia", "city"],
            ),
        ],
        &[("killing", "2020-01-03", "2020-01-03", &["s1", "s2"])],
    );
}

#[test]
fn a_vague_report_stays_apart_with_two_candidates_or_only_a_state_or_place_in_common() {
    // Two killings in its range: which one it tells is not known.
    check(
        &[
            (
                "a",
                "s1",
                "killing",
                "2020-01-03",
                "2020-01-03",
                &["militia"],
            ),
            (
                "a",
                "s2",
                "killing",
                "2020-03-09",
                "2020-03-09",
                &["militia"],
            ),
            (
                "b",
                "s3",
                "killing",
                "2020-01-01",
                "2020-12-31",
                &["militia"],
            ),
        ],
        &[
            ("killing", "2020-01-01", "2020-12-31", &["s3"]),
            ("killing", "2020-01-03", "2020-01-03", &["s1"]),
            ("killing", "2020-03-09", "2020-03-09", &["s2"]),
        ],
    );
    // A state and a place say nothing of who acted.
    check(
        &[
            (
                "a",
                "s1",
                "arrest",
                "2020-06-25",
                "2020-06-25",
                &["iran", "city"],
            ),
            (
                "b",
                "s2",
                "arrest",
                "2020-06-01",
                "2020-08-31",
                &["iran", "city"],
            ),
        ],
        &[
            ("arrest", "2020-06-01", "2020-08-31", &["s2"]),
            ("arrest", "2020-06-25", "2020-06-25", &["s1"]),
        ],
    );
}

#[test]
fn one_article_speaking_twice_of_a_months_elections_speaks_of_one_vote() {
    check(
        &[
            ("a", "s1", "election", "2021-06-01", "2021-06-30", &["iran"]),
            (
                "a",
                "s4",
                "election",
                "2021-06-01",
                "2021-06-30",
                &["militia"],
            ),
            (
                "a",
                "s6",
                "attack",
                "2021-06-01",
                "2021-06-30",
                &["militia"],
            ),
            ("a", "s7", "attack", "2021-06-01", "2021-06-30", &["group"]),
            // Another article's elections of that month may be another vote.
            (
                "b",
                "s2",
                "election",
                "2021-06-01",
                "2021-06-30",
                &["other"],
            ),
        ],
        &[
            ("election", "2021-06-01", "2021-06-30", &["s1", "s4"]),
            ("attack", "2021-06-01", "2021-06-30", &["s6"]),
            ("attack", "2021-06-01", "2021-06-30", &["s7"]),
            ("election", "2021-06-01", "2021-06-30", &["s2"]),
        ],
    );
}
