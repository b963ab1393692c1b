//! What a filtered view of the network holds, for exporting that view and
//! not the whole corpus: the part of the network it shows, and the corpus
//! relations behind the edges it shows.

use std::collections::{HashMap, HashSet};

use crate::graph::Network;
use crate::model::Corpus;

/// The part of `network` a view shows: the nodes at `nodes`, in that
/// order, and the edges at `edges` whose two ends are both among them,
/// renumbered to the new node order. Each kept node gets its position from
/// `positions` (node index to point), or no position (NaN, which the GEXF
/// writer leaves out) when there is none. Unknown indices are skipped.
pub fn sub_network(
    network: &Network,
    positions: &[(f32, f32)],
    nodes: &[usize],
    edges: &[usize],
) -> (Network, Vec<(f32, f32)>) {
    let mut renumbered: HashMap<u32, u32> = HashMap::new();
    let mut part = Network {
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    let mut kept_positions = Vec::new();
    for &index in nodes {
        let (Some(node), Ok(old)) = (network.nodes.get(index), u32::try_from(index)) else {
            continue;
        };
        let Ok(new) = u32::try_from(part.nodes.len()) else {
            break;
        };
        if renumbered.contains_key(&old) {
            // A node listed twice keeps its first place.
            continue;
        }
        renumbered.insert(old, new);
        part.nodes.push(*node);
        kept_positions.push(
            positions
                .get(index)
                .copied()
                .unwrap_or((f32::NAN, f32::NAN)),
        );
    }
    for edge in edges.iter().filter_map(|&index| network.edges.get(index)) {
        if let (Some(&source), Some(&target)) =
            (renumbered.get(&edge.source), renumbered.get(&edge.target))
        {
            let mut edge = edge.clone();
            edge.source = source;
            edge.target = target;
            part.edges.push(edge);
        }
    }
    (part, kept_positions)
}

/// The indices (in corpus order) of the relations that the edges at
/// `edges` of `network` stand for. A relation belongs to the edge of its
/// kind between its two actors, keyed as [`crate::graph::network`] keys
/// it: in its own direction when directed, smaller node first when not.
pub fn relations_of_edges(corpus: &Corpus, network: &Network, edges: &[usize]) -> Vec<usize> {
    let node_of: HashMap<&str, u32> = network
        .nodes
        .iter()
        .zip(0u32..)
        .filter_map(|(node, index)| {
            Some((corpus.actors.get(node.actor as usize)?.id.as_str(), index))
        })
        .collect();
    let chosen: HashSet<(u32, u32, &str)> = edges
        .iter()
        .filter_map(|&index| network.edges.get(index))
        .map(|edge| (edge.source, edge.target, edge.kind.as_str()))
        .collect();
    corpus
        .relations
        .iter()
        .enumerate()
        .filter(|(_, relation)| {
            let (Some(&from), Some(&to)) = (
                node_of.get(relation.source.as_str()),
                node_of.get(relation.target.as_str()),
            ) else {
                return false;
            };
            let (source, target) = if relation.directed {
                (from, to)
            } else {
                (from.min(to), from.max(to))
            };
            chosen.contains(&(source, target, relation.kind.as_str()))
        })
        .map(|(index, _)| index)
        .collect()
}
