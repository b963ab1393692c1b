use super::labels::{place_labels, Candidate};
use super::*;
use dossier_corpus::graph::actor_map;
use dossier_corpus::{Actor, Relation, SourceRef};

/// What the map shows for an actor-map URL's query.
fn shown_at(corpus: &dossier_corpus::Corpus, map: &ActorMap, query: &str) -> Shown {
    let here = crate::route::Location::parse(&format!("#/actors?{query}"));
    assert!(here.ignored.is_empty(), "{query}: {:?}", here.ignored);
    let crate::route::Route::Actors(own) = &here.route else {
        panic!("the map's route");
    };
    shown(corpus, map, own, &here.lens)
}

fn actor(id: &str, kind: ActorKind, mentions: u32) -> Actor {
    Actor {
        id: id.to_owned(),
        name: id.to_owned(),
        kind,
        aliases: Vec::new(),
        mentions,
        role: None,
        curated: true,
        coordinates: None,
        place_type: None,
    }
}

fn tie(source: &str, target: &str, kind: &str, day: Option<&str>) -> Relation {
    let day = day.and_then(dossier_corpus::CivilDate::parse_iso);
    Relation {
        source: source.to_owned(),
        target: target.to_owned(),
        kind: kind.to_owned(),
        directed: kind != "co_occurs",
        first: day,
        last: day,
        text: String::new(),
        evidence: vec![SourceRef {
            doc: "d".to_owned(),
            sentence: format!("{source}{target}"),
        }],
    }
}

fn corpus() -> Corpus {
    Corpus {
        actors: vec![
            actor("kh", ActorKind::Group, 12),
            actor("pmf", ActorKind::Group, 8),
            actor("kadhimi", ActorKind::Person, 20),
            actor("baghdad", ActorKind::Place, 6),
            actor("passing", ActorKind::Person, 1),
        ],
        relations: vec![
            tie("kh", "pmf", "member_of", Some("2020-06-26")),
            tie("kadhimi", "kh", "opposes", None),
            tie("kadhimi", "baghdad", "co_occurs", Some("2020-07-04")),
            tie("passing", "kadhimi", "met", Some("2019-01-01")),
        ],
        ..Corpus::default()
    }
}

