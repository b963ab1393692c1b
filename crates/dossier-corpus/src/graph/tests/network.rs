//! The network from fixtures: `actors` is one "id kind mentions" per
//! entry; a relation is "source kind target" (a kind ending in `>` is
//! directed), then evidence as `doc:sentence` and up to two ISO dates.

use crate::civil::CivilDate;
use crate::graph::{network, Link, Network};
use crate::model::{Actor, ActorKind, Corpus, Relation, SourceRef};

fn corpus(actors: &[&str], relations: &[&str]) -> Corpus {
    let actors = actors
        .iter()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let kind = match words[1] {
                "person" => ActorKind::Person,
                "group" => ActorKind::Group,
                "state" => ActorKind::State,
                _ => ActorKind::Place,
            };
            Actor {
                id: words[0].to_string(),
                name: words[0].to_string(),
                kind,
                aliases: Vec::new(),
                mentions: words[2].parse().unwrap(),
                role: None,
                curated: false,
                coordinates: None,
                place_type: None,
            }
        })
        .collect();
    let relations = relations
        .iter()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let directed = words[1].ends_with('>');
            let dates: Vec<CivilDate> = words[3..]
                .iter()
                .filter_map(|word| CivilDate::parse_iso(word))
                .collect();
            Relation {
                source: words[0].to_string(),
                target: words[2].to_string(),
                kind: words[1].trim_end_matches('>').to_string(),
                directed,
                first: dates.first().copied(),
                last: dates.last().copied(),
                text: String::new(),
                evidence: words[3..]
                    .iter()
                    .filter_map(|word| word.split_once(':'))
                    .map(|(doc, sentence)| SourceRef {
                        doc: doc.to_string(),
                        sentence: sentence.to_string(),
                    })
                    .collect(),
            }
        })
        .collect();
    Corpus {
        actors,
        relations,
        ..Corpus::default()
    }
}

/// One line per edge: "source kind[>] target xWEIGHT [first..last] [co]".
fn render(corpus: &Corpus, network: &Network) -> String {
    let id = |node: u32| corpus.actors[node as usize].id.as_str();
    let date = |date: Option<CivilDate>| date.map_or("-".to_string(), |date| date.to_string());
    network
        .edges
        .iter()
        .map(|edge| {
            format!(
                "{} {}{} {} x{} {}..{}{}\n",
                id(edge.source),
                edge.kind,
                if edge.directed { ">" } else { "" },
                id(edge.target),
                edge.weight,
                date(edge.first),
                date(edge.last),
                if edge.co_occurs { " co" } else { "" },
            )
        })
        .collect()
}

fn check(actors: &[&str], relations: &[&str], expect: &str) {
    let corpus = corpus(actors, relations);
    assert_eq!(render(&corpus, &network(&corpus)), expect);
}

const ACTORS: &[&str] = &["a person 5", "b group 3", "c state 1"];

#[test]
fn evidence_of_one_tie_is_counted_once_per_sentence() {
    check(
        ACTORS,
        &[
            "a leads> b d1:s1 2020-01-05",
            "a leads> b d1:s1 d2:s4 2020-01-02 2020-01-03",
        ],
        "a leads> b x2 2020-01-02..2020-01-05\n",
    );
}

#[test]
fn undirected_ties_meet_whatever_the_order_directed_ones_do_not() {
    check(
        ACTORS,
        &[
            "b met a d1:s1",
            "a met b d1:s2",
            "b leads> a d1:s3",
            "a leads> b d1:s4",
        ],
        "a leads> b x1 -..-\na met b x2 -..-\nb leads> a x1 -..-\n",
    );
}

#[test]
fn co_occurs_ties_are_flagged_and_unknown_actors_left_out() {
    check(
        ACTORS,
        &[
            "c co_occurs a d1:s1 2021-03-01",
            "a backed_by> ghost d1:s2",
            "ghost met c d1:s3",
        ],
        "a co_occurs c x1 2021-03-01..2021-03-01 co\n",
    );
}

#[test]
fn nodes_are_the_actors_in_order() {
    let corpus = corpus(ACTORS, &[]);
    let nodes = network(&corpus).nodes;
    let seen: Vec<(u32, u32, ActorKind)> = nodes
        .iter()
        .map(|node| (node.actor, node.mentions, node.kind))
        .collect();
    assert_eq!(
        seen,
        [
            (0, 5, ActorKind::Person),
            (1, 3, ActorKind::Group),
            (2, 1, ActorKind::State)
        ]
    );
}

#[test]
fn links_merge_kinds_per_pair_halve_co_occurs_and_drop_self_loops() {
    let corpus = corpus(
        ACTORS,
        &[
            "b leads> a d1:s1 d1:s2",
            "a co_occurs b d1:s3 d1:s4",
            "c co_occurs c d1:s5",
            "c met a d1:s6",
        ],
    );
    let links = network(&corpus).links();
    assert_eq!(
        links,
        [
            Link {
                a: 0,
                b: 1,
                weight: 3.0
            },
            Link {
                a: 0,
                b: 2,
                weight: 1.0
            }
        ]
    );
}

#[test]
fn the_network_survives_serialisation() {
    let corpus = corpus(
        ACTORS,
        &["a leads> b d1:s1 2020-01-02", "a co_occurs c d1:s1"],
    );
    let network = network(&corpus);
    let json = serde_json::to_string(&network).unwrap();
    assert_eq!(serde_json::from_str::<Network>(&json).unwrap(), network);
}
