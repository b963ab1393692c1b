//! The Dossier corpus engine.
//!
//! Turns a folder of plain-text articles into a [`Corpus`]: documents with their
//! title, dateline, byline, paragraphs, captions, trailers and sentences, each
//! sentence keeping its byte span in the original file. It is plain Rust with no
//! web dependency, so the same code runs natively in `build.rs`, in the
//! `dossier` command-line tool and, where needed, in the browser.
//!
//! Parsing never panics: every entry point returns its result together with a
//! list of [`Diagnostic`]s that explain what was odd about the input.

pub mod bundle;
pub mod civil;
pub mod diagnostic;
pub mod document;
pub mod export;
#[cfg(feature = "extract")]
pub mod extract;
pub mod geo;
pub mod graph;
pub mod load;
pub mod model;
#[cfg(feature = "extract")]
pub mod pipeline;
pub mod search;
pub mod source;
pub mod text;

pub use civil::{CivilDate, MONTH_NAMES, MONTH_NAMES_SHORT};
pub use diagnostic::{Diagnostic, Severity};
pub use document::parse_document;
pub use load::{load_dir, LoadError, LoadOptions, Loaded};
pub use model::*;
#[cfg(feature = "extract")]
pub use pipeline::{build_corpus, build_corpus_dated, build_file, BuildError, Built};
