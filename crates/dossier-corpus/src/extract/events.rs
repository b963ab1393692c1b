//! Events: each sentence that reports a dated happening yields an event with
//! a type aligned with PLOVER (and CAMEO where PLOVER has no category), its
//! actors (who acted on whom, where the sentence says so), its place, its
//! date and how sure the text is of it. One happening reported by several
//! articles becomes one event with several sources.

use std::collections::HashMap;

use crate::model::{ActorKind, Corpus, DateValue, Document, Event, Precision, SourceRef};

use super::actors::tokens::tokenize;

/// One trigger: a word stem, the event type, and its PLOVER category (or
/// CAMEO root name where PLOVER has none).
struct Trigger {
    stem: &'static str,
    kind: &'static str,
    plover: &'static str,
}

/// Trigger stems, matched at the start of a lower-cased word; more specific
/// first. General news English; nothing here names an actor.
const TRIGGERS: &[Trigger] = &[
    Trigger {
        stem: "airstrike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "air strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "air raid",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "drone strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "retaliatory strike",
        kind: "air_strike",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "rocket",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "mortar",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "missile",
        kind: "rocket_fire",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "assassinat",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "killed",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "killing",
        kind: "killing",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "attack",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "assault",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "bombing",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "shelling",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "clash",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "siege",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fought",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "fighting",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "strike",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "coup",
        kind: "attack",
        plover: "ASSAULT",
    },
    Trigger {
        stem: "arrest",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "detain",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "raid",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "captur",
        kind: "arrest",
        plover: "COERCE",
    },
    Trigger {
        stem: "releas",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "freed",
        kind: "release",
        plover: "RETREAT",
    },
    Trigger {
        stem: "threat",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "warn",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "vow",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "ultimatum",
        kind: "threat",
        plover: "THREATEN",
    },
    Trigger {
        stem: "sanction",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "expel",
        kind: "sanction",
        plover: "SANCTION",
    },
    Trigger {
        stem: "protest",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "demonstrat",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "rally",
        kind: "protest",
        plover: "PROTEST",
    },
    Trigger {
        stem: "parade",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "muster",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "deploy",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "mobiliz",
        kind: "mobilization",
        plover: "MOBILIZE",
    },
    Trigger {
        stem: "withdraw",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "pullout",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "pull troops",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "redeployment",
        kind: "withdrawal",
        plover: "RETREAT",
    },
    Trigger {
        stem: "took office",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "inaugurat",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "appoint",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "sworn in",
        kind: "appointment",
        plover: "CONCEDE",
    },
    Trigger {
        stem: "law",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "resolution",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "legislat",
        kind: "legislation",
        plover: "AGREE",
    },
    Trigger {
        stem: "election",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "vote",
        kind: "election",
        plover: "CONSULT",
    },
    Trigger {
        stem: "truce",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "ceasefire",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "agreed",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "agreement",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "deal",
        kind: "agreement",
        plover: "AGREE",
    },
    Trigger {
        stem: "visit",
        kind: "visit",
        plover: "CONSULT",
    },
    Trigger {
        stem: "met ",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "meeting",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "talks",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "dialogue",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "welcome",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "summit",
        kind: "meeting",
        plover: "CONSULT",
    },
    Trigger {
        stem: "interview",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "press conference",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "statement",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "speech",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "announc",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "confirmed",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "condemn",
        kind: "statement",
        plover: "ACCUSE",
    },
    Trigger {
        stem: "denied",
        kind: "statement",
        plover: "REJECT",
    },
    Trigger {
        stem: "said",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
    Trigger {
        stem: "says",
        kind: "statement",
        plover: "MAKE_STATEMENT",
    },
];

/// A trigger found in a sentence.
struct Found {
    at: usize,
    end: usize,
    trigger: &'static Trigger,
}

fn find_triggers(text: &str) -> Vec<Found> {
    let lower = text.to_lowercase();
    let rank = |trigger: &Trigger| {
        TRIGGERS
            .iter()
            .position(|other| std::ptr::eq(other, trigger))
            .unwrap_or(usize::MAX)
    };
    let mut found: Vec<Found> = Vec::new();
    for token in tokenize(&lower) {
        let rest = &lower[token.start..];
        let Some(trigger) = TRIGGERS
            .iter()
            .find(|trigger| rest.starts_with(trigger.stem))
        else {
            continue;
        };
        let end = token.start + trigger.stem.len().min(rest.len());
        match found.last_mut() {
            Some(last) if last.end > token.start => {}
            // Two triggers side by side name one happening: "rocket attack",
            // "mortar shelling". The more specific (listed first) wins.
            Some(last) if side_by_side(&lower[last.end..token.start]) => {
                if rank(trigger) < rank(last.trigger) {
                    last.trigger = trigger;
                }
                last.end = end.max(last.end);
            }
            _ => found.push(Found {
                at: token.start,
                end,
                trigger,
            }),
        }
    }
    found
}

/// True when at most one word (or the rest of the first trigger's word)
/// separates two triggers.
fn side_by_side(gap: &str) -> bool {
    gap.split_whitespace().count() <= 1
        && gap
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// Finds the events of every document and merges those that several
/// articles report. Fills `corpus.events`.
pub fn find_events(corpus: &mut Corpus) {
    let kinds: HashMap<&str, ActorKind> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind))
        .collect();
    let mut events: Vec<Event> = Vec::new();
    for document in &corpus.documents {
        events.extend(document_events(document, &kinds));
    }
    corpus.events = merge_reports(events);
}

