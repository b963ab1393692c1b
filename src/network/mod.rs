//! The actor map's pure parts: which nodes and ties a query shows, how big
//! a node is, and where labels go without piling up. The page and the chart
//! draw what these compute.

pub mod labels;
pub mod sketch;

use std::collections::HashSet;

use dossier_corpus::graph::ActorMap;
use dossier_corpus::{ActorKind, Corpus};

use crate::route::{ActorsQuery, Lens};

/// The URL name of a kind of actor.
pub fn kind_key(kind: ActorKind) -> &'static str {
    kind.as_str()
}

/// Radius of a node mentioned `mentions` times, in map units: the area
/// grows with the mentions, within bounds so that neither a passing name
/// nor the main actor swamps the map.
pub fn radius(mentions: u32) -> f32 {
    (5.0 + 2.4 * (mentions as f32).sqrt()).min(34.0)
}

/// The drawn size of `node` (an index into the corpus's actors) at a zoom
/// `scale`: nodes keep their size on screen while the map zooms.
pub fn node_size(corpus: &Corpus, node: usize, scale: f32) -> f32 {
    radius(corpus.actors.get(node).map_or(1, |actor| actor.mentions)) * scale
}

/// The node drawn on top at `point` (map units): the last of `nodes` (the
/// drawing's order, so the last is on top) whose disc of radius `size`
/// around its position `at` holds the point. For the frames in which the
/// map is painted, where the drawing's own elements are not where the
/// nodes are shown.
pub fn node_at(
    point: (f32, f32),
    nodes: &[usize],
    at: impl Fn(usize) -> (f32, f32),
    size: impl Fn(usize) -> f32,
) -> Option<usize> {
    nodes.iter().rev().copied().find(|&node| {
        let ((x, y), r) = (at(node), size(node));
        (point.0 - x).powi(2) + (point.1 - y).powi(2) <= r * r
    })
}

/// What the map shows for a query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shown {
    /// Node indices (= actor indices).
    pub nodes: Vec<usize>,
    /// Edge indices into `map.network.edges`.
    pub edges: Vec<usize>,
    /// Actors that pass the filters but have no tie shown.
    pub alone: usize,
}

/// The nodes and ties `query` keeps. A tie shows when its kind is chosen
/// (co-occurrence only on request), both ends pass the actor filters, and,
/// when a date window is set, some of its evidence is dated inside it; an
/// undated tie cannot be placed in a period, so a window hides it. A node
/// shows when one of its ties does, or when it is in focus.
pub fn shown(corpus: &Corpus, map: &ActorMap, query: &ActorsQuery, lens: &Lens) -> Shown {
    let keeps_actor = |index: usize| {
        corpus.actors.get(index).is_some_and(|actor| {
            (lens.kinds.is_empty() || lens.kinds.iter().any(|kind| kind == kind_key(actor.kind)))
                && actor.mentions >= query.min
        })
    };
    let windowed = lens.windowed();
    let mut edges = Vec::new();
    let mut touched: HashSet<usize> = HashSet::new();
    for (at, edge) in map.network.edges.iter().enumerate() {
        let (source, target) = (edge.source as usize, edge.target as usize);
        let kind_kept = if edge.co_occurs {
            query.co
        } else {
            query.rels.is_empty() || query.rels.contains(&edge.kind)
        };
        let in_window = !windowed
            || match (edge.first, edge.last) {
                (Some(first), Some(last)) => lens.overlaps(first, last),
                _ => false,
            };
        if source != target && kind_kept && in_window && keeps_actor(source) && keeps_actor(target)
        {
            edges.push(at);
            touched.insert(source);
            touched.insert(target);
        }
    }
    let focus = lens
        .focus()
        .and_then(|id| corpus.actors.iter().position(|actor| &actor.id == id));
    let mut nodes: Vec<usize> = (0..corpus.actors.len().min(map.positions.len()))
        .filter(|index| touched.contains(index) || Some(*index) == focus)
        .collect();
    // Big nodes first, so that small ones are drawn on top and stay visible.
    nodes.sort_by(|a, b| {
        corpus.actors[*b]
            .mentions
            .cmp(&corpus.actors[*a].mentions)
            .then(a.cmp(b))
    });
    let alone = (0..corpus.actors.len())
        .filter(|index| keeps_actor(*index) && !touched.contains(index))
        .count();
    Shown {
        nodes,
        edges,
        alone,
    }
}

/// The actors tied to `node` by the shown edges, with the edges.
pub fn neighbours(map: &ActorMap, shown: &Shown, node: usize) -> Vec<(usize, usize)> {
    shown
        .edges
        .iter()
        .filter_map(|&at| {
            let edge = map.network.edges.get(at)?;
            let (source, target) = (edge.source as usize, edge.target as usize);
            if source == node {
                Some((target, at))
            } else if target == node {
                Some((source, at))
            } else {
                None
            }
        })
        .collect()
}

