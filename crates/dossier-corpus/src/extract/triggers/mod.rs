//! Event triggers: the words that report a happening, each with its type
//! and its PLOVER category (or CAMEO root where PLOVER has none), and how to
//! find them in a sentence: whole words with their inflections, the more
//! specific of two side-by-side triggers, and never one that only gives a
//! reason ("suspected of a spate of rocket attacks").

mod senses;
#[cfg(test)]
mod tests;

use super::actors::tokens::tokenize;
pub use super::trigger_words::{Trigger, TRIGGERS};
use senses::{
    describes_a_noun, drop_the_means_of_a_killing, drop_what_statements_name, ends_it,
    met_with_a_reaction, releases_a_document, says_no_happening, welcomes_a_guest, what_is_taken,
};

/// A trigger found in a sentence.
pub struct Found {
    /// Byte offset of the trigger in the sentence.
    pub at: usize,
    /// End byte offset.
    pub end: usize,
    /// The trigger.
    pub trigger: &'static Trigger,
}

/// Every trigger of a sentence, in order, side-by-side ones of one
/// category joined into one.
pub fn find_triggers(text: &str) -> Vec<Found> {
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
            rest.starts_with(trigger.stem)
                && inflection_follows(trigger.stem, &rest[trigger.stem.len()..])
        }) else {
            continue;
        };
        let end = token.start + trigger.stem.len().min(rest.len());
        match found.last_mut() {
            Some(last) if last.end > token.start => {}
            // Two triggers side by side name one happening: "rocket attack",
            // "mortar shelling". The more specific (listed first) wins. Two
            // of different categories name two: "took office vowing to ...".
            Some(last)
                if last.trigger.plover == trigger.plover
                    && side_by_side(&lower[last.end..token.start]) =>
            {
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
    found.retain(|found| {
        !releases_a_document(&lower, found)
            && !met_with_a_reaction(&lower, found)
            && !ends_it(&lower, found)
            && !describes_a_noun(&lower, found)
            && !says_no_happening(&lower, found)
    });
    for found in &mut found {
        welcomes_a_guest(text, found);
    }
    // A place taken, people captured, or nothing.
    found.retain_mut(|found| {
        if found.trigger.kind != "capture" {
            return true;
        }
        match what_is_taken(text, found) {
            Some(trigger) => {
                found.trigger = trigger;
                true
            }
            None => false,
        }
    });
    drop_what_statements_name(&lower, &mut found);
    drop_the_means_of_a_killing(&lower, &mut found);
    found
}

/// True when the words before a trigger make it a reason or a charge, not a
/// happening on the sentence's date: "men suspected of a spate of rocket
/// attacks", "accused of orchestrating previous attacks". A "by" right
/// before the trigger brings the means, which is the happening: in
/// "responded to the arrests by mustering a force" the arrests are the
/// reason, the mustering is news.
pub fn is_background(before: &str) -> bool {
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
    .any(|cue| {
        // "responded to the arrests by mustering": the trigger right after
        // "by" is the means, the happening; "backed by Tehran to carry out
        // attacks" stays background.
        tail.rfind(cue)
            .is_some_and(|at| !tail[at + cue.len()..].trim_end().ends_with(" by"))
    }) || described_by_it(&tail)
}

/// True when the trigger only describes people ("those arrested", "those
/// firing rockets") or names a past state ("within days of being
/// arrested"): the happening is told elsewhere.
fn described_by_it(tail: &str) -> bool {
    tail.ends_with(" those") || tail == "those" || tail.ends_with(" of being")
}

/// Stems matched as whole words only: "met" (not "metal"), "quit" (not
/// "quite"; "quits" and "quitting" are missed).
const WHOLE_WORDS: &[&str] = &["met", "quit"];

/// What may follow a trigger's stem within its word: an inflection, not
/// another word ("law" is not "lawmakers", "coup" is not "couple"). A final
/// consonant may double before it ("expelled", "shelling"); a whole word
/// takes nothing.
fn inflection_follows(stem: &str, rest: &str) -> bool {
    if WHOLE_WORDS.contains(&stem) {
        return !rest.starts_with(char::is_alphanumeric);
    }
    let doubled = stem
        .chars()
        .last()
        .filter(|last| last.is_alphabetic() && !"aeiouy".contains(*last))
        .and_then(|last| rest.strip_prefix(last))
        .filter(|after| ["ed", "ing"].iter().any(|ending| after.starts_with(ending)));
    if let Some(after) = doubled {
        let ending: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        return ending == "ed" || ending == "ing";
    }
    inflection_after(rest)
}

fn inflection_after(rest: &str) -> bool {
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