fn names(corpus: &Corpus, shown: &Shown) -> Vec<String> {
    let mut names: Vec<String> = shown
        .nodes
        .iter()
        .map(|&node| corpus.actors[node].id.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn the_query_chooses_ties_and_their_ends() {
    let corpus = corpus();
    let map = actor_map(&corpus);
    let check = |query: &str, expected: &[&str]| {
        let shown = shown_at(&corpus, &map, query);
        assert_eq!(names(&corpus, &shown), expected, "query {query:?}");
    };
    check("", &["kadhimi", "kh", "passing", "pmf"]);
    check("co=1", &["baghdad", "kadhimi", "kh", "passing", "pmf"]);
    check("min=2", &["kadhimi", "kh", "pmf"]);
    check("kind=group", &["kh", "pmf"]);
    check("rel=opposes", &["kadhimi", "kh"]);
    // A window keeps dated ties inside it; the undated one cannot be placed.
    check("from=2020-06-01&to=2020-06-30", &["kh", "pmf"]);
    check("to=2019-12-31", &["kadhimi", "passing"]);
    // The actor in focus shows even without a tie.
    check("kind=place&actor=baghdad", &["baghdad"]);
}

#[test]
fn tie_counts_agree_with_the_neighbours_of_each_node() {
    let corpus = corpus();
    let map = actor_map(&corpus);
    for query in ["", "co=1", "rel=opposes"] {
        let shown = shown_at(&corpus, &map, query);
        let counts = tie_counts(&map, &shown);
        assert_eq!(counts.len(), corpus.actors.len());
        for (node, &count) in counts.iter().enumerate() {
            assert_eq!(
                count,
                neighbours(&map, &shown, node).len(),
                "node {node}, query {query:?}"
            );
        }
    }
}

/// Every coordinate an outline reaches, x and y alike, for its extent.
fn coordinates(outline: &sketch::Outline) -> Vec<f32> {
    match outline {
        sketch::Outline::Circle(x, y, r) => vec![x - r, x + r, y - r, y + r],
        sketch::Outline::Polygon(corners) => corners.iter().flat_map(|&(x, y)| [x, y]).collect(),
    }
}

#[test]
fn the_sketch_draws_every_shown_tie_and_node_once() {
    let corpus = corpus();
    let map = actor_map(&corpus);
    let shown = shown_at(&corpus, &map, "co=1");
    let drawn = sketch::sketch(&corpus, &map, &shown, &map.positions, 1.0);
    let co = shown
        .edges
        .iter()
        .filter(|&&at| map.network.edges[at].co_occurs)
        .count();
    assert_eq!(drawn.co.len(), co);
    assert_eq!(drawn.typed.len(), shown.edges.len() - co);
    assert_eq!(drawn.nodes.len(), shown.nodes.len());
    let baghdad = corpus
        .actors
        .iter()
        .position(|actor| actor.id == "baghdad")
        .expect("Baghdad");
    let (x, y) = map.positions[baghdad];
    let at = shown
        .nodes
        .iter()
        .position(|&node| node == baghdad)
        .expect("Baghdad is shown");
    let (kind, shape) = &drawn.nodes[at];
    assert_eq!(
        sketch::KINDS[*kind],
        ActorKind::Place,
        "in the drawing's order"
    );
    let xs = coordinates(shape);
    assert!(
        xs.iter().any(|&c| (c - x).abs() < 0.01) && xs.iter().any(|&c| c > y),
        "a place's outline is drawn where Baghdad is: {xs:?} at ({x}, {y})"
    );
}

#[test]
fn sketched_shapes_are_the_drawn_shapes_moved() {
    let numbers = |path: &str| -> Vec<f32> {
        path.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter_map(|number| number.parse().ok())
            .collect()
    };
    let extent = |values: &[f32]| {
        let low = values.iter().copied().fold(f32::INFINITY, f32::min);
        let high = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        (low, high)
    };
    for kind in sketch::KINDS {
        // At the origin, the outline reaches as far as the SVG shape does.
        let at_origin = sketch::outline(kind, 10.0, (0.0, 0.0));
        let (low, high) = extent(&coordinates(&at_origin));
        let (path_low, path_high) = extent(&numbers(&shape_path(kind, 10.0)));
        assert!(
            (low - path_low).abs() < 0.06 && (high - path_high).abs() < 0.06,
            "{kind:?}: outline {low}..{high}, path {path_low}..{path_high}"
        );
        // Elsewhere, it is the same outline moved.
        let moved = sketch::outline(kind, 10.0, (100.0, -40.0));
        let shifted: Vec<f32> = match &at_origin {
            sketch::Outline::Circle(x, y, r) => vec![x + 100.0, y - 40.0, *r],
            sketch::Outline::Polygon(corners) => corners
                .iter()
                .flat_map(|&(x, y)| [x + 100.0, y - 40.0])
                .collect(),
        };
        let got: Vec<f32> = match &moved {
            sketch::Outline::Circle(x, y, r) => vec![*x, *y, *r],
            sketch::Outline::Polygon(corners) => {
                corners.iter().flat_map(|&(x, y)| [x, y]).collect()
            }
        };
        assert_eq!(got, shifted, "{kind:?}");
    }
}

#[test]
fn the_node_at_a_point_is_the_one_drawn_on_top() {
    let at = |node: usize| [(0.0, 0.0), (5.0, 0.0), (100.0, 100.0)][node];
    let size = |node: usize| [10.0, 4.0, 3.0][node];
    let nodes = [0, 1, 2];
    assert_eq!(
        node_at((6.0, 1.0), &nodes, at, size),
        Some(1),
        "drawn after 0, on top"
    );
    assert_eq!(node_at((-8.0, 0.0), &nodes, at, size), Some(0));
    assert_eq!(node_at((100.0, 102.9), &nodes, at, size), Some(2));
    assert_eq!(
        node_at((50.0, 50.0), &nodes, at, size),
        None,
        "between nodes"
    );
    assert_eq!(
        node_at((6.0, 1.0), &[1, 0], at, size),
        Some(0),
        "the order decides"
    );
}

#[test]
fn slow_frames_take_more_steps_within_bounds() {
    let check = |gap: Option<f64>, steps: usize| assert_eq!(steps_per_frame(gap), steps, "{gap:?}");
    check(None, 1);
    check(Some(16.7), 1);
    check(Some(33.3), 2);
    check(Some(50.0), 3);
    check(Some(500.0), 4);
    check(Some(f64::NAN), 1);
    check(Some(-5.0), 1);
}

#[test]
fn labels_never_overlap_and_the_main_actor_is_labelled() {
    let nodes: Vec<Candidate> = (0..30)
        .map(|at| Candidate {
            x: (at % 6) as f32 * 40.0,
            y: (at / 6) as f32 * 14.0,
            r: 4.0,
            width: 60.0,
            priority: at,
        })
        .collect();
    let placed = place_labels(&nodes);
    assert!(
        placed.iter().any(|label| label.node == 29),
        "the top priority is labelled"
    );
    assert!(placed.len() < nodes.len(), "a crowd cannot all be labelled");
    let rects: Vec<(f32, f32, f32, f32)> = placed
        .iter()
        .map(|label| {
            let left = if label.end { label.x - 60.0 } else { label.x };
            (left, label.y - 10.0, left + 60.0, label.y + 3.0)
        })
        .collect();
    for (at, a) in rects.iter().enumerate() {
        for b in &rects[at + 1..] {
            let overlap =
                a.0 < b.2 - 0.01 && b.0 < a.2 - 0.01 && a.1 < b.3 - 0.01 && b.1 < a.3 - 0.01;
            assert!(!overlap, "{a:?} and {b:?}");
        }
    }
}

#[test]
fn node_size_grows_with_mentions_within_bounds() {
    assert!(radius(1) < radius(10));
    assert!(radius(10) < radius(100));
    assert!(radius(100_000) <= 34.0);
}

#[test]
fn zooming_keeps_the_point_under_the_pointer() {
    let view = View::whole(1000.0);
    let at = (250.0, 700.0);
    let zoomed = view.zoomed(2.0, at);
    let screen = (0.0, 0.0, 800.0, 400.0);
    // The screen point over `at` before the zoom is over `at` after it.
    let before = view.view_box(1000.0, 0.5);
    let sx = (at.0 - before.0) / before.2 * 800.0;
    let sy = (at.1 - before.1) / before.3 * 400.0;
    let after = map_from_screen((sx, sy), screen, zoomed.view_box(1000.0, 0.5));
    assert!(
        (after.0 - at.0).abs() < 1e-3 && (after.1 - at.1).abs() < 1e-3,
        "{after:?}"
    );
    assert_eq!(view.zoomed(1000.0, at).zoom, 12.0, "zoom has limits");
}

#[test]
fn ties_stop_at_the_discs() {
    let ((x0, _), (x1, _)) = edge_ends((0.0, 0.0), 5.0, (100.0, 0.0), 10.0);
    assert_eq!((x0, x1), (5.0, 88.0));
    // Overlapping discs: drawn centre to centre rather than inside out.
    assert_eq!(
        edge_ends((0.0, 0.0), 5.0, (3.0, 0.0), 5.0),
        ((0.0, 0.0), (3.0, 0.0))
    );
}
