//! How a sentence holds a trigger: as a fact, a plan, a possibility, a claim
//! or a denial, or not as a happening at all (a question, a negated or
//! wished-for clause). The cues are read in the trigger's own clause, not in
//! the whole sentence: "if" late in a sentence does not make its first
//! clause hypothetical.

use crate::model::Modality;

/// The marks that end a clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '—', '–', '(', ')', '“', '”', '"'];

/// How many words before a trigger its clause is read for cues.
const REACH: usize = 8;

/// How the sentence `text` holds the trigger that starts at byte `at`:
/// `None` when it reports no happening there ("Iran does not want any big
/// clash", "would not attack", "Is the truce holding?").
pub fn reading(text: &str, at: usize) -> Option<Modality> {
    if is_question(text, at) {
        return None;
    }
    let mut words = clause_words(&text[..at.min(text.len())]);
    // A denial is reported as one: the happening is someone's word against it.
    if words
        .iter()
        .any(|word| matches!(word.as_str(), "denied" | "denies" | "deny" | "denying"))
    {
        return Some(Modality::Denied);
    }
    match negation(&words) {
        Negation::None => {}
        Negation::Reaches => return None,
        // "No group has claimed responsibility for the attack": what stands
        // before "for" is about the claim, not the attack.
        Negation::Stops(at) => {
            words.drain(..=at);
        }
    }
    // What is demanded has not happened: "a resolution demanding that the
    // group stop its attacks" (the resolution itself has), "demanding the
    // release of". Only what is demanded: "protesters demanding the fall of
    // the government clashed with police" did clash.
    let before = &text[..at.min(text.len())];
    let clause: Vec<&str> = before[clause_start(before)..].split_whitespace().collect();
    let demanded = clause.iter().enumerate().any(|(position, word)| {
        let demand = word
            .get(..6)
            .is_some_and(|start| start.eq_ignore_ascii_case("demand"));
        let after = &clause[position + 1..];
        demand && (after.first() == Some(&"that") || after.len() <= 2)
    });
    if demanded {
        return None;
    }
    // What is prevented does not happen: "to prevent them from attacking",
    // "refrained from striking".
    if words.last().is_some_and(|word| word == "from")
        && words.iter().rev().take(4).any(|word| {
            [
                "prevent", "stop", "deter", "bar", "refrain", "keep", "kept", "ban",
            ]
            .iter()
            .any(|verb| word.starts_with(verb))
        })
    {
        return None;
    }
    // What someone is ordered or asked to do, and what is averted, has not
    // happened: "told the soldiers to surrender", "to avoid a massacre".
    // The order's verb, then its object, with no verb of its own between:
    // "told the remaining soldiers to surrender"; not "told Reuters
    // militants returned to attack".
    let directive = |word: &String| {
        [
            "told",
            "ordered",
            "asked",
            "instructed",
            "pressed",
            "called",
            "demanded",
        ]
        .contains(&word.as_str())
    };
    let ordered = words.last().is_some_and(|word| word == "to")
        && words
            .iter()
            .rev()
            .skip(1)
            .take(6)
            .position(directive)
            .is_some_and(|at| {
                words
                    .iter()
                    .rev()
                    .skip(1)
                    .take(at)
                    .all(|word| !word.ends_with("ed") || word == "armed")
            });
    // "to avoid a massacre"; not "failed to prevent the attack", which
    // came.
    let averted = words.iter().rev().take(3).position(|word| {
        [
            "avoid",
            "avert",
            "averting",
            "avoiding",
            "prevent",
            "preventing",
        ]
        .contains(&word.as_str())
    });
    let failed = averted.is_some_and(|at| {
        words.iter().rev().skip(at + 1).take(3).any(|word| {
            matches!(
                word.as_str(),
                "failed" | "unable" | "fail" | "fails" | "failing"
            )
        })
    });
    let averted = averted.is_some() && !failed;
    if ordered || averted {
        return None;
    }
    // Plans and possibilities are also said after a trigger that is the
    // subject: "the vote is set for June", "talks could resume".
    words.extend(clause_after(&text[at.min(text.len())..]));
    let has = |cues: &[&str]| words.iter().any(|word| cues.contains(&word.as_str()));
    let has_pair = |pairs: &[(&str, &str)]| {
        words
            .windows(2)
            .any(|pair| pairs.contains(&(pair[0].as_str(), pair[1].as_str())))
    };
    if has(WISHES) || has_pair(&[("would", "like"), ("calls", "for")]) {
        return None;
    }
    if has(&[
        "if", "unless", "whether", "could", "might", "may", "would", "should",
    ]) {
        return Some(Modality::Hypothetical);
    }
    if has(&[
        "will",
        "plans",
        "plan",
        "planned",
        "planning",
        "upcoming",
        "scheduled",
        "intends",
        "intended",
        "intend",
        "next",
    ]) || has_pair(&[("set", "to"), ("set", "for"), ("due", "to")])
    {
        return Some(Modality::Planned);
    }
    if has(&[
        "allegedly",
        "reportedly",
        "purportedly",
        "claimed",
        "claims",
    ]) || has_pair(&[("accused", "of"), ("according", "to")])
        || text.to_lowercase().contains("according to")
    {
        return Some(Modality::Claimed);
    }
    Some(Modality::Asserted)
}

