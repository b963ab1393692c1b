//! Comparing names across spellings.
//!
//! Names are folded before any comparison: lower case, accents stripped,
//! apostrophes of every kind deleted, hyphens and dots made into breaks, and
//! the Arabic article (al-, el-, ad-, ar-, as-, ash-, at-, az-, an-) dropped
//! when it is hyphenated or stands alone. A consonant skeleton then groups
//! transliterations (Kata'ib / Kataib / Khataib / Kathaib; Kadhimi / Khadimi),
//! and Jaro-Winkler on the folded form keeps the skeleton honest: two names
//! are variants only when both agree (see [`are_variants`]).

use crate::text::fold::{strip_accent, APOSTROPHES};

/// Arabic articles dropped when hyphenated or standing alone.
const ARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad-", "l",
];

/// Folds one word-or-name: lower case, accents stripped, apostrophes deleted,
/// hyphens and dots as spaces, Arabic articles dropped, possessive `'s` gone.
pub fn fold(name: &str) -> String {
    // Initials with dots are one word: "U.N." is "UN", as "U.S." is "US".
    let undotted: String;
    let name = if name.contains('.') {
        undotted = name
            .split(' ')
            .map(|word| {
                let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
                let initials = letters.len() >= 2
                    && letters.iter().all(|c| c.is_alphabetic())
                    && word.chars().filter(|c| *c == '.').count() == letters.len()
                    && word.ends_with('.');
                if initials {
                    letters.into_iter().collect()
                } else {
                    word.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        undotted.as_str()
    } else {
        name
    };
    let mut words: Vec<String> = Vec::new();
    for raw in
        name.split(|c: char| c.is_whitespace() || c == '-' || c == '–' || c == '.' || c == '/')
    {
        let mut word = String::with_capacity(raw.len());
        for character in raw.chars() {
            if APOSTROPHES.contains(&character) {
                continue;
            }
            for lower in character.to_lowercase() {
                word.push(strip_accent(lower));
            }
        }
        let word: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
        if !word.is_empty() {
            words.push(word);
        }
    }
    // A possessive "’s" leaves a trailing "s" glued on ("kadhimis"): callers
    // strip possessives before folding, so nothing is guessed here.
    let kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| !ARTICLES.contains(word))
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}

/// The consonant skeleton of a folded name: kh→k, gh→g, dh→d, th→t, sh→s,
/// q→k, c→k, z→s, vowels (and y, w, h) dropped, doubled letters collapsed.
pub fn skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let chars: Vec<char> = folded.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let current = chars[index];
        let next = chars.get(index + 1).copied();
        let (mapped, width) = match (current, next) {
            ('k', Some('h'))
            | ('g', Some('h'))
            | ('d', Some('h'))
            | ('t', Some('h'))
            | ('s', Some('h')) => (Some(current), 2),
            ('q' | 'c', _) => (Some('k'), 1),
            ('z', _) => (Some('s'), 1),
            (' ', _) => (Some(' '), 1),
            ('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h', _) => (None, 1),
            (other, _) => (Some(other), 1),
        };
        if let Some(mapped) = mapped {
            if !out.ends_with(mapped) {
                out.push(mapped);
            }
        }
        index += width;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Jaro-Winkler similarity of two folded names.
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b)
}

/// True when two names are spelling variants of one name: same skeleton, a
/// Jaro-Winkler similarity of at least 0.8 on the folded forms, and the same
/// number of words. A skeleton alone over-merges (Amiri / Omari) and a string
/// distance alone misses real variants (Kataib / Khataib): both must agree.
pub fn are_variants(a: &str, b: &str) -> bool {
    are_variants_folded(&fold(a), &fold(b))
}

/// [`are_variants`] for names already folded (callers that compare one name
/// with many fold each once).
pub fn are_variants_folded(fa: &str, fb: &str) -> bool {
    if fa == fb {
        return true;
    }
    if fa.split_whitespace().count() != fb.split_whitespace().count() {
        return false;
    }
    let same_skeleton = skeleton(fa) == skeleton(fb);
    // Vowels carry little in transliteration, except at the start of a word
    // (Amiri / Omari are two names) and as an added nisba ending (Sadr /
    // Sadri, Iraq / Iraqi).
    let words_agree = fa
        .split_whitespace()
        .zip(fb.split_whitespace())
        .all(|(x, y)| {
            // An ending of vowels only makes another word: Sadr / Sadri,
            // Arab / Arabia.
            let vowels = |longer: &str, shorter: &str| {
                longer.strip_prefix(shorter).is_some_and(|ending| {
                    !ending.is_empty() && ending.chars().all(|c| "aeiouy".contains(c))
                })
            };
            let nisba = vowels(x, y) || vowels(y, x);
            x.chars().next() == y.chars().next() && !nisba
        });
    same_skeleton && words_agree && similarity(fa, fb) >= 0.8
}

/// Removes a possessive ending: "Kadhimi’s" → "Kadhimi", "militias’" → "militias".
pub fn strip_possessive(word: &str) -> &str {
    for ending in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return stem;
        }
    }
    word.trim_end_matches(['’', '\''])
}

/// A slug for ids: folded words joined by `-`.
pub fn slug(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join("-")
}

/// Like [`slug`] but keeps the Arabic article, so that "al-Sadr" and "Sadr"
/// entries of a gazetteer can still get readable, distinct ids.
pub fn slug_keep_articles(name: &str) -> String {
    let folded: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '.' || c == '/')
        .map(|word| {
            word.chars()
                .filter(|c| !APOSTROPHES.contains(c))
                .flat_map(char::to_lowercase)
                .map(strip_accent)
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect();
    folded.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Kata’ib Hezbollah"), "kataib hezbollah");
        assert_eq!(fold("al-Kadhimi"), "kadhimi");
        assert_eq!(fold("al Kadhimi"), "kadhimi");
        assert_eq!(fold("Asa’ib Ahl al-Haq"), "asaib ahl haq");
        // Initials with dots are one word, as they are without.
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("U.N. Security Council"), "un security council");
        assert_eq!(fold("UN Security Council"), "un security council");
        assert_eq!(fold("Maj. Gen. Peter"), "maj gen peter");
        assert_eq!(fold("Qāsim"), "qasim");
    }

    #[test]
    fn variants_that_are_one_name() {
        for (a, b) in [
            ("Kata’ib Hezbollah", "Kataib Hezbollah"),
            ("Kataib Hezbollah", "Khataib Hezbollah"),
            ("Kataib Hezbollah", "Kathaib Hezbollah"),
            ("al-Kadhimi", "Khadimi"),
            ("Mustafa al Kadhimi", "Mustafa al-Kadhimi"),
            ("Qassem Soleimani", "Qasem Soleimani"),
        ] {
            assert!(are_variants(a, b), "{a} ~ {b}");
        }
    }

    #[test]
    fn names_that_only_look_alike() {
        for (a, b) in [
            ("Amiri", "Omari"),
            ("Sadr", "Sadri"),
            ("Kata'ib Hezbollah", "Hezbollah"),
            ("Qasem Soleimani", "Qasim Muslih"),
            ("Iran", "Iraq"),
        ] {
            assert!(!are_variants(a, b), "{a} !~ {b}");
        }
    }

    #[test]
    fn possessives_and_slugs() {
        assert_eq!(strip_possessive("Kadhimi’s"), "Kadhimi");
        assert_eq!(strip_possessive("militias’"), "militias");
        assert_eq!(slug("Kata'ib Hezbollah"), "kataib-hezbollah");
        assert_eq!(slug_keep_articles("Muqtada al-Sadr"), "muqtada-al-sadr");
    }
}
