//! Typed relations in the sentence shapes of news English, each pinned on a
//! one-sentence article: the typed relations found must be exactly those
//! expected (co-occurrence aside).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dossier_corpus::extract::{extract, Gazetteer};
use dossier_corpus::parse_document;
use dossier_corpus::source::SourceText;
use dossier_corpus::Corpus;

const GAZETTEER: &str = r#"
[[actor]]
name = "Northern Front"
kind = "group"

[[actor]]
name = "River Brigades"
kind = "group"

[[actor]]
name = "Union of Coastal States"
kind = "group"
acronyms = ["UCS"]

[[actor]]
name = "Harbour League"
kind = "group"

[[actor]]
name = "Omar Haddad"
kind = "person"

[[actor]]
name = "Lena Varga"
kind = "person"

[[actor]]
name = "Iran"
kind = "state"

[[actor]]
name = "Islamic State"
kind = "group"
acronyms = ["ISIS"]

[[actor]]
name = "United States"
kind = "state"
aliases = ["US"]
"#;

/// The typed relations of a one-sentence article, as (kind, source, target).
fn check(sentence: &str, expected: &[(&str, &str, &str)]) {
    let text = format!("A Headline For The Test\n\n{sentence}\n");
    let (document, _) = parse_document("a", "a.txt", "a", &SourceText::decode(text.as_bytes()));
    let mut corpus = Corpus::default();
    corpus.documents.push(document);
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER, "gazetteer.toml").unwrap();
    extract(&mut corpus, &gazetteer, "test");
    let mut found: Vec<(String, String, String)> = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind != "co_occurs")
        .map(|relation| {
            (
                relation.kind.clone(),
                relation.source.clone(),
                relation.target.clone(),
            )
        })
        .collect();
    found.sort();
    let mut want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(kind, source, target)| {
            (
                (*kind).to_owned(),
                (*source).to_owned(),
                (*target).to_owned(),
            )
        })
        .collect();
    want.sort();
    assert_eq!(found, want, "{sentence:?}");
}

#[test]
fn a_groups_leader_after_a_possessive_and_a_comma() {
    check(
        "The Northern Front’s leader, Omar Haddad, spoke on Monday.",
        &[("leads", "omar-haddad", "northern-front")],
    );
}

#[test]
fn a_chief_of_part_of_a_group_is_its_member() {
    check(
        "The UCS’s foreign policy chief, Lena Varga, spoke on Monday.",
        &[("member_of", "lena-varga", "union-of-coastal-states")],
    );
    check(
        "Omar Haddad, the head of the Northern Front’s parliamentary bloc, spoke.",
        &[("member_of", "omar-haddad", "northern-front")],
    );
}

#[test]
fn a_capitalised_title_between_group_and_person() {
    check(
        "Northern Front Secretary-General Omar Haddad spoke on Monday.",
        &[("leads", "omar-haddad", "northern-front")],
    );
}

#[test]
fn a_title_binds_only_the_nearest_of_two_coordinated_groups() {
    check(
        "The Harbour League and Northern Front Secretary-General Omar Haddad called for calm.",
        &[("leads", "omar-haddad", "northern-front")],
    );
}

#[test]
fn a_group_described_and_led_by_a_person() {
    check(
        "The River Brigades, a powerful paramilitary group led by Gen. Omar Haddad, moved in.",
        &[("leads", "omar-haddad", "river-brigades")],
    );
}

#[test]
fn a_person_who_served_as_commander_of_a_group_leads_it() {
    check(
        "Omar Haddad, who served simultaneously as de-facto commander of the broader Northern Front, died.",
        &[("leads", "omar-haddad", "northern-front")],
    );
}

#[test]
fn an_acronym_in_brackets_after_a_name_is_read_through() {
    check(
        "The Union of Coastal States (UCS), commanded by Gen. Omar Haddad, moved in.",
        &[("leads", "omar-haddad", "union-of-coastal-states")],
    );
}

#[test]
fn what_follows_a_person_of_a_group_describes_the_person() {
    check(
        "Voters unseated Omar Haddad of the Union of Coastal States (UCS), a River Brigades ally who had held a seat.",
        &[
            ("member_of", "omar-haddad", "union-of-coastal-states"),
            ("allied_with", "omar-haddad", "river-brigades"),
        ],
    );
}

#[test]
fn coordinated_objects_share_the_tie() {
    check(
        "Iran has been a key partner of the Northern Front and the River Brigades for years.",
        &[
            ("allied_with", "iran", "northern-front"),
            ("allied_with", "iran", "river-brigades"),
        ],
    );
    // "X, Y" with no "and" is no list: only the first is the object.
    check(
        "The River Brigades attacked the Northern Front, Omar Haddad said.",
        &[("attacked", "river-brigades", "northern-front")],
    );
}

#[test]
fn the_head_of_a_group_named_before_the_comma() {
    check(
        "The head of the River Brigades, Omar Haddad, welcomed the vote.",
        &[("leads", "omar-haddad", "river-brigades")],
    );
}

