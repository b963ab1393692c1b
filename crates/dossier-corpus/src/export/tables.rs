//! Events, actors and relations as tables, each written as CSV (RFC 4180)
//! or as JSON (an array of objects with the same keys as the CSV columns).
//! The rows are built once (`*_table`), so both files of a table always
//! agree; `table.rs` writes them.

use std::collections::{HashMap, HashSet};

use super::table::{Cell, Table};
use super::{actor_name, actor_names, evidence_text, sentence_text};
use crate::model::Corpus;

/// The events' columns. The first thirteen are the app's first timeline
/// export, in its order, so files written before still line up; the rest
/// add the first source's document and sentence, the document's title, the
/// actors by id, and who acted on whom.
const EVENT_COLUMNS: &[&str] = &[
    "id",
    "start",
    "end",
    "precision",
    "inferred",
    "type",
    "plover",
    "date_text",
    "actors",
    "place",
    "modality",
    "sources",
    "evidence",
    "doc",
    "sentence",
    "document_title",
    "actor_ids",
    "source_actor",
    "target_actor",
];

/// The actors' columns; `doc`, `sentence` and `evidence` point at the
/// actor's first mention.
const ACTOR_COLUMNS: &[&str] = &[
    "id",
    "name",
    "kind",
    "aliases",
    "mentions",
    "role",
    "curated",
    "lat",
    "lon",
    "place_type",
    "documents",
    "doc",
    "sentence",
    "evidence",
];

/// The relations' columns; `weight` counts the evidence sentences, and
/// `doc` and `sentence` are the first of them.
const RELATION_COLUMNS: &[&str] = &[
    "source",
    "source_name",
    "target",
    "target_name",
    "kind",
    "directed",
    "first",
    "last",
    "weight",
    "doc",
    "sentence",
    "sources",
    "evidence",
];

/// Every index of a list of `length` items.
fn all(length: usize) -> Vec<usize> {
    (0..length).collect()
}

/// Every event as CSV, one row per event in corpus order.
pub fn events_csv(corpus: &Corpus) -> String {
    event_table(corpus, &all(corpus.events.len())).csv()
}

/// The events at `indices` as CSV, in the order given, for an export of
/// what a filter kept. An index past the end is skipped.
///
/// Each row has the dates, type, PLOVER category, actors (by name, then by
/// id), modality, every source as `doc#sentence`, and the first source's
/// document, sentence, document title and text.
pub fn events_csv_for(corpus: &Corpus, indices: &[usize]) -> String {
    event_table(corpus, indices).csv()
}

/// Every event as JSON, with the columns of [`events_csv`] as keys.
pub fn events_json(corpus: &Corpus) -> String {
    event_table(corpus, &all(corpus.events.len())).json()
}

/// The events at `indices` as JSON, like [`events_csv_for`]. Actors are
/// arrays, sources are `{"doc", "sentence"}` objects, and a value the event
/// lacks (a place, a target) is `null`.
pub fn events_json_for(corpus: &Corpus, indices: &[usize]) -> String {
    event_table(corpus, indices).json()
}

/// Every actor as CSV, one row per actor in corpus order, with the number
/// of documents that mention it and where it is first mentioned. Aliases
/// are joined with "; ".
pub fn actors_csv(corpus: &Corpus) -> String {
    actor_table(corpus, &all(corpus.actors.len())).csv()
}

/// The actors at `indices` as CSV, in the order given.
pub fn actors_csv_for(corpus: &Corpus, indices: &[usize]) -> String {
    actor_table(corpus, indices).csv()
}

/// Every actor as JSON, with the columns of [`actors_csv`] as keys.
pub fn actors_json(corpus: &Corpus) -> String {
    actor_table(corpus, &all(corpus.actors.len())).json()
}

/// The actors at `indices` as JSON, in the order given.
pub fn actors_json_for(corpus: &Corpus, indices: &[usize]) -> String {
    actor_table(corpus, indices).json()
}

/// Every relation as CSV, one row per relation in corpus order (not merged
/// into network edges, so each row is one statement of the corpus).
pub fn relations_csv(corpus: &Corpus) -> String {
    relation_table(corpus, &all(corpus.relations.len())).csv()
}

/// The relations at `indices` as CSV, in the order given.
pub fn relations_csv_for(corpus: &Corpus, indices: &[usize]) -> String {
    relation_table(corpus, indices).csv()
}

/// Every relation as JSON, with the columns of [`relations_csv`] as keys.
pub fn relations_json(corpus: &Corpus) -> String {
    relation_table(corpus, &all(corpus.relations.len())).json()
}

