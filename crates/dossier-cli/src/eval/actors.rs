//! Actors, mention by mention, against the gold forms.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dossier_corpus::Corpus;

use super::{Gold, Ratio, Report};

/// Actors, mention by mention; returns gold name → engine actor id, for
/// relations.
///
/// Each engine mention is given to the gold actor whose form, occurring in
/// the sentence at word boundaries, overlaps it; the longest such form wins,
/// so "al-Sistani’s Hashd" outweighs "Hashd" and "PMF of Shrines" outweighs
/// "PMF". A mention no form overlaps is one the gold does not count.
pub(super) fn evaluate_actors(
    corpus: &Corpus,
    gold: &Gold,
    report: &mut Report,
) -> HashMap<String, String> {
    // Per gold actor: how many of its mentions each engine actor holds.
    let mut held: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); gold.actor.len()];
    let mut ambiguous = 0usize;
    for document in &corpus.documents {
        for mention in &document.mentions {
            let Some(sentence) = document.sentence(&mention.sentence) else {
                continue;
            };
            match gold_actor_of(
                gold,
                &sentence.text,
                mention.start as usize,
                mention.end as usize,
            ) {
                Owner::One(index) => {
                    *held[index].entry(mention.actor.clone()).or_default() += 1;
                }
                Owner::Tied => ambiguous += 1,
                Owner::None => {}
            }
        }
    }
    let majority = |counts: &BTreeMap<String, usize>| {
        counts
            .iter()
            .max_by_key(|(id, count)| (**count, std::cmp::Reverse((*id).clone())))
            .map(|(id, _)| id.clone())
    };
    let mut found = Ratio::default();
    let mut merged = Ratio::default();
    let mut on_right = Ratio::default();
    let mut mentions_found = Ratio::default();
    let mut kinds = Ratio::default();
    let kind_of: HashMap<&str, &str> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind.as_str()))
        .collect();
    let mut actor_of_name = HashMap::new();
    let mut gold_of_engine: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (actor, counts) in gold.actor.iter().zip(&held) {
        for engine in counts.keys() {
            gold_of_engine
                .entry(engine.as_str())
                .or_default()
                .insert(actor.name.as_str());
        }
        let main = majority(counts);
        if let Some(main) = &main {
            actor_of_name.insert(actor.name.clone(), main.clone());
        }
        if actor.mentions < 2 {
            continue;
        }
        found.add(!counts.is_empty());
        merged.add(counts.len() == 1);
        if let Some(main) = &main {
            let kind = kind_of.get(main.as_str()).copied().unwrap_or_default();
            // A government body is a state to the engine, a group or a
            // state to a reader: either is right.
            let right = kind == actor.kind || (kind == "state" && actor.kind == "group");
            kinds.add(right);
            if !right {
                report.misses.push(format!(
                    "actor kind: {} is a {}, engine {kind}",
                    actor.name, actor.kind
                ));
            }
        }
        let total: usize = counts.values().sum();
        let on_main = main.as_ref().map_or(0, |main| counts[main]);
        on_right.right += on_main;
        on_right.total += total;
        mentions_found.right += total.min(actor.mentions as usize);
        mentions_found.total += actor.mentions as usize;
        if counts.is_empty() {
            report.misses.push(format!(
                "actor not found: {} ({} mentions)",
                actor.name, actor.mentions
            ));
        } else if counts.len() > 1 {
            report
                .misses
                .push(format!("actor split: {} into {counts:?}", actor.name));
        }
        if total < actor.mentions as usize {
            report.misses.push(format!(
                "actor mentions missed: {} has {total} of {}",
                actor.name, actor.mentions
            ));
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
    let mut precision = Ratio::default();
    for actor in corpus.actors.iter().filter(|actor| actor.mentions >= 2) {
        let hit = gold_of_engine.contains_key(actor.id.as_str());
        precision.add(hit);
        if !hit {
            report.misses.push(format!(
                "actor not in gold: {} {:?}",
                actor.name, actor.aliases
            ));
        }
    }
    if ambiguous > 0 {
        report.misses.push(format!(
            "{ambiguous} engine mentions overlap forms of two gold actors equally"
        ));
    }
    let rows = [
        ("actors (2+ mentions) found", found),
        ("actors (2+ mentions) merged into one", merged),
        ("actor mentions found (2+ mentions)", mentions_found),
        (
            "actor mentions on their actor's main engine actor",
            on_right,
        ),
        ("found actors (2+ mentions) of the right kind", kinds),
        ("actors (2+ mentions) precision", precision),
        ("engine actors holding 2+ gold actors (wrong merges)", wrong),
    ];
    report.rows.extend(
        rows.into_iter()
            .map(|(name, ratio)| (name.to_owned(), ratio)),
    );
    actor_of_name
}

/// Which gold actor an engine mention at `start..end` of `sentence` names.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Owner {
    One(usize),
    /// Forms of two gold actors, of one length, overlap it.
    Tied,
    None,
}

pub(super) fn gold_actor_of(gold: &Gold, sentence: &str, start: usize, end: usize) -> Owner {
    let mut best: Option<(usize, usize)> = None; // (form length, gold actor)
    let mut tied = false;
    for (index, actor) in gold.actor.iter().enumerate() {
        for form in &actor.forms {
            let head = head_of(form);
            let overlaps = word_occurrences(sentence, form)
                .any(|at| at + head.start < end && start < at + head.end);
            if !overlaps {
                continue;
            }
            match best {
                Some((length, owner)) if length == form.len() && owner != index => tied = true,
                Some((length, _)) if length >= form.len() => {}
                _ => {
                    best = Some((form.len(), index));
                    tied = false;
                }
            }
        }
    }
    match best {
        Some(_) if tied => Owner::Tied,
        Some((_, index)) => Owner::One(index),
        None => Owner::None,
    }
}

/// The part of a multiword name that names its actor: "Hashd" in
/// "al-Sistani’s Hashd", "PMF" in "PMF of Najaf and Karbala", "US Embassy" in
/// "US Embassy in Baghdad". A mention of the rest ("al-Sistani", "Najaf",
/// "Baghdad") names another actor nested in it.
pub(super) fn head_of(form: &str) -> std::ops::Range<usize> {
    for possessive in ["’s ", "'s "] {
        if let Some(at) = form.rfind(possessive) {
            return at + possessive.len()..form.len();
        }
    }
    for joint in [" of ", " in "] {
        if let Some(at) = form.find(joint) {
            return 0..at;
        }
    }
    0..form.len()
}

/// Byte offsets where `form` occurs in `text` as whole words.
fn word_occurrences<'a>(text: &'a str, form: &'a str) -> impl Iterator<Item = usize> + 'a {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(form)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !form.is_empty()
                && !word(text[..at].chars().next_back())
                && !word(text[at + form.len()..].chars().next())
        })
}
