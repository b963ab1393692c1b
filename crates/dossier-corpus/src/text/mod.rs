//! Text utilities shared by the parser: line scanning, cleaning and sentence
//! splitting. Each works on byte offsets into one decoded text.

pub mod clean;
pub mod fold;
pub mod lines;
pub mod sentences;

pub use clean::clean_text;
pub use lines::{lines, Line};
pub use sentences::split_sentences;

/// Lower-case particles that may stand inside a person's name ("Abu Mahdi
/// al-Muhandis", "Mohammed bin Salman", "Ursula von der Leyen"). One list for
/// the byline reader and the name finder.
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "abd", "de", "van", "von", "der", "da", "di", "la",
    "le",
];
