//! The actor network as GEXF 1.3, Gephi's own format.

use super::xml::{double, escape, escape_into};
use super::{edge_evidence, node_ids};
use crate::graph::Network;
use crate::model::Corpus;

/// Declared node attributes: (id, title, type).
const NODE_ATTRIBUTES: [(&str, &str, &str); 5] = [
    ("kind", "kind", "string"),
    ("mentions", "mentions", "integer"),
    ("role", "role", "string"),
    ("lat", "lat", "double"),
    ("lon", "lon", "double"),
];

/// Declared edge attributes: (id, title, type). The weight is not among
/// them because GEXF gives edges a weight of their own.
const EDGE_ATTRIBUTES: [(&str, &str, &str); 6] = [
    ("kind", "kind", "string"),
    ("directed", "directed", "boolean"),
    ("first", "first", "string"),
    ("last", "last", "string"),
    ("evidence", "evidence", "string"),
    ("evidence_text", "evidence_text", "string"),
];

/// The network as a GEXF 1.3 document.
///
/// Nodes are labelled with the actor's name and carry its kind, mentions,
/// role and coordinates; edges carry GEXF's own `weight`, a `type` of
/// `directed` or `undirected`, a `kind` (so that Gephi keeps two ties of
/// different kinds between one pair apart instead of merging them) and the
/// same provenance attributes as [`graphml`](super::graphml). When
/// `positions` is given, node `i` gets `positions[i]` as its
/// `<viz:position>`; a missing or non-finite position is left out.
pub fn gexf(corpus: &Corpus, network: &Network, positions: Option<&[(f32, f32)]>) -> String {
    let ids = node_ids(corpus, network);
    let evidence = edge_evidence(corpus, network);
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"",
        " version=\"1.3\">\n",
        "  <meta>\n",
        "    <creator>Dossier</creator>\n",
        "    <description>Actors and the relations between them, with evidence</description>\n",
        "  </meta>\n",
        "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n",
    ));
    declare(&mut out, "node", &NODE_ATTRIBUTES);
    declare(&mut out, "edge", &EDGE_ATTRIBUTES);

    out.push_str("    <nodes>\n");
    for (index, (node, id)) in network.nodes.iter().zip(&ids).enumerate() {
        let actor = corpus.actors.get(node.actor as usize);
        let label = actor.map_or(id.as_str(), |actor| actor.name.as_str());
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n",
            escape(id),
            escape(label)
        ));
        attvalue(&mut out, "kind", node.kind.as_str());
        attvalue(&mut out, "mentions", &node.mentions.to_string());
        if let Some(role) = actor.and_then(|actor| actor.role.as_deref()) {
            attvalue(&mut out, "role", role);
        }
        let coordinates = actor.and_then(|actor| actor.coordinates);
        if let Some([Some(lat), Some(lon)]) =
            coordinates.map(|[lat, lon]| [double(lat), double(lon)])
        {
            attvalue(&mut out, "lat", &lat);
            attvalue(&mut out, "lon", &lon);
        }
        out.push_str("        </attvalues>\n");
        let position = positions.and_then(|positions| positions.get(index));
        if let Some(&(x, y)) = position.filter(|(x, y)| x.is_finite() && y.is_finite()) {
            out.push_str(&format!(
                "        <viz:position x=\"{x}\" y=\"{y}\" z=\"0\"/>\n"
            ));
        }
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (index, (edge, evidence)) in network.edges.iter().zip(&evidence).enumerate() {
        let (Some(source), Some(target)) =
            (ids.get(edge.source as usize), ids.get(edge.target as usize))
        else {
            continue;
        };
        let direction = if edge.directed {
            "directed"
        } else {
            "undirected"
        };
        out.push_str(&format!(
            "      <edge id=\"{index}\" source=\"{}\" target=\"{}\" type=\"{direction}\" kind=\"{kind}\" label=\"{kind}\" weight=\"{}\">\n        <attvalues>\n",
            escape(source),
            escape(target),
            edge.weight,
            kind = escape(&edge.kind),
        ));
        attvalue(&mut out, "kind", &edge.kind);
        attvalue(
            &mut out,
            "directed",
            if edge.directed { "true" } else { "false" },
        );
        if let Some(first) = edge.first {
            attvalue(&mut out, "first", &first.to_string());
        }
        if let Some(last) = edge.last {
            attvalue(&mut out, "last", &last.to_string());
        }
        attvalue(&mut out, "evidence", &evidence.references.join(" "));
        attvalue(&mut out, "evidence_text", &evidence.text);
        out.push_str("        </attvalues>\n      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// The `<attributes>` block of one class.
fn declare(out: &mut String, class: &str, attributes: &[(&str, &str, &str)]) {
    out.push_str(&format!("    <attributes class=\"{class}\">\n"));
    for (id, title, kind) in attributes {
        out.push_str(&format!(
            "      <attribute id=\"{id}\" title=\"{title}\" type=\"{kind}\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n");
}

/// One `<attvalue>` of a node or an edge.
fn attvalue(out: &mut String, id: &str, value: &str) {
    out.push_str("          <attvalue for=\"");
    out.push_str(id);
    out.push_str("\" value=\"");
    escape_into(out, value);
    out.push_str("\"/>\n");
}
