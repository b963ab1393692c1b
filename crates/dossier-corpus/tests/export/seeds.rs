//! Every export of the real corpus (seeds/), read back.
#![cfg(feature = "extract")]

use std::path::Path;

use dossier_corpus::export::{
    actors_csv, actors_json, events_csv, events_json, gexf, graphml, relations_csv, relations_json,
    timelinejs,
};
use dossier_corpus::graph::{network, Params};
use dossier_corpus::{build_corpus, LoadOptions, Precision};

use crate::graph::check_graph;
use crate::json_tables::check_json_table;
use crate::tables::check_table;
use crate::timeline::check_timeline;

#[test]
fn every_export_of_the_seeds_reads_back() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = build_corpus(&dir, &LoadOptions::default())
        .expect("the seeds build")
        .corpus;
    let network = network(&corpus);
    assert!(
        network.edges.iter().any(|edge| edge.directed),
        "the seeds have directed ties"
    );
    assert!(
        corpus
            .events
            .iter()
            .any(|event| event.precision == Precision::Year),
        "the seeds have year-only events"
    );

    let elements = check_graph(&graphml(&corpus, &network), &network);
    let directed = elements
        .iter()
        .filter(|element| element.name == "edge" && element.get("directed") == Some("true"))
        .count();
    assert_eq!(
        directed,
        network.edges.iter().filter(|edge| edge.directed).count()
    );

    let mut layout = network.layout(Params::default());
    layout.run(50);
    let positions = layout.positions().to_vec();
    let elements = check_graph(&gexf(&corpus, &network, Some(&positions)), &network);
    let placed = elements
        .iter()
        .filter(|element| element.name == "viz:position")
        .count();
    assert_eq!(placed, network.nodes.len());

    for row in check_table(&events_csv(&corpus), corpus.events.len()) {
        for column in ["doc", "sentence", "evidence"] {
            assert!(
                !row[column].is_empty(),
                "event {} has no {column}",
                row["id"]
            );
        }
    }
    check_table(&actors_csv(&corpus), corpus.actors.len());
    for row in check_table(&relations_csv(&corpus), corpus.relations.len()) {
        assert!(!row["evidence"].is_empty(), "{row:?} has no evidence");
    }
    check_timeline(&timelinejs(&corpus), &corpus);

    let events = events_json(&corpus);
    for row in check_json_table(&events, &events_csv(&corpus), corpus.events.len()) {
        for column in ["doc", "sentence", "evidence"] {
            let value = row[column].as_str().unwrap_or_default();
            assert!(!value.is_empty(), "event {} has no {column}", row["id"]);
        }
    }
    check_json_table(
        &actors_json(&corpus),
        &actors_csv(&corpus),
        corpus.actors.len(),
    );
    let relations = relations_json(&corpus);
    for row in check_json_table(&relations, &relations_csv(&corpus), corpus.relations.len()) {
        assert!(
            row["doc"].is_string() && row["sentence"].is_string(),
            "{row:?}"
        );
    }
}
