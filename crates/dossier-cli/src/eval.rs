//! `dossier eval DIR GOLD`: the engine measured against a gold annotation
//! written by people (format: `tests/gold/FORMAT.md`).
//!
//! - Actors: a gold actor is found when an engine actor was seen under one of
//!   its forms, and correctly merged when exactly one engine actor holds all
//!   of its forms the engine saw; a wrong merge is an engine actor holding
//!   forms of two gold actors. Precision counts engine actors mentioned twice
//!   or more that match a gold actor.
//! - Dates: a gold expression is found when an engine expression overlaps it
//!   in the same document; its value is right when the ranges are equal (for
//!   gold "unresolved", when the engine left it unresolved too).
//! - Events: a gold event is found when an engine event of the same type
//!   cites a sentence holding the gold fragment; its date is right when the
//!   ranges overlap.
//! - Relations: same kind and same pair (in order, for directed kinds).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dossier_corpus::extract::names::fold;
use dossier_corpus::{CivilDate, Corpus};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Gold {
    #[serde(default)]
    document: Vec<GoldDocument>,
    #[serde(default)]
    actor: Vec<GoldActor>,
    #[serde(default)]
    date: Vec<GoldDate>,
    #[serde(default)]
    event: Vec<GoldEvent>,
    #[serde(default)]
    relation: Vec<GoldRelation>,
}

#[derive(Debug, Deserialize)]
struct GoldDocument {
    doc: String,
    start: String,
    end: String,
}

#[derive(Debug, Deserialize)]
struct GoldActor {
    name: String,
    forms: Vec<String>,
    mentions: u32,
}

#[derive(Debug, Deserialize)]
struct GoldDate {
    doc: String,
    text: String,
    start: Option<String>,
    end: Option<String>,
    kind: String,
}

#[derive(Debug, Deserialize)]
struct GoldEvent {
    doc: String,
    sentence: String,
    r#type: String,
    start: Option<String>,
    end: Option<String>,
    #[serde(default)]
    same_as: String,
}

#[derive(Debug, Deserialize)]
struct GoldRelation {
    source: String,
    target: String,
    kind: String,
}

/// One measured figure: what was right out of how many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub right: usize,
    pub total: usize,
}

impl Ratio {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = if self.total == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        };
        write!(f, "{:5.1}% ({}/{})", percent, self.right, self.total)
    }
}

/// Every figure of one evaluation, in print order.
#[derive(Debug, Default)]
pub struct Report {
    pub rows: Vec<(String, Ratio)>,
    pub misses: Vec<String>,
}

pub fn parse_gold(text: &str) -> Result<Gold, String> {
    toml::from_str(text).map_err(|error| format!("gold file: {error}"))
}

pub fn evaluate(corpus: &Corpus, gold: &Gold) -> Report {
    let mut report = Report::default();
    let actor_of_name = evaluate_actors(corpus, gold, &mut report);
    evaluate_document_dates(corpus, gold, &mut report);
    evaluate_dates(corpus, gold, &mut report);
    evaluate_events(corpus, gold, &mut report);
    evaluate_relations(corpus, gold, &actor_of_name, &mut report);
    report
}

/// Actors; returns gold name → engine actor id, for relations.
fn evaluate_actors(corpus: &Corpus, gold: &Gold, report: &mut Report) -> HashMap<String, String> {
    // Engine actor of each folded surface form.
    let mut holder: HashMap<String, BTreeSet<String>> = HashMap::new();
    for actor in &corpus.actors {
        for alias in &actor.aliases {
            holder
                .entry(fold(alias))
                .or_default()
                .insert(actor.id.clone());
        }
    }
    let mut found = Ratio::default();
    let mut merged = Ratio::default();
    let mut forms = Ratio::default();
    let mut actor_of_name = HashMap::new();
    let mut gold_of_engine: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for actor in &gold.actor {
        let engines: BTreeSet<String> = actor
            .forms
            .iter()
            .filter_map(|form| holder.get(&fold(form)))
            .flatten()
            .cloned()
            .collect();
        for engine in &engines {
            gold_of_engine
                .entry(engine.clone())
                .or_default()
                .insert(actor.name.clone());
        }
        if let Some(first) = engines.iter().next() {
            actor_of_name.insert(actor.name.clone(), first.clone());
        }
        if actor.mentions >= 2 {
            found.add(!engines.is_empty());
            merged.add(engines.len() == 1);
            if engines.is_empty() {
                report.misses.push(format!(
                    "actor not found: {} ({} mentions)",
                    actor.name, actor.mentions
                ));
            } else if engines.len() > 1 {
                report
                    .misses
                    .push(format!("actor split: {} into {:?}", actor.name, engines));
            }
            for form in &actor.forms {
                forms.add(
                    holder
                        .get(&fold(form))
                        .is_some_and(|held| held.len() == 1 && engines.len() == 1),
                );
            }
        }
    }
    let mut wrong = Ratio::default();
    for (engine, golds) in &gold_of_engine {
        wrong.add(golds.len() > 1);
        if golds.len() > 1 {
            report
                .misses
                .push(format!("wrong merge: {engine} holds {golds:?}"));
        }
    }
    let gold_forms: BTreeSet<String> = gold
        .actor
        .iter()
        .flat_map(|actor| actor.forms.iter().map(|form| fold(form)))
        .collect();
    let mut precision = Ratio::default();
    for actor in corpus.actors.iter().filter(|actor| actor.mentions >= 2) {
        let hit = actor
            .aliases
            .iter()
            .any(|alias| gold_forms.contains(&fold(alias)));
        precision.add(hit);
        if !hit {
            report.misses.push(format!(
                "actor not in gold: {} {:?}",
                actor.name, actor.aliases
            ));
        }
    }
    report
        .rows
        .push(("actors (2+ mentions) found".into(), found));
    report
        .rows
        .push(("actors (2+ mentions) merged into one".into(), merged));
    report
        .rows
        .push(("actor forms on the right actor".into(), forms));
    report
        .rows
        .push(("actors (2+ mentions) precision".into(), precision));
    report.rows.push((
        "engine actors holding 2+ gold actors (wrong merges)".into(),
        wrong,
    ));
    actor_of_name
}

fn date(text: &Option<String>) -> Option<CivilDate> {
    text.as_deref().and_then(CivilDate::parse_iso)
}

fn evaluate_document_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let mut overlap = Ratio::default();
    for expected in &gold.document {
        let (Some(start), Some(end)) = (
            CivilDate::parse_iso(&expected.start),
            CivilDate::parse_iso(&expected.end),
        ) else {
            continue;
        };
        let found = corpus
            .document(&expected.doc)
            .and_then(|document| document.date.as_ref());
        let hit = found.is_some_and(|found| found.start <= end && start <= found.end);
        overlap.add(hit);
        if !hit {
            report.misses.push(format!(
                "document date: {} is {}..{}, engine {:?}",
                expected.doc,
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

fn evaluate_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
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

fn evaluate_events(corpus: &Corpus, gold: &Gold, report: &mut Report) {
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
        precision.add(used.iter().any(|(id, _, _)| id == &event.id));
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

fn evaluate_relations(
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
        if let Some(index) = hit {
            hits.insert(index);
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
