//! Photo captions and their credits.
//!
//! A caption is a block that ends in a credit in brackets, "(photo credit:
//! ...)", "(AP Photo/...)", "(Reuters/...)". Web copy often repeats a caption
//! without its credit and then the credit alone on its own line; those repeats
//! are recognised so that the caption shows once.

/// Words a credit in brackets starts with (lower case).
const CREDIT_LEADS: &[&str] = &[
    "photo credit",
    "photo:",
    "photo by",
    "photos:",
    "photograph",
    "ap photo",
    "afp photo",
    "afp via getty",
    "reuters",
    "credit:",
    "image:",
    "image credit",
    "picture:",
    "getty images",
    "epa",
];

/// Prefixes removed from a credit to keep only who took or supplied the photo.
const CREDIT_LABELS: &[&str] = &[
    "photo credit:",
    "credit:",
    "photo:",
    "photos:",
    "image:",
    "picture:",
    "image credit:",
];

/// A block split into caption text and credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditSplit {
    /// Byte length of the caption text before the credit (may be zero).
    pub text_len: usize,
    /// The credit, without brackets or label.
    pub credit: String,
}

/// Splits a block that ends in a credit in brackets; `None` when it does not.
pub fn split_credit(block: &str) -> Option<CreditSplit> {
    let trimmed = block.trim_end();
    let inner_end = trimmed.strip_suffix(')')?.len();
    let open = trimmed[..inner_end].rfind('(')?;
    let inner = trimmed[open + 1..inner_end].trim();
    let lower = inner.to_lowercase();
    if !CREDIT_LEADS.iter().any(|lead| lower.starts_with(lead)) {
        return None;
    }
    let label = CREDIT_LABELS.iter().find(|label| lower.starts_with(*label));
    let credit = label.map_or(inner, |label| inner[label.len()..].trim());
    Some(CreditSplit {
        text_len: block[..open].trim_end().len(),
        credit: credit.to_owned(),
    })
}

/// Compares two texts as a reader would: same words, any spacing or case.
pub fn same_text(a: &str, b: &str) -> bool {
    text_key(a) == text_key(b)
}

/// A key equal for texts that [`same_text`] calls the same.
pub fn text_key(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(block: &str, expected: Option<(&str, &str)>) {
        let found =
            split_credit(block).map(|split| (block[..split.text_len].to_owned(), split.credit));
        let expected = expected.map(|(text, credit)| (text.to_owned(), credit.to_owned()));
        assert_eq!(found, expected, "{block:?}");
    }

    #[test]
    fn credits_are_split_off() {
        check(
            "Leaders meet in Tehran. (photo credit: MEDIA OFFICE/HANDOUT VIA REUTERS)",
            Some((
                "Leaders meet in Tehran.",
                "MEDIA OFFICE/HANDOUT VIA REUTERS",
            )),
        );
        check(
            "A poster in Baghdad. (AP Photo/Hadi Mizban)",
            Some(("A poster in Baghdad.", "AP Photo/Hadi Mizban")),
        );
        check("(photo credit: SOMEONE)", Some(("", "SOMEONE")));
        check("The Popular Mobilization Units (PMU)", None);
        check("He left (for good)", None);
    }
}
