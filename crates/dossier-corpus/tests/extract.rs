//! The hard cases of extraction, each pinned on a small fixture: the same
//! engine and gazetteer format as a real build, on texts written for the test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dossier_corpus::extract::{extract, Gazetteer};
use dossier_corpus::source::SourceText;
use dossier_corpus::{parse_document, ActorKind, CivilDate, Corpus, DocDate};

const GAZETTEER: &str = r#"
[[actor]]
name = "Kata'ib Hezbollah"
kind = "group"
acronyms = ["KH"]
aliases = ["Hezbollah Brigades"]

[[actor]]
name = "Hezbollah"
kind = "group"
aliases = ["Lebanese Hezbollah", "Hizbullah"]

[[actor]]
name = "Mustafa al-Kadhimi"
kind = "person"

[[actor]]
name = "Qasem Soleimani"
kind = "person"
aliases = ["Soleimani"]
died = "2020-01-03"

[[actor]]
name = "Baghdad"
kind = "place"
coordinates = [33.3152, 44.3661]

[[actor]]
name = "IRGC Quds Force"
kind = "group"
aliases = ["Islamic Revolutionary Guard Corps-Qods Force"]

[[actor]]
name = "Islamic Revolutionary Guard Corps"
kind = "group"

[[distinct]]
names = ["Kata'ib Hezbollah", "Hezbollah"]
"#;

/// Builds a corpus of `articles` (id, text, date if the article has one).
fn corpus(articles: &[(&str, &str, Option<&str>)]) -> Corpus {
    let mut corpus = Corpus::default();
    for (id, text, date) in articles {
        let (mut document, _) = parse_document(
            id,
            &format!("{id}.txt"),
            id,
            &SourceText::decode(text.as_bytes()),
        );
        if let Some(date) = date.and_then(CivilDate::parse_iso) {
            document.date = Some(DocDate {
                start: date,
                end: date,
                inferred: false,
                evidence: "dateline".into(),
                confidence: dossier_corpus::Confidence::Stated,
            });
        }
        corpus.documents.push(document);
    }
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER, "gazetteer.toml").unwrap();
    extract(&mut corpus, &gazetteer, "test");
    corpus
}

/// The actor a surface form was attached to.
fn actor_of(corpus: &Corpus, form: &str) -> String {
    corpus
        .actors
        .iter()
        .find(|actor| actor.aliases.iter().any(|alias| alias == form))
        .map(|actor| actor.name.clone())
        .unwrap_or_else(|| panic!("no actor seen as {form:?}: {:?}", corpus.actors))
}

/// The kind of the actor named `name`, if there is one.
fn kind_named(corpus: &Corpus, name: &str) -> Option<ActorKind> {
    corpus
        .actors
        .iter()
        .find(|actor| actor.name == name)
        .map(|actor| actor.kind)
}

/// The value of the temporal expression `text` in the first document.
fn date_of(corpus: &Corpus, text: &str) -> Option<(String, String)> {
    let timex = corpus.documents[0]
        .timexes
        .iter()
        .find(|timex| timex.text == text)
        .unwrap_or_else(|| panic!("no expression {text:?}: {:?}", corpus.documents[0].timexes));
    timex
        .value
        .map(|value| (value.start.to_string(), value.end.to_string()))
}

