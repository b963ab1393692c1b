//! A deterministic force-directed layout. The build runs it once and stores
//! the result; the browser can keep a [`Layout`] and call [`Layout::tick`]
//! each frame to let the picture settle again after a drag.
//!
//! Each tick applies four forces to the nodes' velocities, then moves them:
//!
//! - springs along links pull each pair towards `link_distance`, harder for
//!   heavier links and softer at busy nodes, so hubs do not collapse;
//! - every node repels every other (a Barnes-Hut approximation, O(n log n));
//! - a weak gravity pulls everything towards the origin, so disconnected
//!   parts and lone nodes stay in view instead of drifting off;
//! - velocities lose `velocity_decay` of their value, which damps swinging.
//!
//! All forces scale with `alpha`, which cools by `alpha_decay` per tick, so
//! the layout comes to rest after about 300 ticks with the defaults.
//!
//! Nothing is random: nodes start on a sunflower spiral in index order, and
//! nodes at one spot are pushed apart in a direction fixed by their indices.
//! The same input gives the same positions, bit for bit, on one platform.
//!
//! ```
//! use dossier_corpus::graph::{Layout, Link, Params};
//!
//! // A triangle and a lone node.
//! let links = [
//!     Link { a: 0, b: 1, weight: 1.0 },
//!     Link { a: 1, b: 2, weight: 3.0 },
//!     Link { a: 2, b: 0, weight: 1.0 },
//! ];
//! let mut layout = Layout::new(4, &links, Params::default());
//! layout.run(300);
//! let stored = layout.normalised(1000.0);
//! assert!(stored.iter().all(|&(x, y)| (0.0..=1000.0).contains(&x) && (0.0..=1000.0).contains(&y)));
//! ```

use super::fit::Fit;
pub use super::params::Params;
use super::quadtree::QuadTree;

/// A spring between two nodes, by index. Links are undirected for layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// One end.
    pub a: u32,
    /// The other end.
    pub b: u32,
    /// How much evidence the tie has; heavier links pull harder, up to twice
    /// as hard as a link of weight 1.
    pub weight: f32,
}

/// A link made ready for the simulation.
#[derive(Debug, Clone, Copy)]
struct Spring {
    a: usize,
    b: usize,
    /// Share of the correction per tick at full heat.
    strength: f32,
    /// Share of the correction that moves `b`; the rest moves `a`. The busier
    /// end moves less, so a hub is not yanked about by each of its leaves.
    share_b: f32,
}

/// A running layout: positions, velocities, pins and heat.
#[derive(Debug, Clone)]
pub struct Layout {
    params: Params,
    positions: Vec<(f32, f32)>,
    velocities: Vec<(f32, f32)>,
    pins: Vec<Option<(f32, f32)>>,
    springs: Vec<Spring>,
    alpha: f32,
    tree: QuadTree,
}

/// A golden-angle turn (π(3 − √5)) as a rotation, written out so the spiral
/// needs no trigonometry, whose last bits differ between platforms.
const GOLDEN_TURN: (f64, f64) = (-0.737_368_878_078_319_7, 0.675_490_294_261_523_8);

/// The fastest a node may move per tick, in link distances. Forces are
/// bounded already; this only keeps extreme settings from blowing up.
const MAX_SPEED: f32 = 10.0;

impl Layout {
    /// A hot layout of `node_count` nodes on a sunflower spiral, in index
    /// order. Links to a node out of range, self-loops and links whose weight
    /// is not a positive number are ignored.
    pub fn new(node_count: usize, links: &[Link], params: Params) -> Layout {
        let params = params.sanitised();
        let step = f64::from(params.link_distance) / 3.0;
        let mut turn = (1.0f64, 0.0f64);
        let positions = (0..node_count)
            .map(|index| {
                let radius = step * (0.5 + index as f64).sqrt();
                let at = ((radius * turn.0) as f32, (radius * turn.1) as f32);
                turn = (
                    turn.0 * GOLDEN_TURN.0 - turn.1 * GOLDEN_TURN.1,
                    turn.0 * GOLDEN_TURN.1 + turn.1 * GOLDEN_TURN.0,
                );
                at
            })
            .collect();
        Layout::resume(positions, links, params, 1.0)
    }

    /// A layout that goes on from given positions (for example, stored ones
    /// mapped back with [`Fit::to_layout`]) at heat `alpha`; 0 leaves it at
    /// rest until [`Layout::reheat`]. Positions that are not finite restart
    /// at the origin, where the repulsion spreads them.
    pub fn resume(
        positions: Vec<(f32, f32)>,
        links: &[Link],
        params: Params,
        alpha: f32,
    ) -> Layout {
        let params = params.sanitised();
        let positions: Vec<(f32, f32)> = positions
            .into_iter()
            .map(|(x, y)| {
                if x.is_finite() && y.is_finite() {
                    (x, y)
                } else {
                    (0.0, 0.0)
                }
            })
            .collect();
        let count = positions.len();
        let valid = |link: &&Link| {
            link.a != link.b
                && (link.a as usize) < count
                && (link.b as usize) < count
                && link.weight.is_finite()
                && link.weight > 0.0
        };
        let mut degree = vec![0u32; count];
        for link in links.iter().filter(valid) {
            degree[link.a as usize] += 1;
            degree[link.b as usize] += 1;
        }
        let springs = links
            .iter()
            .filter(valid)
            .map(|link| {
                let (a, b) = (link.a as usize, link.b as usize);
                let (degree_a, degree_b) = (degree[a] as f32, degree[b] as f32);
                let heavier = 2.0 * link.weight / (link.weight + 1.0);
                Spring {
                    a,
                    b,
                    strength: (params.link_strength * heavier / degree_a.min(degree_b)).min(1.0),
                    share_b: degree_a / (degree_a + degree_b),
                }
            })
            .collect();
        Layout {
            params,
            velocities: vec![(0.0, 0.0); count],
            pins: vec![None; count],
            positions,
            springs,
            alpha: if alpha.is_finite() {
                alpha.clamp(0.0, 1.0)
            } else {
                0.0
            },
            tree: QuadTree::default(),
        }
    }

