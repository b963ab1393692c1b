//! The network and its layout on the real corpus (seeds/), end to end.
#![cfg(feature = "extract")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::BTreeSet;
use std::path::Path;

use dossier_corpus::graph::{network, Params, CO_OCCURS};
use dossier_corpus::{build_corpus, LoadOptions};

#[test]
fn the_seeds_give_a_network_that_lays_out_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = build_corpus(&dir, &LoadOptions::default())
        .expect("the seeds build")
        .corpus;
    let network = network(&corpus);
    assert_eq!(network.nodes.len(), corpus.actors.len());
    assert!(
        network.edges.iter().any(|edge| !edge.co_occurs),
        "the seeds state typed ties"
    );
    let mut keys = BTreeSet::new();
    for edge in &network.edges {
        assert!((edge.source as usize) < network.nodes.len());
        assert!((edge.target as usize) < network.nodes.len());
        assert!(edge.weight >= 1, "{edge:?} has no evidence");
        assert_eq!(edge.co_occurs, edge.kind == CO_OCCURS);
        assert!(edge.first <= edge.last || edge.last.is_none(), "{edge:?}");
        assert!(keys.insert((edge.source, edge.target, edge.kind.clone())));
    }
    // Every relation lands in its edge, which has at least its evidence.
    let index = |id: &str| {
        let at = corpus.actors.iter().position(|actor| actor.id == id);
        u32::try_from(at.expect("a relation names a known actor")).unwrap()
    };
    for relation in &corpus.relations {
        let (from, to) = (index(&relation.source), index(&relation.target));
        let edge = network
            .edges
            .iter()
            .find(|edge| {
                edge.kind == relation.kind
                    && ((edge.source, edge.target) == (from, to)
                        || !relation.directed && (edge.source, edge.target) == (to, from))
            })
            .unwrap_or_else(|| panic!("no edge for {relation:?}"));
        let distinct: BTreeSet<_> = relation
            .evidence
            .iter()
            .map(|source| (&source.doc, &source.sentence))
            .collect();
        assert!(edge.weight as usize >= distinct.len(), "{edge:?}");
    }

    let run = || {
        let mut layout = network.layout(Params::default());
        layout.run(300);
        layout.normalised(1000.0)
    };
    let positions = run();
    assert_eq!(positions, run(), "the layout is deterministic");
    assert!(positions
        .iter()
        .all(|&(x, y)| (0.0..=1000.0).contains(&x) && (0.0..=1000.0).contains(&y)));
}