#[test]
fn transliterations_merge_and_look_alikes_do_not() {
    let corpus = corpus(&[
        ("a", "A Headline Here\n\nKata’ib Hezbollah fired rockets. Khataib Hezbollah denied it. Kathaib Hezbollah later said so. Kataib Hezbollah (KH) is an Iraqi militia. KH is not Lebanese Hezbollah.\n", None),
        ("b", "Another Headline\n\nPrime Minister Mustafa al-Kadhimi met Qasim Muslih. Khadimi then met Qasim al-Araji. Al Kadhimi left. Muslih stayed.\n", None),
    ]);
    for form in [
        "Kata’ib Hezbollah",
        "Khataib Hezbollah",
        "Kathaib Hezbollah",
        "Kataib Hezbollah",
        "KH",
    ] {
        assert_eq!(actor_of(&corpus, form), "Kata'ib Hezbollah", "{form}");
    }
    assert_eq!(actor_of(&corpus, "Lebanese Hezbollah"), "Hezbollah");
    assert_eq!(actor_of(&corpus, "Khadimi"), "Mustafa al-Kadhimi");
    assert_eq!(
        actor_of(&corpus, "Muslih"),
        "Qasim Muslih",
        "a bare surname joins the full name"
    );
    // Three men called Qasim/Qasem are three people.
    let qasims: Vec<&str> = corpus
        .actors
        .iter()
        .filter(|actor| actor.name.starts_with("Qas"))
        .map(|actor| actor.name.as_str())
        .collect();
    assert_eq!(
        qasims.len(),
        2,
        "Muslih and al-Araji, and no Soleimani mention here: {qasims:?}"
    );
    assert!(qasims.contains(&"Qasim Muslih") && qasims.contains(&"Qasim al-Araji"));
}

#[test]
fn a_listed_name_matches_across_a_spaced_dash_and_a_run_of_capitals_does_not() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nIran’s Islamic Revolutionary Guard Corps – Qods Force armed them. The Islamic Revolutionary Guard Corps denied it. Baghdad – Kataib Hezbollah said so.\n",
        None,
    )]);
    assert_eq!(
        actor_of(&corpus, "Islamic Revolutionary Guard Corps – Qods Force"),
        "IRGC Quds Force"
    );
    assert_eq!(
        actor_of(&corpus, "Islamic Revolutionary Guard Corps"),
        "Islamic Revolutionary Guard Corps"
    );
    // Two names on either side of a dash stay two.
    assert_eq!(actor_of(&corpus, "Baghdad"), "Baghdad");
    assert_eq!(actor_of(&corpus, "Kataib Hezbollah"), "Kata'ib Hezbollah");
}

#[test]
fn a_name_introduced_as_anothers_and_a_plural_join_their_actor() {
    // None of these names is in the gazetteer.
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe fighting pits the army against Gen. Mohamed Hamdan Dagalo, widely known as Hemedti. Hemedti said he accepted a truce. The Houthis, who call their movement Ansar Allah, welcomed the deal. It was praised by Houthi officials. The Houthis later denied it. The Arab League met in Saudi Arabia. The Arab League called for calm, and Saudi Arabia agreed.\n",
        None,
    )]);
    assert_eq!(actor_of(&corpus, "Hemedti"), "Mohamed Hamdan Dagalo");
    assert_eq!(
        actor_of(&corpus, "Houthis"),
        actor_of(&corpus, "Ansar Allah")
    );
    assert_eq!(actor_of(&corpus, "Houthi"), actor_of(&corpus, "Houthis"));
    let houthis = corpus
        .actors
        .iter()
        .find(|actor| actor.aliases.iter().any(|alias| alias == "Houthis"))
        .unwrap();
    assert_eq!(
        houthis.kind,
        dossier_corpus::ActorKind::Group,
        "a plural names a group"
    );
    // A vowel ending makes another word: Arabia is not the Arab League.
    let league = actor_of(&corpus, "Arab League");
    assert!(corpus
        .actors
        .iter()
        .filter(|actor| actor.name == league)
        .all(|actor| !actor.aliases.iter().any(|alias| alias.contains("Arabia"))));
}

#[test]
fn unlisted_names_get_their_kind_from_what_the_world_knows_and_their_last_word() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nFrance and Saudi Arabia met in Paris. Then France left. The Saudi-led coalition struck. The United Nations and Human Rights Watch condemned Operation Barkhane, and the Economic Community of West African States agreed. Saudi Arabia and the United Nations disagreed.\n",
        None,
    )]);
    let kind = |form: &str| {
        let name = actor_of(&corpus, form);
        corpus
            .actors
            .iter()
            .find(|actor| actor.name == name)
            .map(|actor| actor.kind)
            .unwrap()
    };
    use dossier_corpus::ActorKind::{Group, State};
    assert_eq!(kind("France"), State);
    assert_eq!(kind("Saudi Arabia"), State, "not trimmed to “Arabia”");
    assert_eq!(kind("United Nations"), Group);
    assert_eq!(kind("Human Rights Watch"), Group);
    assert_eq!(kind("Operation Barkhane"), Group);
    assert_eq!(kind("Economic Community of West African States"), Group);
    assert_eq!(
        kind("Saudi-led coalition"),
        Group,
        "a coalition named by its leader"
    );
}

