//! Tests of `timex`: whole articles dated and resolved, through
//! `check_article`, and the helpers' own tables.

use super::*;

fn date(text: &str) -> CivilDate {
    CivilDate::parse_iso(text).unwrap()
}

/// Resolves the first expression of `sentence` at the ends of an
/// article's date range, after a day told as `reference`.
fn check(
    sentence: &str,
    range: (&str, &str),
    reference: Option<(&str, &str)>,
    expected: Option<(&str, &str, bool)>,
) {
    let found = find(sentence);
    let kind = &found.first().unwrap().kind;
    let anchors = [date(range.0), date(range.1)];
    let reference = reference.map(|(first, last)| (date(first), date(last)));
    let value = resolve_at_all(kind, &anchors, reference, false, false)
        .map(|(value, span)| (value.start.to_string(), value.end.to_string(), span));
    let expected = expected.map(|(start, end, span)| (start.to_owned(), end.to_owned(), span));
    assert_eq!(value, expected, "{sentence:?} in {range:?}");
}

/// Dates an article (its first line a dateline) and gives each
/// expression's text and value.
fn check_article(text: &str, expected: &[(&str, Option<(&str, &str)>)]) {
    let options = crate::load::LoadOptions::default();
    let (document, _) = crate::load::parse_file("t", "t.txt", "t.txt", text.as_bytes(), &options);
    let mut document = document.unwrap();
    date_document(&mut document, None, &KnownPeople::default(), "t.txt");
    let found: Vec<(String, Option<(String, String)>)> = document
        .timexes
        .iter()
        .map(|timex| {
            let value = timex
                .value
                .map(|value| (value.start.to_string(), value.end.to_string()));
            (timex.text.clone(), value)
        })
        .collect();
    let expected: Vec<(String, Option<(String, String)>)> = expected
        .iter()
        .map(|(text, value)| {
            let value = value.map(|(start, end)| (start.to_owned(), end.to_owned()));
            (text.to_string(), value)
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_scheduled_present_speaks_of_the_future() {
    check_article(
        "May 18, 2022\n\nVote\n\nHis six-year term ends on October 31, and the mandate begins on May 22. He met them on April 7.\n",
        &[
            ("October 31", Some(("2022-10-31", "2022-10-31"))),
            ("May 22", Some(("2022-05-22", "2022-05-22"))),
            ("April 7", Some(("2022-04-07", "2022-04-07"))),
        ],
    );
}

#[test]
fn a_date_after_a_dash_is_read_whole() {
    check_article(
        "May 18, 2022\n\nStrikes\n\nBEIRUT — Israeli jets struck Gaza on Monday. Talks – held on Friday – broke up.\n",
        &[
            ("Monday", Some(("2022-05-16", "2022-05-16"))),
            ("Friday", Some(("2022-05-13", "2022-05-13"))),
        ],
    );
}

#[test]
fn a_past_day_told_after_the_articles_day_is_the_one_before_it() {
    // Wednesday is the article's day; the fighting began on the Saturday
    // before, not the one after, and a truce that "was due to" begin on
    // Tuesday was due on the Tuesday just gone.
    check_article(
        "April 19, 2023\n\nFighting\n\nGunfire rattled on Wednesday. Clashes broke out on Saturday morning. Aid stopped the following day. Officials said Monday that a truce was due to begin on Tuesday evening. Talks will resume on Friday.\n",
        &[
            ("Wednesday", Some(("2023-04-19", "2023-04-19"))),
            ("Saturday morning", Some(("2023-04-15", "2023-04-15"))),
            ("the following day", Some(("2023-04-16", "2023-04-16"))),
            ("Monday", Some(("2023-04-17", "2023-04-17"))),
            ("Tuesday evening", Some(("2023-04-18", "2023-04-18"))),
            ("Friday", Some(("2023-04-21", "2023-04-21"))),
        ],
    );
}

#[test]
fn a_weekday_goes_on_from_a_day_told_just_before_or_the_same_weekday() {
    // Saturday 12 November 2022. "November 2" is told first; a Friday
    // paragraphs later is the article's Friday, not the one after the
    // 2nd; "the attack on Sunday" is the Sunday told before.
    check_article(
        "November 12, 2022\n\nTalks\n\nThey agreed on Saturday, building on the truce of November 2. Rockets fell on Sunday, November 6.\n\nThe region is calm. Aid is slow.\n\nThe spokesman said on Friday that troops remained. The attack on Sunday was the last.\n",
        &[
            ("Saturday", Some(("2022-11-12", "2022-11-12"))),
            ("November 2", Some(("2022-11-02", "2022-11-02"))),
            ("Sunday, November 6", Some(("2022-11-06", "2022-11-06"))),
            ("Friday", Some(("2022-11-11", "2022-11-11"))),
            ("Sunday", Some(("2022-11-06", "2022-11-06"))),
        ],
    );
    // A weekday that dates a saying is the article's, even right after
    // another day: "since Sunday, officials said on Thursday".
    check_article(
        "September 28, 2023\n\nExodus\n\nThousands have left since Sunday, officials said on Thursday.\n",
        &[
            ("Sunday", Some(("2023-09-24", "2023-09-24"))),
            ("Thursday", Some(("2023-09-28", "2023-09-28"))),
        ],
    );
}

#[test]
fn what_is_no_deadline_or_plan_stays_past() {
    check_article(
        "September 28, 2023\n\nReturn\n\nThousands had returned to their homes by Friday. The toll rose to nearly 300 by Sunday. The army said it would investigate the deaths on Monday. The winter Olympics went on.\n",
        &[
            ("Friday", Some(("2023-09-22", "2023-09-22"))),
            ("Sunday", Some(("2023-09-24", "2023-09-24"))),
            ("Monday", Some(("2023-09-25", "2023-09-25"))),
        ],
    );
}

#[test]
fn deadlines_and_reported_plans_look_ahead() {
    check_article(
        "September 28, 2023\n\nDecree\n\nHe signed a decree to dissolve the institutions by January 1. Food ran short through the summer. The sides said they would meet in December. Troops were released by Monday. He warned in January that they would not yield.\n",
        &[
            ("January 1", Some(("2024-01-01", "2024-01-01"))),
            ("the summer", Some(("2023-06-01", "2023-08-31"))),
            ("December", Some(("2023-12-01", "2023-12-31"))),
            ("Monday", Some(("2023-09-25", "2023-09-25"))),
            ("January", Some(("2023-01-01", "2023-01-31"))),
        ],
    );
}

#[test]
fn an_offset_counts_from_the_event_a_later_expression_names() {
    check_article(
        "May 18, 2022\n\nVote\n\nFinal results came two days after the vote, with newcomers gaining in Sunday’s election.\n",
        &[
            ("two days after", Some(("2022-05-17", "2022-05-17"))),
            ("Sunday", Some(("2022-05-15", "2022-05-15"))),
        ],
    );
}

#[test]
fn an_offset_counts_from_the_event_it_names() {
    check_article(
        "April 3, 2022\n\nTruce holds\n\nOn March 25, missiles struck a depot in Jeddah. The talks will close on Thursday. Within a week of the Jeddah strike, both sides signed.\n",
        &[
            ("March 25", Some(("2022-03-25", "2022-03-25"))),
            ("Thursday", Some(("2022-04-07", "2022-04-07"))),
            ("Within a week", Some(("2022-03-25", "2022-04-01"))),
        ],
    );
}

#[test]
fn a_wide_date_range_gives_spans_not_guesses() {
    let range = ("2020-11-03", "2021-01-19");
    check(
        "On Friday night he met",
        range,
        None,
        Some(("2020-10-30", "2021-01-15", true)),
    );
    check(
        "He was killed in January",
        range,
        None,
        Some(("2020-01-01", "2021-01-31", true)),
    );
    // Both ends agree: an exact value.
    check(
        "He tried in June",
        range,
        None,
        Some(("2020-06-01", "2020-06-30", false)),
    );
    // The day after a day known to a span is known to the next span.
    check(
        "and stopped the following day",
        range,
        Some(("2020-10-30", "2021-01-15")),
        Some(("2020-10-31", "2021-01-16", true)),
    );
    check(
        "and stopped the following day",
        range,
        Some(("2020-12-25", "2020-12-25")),
        Some(("2020-12-26", "2020-12-26", false)),
    );
}

#[test]
fn an_offset_counts_from_an_event_a_verb_names() {
    // "12 days after police arrested" dates the arrests as well as the
    // strike; "within four days of being arrested" counts from them.
    check_article(
        "July 8, 2021\n\nPort raid\n\nThe strike on Sunday came 12 days after police arrested nine men in the port. All but two were freed within four days of being arrested.\n",
        &[
            ("Sunday", Some(("2021-07-04", "2021-07-04"))),
            ("12 days after", Some(("2021-07-04", "2021-07-04"))),
            ("within four days", Some(("2021-06-22", "2021-06-26"))),
        ],
    );
}

#[test]
fn a_scheduled_day_a_pledge_and_that_day() {
    check_article(
        "July 28, 2023\n\nCoup\n\nThe army chief spoke on Thursday. Crowds rallied that day. The bloc called an emergency summit for Sunday. The envoy called on Thursday and pledged support.\n",
        &[
            ("Thursday", Some(("2023-07-27", "2023-07-27"))),
            ("that day", Some(("2023-07-27", "2023-07-27"))),
            ("Sunday", Some(("2023-07-30", "2023-07-30"))),
            ("Thursday", Some(("2023-07-27", "2023-07-27"))),
        ],
    );
}

#[test]
fn that_night_before_a_noun_and_a_possessive_day_are_no_schedule() {
    check_article(
        "July 28, 2023\n\nRaids\n\nResidents said that night raids had become routine. The opposition called for Sunday’s results to be annulled.\n",
        &[("Sunday", Some(("2023-07-23", "2023-07-23")))],
    );
}

#[test]
fn a_step_of_years_goes_on_from_the_value_its_sentence_told() {
    check_article(
        "January 28, 2025\n\nGoma\n\nThe rebels signed a deal on March 23, 2009. They occupied Goma in November 2012 but were defeated the following year. The army spoke on Monday, and later in the day troops withdrew.\n",
        &[
            ("March 23, 2009", Some(("2009-03-23", "2009-03-23"))),
            ("November 2012", Some(("2012-11-01", "2012-11-30"))),
            ("the following year", Some(("2013-01-01", "2013-12-31"))),
            ("Monday", Some(("2025-01-27", "2025-01-27"))),
            ("later in the day", Some(("2025-01-27", "2025-01-27"))),
        ],
    );
}

#[test]
fn a_wire_dateline_dates_the_articles_week() {
    // The dateline opens the first paragraph; the story reaches the week
    // of the stated day.
    check_article(
        "Damascus falls\n\nDAMASCUS, Syria (Dec. 8, 2024) — Rebels entered the city early Sunday. The offensive began on Nov. 27 and they seized Aleppo the following day. They captured Hama on Thursday and took Homs late Saturday.\n",
        &[
            // The dateline's own date is the article's, not an expression.
            ("early Sunday", Some(("2024-12-08", "2024-12-08"))),
            ("Nov. 27", Some(("2024-11-27", "2024-11-27"))),
            ("the following day", Some(("2024-11-28", "2024-11-28"))),
            ("Thursday", Some(("2024-12-05", "2024-12-05"))),
            ("late Saturday", Some(("2024-12-07", "2024-12-07"))),
        ],
    );
}

#[test]
fn a_step_goes_on_from_a_time_told_not_from_a_noun_s_year() {
    check_article(
        "March 10, 2021\n\nTalks\n\nTalks resumed on March 3, 2021. The deal, first proposed in 2015, collapsed the following month. A pact signed on Jan. 10, 2020 replaced the 2015 accord, and the following year it failed.\n",
        &[
            ("March 3, 2021", Some(("2021-03-03", "2021-03-03"))),
            ("2015", Some(("2015-01-01", "2015-12-31"))),
            ("the following month", Some(("2021-04-01", "2021-04-30"))),
            ("Jan. 10, 2020", Some(("2020-01-10", "2020-01-10"))),
            ("2015", Some(("2015-01-01", "2015-12-31"))),
            ("the following year", Some(("2021-01-01", "2021-12-31"))),
        ],
    );
}

#[test]
fn a_weekday_a_step_back_in_the_story_stays_in_the_story() {
    check_article(
        "December 8, 2024\n\nHama\n\nThe assault began on Thursday, Nov. 28. Rebels had massed near Hama on Monday, three days before.\n",
        &[
            ("Thursday, Nov. 28", Some(("2024-11-28", "2024-11-28"))),
            ("Monday", Some(("2024-11-25", "2024-11-25"))),
            ("three days before", Some(("2024-11-25", "2024-11-25"))),
        ],
    );
}

#[test]
fn hours_later_parts_of_last_month_and_the_following_week() {
    check_article(
        "June 26, 2024\n\nMission\n\nPolice spent their first day on Wednesday, a day after the first officers landed. About 400 officers arrived on Tuesday morning. Within hours of their arrival, the minister visited them. Hours later, the president spoke. The council chose him in late May, and he took office the following week. His cabinet was installed earlier this month. Protests began early last month. The army said on Wednesday that a government would be sworn in on Thursday evening.\n",
        &[
            ("Wednesday", Some(("2024-06-26", "2024-06-26"))),
            // A day after the landing: the day its sentence tells.
            ("a day after", Some(("2024-06-26", "2024-06-26"))),
            ("Tuesday morning", Some(("2024-06-25", "2024-06-25"))),
            ("Within hours", Some(("2024-06-25", "2024-06-25"))),
            ("Hours later", Some(("2024-06-25", "2024-06-25"))),
            ("late May", Some(("2024-05-21", "2024-05-31"))),
            // The calendar week after the one late May ends in.
            ("the following week", Some(("2024-06-03", "2024-06-09"))),
            // Up to the day before the article's.
            ("earlier this month", Some(("2024-06-01", "2024-06-25"))),
            ("early last month", Some(("2024-05-01", "2024-05-10"))),
            ("Wednesday", Some(("2024-06-26", "2024-06-26"))),
            // A plan in the passive looks ahead.
            ("Thursday evening", Some(("2024-06-27", "2024-06-27"))),
        ],
    );
}

#[test]
fn a_wire_dateline_without_its_year_dates_the_article_by_its_ledes_weekday() {
    // 26 June is a Wednesday in 2024, the first year after 2021 in which
    // it is one.
    check_article(
        "Mission\n\nPORT-AU-PRINCE, Haiti, June 26 (AFP) — Police spent their first day on Wednesday. The mission had been delayed since 2021.\n",
        &[
            ("June 26", Some(("2024-06-26", "2024-06-26"))),
            ("Wednesday", Some(("2024-06-26", "2024-06-26"))),
            ("2021", Some(("2021-01-01", "2021-12-31"))),
        ],
    );
}

#[test]
fn a_plan_looks_ahead_from_its_own_day_and_another_clause_steps_on() {
    // Wednesday 26 June 2024.
    check_article(
        "June 26, 2024\n\nNews\n\nOfficials said on Monday that the victims would be buried on Tuesday. Police raided the house on Monday, and a day after the raid, the suspects fled. Looters will be arrested within hours. Parliament was dissolved in May, and the army chief met students the following week.\n",
        &[
            ("Monday", Some(("2024-06-24", "2024-06-24"))),
            ("Tuesday", Some(("2024-06-25", "2024-06-25"))),
            ("Monday", Some(("2024-06-24", "2024-06-24"))),
            // Another clause: a day after Monday's raid.
            ("a day after", Some(("2024-06-25", "2024-06-25"))),
            ("May", Some(("2024-05-01", "2024-05-31"))),
            // A week after a month is no week to tell.
            ("the following week", None),
        ],
    );
}
