//! The actor map in a handful of paths, for the frames in which its layout
//! moves. A big map drawn element by element costs the browser far more
//! than a frame per step (every tie and node is restyled and repainted);
//! drawn as one path per kind of tie and one per kind of node, a step sets
//! six attributes. Ties lose their width, arrows and highlight until the
//! layout comes to rest, when the full drawing comes back.

use std::fmt::Write as _;

use dossier_corpus::graph::ActorMap;
use dossier_corpus::{ActorKind, Corpus};

use super::{edge_ends, radius, Shown};

/// Above this many shown nodes and ties together, the chart draws a sketch
/// while the layout moves; below it, the full drawing keeps up.
pub const SKETCH_ABOVE: usize = 600;

/// The kinds of node, in the order [`Sketch::shapes`] holds them.
pub const KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Group,
    ActorKind::State,
    ActorKind::Place,
];

/// The path data of a sketch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sketch {
    /// Every stated tie, one straight segment each.
    pub typed: String,
    /// Every co-occurrence tie.
    pub co: String,
    /// Every node's shape, by kind in the order of [`KINDS`].
    pub shapes: [String; 4],
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
    let size =
        |node: usize| radius(corpus.actors.get(node).map_or(1, |actor| actor.mentions)) * scale;
    let mut drawn = Sketch::default();
    for edge in shown
        .edges
        .iter()
        .filter_map(|&at| map.network.edges.get(at))
    {
        let (a, b) = (edge.source as usize, edge.target as usize);
        let (from, to) = edge_ends(at(a), size(a), at(b), size(b));
        let path = if edge.co_occurs {
            &mut drawn.co
        } else {
            &mut drawn.typed
        };
        let _ = write!(path, "M{:.1} {:.1}L{:.1} {:.1}", from.0, from.1, to.0, to.1);
    }
    for &node in &shown.nodes {
        let Some(actor) = corpus.actors.get(node) else {
            continue;
        };
        let kind = KINDS
            .iter()
            .position(|&kind| kind == actor.kind)
            .unwrap_or(0);
        shape_at(&mut drawn.shapes[kind], actor.kind, size(node), at(node));
    }
    drawn
}

/// Appends the shape of a node of `kind` and radius `r` centred on
/// (`x`, `y`), the same shapes as [`super::shape_path`] draws at the origin.
pub fn shape_at(path: &mut String, kind: ActorKind, r: f32, (x, y): (f32, f32)) {
    // Writing to a String cannot fail.
    let _ = match kind {
        ActorKind::Person => write!(
            path,
            "M{:.1} {y:.1}A{r:.1} {r:.1} 0 1 1 {:.1} {y:.1}A{r:.1} {r:.1} 0 1 1 {:.1} {y:.1}Z",
            x - r,
            x + r,
            x - r
        ),
        ActorKind::Group => {
            let s = r * 0.9;
            write!(
                path,
                "M{:.1} {:.1}H{:.1}V{:.1}H{:.1}Z",
                x - s,
                y - s,
                x + s,
                y + s,
                x - s
            )
        }
        ActorKind::State => {
            let s = r * 1.2;
            write!(
                path,
                "M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z",
                y - s,
                x + s,
                y + s,
                x - s
            )
        }
        ActorKind::Place => {
            let s = r * 1.15;
            write!(
                path,
                "M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z",
                y - s,
                x + s,
                y + s * 0.75,
                x - s,
                y + s * 0.75
            )
        }
    };
}