#[test]
fn a_name_holding_a_possessive_a_place_it_is_named_after_and_a_given_name_alone() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe Tigray People’s Liberation Front (TPLF) signed. Field Marshal Birhanu Jula signed too. Troops withdrew from Tigray, and aid reached northwestern Tigray. Prime Minister Abiy Ahmed spoke. Abiy won the Nobel Peace Prize in 2019. The TPLF agreed.\n",
        None,
    )]);
    assert_eq!(
        actor_of(&corpus, "TPLF"),
        actor_of(&corpus, "Tigray People’s Liberation Front")
    );
    let tigray = actor_of(&corpus, "Tigray");
    assert_ne!(
        tigray,
        actor_of(&corpus, "TPLF"),
        "the region is not the front"
    );
    assert_eq!(actor_of(&corpus, "Birhanu Jula"), "Birhanu Jula");
    assert_eq!(actor_of(&corpus, "Abiy"), "Abiy Ahmed");
    assert!(
        corpus
            .actors
            .iter()
            .all(|actor| !actor.name.contains("Prize")),
        "a prize is no actor: {:?}",
        corpus.actors
    );
}

#[test]
fn a_verb_of_naming_a_short_plural_and_a_country_are_no_aliases() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nDonald Trump dubbed Kamala Harris a radical. Kamala Harris answered. Shelling hit Hama. Hamas denied it, and Hamas fighters left Hama. Jordan Bardella visited Jordan. Jordan closed its border.\n",
        None,
    )]);
    assert_ne!(
        actor_of(&corpus, "Kamala Harris"),
        actor_of(&corpus, "Donald Trump")
    );
    assert_ne!(actor_of(&corpus, "Hama"), actor_of(&corpus, "Hamas"));
    assert_ne!(
        actor_of(&corpus, "Jordan"),
        actor_of(&corpus, "Jordan Bardella")
    );
}

#[test]
fn a_states_short_name_and_a_translated_acronym_join_their_actor() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nU.S. envoys met the junta, which calls itself the National Council for the Safeguard of the Homeland (CNSP). The CNSP said the United States had no say. Britain and the UK agreed.\n",
        Some("2023-07-28"),
    )]);
    assert_eq!(actor_of(&corpus, "U.S."), "United States");
    assert_eq!(actor_of(&corpus, "United States"), "United States");
    assert_eq!(actor_of(&corpus, "Britain"), "United Kingdom");
    assert_eq!(actor_of(&corpus, "UK"), "United Kingdom");
    let council = "National Council for the Safeguard of the Homeland";
    assert_eq!(actor_of(&corpus, "CNSP"), council);
    let kind = |name: &str| kind_named(&corpus, name);
    assert_eq!(kind("United States"), Some(ActorKind::State));
    assert_eq!(kind(council), Some(ActorKind::Group));
    // "of the" alone joins no two names.
    let two = self::corpus(&[(
        "a",
        "A Headline Here\n\nThe Northern Front of the River Brigades met. Omar Haddad of the River Brigades spoke.\n",
        Some("2023-07-28"),
    )]);
    assert_eq!(actor_of(&two, "Northern Front"), "Northern Front");
    assert_eq!(actor_of(&two, "Omar Haddad"), "Omar Haddad");
    assert_eq!(actor_of(&two, "River Brigades"), "River Brigades");
}

#[test]
fn names_introduced_by_titles_are_found() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\n“It is fine,” New Lines Institute senior analyst Rasha Al Aqeedi said. Senate Foreign Relations Chairman Bob Menendez agreed. Aqeedi disagreed.\n",
        None,
    )]);
    assert_eq!(actor_of(&corpus, "Rasha Al Aqeedi"), "Rasha Al Aqeedi");
    assert_eq!(actor_of(&corpus, "Aqeedi"), "Rasha Al Aqeedi");
    assert_eq!(actor_of(&corpus, "Bob Menendez"), "Bob Menendez");
    assert_eq!(
        actor_of(&corpus, "New Lines Institute"),
        "New Lines Institute"
    );
}

