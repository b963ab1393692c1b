//! Sentence splitting for news English.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
//! followed by white space and a capital letter, a digit or an opening quote.
//! A period after an abbreviation does not end a sentence: titles such as
//! `Gen.` never do; initialisms such as `U.S.` or `D.C.` and units such as
//! `107-mm.` do only when the next word is one that typically starts a
//! sentence ("the U.S. Embassy" stays whole, "Washington D.C. She is" splits).

/// Abbreviations that are never the last word of a sentence: titles, months,
/// and the like. Lower case, without the period.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "adm", "gov", "sen",
    "rep", "rev", "prof", "pres", "amb", "hon", "st", "mt", "ft", "no", "nos", "vol", "fig", "vs",
    "v", "e.g", "i.e", "cf", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "brig", "cmdr", "gens",
];

/// Abbreviations that may end a sentence, and do when the next word is a
/// typical sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "inc", "ltd", "co", "corp", "jr", "sr", "bros", "etc", "mm", "cm", "km", "kg", "lbs", "al",
];

/// Words that typically open an English sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "since",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "because",
    "with",
    "during",
    "some",
    "many",
    "most",
    "all",
    "one",
    "no",
    "not",
    "what",
    "who",
    "which",
    "where",
    "why",
    "how",
    "then",
    "also",
    "still",
    "earlier",
    "later",
    "today",
    "yesterday",
    "instead",
    "moreover",
    "thus",
    "such",
    "both",
    "each",
    "another",
    "according",
    "despite",
    "by",
    "from",
    "under",
    "until",
    "whether",
    "even",
    "only",
];

/// Splits `text[start..end]` into sentences; returns their trimmed byte spans
/// (offsets into `text`), in order. Empty spans are dropped.
pub fn split_sentences(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let mut spans = Vec::new();
    let mut sentence_start = 0;
    let mut chars = slice.char_indices().peekable();
    while let Some((at, character)) = chars.next() {
        if !matches!(character, '.' | '!' | '?') {
            continue;
        }
        // Take any further terminal marks and closing quotes or brackets.
        let mut after = at + character.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if matches!(next, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']') {
                after = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &slice[after..];
        let next_start = rest.len() - rest.trim_start().len();
        if next_start == 0 || next_start == rest.len() {
            continue; // no white space after it, or the end of the text
        }
        let next_text = &rest[next_start..];
        if !starts_like_a_sentence(next_text) {
            continue;
        }
        if character == '.' && !period_ends_sentence(&slice[sentence_start..at], next_text) {
            continue;
        }
        push_trimmed(&mut spans, slice, sentence_start, after, start);
        sentence_start = after + next_start;
    }
    push_trimmed(&mut spans, slice, sentence_start, slice.len(), start);
    spans
}

fn push_trimmed(spans: &mut Vec<(usize, usize)>, slice: &str, from: usize, to: usize, base: usize) {
    let piece = &slice[from..to];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let leading = piece.len() - piece.trim_start().len();
    spans.push((base + from + leading, base + from + leading + trimmed.len()));
}

/// True when `next` begins as a sentence does: a capital letter or digit,
/// possibly behind an opening quote or bracket.
fn starts_like_a_sentence(next: &str) -> bool {
    let mut chars = next.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let first = if matches!(first, '“' | '"' | '‘' | '\'' | '(' | '[') {
        match chars.next() {
            Some(second) => second,
            None => return false,
        }
    } else {
        first
    };
    first.is_uppercase() || first.is_ascii_digit()
}

/// Decides whether a period ends the sentence, given the sentence so far
/// (`before`, up to the period) and the text after the following space.
fn period_ends_sentence(before: &str, next: &str) -> bool {
    let token = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '“', '"', '‘', '[']);
    let lower = token.to_lowercase();
    let opener_follows = || next_word_is_opener(next);
    if NEVER_FINAL.contains(&lower.as_str()) {
        return false;
    }
    if is_initialism(token) {
        return opener_follows();
    }
    // A unit glued to a number ("107-mm", "5km") or another known abbreviation.
    let unit = lower.rsplit(['-', '–']).next().unwrap_or("");
    let unit = unit.trim_start_matches(|c: char| c.is_ascii_digit());
    if MAYBE_FINAL.contains(&lower.as_str()) || (unit != lower && MAYBE_FINAL.contains(&unit)) {
        return opener_follows();
    }
    true
}

/// `U.S`, `D.C`, `a.m` or a lone capital: single letters joined by periods.
fn is_initialism(token: &str) -> bool {
    let mut letters = 0;
    for part in token.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(letter), None) if letter.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 1 && (letters > 1 || token.chars().all(char::is_uppercase))
}

fn next_word_is_opener(next: &str) -> bool {
    let word: String = next
        .trim_start_matches(['“', '"', '‘', '\'', '(', '['])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    SENTENCE_OPENERS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let found: Vec<&str> = split_sentences(text, 0, text.len())
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect();
        assert_eq!(found, expected, "splitting {text:?}");
    }

    #[test]
    fn plain_sentences() {
        check(
            "He left. She stayed! Did they? Yes.",
            &["He left.", "She stayed!", "Did they?", "Yes."],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "They fired 107-mm. rockets at the U.S. Embassy in Baghdad. It missed.",
            &[
                "They fired 107-mm. rockets at the U.S. Embassy in Baghdad.",
                "It missed.",
            ],
        );
        check(
            "the killing of Iranian Gen. Qassem Soleimani in January.",
            &["the killing of Iranian Gen. Qassem Soleimani in January."],
        );
        check(
            "President George W. Bush spoke.",
            &["President George W. Bush spoke."],
        );
    }

    #[test]
    fn an_initialism_before_an_opener_ends_the_sentence() {
        check(
            "She works in Washington D.C. She is also a M.A. candidate.",
            &[
                "She works in Washington D.C.",
                "She is also a M.A. candidate.",
            ],
        );
    }

    #[test]
    fn quotes_close_and_open_sentences() {
        check(
            "“They can rebuild,” analyst Rasha Al Aqeedi said. “It’s not a huge deal.” Then he left.",
            &["“They can rebuild,” analyst Rasha Al Aqeedi said.", "“It’s not a huge deal.”", "Then he left."],
        );
    }

    #[test]
    fn line_breaks_inside_a_sentence_are_kept_in_the_span() {
        let text = "launching rockets at the\ngreen zone. Of course";
        check(
            text,
            &["launching rockets at the\ngreen zone.", "Of course"],
        );
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "xx  One. Two.  yy";
        assert_eq!(split_sentences(text, 2, 15), vec![(4, 8), (9, 13)]);
    }
}
