//! Relations: typed ties between actors that a sentence states, each with
//! every evidence sentence and the dates of that evidence. Direction is kept
//! only where the sentence gives it. Being named in one sentence is kept as a
//! separate, weaker kind (`co_occurs`).
//!
//! Each pattern reads the words between two mentions (and, for a few, the
//! words just before the first): "X, leader of Y", "Y is run by X", "Y's
//! leader X", "Y, part of X", "X-backed Y", "Y, backed by X", "X met Y".

mod around;
mod patterns;

use std::collections::{BTreeMap, HashMap};

use crate::civil::CivilDate;
use crate::model::{ActorKind, Corpus, Mention, Relation, SourceRef};

use super::chain::{after_its_clause, chained, met_together};
use super::names::fold;

use around::words_around;
use patterns::{hostility_between, leader_gap, patterns, resolve, Orient, Resolved};

/// How many following mentions of a sentence a mention co-occurs with.
const CO_OCCURRENCE_REACH: usize = 6;

/// What is known of one relation so far: an evidence text, every evidence
/// sentence, and the first and last dates.
type Evidence = (String, Vec<SourceRef>, Option<CivilDate>, Option<CivilDate>);

/// Nouns that "Its commander" may speak of instead of a group named before
/// them.
const OTHER_HOLDERS: &[&str] = &[
    "base",
    "camp",
    "unit",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "garrison",
    "outpost",
    "ship",
    "vessel",
    "convoy",
    "company",
];

/// Kinds whose direction the text gives.
fn is_directed(kind: &str) -> bool {
    !matches!(kind, "allied_with" | "met" | "co_occurs")
}

/// The end of a "He" or "She" opening `text`, when one does.
fn opening_pronoun(text: &str) -> Option<usize> {
    ["He ", "She "]
        .iter()
        .find(|pronoun| text.starts_with(*pronoun))
        .map(|pronoun| pronoun.len() - 1)
}

/// The person whose "of" phrase holds `group`: Assaad Hardan in "Assaad
/// Hardan of the Syrian Social Nationalist Party". `earlier` are the
/// sentence's mentions before the group.
fn person_of<'a>(
    group: &Mention,
    earlier: &[&'a Mention],
    text: &str,
    kinds: &BTreeMap<&str, ActorKind>,
) -> Option<&'a Mention> {
    // "the Syrian Social Nationalist Party (SSNP)": the name before the
    // bracket is the group's.
    let (group, earlier) = match earlier.split_last() {
        Some((long, rest)) if long.actor == group.actor => (*long, rest),
        _ => (group, earlier),
    };
    let person = earlier.last()?;
    let between = text.get(person.end as usize..group.start as usize)?;
    let is_person = kinds.get(person.actor.as_str()) == Some(&ActorKind::Person);
    (is_person && (between == " of the " || between == " of ")).then_some(*person)
}

