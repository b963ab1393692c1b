//! The whole engine in one call: read a folder, read its gazetteer, extract.
//! `build.rs` and the `dossier` tool both go through here, so the app and the
//! export always hold the same data.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::extract::{extract, Gazetteer, GazetteerError, Review};
use crate::load::{load_dir, LoadError, LoadOptions};
use crate::model::{Confidence, Corpus, DocDate};
use crate::CivilDate;

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
    build_corpus_dated(dir, options, &BTreeMap::new())
}

/// [`build_corpus`], with the dates of some articles given (document id →
/// inclusive range), as a dateline would state them: what `dossier eval`
/// uses to score relative dates apart from the dating of undated articles.
pub fn build_corpus_dated(
    dir: &Path,
    options: &LoadOptions,
    dates: &BTreeMap<String, (CivilDate, CivilDate)>,
) -> Result<Built, BuildError> {
    let loaded = load_dir(dir, options)?;
    let (gazetteer, gazetteer_diagnostics) = Gazetteer::load_from_dir(dir)?;
    let mut corpus = loaded.corpus;
    for document in &mut corpus.documents {
        if let Some(&(start, end)) = dates.get(&document.id) {
            document.date = Some(given(start, end, "given to the evaluation"));
        }
    }
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

/// Builds a corpus of one file, with the gazetteer of the file's folder.
/// `date`, when given, is the article's date (as a dateline would state it).
pub fn build_file(
    path: &Path,
    date: Option<crate::CivilDate>,
    options: &LoadOptions,
) -> Result<Built, BuildError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Unreadable {
        path: path.to_owned(),
        source,
    })?;
    let file_name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or(&display)
        .to_owned();
    let id = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or(&file_name)
        .to_owned();
    let (document, mut diagnostics) =
        crate::load::parse_file(&id, &file_name, &display, &bytes, options);
    let Some(mut document) = document else {
        return Err(LoadError::NoArticles {
            path: path.to_owned(),
            diagnostics,
        }
        .into());
    };
    if let Some(date) = date {
        document.date = Some(given(date, date, "given on the command line"));
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    let (gazetteer, gazetteer_diagnostics) = Gazetteer::load_from_dir(folder)?;
    diagnostics.extend(gazetteer_diagnostics);
    let mut corpus = Corpus {
        documents: vec![document],
        ..Corpus::default()
    };
    let (extraction_diagnostics, review) =
        extract(&mut corpus, &gazetteer, &folder.display().to_string());
    diagnostics.extend(extraction_diagnostics);
    Ok(Built {
        corpus,
        diagnostics,
        review,
    })
}

/// An article date stated from outside the text.
fn given(start: CivilDate, end: CivilDate, evidence: &str) -> DocDate {
    DocDate {
        start,
        end,
        inferred: false,
        evidence: evidence.to_owned(),
        confidence: Confidence::Stated,
    }
}
