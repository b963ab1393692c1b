//! Event-anchored offsets: "within a week of the Jeddah strike", "two days
//! after the vote", "less than two weeks after that interview", "within
//! three days of being arrested". The offset counts from the date of the
//! event it names, which an earlier sentence of the same document told with
//! a date; without one it counts from the last day told, as before.

/// Words that end the phrase naming the event.
const PHRASE_ENDS: &[&str] = &[
    "and", "or", "but", "to", "when", "which", "that", "who", "with", "in", "on", "at", "by",
    "for", "from", "was", "were", "had", "has", "is", "are", "as", "after", "before",
];

/// The words that identify the event named right after an offset (`rest`
/// is the sentence after the expression): its proper names when it has any
/// ("the Jeddah strike": Jeddah), else its head noun ("the vote": vote), or
/// the stem of the verb that names it ("of being arrested", "after signing
/// the deal": arrest, sign).
pub fn event_words(rest: &str) -> Option<Vec<&str>> {
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("of ").unwrap_or(rest);
    if let Some(stem) = verb_stem(rest) {
        return Some(vec![stem]);
    }
    let mut words = rest.split_whitespace();
    let determiner = words.next()?;
    if !["the", "that", "this"].contains(&determiner.to_lowercase().as_str()) {
        return None;
    }
    let mut phrase: Vec<&str> = Vec::new();
    for word in words {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() || PHRASE_ENDS.contains(&bare) {
            break;
        }
        phrase.push(bare);
        // Punctuation after a word ends the phrase with it.
        if bare.len() < word.len() || phrase.len() == 4 {
            break;
        }
    }
    let proper: Vec<&str> = phrase
        .iter()
        .copied()
        .filter(|word| word.starts_with(char::is_uppercase))
        .collect();
    if !proper.is_empty() {
        return Some(proper);
    }
    phrase.last().map(|head| vec![*head])
}

/// The stem of a verb that names an event in place of a noun: a passive
/// participle ("being arrested", "having been freed") or a gerund
/// ("signing the deal"). The stem keeps four letters or more, so that its
/// other forms are found by their start ("arrest": "arrested", "arrests");
/// shorter ones ("taking") name nothing reliably.
fn verb_stem(rest: &str) -> Option<&str> {
    let mut words = rest.split_whitespace();
    let mut word = words.next()?;
    if word == "having" {
        word = words.next()?;
    }
    if word == "been" || word == "being" {
        word = words.next()?;
    }
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !word.chars().all(|c| c.is_ascii_lowercase()) || NOT_EVENT_VERBS.contains(&word) {
        return None;
    }
    let stem = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))?;
    (stem.len() >= 4).then_some(stem)
}

/// Words in "-ing" or "-ed" that are no verb naming an event: "two days
/// after evening prayers".
const NOT_EVENT_VERBS: &[&str] = &[
    "evening",
    "morning",
    "something",
    "nothing",
    "anything",
    "everything",
    "during",
    "according",
    "following",
    "building",
    "ceiling",
    "king",
    "thing",
    "spring",
    "hundred",
    "red",
    "bed",
    "united",
];

/// Nouns that name one kind of happening: "two days after the vote" counts
/// from "Sunday's election".
const SAME_HAPPENING: &[&[&str]] = &[
    &["vote", "election", "poll", "ballot", "referendum"],
    &["attack", "strike", "assault", "bombing", "raid"],
    &["truce", "ceasefire"],
    &["talks", "meeting", "summit"],
    &["arrest", "detain", "detention"],
];

/// `word` and the nouns that name the same kind of happening.
fn alike(word: &str) -> Vec<&str> {
    SAME_HAPPENING
        .iter()
        .find(|set| set.contains(&word))
        .map_or_else(|| vec![word], |set| set.to_vec())
}

/// True when `token` is `word` or a form of it ("interviews", "elections",
/// "arrested"): an inflection follows, not another word ("sign" is not
/// "significant", "even" not "events").
fn is_form_of(token: &str, word: &str) -> bool {
    let token = token.to_lowercase();
    let Some(rest) = token.strip_prefix(word) else {
        return false;
    };
    // A doubled consonant before "-ed" or "-ing": "stopped", "shelling".
    let rest = match (word.chars().last(), rest.chars().next()) {
        (Some(last), Some(first)) if last == first && !"aeiou".contains(last) => &rest[1..],
        _ => rest,
    };
    rest.is_empty()
        || word.len() >= 4
            && [
                "s", "es", "ed", "d", "ing", "e", "ion", "ions", "ment", "ments",
            ]
            .contains(&rest)
}

/// True when `sentence` mentions every one of `words`: proper names as they
/// stand, a common noun also in another form ("interview", "interviews") or
/// by another noun for the same kind of happening ("vote", "election").
pub fn mentions(sentence: &str, words: &[&str]) -> bool {
    mention_at(sentence, words).is_some()
}

