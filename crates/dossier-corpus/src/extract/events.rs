//! Events: each sentence that reports a dated happening yields an event with
//! a type aligned with PLOVER (and CAMEO where PLOVER has no category), its
//! actors (who acted on whom, where the sentence says so), its place, its
//! date and how sure the text is of it. One happening reported by several
//! articles becomes one event with several sources.

use std::collections::HashMap;

use crate::model::{
    ActorKind, Corpus, DateValue, Document, Event, Mention, Precision, Sentence, SourceRef, Timex,
};

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
    // ASCII lower case keeps every byte where it was: offsets found here are
    // used on the original sentence.
    let lower = text.to_ascii_lowercase();
    let rank = |trigger: &Trigger| {
        TRIGGERS
            .iter()
            .position(|other| std::ptr::eq(other, trigger))
            .unwrap_or(usize::MAX)
    };
    let mut found: Vec<Found> = Vec::new();
    for token in tokenize(&lower) {
        let rest = &lower[token.start..];
        let Some(trigger) = TRIGGERS.iter().find(|trigger| {
            rest.starts_with(trigger.stem) && inflection_follows(&rest[trigger.stem.len()..])
        }) else {
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

/// True when the words before a trigger make it a reason or a charge, not a
/// happening on the sentence's date: "men suspected of a spate of rocket
/// attacks", "accused of orchestrating previous attacks".
fn is_background(before: &str) -> bool {
    let before = before.to_lowercase();
    let tail: String = before
        .split_whitespace()
        .rev()
        .take(5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    [
        "suspected of",
        "accused of",
        "blamed for",
        "responsible for",
        "in response to",
        "responded to",
        "behind",
        "charged with",
        "convicted of",
    ]
    .iter()
    .any(|cue| tail.contains(cue))
}

/// What may follow a trigger's stem within its word: an inflection, not
/// another word ("law" is not "lawmakers", "coup" is not "couple").
fn inflection_follows(rest: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "", "s", "es", "ed", "d", "ing", "ion", "ions", "ation", "ations", "e", "ement", "ements",
        "ment", "ments", "ened", "ening", "ens", "al", "als", "n", "ive", "ors", "or", "ies", "y",
    ];
    let ending: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    ENDINGS.contains(&ending.as_str())
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
    let places: HashMap<&str, [f64; 2]> = corpus
        .actors
        .iter()
        .filter_map(|actor| actor.coordinates.map(|at| (actor.id.as_str(), at)))
        .collect();
    corpus.events = merge_reports(events, &places);
}

fn document_events(document: &Document, kinds: &HashMap<&str, ActorKind>) -> Vec<Event> {
    // Which paragraph (or caption) each sentence belongs to: a date carries
    // to the next sentence only inside one paragraph.
    let mut block_of: HashMap<&str, usize> = HashMap::new();
    let blocks = document
        .paragraphs
        .iter()
        .map(|p| &p.sentences)
        .chain(document.captions.iter().map(|c| &c.sentences));
    for (index, ids) in blocks.enumerate() {
        for id in ids {
            block_of.insert(id.as_str(), index);
        }
    }
    // Dates and mentions grouped by sentence once, not searched per sentence.
    let mut timexes_of: HashMap<&str, Vec<&Timex>> = HashMap::new();
    for timex in document
        .timexes
        .iter()
        .filter(|timex| timex.value.is_some())
    {
        timexes_of
            .entry(timex.sentence.as_str())
            .or_default()
            .push(timex);
    }
    let mut mentions_of: HashMap<&str, Vec<&Mention>> = HashMap::new();
    for mention in &document.mentions {
        mentions_of
            .entry(mention.sentence.as_str())
            .or_default()
            .push(mention);
    }
    let mut events = Vec::new();
    let mut previous: Option<(Option<usize>, &Timex)> = None;
    for sentence in &document.sentences {
        let block = block_of.get(sentence.id.as_str()).copied();
        let dates: Vec<&Timex> = timexes_of
            .get(sentence.id.as_str())
            .cloned()
            .unwrap_or_default();
        // A sentence with no date of its own that goes on from a dated one
        // ("The raid targeted the headquarters ...") takes that date.
        let carried = if dates.is_empty() {
            previous
                .filter(|(at, _)| *at == block)
                .map(|(_, timex)| timex)
        } else {
            None
        };
        let triggers = find_triggers(&sentence.text);
        let mentions: Vec<&Mention> = mentions_of
            .get(sentence.id.as_str())
            .cloned()
            .unwrap_or_default();
        let mut types_here: Vec<&str> = Vec::new();
        for found in triggers
            .iter()
            .filter(|found| !is_background(&sentence.text[..found.at]))
        {
            let nearest = dates.iter().copied().min_by_key(|timex| {
                distance(
                    found.at,
                    found.end,
                    timex.start as usize,
                    timex.end as usize,
                )
            });
            // Statements are dated only by their own sentence: a quotation
            // does not inherit the date of the sentence before it.
            let timex = nearest.or(carried.filter(|_| found.trigger.kind != "statement"));
            let (Some(timex), false) = (timex, types_here.contains(&found.trigger.kind)) else {
                continue;
            };
            let Some(value) = timex.value else { continue };
            types_here.push(found.trigger.kind);
            events.push(make_event(
                document,
                sentence,
                found,
                timex,
                value,
                nearest.is_none(),
                &mentions,
                kinds,
                events.len() + 1,
            ));
        }
        previous = dates.last().map(|timex| (block, *timex));
    }
    events
}

/// One event from a trigger and the date that dates it.
#[allow(clippy::too_many_arguments)]
fn make_event(
    document: &Document,
    sentence: &Sentence,
    found: &Found,
    timex: &Timex,
    value: DateValue,
    carried: bool,
    mentions: &[&Mention],
    kinds: &HashMap<&str, ActorKind>,
    number: usize,
) -> Event {
    let place = mentions
        .iter()
        .find(|mention| kinds.get(mention.actor.as_str()) == Some(&ActorKind::Place))
        .map(|mention| mention.actor.clone());
    // Places are actors too (the map shows them); `place` names the first.
    let mut actors: Vec<String> = Vec::new();
    for mention in mentions {
        if !actors.contains(&mention.actor) {
            actors.push(mention.actor.clone());
        }
    }
    let (source_actor, target_actor) = direction(&sentence.text, found, mentions, kinds);
    Event {
        id: format!("{}-{}-{}", document.id, sentence.id, number),
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
        inferred: value.inferred || carried,
        modality: modality(&sentence.text).to_owned(),
        doc: document.id.clone(),
        sentence: sentence.id.clone(),
        text: sentence.text.clone(),
        sources: vec![SourceRef {
            doc: document.id.clone(),
            sentence: sentence.id.clone(),
        }],
    }
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
    let actors: Vec<&&Mention> = mentions
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
    // Modal verbs are read in their own case: "a May 14 interview" is a date.
    let modal = [" might ", " could ", " would ", " may "]
        .iter()
        .any(|cue| format!(" {text} ").contains(cue));
    if any(&[" denied ", " denies ", " deny "]) {
        "denied"
    } else if modal || any(&[" if "]) {
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

/// Merges events that report one happening: the same type, on the same
/// day, or in overlapping date ranges no longer than a month with an actor or
/// place in common; never when both name located places far apart.
fn merge_reports(events: Vec<Event>, places: &HashMap<&str, [f64; 2]>) -> Vec<Event> {
    let located = |event: &Event| -> Vec<[f64; 2]> {
        event
            .actors
            .iter()
            .filter_map(|actor| places.get(actor.as_str()).copied())
            .collect()
    };
    let far_apart = |a: &Event, b: &Event| {
        let (here, there) = (located(a), located(b));
        !here.is_empty()
            && !there.is_empty()
            && here.iter().all(|x| {
                there
                    .iter()
                    .all(|y| (x[0] - y[0]).abs() + (x[1] - y[1]).abs() > 0.5)
            })
    };
    // Candidates are found through an index of (type, start day), looking
    // a month either side: merging stays near-linear at tens of thousands
    // of events.
    let mut merged: Vec<Event> = Vec::new();
    let mut by_start: HashMap<(String, i64), Vec<usize>> = HashMap::new();
    for event in events {
        let day = event.start.to_days();
        let candidates = (day - 31..=day + 31).flat_map(|near| {
            by_start
                .get(&(event.r#type.clone(), near))
                .into_iter()
                .flatten()
                .copied()
        });
        let same = candidates
            .filter(|&index| {
                let other = &merged[index];
                let same_day = other.start == other.end
                    && event.start == event.end
                    && other.start == event.start;
                let overlapping = other.start <= event.end
                    && event.start <= other.end
                    && (other.end.to_days() - other.start.to_days()) <= 31
                    && (event.end.to_days() - event.start.to_days()) <= 31
                    && other
                        .actors
                        .iter()
                        .any(|actor| event.actors.contains(actor));
                // Within one article only the same day merges: "three separate
                // attacks" in one month are three.
                let across = other.doc != event.doc;
                same_day || (across && overlapping)
            })
            .find(|&index| !far_apart(&merged[index], &event));
        match same {
            Some(index) => {
                let other = &mut merged[index];
                other.sources.extend(event.sources);
                for actor in event.actors {
                    if !other.actors.contains(&actor) {
                        other.actors.push(actor);
                    }
                }
                // Keep the narrower date (the index keeps the first start).
                if event.end.to_days() - event.start.to_days()
                    < other.end.to_days() - other.start.to_days()
                {
                    other.start = event.start;
                    other.end = event.end;
                    other.precision = event.precision;
                }
            }
            None => {
                by_start
                    .entry((event.r#type.clone(), day))
                    .or_default()
                    .push(merged.len());
                merged.push(event);
            }
        }
    }
    merged.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    merged
}