#[test]
fn dates_resolve_against_the_article_date() {
    let text = "A Headline Here\n\nOn Sunday, July 5, a rocket hit Baghdad. It was launched late Saturday evening. The attack on Sunday came 10 days after troops arrested 14 men. Since early June, there were three attacks. Talks began in May, and elections are set for June, 2021. In the summer of 2020 and in late 2019 things were calm, as in 2018. Last summer the men were freed.\n";
    let corpus = corpus(&[("a", text, Some("2020-07-08"))]);
    let day = |d: &str| Some((d.to_owned(), d.to_owned()));
    let range = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
    assert_eq!(date_of(&corpus, "Sunday, July 5"), day("2020-07-05"));
    assert_eq!(date_of(&corpus, "late Saturday evening"), day("2020-07-04"));
    assert_eq!(date_of(&corpus, "10 days after"), day("2020-07-05"));
    assert_eq!(
        date_of(&corpus, "early June"),
        range("2020-06-01", "2020-06-10")
    );
    assert_eq!(date_of(&corpus, "May"), range("2020-05-01", "2020-05-31"));
    assert_eq!(
        date_of(&corpus, "June, 2021"),
        range("2021-06-01", "2021-06-30")
    );
    assert_eq!(
        date_of(&corpus, "the summer of 2020"),
        range("2020-06-01", "2020-08-31")
    );
    assert_eq!(
        date_of(&corpus, "late 2019"),
        range("2019-09-01", "2019-12-31")
    );
    assert_eq!(date_of(&corpus, "2018"), range("2018-01-01", "2018-12-31"));
    assert_eq!(
        date_of(&corpus, "Last summer"),
        range("2019-06-01", "2019-08-31"),
        "the summer of 2020 has not ended on 8 July 2020"
    );
}

#[test]
fn an_undated_article_gets_an_inferred_date_with_its_evidence() {
    // A dated article elsewhere in the corpus says which decade it is about.
    let corpus = corpus(&[
        ("a", "A Headline Here\n\nOn Sunday, July 5, a rocket hit Baghdad. In early June, talks began.\n", None),
        ("b", "Another Headline\n\nThe talks went on.\n", Some("2020-07-06")),
    ]);
    let date = corpus.documents[0]
        .date
        .clone()
        .expect("a date is inferred");
    assert!(date.inferred);
    assert_eq!(
        date.start.to_string(),
        "2020-07-05",
        "2020 is the year near the corpus's dates in which July 5 is a Sunday"
    );
    assert!(date.evidence.contains("weekday"), "{}", date.evidence);
}

#[test]
fn one_happening_in_two_articles_is_one_event_with_two_sources() {
    let corpus = corpus(&[
        (
            "a",
            "A Headline Here\n\nKata’ib Hezbollah fired a rocket at Baghdad on July 4, 2020.\n",
            Some("2020-07-06"),
        ),
        (
            "b",
            "Another Headline\n\nA rocket attack by KH on Baghdad on July 4 was intercepted.\n",
            Some("2020-07-07"),
        ),
    ]);
    let rockets: Vec<_> = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "rocket_fire")
        .collect();
    assert_eq!(rockets.len(), 1, "{:?}", corpus.events);
    assert_eq!(rockets[0].sources.len(), 2);
    assert_eq!(rockets[0].start.to_string(), "2020-07-04");
}

