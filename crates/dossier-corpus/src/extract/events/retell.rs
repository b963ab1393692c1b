//! Reports that re-tell a happening the article dated before: a response
//! takes the date of what it answers, and a happening that comes once to a
//! person ("took office") is the one told earlier.

use std::collections::HashMap;

use crate::model::{ActorKind, DateValue, Mention, Timex};

use super::roles::direction;
use crate::extract::triggers::Found;

/// An event told earlier in the article, as later reports may re-tell it.
#[derive(Clone)]
pub(super) struct Told<'a> {
    pub(super) kind: &'static str,
    pub(super) timex: &'a Timex,
    pub(super) value: DateValue,
    pub(super) actors: Vec<String>,
    /// Who it was done to, when the sentence says.
    pub(super) target: Option<String>,
    /// The index of its sentence in the article, and of its paragraph.
    pub(super) sentence: usize,
    pub(super) block: Option<usize>,
}

/// How many sentences back a definite description ("The raid targeted
/// ...") looks for the happening it names.
const REFERS_BACK: usize = 3;

/// Happenings that come once to a person: a second report of one, naming
/// the same person, re-tells the first.
const ONCE_A_PERSON: &[&str] = &["appointment", "killing"];

/// The earlier event an undated report `found` (in the article's sentence
/// number `sentence`) re-tells: the happening it answers ("responded to
/// the arrests by mustering"), the one a sentence opening with its
/// definite description goes on about ("The raid targeted the
/// headquarters ...", a sentence or two after the arrests), or the one of
/// its type that comes once to a person both name ("took office": the
/// inauguration).
pub(super) fn retold<'a>(
    text: &str,
    (sentence, block): (usize, Option<usize>),
    triggers: &[Found],
    found: &Found,
    mentions: &[&Mention],
    kinds: &HashMap<&str, ActorKind>,
    dated: &[Told<'a>],
) -> Option<Told<'a>> {
    if let Some(kind) = answered_kind(text, triggers, found) {
        return dated.iter().rev().find(|told| told.kind == kind).cloned();
    }
    if opens_with_its_description(text, found) {
        // In its paragraph, told as past and not denied ("The arrest ...
        // has not happened").
        let told_so = crate::extract::modality::tells_the_past(text) && !denies(text);
        return dated
            .iter()
            .rev()
            .take_while(|told| told.sentence + REFERS_BACK >= sentence)
            .filter(|told| told_so && told.block == block)
            .find(|told| told.kind == found.trigger.kind)
            .cloned();
    }
    if !ONCE_A_PERSON.contains(&found.trigger.kind) {
        return None;
    }
    let people: Vec<&str> = mentions
        .iter()
        .map(|mention| mention.actor.as_str())
        .filter(|actor| kinds.get(actor) == Some(&ActorKind::Person))
        .collect();
    // A killing comes once to the one killed: the same target, when both
    // say who it was ("ordered the killing of Sinwar" is not Nasrallah's).
    let (_, target) = direction(text, found, mentions, kinds);
    dated
        .iter()
        .rev()
        .find(|told| {
            told.kind == found.trigger.kind
                && told
                    .actors
                    .iter()
                    .any(|actor| people.contains(&actor.as_str()))
                && (found.trigger.kind != "killing"
                    || matches!((&told.target, &target), (Some(a), Some(b)) if a == b))
        })
        .cloned()
}

/// True when a sentence denies what it tells: "has not happened", "never".
fn denies(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .any(|word| crate::extract::modality::negates(&word.to_lowercase()))
}

/// True when the sentence opens with `found` as a definite description,
/// its subject: "The raid targeted ...", "But these arrests ...". Such a
/// sentence goes on about a happening already told.
fn opens_with_its_description(text: &str, found: &Found) -> bool {
    let before = text[..found.at].trim_start().to_lowercase();
    let before = ["but ", "and ", "yet "]
        .iter()
        .find_map(|joint| before.strip_prefix(joint))
        .unwrap_or(&before);
    ["the ", "this ", "that ", "these ", "those "].contains(&before)
}

/// The type of the happening `found` answers, when the sentence says it
/// responds to one: "responded to the arrests by mustering", "in
/// retaliation for the attacks, ... struck".
fn answered_kind(text: &str, triggers: &[Found], found: &Found) -> Option<&'static str> {
    const CUES: &[&str] = &[
        "responded to",
        "responding to",
        "in response to",
        "in retaliation for",
        "retaliated for",
    ];
    triggers
        .iter()
        .filter(|other| other.at < found.at)
        .rev()
        .find(|other| {
            // The cue and a determiner stand in the last few words.
            let before = crate::text::tail(&text[..other.at], 40).to_lowercase();
            let before = before.trim_end();
            let before = ["the", "these", "those", "this", "that"]
                .iter()
                .find_map(|determiner| before.strip_suffix(determiner))
                .map_or(before, str::trim_end);
            CUES.iter().any(|cue| before.ends_with(cue))
        })
        .map(|other| other.trigger.kind)
}
