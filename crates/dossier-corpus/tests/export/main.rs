//! The exports, read back by small independent readers (`check.rs`): on a
//! tiny corpus full of awkward text, and on the real corpus (seeds/).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod check;
mod graph;
mod json_tables;
mod seeds;
mod tables;
mod timeline;
mod view;

use dossier_corpus::{
    Actor, ActorKind, CivilDate, Corpus, Document, Event, Mention, Precision, Relation, Sentence,
    SourceRef,
};

/// Text that every writer must escape: XML specials, CSV separators, line
/// breaks, a tab, and spreadsheet formulas.
const FORMULA: &str = "=HYPERLINK(\"http://example.org\", \"click\"), said Tom.";
const AWKWARD: &str = "A line\r\nbreak, with \"quotes\" & <tags> and 'apostrophes'\tend";

fn date(iso: &str) -> CivilDate {
    CivilDate::parse_iso(iso).unwrap()
}

fn source(reference: &str) -> SourceRef {
    let (doc, sentence) = reference.split_once(':').unwrap();
    SourceRef {
        doc: doc.to_owned(),
        sentence: sentence.to_owned(),
    }
}

/// An actor from "id|name|kind|role|lat,lon", with empty parts left out.
fn actor(line: &str) -> Actor {
    let parts: Vec<&str> = line.split('|').collect();
    let kind = match parts[2] {
        "person" => ActorKind::Person,
        "group" => ActorKind::Group,
        "state" => ActorKind::State,
        _ => ActorKind::Place,
    };
    let coordinates = parts[4]
        .split_once(',')
        .map(|(lat, lon)| [lat.parse().unwrap(), lon.parse().unwrap()]);
    Actor {
        id: parts[0].to_owned(),
        name: parts[1].to_owned(),
        kind,
        aliases: vec![parts[1].to_owned(), "alias, with comma".to_owned()],
        mentions: 3,
        role: (!parts[3].is_empty()).then(|| parts[3].to_owned()),
        curated: true,
        coordinates,
        place_type: None,
    }
}

/// An event from its id, precision, first and last day, and sources.
fn event(id: &str, precision: Precision, start: &str, end: &str, sources: &[&str]) -> Event {
    let sources: Vec<SourceRef> = sources.iter().map(|reference| source(reference)).collect();
    Event {
        id: id.to_owned(),
        start: date(start),
        end: date(end),
        precision,
        r#type: "air_strike".to_owned(),
        plover: "ASSAULT".to_owned(),
        actors: vec!["tom".to_owned(), "minus".to_owned()],
        source_actor: Some("tom".to_owned()),
        target_actor: None,
        place: Some("iraq".to_owned()),
        date_text: "@ \"last\" June".to_owned(),
        inferred: false,
        modality: dossier_corpus::Modality::Asserted,
        doc: sources[0].doc.clone(),
        sentence: sources[0].sentence.clone(),
        text: String::new(),
        sources,
    }
}

/// A relation from "source kind[>] target" and its evidence.
fn relation(line: &str, evidence: &[&str]) -> Relation {
    let words: Vec<&str> = line.split_whitespace().collect();
    Relation {
        source: words[0].to_owned(),
        target: words[2].to_owned(),
        kind: words[1].trim_end_matches('>').to_owned(),
        directed: words[1].ends_with('>'),
        first: Some(date("2020-07-06")),
        last: Some(date("2020-07-07")),
        text: "stored copy".to_owned(),
        evidence: evidence.iter().map(|reference| source(reference)).collect(),
    }
}

/// The tiny corpus: one document whose title and sentences are awkward,
/// three actors with awkward names, four events of different precisions,
/// and relations that test how the network's edges are grouped (both
/// orders of one undirected tie, and one naming an actor that is missing).
fn corpus() -> Corpus {
    let sentences = [FORMULA, AWKWARD, "+1 and -2"]
        .iter()
        .zip(1..)
        .map(|(text, number)| Sentence {
            id: format!("s{number}"),
            text: (*text).to_owned(),
            start: 0,
            end: 0,
        })
        .collect();
    let mention = |sentence: &str, actor: &str| Mention {
        sentence: sentence.to_owned(),
        start: 0,
        end: 1,
        actor: actor.to_owned(),
    };
    let document = Document {
        id: "d1".to_owned(),
        file: "d1.txt".to_owned(),
        title: "Tom & Jerry's \"War\" <1>".to_owned(),
        sentences,
        mentions: vec![
            mention("s1", "tom"),
            mention("s2", "iraq"),
            mention("s3", "tom"),
        ],
        ..Document::default()
    };
    Corpus {
        documents: vec![document],
        actors: vec![
            actor("tom|Tom & \"Co\" <Ltd> 'x'|person|Chief\tof\nstaff|"),
            actor("iraq|Iraq|place||33.3,-44.4"),
            actor("minus|-Minus Group|group|=1+1|"),
        ],
        events: vec![
            event(
                "e-day",
                Precision::Day,
                "2020-07-06",
                "2020-07-06",
                &["d1:s1", "d1:s2"],
            ),
            event(
                "e-year",
                Precision::Year,
                "2019-01-01",
                "2019-12-31",
                &["d1:s2"],
            ),
            event(
                "e-month",
                Precision::Month,
                "2020-06-01",
                "2020-06-30",
                &["d1:s3"],
            ),
            event(
                "e-season",
                Precision::Season,
                "2020-06-01",
                "2020-08-31",
                &["d1:s3"],
            ),
        ],
        relations: vec![
            relation("tom leads> minus", &["d1:s1", "d1:s2"]),
            relation("tom co_occurs iraq", &["d1:s2"]),
            relation("iraq co_occurs tom", &["d1:s2", "d1:s3"]),
            relation("tom backs> ghost", &["d1:s3"]),
        ],
    }
}

#[test]
fn the_readers_reject_what_is_broken() {
    for broken in [
        "<a><b></a></b>",
        "<a>",
        "</a>",
        "<a></a><b/>",
        "<a>&bogus;</a>",
        "<a>fish & chips</a>",
        "<a x=\"<\"/>",
        "<a x=\"1\" x=\"2\"/>",
        "<a x=1/>",
        "text<a/>",
    ] {
        assert!(check::xml(broken).is_err(), "accepted {broken:?}");
    }
    let elements =
        check::xml("<?xml version=\"1.0\"?>\n<a k='&lt;&#10;'><b>&amp;&#x41;</b></a>").unwrap();
    assert_eq!(elements[0].get("k"), Some("<\n"));
    assert_eq!(elements[1].text, "&A");
    for broken in ["a\"b\r\n", "\"open\r\n", "\"a\"b\r\n", "a\nb\r\n"] {
        assert!(check::csv(broken).is_err(), "accepted {broken:?}");
    }
    let records = check::csv("a,\"b,\"\"c\"\"\r\nd\",\r\n").unwrap();
    assert_eq!(
        records,
        [vec![
            "a".to_owned(),
            "b,\"c\"\r\nd".to_owned(),
            String::new()
        ]]
    );
}
