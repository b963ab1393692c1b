//! Splitting a sentence into plain text and highlighted spans (actor
//! mentions and temporal expressions). Pure, so the reader renders it and
//! tests check it without a browser.

use dossier_corpus::{ActorKind, DateValue};

/// What a highlighted span is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark<'a> {
    /// A mention of an actor.
    Actor {
        /// The actor's id.
        id: &'a str,
        /// Its canonical name.
        name: &'a str,
        /// Its kind.
        kind: ActorKind,
    },
    /// A temporal expression and its value, when resolved.
    Date(Option<DateValue>),
    /// A match for a search.
    Hit,
}

/// A piece of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment<'a> {
    /// The text.
    pub text: &'a str,
    /// The highlight, if any.
    pub mark: Option<Mark<'a>>,
}

/// Cuts `text` at the marks' byte spans. Marks are taken in order of their
/// start; one that overlaps an earlier mark, or whose span is not on
/// character boundaries of `text`, is left out rather than mangling the text.
pub fn segments<'a>(text: &'a str, mut marks: Vec<(usize, usize, Mark<'a>)>) -> Vec<Segment<'a>> {
    marks.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, mark) in marks {
        let valid = start >= at
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !valid {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: &text[at..start],
                mark: None,
            });
        }
        out.push(Segment {
            text: &text[start..end],
            mark: Some(mark),
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment {
            text: &text[at..],
            mark: None,
        });
    }
    out
}

/// The CSS class of an actor kind.
pub fn kind_class(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "kind-person",
        ActorKind::Group => "kind-group",
        ActorKind::State => "kind-state",
        ActorKind::Place => "kind-place",
    }
}

/// The readable name of an actor kind.
pub fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Group => "armed group or organisation",
        ActorKind::State => "state or government body",
        ActorKind::Place => "place",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str) -> Mark<'_> {
        Mark::Actor {
            id,
            name: id,
            kind: ActorKind::Person,
        }
    }

    fn texts<'a>(segments: &[Segment<'a>]) -> Vec<(&'a str, bool)> {
        segments
            .iter()
            .map(|segment| (segment.text, segment.mark.is_some()))
            .collect()
    }

    #[test]
    fn marks_cut_the_text_in_order() {
        let text = "Kadhimi met Khazali on Friday.";
        let found = segments(
            text,
            vec![
                (23, 29, Mark::Date(None)),
                (0, 7, actor("a")),
                (12, 19, actor("b")),
            ],
        );
        assert_eq!(
            texts(&found),
            [
                ("Kadhimi", true),
                (" met ", false),
                ("Khazali", true),
                (" on ", false),
                ("Friday", true),
                (".", false)
            ]
        );
    }

    #[test]
    fn overlapping_and_broken_marks_are_dropped() {
        let text = "Iraq’s army";
        let found = segments(
            text,
            vec![
                (0, 4, actor("a")),
                (2, 6, actor("b")),
                (5, 6, actor("c")),
                (7, 99, actor("d")),
            ],
        );
        assert_eq!(texts(&found), [("Iraq", true), ("’s army", false)]);
    }
}