/// How many shown ties each node has, by node index: one walk over the
/// shown edges, so a chart of a thousand nodes need not ask
/// [`neighbours`] once per node.
pub fn tie_counts(map: &ActorMap, shown: &Shown) -> Vec<usize> {
    let mut counts = vec![0; map.network.nodes.len()];
    for edge in shown
        .edges
        .iter()
        .filter_map(|&at| map.network.edges.get(at))
    {
        for end in [edge.source as usize, edge.target as usize] {
            if let Some(count) = counts.get_mut(end) {
                *count += 1;
            }
        }
    }
    counts
}

/// How many layout steps a frame takes, given the time since the last
/// frame in milliseconds: one at 60 frames a second, more when frames come
/// slower, so the layout settles in about the same time on a slow machine
/// (a step costs a few milliseconds at a thousand nodes, drawing it far
/// more), but never more than four, so one frame never grows by much.
pub fn steps_per_frame(since_last_ms: Option<f64>) -> usize {
    let Some(gap) = since_last_ms.filter(|gap| gap.is_finite() && *gap > 0.0) else {
        return 1;
    };
    ((gap / (1000.0 / 60.0)).round() as usize).clamp(1, 4)
}

#[cfg(test)]
mod tests;

/// The SVG path of a node's shape, centred on the origin: a circle for a
/// person, a rounded square for a group, a diamond for a state, a triangle
/// for a place. Shape and colour both say the kind, so colour is never the
/// only signal.
pub fn shape_path(kind: ActorKind, r: f32) -> String {
    match kind {
        ActorKind::Person => format!(
            "M{:.1} 0 A{r:.1} {r:.1} 0 1 1 {:.1} 0 A{r:.1} {r:.1} 0 1 1 {:.1} 0 Z",
            -r, r, -r
        ),
        ActorKind::Group => {
            let s = r * 0.9;
            format!("M{:.1} {:.1} H{s:.1} V{s:.1} H{:.1} Z", -s, -s, -s)
        }
        ActorKind::State => {
            let s = r * 1.2;
            format!("M0 {:.1} L{s:.1} 0 L0 {s:.1} L{:.1} 0 Z", -s, -s)
        }
        ActorKind::Place => {
            let s = r * 1.15;
            format!(
                "M0 {:.1} L{:.1} {:.1} L{:.1} {:.1} Z",
                -s,
                s,
                s * 0.75,
                -s,
                s * 0.75
            )
        }
    }
}

/// The visible part of a tie from `a` to `b`: it stops at both discs, so an
/// arrowhead lands on the target's edge rather than under it.
pub fn edge_ends(a: (f32, f32), ra: f32, b: (f32, f32), rb: f32) -> ((f32, f32), (f32, f32)) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= ra + rb + 1.0 {
        return (a, b);
    }
    let (ux, uy) = (dx / length, dy / length);
    (
        (a.0 + ux * ra, a.1 + uy * ra),
        (b.0 - ux * (rb + 2.0), b.1 - uy * (rb + 2.0)),
    )
}

/// The part of the map on screen: a centre and a zoom (1 shows the whole
/// square).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Centre, map units.
    pub cx: f32,
    /// Centre, map units.
    pub cy: f32,
    /// Magnification.
    pub zoom: f32,
}

impl View {
    /// The whole map.
    pub fn whole(size: f32) -> View {
        View {
            cx: size / 2.0,
            cy: size / 2.0,
            zoom: 1.0,
        }
    }

    /// The viewBox (x, y, width, height) for a drawing of `aspect` (height
    /// over width) over a map `size` wide.
    pub fn view_box(&self, size: f32, aspect: f32) -> (f32, f32, f32, f32) {
        let width = size / self.zoom;
        let height = width * aspect;
        (self.cx - width / 2.0, self.cy - height / 2.0, width, height)
    }

    /// Zoomed by `factor` around the map point `at`, within 0.5x to 12x.
    pub fn zoomed(&self, factor: f32, at: (f32, f32)) -> View {
        let zoom = (self.zoom * factor).clamp(0.5, 12.0);
        let kept = self.zoom / zoom;
        View {
            cx: at.0 + (self.cx - at.0) * kept,
            cy: at.1 + (self.cy - at.1) * kept,
            zoom,
        }
    }

    /// Moved by (`dx`, `dy`) map units.
    pub fn panned(&self, dx: f32, dy: f32) -> View {
        View {
            cx: self.cx + dx,
            cy: self.cy + dy,
            ..*self
        }
    }
}

/// The map point under a screen point, given the drawing's box on screen
/// (left, top, width, height) and its viewBox.
pub fn map_from_screen(
    point: (f32, f32),
    screen: (f32, f32, f32, f32),
    view_box: (f32, f32, f32, f32),
) -> (f32, f32) {
    let (left, top, width, height) = screen;
    let (x, y, w, h) = view_box;
    (
        x + (point.0 - left) / width.max(1.0) * w,
        y + (point.1 - top) / height.max(1.0) * h,
    )
}
