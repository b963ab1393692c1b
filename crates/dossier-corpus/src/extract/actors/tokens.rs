//! Word tokens of a sentence, with their byte spans.
//!
//! A token is a run of letters and digits, keeping inner apostrophes
//! (Kata’ib) and the dots of initialisms (U.S.). Hyphens split tokens but are
//! remembered, so "al-Kadhimi" is two tokens joined by a hyphen and
//! "Iran-backed" can be read as a name and a suffix.

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset in the sentence.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// True when a hyphen joins it to the previous token.
    pub hyphen_before: bool,
}

/// True when every letter of `text` is a capital ("UN", "U.N.", "M23").
pub fn all_capitals(text: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

impl Token<'_> {
    /// True when the token starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for an all-capital token of two or more letters (KH, PMU, IRGC).
    pub fn is_acronym(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
            || (letters.len() >= 3
                && self.text.ends_with('s')
                && letters[..letters.len() - 1]
                    .iter()
                    .all(|c| c.is_uppercase()))
    }

    /// The token without a possessive ending.
    pub fn stem(&self) -> &str {
        super::super::names::strip_possessive(self.text)
    }
}

/// The tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut index = 0;
    let mut hyphen_pending = false;
    while index < chars.len() {
        let (at, character) = chars[index];
        if !character.is_alphanumeric() {
            hyphen_pending = matches!(character, '-' | '‐')
                && index > 0
                && (chars[index - 1].1.is_alphanumeric() || chars[index - 1].1 == '.');
            index += 1;
            continue;
        }
        let start = at;
        let mut end = at + character.len_utf8();
        index += 1;
        while index < chars.len() {
            let (at, character) = chars[index];
            let next_is_letter = chars
                .get(index + 1)
                .is_some_and(|(_, next)| next.is_alphanumeric());
            let joins = character.is_alphanumeric()
                || (matches!(character, '\'' | '’') && next_is_letter)
                || (character == '.'
                    && is_initialism_dot(&text[start..at], chars.get(index + 1).map(|(_, c)| *c)));
            if !joins {
                break;
            }
            end = at + character.len_utf8();
            index += 1;
        }
        tokens.push(Token {
            text: &text[start..end],
            start,
            end,
            hyphen_before: hyphen_pending,
        });
        hyphen_pending = false;
    }
    tokens
}

/// A dot belongs to an initialism ("U.S.", "D.C.") when the text so far is
/// single capitals joined by dots and a capital (or the end of the word)
/// follows.
fn is_initialism_dot(so_far: &str, next: Option<char>) -> bool {
    let single_letters = so_far
        .split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    single_letters && next.is_none_or(|next| next.is_uppercase() || !next.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_apostrophes_initialisms_and_hyphens() {
        let text = "Kata’ib Hezbollah, U.S.-Iraq talks; al-Kadhimi’s IRGC-QF.";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|token| token.text).collect();
        assert_eq!(
            words,
            [
                "Kata’ib",
                "Hezbollah",
                "U.S.",
                "Iraq",
                "talks",
                "al",
                "Kadhimi’s",
                "IRGC",
                "QF"
            ]
        );
        assert!(tokens[3].hyphen_before && tokens[6].hyphen_before && !tokens[1].hyphen_before);
        assert_eq!(tokens[6].stem(), "Kadhimi");
        assert!(tokens[7].is_acronym() && !tokens[0].is_acronym());
    }
}
