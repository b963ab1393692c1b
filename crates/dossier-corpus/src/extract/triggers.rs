//! Event triggers: the words that report a happening, each with its type
//! and its PLOVER category (or CAMEO root where PLOVER has none), and how to
//! find them in a sentence: whole words with their inflections, the more
//! specific of two side-by-side triggers, and never one that only gives a
//! reason ("suspected of a spate of rocket attacks").

use super::actors::tokens::tokenize;
pub use super::trigger_words::{Trigger, TRIGGERS};

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
    // "welcomed the Iraqi prime minister": a guest, so a meeting after all.
    for found in &mut found {
        if found.trigger.stem.starts_with("welcome") && found.trigger.kind == "statement" {
            let next = text[found.end..].split_whitespace().next().unwrap_or("");
            let title = next.to_lowercase();
            if next.starts_with(char::is_uppercase)
                || [
                    "prime",
                    "president",
                    "minister",
                    "king",
                    "envoy",
                    "delegation",
                    "visiting",
                ]
                .contains(&title.as_str())
            {
                if let Some(meeting) = TRIGGERS.iter().find(|trigger| trigger.stem == "welcome") {
                    found.trigger = meeting;
                }
            }
        }
    }
    drop_what_statements_name(&lower, &mut found);
    drop_the_means_of_a_killing(&lower, &mut found);
    found
}

/// Drops a plain "strike" or "attack" that tells how someone was killed:
/// "was killed alongside his commander in the January 3 strike" is one
/// happening, the killing.
fn drop_the_means_of_a_killing(lower: &str, found: &mut Vec<Found>) {
    let killings: Vec<usize> = found
        .iter()
        .filter(|found| found.trigger.kind == "killing")
        .map(|found| found.end)
        .collect();
    found.retain(|found| {
        found.trigger.kind != "attack"
            || !killings.iter().any(|&end| {
                end <= found.at && {
                    let between = &lower[end..found.at];
                    !between.contains([',', ';'])
                        && !between.split_whitespace().any(|word| word == "and")
                        && between
                            .split_whitespace()
                            .any(|word| word == "in" || word == "by")
                }
            })
    });
}

/// True for a past participle used as an adjective, right after a
/// determiner or "of", or an adverb after one: "a poster of killed
/// militiamen", "the detained commander", "the democratically elected
/// president". It describes people; the happening is told elsewhere.
fn describes_a_noun(lower: &str, found: &Found) -> bool {
    let word_end = lower[found.at..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(lower.len(), |at| found.at + at);
    let mut before = lower[..found.at].split_whitespace().rev();
    let determiner = |word: Option<&str>| {
        word.is_some_and(|word| {
            matches!(
                word,
                "a" | "an" | "the" | "of" | "his" | "her" | "their" | "its" | "our"
            )
        })
    };
    let previous = before.next();
    let adverb = previous.is_some_and(|word| word.len() > 4 && word.ends_with("ly"));
    lower[found.at..word_end].ends_with("ed")
        && (determiner(previous) || adverb && determiner(before.next()))
}

/// True for a trigger word in a sense that reports no happening: "spoke
/// with reporters" (a briefing, not a meeting), "oil prices rallied".
fn says_no_happening(lower: &str, found: &Found) -> bool {
    let trim = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let mut after = lower[found.end..].split_whitespace().map(trim);
    let next = after.next().unwrap_or_default();
    let previous = trim(
        lower[..found.at]
            .split_whitespace()
            .next_back()
            .unwrap_or(""),
    );
    match found.trigger.stem {
        "spoke with" | "spoke to" => match next.as_str() {
            "reporters" | "journalists" | "media" => true,
            "the" => matches!(
                after.next().as_deref(),
                Some("press" | "media" | "reporters")
            ),
            _ => false,
        },
        "rallied" | "rally" => matches!(
            previous.as_str(),
            "prices"
                | "shares"
                | "stocks"
                | "markets"
                | "oil"
                | "currency"
                | "dollar"
                | "index"
                | "bonds"
                | "gold"
        ),
        _ => false,
    }
}

/// Drops a trigger that a statement names with "the": in "announced the
/// pullout", "condemned the deployment" the news is the statement; the
/// happening it names is known, and dated elsewhere.
fn drop_what_statements_name(lower: &str, found: &mut Vec<Found>) {
    let mut index = 1;
    while index < found.len() {
        let (before, this) = (&found[index - 1], &found[index]);
        // After the rest of the statement's word: "the", and at most one
        // word more.
        let gap: Vec<&str> = lower[before.end..this.at]
            .trim_start_matches(char::is_alphabetic)
            .split_whitespace()
            .collect();
        let named = before.trigger.kind == "statement"
            && (gap.len() == 1 || gap.len() == 2)
            && gap[0] == "the";
        if named {
            found.remove(index);
        } else {
            index += 1;
        }
    }
}

/// What is released when no one is set free: "released a statement",
/// "results released".
const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "footage",
    "video",
    "videos",
    "report",
    "reports",
    "results",
    "figures",
    "details",
    "images",
    "photos",
    "pictures",
    "data",
    "list",
    "recording",
    "audio",
    "letter",
    "document",
    "documents",
    "findings",
    "transcript",
    "recordings",
];

