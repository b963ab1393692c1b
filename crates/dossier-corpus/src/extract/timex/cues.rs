//! The words around an expression that say how to read it: the cues of
//! the future (with the clause they count in), deadlines and reported
//! plans, and a weekday that dates a saying.

/// Words that turn a sentence towards the future: its bare months and
/// weekdays are the next ones, not the last ones.
const FUTURE_CUES: &[&str] = &[
    " will ",
    " would be held",
    " is set to ",
    " are set to ",
    " set for ",
    " upcoming ",
    " scheduled ",
    " plans to ",
    " planned for ",
    " expected to ",
    " due to ",
    " next ",
    " to be held ",
    " forthcoming ",
    " committed to ",
    " promised to ",
    " pledged to ",
    " deadline ",
    " aims to ",
    " intends to ",
    " hopes to ",
    // The scheduled present: "whose term ends on October 31".
    " ends on ",
    " begins on ",
    " starts on ",
    " expires on ",
    " takes effect on ",
];

/// The clause around `start..end`, as a byte range: from the last comma,
/// semicolon, dash or bracket before it to the first one after it. A future
/// cue counts only in its own clause ("Talks began in May, and elections are
/// set for June"). A dash is three bytes ("BEIRUT — Israeli jets struck on
/// Monday"): the clause starts after the whole of it.
pub fn clause_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let breaks = [',', ';', '(', ')', '—', '–'];
    let from = text[..start]
        .char_indices()
        .rfind(|(_, c)| breaks.contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let to = text[end..].find(breaks).map_or(text.len(), |at| end + at);
    (from, to)
}

/// True when `sentence` speaks of the future. A cue told in the past ("was
/// due to begin on Tuesday", "were expected to") is a future seen from a
/// past day, which has come by the article's date: not the future.
pub fn speaks_of_future(sentence: &str) -> bool {
    let padded = format!(" {} ", sentence.to_lowercase());
    FUTURE_CUES.iter().any(|cue| {
        padded.match_indices(cue).any(|(at, _)| {
            let before = &padded[..at];
            !PAST_AUXILIARIES
                .iter()
                .any(|auxiliary| before.ends_with(auxiliary))
        })
    })
}

/// Words that put a following future cue in the past.
const PAST_AUXILIARIES: &[&str] = &[" was", " were", " had been", " had"];

/// True when `before`, its clause up to an expression, makes the expression
/// the deadline of something still to be done: "a decree to dissolve its
/// institutions by January 1" (a word of intent, an infinitive, then "by"), not "13 of the 14 were released by
/// Monday" or "thousands had returned to their homes by Friday".
pub(super) fn sets_a_deadline(before: &str) -> bool {
    let Some(clause) = before.strip_suffix("by ") else {
        return false;
    };
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let intent = words.iter().any(|word| {
        matches!(
            word.as_str(),
            "decree"
                | "order"
                | "ordered"
                | "orders"
                | "plan"
                | "plans"
                | "agreed"
                | "pledged"
                | "promised"
                | "vowed"
                | "deadline"
                | "ultimatum"
                | "decided"
                | "voted"
        )
    });
    let infinitive = words.windows(2).any(|pair| {
        pair[0] == "to"
            && pair[1].chars().all(|c| c.is_ascii_lowercase())
            && !NOT_VERBS.contains(&pair[1].as_str())
    });
    intent && infinitive
}

/// True when `before`, its clause up to an expression, schedules something
/// for it: "called an emergency summit for Sunday", "a vote set for May"
/// (a word of meeting or of calling, then "for"), not "arrested for
/// Sunday’s attack" or "called for Sunday’s results to be annulled" (a
/// possessive in `after`, the text after the expression).
pub(super) fn schedules_it(before: &str, after: &str) -> bool {
    let Some(clause) = before.strip_suffix("for ") else {
        return false;
    };
    if after.starts_with(['’', '\'']) {
        return false;
    }
    clause.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(
            word.as_str(),
            "summit"
                | "meeting"
                | "talks"
                | "session"
                | "hearing"
                | "vote"
                | "referendum"
                | "called"
                | "calls"
                | "convened"
                | "summoned"
                | "scheduled"
        )
    })
}

/// Words after "to" that make no infinitive.
const NOT_VERBS: &[&str] = &[
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "them", "it", "this", "that",
    "these", "those", "nearly", "more", "about", "some", "all",
];

/// True when `before`, its clause up to an expression, reports a plan for
/// it: "said the two sides
/// would meet again in December" ("would", then a verb of meeting,
/// starting, ending or going, before it in its clause); "would investigate
/// the deaths on Friday" is no plan for Friday.
pub(super) fn reports_a_plan(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    words.iter().enumerate().any(|(at, word)| {
        let next = &words[at + 1..];
        *word == "would"
            && (next.iter().take(2).any(|next| PLAN_VERBS.contains(next))
                // A plan in the passive: "would be sworn in on Thursday",
                // "would be released on Friday".
                || matches!(next, ["be", participle, ..]
                    if participle.ends_with("ed") || participle.ends_with('n')))
    })
}

/// Verbs of what is planned for a day: "would meet", "would resume".
const PLAN_VERBS: &[&str] = &[
    "meet",
    "hold",
    "resume",
    "begin",
    "start",
    "end",
    "open",
    "close",
    "return",
    "leave",
    "travel",
    "visit",
    "vote",
    "sign",
    "reconvene",
    "convene",
    "withdraw",
    "arrive",
    "take",
];

/// True when the text before a weekday ends with a verb of saying: "said
/// on Thursday", "told reporters on Monday", "said Monday".
pub(super) fn dates_a_saying(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(4)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let saying = |word: &str| {
        matches!(
            word,
            "said" | "says" | "told" | "announced" | "stated" | "added" | "wrote" | "reported"
        )
    };
    match words.as_slice() {
        ["on", verb, ..] | [verb, ..] if saying(verb) => true,
        // "told reporters on Monday"
        ["on", _, verb, ..] => saying(verb),
        _ => false,
    }
}
/// True when a clause tells a step back in the story: "Rebels had massed
/// near Hama on Monday", "three days before", "a week earlier".
pub fn steps_back(clause: &str) -> bool {
    let clause = clause.to_lowercase();
    clause.split_whitespace().any(|word| word == "had")
        || clause.contains(" before") && !clause.contains(" before the ")
        || clause.contains(" earlier")
}
