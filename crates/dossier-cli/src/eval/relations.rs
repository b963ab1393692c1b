//! Typed relations between the engine's actors.

use std::collections::{BTreeSet, HashMap};

use dossier_corpus::Corpus;

use super::{Gold, Ratio, Report};

pub(super) fn evaluate_relations(
    corpus: &Corpus,
    gold: &Gold,
    actor_of_name: &HashMap<String, String>,
    report: &mut Report,
) {
    let typed: Vec<_> = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind != "co_occurs")
        .collect();
    let mut found = Ratio::default();
    let mut hits: BTreeSet<usize> = BTreeSet::new();
    for expected in &gold.relation {
        let (Some(source), Some(target)) = (
            actor_of_name.get(&expected.source),
            actor_of_name.get(&expected.target),
        ) else {
            found.add(false);
            report.misses.push(format!(
                "relation not found (an actor unknown): {} {} {}",
                expected.source, expected.kind, expected.target
            ));
            continue;
        };
        let hit = typed.iter().position(|relation| {
            relation.kind == expected.kind
                && ((&relation.source == source && &relation.target == target)
                    || (!relation.directed
                        && &relation.source == target
                        && &relation.target == source))
        });
        found.add(hit.is_some());
        match hit {
            Some(index) => {
                hits.insert(index);
            }
            None => report.misses.push(format!(
                "relation not found: {} {} {}",
                expected.source, expected.kind, expected.target
            )),
        }
    }
    report.rows.push(("relations found".into(), found));
    report.rows.push((
        "relations precision".into(),
        Ratio {
            right: hits.len(),
            total: typed.len(),
        },
    ));
}
