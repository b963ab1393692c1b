//! The Barnes-Hut push against the exact sum over all pairs.

use crate::graph::quadtree::QuadTree;

/// Points on a skewed grid with a few duplicates and a far outlier.
fn points() -> Vec<(f32, f32)> {
    let mut points: Vec<(f32, f32)> = (0..200)
        .map(|i| {
            (
                (i % 17) as f32 * 7.3 + (i / 17) as f32 * 0.9,
                (i / 17) as f32 * 11.1,
            )
        })
        .collect();
    points.extend([(0.0, 0.0), (0.0, 0.0), (400.0, -250.0)]);
    points
}

/// The push on `body` summed over every other point, as the tree sums it
/// for coincident points and close ones.
fn exact(body: usize, points: &[(f32, f32)], strength: f32, min_distance: f32) -> (f32, f32) {
    let (x, y) = points[body];
    let mut push = (0.0, 0.0);
    for (other, &(ox, oy)) in points.iter().enumerate() {
        let (dx, dy) = (x - ox, y - oy);
        if other == body || (dx == 0.0 && dy == 0.0) {
            continue;
        }
        let scale = strength / (dx * dx + dy * dy).max(min_distance * min_distance);
        push.0 += dx * scale;
        push.1 += dy * scale;
    }
    push
}

/// The tree's largest error, over the mean size of the exact pushes: net
/// pushes inside a crowd nearly cancel, so an error relative to each would
/// measure the cancelling, not the tree.
fn error(theta: f32) -> f32 {
    let points = points();
    let mut tree = QuadTree::default();
    tree.build(&points);
    let (mut worst, mut total, mut counted): (f32, f32, f32) = (0.0, 0.0, 0.0);
    for body in 0..points.len() {
        // Coincident points get a tiny fixed offset from the tree, which the
        // exact sum skips; leave them out.
        if points[body] == (0.0, 0.0) {
            continue;
        }
        let (tx, ty) = tree.push(body as u32, &points, 30.0, theta, 1.0);
        let (ex, ey) = exact(body, &points, 30.0, 1.0);
        worst = worst.max(((tx - ex).powi(2) + (ty - ey).powi(2)).sqrt());
        total += (ex * ex + ey * ey).sqrt();
        counted += 1.0;
    }
    worst / (total / counted)
}

#[test]
fn with_theta_zero_the_tree_sums_exactly() {
    assert!(error(0.0) < 1e-4, "error {}", error(0.0));
}

#[test]
fn with_theta_point_nine_the_tree_stays_close() {
    let error = error(0.9);
    assert!(error < 0.1, "error {error}");
    assert!(error > 0.0, "theta 0.9 approximated nothing");
}

#[test]
fn an_empty_tree_pushes_nothing() {
    let mut tree = QuadTree::default();
    tree.build(&[]);
    assert_eq!(tree.push(0, &[], 30.0, 0.9, 1.0), (0.0, 0.0));
}
