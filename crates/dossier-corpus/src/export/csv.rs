//! Events, actors and relations as CSV (RFC 4180): a header row, fields
//! separated by commas, rows ended by CRLF, and a field quoted when it holds
//! a comma, a quote or a line break.

use std::collections::HashMap;

use super::{actor_name, actor_names, evidence_text, sentence_text};
use crate::model::{Corpus, SourceRef};

/// The events' columns. The first thirteen are the app's timeline export,
/// in its order, so the app can switch to this function unchanged; the rest
/// add the first evidence's place and the actors by id.
const EVENT_COLUMNS: &str = "id,start,end,precision,inferred,type,plover,date_text,actors,place,modality,sources,evidence,doc,sentence,document_title,actor_ids,source_actor,target_actor";

/// The actors' columns; `doc`, `sentence` and `evidence` point at the
/// actor's first mention.
const ACTOR_COLUMNS: &str =
    "id,name,kind,aliases,mentions,role,curated,lat,lon,place_type,documents,doc,sentence,evidence";

/// The relations' columns; `weight` counts the evidence sentences.
const RELATION_COLUMNS: &str = "source,source_name,target,target_name,kind,directed,first,last,weight,doc,sentence,sources,evidence";

/// Every event as CSV, one row per event in corpus order.
pub fn events_csv(corpus: &Corpus) -> String {
    let all: Vec<usize> = (0..corpus.events.len()).collect();
    events_csv_for(corpus, &all)
}

/// The events at `indices` as CSV, in the order given, for an export of
/// what a filter kept. An index past the end is skipped.
///
/// Each row has the dates, type, PLOVER category, actors (by name, then by
/// id), modality, every source as `doc#sentence`, and the first source's
/// document, sentence, document title and text.
pub fn events_csv_for(corpus: &Corpus, indices: &[usize]) -> String {
    let names = actor_names(corpus);
    let mut out = header(EVENT_COLUMNS);
    for event in indices.iter().filter_map(|&index| corpus.events.get(index)) {
        let actors: Vec<&str> = event
            .actors
            .iter()
            .map(|id| actor_name(&names, id))
            .collect();
        let title = corpus
            .document(&event.doc)
            .map_or("", |document| document.title.as_str());
        let evidence = sentence_text(corpus, &event.doc, &event.sentence).unwrap_or(&event.text);
        row(
            &mut out,
            &[
                &event.id,
                &event.start.to_string(),
                &event.end.to_string(),
                event.precision.as_str(),
                &event.inferred.to_string(),
                &event.r#type,
                &event.plover,
                &event.date_text,
                &actors.join("; "),
                event.place.as_deref().unwrap_or_default(),
                event.modality.as_str(),
                &references(&event.sources),
                evidence,
                &event.doc,
                &event.sentence,
                title,
                &event.actors.join("; "),
                event.source_actor.as_deref().unwrap_or_default(),
                event.target_actor.as_deref().unwrap_or_default(),
            ],
        );
    }
    out
}

/// Every actor as CSV, one row per actor in corpus order, with the number
/// of documents that mention it and where it is first mentioned. Aliases
/// are joined with "; ".
pub fn actors_csv(corpus: &Corpus) -> String {
    // One pass over every mention, rather than one per actor.
    let mut first_mention: HashMap<&str, (&str, &str)> = HashMap::new();
    let mut documents: HashMap<&str, u32> = HashMap::new();
    for document in &corpus.documents {
        let mut named_here = std::collections::HashSet::new();
        for mention in &document.mentions {
            first_mention
                .entry(mention.actor.as_str())
                .or_insert((document.id.as_str(), mention.sentence.as_str()));
            if named_here.insert(mention.actor.as_str()) {
                *documents.entry(mention.actor.as_str()).or_default() += 1;
            }
        }
    }
    let mut out = header(ACTOR_COLUMNS);
    for actor in &corpus.actors {
        let (doc, sentence) = first_mention
            .get(actor.id.as_str())
            .copied()
            .unwrap_or_default();
        let evidence = sentence_text(corpus, doc, sentence).unwrap_or_default();
        let [lat, lon] = actor
            .coordinates
            .map(|[lat, lon]| [lat.to_string(), lon.to_string()])
            .unwrap_or_default();
        row(
            &mut out,
            &[
                &actor.id,
                &actor.name,
                actor.kind.as_str(),
                &actor.aliases.join("; "),
                &actor.mentions.to_string(),
                actor.role.as_deref().unwrap_or_default(),
                &actor.curated.to_string(),
                &lat,
                &lon,
                actor.place_type.as_deref().unwrap_or_default(),
                &documents
                    .get(actor.id.as_str())
                    .copied()
                    .unwrap_or(0)
                    .to_string(),
                doc,
                sentence,
                evidence,
            ],
        );
    }
    out
}

/// Every relation as CSV, one row per relation in corpus order (not merged
/// into network edges, so each row is one statement of the corpus).
pub fn relations_csv(corpus: &Corpus) -> String {
    let names = actor_names(corpus);
    let mut out = header(RELATION_COLUMNS);
    for relation in &corpus.relations {
        let (doc, sentence) = relation.evidence.first().map_or(("", ""), |source| {
            (source.doc.as_str(), source.sentence.as_str())
        });
        let date = |date: Option<crate::civil::CivilDate>| date.map(|date| date.to_string());
        row(
            &mut out,
            &[
                &relation.source,
                actor_name(&names, &relation.source),
                &relation.target,
                actor_name(&names, &relation.target),
                &relation.kind,
                &relation.directed.to_string(),
                &date(relation.first).unwrap_or_default(),
                &date(relation.last).unwrap_or_default(),
                &relation.evidence.len().to_string(),
                doc,
                sentence,
                &references(&relation.evidence),
                evidence_text(corpus, &relation.evidence, &relation.text),
            ],
        );
    }
    out
}

/// Sources as space-separated `doc#sentence`, the app's form.
fn references(sources: &[SourceRef]) -> String {
    let references: Vec<String> = sources
        .iter()
        .map(|source| format!("{}#{}", source.doc, source.sentence))
        .collect();
    references.join(" ")
}

/// A header row. Column names need no quoting, so they are written as is.
fn header(columns: &str) -> String {
    format!("{columns}\r\n")
}

/// Appends one row.
fn row(out: &mut String, fields: &[&str]) {
    for (at, field) in fields.iter().enumerate() {
        if at > 0 {
            out.push(',');
        }
        field_into(out, field);
    }
    out.push_str("\r\n");
}

/// Appends one field. A field that a spreadsheet would read as a formula
/// (it starts with =, +, -, @, a tab or a carriage return) gets a leading
/// apostrophe, so the spreadsheet shows it instead of running it; a plain
/// number such as a negative longitude is left alone, since it cannot run
/// anything and must stay a number. Then the field is quoted if it needs
/// to be, with its quotes doubled.
pub(super) fn field_into(out: &mut String, text: &str) {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let quoted = text.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}