#[test]
fn a_date_dates_the_happening_of_its_own_clause() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nCiting laws enacted in 2018, Mustafa al-Kadhimi took office vowing reform. On Monday, militants attacked Baghdad and killed three guards. Since the onset of talks in early June, militants have staged three attacks on Baghdad.\n",
        Some("2020-07-08"),
    )]);
    let events: Vec<(&str, String)> = corpus
        .events
        .iter()
        .map(|event| (event.r#type.as_str(), event.start.to_string()))
        .collect();
    // 2018 is the laws'; the taking of office has no date of its own here.
    assert!(
        events.contains(&("legislation", "2018-01-01".to_owned())),
        "{events:?}"
    );
    assert!(
        !events
            .iter()
            .any(|(kind, _)| *kind == "appointment" || *kind == "threat"),
        "{events:?}"
    );
    // A clause with no happening of its own ("On Monday,") dates them all.
    assert!(
        events.contains(&("attack", "2020-07-06".to_owned())),
        "{events:?}"
    );
    assert!(
        events.contains(&("killing", "2020-07-06".to_owned())),
        "{events:?}"
    );
    // The talks are what "since" counts from: the attacks keep the date.
    assert!(
        events.contains(&("attack", "2020-06-01".to_owned())),
        "{events:?}"
    );
}

#[test]
fn an_anniversary_reports_the_happening_it_marks_on_its_day() {
    let corpus = corpus(&[
        (
            "a",
            "A Headline Here\n\nTensions are high on the anniversary of Soleimani’s killing. The US killed Soleimani in January.\n",
            Some("2020-12-30"),
        ),
        (
            "b",
            "Another Headline\n\nA US drone killed Qasem Soleimani in Baghdad on January 3, 2020.\n",
            Some("2020-01-04"),
        ),
    ]);
    let killings: Vec<_> = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "killing")
        .collect();
    // The anniversary is told on 2021-01-03; the killing it marks, and the
    // "in January" of the same article, are the one of 2020-01-03.
    assert_eq!(killings.len(), 1, "{killings:?}");
    assert_eq!(killings[0].start.to_string(), "2020-01-03");
    assert_eq!(killings[0].sources.len(), 3, "{killings:?}");
}

#[test]
fn what_came_n_days_before_is_dated_n_days_before_and_joins_its_other_reports() {
    // Article a dates the arrest by the attack that came ten days after it;
    // article b, vaguer, says "in June". One arrest, on the 25th, two sources.
    let corpus = corpus(&[
        (
            "a",
            "A Headline Here\n\nThe rocket attack on Baghdad on July 5, 2020 came 10 days after Iraqi troops arrested members of Kata’ib Hezbollah.\n",
            Some("2020-07-06"),
        ),
        (
            "b",
            "Another Headline\n\nThe government arrested members of Kata’ib Hezbollah in June.\n",
            Some("2020-07-10"),
        ),
    ]);
    let arrests: Vec<_> = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "arrest")
        .collect();
    assert_eq!(arrests.len(), 1, "{:?}", corpus.events);
    assert_eq!(arrests[0].start.to_string(), "2020-06-25");
    assert_eq!(arrests[0].end.to_string(), "2020-06-25");
    assert_eq!(arrests[0].sources.len(), 2);
}

#[test]
fn a_response_is_dated_by_what_it_answers() {
    // The mustering has no date of its own and follows a sentence dated to
    // a January killing: it answers the arrests, told on June 25.
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nOn June 25, police arrested 14 members of Kata’ib Hezbollah. Its founder was killed in a strike on January 3. Kata’ib Hezbollah responded to the arrests by mustering 150 fighters near the office of the prime minister.\n",
        Some("2020-07-06"),
    )]);
    let mustering: Vec<_> = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "mobilization")
        .collect();
    assert_eq!(mustering.len(), 1, "{:?}", corpus.events);
    assert_eq!(mustering[0].start.to_string(), "2020-06-25");
    // The arrests it answers are no happening of the third sentence.
    let arrests = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "arrest")
        .count();
    assert_eq!(arrests, 1, "{:?}", corpus.events);
}

