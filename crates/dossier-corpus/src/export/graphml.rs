//! The actor network as GraphML 1.0, for Gephi and yEd.
//!
//! The graph is mixed (undirected, with some directed edges), which GraphML
//! allows. networkx refuses mixed graphs; see the README for a way round.

use super::xml::{double, escape, escape_into};
use super::{edge_evidence, node_ids};
use crate::graph::Network;
use crate::model::Corpus;

/// The declared attributes: (key id, domain, name, type). Key ids carry the
/// domain because a GraphML key id is unique across nodes and edges, and
/// both have a `kind`. A node's `label` repeats its name because Gephi
/// takes the label from an attribute of that name.
const KEYS: [(&str, &str, &str, &str); 14] = [
    ("n_label", "node", "label", "string"),
    ("n_name", "node", "name", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_role", "node", "role", "string"),
    ("n_lat", "node", "lat", "double"),
    ("n_lon", "node", "lon", "double"),
    ("e_kind", "edge", "kind", "string"),
    ("e_weight", "edge", "weight", "double"),
    ("e_directed", "edge", "directed", "boolean"),
    ("e_first", "edge", "first", "string"),
    ("e_last", "edge", "last", "string"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_evidence_text", "edge", "evidence_text", "string"),
];

/// The network as a GraphML document.
///
/// Nodes are actors, with their name, kind, mentions, role and, for located
/// places, latitude and longitude. Edges carry their relation kind, weight
/// (distinct evidence sentences), direction, first and last dates, every
/// evidence reference as space-separated `doc:sentence`, and the text of
/// one evidence sentence. The graph is undirected by default and a directed
/// tie says `directed="true"`, as GraphML allows for mixed graphs. An
/// attribute with no value (a person's coordinates, an undated tie) is left
/// out rather than written empty.
pub fn graphml(corpus: &Corpus, network: &Network) -> String {
    let ids = node_ids(corpus, network);
    let evidence = edge_evidence(corpus, network);
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    for (id, domain, name, kind) in KEYS {
        out.push_str(&format!(
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>\n"
        ));
    }
    out.push_str("  <graph id=\"actors\" edgedefault=\"undirected\">\n");
    for (node, id) in network.nodes.iter().zip(&ids) {
        out.push_str(&format!("    <node id=\"{}\">\n", escape(id)));
        if let Some(actor) = corpus.actors.get(node.actor as usize) {
            data(&mut out, "n_label", &actor.name);
            data(&mut out, "n_name", &actor.name);
            if let Some(role) = &actor.role {
                data(&mut out, "n_role", role);
            }
            let [lat, lon] = actor
                .coordinates
                .map(|[lat, lon]| [double(lat), double(lon)])
                .unwrap_or_default();
            if let (Some(lat), Some(lon)) = (lat, lon) {
                data(&mut out, "n_lat", &lat);
                data(&mut out, "n_lon", &lon);
            }
        }
        data(&mut out, "n_kind", node.kind.as_str());
        data(&mut out, "n_mentions", &node.mentions.to_string());
        out.push_str("    </node>\n");
    }
    for (index, (edge, evidence)) in network.edges.iter().zip(&evidence).enumerate() {
        let (Some(source), Some(target)) =
            (ids.get(edge.source as usize), ids.get(edge.target as usize))
        else {
            continue;
        };
        let direction = if edge.directed {
            " directed=\"true\""
        } else {
            ""
        };
        out.push_str(&format!(
            "    <edge id=\"e{index}\" source=\"{}\" target=\"{}\"{direction}>\n",
            escape(source),
            escape(target),
        ));
        data(&mut out, "e_kind", &edge.kind);
        data(&mut out, "e_weight", &edge.weight.to_string());
        data(
            &mut out,
            "e_directed",
            if edge.directed { "true" } else { "false" },
        );
        if let Some(first) = edge.first {
            data(&mut out, "e_first", &first.to_string());
        }
        if let Some(last) = edge.last {
            data(&mut out, "e_last", &last.to_string());
        }
        data(&mut out, "e_evidence", &evidence.references.join(" "));
        data(&mut out, "e_evidence_text", &evidence.text);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// One `<data>` element of a node or an edge.
fn data(out: &mut String, key: &str, value: &str) {
    out.push_str("      <data key=\"");
    out.push_str(key);
    out.push_str("\">");
    escape_into(out, value);
    out.push_str("</data>\n");
}
