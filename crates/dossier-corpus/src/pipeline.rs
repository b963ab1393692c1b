//! The whole engine in one call: read a folder, read its gazetteer, extract.
//! `build.rs` and the `dossier` tool both go through here, so the app and the
//! export always hold the same data.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::extract::{extract, Gazetteer, GazetteerError, Review};
use crate::load::{load_dir, LoadError, LoadOptions};
use crate::model::Corpus;

/// Why a corpus could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The folder could not be read, or held no article.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The gazetteer is malformed.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
}

/// A built corpus, what was said about its input, and what to review.
#[derive(Debug, Clone)]
pub struct Built {
    /// The corpus, extraction done.
    pub corpus: Corpus,
    /// Notes and warnings, loading first.
    pub diagnostics: Vec<Diagnostic>,
    /// What a curator should look at.
    pub review: Review,
}

/// Reads `dir` and its gazetteer and runs every extraction step.
pub fn build_corpus(dir: &Path, options: &LoadOptions) -> Result<Built, BuildError> {
    let loaded = load_dir(dir, options)?;
    let (gazetteer, gazetteer_diagnostics) = Gazetteer::load_from_dir(dir)?;
    let mut corpus = loaded.corpus;
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(gazetteer_diagnostics);
    let (extraction_diagnostics, review) =
        extract(&mut corpus, &gazetteer, &dir.display().to_string());
    diagnostics.extend(extraction_diagnostics);
    Ok(Built {
        corpus,
        diagnostics,
        review,
    })
}
