//! `dossier annotate` and `dossier review`: a curator's and a tester's views
//! of what the engine found.

use dossier_corpus::extract::Review;
use dossier_corpus::Corpus;
use serde_json::{json, Value};

/// One file's annotation as JSON: every actor mention, every temporal
/// expression (text, byte span in its sentence, value, precision) and every
/// event.
pub fn annotation(corpus: &Corpus) -> Value {
    let Some(document) = corpus.documents.first() else {
        return json!({});
    };
    let sentence_text = |id: &str| {
        document
            .sentence(id)
            .map(|sentence| sentence.text.as_str())
            .unwrap_or("")
    };
    let actor = |id: &str| corpus.actors.iter().find(|actor| actor.id == id);
    let mentions: Vec<Value> = document
        .mentions
        .iter()
        .map(|mention| {
            let text = sentence_text(&mention.sentence).get(mention.start as usize..mention.end as usize).unwrap_or("");
            let found = actor(&mention.actor);
            json!({
                "sentence": mention.sentence, "start": mention.start, "end": mention.end, "text": text,
                "actor": mention.actor, "name": found.map(|a| a.name.as_str()), "kind": found.map(|a| a.kind),
                "curated": found.map(|a| a.curated),
            })
        })
        .collect();
    json!({
        "document": { "id": document.id, "title": document.title, "date": document.date },
        "mentions": mentions,
        "dates": document.timexes,
        "events": corpus.events,
        "relations": corpus.relations.iter().filter(|relation| relation.kind != "co_occurs").collect::<Vec<_>>(),
    })
}

/// The review list as text a curator reads top to bottom.
pub fn review_text(corpus: &Corpus, review: &Review) -> String {
    let mut out = String::new();
    let mut section = |title: &str, lines: Vec<String>| {
        out.push_str(&format!("\n{title} ({})\n", lines.len()));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    };
    section(
        "Merges made without curation: add the spelling to the gazetteer, or a [[distinct]] pair",
        review
            .uncurated_merges
            .iter()
            .map(|(form, actor)| format!("“{form}” → {actor}"))
            .collect(),
    );
    section(
        "Near-duplicate actors left apart: merge them in the gazetteer if they are one",
        review
            .near_duplicates
            .iter()
            .map(|(a, b)| format!("{a} / {b}"))
            .collect(),
    );
    section(
        "Names not recognised (written once, tied to no actor)",
        review
            .unrecognised
            .iter()
            .map(|name| format!("“{name}”"))
            .collect(),
    );
    section(
        "Actors found in the text only: add them to the gazetteer to fix their kind and role",
        corpus
            .actors
            .iter()
            .filter(|actor| !actor.curated)
            .map(|actor| {
                format!(
                    "{} ({}, {} mentions){}",
                    actor.name,
                    actor.kind.as_str(),
                    actor.mentions,
                    if actor.aliases.len() > 1 {
                        format!(", also {}", actor.aliases.join(", "))
                    } else {
                        String::new()
                    }
                )
            })
            .collect(),
    );
    section(
        "Dates left unresolved",
        review
            .unresolved_dates
            .iter()
            .map(|(doc, sentence, text)| format!("{doc} {sentence}: “{text}”"))
            .collect(),
    );
    section(
        "Events without actors",
        review.events_without_actors.clone(),
    );
    out
}
