//! Exports of a corpus for other tools: the actor network as GraphML and
//! GEXF, events, actors and relations as CSV and as JSON, and events as a
//! TimelineJS3 file. Each export is a pure function to a `String`, built without the
//! `extract` feature, so the command-line tool and the app's download
//! buttons write the very same bytes.
//!
//! Every exported fact keeps its provenance: the document and sentence it
//! comes from, and the text of that sentence. Graph files write a reference
//! as `doc:sentence`; the CSV files write `doc#sentence`, as the app's
//! timeline export always has; the JSON tables write `{"doc", "sentence"}`
//! objects. A view of the network exports only what it shows
//! (`view.rs`).
//!
//! The writers are hand-made because the formats are small and a serialiser
//! crate would cost the wasm bundle more than these few escaping rules.

mod csv;
mod gexf;
mod graphml;
mod json;
mod table;
mod tables;
mod timelinejs;
mod view;
mod xml;

use std::collections::HashMap;

use crate::graph::Network;
use crate::model::{Corpus, SourceRef};

pub use gexf::gexf;
pub use graphml::graphml;
pub use tables::{
    actors_csv, actors_csv_for, actors_json, actors_json_for, events_csv, events_csv_for,
    events_json, events_json_for, relations_csv, relations_csv_for, relations_json,
    relations_json_for,
};
pub use timelinejs::timelinejs;
pub use view::{relations_of_edges, sub_network};

/// The text of a sentence, if the corpus holds it.
fn sentence_text<'a>(corpus: &'a Corpus, doc: &str, sentence: &str) -> Option<&'a str> {
    corpus
        .document(doc)
        .and_then(|document| document.sentence(sentence))
        .map(|sentence| sentence.text.as_str())
}

/// The evidence text for a fact: the first source sentence as the document
/// holds it, or else the copy stored on the fact. The document comes first
/// because the app's copy of the corpus clears the stored copies.
fn evidence_text<'a>(corpus: &'a Corpus, sources: &[SourceRef], stored: &'a str) -> &'a str {
    sources
        .first()
        .and_then(|source| sentence_text(corpus, &source.doc, &source.sentence))
        .unwrap_or(stored)
}

/// An actor's display name by id; the id itself when the corpus does not
/// hold the actor, so that a row never loses who it names.
fn actor_name<'a>(names: &HashMap<&str, &'a str>, id: &'a str) -> &'a str {
    names.get(id).copied().unwrap_or(id)
}

/// Actor names by id, built once per export rather than searched per row.
fn actor_names(corpus: &Corpus) -> HashMap<&str, &str> {
    corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.name.as_str()))
        .collect()
}

/// One id per node of the network, unique within the file. An actor's id is
/// used as it is, because a reader then sees the same ids as in the JSON
/// export; a repeated or missing one gets the node's index, because a
/// graph file with two nodes of one id does not load.
fn node_ids(corpus: &Corpus, network: &Network) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    network
        .nodes
        .iter()
        .enumerate()
        .map(|(index, node)| {
            let id = corpus
                .actors
                .get(node.actor as usize)
                .map_or_else(|| format!("node-{index}"), |actor| actor.id.clone());
            if seen.insert(id.clone()) {
                id
            } else {
                let unique = format!("{id}~{index}");
                seen.insert(unique.clone());
                unique
            }
        })
        .collect()
}

/// The provenance of one network edge: every evidence sentence, in order,
/// and the text of the first.
#[derive(Debug, Clone, Default, PartialEq)]
struct EdgeEvidence {
    /// `doc:sentence` references, sorted and without repeats.
    references: Vec<String>,
    /// The text of the first evidence sentence.
    text: String,
}

/// The evidence behind each edge of `network`, in edge order. The network
/// keeps only a count, so the relations are grouped again here under the
/// key the network uses: (source node, target node, kind), with an
/// undirected tie keyed by the smaller node first.
fn edge_evidence(corpus: &Corpus, network: &Network) -> Vec<EdgeEvidence> {
    let node_of: HashMap<&str, u32> = network
        .nodes
        .iter()
        .zip(0u32..)
        .filter_map(|(node, index)| {
            let actor = corpus.actors.get(node.actor as usize)?;
            Some((actor.id.as_str(), index))
        })
        .collect();
    type Key<'a> = (u32, u32, &'a str);
    type References<'a> = Vec<(&'a str, &'a str)>;
    let mut grouped: HashMap<Key, (References, &str)> = HashMap::new();
    for relation in &corpus.relations {
        let (Some(&from), Some(&to)) = (
            node_of.get(relation.source.as_str()),
            node_of.get(relation.target.as_str()),
        ) else {
            continue;
        };
        let key = if relation.directed {
            (from, to, relation.kind.as_str())
        } else {
            (from.min(to), from.max(to), relation.kind.as_str())
        };
        let (references, text) = grouped.entry(key).or_insert((Vec::new(), ""));
        if text.is_empty() {
            *text = evidence_text(corpus, &relation.evidence, &relation.text);
        }
        references.extend(
            relation
                .evidence
                .iter()
                .map(|source| (source.doc.as_str(), source.sentence.as_str())),
        );
    }
    network
        .edges
        .iter()
        .map(|edge| {
            let Some((mut references, text)) =
                grouped.remove(&(edge.source, edge.target, edge.kind.as_str()))
            else {
                return EdgeEvidence::default();
            };
            references.sort_unstable();
            references.dedup();
            EdgeEvidence {
                references: references
                    .into_iter()
                    .map(|(doc, sentence)| format!("{doc}:{sentence}"))
                    .collect(),
                text: text.to_owned(),
            }
        })
        .collect()
}
