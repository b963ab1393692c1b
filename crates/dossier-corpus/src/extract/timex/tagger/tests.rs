//! Tests of `tagger`: data-driven, through one `check` helper each.

use super::*;

fn check(sentence: &str, expected: &[&str]) {
    let found: Vec<&str> = find(sentence)
        .iter()
        .map(|item| &sentence[item.start..item.end])
        .collect();
    assert_eq!(found, expected, "in {sentence:?}");
}

#[test]
fn spans() {
    check(
        "On Sunday, July 5, the military confirmed it.",
        &["Sunday, July 5"],
    );
    check("in Tehran, Iran, July 21, 2020.", &["July 21, 2020"]);
    check(
        "launched late Saturday evening from Baghdad",
        &["late Saturday evening"],
    );
    check(
        "since the onset in early June, and in late 2019 and early 2020.",
        &["early June", "late 2019", "early 2020"],
    );
    check(
        "elections (set for June, 2021) and in June 2021",
        &["June, 2021", "June 2021"],
    );
    check(
        "the scene that unfolded in the summer of 2020, a repeat",
        &["the summer of 2020"],
    );
    check("released 14 members last summer", &["last summer"]);
    check(
        "The attack came 10 days after troops arrested men",
        &["10 days after"],
    );
    check(
        "all but one was released within three days of being arrested",
        &["within three days"],
    );
    check(
        "less than two weeks after that interview",
        &["less than two weeks after"],
    );
    check(
        "In six months the prime minister has twice confronted them",
        &["In six months"],
    );
    check("He may go. In May he took office.", &["May"]);
    check(
        "laws enacted in 2018 and a 2015 deal, 100,000 members",
        &["2018", "2015"],
    );
    check(
        "in a press conference last week, he said Monday",
        &["last week", "Monday"],
    );
    check(
        "between 2018 and 2020, in recent weeks",
        &["between 2018 and 2020", "recent weeks"],
    );
    check(
        "the fighting spread the following day, as in the 2000s",
        &["the following day", "the 2000s"],
    );
}

#[test]
fn later_and_earlier_step_on_from_the_last_day_told() {
    let chained = |sentence: &str| -> Vec<bool> {
        find(sentence)
            .into_iter()
            .filter_map(|found| match found.kind {
                TimexKind::Offset { chained, .. } => Some(chained),
                _ => None,
            })
            .collect()
    };
    assert_eq!(chained("and four days later an air strike"), [true]);
    assert_eq!(chained("they took four years earlier"), [true]);
    assert_eq!(chained("came 10 days after the arrests"), [false]);
}

#[test]
fn today_as_nowadays_has_no_date() {
    let kinds = |sentence: &str| -> Vec<TimexKind> {
        find(sentence).into_iter().map(|found| found.kind).collect()
    };
    assert_eq!(
        kinds("many today are tied closely with Iran"),
        [TimexKind::Vague]
    );
    assert_eq!(
        kinds("Iraq today is a different country"),
        [TimexKind::Vague]
    );
    assert_eq!(
        kinds("The minister said today that talks failed"),
        [TimexKind::Day { offset: 0 }]
    );
    assert_eq!(
        kinds("Today is the deadline"),
        [TimexKind::Day { offset: 0 }]
    );
    assert_eq!(
        kinds("from then until today is a long time"),
        [TimexKind::Day { offset: 0 }]
    );
}

#[test]
fn readings() {
    let kinds: Vec<TimexKind> = find("Friday, June 26, 2020 and May 14 and late June")
        .into_iter()
        .map(|f| f.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            TimexKind::Date {
                year: 2020,
                month: 6,
                day: 26,
                weekday: Some(4)
            },
            TimexKind::MonthDay {
                month: 5,
                day: 14,
                weekday: None
            },
            TimexKind::PartOfMonth {
                part: Part::Late,
                month: 6,
                year: None
            },
        ]
    );
}

#[test]
fn a_day_that_names_a_movement_is_no_date() {
    check(
        "The March 23 Movement (M23) entered Goma late Sunday.",
        &["late Sunday"],
    );
    check("the April 6 Youth Movement marched", &[]);
    check("the March 14 Alliance won", &[]);
    // A day before another capitalised word is still a day.
    check("On March 23 Israel struck the port.", &["March 23"]);
}

#[test]
fn the_day_just_told_in_other_words() {
    check(
        "Barrot called the attacks unacceptable later in the day.",
        &["later in the day"],
    );
    check(
        "Throughout the day, crowds gathered.",
        &["Throughout the day"],
    );
    check(
        "Earlier that day, the army withdrew.",
        &["Earlier that day"],
    );
}