fn document_events(document: &Document, kinds: &HashMap<&str, ActorKind>) -> Vec<Event> {
    let mut events = Vec::new();
    for sentence in &document.sentences {
        let dates: Vec<_> = document
            .timexes
            .iter()
            .filter(|timex| timex.sentence == sentence.id && timex.value.is_some())
            .collect();
        if dates.is_empty() {
            continue;
        }
        let triggers = find_triggers(&sentence.text);
        let mentions: Vec<_> = document
            .mentions
            .iter()
            .filter(|mention| mention.sentence == sentence.id)
            .collect();
        let mut used = Vec::new();
        for timex in &dates {
            let Some(value) = timex.value else { continue };
            // The trigger nearest the date expression, not yet used.
            let nearest = triggers
                .iter()
                .enumerate()
                .filter(|(index, _)| !used.contains(index))
                .min_by_key(|(_, found)| {
                    distance(
                        found.at,
                        found.end,
                        timex.start as usize,
                        timex.end as usize,
                    )
                });
            let Some((index, found)) = nearest else {
                continue;
            };
            used.push(index);
            let place = mentions
                .iter()
                .find(|mention| kinds.get(mention.actor.as_str()) == Some(&ActorKind::Place))
                .map(|mention| mention.actor.clone());
            let mut actors: Vec<String> = Vec::new();
            for mention in &mentions {
                if kinds.get(mention.actor.as_str()) != Some(&ActorKind::Place)
                    && !actors.contains(&mention.actor)
                {
                    actors.push(mention.actor.clone());
                }
            }
            let (source_actor, target_actor) = direction(&sentence.text, found, &mentions, kinds);
            events.push(Event {
                id: format!("{}-{}-{}", document.id, sentence.id, events.len() + 1),
                start: value.start,
                end: value.end,
                precision: precision_name(value),
                r#type: found.trigger.kind.to_owned(),
                plover: found.trigger.plover.to_owned(),
                actors,
                source_actor,
                target_actor,
                place,
                date_text: timex.text.clone(),
                inferred: value.inferred,
                modality: modality(&sentence.text).to_owned(),
                doc: document.id.clone(),
                sentence: sentence.id.clone(),
                text: sentence.text.clone(),
                sources: vec![SourceRef {
                    doc: document.id.clone(),
                    sentence: sentence.id.clone(),
                }],
            });
        }
    }
    events
}

