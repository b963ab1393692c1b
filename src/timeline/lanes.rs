//! Lanes of the timeline: by actor (the most mentioned first), by event
//! type or by source document. An event with several actors sits in each of
//! their lanes.

use std::collections::HashMap;

use dossier_corpus::Corpus;

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LaneMode {
    /// One lane per actor.
    #[default]
    Actor,
    /// One lane per event type.
    Type,
    /// One lane per source document.
    Document,
}

impl LaneMode {
    /// The URL value.
    pub fn key(self) -> &'static str {
        match self {
            LaneMode::Actor => "actor",
            LaneMode::Type => "type",
            LaneMode::Document => "doc",
        }
    }

    /// Parses a URL value.
    pub fn from_key(key: &str) -> Option<LaneMode> {
        match key {
            "actor" => Some(LaneMode::Actor),
            "type" => Some(LaneMode::Type),
            "doc" => Some(LaneMode::Document),
            _ => None,
        }
    }
}

/// One lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// What it groups by (actor id, type, document id; "" for the rest).
    pub key: String,
    /// Its label.
    pub label: String,
    /// Indices of its events in `corpus.events`.
    pub events: Vec<usize>,
}

/// The lanes for `events` (indices into `corpus.events`), at most
/// `max_lanes` of them; events that fit no lane shown go to a last lane.
pub fn lanes(corpus: &Corpus, events: &[usize], mode: LaneMode, max_lanes: usize) -> Vec<Lane> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for &index in events {
        let Some(event) = corpus.events.get(index) else {
            continue;
        };
        match mode {
            LaneMode::Actor => event
                .actors
                .iter()
                .for_each(|actor| by_key.entry(actor.clone()).or_default().push(index)),
            LaneMode::Type => by_key.entry(event.r#type.clone()).or_default().push(index),
            LaneMode::Document => event.sources.iter().for_each(|source| {
                let lane = by_key.entry(source.doc.clone()).or_default();
                if !lane.contains(&index) {
                    lane.push(index);
                }
            }),
        }
    }
    let mut keys: Vec<(String, usize)> = by_key
        .iter()
        .map(|(key, lane)| (key.clone(), lane.len()))
        .collect();
    match mode {
        LaneMode::Actor => {
            let mentions: HashMap<&str, u32> = corpus
                .actors
                .iter()
                .map(|actor| (actor.id.as_str(), actor.mentions))
                .collect();
            keys.sort_by(|a, b| {
                mentions
                    .get(b.0.as_str())
                    .cmp(&mentions.get(a.0.as_str()))
                    .then_with(|| b.1.cmp(&a.1))
                    .then_with(|| a.0.cmp(&b.0))
            });
        }
        LaneMode::Type => keys.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
        LaneMode::Document => {
            let order: HashMap<&str, (Option<i64>, &str)> = corpus
                .documents
                .iter()
                .map(|document| {
                    (
                        document.id.as_str(),
                        (
                            document.date.as_ref().map(|date| date.start.to_days()),
                            document.id.as_str(),
                        ),
                    )
                })
                .collect();
            keys.sort_by(|a, b| order.get(a.0.as_str()).cmp(&order.get(b.0.as_str())));
        }
    }
    let label = |key: &str| -> String {
        match mode {
            LaneMode::Actor => corpus
                .actors
                .iter()
                .find(|actor| actor.id == key)
                .map_or(key.to_owned(), |actor| actor.name.clone()),
            LaneMode::Type => key.replace('_', " "),
            LaneMode::Document => corpus
                .document(key)
                .map_or(key.to_owned(), |document| document.title.clone()),
        }
    };
    let mut out: Vec<Lane> = keys
        .iter()
        .take(max_lanes)
        .map(|(key, _)| Lane {
            key: key.clone(),
            label: label(key),
            events: by_key.get(key).cloned().unwrap_or_default(),
        })
        .collect();
    let shown: std::collections::HashSet<usize> = out
        .iter()
        .flat_map(|lane| lane.events.iter().copied())
        .collect();
    let mut rest: Vec<usize> = events
        .iter()
        .copied()
        .filter(|index| !shown.contains(index))
        .collect();
    rest.dedup();
    if !rest.is_empty() {
        let label = match mode {
            LaneMode::Actor if out.is_empty() => "No named actor",
            _ => "Others",
        };
        out.push(Lane {
            key: String::new(),
            label: label.to_owned(),
            events: rest,
        });
    }
    out
}
