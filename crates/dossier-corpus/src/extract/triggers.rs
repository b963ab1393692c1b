//! Event triggers: the words that report a happening, each with its type
//! and its PLOVER category (or CAMEO root where PLOVER has none), and how to
//! find them in a sentence: whole words with their inflections, the more
//! specific of two side-by-side triggers, and never one that only gives a
//! reason ("suspected of a spate of rocket attacks").

use super::actors::tokens::tokenize;

/// One trigger: a word stem, the event type, and its PLOVER category (or
/// CAMEO root name where PLOVER has none).
pub struct Trigger {
    /// The start of the word (or words), lower case.
    pub stem: &'static str,
    /// The event type.
    pub kind: &'static str,
    /// The PLOVER category, or the CAMEO root name.
    pub plover: &'static str,
}

/// Trigger stems, matched at the start of a lower-cased word; more specific
/// first. General news English; nothing here names an actor.
pub const TRIGGERS: &[Trigger] = &[
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
pub struct Found {
    /// Byte offset of the trigger in the sentence.
    pub at: usize,
    /// End byte offset.
    pub end: usize,
    /// The trigger.
    pub trigger: &'static Trigger,
}

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
