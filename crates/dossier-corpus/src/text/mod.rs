//! Text utilities shared by the parser: line scanning, cleaning and sentence
//! splitting. Each works on byte offsets into one decoded text.

pub mod clean;
pub mod fold;
pub mod lines;
pub mod sentences;

pub use clean::clean_text;
pub use lines::{lines, Line};
pub use sentences::split_sentences;

/// The last `bytes` bytes of `text` or a few more, from a character's start:
/// the words just before an offset, where a cue is looked for.
pub fn tail(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..]
}

/// Lower-case particles that may stand inside a person's name ("Abu Mahdi
/// al-Muhandis", "Mohammed bin Salman", "Ursula von der Leyen"). One list for
/// the byline reader and the name finder.
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "abd", "de", "van", "von", "der", "da", "di", "la",
    "le",
];
