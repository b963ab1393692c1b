//! Exports of a filtered view of the network: the part it shows, and the
//! relations behind the edges it shows.

use dossier_corpus::export::{gexf, graphml, relations_csv_for, relations_of_edges, sub_network};
use dossier_corpus::graph::network;

use crate::corpus;
use crate::graph::check_graph;
use crate::tables::check_table;

#[test]
fn an_edge_stands_for_every_relation_of_its_kind_between_its_actors() {
    let corpus = corpus();
    let network = network(&corpus);
    // The tiny corpus's edges, in the network's order.
    let edges: Vec<(u32, u32, &str)> = network
        .edges
        .iter()
        .map(|edge| (edge.source, edge.target, edge.kind.as_str()))
        .collect();
    assert_eq!(edges, [(0, 1, "co_occurs"), (0, 2, "leads")]);
    // (edges chosen, relations kept): both orders of the undirected tie
    // fall under one edge; the relation naming a missing actor under none.
    let cases: [(&[usize], &[usize]); 5] = [
        (&[0], &[1, 2]),
        (&[1], &[0]),
        (&[1, 0], &[0, 1, 2]),
        (&[], &[]),
        (&[7], &[]),
    ];
    for (chosen, kept) in cases {
        assert_eq!(
            relations_of_edges(&corpus, &network, chosen),
            kept,
            "{chosen:?}"
        );
    }
    let rows = check_table(&relations_csv_for(&corpus, &[2, 0]), 2);
    assert_eq!(rows[0]["source"], "iraq", "the order given");
    assert_eq!(rows[1]["sources"], "d1#s1 d1#s2");
}

#[test]
fn the_part_of_a_network_a_view_shows_is_a_valid_graph() {
    let corpus = corpus();
    let network = network(&corpus);
    let positions = [(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)];
    let (part, placed) = sub_network(&network, &positions, &[2, 0, 2, 9], &[1, 0]);
    let actors: Vec<u32> = part.nodes.iter().map(|node| node.actor).collect();
    assert_eq!(actors, [2, 0], "the nodes in the order given, once each");
    assert_eq!(placed, [(5.0, 6.0), (1.0, 2.0)]);
    assert_eq!(part.edges.len(), 1, "the tie to a hidden node is left out");
    assert_eq!(
        (
            part.edges[0].source,
            part.edges[0].target,
            part.edges[0].kind.as_str()
        ),
        (1, 0, "leads"),
        "renumbered"
    );
    let elements = check_graph(&graphml(&corpus, &part), &part);
    let edge = elements
        .iter()
        .find(|element| element.name == "edge")
        .unwrap();
    assert_eq!(
        (edge.get("source"), edge.get("target")),
        (Some("tom"), Some("minus"))
    );
    let evidence = elements
        .iter()
        .find(|element| element.name == "data" && element.get("key") == Some("e_evidence"))
        .unwrap();
    assert_eq!(evidence.text, "d1:s1 d1:s2", "the edge keeps its evidence");
    check_graph(&gexf(&corpus, &part, Some(&placed)), &part);

    let (empty, none) = sub_network(&network, &[], &[], &[0, 1]);
    assert!(empty.nodes.is_empty() && empty.edges.is_empty() && none.is_empty());
    let (unplaced, nan) = sub_network(&network, &[], &[1], &[]);
    assert_eq!(unplaced.nodes.len(), 1);
    assert!(nan[0].0.is_nan(), "no position rather than a made-up one");
}
