//! The layout, measured: determinism, shape, robustness and pins.

use crate::graph::{Fit, Layout, Link, Params};

/// Links of weight 1 from index pairs.
fn links(pairs: &[(u32, u32)]) -> Vec<Link> {
    pairs
        .iter()
        .map(|&(a, b)| Link { a, b, weight: 1.0 })
        .collect()
}

/// A layout of `node_count` nodes run for `ticks` with the defaults.
fn settle(node_count: usize, pairs: &[(u32, u32)], ticks: usize) -> Vec<(f32, f32)> {
    let mut layout = Layout::new(node_count, &links(pairs), Params::default());
    layout.run(ticks);
    assert_finite(layout.positions());
    layout.positions().to_vec()
}

fn assert_finite(positions: &[(f32, f32)]) {
    for (node, &(x, y)) in positions.iter().enumerate() {
        assert!(x.is_finite() && y.is_finite(), "node {node} at ({x}, {y})");
    }
}

fn distance(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The farthest any node is from the origin.
fn reach(positions: &[(f32, f32)]) -> f32 {
    positions
        .iter()
        .map(|&p| distance(p, (0.0, 0.0)))
        .fold(0.0, f32::max)
}

/// A deterministic graph: a ring through every node, so it is connected,
/// and the rest of the edges from a small linear congruential generator.
fn synthetic(node_count: u32, edge_count: usize) -> Vec<(u32, u32)> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as u32 % node_count
    };
    let mut pairs: Vec<(u32, u32)> = (0..node_count).map(|i| (i, (i + 1) % node_count)).collect();
    while pairs.len() < edge_count {
        pairs.push((next(), next()));
    }
    pairs
}

#[test]
fn the_same_input_gives_the_same_positions() {
    let pairs = synthetic(60, 150);
    let first = settle(60, &pairs, 120);
    let second = settle(60, &pairs, 120);
    let bits = |positions: &[(f32, f32)]| -> Vec<(u32, u32)> {
        positions
            .iter()
            .map(|(x, y)| (x.to_bits(), y.to_bits()))
            .collect()
    };
    assert_eq!(bits(&first), bits(&second));
}

#[test]
fn linked_nodes_end_closer_than_unlinked_ones() {
    // Four rings of six, each ring tied to the next by one link.
    let mut pairs = Vec::new();
    for ring in 0..4u32 {
        for i in 0..6 {
            pairs.push((ring * 6 + i, ring * 6 + (i + 1) % 6));
        }
        pairs.push((ring * 6, (ring + 1) % 4 * 6));
    }
    let positions = settle(24, &pairs, 300);
    let linked: Vec<f32> = pairs
        .iter()
        .map(|&(a, b)| distance(positions[a as usize], positions[b as usize]))
        .collect();
    let mut unlinked = Vec::new();
    for a in 0..24u32 {
        for b in a + 1..24 {
            if !pairs.contains(&(a, b)) && !pairs.contains(&(b, a)) {
                unlinked.push(distance(positions[a as usize], positions[b as usize]));
            }
        }
    }
    let mean = |values: &[f32]| values.iter().sum::<f32>() / values.len() as f32;
    assert!(
        mean(&linked) * 2.0 < mean(&unlinked),
        "linked {} unlinked {}",
        mean(&linked),
        mean(&unlinked)
    );
}

#[test]
fn degenerate_graphs_stay_finite() {
    assert!(settle(0, &[], 50).is_empty());
    assert_eq!(settle(1, &[], 50).len(), 1);
    // Self-loops, a link out of range, and weights that are not positive.
    let odd = [
        Link {
            a: 0,
            b: 0,
            weight: 1.0,
        },
        Link {
            a: 1,
            b: 9,
            weight: 1.0,
        },
        Link {
            a: 1,
            b: 2,
            weight: f32::NAN,
        },
        Link {
            a: 2,
            b: 3,
            weight: -1.0,
        },
        Link {
            a: 3,
            b: 3,
            weight: f32::INFINITY,
        },
    ];
    let mut layout = Layout::new(4, &odd, Params::default());
    layout.run(300);
    assert_finite(layout.positions());
    let empty = Layout::new(0, &[], Params::default());
    assert!(empty.normalised(1000.0).is_empty());
}

#[test]
fn nodes_at_one_spot_separate() {
    let pairs = [(0, 1), (1, 2), (2, 3)];
    let start = vec![(5.0, 5.0); 6];
    let mut layout = Layout::resume(start, &links(&pairs), Params::default(), 1.0);
    layout.run(300);
    let positions = layout.positions();
    assert_finite(positions);
    for a in 0..positions.len() {
        for b in a + 1..positions.len() {
            assert!(
                distance(positions[a], positions[b]) > 1.0,
                "{a} and {b} did not part"
            );
        }
    }
}