fn distance(a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> usize {
    if a_end <= b_start {
        b_start - a_end
    } else {
        a_start.saturating_sub(b_end)
    }
}

fn precision_name(value: DateValue) -> String {
    match value.precision {
        Precision::Day => "day",
        Precision::Days => "days",
        Precision::Week => "week",
        Precision::PartOfMonth => "part_of_month",
        Precision::Month => "month",
        Precision::Season => "season",
        Precision::PartOfYear => "part_of_year",
        Precision::Year => "year",
        Precision::Years => "years",
    }
    .to_owned()
}

/// Who acted and who was acted on, when the sentence says: in the active
/// voice the nearest actor before the trigger acts on the nearest after it;
/// in the passive ("was arrested by") the roles turn round.
fn direction(
    text: &str,
    found: &Found,
    mentions: &[&crate::model::Mention],
    kinds: &HashMap<&str, ActorKind>,
) -> (Option<String>, Option<String>) {
    let actors: Vec<&&crate::model::Mention> = mentions
        .iter()
        .filter(|mention| kinds.get(mention.actor.as_str()) != Some(&ActorKind::Place))
        .collect();
    let before = actors
        .iter()
        .rev()
        .find(|mention| (mention.end as usize) <= found.at)
        .map(|mention| mention.actor.clone());
    let after = actors
        .iter()
        .find(|mention| (mention.start as usize) >= found.end)
        .map(|mention| mention.actor.clone());
    let lead = text[..found.at].to_lowercase();
    let passive = [" was ", " were ", " been ", " being ", " is ", " are "]
        .iter()
        .any(|auxiliary| lead.ends_with(auxiliary));
    if passive {
        let by_agent = text[found.end..].find(" by ").and_then(|at| {
            let from = found.end + at;
            actors
                .iter()
                .find(|mention| mention.start as usize >= from)
                .map(|mention| mention.actor.clone())
        });
        (by_agent, before)
    } else {
        (before, after)
    }
}

/// asserted, planned, hypothetical, claimed or denied.
fn modality(text: &str) -> &'static str {
    let lower = format!(" {} ", text.to_lowercase());
    let any = |cues: &[&str]| cues.iter().any(|cue| lower.contains(cue));
    if any(&[" denied ", " denies ", " deny "]) {
        "denied"
    } else if any(&[" might ", " could ", " would ", " if ", " may "]) {
        "hypothetical"
    } else if any(&[
        " will ",
        " plan ",
        " plans ",
        " planning ",
        " set for ",
        " upcoming ",
        " scheduled ",
        " intend",
    ]) {
        "planned"
    } else if any(&[
        " allegedly ",
        " reportedly ",
        " accused of ",
        " suspected ",
        " claimed ",
        " according to ",
    ]) {
        "claimed"
    } else {
        "asserted"
    }
}

/// Merges events that report one happening: same type, overlapping dates
/// that are at least as precise as a month, and a shared actor or place.
fn merge_reports(events: Vec<Event>) -> Vec<Event> {
    let mut merged: Vec<Event> = Vec::new();
    for event in events {
        let same = merged.iter_mut().find(|other| {
            other.r#type == event.r#type
                && other.doc != event.doc
                && other.start <= event.end
                && event.start <= other.end
                && (other.end.to_days() - other.start.to_days()) <= 31
                && (event.end.to_days() - event.start.to_days()) <= 31
                && (other
                    .actors
                    .iter()
                    .any(|actor| event.actors.contains(actor))
                    || (other.place.is_some() && other.place == event.place))
        });
        match same {
            Some(other) => {
                other.sources.extend(event.sources);
                for actor in event.actors {
                    if !other.actors.contains(&actor) {
                        other.actors.push(actor);
                    }
                }
                // Keep the narrower date.
                if event.end.to_days() - event.start.to_days()
                    < other.end.to_days() - other.start.to_days()
                {
                    other.start = event.start;
                    other.end = event.end;
                    other.precision = event.precision;
                }
            }
            None => merged.push(event),
        }
    }
    merged.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    merged
}
