//! What the words around one name say of it, with no second name between:
//! a demonym after a group ("Kataib Hezbollah, a vehemently anti-American
//! Iranian export"), a demonym and a title before a person ("Kenyan
//! President William Ruto"), a title after "its" or "their" ("Its leader,
//! Abu Mohammed al-Jolani"), and a deed of "his" people ("his soldiers
//! detained President Mohamed Bazoum").

use std::collections::{BTreeMap, HashMap};

use crate::extract::chain::verb_follows;
use crate::extract::names::fold;
use crate::model::{ActorKind, Mention};
use crate::text::tail;

use super::patterns::{deed_of_his_people, demonym_ties, demonym_title, follows_its_title};

/// The ties the words around each of `mentions` (those of the sentence
/// `sentence_text`, in order) state, as (source, target, kind). `states` holds the corpus's
/// states by every folded name; `group_before` is the first group the
/// sentence before named.
pub(super) fn words_around<'a>(
    sentence_text: &str,
    mentions: &[&'a Mention],
    kinds: &BTreeMap<&str, ActorKind>,
    states: &HashMap<String, &'a str>,
    group_before: Option<&'a str>,
) -> Vec<(&'a str, &'a str, &'static str)> {
    let mut ties = Vec::new();
    // "Kataib Hezbollah, a vehemently anti-American Iranian export":
    // ties to states named by a demonym, up to the next name.
    for (position, mention) in mentions.iter().enumerate() {
        if kinds.get(mention.actor.as_str()) != Some(&ActorKind::Group) {
            continue;
        }
        let until = mentions
            .get(position + 1)
            .map_or(sentence_text.len(), |next| next.start as usize);
        let from = (mention.end as usize).min(until);
        for (state, kind) in demonym_ties(&sentence_text[from..until]) {
            if let Some(state) = states.get(&fold(state)) {
                ties.push((mention.actor.as_str(), *state, kind));
            }
        }
    }
    // What the words before a name say of it through a pronoun,
    // whose actor is the first of its kind the sentence names:
    // "KH receives more support from the IRGC-QF than any other
    // militia, and its former leader Abu Mahdi al-Muhandis" (KH's
    // leader); "Tiani ... two days after his soldiers detained
    // President Mohamed Bazoum" (Tiani detained him).
    for (position, mention) in mentions.iter().enumerate() {
        let before = tail(&sentence_text[..mention.start as usize], 100);
        let is =
            |mention: &Mention, kind: ActorKind| kinds.get(mention.actor.as_str()) == Some(&kind);
        let person = is(mention, ActorKind::Person);
        // "its": the nearest group that is a subject, a verb after
        // it ("KH receives", "Hamas had lost"), not the object
        // "the IRGC-QF than".
        // "Kenyan President William Ruto": he leads Kenya.
        if let Some((state, tie)) = person.then(|| demonym_title(before)).flatten() {
            if let Some(state) = states.get(&fold(state)) {
                ties.push((mention.actor.as_str(), *state, tie));
            }
        }
        let its_title = person.then(|| follows_its_title(before)).flatten();
        if let Some(tie) = its_title {
            let subject = mentions[..position].iter().rev().find(|earlier| {
                let after = &sentence_text[earlier.end as usize..];
                let present = after.split_whitespace().next().is_some_and(|word| {
                    word.starts_with(char::is_lowercase)
                        && !matches!(
                            word,
                            "than"
                                | "and"
                                | "or"
                                | "of"
                                | "in"
                                | "on"
                                | "at"
                                | "to"
                                | "for"
                                | "with"
                                | "from"
                                | "by"
                                | "as"
                                | "the"
                                | "a"
                                | "an"
                                | "but"
                                | "nor"
                                | "into"
                                | "over"
                                | "under"
                        )
                });
                is(earlier, ActorKind::Group) && (verb_follows(after) || present)
            });
            // "Its leader, Abu Mohammed al-Jolani, appeared": a
            // sentence that opens so speaks of the first group the
            // sentence before named.
            let opens = sentence_text[..mention.start as usize]
                .trim_start()
                .to_lowercase()
                .split_once(' ')
                .is_some_and(|(word, _)| word == "its" || word == "their");
            let group = subject
                .map(|group| group.actor.as_str())
                .or_else(|| opens.then_some(group_before).flatten());
            if let Some(group) = group {
                ties.push((mention.actor.as_str(), group, tie));
            }
        }
        // "his": the nearest person before ("Zelensky said Putin
        // knew his troops attacked": Putin).
        if let Some(kind) = deed_of_his_people(before) {
            let doer = mentions[..position]
                .iter()
                .rev()
                .find(|earlier| is(earlier, ActorKind::Person));
            if let Some(doer) = doer {
                ties.push((doer.actor.as_str(), mention.actor.as_str(), kind));
            }
        }
    }
    ties
}