#[test]
fn a_sentence_opening_with_a_happenings_description_goes_on_about_it() {
    // "The raid" two sentences after the dated arrests is their raid, with
    // the arrests' date; four sentences on, or as "A raid", it is not
    // (nothing dates it).
    let text = |gap: usize, opening: &str| {
        format!(
            "A Headline Here\n\nOn June 25, police arrested 14 members of Kata’ib Hezbollah. {}{opening} raid targeted the headquarters of the group.\n",
            "Officials hoped the message was heard. ".repeat(gap)
        )
    };
    let raids = |text: &str| -> Vec<String> {
        let corpus = corpus(&[("a", text, Some("2020-07-06"))]);
        corpus
            .events
            .iter()
            .filter(|event| event.r#type == "arrest")
            .flat_map(|event| {
                event
                    .sources
                    .iter()
                    .map(move |source| format!("{} {}", event.start, source.sentence))
            })
            .collect()
    };
    let found = raids(&text(1, "The"));
    assert!(found.contains(&"2020-06-25 s3".to_owned()), "{found:?}");
    assert!(!raids(&text(4, "The"))
        .iter()
        .any(|raid| raid.ends_with(" s6")));
    assert!(!raids(&text(1, "A"))
        .iter()
        .any(|raid| raid.ends_with(" s3")));
    // Nor in another paragraph, nor denied.
    let paragraph = text(1, "The").replace(" The raid", "\n\nThe raid");
    assert!(!raids(&paragraph).iter().any(|raid| raid.ends_with(" s3")));
    let denied = text(1, "The").replace("raid targeted", "raid never targeted");
    assert!(!raids(&denied).iter().any(|raid| raid.ends_with(" s3")));
}

#[test]
fn a_happening_that_comes_once_to_a_person_is_retold_not_repeated() {
    // "took office", undated, re-tells the inauguration "in May" of the
    // same person: one event, two sources. Someone else's is another.
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nSince his inauguration in May, Mustafa al-Kadhimi has faced the militias. The weather was hot on July 1. Al-Kadhimi took office vowing to rein them in. Qais Khazali took office as a lawmaker.\n",
        Some("2020-07-06"),
    )]);
    let appointments: Vec<_> = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "appointment")
        .collect();
    assert_eq!(appointments.len(), 1, "{:?}", corpus.events);
    assert_eq!(appointments[0].start.to_string(), "2020-05-01");
    assert_eq!(appointments[0].sources.len(), 2, "{appointments:?}");
}

