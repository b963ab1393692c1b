//! Grouping lines into blocks: paragraphs and list items.
//!
//! A blank line (white space and NBSP count as blank) always ends a block.
//! Inside a run of non-blank lines, whether a line break is a paragraph break
//! or a hard wrap depends on the file: text copied out of a PDF or an e-mail
//! is wrapped at a fixed width and most of its lines stop mid-sentence, while
//! web copy puts each paragraph on one line.

use crate::text::Line;

/// A block of raw text: one contiguous span of the decoded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawBlock {
    /// Byte offset where the block's text starts (after any bullet marker).
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// 1-based number of its first line.
    pub line: u32,
    /// Number of lines it spans.
    pub line_count: u32,
    /// True for a bullet list item.
    pub item: bool,
}

impl RawBlock {
    /// The raw text of the block.
    pub fn raw<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Groups `lines` of `text` into blocks.
pub fn raw_blocks(text: &str, lines: &[Line]) -> Vec<RawBlock> {
    let wrap_width = hard_wrap_width(text, lines);
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut open = false;
    for (index, line) in lines.iter().enumerate() {
        if line.is_blank() {
            open = false;
            continue;
        }
        let content = line.content(text);
        let marker = bullet_marker_len(content);
        let previous = index.checked_sub(1).map(|previous| &lines[previous]);
        let joins = open
            && marker.is_none()
            && previous.is_some_and(|previous| continues(text, previous, line, wrap_width));
        if joins {
            if let Some(block) = blocks.last_mut() {
                block.end = line.content_end;
                block.line_count += 1;
            }
        } else {
            let skip = marker.unwrap_or(0);
            let after_marker = &content[skip..];
            let start =
                line.content_start + skip + (after_marker.len() - after_marker.trim_start().len());
            blocks.push(RawBlock {
                start,
                end: line.content_end,
                line: line.number,
                line_count: 1,
                item: marker.is_some(),
            });
        }
        open = true;
    }
    blocks.retain(|block| block.start < block.end);
    blocks
}

/// Whether `line` continues the block that `previous` belongs to.
fn continues(text: &str, previous: &Line, line: &Line, wrap_width: Option<usize>) -> bool {
    let previous_text = previous.content(text);
    let ends_sentence = ends_with_terminal(previous_text);
    match wrap_width {
        // Hard-wrapped: a short line that ends a sentence ends its paragraph.
        Some(width) => !ends_sentence || previous.char_len(text) * 4 >= width * 3,
        // One paragraph per line: join only an obvious accident, a line that
        // stops mid-sentence followed by one that starts in lower case.
        None => {
            !ends_sentence
                && line
                    .content(text)
                    .chars()
                    .next()
                    .is_some_and(|first| first.is_lowercase())
        }
    }
}

/// The wrap width when the file is hard-wrapped, `None` when it is not.
///
/// Looks at every line that is followed by another non-blank line: in a
/// hard-wrapped file most of them stop mid-sentence and none is very long.
fn hard_wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let followed: Vec<&Line> = lines
        .windows(2)
        .filter(|pair| !pair[0].is_blank() && !pair[1].is_blank())
        .map(|pair| &pair[0])
        .collect();
    if followed.len() < 3 {
        return None;
    }
    let widest = followed.iter().map(|line| line.char_len(text)).max()?;
    let mid_sentence = followed
        .iter()
        .filter(|line| !ends_with_terminal(line.content(text)))
        .count();
    // Wrapped lines fill most of the width; short ones are separate lines.
    let long = followed
        .iter()
        .filter(|line| line.char_len(text) * 5 >= widest * 3)
        .count();
    let wrapped =
        widest <= 200 && mid_sentence * 2 >= followed.len() && long * 5 >= followed.len() * 3;
    wrapped.then_some(widest)
}

/// True when `text` ends a sentence: `.`, `!`, `?` or `:`, maybe behind
/// closing quotes or brackets, or a photo credit in brackets.
pub fn ends_with_terminal(text: &str) -> bool {
    if super::captions::split_credit(text).is_some() {
        return true; // a photo credit closes its caption
    }
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    trimmed.ends_with(['.', '!', '?', ':'])
}

/// Byte length of a bullet marker at the start of `content`, if there is one:
/// `•`, `·`, `▪`, `◦`, `‣`, or `-`, `*`, `–`, `—` followed by a space or a
/// capital letter (so "-based" or "-5" are not bullets).
pub fn bullet_marker_len(content: &str) -> Option<usize> {
    let mut chars = content.chars();
    let first = chars.next()?;
    let next = chars.next();
    let is_bullet = match first {
        '•' | '·' | '▪' | '◦' | '‣' | '●' => true,
        '-' | '*' | '–' | '—' => next.is_some_and(|next| next == ' ' || next.is_uppercase()),
        _ => false,
    };
    let has_text = content[first.len_utf8()..].trim().chars().next().is_some();
    (is_bullet && has_text).then_some(first.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    fn check(text: &str, expected: &[(&str, bool)]) {
        let found: Vec<(String, bool)> = raw_blocks(text, &lines(text))
            .iter()
            .map(|block| (crate::text::clean_text(block.raw(text)), block.item))
            .collect();
        let expected: Vec<(String, bool)> = expected
            .iter()
            .map(|(text, item)| (text.to_string(), *item))
            .collect();
        assert_eq!(found, expected, "blocks of {text:?}");
    }

    #[test]
    fn one_paragraph_per_line() {
        check(
            "First paragraph here.\nSecond one.\n\nThird.",
            &[
                ("First paragraph here.", false),
                ("Second one.", false),
                ("Third.", false),
            ],
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The attack on the embassy came after a week of\n\
                    threats from the militias, which said that the\n\
                    government had no right to arrest their men and\n\
                    would pay for it.\n\nA new paragraph starts here.";
        check(
            text,
            &[
                ("The attack on the embassy came after a week of threats from the militias, which said that the government had no right to arrest their men and would pay for it.", false),
                ("A new paragraph starts here.", false),
            ],
        );
    }

    #[test]
    fn bullets_are_items_and_wrapped_bullets_are_joined() {
        let text = "Intro that is wrapped at a fixed width and so\n\
                    goes on to the next line of the text without\n\
                    any stop until here:\n\n   -The first point is long and\n\
                    continues on the next line.\n-Second point.";
        check(
            text,
            &[
                ("Intro that is wrapped at a fixed width and so goes on to the next line of the text without any stop until here:", false),
                ("The first point is long and continues on the next line.", true),
                ("Second point.", true),
            ],
        );
        check("  • One.\n  • Two.", &[("One.", true), ("Two.", true)]);
        check("-based on nothing", &[("-based on nothing", false)]);
    }
}
