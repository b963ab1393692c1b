//! Article dates and temporal expressions.

use std::collections::BTreeSet;

use dossier_corpus::Corpus;

use super::{date, document_dates, Gold, Ratio, Report};

pub(super) fn evaluate_document_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let mut overlap = Ratio::default();
    for (doc, (start, end)) in document_dates(gold) {
        let found = corpus
            .document(&doc)
            .and_then(|document| document.date.as_ref());
        let hit = found.is_some_and(|found| found.start <= end && start <= found.end);
        overlap.add(hit);
        if !hit {
            report.misses.push(format!(
                "document date: {} is {}..{}, engine {:?}",
                doc,
                start,
                end,
                found.map(|f| (f.start.to_string(), f.end.to_string()))
            ));
        }
    }
    report
        .rows
        .push(("document dates overlapping the truth".into(), overlap));
}

pub(super) fn evaluate_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let mut found = Ratio::default();
    let mut explicit = Ratio::default();
    let mut relative = Ratio::default();
    let mut matched: BTreeSet<(String, String, u32)> = BTreeSet::new();
    for expected in &gold.date {
        let Some(document) = corpus.document(&expected.doc) else {
            continue;
        };
        // A dateline is the document's date, not a sentence's expression.
        if document.dateline.as_deref() == Some(expected.text.as_str()) {
            let right = document.date.as_ref().is_some_and(|found| {
                Some(found.start) == date(&expected.start) && Some(found.end) == date(&expected.end)
            });
            found.add(true);
            if expected.kind == "explicit" {
                explicit.add(right)
            } else {
                relative.add(right)
            }
            continue;
        }
        let candidates: Vec<_> = document
            .timexes
            .iter()
            .filter(|timex| {
                timex.text.contains(&expected.text) || expected.text.contains(&timex.text)
            })
            .filter(|timex| {
                !matched.contains(&(document.id.clone(), timex.sentence.clone(), timex.start))
            })
            .collect();
        let (want_start, want_end) = (date(&expected.start), date(&expected.end));
        let right = |timex: &&dossier_corpus::Timex| match (timex.value, want_start, want_end) {
            (None, None, None) => true,
            (Some(value), Some(start), Some(end)) => value.start == start && value.end == end,
            _ => false,
        };
        let chosen = candidates
            .iter()
            .find(|timex| right(timex))
            .or(candidates.first())
            .copied();
        found.add(chosen.is_some());
        let is_right = chosen.is_some_and(|timex| right(&timex));
        if let Some(timex) = chosen {
            matched.insert((document.id.clone(), timex.sentence.clone(), timex.start));
        }
        if expected.kind == "explicit" {
            explicit.add(is_right)
        } else {
            relative.add(is_right)
        }
        if !is_right {
            let got = chosen.map(|timex| {
                timex
                    .value
                    .map(|v| format!("{}..{}", v.start, v.end))
                    .unwrap_or_else(|| "unresolved".into())
            });
            report.misses.push(format!(
                "date {} “{}”: want {:?}..{:?}, got {:?}",
                &expected.doc[..3.min(expected.doc.len())],
                expected.text,
                expected.start,
                expected.end,
                got
            ));
        }
    }
    let total: usize = corpus
        .documents
        .iter()
        .map(|document| document.timexes.len())
        .sum();
    report
        .rows
        .push(("temporal expressions found".into(), found));
    report.rows.push((
        "temporal expressions precision".into(),
        Ratio {
            right: matched.len(),
            total,
        },
    ));
    report.rows.push(("explicit dates exact".into(), explicit));
    report.rows.push(("relative dates right".into(), relative));
}