#[test]
fn a_clause_that_goes_on_with_and_shares_the_date() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nOn June 3, hundreds rallied in Baghdad, and a group set fire to a party office.\n",
        Some("2020-07-06"),
    )]);
    let types: Vec<(&str, String)> = corpus
        .events
        .iter()
        .map(|event| (event.r#type.as_str(), event.start.to_string()))
        .collect();
    assert!(
        types.contains(&("protest", "2020-06-03".into())),
        "{types:?}"
    );
    assert!(
        types.contains(&("attack", "2020-06-03".into())),
        "{types:?}"
    );
}

#[test]
fn a_killing_is_one_of_the_one_killed() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nOn June 3, Israeli jets killed Qasem Soleimani, Mustafa al-Kadhimi said. Mustafa al-Kadhimi also ordered the killing of Qasim Muslih.\n",
        Some("2020-07-06"),
    )]);
    let killings = corpus
        .events
        .iter()
        .filter(|event| event.r#type == "killing")
        .count();
    // Two killings of two people, each told once, though the second takes
    // the first sentence's date and shares its speaker.
    assert_eq!(killings, 2, "{:?}", corpus.events);
    assert!(corpus
        .events
        .iter()
        .all(|event| event.r#type != "killing" || event.sources.len() == 1));
    // A year told in the clause before "and" dates no attack after it.
    let corpus = self::corpus(&[(
        "a",
        "A Headline Here\n\nHamas won the election in 2007, and its fighters attacked border posts.\n",
        Some("2020-07-06"),
    )]);
    assert!(corpus
        .events
        .iter()
        .all(|event| event.r#type != "attack" || event.start.year != 2007));
}

#[test]
fn typed_relations_keep_direction_and_evidence() {
    let corpus = corpus(&[("a", "A Headline Here\n\nKata’ib Hezbollah is run by Qasem Soleimani, which is not true. Kata’ib Hezbollah, part of Hezbollah, met Mustafa al-Kadhimi in 2020.\n", None)]);
    let find = |kind: &str| {
        corpus
            .relations
            .iter()
            .find(|relation| relation.kind == kind)
            .unwrap_or_else(|| panic!("no {kind}: {:?}", corpus.relations))
    };
    let leads = find("leads");
    assert_eq!(
        (leads.source.as_str(), leads.target.as_str()),
        ("qasem-soleimani", "kataib-hezbollah")
    );
    assert_eq!(leads.evidence.len(), 1);
    let member = find("member_of");
    assert_eq!(
        (member.source.as_str(), member.target.as_str()),
        ("kataib-hezbollah", "hezbollah")
    );
}

/// Regression tests for inputs a review made panic or blow up: a character
/// whose lower case is longer (Kelvin sign), day counts that overflow the
/// calendar, a five-digit year, and a sentence listing hundreds of names.
#[test]
fn hostile_inputs_neither_panic_nor_explode() {
    let kelvin = corpus(&[(
        "a",
        "A Headline Here\n\nThe \u{212A}é rocket attack hit Baghdad on July 5, 2020.\n",
        None,
    )]);
    assert!(kelvin
        .events
        .iter()
        .any(|event| event.r#type == "rocket_fire"));
    // Every dash and quote of news typography right before a date or a
    // trigger: clauses start after the whole character.
    let dashes = corpus(&[(
        "a",
        "A Headline Here\n\nBEIRUT — Israeli jets struck Gaza on Monday. Talks – held on Friday – broke up. “Attack” on Sunday. Rockets—fired Tuesday.\n",
        Some("2022-05-18"),
    )]);
    assert_eq!(
        dashes.documents[0].timexes.len(),
        4,
        "{:?}",
        dashes.documents[0].timexes
    );
    let huge = corpus(&[("a", "A Headline Here\n\nOn July 5, 2020 it began, 9223372036854775807 days after the war and 800000000000000000 years ago. The raid on Sunday came 9223372036854775807 weeks after police arrested them; all were freed within 9223372036854775807 days of being arrested.\n", None)]);
    assert!(huge.documents[0]
        .timexes
        .iter()
        .all(|timex| timex
            .value
            .is_none_or(|value| value.start.year >= 1 && value.end.year <= 9999)));
    let year = corpus(&[(
        "a",
        "July 6, 99999\n\nA Headline Here\n\nThe body has one sentence.\n",
        None,
    )]);
    assert!(
        year.documents[0].date.is_none(),
        "a five-digit year is no dateline"
    );
    let names: Vec<String> = (0..400).map(|n| format!("Name{n} Person{n}")).collect();
    let list = corpus(&[(
        "a",
        &format!("A Headline Here\n\nThe list: {}.\n", names.join(", ")),
        None,
    )]);
    let co_occurs = list
        .relations
        .iter()
        .filter(|relation| relation.kind == "co_occurs")
        .count();
    assert!(
        co_occurs <= 400 * 6,
        "co-occurrence stays near-linear: {co_occurs}"
    );
}

#[test]
fn a_state_named_alone_is_not_a_group_named_after_it() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nCongo accused Rwanda on Monday. The rebels fight as part of the Congo River Alliance (AFC). The alliance demanded that Congo negotiate. Congo refused.\n",
        None,
    )]);
    let congo = actor_of(&corpus, "Congo");
    assert_ne!(congo, actor_of(&corpus, "Congo River Alliance"));
    // Every bare "Congo" is the state, before and after the alliance is named.
    let document = &corpus.documents[0];
    let congos: Vec<&str> = document
        .mentions
        .iter()
        .filter(|mention| {
            let sentence = document.sentence(&mention.sentence).unwrap();
            &sentence.text[mention.start as usize..mention.end as usize] == "Congo"
        })
        .map(|mention| mention.actor.as_str())
        .collect();
    assert_eq!(congos.len(), 3, "{congos:?}");
    assert!(congos.iter().all(|actor| *actor == congos[0]), "{congos:?}");
}

#[test]
fn a_council_named_after_its_body_and_initials_with_dots() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe envoy told the U.N. Security Council on Sunday. The UN Security Council met again on Monday.\n",
        None,
    )]);
    let council = actor_of(&corpus, "U.N. Security Council");
    assert_eq!(council, actor_of(&corpus, "UN Security Council"));
    assert!(
        corpus.actors.iter().all(|actor| actor.name != "U.N."),
        "the council is not the U.N.: {:?}",
        corpus.actors
    );
}