#[test]
fn bad_parameters_fall_back_to_the_defaults() {
    let params = Params {
        link_distance: 0.0,
        repulsion: f32::NAN,
        theta: -1.0,
        min_distance: f32::INFINITY,
        velocity_decay: 2.0,
        ..Params::default()
    };
    let mut layout = Layout::new(30, &links(&synthetic(30, 60)), params);
    layout.run(300);
    assert_finite(layout.positions());
    assert!(reach(layout.positions()) > 30.0, "the nodes did not spread");
}

#[test]
fn pinned_nodes_stay_put_until_unpinned() {
    let pairs = synthetic(20, 40);
    let mut layout = Layout::new(20, &links(&pairs), Params::default());
    assert!(layout.pin(3, 100.0, -50.0));
    assert!(!layout.pin(20, 0.0, 0.0));
    assert!(!layout.pin(4, f32::NAN, 0.0));
    layout.run(300);
    assert_eq!(layout.positions()[3], (100.0, -50.0));
    layout.unpin(3);
    layout.reheat(0.5);
    layout.run(50);
    assert_ne!(layout.positions()[3], (100.0, -50.0));
}

#[test]
fn gravity_keeps_disconnected_parts_together() {
    // Ten paths of five nodes and twenty lone nodes.
    let pairs: Vec<(u32, u32)> = (0..10u32)
        .flat_map(|path| (0..4).map(move |i| (path * 5 + i, path * 5 + i + 1)))
        .collect();
    let run = |gravity: f32| {
        let params = Params {
            gravity,
            ..Params::default()
        };
        let mut layout = Layout::new(70, &links(&pairs), params);
        layout.run(300);
        assert_finite(layout.positions());
        reach(layout.positions())
    };
    let (with, without) = (run(Params::default().gravity), run(0.0));
    assert!(
        with < 12.0 * Params::default().link_distance,
        "reach {with}"
    );
    assert!(with * 1.5 < without, "with {with} without {without}");
}

#[test]
fn the_stored_box_holds_the_picture_and_maps_back() {
    let mut layout = Layout::new(50, &links(&synthetic(50, 80)), Params::default());
    layout.run(300);
    let stored = layout.normalised(1000.0);
    let (mut low, mut high) = (f32::MAX, f32::MIN);
    for &(x, y) in &stored {
        low = low.min(x.min(y));
        high = high.max(x.max(y));
    }
    assert!(low >= 0.0 && high <= 1000.0, "{low}..{high}");
    assert!(high - low > 850.0, "the picture fills only {low}..{high}");
    let fit = layout.fit(1000.0);
    for (&stored, &original) in stored.iter().zip(layout.positions()) {
        assert!(distance(fit.to_layout(stored), original) < 1e-3);
    }
    assert_eq!(
        Fit::around(&[(3.0, 3.0)], 1000.0).to_box((3.0, 3.0)),
        (500.0, 500.0)
    );
}

#[test]
fn scaled_parameters_give_the_scaled_picture() {
    let pairs = synthetic(40, 70);
    let mut small = Layout::new(40, &links(&pairs), Params::default());
    let mut large = Layout::new(40, &links(&pairs), Params::default().scaled(4.0));
    small.run(200);
    large.run(200);
    for (&(x, y), &(big_x, big_y)) in small.positions().iter().zip(large.positions()) {
        assert!(
            distance((x * 4.0, y * 4.0), (big_x, big_y)) < 0.01,
            "{x},{y} vs {big_x},{big_y}"
        );
    }
}

#[test]
fn a_thousand_nodes_and_three_thousand_links_stay_finite() {
    let mut layout = Layout::new(1000, &links(&synthetic(1000, 3000)), Params::default());
    layout.run(300);
    assert_finite(layout.positions());
    assert!(layout.is_settled());
    assert!(reach(layout.positions()) > 10.0 * Params::default().link_distance);
}

/// Not a test: prints how long 300 ticks take on the large graph. Run with
/// `cargo test --release -p dossier-corpus graph -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_three_hundred_ticks_on_a_thousand_nodes() {
    let links = links(&synthetic(1000, 3000));
    let started = std::time::Instant::now();
    let mut layout = Layout::new(1000, &links, Params::default());
    layout.run(300);
    let elapsed = started.elapsed();
    assert_finite(layout.positions());
    println!("300 ticks, 1,000 nodes, 3,000 links: {elapsed:?}");
}