#[test]
fn partners_strikes_talks_and_war() {
    check(
        "Iran has been a key partner of the Northern Front in the region.",
        &[("allied_with", "iran", "northern-front")],
    );
    check(
        "The US struck dozens of targets in Iran on Friday.",
        &[("attacked", "united-states", "iran")],
    );
    check(
        "The Harbour League, which has been in talks with the River Brigades since 2022, called for calm.",
        &[("met", "harbour-league", "river-brigades")],
    );
    check(
        "The River Brigades have been at war with the Northern Front for a year.",
        &[("opposes", "river-brigades", "northern-front")],
    );
    check(
        "A senior Northern Front official, Omar Haddad, spoke.",
        &[("member_of", "omar-haddad", "northern-front")],
    );
}

#[test]
fn what_a_persons_soldiers_did_the_person_did() {
    check(
        "Gen. Omar Haddad took power two days after his soldiers detained President Lena Varga.",
        &[("detained", "omar-haddad", "lena-varga")],
    );
}

#[test]
fn a_pronoun_takes_the_nearest_fitting_actor() {
    check(
        "Lena Varga said Omar Haddad knew his troops attacked the Northern Front.",
        &[("attacked", "omar-haddad", "northern-front")],
    );
    check(
        "The Northern Front said the River Brigades had lost its commander Omar Haddad.",
        &[("leads", "omar-haddad", "river-brigades")],
    );
    // A group's description is the group's, even after a person of it.
    check(
        "Omar Haddad of the Northern Front, an Iran-backed group, spoke.",
        &[
            ("member_of", "omar-haddad", "northern-front"),
            ("backed_by", "northern-front", "iran"),
        ],
    );
}

#[test]
fn its_leader_is_the_subjects() {
    // "its" is the group the sentence opens with, not the one named last.
    check(
        "The River Brigades receive more support from the Harbour League than any other group, and its former leader Omar Haddad was killed.",
        &[
            ("backed_by", "river-brigades", "harbour-league"),
            ("leads", "omar-haddad", "river-brigades"),
        ],
    );
}

#[test]
fn a_person_of_a_group_is_its_member() {
    check(
        "Omar Haddad of the Northern Front lost his seat.",
        &[("member_of", "omar-haddad", "northern-front")],
    );
}

#[test]
fn ties_named_after_the_second_actor() {
    check(
        "Omar Haddad, a close Northern Front ally, kept his seat.",
        &[("allied_with", "northern-front", "omar-haddad")],
    );
    check(
        "The River Brigades now function as an Iran-backed force.",
        &[("backed_by", "river-brigades", "iran")],
    );
    check(
        "Omar Haddad, a former US detainee, leads a party.",
        &[("detained", "united-states", "omar-haddad")],
    );
}

#[test]
fn a_relative_clause_keeps_its_subject() {
    check(
        "They joined the River Brigades who fought ISIS and have opposed the US role.",
        &[
            ("attacked", "river-brigades", "islamic-state"),
            ("opposes", "river-brigades", "united-states"),
        ],
    );
}

#[test]
fn a_sentence_opening_with_he_speaks_of_the_person_named_last() {
    check(
        "The Northern Front is run by Omar Haddad. He is a former ally of Lena Varga.",
        &[
            ("leads", "omar-haddad", "northern-front"),
            ("allied_with", "lena-varga", "omar-haddad"),
        ],
    );
    // The chain goes on through pronouns, and the first person named is
    // the one spoken of.
    check(
        "Omar Haddad met Lena Varga. He says little. He tried to detain members of the Northern Front.",
        &[
            ("met", "lena-varga", "omar-haddad"),
            ("detained", "omar-haddad", "northern-front"),
        ],
    );
    // Too far back, or nobody named: no one.
    check(
        "Omar Haddad spoke. The river rose. The sea fell. The sky cleared. He tried to detain members of the Northern Front.",
        &[],
    );
    check("He tried to detain members of the Northern Front.", &[]);
}

#[test]
fn a_spokesman_after_a_possessive_and_titles_is_a_member() {
    check(
        "The Northern Front’s spokesman, Brig. Gen. Omar Haddad, spoke on Monday.",
        &[("member_of", "omar-haddad", "northern-front")],
    );
}

#[test]
fn a_demonym_describing_a_group_ties_it_to_its_state() {
    check(
        "Iran and the US traded threats. The Northern Front, a vehemently anti-American Iranian export, denied it.",
        &[
            ("backed_by", "northern-front", "iran"),
            ("opposes", "northern-front", "united-states"),
        ],
    );
    check(
        "Iran and the US traded threats. The River Brigades, an Iranian-backed militia, struck.",
        &[("backed_by", "river-brigades", "iran")],
    );
    // A demonym that does not describe the group says nothing of it.
    check(
        "Iran and the US traded threats. The Northern Front met Iranian officials.",
        &[],
    );
}