/// True when a release trigger releases a document, not a person.
fn releases_a_document(lower: &str, found: &Found) -> bool {
    if found.trigger.kind != "release" {
        return false;
    }
    let word = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let after: Vec<String> = lower[found.end..]
        .split_whitespace()
        .skip(1)
        .take(3)
        .map(word)
        .collect();
    let before = lower[..found.at].split_whitespace().last().map(word);
    after
        .iter()
        .take_while(|next| !DOCUMENTS.contains(&next.as_str()))
        .count()
        < after.len()
        || before.is_some_and(|before| DOCUMENTS.contains(&before.as_str()))
}

/// True for "met" that is no meeting: "met with criticism", "was met with
/// protests".
fn met_with_a_reaction(lower: &str, found: &Found) -> bool {
    if found.trigger.stem != "met" {
        return false;
    }
    let after: Vec<&str> = lower[found.end..].split_whitespace().take(3).collect();
    matches!(after.first(), Some(&"with"))
        && after[1..].iter().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            [
                "criticism",
                "resistance",
                "protests",
                "protest",
                "opposition",
                "skepticism",
                "scepticism",
                "anger",
                "silence",
                "derision",
                "outrage",
                "suspicion",
                "applause",
                "approval",
                "disbelief",
                "fire",
                "force",
                "violence",
            ]
            .contains(&word)
        })
}

