//! Labels that never pile up: the most mentioned actors are labelled first,
//! each in the first free spot around its node (right, left, below, above,
//! then the corners, then the same a little further out); a label with no
//! free spot is left out, and shows on hover instead.

/// A box, in map units: left, top, right, bottom.
pub type Rect = (f32, f32, f32, f32);

/// A placed label: its anchor point and whether it reads leftwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Index of the node in the input.
    pub node: usize,
    /// Where the text starts (or ends, when `end` is true).
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// True when the text is anchored at its end (placed to the left).
    pub end: bool,
}

/// One node to label: centre, radius, the label's width and its priority.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Centre x.
    pub x: f32,
    /// Centre y.
    pub y: f32,
    /// Radius.
    pub r: f32,
    /// Width of the label text.
    pub width: f32,
    /// Higher is labelled first.
    pub priority: u32,
}

/// Height of a label, in the same units.
pub const LABEL_HEIGHT: f32 = 13.0;

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places labels for `nodes` so that no two labels overlap each other or
/// any node's disc.
pub fn place_labels(nodes: &[Candidate]) -> Vec<Placed> {
    let discs: Vec<Rect> = nodes
        .iter()
        .map(|node| {
            (
                node.x - node.r,
                node.y - node.r,
                node.x + node.r,
                node.y + node.r,
            )
        })
        .collect();
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|a, b| nodes[*b].priority.cmp(&nodes[*a].priority).then(a.cmp(b)));
    let mut taken: Vec<Rect> = Vec::new();
    let mut placed = Vec::new();
    for index in order {
        let node = nodes[index];
        let (w, h) = (node.width, LABEL_HEIGHT);
        let spots: Vec<((f32, f32), bool)> = [3.0, 12.0]
            .into_iter()
            .flat_map(|gap| {
                let (right, left) = (node.x + node.r + gap, node.x - node.r - gap - w);
                let (below, above) = (node.y + node.r + gap, node.y - node.r - gap - h);
                [
                    ((right, node.y - h / 2.0), false),
                    ((left, node.y - h / 2.0), true),
                    ((node.x - w / 2.0, below), false),
                    ((node.x - w / 2.0, above), false),
                    ((right - node.r * 0.3, below - node.r * 0.3), false),
                    ((right - node.r * 0.3, above + node.r * 0.3), false),
                    ((left + node.r * 0.3, below - node.r * 0.3), true),
                    ((left + node.r * 0.3, above + node.r * 0.3), true),
                ]
            })
            .collect();
        let free = spots.iter().find(|((left, top), _)| {
            let rect = (*left, *top, left + w, top + h);
            !taken.iter().any(|other| overlaps(rect, *other))
                && !discs
                    .iter()
                    .enumerate()
                    .any(|(other, disc)| other != index && overlaps(rect, *disc))
        });
        if let Some(((left, top), end)) = free {
            taken.push((*left, *top, left + w, top + h));
            placed.push(Placed {
                node: index,
                x: if *end { left + w } else { *left },
                y: top + h - 3.0,
                end: *end,
            });
        }
    }
    placed
}

/// Rough width of `text` at the map's label size: good enough to keep
/// labels apart without measuring text in the browser.
pub fn text_width(text: &str) -> f32 {
    text.chars().count() as f32 * 6.6
}
