//! A Barnes-Hut quadtree for the layout's repulsion. Every node pushes every
//! other away; summing that exactly costs O(n²) per tick, so a distant cell
//! of the tree acts as one body at its centre of mass, which brings a tick
//! down to O(n log n).
//!
//! The tree lives in flat vectors that are cleared and refilled each tick,
//! so a long simulation allocates only on its first ticks.

/// Marks an absent child or body in the flat arrays.
const NONE: u32 = u32::MAX;

/// Below this depth a cell is split; at it, bodies share the cell. Nodes at
/// one position (or nearly) would otherwise split cells forever.
const MAX_DEPTH: u32 = 32;

/// One square cell of the tree.
#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Left edge.
    x: f32,
    /// Top edge.
    y: f32,
    /// Width and height.
    size: f32,
    /// Number of bodies inside.
    mass: f32,
    /// Sum of the bodies' x, then (after `finish`) their mean.
    centre_x: f32,
    /// Sum of the bodies' y, then (after `finish`) their mean.
    centre_y: f32,
    /// Child cells by quadrant (bit 0: right half, bit 1: bottom half).
    children: [u32; 4],
    /// The first body of a leaf; the rest follow through `next_body`.
    body: u32,
}

impl Cell {
    fn new(x: f32, y: f32, size: f32) -> Cell {
        Cell {
            x,
            y,
            size,
            mass: 0.0,
            centre_x: 0.0,
            centre_y: 0.0,
            children: [NONE; 4],
            body: NONE,
        }
    }

    fn is_leaf(&self) -> bool {
        self.children == [NONE; 4]
    }
}

/// The tree over one tick's positions, and the scratch space to walk it.
#[derive(Debug, Clone, Default)]
pub(crate) struct QuadTree {
    cells: Vec<Cell>,
    /// For each body, the next body sharing its leaf.
    next_body: Vec<u32>,
    /// The walk's stack, kept to avoid allocating per node.
    stack: Vec<u32>,
}

impl QuadTree {
    /// Rebuilds the tree over `positions`.
    pub(crate) fn build(&mut self, positions: &[(f32, f32)]) {
        self.cells.clear();
        self.next_body.clear();
        self.next_body.resize(positions.len(), NONE);
        let Some(&(first_x, first_y)) = positions.first() else {
            return;
        };
        let (mut left, mut top, mut right, mut bottom) = (first_x, first_y, first_x, first_y);
        for &(x, y) in positions {
            left = left.min(x);
            top = top.min(y);
            right = right.max(x);
            bottom = bottom.max(y);
        }
        // A square a little larger than the bounds, so no body sits on the
        // far edge, and never empty, so a lone body still has a cell.
        let size = (right - left).max(bottom - top).max(1.0) * 1.001;
        self.cells.push(Cell::new(left, top, size));
        for (body, &(x, y)) in (0u32..).zip(positions) {
            self.insert(body, x, y, positions);
        }
        self.finish();
    }

    fn insert(&mut self, body: u32, x: f32, y: f32, positions: &[(f32, f32)]) {
        let mut at = 0usize;
        let mut depth = 0;
        loop {
            let cell = &mut self.cells[at];
            cell.mass += 1.0;
            cell.centre_x += x;
            cell.centre_y += y;
            if !cell.is_leaf() {
                at = self.child(at, x, y);
                depth += 1;
                continue;
            }
            let resident = cell.body;
            let shares = resident != NONE
                && (depth >= MAX_DEPTH || positions.get(resident as usize) == Some(&(x, y)));
            if resident == NONE || shares {
                self.next_body[body as usize] = resident;
                self.cells[at].body = body;
                return;
            }
            // A leaf with one other body: push that body one level down, then
            // go on placing this one from here. Only single bodies are moved,
            // because shared leaves are never split.
            let (resident_x, resident_y) = positions[resident as usize];
            self.cells[at].body = NONE;
            let below = self.child(at, resident_x, resident_y);
            let cell = &mut self.cells[below];
            cell.mass = 1.0;
            cell.centre_x = resident_x;
            cell.centre_y = resident_y;
            cell.body = resident;
            at = self.child(at, x, y);
            depth += 1;
        }
    }

