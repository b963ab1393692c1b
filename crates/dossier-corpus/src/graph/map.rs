//! The network as the build writes it for the app: nodes, edges, and positions settled
//! once, so the map appears at once in the browser and looks the same on
//! every build of the same corpus.

use serde::{Deserialize, Serialize};

use super::{network, Fit, Network, Params};
use crate::model::Corpus;

/// Side of the square box the stored positions fill, in drawing units.
pub const MAP_SIZE: f32 = 1000.0;

/// Most ticks the build spends settling the layout; a few hundred settle
/// any graph the cooling schedule allows.
const MAX_TICKS: usize = 600;

/// The network with its settled layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMap {
    /// Nodes (node `i` is actor `i`) and edges.
    pub network: Network,
    /// Where each node sits, in a [`MAP_SIZE`] square.
    pub positions: Vec<(f32, f32)>,
    /// How layout units were fitted into the square, so the browser can go
    /// on with the same simulation after a drag.
    pub fit: Fit,
}

impl ActorMap {
    /// The parameters the build used, for a browser that resumes the layout.
    pub fn params() -> Params {
        Params::default()
    }
}

/// Builds and lays out the network of `corpus`.
pub fn actor_map(corpus: &Corpus) -> ActorMap {
    let network = network(corpus);
    let mut layout = network.layout(ActorMap::params());
    let mut ticks = 0;
    while !layout.is_settled() && ticks < MAX_TICKS {
        layout.tick();
        ticks += 1;
    }
    let fit = layout.fit(MAP_SIZE);
    let positions = layout.normalised(MAP_SIZE);
    ActorMap {
        network,
        positions,
        fit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, Relation, SourceRef};

    fn actor(id: &str) -> Actor {
        Actor {
            id: id.to_owned(),
            name: id.to_owned(),
            kind: ActorKind::Person,
            aliases: Vec::new(),
            mentions: 2,
            role: None,
            curated: false,
            coordinates: None,
            place_type: None,
        }
    }

    #[test]
    fn every_actor_gets_a_position_inside_the_box_and_builds_agree() {
        let mut corpus = Corpus {
            actors: ["a", "b", "c", "d"].into_iter().map(actor).collect(),
            ..Corpus::default()
        };
        corpus.relations.push(Relation {
            source: "a".to_owned(),
            target: "b".to_owned(),
            kind: "leads".to_owned(),
            directed: true,
            first: None,
            last: None,
            text: String::new(),
            evidence: vec![SourceRef {
                doc: "d1".to_owned(),
                sentence: "s1".to_owned(),
            }],
        });
        let map = actor_map(&corpus);
        assert_eq!(map.positions.len(), 4);
        assert!(map
            .positions
            .iter()
            .all(|(x, y)| (0.0..=MAP_SIZE).contains(x) && (0.0..=MAP_SIZE).contains(y)));
        assert_eq!(map, actor_map(&corpus), "the same corpus, the same map");
        assert_eq!(map.network.edges.len(), 1);
    }
}