/// True when the sentence tells of the past: it has a verb in the past
/// tense ("was", "said", "targeted"). A sentence without one is a general
/// statement or a plan, and takes no date from the sentence before it.
pub fn tells_the_past(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|word| is_past_verb(&word))
}

/// True when a lower-case word is a verb in the past tense.
pub fn is_past_verb(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && !NOT_PAST_ED.contains(&word))
}

/// Common irregular past tenses of news English.
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "met", "came", "went", "left", "fought",
    "struck", "began", "won", "lost", "held", "saw", "sent", "gave", "made", "led", "rose", "fell",
    "ran", "shot", "broke", "threw", "brought", "kept", "became", "spoke", "stood", "sat", "drove",
    "flew", "wrote", "fled", "seized", "hit", "killed", "set", "put", "quit",
];

/// Words that end in "ed" and are no past tense.
const NOT_PAST_ED: &[&str] = &[
    "need", "needed", "speed", "hundred", "hundreds", "armed", "united", "indeed", "proceed",
    "exceed", "succeed", "breed", "creed", "greed", "bleed", "feed", "seed", "based", "alleged",
    "detailed", "limited", "related", "supposed", "skilled", "advanced",
];

/// Verbs of wanting and urging: what follows them is wished for, not done.
const WISHES: &[&str] = &[
    "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "hope", "hopes", "hoped",
    "hoping", "seek", "seeks", "seeking", "urge", "urges", "urged", "urging",
];

/// Whether a negation before a trigger reaches it.
enum Negation {
    /// There is none.
    None,
    /// "does not want any clash", "would never attack".
    Reaches,
    /// A preposition at this word starts a new argument between the two:
    /// "no one has claimed responsibility for the attack".
    Stops(usize),
}

/// True for a lower-case word that negates: "not", "never", "no", "didn't".
pub fn negates(word: &str) -> bool {
    matches!(
        word,
        "not" | "never" | "no" | "neither" | "nor" | "none" | "nobody" | "without"
    ) || word.ends_with("n't")
        || word.ends_with("n’t")
}

/// Finds "not", "never", "no", "neither"... among the clause's words, and
/// whether it reaches the trigger at their end.
fn negation(words: &[String]) -> Negation {
    let Some(last) = words.iter().rposition(|word| negates(word)) else {
        return Negation::None;
    };
    // "not only" and "no longer" say something else.
    if matches!(
        words.get(last + 1).map(String::as_str),
        Some("only" | "longer")
    ) {
        return Negation::None;
    }
    let stop = words[last + 1..].iter().position(|word| {
        matches!(
            word.as_str(),
            "for" | "after" | "since" | "despite" | "before" | "following"
        )
    });
    match stop {
        Some(offset) => Negation::Stops(last + 1 + offset),
        None => Negation::Reaches,
    }
}

/// The lower-cased words after a trigger, to the end of its clause, at
/// most a few: the trigger's own word is skipped.
fn clause_after(after: &str) -> Vec<String> {
    let end = after
        .find(|c: char| CLAUSE_MARKS.contains(&c) || matches!(c, '.' | '?' | '!'))
        .unwrap_or(after.len());
    after[..end]
        .split_whitespace()
        .skip(1)
        .take(4)
        .map(fold)
        .collect()
}

/// A word as the cues are written: lower case without the punctuation
/// around it, except "May", which in mid-sentence is the month, not the
/// modal verb.
fn fold(word: &str) -> String {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
    if word == "May" {
        word.to_owned()
    } else {
        word.to_lowercase()
    }
}

/// True when the trigger stands in a question: the sentence ends with "?",
/// or the part of it from the trigger to the next sentence mark does.
fn is_question(text: &str, at: usize) -> bool {
    let closing = |c: char| c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\'' | ')');
    if text.trim_end_matches(closing).ends_with('?') {
        return true;
    }
    let rest = &text[at.min(text.len())..];
    let end = rest
        .find(['.', '!', '?', ';'])
        .map_or(rest.len(), |end| end);
    rest[end..].starts_with('?')
}

/// Where the clause that `before` ends in starts: after its last comma,
/// semicolon, colon, dash or bracket.
fn clause_start(before: &str) -> usize {
    before
        .char_indices()
        .rfind(|(_, c)| CLAUSE_MARKS.contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8())
}

/// The lower-cased words of the clause that ends at the trigger, at most
/// `REACH` of them: a clause starts after a comma, a semicolon, a colon, a
/// dash, a bracket or a conjunction that starts a new clause.
fn clause_words(before: &str) -> Vec<String> {
    let start = clause_start(before);
    let mut words: Vec<String> = before[start..].split_whitespace().map(fold).collect();
    // A conjunction that opens a clause ends the one before it: in "it
    // should be recalled that he visited" the visit is no hypothesis.
    if let Some(at) = words.iter().rposition(|word| {
        matches!(
            word.as_str(),
            "but" | "while" | "whereas" | "although" | "though" | "because" | "and" | "so" | "that"
        )
    }) {
        words.drain(..=at);
    }
    let skip = words.len().saturating_sub(REACH);
    words.drain(..skip);
    words
}

#[cfg(test)]
mod tests;