    /// The child of `at` whose quadrant holds (x, y), made if missing.
    fn child(&mut self, at: usize, x: f32, y: f32) -> usize {
        let cell = self.cells[at];
        let half = cell.size / 2.0;
        let right = x >= cell.x + half;
        let bottom = y >= cell.y + half;
        let quadrant = usize::from(right) | (usize::from(bottom) << 1);
        match cell.children[quadrant] {
            NONE => {
                let child = self.cells.len();
                let left = if right { cell.x + half } else { cell.x };
                let top = if bottom { cell.y + half } else { cell.y };
                self.cells.push(Cell::new(left, top, half));
                self.cells[at].children[quadrant] = child as u32;
                child
            }
            child => child as usize,
        }
    }

    /// Turns the sums of positions into centres of mass.
    fn finish(&mut self) {
        for cell in &mut self.cells {
            if cell.mass > 0.0 {
                cell.centre_x /= cell.mass;
                cell.centre_y /= cell.mass;
            }
        }
    }

    /// The push on `body` from all others: the change of velocity for a
    /// repulsion of `strength` per body (already scaled by alpha). A cell
    /// whose size seen from the body is under `theta` counts as one body at
    /// its centre. Distances under `min_distance` count as `min_distance`,
    /// so close bodies do not fling each other away.
    pub(crate) fn push(
        &mut self,
        body: u32,
        positions: &[(f32, f32)],
        strength: f32,
        theta: f32,
        min_distance: f32,
    ) -> (f32, f32) {
        let Some(&(x, y)) = positions.get(body as usize) else {
            return (0.0, 0.0);
        };
        let min_squared = min_distance * min_distance;
        let theta_squared = theta * theta;
        let (mut push_x, mut push_y) = (0.0, 0.0);
        self.stack.clear();
        if !self.cells.is_empty() {
            self.stack.push(0);
        }
        while let Some(at) = self.stack.pop() {
            let cell = self.cells[at as usize];
            if !cell.is_leaf() {
                let (dx, dy) = (x - cell.centre_x, y - cell.centre_y);
                let squared = dx * dx + dy * dy;
                // A cell that holds the body is always opened, so the body
                // never pushes itself through its cell's centre of mass.
                let holds =
                    x >= cell.x && x < cell.x + cell.size && y >= cell.y && y < cell.y + cell.size;
                if !holds && cell.size * cell.size < theta_squared * squared {
                    let scale = strength * cell.mass / squared.max(min_squared);
                    push_x += dx * scale;
                    push_y += dy * scale;
                } else {
                    self.stack
                        .extend(cell.children.iter().copied().filter(|&c| c != NONE));
                }
                continue;
            }
            let mut other = cell.body;
            while other != NONE {
                if other != body {
                    let (ox, oy) = positions[other as usize];
                    let (dx, dy) = apart(body, other, x - ox, y - oy);
                    let scale = strength / (dx * dx + dy * dy).max(min_squared);
                    push_x += dx * scale;
                    push_y += dy * scale;
                }
                other = self.next_body[other as usize];
            }
        }
        (push_x, push_y)
    }
}

/// The offset from `other` to `body`; for bodies at one spot, a tiny offset
/// in a direction fixed by the pair, opposite for each of the two, so they
/// separate the same way on every run instead of not at all.
fn apart(body: u32, other: u32, dx: f32, dy: f32) -> (f32, f32) {
    if dx != 0.0 || dy != 0.0 {
        return (dx, dy);
    }
    let pair = body.min(other).wrapping_mul(0x9E37_79B9) ^ body.max(other);
    let (ex, ey) = [(1.0, 0.0), (0.0, 1.0), (-0.7, 0.7), (0.7, 0.7)][(pair % 4) as usize];
    let sign = if body < other { 1e-3 } else { -1e-3 };
    (ex * sign, ey * sign)
}
