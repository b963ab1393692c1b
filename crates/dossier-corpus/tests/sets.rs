//! Every article set the team keeps (the seeds, the held-out and the blind
//! ones) goes through the whole engine, and what comes out holds together:
//! every span is a span of its sentence, every range runs forwards, every
//! tie and event names actors that exist. The figures of each set are
//! `cargo xtask eval`'s; this only makes sure that none of these texts
//! breaks the engine or its invariants.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::HashSet;
use std::path::Path;

use dossier_corpus::{build_corpus, Corpus, LoadOptions};

const SETS: &[&str] = &[
    "seeds",
    "tests/unseen/articles",
    "tests/blind/articles",
    "tests/blind2/articles",
    "tests/blind3/articles",
    "tests/blind4/articles",
];

fn build(set: &str) -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(set);
    build_corpus(&dir, &LoadOptions::default())
        .unwrap_or_else(|error| panic!("{set} builds: {error:?}"))
        .corpus
}

/// True when `start..end` is a span of `text` on character boundaries.
fn span_of(text: &str, start: u32, end: u32) -> bool {
    let (start, end) = (start as usize, end as usize);
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

#[test]
fn every_set_builds_and_holds_together() {
    for set in SETS {
        let corpus = build(set);
        assert!(!corpus.documents.is_empty(), "{set} has articles");
        let actors: HashSet<&str> = corpus
            .actors
            .iter()
            .map(|actor| actor.id.as_str())
            .collect();
        for document in &corpus.documents {
            let sentence = |id: &str| {
                document
                    .sentence(id)
                    .unwrap_or_else(|| panic!("{set}/{}: sentence {id} exists", document.id))
            };
            for mention in &document.mentions {
                let text = &sentence(&mention.sentence).text;
                assert!(
                    span_of(text, mention.start, mention.end),
                    "{set}/{}: mention {mention:?} lies in its sentence",
                    document.id
                );
                assert!(
                    actors.contains(mention.actor.as_str()),
                    "{set}/{}: {} is an actor",
                    document.id,
                    mention.actor
                );
            }
            for timex in &document.timexes {
                let text = &sentence(&timex.sentence).text;
                assert!(
                    span_of(text, timex.start, timex.end),
                    "{set}/{}: “{}” lies in its sentence",
                    document.id,
                    timex.text
                );
                if let Some(value) = timex.value {
                    assert!(
                        value.start <= value.end,
                        "{set}/{}: “{}” runs forwards",
                        document.id,
                        timex.text
                    );
                }
            }
            if let Some(date) = &document.date {
                assert!(date.start <= date.end, "{set}/{}: its date", document.id);
            }
        }
        for event in &corpus.events {
            assert!(
                event.start <= event.end,
                "{set}: {} runs forwards",
                event.id
            );
            assert!(
                event
                    .actors
                    .iter()
                    .all(|actor| actors.contains(actor.as_str())),
                "{set}: the actors of {} exist",
                event.id
            );
            assert!(
                !event.sources.is_empty(),
                "{set}: {} has a source",
                event.id
            );
        }
        for relation in &corpus.relations {
            assert!(
                actors.contains(relation.source.as_str())
                    && actors.contains(relation.target.as_str()),
                "{set}: {relation:?} ties actors that exist"
            );
            assert!(
                !relation.evidence.is_empty(),
                "{set}: {} {} {} has evidence",
                relation.source,
                relation.kind,
                relation.target
            );
        }
    }
}