/// True for an assault that the words before it end: "a cessation of
/// hostilities", "an end to the fighting".
fn ends_it(lower: &str, found: &Found) -> bool {
    if found.trigger.plover != "ASSAULT" {
        return false;
    }
    let before = lower[..found.at].trim_end();
    [
        "cessation of",
        "end to",
        "end of",
        "halt to",
        "halt of",
        "stop to",
    ]
    .iter()
    .any(|cue| {
        before.ends_with(cue)
            || before
                .strip_suffix("the")
                .is_some_and(|rest| rest.trim_end().ends_with(cue))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The triggers of `text`, as (covered text, type).
    fn check(text: &str, expected: &[(&str, &str)]) {
        let found: Vec<(&str, &str)> = find_triggers(text)
            .iter()
            .map(|found| (&text[found.at..found.end], found.trigger.kind))
            .collect();
        assert_eq!(found, expected, "{text:?}");
    }

    #[test]
    fn a_participle_that_describes_people_is_no_happening() {
        check("A poster of killed fighters is seen in the city.", &[]);
        check(
            "The detained commander was released.",
            &[("releas", "release")],
        );
        check("Police detained the commander.", &[("detain", "arrest")]);
    }

    #[test]
    fn news_verbs_of_taking_power_voting_rallying_and_calling() {
        check(
            "The general declared himself head of state.",
            &[("declared himself", "appointment")],
        );
        check("He was elected in 2021.", &[("elected", "election")]);
        check("Hundreds rallied in the square.", &[("rallied", "protest")]);
        check("A crowd set fire to the office.", &[("set fire", "attack")]);
        check(
            "The envoy spoke with the president.",
            &[("spoke with", "meeting")],
        );
        check(
            "The council passed a resolution.",
            &[("resolution", "legislation")],
        );
        // Welcoming a decision is a statement; welcoming a guest, a meeting.
        check(
            "The mercenary chief welcomed the decision.",
            &[("welcomed the", "statement")],
        );
        check(
            "The president welcomed his guest.",
            &[("welcome", "meeting")],
        );
        check(
            "Erdogan welcomed the Iraqi prime minister.",
            &[("welcomed the", "meeting")],
        );
    }

    #[test]
    fn the_same_words_in_senses_that_report_no_happening() {
        check("The spokesman spoke with reporters.", &[]);
        check("The democratically elected president fled.", &[]);
        check("Oil prices rallied on Monday.", &[]);
        // "and" starts another happening: the attack is no means of the killing.
        check(
            "A judge was killed in Basra and militants attacked a police station.",
            &[("killed", "killing"), ("attack", "attack")],
        );
    }

    #[test]
    fn the_strike_that_killed_is_the_killing() {
        check(
            "He was killed with his deputy in the January 3 U.S. strike.",
            &[("killed", "killing")],
        );
        check(
            "He was killed on Monday, and a strike hit the port.",
            &[("killed", "killing"), ("strike", "attack")],
        );
    }

    #[test]
    fn a_meeting_is_met_whatever_word_follows() {
        check("He met his security chiefs.", &[("met", "meeting")]);
        check("They will meet on Friday.", &[("meet", "meeting")]);
        check("She meets the envoy.", &[("meet", "meeting")]);
        check("The metro and the metal trade.", &[]);
        check(
            "He held discussions this month.",
            &[("discussion", "meeting")],
        );
        check(
            "The group was talking to the adviser.",
            &[("talking to", "meeting")],
        );
        check(
            "It erupted into open hostilities in 2019.",
            &[("hostilit", "attack")],
        );
    }

    #[test]
    fn a_reaction_met_and_an_end_to_fighting_are_no_happenings() {
        check("The plan met with criticism on Monday.", &[]);
        check("The envoy met with the minister.", &[("met", "meeting")]);
        check(
            "They agreed a cessation of hostilities.",
            &[("agreed", "agreement")],
        );
        check("They called for an end to the fighting.", &[]);
    }

    #[test]
    fn a_doubled_final_consonant_is_an_inflection() {
        check(
            "The junta expelled the ambassador.",
            &[("expel", "sanction")],
        );
        check("Troops pulled out in May.", &[("pulled out", "withdrawal")]);
        check("In May it quit the bloc.", &[("quit", "withdrawal")]);
        check(
            "France sent troops in 2013; the last convoys rolled out of Gao.",
            &[
                ("sent troops", "mobilization"),
                ("rolled out of", "withdrawal"),
            ],
        );
        check(
            "He spoke after a call with Blinken at a pledging conference.",
            &[("call with", "meeting"), ("conference", "meeting")],
        );
        check(
            "A report published in 2021; a press conference in May.",
            &[("publish", "statement"), ("press conference", "statement")],
        );
        // Not any letters: "expellee" is no inflection, "quite" no quitting.
        check("An expellee, quite alone.", &[]);
    }

    #[test]
    fn side_by_side_triggers_of_one_category_are_one_happening() {
        check(
            "A rocket attack hit the base.",
            &[("rocket attack", "rocket_fire")],
        );
    }

    #[test]
    fn the_present_says_attributes_and_reports_no_happening() {
        check("Officials said on Monday.", &[("said", "statement")]);
        check("The group says it will attack.", &[("attack", "attack")]);
    }

    #[test]
    fn a_trigger_that_describes_is_background() {
        for (before, expected) in [
            ("the transfer of those", true),
            ("including those", true),
            ("released within three days of being", true),
            ("Those", true),
            ("Police", false),
            ("one of the", false),
            ("men suspected of a spate of", true),
            ("KH responded to the", true),
            ("KH responded to the arrests by", false),
            ("charged with raids by Tehran", true),
        ] {
            assert_eq!(is_background(before), expected, "{before:?}");
        }
    }

    #[test]
    fn what_a_statement_names_with_the_is_no_new_happening() {
        check(
            "The president announced the pullout on Friday.",
            &[("announc", "statement")],
        );
        check(
            "Ten governments condemned the deployment in December.",
            &[("condemn", "statement")],
        );
        check(
            "The ministry confirmed the attack on Monday.",
            &[("confirmed", "statement")],
        );
        check(
            "The military confirmed three separate attacks in June.",
            &[("confirmed", "statement"), ("attack", "attack")],
        );
    }

    #[test]
    fn releasing_a_document_frees_no_one() {
        check("The army released drone footage on Monday.", &[]);
        check("Final results released on Sunday.", &[]);
        check(
            "The militia released 13 of the 14 men on Monday.",
            &[("releas", "release")],
        );
    }

    #[test]
    fn shooting_in_several_words() {
        check(
            "A convoy was fired on in the capital.",
            &[("fired on", "attack")],
        );
        check("Gunfire rattled the city.", &[("Gunfire", "attack")]);
        check(
            "Rebels renewed their offensive on the port.",
            &[("offensive", "attack")],
        );
        check("The manager was fired in May.", &[]);
    }

    #[test]
    fn side_by_side_triggers_of_two_categories_are_two() {
        check(
            "He took office vowing reform.",
            &[("took office", "appointment"), ("vow", "threat")],
        );
    }
}
