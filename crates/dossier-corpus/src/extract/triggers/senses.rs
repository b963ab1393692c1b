//! Senses of trigger words that report no happening, or another one:
//! "released a statement", "met with criticism", "an end to the fighting",
//! "the detained commander", the strike that tells how someone was killed,
//! and a welcomed guest, who makes a meeting of a statement.

use super::super::actors::words::{in_list, ADJECTIVES, DEMONYM_STATES, NOT_NAMES};
use super::super::trigger_words::{CAPTURING_PEOPLE, TAKING_A_PLACE};
use super::{Found, TRIGGERS};

/// Drops a plain "strike" or "attack" that tells how someone was killed:
/// "was killed alongside his commander in the January 3 strike" is one
/// happening, the killing.
pub(super) fn drop_the_means_of_a_killing(lower: &str, found: &mut Vec<Found>) {
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
pub(super) fn describes_a_noun(lower: &str, found: &Found) -> bool {
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
pub(super) fn says_no_happening(lower: &str, found: &Found) -> bool {
    let trim = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let mut after = lower[found.end..].split_whitespace().map(trim);
    let next = after.next().unwrap_or_default();
    let previous = trim(
        lower[..found.at]
            .split_whitespace()
            .next_back()
            .unwrap_or(""),
    );
    // "stormed out of the meeting"; "a genocide case", "the genocide
    // convention"; "designated Marco Rubio as his envoy" (only a terrorist
    // designation sanctions).
    let genocide_noun = matches!(
        next.as_str(),
        "case"
            | "cases"
            | "convention"
            | "charges"
            | "charge"
            | "trial"
            | "accusations"
            | "accusation"
            | "claims"
            | "court"
            | "ruling"
            | "law"
            | "museum"
            | "memorial"
    );
    let designation_of_terror = lower[found.end..]
        .split_whitespace()
        .take(8)
        .any(|word| word.starts_with("terror") || word.starts_with("sanction"));
    match found.trigger.stem {
        "stormed" => return next == "out" || next == "off",
        "genocide" | "massacre" => return genocide_noun,
        "designat" => return !designation_of_terror,
        _ => {}
    }
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
pub(super) fn drop_what_statements_name(lower: &str, found: &mut Vec<Found>) {
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
pub(super) fn releases_a_document(lower: &str, found: &Found) -> bool {
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
pub(super) fn met_with_a_reaction(lower: &str, found: &Found) -> bool {
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
pub(super) fn ends_it(lower: &str, found: &Found) -> bool {
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

/// "welcomed the Iraqi prime minister": a guest, so a meeting after all;
/// "welcomed the decision" stays a statement.
pub(super) fn welcomes_a_guest(text: &str, found: &mut Found) {
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

/// Nouns of places that are taken: "seized the border town of".
const PLACE_NOUNS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "capital",
    "airport",
    "base",
    "bases",
    "province",
    "district",
    "region",
    "territory",
    "crossing",
    "port",
    "bridge",
    "palace",
    "headquarters",
    "camp",
    "garrison",
    "outpost",
    "hill",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "suburbs",
    "countryside",
    "stronghold",
];

/// What a "capture" trigger reports, from the words after it: a place
/// taken ("captured Hama", "took Homs", "seized control of", "seized the
/// border town of", "retook eastern Aleppo"), people captured ("captured
/// three fighters", "captured Saddam Hussein"), or nothing ("took part",
/// "seized weapons", "entered into force").
pub(super) fn what_is_taken(text: &str, found: &Found) -> Option<&'static super::Trigger> {
    // The rest of the trigger's word first: "seized", "captured".
    let after = text[found.end..].trim_start_matches(char::is_alphanumeric);
    let words: Vec<&str> = after
        .split_whitespace()
        .take(5)
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    // A name of a place: capitalised, and no day, month or demonym ("took
    // Friday off", "seized Iranian oil").
    let place_name = |at: usize| {
        words.get(at).is_some_and(|word| {
            word.starts_with(char::is_uppercase)
                && !in_list(NOT_NAMES, word)
                && !in_list(ADJECTIVES, word)
                && !DEMONYM_STATES
                    .iter()
                    .any(|(demonym, _)| demonym.eq_ignore_ascii_case(word))
        })
    };
    let place_noun = |from: usize| {
        lower
            .iter()
            .skip(from)
            .take(3)
            .any(|word| PLACE_NOUNS.contains(&word.as_str()))
    };
    let first = lower.first().map(String::as_str);
    let second = lower.get(1).map(String::as_str);
    let quantity = (matches!(
        first,
        Some("control" | "most" | "much" | "all" | "parts" | "part" | "swathes")
    ) || first == Some("large")
        && matches!(second, Some("parts" | "swathes" | "areas")))
        && lower.iter().take(3).any(|word| word == "of");
    let directed = matches!(
        first,
        Some("eastern" | "western" | "northern" | "southern" | "central")
    ) && place_name(1);
    // One name, then what ends the taking: "captured Hama on Thursday",
    // "took Homs late Saturday"; not "took Washington by surprise", "took
    // Biden to task".
    let one_name = place_name(0)
        && !words
            .get(1)
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        && (words.len() == 1
            || after
                .split_whitespace()
                .next()
                .is_some_and(|word| word.ends_with([',', '.', ';']))
            || matches!(
                second,
                Some(
                    "on" | "in"
                        | "at"
                        | "late"
                        | "early"
                        | "after"
                        | "before"
                        | "and"
                        | "from"
                        | "last"
                        | "this"
                        | "within"
                        | "without"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "days"
                        | "hours"
                        | "weeks"
                )
            )
            || second.is_some_and(|word| word.chars().all(|c| c.is_ascii_digit())));
    let the_place = first == Some("the") && place_noun(1);
    let stem = found.trigger.stem;
    let captures = stem == "captur";
    // A plain "took" or "entered" takes a place only when fighters do it:
    // "rebels entered Aleppo", "The March 23 Movement (M23) entered Goma";
    // not "aid trucks entered Gaza", "Pope Francis entered St. Peter's".
    let plain = matches!(stem, "took" | "entered");
    let fighters = {
        let before: Vec<&str> = text[..found.at].split_whitespace().rev().take(4).collect();
        before.iter().any(|word| {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            let acronym = bare.len() >= 2
                && bare.chars().any(|c| c.is_ascii_digit() || c.is_uppercase())
                && bare.chars().all(|c| c.is_ascii_digit() || c.is_uppercase());
            acronym
                || matches!(
                    bare.to_lowercase().as_str(),
                    "rebels"
                        | "troops"
                        | "fighters"
                        | "forces"
                        | "militants"
                        | "army"
                        | "soldiers"
                        | "insurgents"
                        | "militia"
                        | "militias"
                        | "jihadists"
                        | "tanks"
                        | "gunmen"
                )
        })
    };
    let taken = quantity || directed || the_place || one_name;
    if taken && (!plain || fighters) {
        Some(&TAKING_A_PLACE)
    } else if captures {
        Some(&CAPTURING_PEOPLE)
    } else {
        None
    }
}
