//! Folding text for comparison: lower case, accents stripped, apostrophes
//! of every kind deleted (so "Kata’ib" and "Kataib" meet), everything else
//! that is not a letter or a digit a break between words. The name matcher
//! and the search index both fold this way, so what one finds the other
//! agrees with.

/// Apostrophes and similar marks, deleted when folding.
pub const APOSTROPHES: &[char] = &['\'', '’', '‘', 'ʿ', 'ʾ', '`', '´'];

/// The words of `text`, folded.
pub fn fold_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for character in text.chars() {
        if APOSTROPHES.contains(&character) {
            continue;
        }
        if character.is_alphanumeric() {
            for lower in character.to_lowercase() {
                word.push(strip_accent(lower));
            }
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A letter without its accent, for the Latin letters transliterations use.
pub fn strip_accent(character: char) -> char {
    match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'ḍ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ġ' => 'g',
        'ḥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ṣ' => 's',
        'ť' | 'ṭ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'ẓ' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_across_spellings() {
        assert_eq!(fold_words("Kata’ib Hezbollah's"), ["kataib", "hezbollahs"]);
        assert_eq!(fold_words("al-Kādhimī, U.S."), ["al", "kadhimi", "u", "s"]);
        assert_eq!(fold_words("  "), Vec::<String>::new());
    }
}