    /// One step of the simulation: cool, apply the forces, move.
    pub fn tick(&mut self) {
        self.alpha *= 1.0 - self.params.alpha_decay;
        let alpha = self.alpha;
        self.pull_springs(alpha);
        self.tree.build(&self.positions);
        let params = self.params;
        for (node, velocity) in (0u32..).zip(self.velocities.iter_mut()) {
            let (push_x, push_y) = self.tree.push(
                node,
                &self.positions,
                params.repulsion * alpha,
                params.theta,
                params.min_distance,
            );
            velocity.0 += push_x;
            velocity.1 += push_y;
        }
        let max_speed = MAX_SPEED * params.link_distance;
        let pulls = self.positions.iter_mut().zip(&mut self.velocities);
        for ((position, velocity), pin) in pulls.zip(&self.pins) {
            if let Some(pinned) = *pin {
                *position = pinned;
                *velocity = (0.0, 0.0);
                continue;
            }
            let keep = 1.0 - params.velocity_decay;
            let mut next = (
                (velocity.0 - position.0 * params.gravity * alpha) * keep,
                (velocity.1 - position.1 * params.gravity * alpha) * keep,
            );
            let speed = (next.0 * next.0 + next.1 * next.1).sqrt();
            if !speed.is_finite() {
                next = (0.0, 0.0);
            } else if speed > max_speed {
                next = (next.0 * max_speed / speed, next.1 * max_speed / speed);
            }
            *velocity = next;
            position.0 += next.0;
            position.1 += next.1;
        }
    }

    /// Moves each spring's ends towards its rest length, judged where the
    /// ends are about to be, which steadies stiff springs.
    fn pull_springs(&mut self, alpha: f32) {
        let rest = self.params.link_distance;
        for spring in &self.springs {
            let (a, b) = (spring.a, spring.b);
            let ahead = |node: usize| {
                let (position, velocity) = (self.positions[node], self.velocities[node]);
                (position.0 + velocity.0, position.1 + velocity.1)
            };
            let ((ax, ay), (bx, by)) = (ahead(a), ahead(b));
            let (mut dx, dy) = (bx - ax, by - ay);
            if dx == 0.0 && dy == 0.0 {
                // Ends at one spot have no direction; any fixed one will do.
                dx = 1e-3;
            }
            let length = (dx * dx + dy * dy).sqrt();
            let correction = (length - rest) / length * alpha * spring.strength;
            let (dx, dy) = (dx * correction, dy * correction);
            self.velocities[b].0 -= dx * spring.share_b;
            self.velocities[b].1 -= dy * spring.share_b;
            self.velocities[a].0 += dx * (1.0 - spring.share_b);
            self.velocities[a].1 += dy * (1.0 - spring.share_b);
        }
    }

    /// Runs `ticks` steps.
    pub fn run(&mut self, ticks: usize) {
        for _ in 0..ticks {
            self.tick();
        }
    }

    /// Every node's position, in layout units, by node index.
    pub fn positions(&self) -> &[(f32, f32)] {
        &self.positions
    }

    /// Holds `node` at (x, y) until [`Layout::unpin`]; springs and pushes
    /// still act on its neighbours. False, and nothing changes, when the node
    /// does not exist or the point is not finite.
    pub fn pin(&mut self, node: usize, x: f32, y: f32) -> bool {
        let (Some(pin), Some(position)) = (self.pins.get_mut(node), self.positions.get_mut(node))
        else {
            return false;
        };
        if !x.is_finite() || !y.is_finite() {
            return false;
        }
        *pin = Some((x, y));
        *position = (x, y);
        true
    }

    /// Lets `node` move again; a node that does not exist is ignored.
    pub fn unpin(&mut self, node: usize) {
        if let Some(pin) = self.pins.get_mut(node) {
            *pin = None;
        }
    }

    /// The current heat, from 1 (just started) towards 0.
    pub fn alpha(&self) -> f32 {
        self.alpha
    }

    /// Raises the heat to `alpha` (0 to 1), for example when a drag starts,
    /// so the rest of the picture follows. It never lowers it.
    pub fn reheat(&mut self, alpha: f32) {
        if alpha.is_finite() {
            self.alpha = self.alpha.max(alpha.clamp(0.0, 1.0));
        }
    }

    /// True once the heat has fallen below `alpha_min`; further ticks would
    /// barely move anything, so a caller can stop its animation.
    pub fn is_settled(&self) -> bool {
        self.alpha < self.params.alpha_min
    }

    /// The map that puts the current picture into a `size` × `size` box.
    pub fn fit(&self, size: f32) -> Fit {
        Fit::around(&self.positions, size)
    }

    /// The positions fitted into a `size` × `size` box, for storage.
    pub fn normalised(&self, size: f32) -> Vec<(f32, f32)> {
        let fit = self.fit(size);
        self.positions
            .iter()
            .map(|&point| fit.to_box(point))
            .collect()
    }
}
