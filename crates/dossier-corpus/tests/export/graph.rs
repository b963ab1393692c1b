//! GraphML and GEXF, read back: well-formed, one element per node and
//! edge, every edge between declared nodes, and every value intact after
//! escaping.

use std::collections::{BTreeMap, BTreeSet};

use dossier_corpus::export::{gexf, graphml};
use dossier_corpus::graph::{network, Network};
use dossier_corpus::Corpus;

use crate::check::{self, Element};
use crate::corpus;

/// Checks a graph file against its network and returns its elements.
/// `values` names the element that holds one value of a node or an edge
/// (`data` or `attvalue`).
pub fn check_graph(document: &str, network: &Network) -> Vec<Element> {
    let elements = check::xml(document).unwrap_or_else(|error| panic!("not well-formed: {error}"));
    let named = |name: &'static str| elements.iter().filter(move |element| element.name == name);
    assert_eq!(
        named("node").count(),
        network.nodes.len(),
        "one element per node"
    );
    assert_eq!(
        named("edge").count(),
        network.edges.len(),
        "one element per edge"
    );
    let ids: BTreeSet<&str> = named("node").filter_map(|node| node.get("id")).collect();
    assert_eq!(ids.len(), network.nodes.len(), "node ids are unique");
    for edge in named("edge") {
        for end in ["source", "target"] {
            let id = edge.get(end).unwrap();
            assert!(ids.contains(id), "edge {end} {id} is not a node");
        }
    }
    elements
}

/// The values of each node or edge, in document order: for each element
/// named `owner`, a map from key to value, with `values` the element that
/// holds one value and `key`, `value` the attributes naming and holding it
/// (GraphML keeps the value as text).
fn values(
    elements: &[Element],
    owner: &str,
    values: &str,
    key: &str,
) -> Vec<BTreeMap<String, String>> {
    let mut out: Vec<BTreeMap<String, String>> = Vec::new();
    for element in elements {
        if element.name == owner {
            out.push(BTreeMap::new());
        } else if element.name == values {
            if let Some(current) = out.last_mut() {
                let value = element
                    .get("value")
                    .map_or(element.text.clone(), str::to_owned);
                current.insert(element.get(key).unwrap().to_owned(), value);
            }
        }
    }
    out
}

fn fixture() -> (Corpus, Network) {
    let corpus = corpus();
    let network = network(&corpus);
    (corpus, network)
}

#[test]
fn graphml_keeps_every_value_and_its_evidence() {
    let (corpus, network) = fixture();
    let document = graphml(&corpus, &network);
    assert!(document.contains("edgedefault=\"undirected\""));
    assert!(
        document.contains("Tom &amp; &quot;Co&quot; &lt;Ltd&gt; &apos;x&apos;"),
        "{document}"
    );
    let elements = check_graph(&document, &network);
    let nodes = values(&elements, "node", "data", "key");
    assert_eq!(nodes[0]["n_name"], corpus.actors[0].name);
    assert_eq!(
        nodes[0]["n_role"], "Chief\tof\nstaff",
        "tabs and line breaks survive"
    );
    assert_eq!(
        (nodes[1]["n_lat"].as_str(), nodes[1]["n_lon"].as_str()),
        ("33.3", "-44.4")
    );
    assert!(
        !nodes[0].contains_key("n_lat"),
        "a person has no coordinates"
    );
    assert_eq!(nodes[2]["n_kind"], "group");

    // (source, target, kind, directed attribute, weight, evidence, text)
    let edges: Vec<_> = elements
        .iter()
        .filter(|element| element.name == "edge")
        .collect();
    let data = values(&elements, "edge", "data", "key");
    let rendered: Vec<String> = edges
        .iter()
        .zip(&data)
        .map(|(edge, data)| {
            format!(
                "{} {} {} {:?} x{} [{}] {:?}",
                edge.get("source").unwrap(),
                data["e_kind"],
                edge.get("target").unwrap(),
                edge.get("directed"),
                data["e_weight"],
                data["e_evidence"],
                data["e_evidence_text"],
            )
        })
        .collect();
    assert_eq!(
        rendered,
        [
            format!(
                "tom co_occurs iraq None x2 [d1:s2 d1:s3] {:?}",
                crate::AWKWARD
            ),
            format!(
                "tom leads minus Some(\"true\") x2 [d1:s1 d1:s2] {:?}",
                crate::FORMULA
            ),
        ]
    );
}

#[test]
fn gexf_marks_direction_per_edge_and_places_nodes_when_asked() {
    let (corpus, network) = fixture();
    let positions = [(1.5, -2.0), (f32::NAN, 0.0)];
    for given in [None, Some(&positions[..])] {
        let document = gexf(&corpus, &network, given);
        assert!(document.contains("version=\"1.3\""));
        let elements = check_graph(&document, &network);
        let placed: Vec<(Option<&str>, Option<&str>)> = elements
            .iter()
            .filter(|element| element.name == "viz:position")
            .map(|position| (position.get("x"), position.get("y")))
            .collect();
        let expected: &[(Option<&str>, Option<&str>)] = match given {
            None => &[],
            // The NaN and the missing third position are left out.
            Some(_) => &[(Some("1.5"), Some("-2"))],
        };
        assert_eq!(placed, expected);

        let nodes: Vec<&Element> = elements.iter().filter(|e| e.name == "node").collect();
        assert_eq!(nodes[0].get("label"), Some(corpus.actors[0].name.as_str()));
        let node_values = values(&elements, "node", "attvalue", "for");
        assert_eq!(node_values[0]["role"], "Chief\tof\nstaff");
        assert_eq!(node_values[1]["lon"], "-44.4");

        let edges: Vec<&Element> = elements.iter().filter(|e| e.name == "edge").collect();
        let kinds: Vec<(Option<&str>, Option<&str>, Option<&str>)> = edges
            .iter()
            .map(|edge| (edge.get("type"), edge.get("kind"), edge.get("weight")))
            .collect();
        assert_eq!(
            kinds,
            [
                (Some("undirected"), Some("co_occurs"), Some("2")),
                (Some("directed"), Some("leads"), Some("2")),
            ]
        );
        let edge_values = values(&elements, "edge", "attvalue", "for");
        assert_eq!(edge_values[0]["evidence"], "d1:s2 d1:s3");
        assert_eq!(edge_values[0]["evidence_text"], crate::AWKWARD);
        assert_eq!(edge_values[1]["first"], "2020-07-06");
    }
}

#[test]
fn an_empty_corpus_gives_empty_but_valid_graphs() {
    let corpus = Corpus::default();
    let network = network(&corpus);
    check_graph(&graphml(&corpus, &network), &network);
    check_graph(&gexf(&corpus, &network, None), &network);
}
