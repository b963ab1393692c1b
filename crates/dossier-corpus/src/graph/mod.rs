//! The actor network: actors as nodes and relations as weighted edges,
//! computed once from a [`Corpus`] so the build can ship it, and the
//! deterministic force-directed [`layout`] that places it.
//!
//! The network refers to actors by their index in `corpus.actors`, not by
//! id, so the shipped artefact stays small and the app needs no lookup to
//! draw an edge.

mod fit;
pub mod layout;
mod map;
mod params;
mod quadtree;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::civil::CivilDate;
use crate::model::{ActorKind, Corpus};

pub use fit::Fit;
pub use layout::{Layout, Link, Params};
pub use map::{actor_map, ActorMap, MAP_SIZE};

/// The relation kind that stands for "named in one sentence", the weakest tie.
pub const CO_OCCURS: &str = "co_occurs";

/// Actors and the ties between them, ready to draw.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// One node per actor, in the order of `corpus.actors`, so node `i` is
    /// actor `i`.
    pub nodes: Vec<Node>,
    /// Relations aggregated per (source, target, kind), sorted by that key.
    pub edges: Vec<Edge>,
}

/// One actor as a node of the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Index of the actor in `corpus.actors`.
    pub actor: u32,
    /// Number of mentions in the corpus, for sizing the node.
    pub mentions: u32,
    /// What kind of actor it is, for colouring the node.
    pub kind: ActorKind,
}

/// Every relation of one kind between two actors, as one edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Node index of the actor the tie goes from. For an undirected tie it is
    /// the smaller of the two indices, so both orders meet in one edge.
    pub source: u32,
    /// Node index of the actor the tie goes to.
    pub target: u32,
    /// The relation kind ("leads", "co_occurs", ...).
    pub kind: String,
    /// Number of distinct evidence sentences.
    pub weight: u32,
    /// True for a `co_occurs` tie, which is drawn fainter and pulls less.
    pub co_occurs: bool,
    /// True when the text gives the direction.
    pub directed: bool,
    /// Earliest date of the evidence, when any is dated.
    pub first: Option<CivilDate>,
    /// Latest date of the evidence, when any is dated.
    pub last: Option<CivilDate>,
}

/// Builds the network of a corpus. A relation naming an actor the corpus
/// does not hold is left out rather than guessed at; extraction never makes
/// one, so this only guards hand-edited or truncated corpora.
pub fn network(corpus: &Corpus) -> Network {
    let index: HashMap<&str, u32> = corpus
        .actors
        .iter()
        .enumerate()
        .filter_map(|(at, actor)| Some((actor.id.as_str(), u32::try_from(at).ok()?)))
        .collect();
    let nodes = index_range(corpus.actors.len())
        .zip(&corpus.actors)
        .map(|(actor, data)| Node {
            actor,
            mentions: data.mentions,
            kind: data.kind,
        })
        .collect();

    // Evidence is kept as a set, so a sentence that reports a tie in both
    // orders counts once when an undirected tie merges them.
    type Key<'a> = (u32, u32, &'a str);
    type Evidence<'a> = BTreeSet<(&'a str, &'a str)>;
    let mut grouped: BTreeMap<Key, (Edge, Evidence)> = BTreeMap::new();
    for relation in &corpus.relations {
        let (Some(&from), Some(&to)) = (
            index.get(relation.source.as_str()),
            index.get(relation.target.as_str()),
        ) else {
            continue;
        };
        let (source, target) = if relation.directed {
            (from, to)
        } else {
            (from.min(to), from.max(to))
        };
        let (edge, evidence) = grouped
            .entry((source, target, relation.kind.as_str()))
            .or_insert_with(|| {
                let edge = Edge {
                    source,
                    target,
                    kind: relation.kind.clone(),
                    weight: 0,
                    co_occurs: relation.kind == CO_OCCURS,
                    directed: relation.directed,
                    first: None,
                    last: None,
                };
                (edge, BTreeSet::new())
            });
        evidence.extend(
            relation
                .evidence
                .iter()
                .map(|source| (source.doc.as_str(), source.sentence.as_str())),
        );
        edge.first = earliest(edge.first, relation.first);
        edge.last = edge.last.max(relation.last);
    }
    let edges = grouped
        .into_values()
        .map(|(mut edge, evidence)| {
            edge.weight = u32::try_from(evidence.len()).unwrap_or(u32::MAX);
            edge
        })
        .collect();
    Network { nodes, edges }
}

impl Network {
    /// The springs of the layout: one per pair of actors, whatever the kinds
    /// and directions between them, because a layout pulls pairs together
    /// and two edges on one pair should not pull twice as hard. A
    /// `co_occurs` sentence counts half as much as a typed one, since being
    /// named together says less than a stated tie. Self-loops are dropped:
    /// they exert no pull.
    pub fn links(&self) -> Vec<Link> {
        let mut pairs: BTreeMap<(u32, u32), f32> = BTreeMap::new();
        for edge in self.edges.iter().filter(|edge| edge.source != edge.target) {
            let pair = (edge.source.min(edge.target), edge.source.max(edge.target));
            let share = if edge.co_occurs { 0.5 } else { 1.0 };
            *pairs.entry(pair).or_default() += share * edge.weight as f32;
        }
        pairs
            .into_iter()
            .map(|((a, b), weight)| Link { a, b, weight })
            .collect()
    }

    /// A layout of this network with the given parameters, not yet run.
    pub fn layout(&self, params: Params) -> Layout {
        Layout::new(self.nodes.len(), &self.links(), params)
    }
}

/// The earlier of two optional dates, where a missing date does not count.
fn earliest(a: Option<CivilDate>, b: Option<CivilDate>) -> Option<CivilDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Node indices `0..len` as `u32`, stopping at `u32::MAX` rather than
/// wrapping, which no real corpus reaches.
fn index_range(len: usize) -> impl Iterator<Item = u32> {
    (0..u32::try_from(len).unwrap_or(u32::MAX)).take(len)
}

#[cfg(test)]
mod tests;