#[test]
fn a_hostility_between_two_actors_sets_each_against_the_other() {
    check(
        "It is part of the tensions between Iran and the United States.",
        &[
            ("opposes", "iran", "united-states"),
            ("opposes", "united-states", "iran"),
        ],
    );
    check(
        "The war between the River Brigades and the Northern Front goes on.",
        &[
            ("opposes", "northern-front", "river-brigades"),
            ("opposes", "river-brigades", "northern-front"),
        ],
    );
    // Talks between two sides set no one against anyone.
    check("Talks between Iran and the United States resumed.", &[]);
}

#[test]
fn a_warning_after_an_apposition_closed_by_a_comma() {
    check(
        "The leader of the Northern Front, Omar Haddad, publicly warned Lena Varga on Monday.",
        &[
            ("leads", "omar-haddad", "northern-front"),
            ("opposes", "omar-haddad", "lena-varga"),
        ],
    );
}

#[test]
fn appositions_and_relative_clauses_that_back_ally_chair_and_designate() {
    check(
        "The River Brigades (RB), a Kurdish-led coalition of rebel factions backed by Iran, took the town.",
        &[("backed_by", "river-brigades", "iran")],
    );
    check(
        "Iran and its ally the Northern Front sent fighters.",
        &[("allied_with", "iran", "northern-front")],
    );
    check(
        "Omar Haddad, who chairs the Harbour League, said on Monday that talks would open.",
        &[("leads", "omar-haddad", "harbour-league")],
    );
    check(
        "The United States, which designated the Northern Front a terrorist organisation in 2018, offered a reward.",
        &[("opposes", "united-states", "northern-front")],
    );
}

#[test]
fn a_sentence_opening_with_its_leader_speaks_of_the_group_before() {
    check(
        "The offensive was led by the Northern Front, an armed group. Its leader, Omar Haddad, spoke on Sunday.",
        &[("leads", "omar-haddad", "northern-front")],
    );
    check(
        "The River Brigades entered the town on Sunday. Its spokesman, Omar Haddad, said on Monday that it had won.",
        &[("member_of", "omar-haddad", "river-brigades")],
    );
    // "Its" may be the base the group overran.
    check(
        "The River Brigades overran an army base near the town on Monday. Its commander, Omar Haddad, fled.",
        &[],
    );
    // Not across a sentence that names no group: the leader of what?
    check(
        "The River Brigades entered the town. Talks failed. Its leader, Omar Haddad, spoke.",
        &[],
    );
}

#[test]
fn a_head_of_state_by_demonym_or_by_a_possessive_and_a_comma() {
    check(
        "Iranian President Omar Haddad met the envoy on Monday in Iran.",
        &[("leads", "omar-haddad", "iran")],
    );
    check(
        "Iran’s president, Omar Haddad, spoke on Monday.",
        &[("leads", "omar-haddad", "iran")],
    );
    check(
        "Iran’s foreign minister, Lena Varga, spoke on Monday.",
        &[("member_of", "lena-varga", "iran")],
    );
}

#[test]
fn a_sentence_opening_with_their_negotiator_speaks_of_the_group_before() {
    check(
        "The River Brigades welcomed the deal on Monday. Their chief negotiator, Omar Haddad, lives abroad.",
        &[("member_of", "omar-haddad", "river-brigades")],
    );
}

#[test]
fn a_part_led_and_an_envoy_designated_are_no_ties() {
    // He led a delegation, not Iran. (The meeting after the clause is not
    // read yet.)
    check(
        "Omar Haddad, who led the Iran delegation, met Lena Varga on Monday.",
        &[],
    );
    check(
        "The United States designated Omar Haddad as its envoy to the Northern Front.",
        &[],
    );
}

#[test]
fn taking_charge_of_a_group_a_student_at_one_and_a_leader_with_a_title() {
    check(
        "A new commander, Omar Haddad, took charge of the Northern Front last week.",
        &[("leads", "omar-haddad", "northern-front")],
    );
    check(
        "Lena Varga, a history student at Coastal University, spoke on Monday.",
        &[("member_of", "lena-varga", "coastal-university")],
    );
    check(
        "The Northern Front’s leader, former prime minister Omar Haddad, spoke on Monday.",
        &[("leads", "omar-haddad", "northern-front")],
    );
    // Not a former student, nor a place's, nor an army taking a city.
    check(
        "Lena Varga, a former student at Coastal University, spoke on Monday.",
        &[],
    );
    // A title hyphened is still a title.
    check(
        "Northern Front Secretary-General Omar Haddad spoke on Monday.",
        &[("leads", "omar-haddad", "northern-front")],
    );
    // A spokesman speaks for the group; he does not lead it.
    check(
        "Northern Front spokesman Omar Haddad spoke on Monday.",
        &[("member_of", "omar-haddad", "northern-front")],
    );
}
