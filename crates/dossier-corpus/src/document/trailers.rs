//! Trailers: what follows an article's body without being part of it, such as
//! "Related Content" lists, contact lines, and author bios ("About <name>").

use crate::model::TrailerKind;

use super::header::parse_about_heading;

/// Headings that open a list of related links (lower case, no final colon).
const RELATED_HEADINGS: &[&str] = &[
    "related content",
    "related articles",
    "related stories",
    "related coverage",
    "related",
    "read more",
    "read next",
    "more on this story",
    "more from this author",
    "recommended",
    "you may also like",
    "see also",
];

/// Phrases that mark a short block as boilerplate (lower case).
const BOILERPLATE_PHRASES: &[&str] = &[
    "please contact",
    "contact us",
    "subscribe",
    "sign up for",
    "newsletter",
    "all rights reserved",
    "©",
    "copyright",
    "follow us",
    "for tailored research",
    "for more information",
    "share this article",
    "click here",
];

/// What a block says about the trailer: the kind it opens, and for a bio
/// heading the name of the person it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrailerStart {
    /// The kind of trailer the block opens.
    pub kind: TrailerKind,
    /// For "About <name>": the name.
    pub person: Option<String>,
}

/// Whether `text` (a cleaned block) opens a trailer.
pub fn trailer_start(text: &str) -> Option<TrailerStart> {
    let lower = text.trim().trim_end_matches(':').to_lowercase();
    if RELATED_HEADINGS.contains(&lower.as_str()) {
        return Some(TrailerStart {
            kind: TrailerKind::Related,
            person: None,
        });
    }
    if let Some(person) = parse_about_heading(text) {
        return Some(TrailerStart {
            kind: TrailerKind::Bio,
            person: Some(person),
        });
    }
    let short = text.split_whitespace().count() <= 15;
    if short
        && BOILERPLATE_PHRASES
            .iter()
            .any(|phrase| lower.contains(phrase))
    {
        return Some(TrailerStart {
            kind: TrailerKind::Boilerplate,
            person: None,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailer_starts() {
        let kind = |text: &str| trailer_start(text).map(|start| start.kind);
        assert_eq!(kind("Related Content"), Some(TrailerKind::Related));
        assert_eq!(
            kind("For tailored research and analysis, please contact:"),
            Some(TrailerKind::Boilerplate)
        );
        assert_eq!(kind("About Maya Carlin"), Some(TrailerKind::Bio));
        assert_eq!(kind("The militias will subscribe to no deal that leaves them without their weapons, their money, their men or any of the power they have won in the streets of Baghdad."), None);
        assert_eq!(kind("Kadhimi is walking a tightrope."), None);
    }
}
