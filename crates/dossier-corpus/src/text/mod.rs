//! Text utilities shared by the parser: line scanning, cleaning and sentence
//! splitting. Each works on byte offsets into one decoded text.

pub mod clean;
pub mod lines;
pub mod sentences;

pub use clean::clean_text;
pub use lines::{lines, Line};
pub use sentences::split_sentences;
