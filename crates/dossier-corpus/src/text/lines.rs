//! Splitting text into lines that remember their byte spans.

/// One line of a text: its span without the line ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number.
    pub number: u32,
    /// Byte offset of the line's first byte.
    pub start: usize,
    /// Byte offset just past the line's last byte (before `\r\n`, `\n` or `\r`).
    pub end: usize,
    /// Span of the line with surrounding white space (NBSP included) removed.
    pub content_start: usize,
    /// End of the trimmed span.
    pub content_end: usize,
}

impl Line {
    /// True when the line holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.content_start == self.content_end
    }

    /// The trimmed text of the line.
    pub fn content<'a>(&self, text: &'a str) -> &'a str {
        &text[self.content_start..self.content_end]
    }

    /// Length of the trimmed line in characters.
    pub fn char_len(&self, text: &str) -> usize {
        self.content(text).chars().count()
    }
}

/// The lines of `text`. `\r\n`, `\n` and a lone `\r` all end a line.
pub fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut result = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let width = match bytes[at] {
            b'\n' => 1,
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                at += 1;
                continue;
            }
        };
        result.push(make_line(text, result.len() as u32 + 1, start, at));
        at += width;
        start = at;
    }
    if start < bytes.len() {
        result.push(make_line(text, result.len() as u32 + 1, start, bytes.len()));
    }
    result
}

fn make_line(text: &str, number: u32, start: usize, end: usize) -> Line {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    let content_start = if trimmed.is_empty() {
        end
    } else {
        start + leading
    };
    Line {
        number,
        start,
        end,
        content_start,
        content_end: content_start + trimmed.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_is_recognised() {
        let text = "one\r\ntwo\nthree\rfour";
        let found: Vec<&str> = lines(text).iter().map(|line| line.content(text)).collect();
        assert_eq!(found, ["one", "two", "three", "four"]);
    }

    #[test]
    fn trailing_newline_adds_no_line_and_nbsp_is_blank() {
        let text = "a\n\u{a0} \nb\n";
        let found = lines(text);
        assert_eq!(found.len(), 3);
        assert!(found[1].is_blank());
        assert_eq!(found[2].number, 3);
    }
}
