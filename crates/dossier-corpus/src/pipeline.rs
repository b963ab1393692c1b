//! The whole engine in one call: read a folder, read its gazetteer, extract.
//! `build.rs` and the `dossier` tool both go through here, so the app and the
//! export always hold the same data.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::extract::{extract, Gazetteer, GazetteerError};
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

/// Reads `dir` and its gazetteer and runs every extraction step.
pub fn build_corpus(
    dir: &Path,
    options: &LoadOptions,
) -> Result<(Corpus, Vec<Diagnostic>), BuildError> {
    let loaded = load_dir(dir, options)?;
    let (gazetteer, mut diagnostics) = Gazetteer::load_from_dir(dir)?;
    let mut corpus = loaded.corpus;
    diagnostics.splice(0..0, loaded.diagnostics);
    diagnostics.extend(extract(&mut corpus, &gazetteer, &dir.display().to_string()));
    Ok((corpus, diagnostics))
}