/// Finds the relations of every document. Fills `corpus.relations`.
pub fn find_relations(corpus: &mut Corpus) {
    let kinds: BTreeMap<&str, ActorKind> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind))
        .collect();
    // The states of the corpus, by every name they go by.
    let states: HashMap<String, &str> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind == ActorKind::State)
        .flat_map(|actor| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(move |name| (fold(name), actor.id.as_str()))
        })
        .collect();
    let mut found: BTreeMap<(String, String, String), Evidence> = BTreeMap::new();
    for document in &corpus.documents {
        // Mentions and first dates grouped by sentence once, not per sentence.
        let by_sentence = document.mentions_by_sentence();
        let mut first_date: HashMap<&str, CivilDate> = HashMap::new();
        for timex in &document.timexes {
            if let Some(value) = timex.value {
                first_date
                    .entry(timex.sentence.as_str())
                    .or_insert(value.start);
            }
        }
        // The person a sentence opening with "He" or "She" speaks of: the
        // first person named in the last sentence that named one, at most
        // three sentences back. A sentence opening with the pronoun names
        // that person again, so a chain of "He ..." sentences goes on.
        let mut last_person: Option<(usize, String)> = None;
        // The first group the sentence before named, for one that opens
        // with "Its leader".
        let mut previous_group: Option<String> = None;
        for (at, sentence) in document.sentences.iter().enumerate() {
            let named = by_sentence.get(sentence.id.as_str());
            let pronoun = opening_pronoun(&sentence.text).and_then(|end| {
                let (when, actor) = last_person.as_ref()?;
                (at - when <= 3).then(|| Mention {
                    sentence: sentence.id.clone(),
                    start: 0,
                    end: end as u32,
                    actor: actor.clone(),
                })
            });
            let first_person = pronoun
                .as_ref()
                .map(|mention| mention.actor.clone())
                .or_else(|| {
                    named?
                        .iter()
                        .find(|mention| {
                            kinds.get(mention.actor.as_str()) == Some(&ActorKind::Person)
                        })
                        .map(|mention| mention.actor.clone())
                });
            if let Some(person) = first_person {
                last_person = Some((at, person));
            }
            let with_pronoun: Vec<&Mention>;
            let group_before = previous_group.take();
            // Not when a unit or a place of the group's comes after it,
            // which "Its commander" may speak of as well ("M23 fighters
            // overran an army base. Its commander fled").
            previous_group = named.and_then(|named| {
                let group = named
                    .iter()
                    .find(|mention| kinds.get(mention.actor.as_str()) == Some(&ActorKind::Group))?;
                let rest = sentence.text[group.end as usize..].to_lowercase();
                let another = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| OTHER_HOLDERS.contains(&word));
                (!another).then(|| group.actor.clone())
            });
            let mentions = match (&pronoun, named) {
                (Some(pronoun), Some(named)) => {
                    with_pronoun = std::iter::once(pronoun)
                        .chain(named.iter().copied())
                        .collect();
                    &with_pronoun
                }
                (None, Some(named)) => named,
                _ => continue,
            };
            let date = first_date
                .get(sentence.id.as_str())
                .copied()
                .or_else(|| document.date.as_ref().map(|date| date.start));
            let mut add = |source: &str, target: &str, kind: &str| {
                if source == target {
                    return;
                }
                let (source, target) = if is_directed(kind) || source < target {
                    (source, target)
                } else {
                    (target, source)
                };
                let entry = found
                    .entry((source.to_owned(), target.to_owned(), kind.to_owned()))
                    .or_insert_with(|| (sentence.text.clone(), Vec::new(), None, None));
                let evidence = SourceRef {
                    doc: document.id.clone(),
                    sentence: sentence.id.clone(),
                };
                if !entry.1.contains(&evidence) {
                    entry.1.push(evidence);
                }
                if let Some(date) = date {
                    entry.2 = Some(entry.2.map_or(date, |first| first.min(date)));
                    entry.3 = Some(entry.3.map_or(date, |last| last.max(date)));
                }
            };
            for (source, target, kind) in words_around(
                &sentence.text,
                mentions,
                &kinds,
                &states,
                group_before.as_deref(),
            ) {
                add(source, target, kind);
            }
            if mentions.len() < 2 {
                continue;
            }
            let spans: Vec<(usize, usize)> = mentions
                .iter()
                .map(|mention| (mention.start as usize, mention.end as usize))
                .collect();
            let kinds_of: Vec<Option<&ActorKind>> = mentions
                .iter()
                .map(|mention| kinds.get(mention.actor.as_str()))
                .collect();
            for (a, b) in met_together(&sentence.text, &spans, &kinds_of) {
                add(&mentions[a].actor, &mentions[b].actor, "met");
            }
            for (subject, object, kind) in chained(&sentence.text, &spans)
                .into_iter()
                .chain(after_its_clause(&sentence.text, &spans))
            {
                let (subject, object) = (&mentions[subject].actor, &mentions[object].actor);
                match kind {
                    "led_by" => add(object, subject, "leads"),
                    kind => add(subject, object, kind),
                }
            }
            for (index, first) in mentions.iter().enumerate() {
                // Co-occurrence only between near neighbours: a sentence
                // listing hundreds of names must not make every pair a tie.
                for second in mentions[index + 1..].iter().take(CO_OCCURRENCE_REACH) {
                    if first.actor != second.actor {
                        let not_place = |mention: &Mention| {
                            kinds.get(mention.actor.as_str()) != Some(&ActorKind::Place)
                        };
                        // A pronoun ties by what it says, not by being near.
                        let not_pronoun = |mention: &Mention| {
                            pronoun
                                .as_ref()
                                .is_none_or(|pronoun| !std::ptr::eq(pronoun, mention))
                        };
                        if not_place(first) && not_place(second) && not_pronoun(first) {
                            add(&first.actor, &second.actor, "co_occurs");
                        }
                    }
                }
                // Typed patterns: between a mention and the next (or, through
                // a coordination "A and B", the one after).
                let mut subjects = vec![*first];
                for (offset, second) in mentions[index + 1..].iter().enumerate() {
                    let (from, to) = (first.end as usize, second.start as usize);
                    if from > to || to > sentence.text.len() {
                        break;
                    }
                    // An acronym in brackets after a name ("the Rapid
                    // Support Forces (RSF), a group led by") is the name
                    // again: the words go on after the bracket.
                    let opened =
                        |mention: &Mention| sentence.text[..mention.start as usize].ends_with('(');
                    let from = if opened(first) && sentence.text[from..].starts_with(')') {
                        from + 1
                    } else {
                        from
                    };
                    let gap = &sentence.text[from.min(to)..to];
                    // "the leader of the Asa’ib Ahl Al Haq militia, Qais Khazali"
                    let before = sentence.text[..first.start as usize].to_lowercase();
                    let led_before = [
                        "leader of the ",
                        "leader of ",
                        "head of the ",
                        "commander of the ",
                        "founder of the ",
                        "chief of the ",
                    ]
                    .iter()
                    .any(|lead| before.ends_with(lead));
                    let person = kinds.get(second.actor.as_str()) == Some(&ActorKind::Person);
                    if led_before && person && leader_gap().is_match(gap) {
                        add(&second.actor, &first.actor, "leads");
                        break;
                    }
                    if matches!(gap, " and " | " and the ") && hostility_between(&before) {
                        add(&first.actor, &second.actor, "opposes");
                        add(&second.actor, &first.actor, "opposes");
                        break;
                    }
                    if gap == " and " || gap == ", " {
                        subjects.push(second);
                        continue;
                    }
                    let last = subjects.last().copied().unwrap_or(first);
                    let mut last_subject = last.end as usize;
                    if opened(last) && sentence.text[last_subject..].starts_with(')') {
                        last_subject += 1;
                    }
                    let gap = &sentence.text[last_subject.min(to)..to];
                    let kind_of = |mention: &Mention| kinds.get(mention.actor.as_str()).copied();
                    let after = &sentence.text[(second.end as usize).min(sentence.text.len())..];
                    for (regex, kind, orient) in patterns() {
                        if !regex.is_match(gap) {
                            continue;
                        }
                        let named_after = *kind == "named_after";
                        let (kind, orient) =
                            match resolve(kind, *orient, kind_of(first), kind_of(second), after) {
                                Resolved::Use(kind, orient) => (kind, orient),
                                Resolved::Next => continue,
                                Resolved::Stop => break,
                            };
                        // A title or a possessive binds the nearest actor
                        // only: in "the AU and UN Secretary-General Guterres"
                        // he leads the UN alone.
                        let compound = gap.starts_with(['’', '\'', '-'])
                            || gap.trim_start().starts_with(char::is_uppercase);
                        let skip = if compound {
                            subjects.len().saturating_sub(1)
                        } else {
                            0
                        };
                        // "Assaad Hardan of the SSNP, a Hezbollah ally":
                        // what follows the comma describes the person of
                        // the group, not the group.
                        // Only a tie a person has: an ally, a detainee; "X of
                        // the PMF, an Iran-backed group" is the group's.
                        let personal = matches!(kind, "allied_with" | "detained");
                        let of_person = (named_after && personal)
                            .then(|| person_of(first, &mentions[..index], &sentence.text, &kinds))
                            .flatten();
                        let subjects = match of_person {
                            Some(person) => vec![person],
                            None => subjects[skip..].to_vec(),
                        };
                        // "a partner of France and the United States": the
                        // objects coordinated after the first share its tie.
                        let mut objects = vec![*second];
                        for next in &mentions[index + offset + 2..] {
                            let last = objects[objects.len() - 1];
                            let between = sentence
                                .text
                                .get(last.end as usize..next.start as usize)
                                .unwrap_or("");
                            if !matches!(between, " and " | " and the " | ", ") {
                                break;
                            }
                            objects.push(next);
                        }
                        // A list must end with "and": "X, Y" alone is no list.
                        while objects.len() > 1 && {
                            let last = objects[objects.len() - 1];
                            let before_last = objects[objects.len() - 2];
                            !sentence
                                .text
                                .get(before_last.end as usize..last.start as usize)
                                .unwrap_or("")
                                .starts_with(" and")
                        } {
                            objects.pop();
                        }
                        for subject in &subjects {
                            for object in &objects {
                                match orient {
                                    Orient::Forward => add(&subject.actor, &object.actor, kind),
                                    Orient::Backward => add(&object.actor, &subject.actor, kind),
                                }
                            }
                        }
                        break;
                    }
                    break;
                }
            }
        }
    }
    corpus.relations = found
        .into_iter()
        .map(
            |((source, target, kind), (text, evidence, first, last))| Relation {
                directed: is_directed(&kind),
                source,
                target,
                kind,
                first,
                last,
                text,
                evidence,
            },
        )
        .collect();
}
