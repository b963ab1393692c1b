//! Cleaning a span of raw article text into readable text: one space between
//! words, hard line breaks joined, doubled quote marks made into real ones.

/// Cleans `raw`: collapses every run of white space (line breaks and NBSP
/// included) into one space, trims the ends, and turns doubled single quotes
/// (`‘’`, `’’`, `''`), a habit of some translation tools, into double quotes.
pub fn clean_text(raw: &str) -> String {
    let mut spaced = String::with_capacity(raw.len());
    let mut pending_space = false;
    for character in raw.chars() {
        if character.is_whitespace() {
            pending_space = !spaced.is_empty();
            continue;
        }
        if pending_space {
            spaced.push(' ');
            pending_space = false;
        }
        spaced.push(character);
    }
    fix_doubled_quotes(&spaced)
}

/// Replaces a pair of single quotes used as a double quote. Whether it opens or
/// closes is read from its neighbours: after a space or at the start it opens
/// (and a space after it is dropped), otherwise it closes (and a space before
/// it is dropped).
fn fix_doubled_quotes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // Opening minus closing double quotes written so far, kept as we go.
    let mut open_quotes: i64 = 0;
    let mut index = 0;
    while index < chars.len() {
        let pair = chars.get(index..index + 2);
        let is_doubled = matches!(
            pair,
            Some(['‘' | '’' | '\'', '’' | '\'']) | Some(['‘', '‘'])
        );
        if !is_doubled {
            match chars[index] {
                '“' => open_quotes += 1,
                '”' => open_quotes -= 1,
                _ => {}
            }
            out.push(chars[index]);
            index += 1;
            continue;
        }
        let opens = match out.chars().last() {
            None => true,
            Some(previous) if previous == ' ' || "([{—–/".contains(previous) => {
                let next = chars.get(index + 2).copied().unwrap_or(' ');
                !(open_quotes > 0 && (next == ' ' || next.is_ascii_punctuation()))
            }
            Some(_) => false,
        };
        if opens {
            open_quotes += 1;
            out.push('“');
            index += 2;
            if chars.get(index) == Some(&' ') {
                index += 1;
            }
        } else {
            while out.ends_with(' ') {
                out.pop();
            }
            open_quotes -= 1;
            out.push('”');
            index += 2;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, expected: &str) {
        assert_eq!(clean_text(raw), expected, "cleaning {raw:?}");
    }

    #[test]
    fn white_space_is_collapsed() {
        check("  a\n b\u{a0}\u{a0}c \r\n", "a b c");
        check("the\u{a0}US Embassy", "the US Embassy");
    }

    #[test]
    fn doubled_quotes_become_double_quotes() {
        check(
            "called as ‘’ dancing with snakes’’ was",
            "called as “dancing with snakes” was",
        );
        check(
            "known as ‘’the\nOctober 2019 revolution’’ which",
            "known as “the October 2019 revolution” which",
        );
        check(
            "said ‘’ Baghdad cannot stay’’ and",
            "said “Baghdad cannot stay” and",
        );
        check(
            "in Baghdad ‘’ Hizbullah brigades’’ made",
            "in Baghdad “Hizbullah brigades” made",
        );
        check("a ''quoted'' word", "a “quoted” word");
    }

    #[test]
    fn single_quotes_are_left_alone() {
        check(
            "Iraq’s ‘Popular Mobilization Units’ (PMUs)",
            "Iraq’s ‘Popular Mobilization Units’ (PMUs)",
        );
    }
}
