//! Events: found, dated, and one happening reported twice merged.

use std::collections::{BTreeMap, BTreeSet};

use dossier_corpus::Corpus;

use super::{date, Gold, Ratio, Report};

pub(super) fn evaluate_events(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let sentence_text = |doc: &str, sentence: &str| -> Option<String> {
        corpus
            .document(doc)
            .and_then(|document| document.sentence(sentence))
            .map(|s| s.text.clone())
    };
    let mut found = Ratio::default();
    let mut dated = Ratio::default();
    let mut used: BTreeSet<(String, String, String)> = BTreeSet::new();
    let mut event_of_gold: Vec<Option<String>> = Vec::new();
    for expected in &gold.event {
        let hit = corpus.events.iter().find(|event| {
            event.r#type == expected.r#type
                && event.sources.iter().any(|source| {
                    source.doc == expected.doc
                        && sentence_text(&source.doc, &source.sentence)
                            .is_some_and(|text| text.contains(&expected.sentence))
                })
        });
        found.add(hit.is_some());
        event_of_gold.push(hit.map(|event| event.id.clone()));
        if let Some(event) = hit {
            for source in &event.sources {
                used.insert((
                    event.id.clone(),
                    source.doc.clone(),
                    source.sentence.clone(),
                ));
            }
            let (start, end) = (date(&expected.start), date(&expected.end));
            dated.add(matches!((start, end), (Some(start), Some(end)) if event.start <= end && start <= event.end));
        } else {
            report.misses.push(format!(
                "event {} {}: “{}”",
                &expected.doc[..3.min(expected.doc.len())],
                expected.r#type,
                expected.sentence
            ));
        }
    }
    // An engine event counts as right when one of its reports matches a gold event.
    let mut precision = Ratio::default();
    for event in &corpus.events {
        let right = used.iter().any(|(id, _, _)| id == &event.id);
        precision.add(right);
        if !right {
            let evidence: String = event.text.chars().take(90).collect();
            report.misses.push(format!(
                "event not in gold: {} {}: “{}”",
                &event.doc[..3.min(event.doc.len())],
                event.r#type,
                evidence
            ));
        }
    }
    let mut groups: BTreeMap<&str, BTreeSet<Option<String>>> = BTreeMap::new();
    for (expected, engine) in gold.event.iter().zip(&event_of_gold) {
        if !expected.same_as.is_empty() {
            groups
                .entry(expected.same_as.as_str())
                .or_default()
                .insert(engine.clone());
        }
    }
    let mut one_event = Ratio::default();
    for (key, engines) in &groups {
        let merged = engines.len() == 1 && !engines.contains(&None);
        one_event.add(merged);
        if !merged {
            report.misses.push(format!(
                "happening {key} reported as {} engine events",
                engines.len()
            ));
        }
    }
    report
        .rows
        .push(("events found (type and sentence)".into(), found));
    report.rows.push(("events precision".into(), precision));
    report
        .rows
        .push(("found events with the right date".into(), dated));
    report.rows.push((
        "happenings reported twice+ merged into one".into(),
        one_event,
    ));
}