#[test]
fn a_name_described_as_a_group_is_one() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe offensive was led by Hayat Tahrir al-Sham (HTS), an Islamist group that has run Idlib. HTS took the city.\n",
        None,
    )]);
    let kind = kind_named(&corpus, "Hayat Tahrir al-Sham");
    assert_eq!(
        kind,
        Some(dossier_corpus::ActorKind::Group),
        "{:?}",
        corpus.actors
    );
    assert_eq!(
        actor_of(&corpus, "HTS"),
        actor_of(&corpus, "Hayat Tahrir al-Sham")
    );
}

#[test]
fn an_acronym_alone_and_a_person_described_for_a_group() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe U.N. Security Council met on Monday. U.N. envoy Geir Pedersen urged restraint. The U.N. has 193 member states. Lawrence Kanyuka, a spokesman for the group, spoke. Kanyuka said more. A spokesman told CNN Monday Army units had pulled back.\n",
        None,
    )]);
    assert_ne!(
        actor_of(&corpus, "U.N."),
        actor_of(&corpus, "U.N. Security Council"),
        "the U.N. is not its Security Council"
    );
    let kind = |name: &str| kind_named(&corpus, name);
    assert_eq!(
        kind("Lawrence Kanyuka"),
        Some(dossier_corpus::ActorKind::Person)
    );
    assert!(
        corpus
            .actors
            .iter()
            .all(|actor| !actor.name.contains("Monday")),
        "a day is no part of a name: {:?}",
        corpus.actors
    );
}

#[test]
fn a_commission_on_a_subject_is_one_name() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nThe Kenya National Commission on Human Rights (KNCHR) said on Wednesday that 22 people had been killed. The KNCHR asked for an inquiry. Nahid Islam, a student at Dhaka University, spoke in Dhaka on Monday. Crowds gathered in Dhaka on Tuesday.\n",
        Some("2024-08-07"),
    )]);
    let actor = |surface: &str| {
        corpus
            .actors
            .iter()
            .find(|actor| actor.aliases.iter().any(|alias| alias == surface))
            .map(|actor| actor.id.clone())
    };
    let commission = actor("Kenya National Commission on Human Rights");
    assert!(commission.is_some(), "{:?}", corpus.actors);
    assert_eq!(actor("KNCHR"), commission);
    assert!(actor("Human Rights").is_none());
    // Not a day or a feast after "on".
    let corpus_of = |text: &str| self::corpus(&[("b", text, Some("2024-12-20"))]);
    for text in [
        "A Headline Here\n\nThe National Election Commission on Aug. 5 confirmed the figures.\n",
        "A Headline Here\n\nThe Electoral Commission on Christmas Eve announced the results.\n",
        "A Headline Here\n\nThe Security Council on Eritrea renewed the mandate.\n",
    ] {
        let names: Vec<String> = corpus_of(text)
            .actors
            .iter()
            .flat_map(|actor| actor.aliases.clone())
            .collect();
        assert!(names.iter().all(|name| !name.contains(" on ")), "{names:?}");
    }
}

#[test]
fn a_wire_datelines_place_is_a_place_and_its_credit_no_name() {
    let corpus = corpus(&[(
        "a",
        "A Headline Here\n\nPORT-AU-PRINCE, Haiti, June 26 (AFP) — Police spent their first day in the city on Wednesday.\n\nIn Port-au-Prince, the gangs hold most of the city.\n",
        None,
    )]);
    let place = corpus
        .actors
        .iter()
        .find(|actor| actor.aliases.iter().any(|alias| alias == "Port-au-Prince"));
    let place = place.unwrap_or_else(|| panic!("{:?}", corpus.actors));
    assert_eq!(place.kind, dossier_corpus::ActorKind::Place);
    assert!(place.aliases.iter().any(|alias| alias == "PORT-AU-PRINCE"));
    assert!(
        corpus
            .actors
            .iter()
            .all(|actor| actor.aliases.iter().all(|alias| alias != "AFP")),
        "{:?}",
        corpus.actors
    );
}