/// Where `sentence` mentions the first of `words`, when it mentions every
/// one of them as [`mentions`] reads them: the byte offset of that token.
pub fn mention_at(sentence: &str, words: &[&str]) -> Option<usize> {
    let at_of = |word: &str| {
        let proper = word.starts_with(char::is_uppercase);
        tokens(sentence)
            .find(|(_, token)| {
                if proper {
                    *token == word
                } else {
                    alike(word).iter().any(|like| is_form_of(token, like))
                }
            })
            .map(|(at, _)| at)
    };
    let (first, others) = words.split_first()?;
    others
        .iter()
        .all(|word| at_of(word).is_some())
        .then_some(())?;
    at_of(first)
}

/// The alphanumeric tokens of `text`, each with its byte offset.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| match (c.is_alphanumeric(), start) {
            (true, None) => {
                start = Some(at);
                None
            }
            (false, Some(from)) => {
                start = None;
                Some((from, &text[from..at]))
            }
            _ => None,
        })
}

/// True when `rest`, the text right after an expression, names the event
/// of `words` with it: "’s election" after "Sunday" when the words are
/// ["vote"].
pub fn names_event(rest: &str, words: &[&str]) -> bool {
    let [word] = words else {
        return false;
    };
    if word.starts_with(char::is_uppercase) {
        return false;
    }
    let rest = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest);
    rest.split_whitespace()
        .next()
        .map(|next| next.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|next| alike(word).iter().any(|like| is_form_of(next, like)))
}

/// True when a day told later in the sentence dates the event a verb
/// named: "within a week of seizing Minova, a lakeside town on the city’s
/// main supply route, on Jan. 21". `between` runs from the offset to that
/// day; no other verb may stand in it, or the day is that verb's ("within
/// a week of seizing Minova, the rebels entered Goma on Jan. 28").
pub fn dates_the_verb(between: &str, words: &[&str], kind: &super::tagger::TimexKind) -> bool {
    use super::tagger::TimexKind;
    let [stem] = words else {
        return false;
    };
    if stem.starts_with(char::is_uppercase)
        || !matches!(kind, TimexKind::MonthDay { .. } | TimexKind::Date { .. })
        || !between.trim_end().ends_with(" on")
    {
        return false;
    }
    let mut tokens = tokens(between).map(|(_, token)| token.to_lowercase());
    // The verb itself first ("of seizing"), then no other.
    if !tokens.any(|token| is_form_of(&token, stem)) {
        return false;
    }
    tokens.all(|token| {
        !(token.ends_with("ed")
            || matches!(
                token.as_str(),
                "was" | "were" | "is" | "are" | "has" | "have" | "had" | "took" | "began" | "came"
            ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(rest: &str, expected: Option<&[&str]>) {
        assert_eq!(event_words(rest).as_deref(), expected, "{rest:?}");
    }

    #[test]
    fn the_event_an_offset_names() {
        check(
            " of the Jeddah strike, both sides had signed",
            Some(&["Jeddah"]),
        );
        check(" the vote, with newcomers", Some(&["vote"]));
        check(" that interview, when the top", Some(&["interview"]));
        check(" Iraqi troops arrested more than a dozen", None);
        check(" of being arrested, Kadhimi has", Some(&["arrest"]));
        check(" signing the accord", Some(&["sign"]));
        check(" of having been detained", Some(&["detain"]));
        // Too short a stem to find its other forms by, or no verb at all.
        check(" taking office", None);
        check(" evening prayers, the", None);
    }

    #[test]
    fn earlier_mentions_of_the_event() {
        let told = "Last week, Houthi missiles struck a fuel depot in Jeddah, sending smoke";
        assert!(mentions(told, &["Jeddah"]));
        assert!(!mentions(told, &["Riyadh"]));
        assert!(mentions(
            "in a May 14 interview with Al Jazeera",
            &["interview"]
        ));
        assert!(!mentions("the interviewer", &["vote"]));
        assert!(mentions("in the elections of May", &["vote"]));
        // Another word that starts with the stem is no form of it.
        assert!(!mentions("a significant move", &["sign"]));
        assert!(mentions("they signed the accord", &["sign"]));
        assert!(mentions("the shelling went on", &["shell"]));
        let arrests = "The attack on Sunday came 10 days after troops arrested a dozen men";
        assert_eq!(mention_at(arrests, &["arrest"]), Some(47));
        assert_eq!(mention_at("officials detained him", &["arrest"]), Some(10));
        assert_eq!(mention_at(arrests, &["Jeddah"]), None);
    }

    #[test]
    fn a_day_told_after_the_verb_it_dates() {
        use super::super::tagger::TimexKind;
        let day = TimexKind::MonthDay {
            month: 1,
            day: 21,
            weekday: None,
        };
        let words = ["seiz"];
        assert!(dates_the_verb(
            " of seizing Minova, a lakeside town on the city’s main supply route, on ",
            &words,
            &day
        ));
        // Another verb between: the day is its own.
        assert!(!dates_the_verb(
            " of seizing Minova, the rebels entered Goma on ",
            &words,
            &day
        ));
        // Not a day, or not introduced by "on".
        assert!(!dates_the_verb(" of seizing Minova in ", &words, &day));
    }

    #[test]
    fn an_expression_that_names_the_event() {
        assert!(names_event("’s election, with", &["vote"]));
        assert!(names_event(" vote was held", &["vote"]));
        assert!(!names_event("’s parade", &["vote"]));
        assert!(!names_event("’s election", &["Jeddah"]));
    }
}
