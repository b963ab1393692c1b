//! The actor map as plain geometry, for the frames in which a big map's
//! layout moves. Drawn element by element, a thousand nodes and three
//! thousand ties cost the browser several frames a step (each is diffed by
//! Yew, restyled, laid out and painted); drawn on a canvas from this
//! geometry, a step is one pass over a few arrays. Ties lose their width,
//! arrows and highlight, nodes their rim and labels, until the layout comes
//! to rest and the full drawing, which never left the page, is shown again.
//!
//! This module only computes; `components/network_canvas.rs` paints.

use dossier_corpus::graph::ActorMap;
use dossier_corpus::{ActorKind, Corpus};

use super::{edge_ends, node_size, Shown};

/// Above this many shown nodes and ties together, the chart paints a sketch
/// while the layout moves; below it, the full drawing keeps up.
pub const SKETCH_ABOVE: usize = 600;

/// The kinds of node, as [`Sketch::nodes`] numbers them.
pub const KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Group,
    ActorKind::State,
    ActorKind::Place,
];

/// A straight segment: from (x, y) to (x, y), map units.
pub type Segment = [f32; 4];

/// The geometry of a sketch, in map units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sketch {
    /// Every stated tie, one segment each.
    pub typed: Vec<Segment>,
    /// Every co-occurrence tie.
    pub co: Vec<Segment>,
    /// Every node's kind (its place in [`KINDS`]) and outline, in the
    /// drawing's order, so that what lies on top lies on top in both.
    pub nodes: Vec<(usize, Outline)>,
}

/// A node's outline, placed.
#[derive(Debug, Clone, PartialEq)]
pub enum Outline {
    /// A circle: centre and radius.
    Circle(f32, f32, f32),
    /// A closed polygon through these corners.
    Polygon(Vec<(f32, f32)>),
}

/// The sketch of what `shown` holds at `positions`, with `scale` map units
/// per screen pixel, so nodes have their size on screen as in the full
/// drawing.
pub fn sketch(
    corpus: &Corpus,
    map: &ActorMap,
    shown: &Shown,
    positions: &[(f32, f32)],
    scale: f32,
) -> Sketch {
    let at = |node: usize| positions.get(node).copied().unwrap_or((0.0, 0.0));
    let size = |node: usize| node_size(corpus, node, scale);
    let mut drawn = Sketch::default();
    for edge in shown
        .edges
        .iter()
        .filter_map(|&at| map.network.edges.get(at))
    {
        let (a, b) = (edge.source as usize, edge.target as usize);
        let (from, to) = edge_ends(at(a), size(a), at(b), size(b));
        let segments = if edge.co_occurs {
            &mut drawn.co
        } else {
            &mut drawn.typed
        };
        segments.push([from.0, from.1, to.0, to.1]);
    }
    for &node in &shown.nodes {
        let Some(actor) = corpus.actors.get(node) else {
            continue;
        };
        let kind = KINDS
            .iter()
            .position(|&kind| kind == actor.kind)
            .unwrap_or(0);
        drawn
            .nodes
            .push((kind, outline(actor.kind, size(node), at(node))));
    }
    drawn
}

/// The outline of a node of `kind` and radius `r` centred on (`x`, `y`):
/// the same shapes as [`super::shape_path`] draws at the origin.
pub fn outline(kind: ActorKind, r: f32, (x, y): (f32, f32)) -> Outline {
    match kind {
        ActorKind::Person => Outline::Circle(x, y, r),
        ActorKind::Group => {
            let s = r * 0.9;
            Outline::Polygon(vec![
                (x - s, y - s),
                (x + s, y - s),
                (x + s, y + s),
                (x - s, y + s),
            ])
        }
        ActorKind::State => {
            let s = r * 1.2;
            Outline::Polygon(vec![(x, y - s), (x + s, y), (x, y + s), (x - s, y)])
        }
        ActorKind::Place => {
            let s = r * 1.15;
            Outline::Polygon(vec![
                (x, y - s),
                (x + s, y + s * 0.75),
                (x - s, y + s * 0.75),
            ])
        }
    }
}
