//! Who acted on whom in a sentence that reports a happening.

use std::collections::HashMap;

use crate::model::{ActorKind, Mention};

use crate::extract::triggers::Found;

/// Who acted and who was acted on, when the sentence says: in the active
/// voice the nearest actor before the trigger acts on the nearest after it;
/// in the passive ("was arrested by") the roles turn round.
pub(super) fn direction(
    text: &str,
    found: &Found,
    mentions: &[&Mention],
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
