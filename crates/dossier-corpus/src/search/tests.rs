use super::*;
use crate::model::{Actor, ActorKind, Document, Mention, Sentence};

fn sentence(id: &str, text: &str) -> Sentence {
    Sentence {
        id: id.to_owned(),
        text: text.to_owned(),
        start: 0,
        end: 0,
    }
}

fn corpus() -> Corpus {
    let document = Document {
        id: "d".to_owned(),
        sentences: vec![
            sentence("s1", "Kata’ib Hezbollah fired rockets at the Green Zone."),
            sentence("s2", "KH denied it on Sunday."),
            sentence("s3", "Lebanese Hezbollah said nothing."),
            sentence("s4", "The prime minister met his generals."),
        ],
        mentions: vec![Mention {
            sentence: "s2".to_owned(),
            start: 0,
            end: 2,
            actor: "kh".to_owned(),
        }],
        ..Document::default()
    };
    Corpus {
        documents: vec![document],
        actors: vec![Actor {
            id: "kh".to_owned(),
            name: "Kata'ib Hezbollah".to_owned(),
            kind: ActorKind::Group,
            aliases: vec!["Kataib Hezbollah".to_owned(), "KH".to_owned()],
            mentions: 2,
            role: None,
            curated: true,
            coordinates: None,
            place_type: None,
        }],
        ..Corpus::default()
    }
}

fn check(query: &str, sentences: &[&str], actors: usize) {
    let corpus = corpus();
    let index = build_index(&corpus);
    let found = search(&corpus, &index, query, 50);
    let ids: Vec<&str> = found
        .sentences
        .iter()
        .map(|&(doc, at)| corpus.documents[doc].sentences[at].id.as_str())
        .collect();
    assert_eq!(ids, sentences, "sentences for {query:?}");
    assert_eq!(found.actors.len(), actors, "actors for {query:?}");
}

#[test]
fn spellings_aliases_and_typos_meet() {
    // The alias finds the sentence that only says "KH".
    check("Kataib", &["s1", "s2"], 1);
    check("Khataib", &["s1", "s2"], 1);
    check("kata'ib hezbollah", &["s1", "s2"], 1);
    // A typo in a long word.
    check("Hezbolah", &["s1", "s2", "s3"], 1);
    // As one types, the last word is a prefix.
    check("gene", &["s4"], 0);
    check("prime min", &["s4"], 0);
    // Every word must match.
    check("Lebanese Hezbollah", &["s3"], 0);
    check("", &[], 0);
    check("zzzz", &[], 0);
}

#[test]
fn edits_are_bounded() {
    assert!(within_edits("kataib", "khataib", 1));
    assert!(within_edits("hezbolah", "hezbollah", 1));
    assert!(within_edits("form", "from", 1), "a swap is one edit");
    assert!(!within_edits("kataib", "hezbollah", 2));
    assert!(!within_edits("iran", "iraq", 0));
    assert!(within_edits("iran", "iraq", 1));
}

#[test]
fn matched_words_are_marked_where_they_stand() {
    let text = "Kata’ib Hezbollah and KH, again Kata’ib.";
    let words = vec!["kataib".to_owned(), "kh".to_owned()];
    let marked: Vec<&str> = marked_words(text, &words)
        .into_iter()
        .map(|range| &text[range])
        .collect();
    assert_eq!(marked, ["Kata’ib", "KH", "Kata’ib"]);
}