/// The relations at `indices` as JSON, in the order given.
pub fn relations_json_for(corpus: &Corpus, indices: &[usize]) -> String {
    relation_table(corpus, indices).json()
}

fn event_table<'a>(corpus: &'a Corpus, indices: &[usize]) -> Table<'a> {
    let names = actor_names(corpus);
    let rows = indices
        .iter()
        .filter_map(|&index| corpus.events.get(index))
        .map(|event| {
            let title = corpus
                .document(&event.doc)
                .map_or("", |document| document.title.as_str());
            vec![
                Cell::Text(&event.id),
                Cell::Date(Some(event.start)),
                Cell::Date(Some(event.end)),
                Cell::Text(event.precision.as_str()),
                Cell::Flag(event.inferred),
                Cell::Text(&event.r#type),
                Cell::Text(&event.plover),
                Cell::Text(&event.date_text),
                Cell::List(
                    event
                        .actors
                        .iter()
                        .map(|id| actor_name(&names, id))
                        .collect(),
                ),
                Cell::Optional(event.place.as_deref()),
                Cell::Text(event.modality.as_str()),
                Cell::Sources(&event.sources),
                Cell::Text(
                    sentence_text(corpus, &event.doc, &event.sentence).unwrap_or(&event.text),
                ),
                Cell::Text(&event.doc),
                Cell::Text(&event.sentence),
                Cell::Text(title),
                Cell::List(event.actors.iter().map(String::as_str).collect()),
                Cell::Optional(event.source_actor.as_deref()),
                Cell::Optional(event.target_actor.as_deref()),
            ]
        })
        .collect();
    Table {
        columns: EVENT_COLUMNS,
        rows,
    }
}

fn actor_table<'a>(corpus: &'a Corpus, indices: &[usize]) -> Table<'a> {
    // One pass over every mention, rather than one per actor.
    let mut first_mention: HashMap<&str, (&str, &str)> = HashMap::new();
    let mut documents: HashMap<&str, u64> = HashMap::new();
    for document in &corpus.documents {
        let mut named_here = HashSet::new();
        for mention in &document.mentions {
            first_mention
                .entry(mention.actor.as_str())
                .or_insert((document.id.as_str(), mention.sentence.as_str()));
            if named_here.insert(mention.actor.as_str()) {
                *documents.entry(mention.actor.as_str()).or_default() += 1;
            }
        }
    }
    let rows = indices
        .iter()
        .filter_map(|&index| corpus.actors.get(index))
        .map(|actor| {
            let first = first_mention.get(actor.id.as_str()).copied();
            let evidence = first.and_then(|(doc, sentence)| sentence_text(corpus, doc, sentence));
            vec![
                Cell::Text(&actor.id),
                Cell::Text(&actor.name),
                Cell::Text(actor.kind.as_str()),
                Cell::List(actor.aliases.iter().map(String::as_str).collect()),
                Cell::Count(u64::from(actor.mentions)),
                Cell::Optional(actor.role.as_deref()),
                Cell::Flag(actor.curated),
                Cell::Number(actor.coordinates.map(|[lat, _]| lat)),
                Cell::Number(actor.coordinates.map(|[_, lon]| lon)),
                Cell::Optional(actor.place_type.as_deref()),
                Cell::Count(documents.get(actor.id.as_str()).copied().unwrap_or(0)),
                Cell::Optional(first.map(|(doc, _)| doc)),
                Cell::Optional(first.map(|(_, sentence)| sentence)),
                Cell::Optional(evidence),
            ]
        })
        .collect();
    Table {
        columns: ACTOR_COLUMNS,
        rows,
    }
}

fn relation_table<'a>(corpus: &'a Corpus, indices: &[usize]) -> Table<'a> {
    let names = actor_names(corpus);
    let rows = indices
        .iter()
        .filter_map(|&index| corpus.relations.get(index))
        .map(|relation| {
            let first = relation.evidence.first();
            vec![
                Cell::Text(&relation.source),
                Cell::Text(actor_name(&names, &relation.source)),
                Cell::Text(&relation.target),
                Cell::Text(actor_name(&names, &relation.target)),
                Cell::Text(&relation.kind),
                Cell::Flag(relation.directed),
                Cell::Date(relation.first),
                Cell::Date(relation.last),
                Cell::Count(relation.evidence.len() as u64),
                Cell::Optional(first.map(|source| source.doc.as_str())),
                Cell::Optional(first.map(|source| source.sentence.as_str())),
                Cell::Sources(&relation.evidence),
                Cell::Text(evidence_text(corpus, &relation.evidence, &relation.text)),
            ]
        })
        .collect();
    Table {
        columns: RELATION_COLUMNS,
        rows,
    }
}
