//! Reading a corpus folder: which files are articles, what to do with bad
//! input, and the diagnostics that explain it.
//!
//! The policy, one case at a time (tested in `tests/load.rs`):
//!
//! | input | what happens |
//! |---|---|
//! | the folder is missing or unreadable | error: nothing to build |
//! | no usable article in the folder | error, with every skipped file's reason |
//! | an empty or blank file | skipped with a warning |
//! | a binary file (a NUL byte, or mostly control characters) | skipped with a warning |
//! | a file over the size limit (4 MiB unless set) | skipped with a warning naming the limit |
//! | a file that is not UTF-8 | read as Windows-1252 with a warning |
//! | UTF-16 with a byte-order mark | decoded, with a note |
//! | a UTF-8 byte-order mark, CRLF or CR line ends | read as is; offsets stay true to the file |
//! | a file with no body text | skipped with a warning |
//! | two files with the same stem (`a.txt`, `a.md`) | the second gets the id `a-2`, with a warning |
//! | a file that is not `.txt`, `.md` or `.text` | ignored; a note unless it is a known data file |

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::parse_document;
use crate::model::{Corpus, Document};
use crate::source::{line_and_column, Encoding, SourceText};

/// Default size limit of one article file: 4 MiB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// File name endings read as articles.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "text"];

/// File name endings of data files that may sit beside the articles.
const DATA_EXTENSIONS: &[&str] = &["toml", "json", "csv", "tsv", "geojson"];

/// Settings for reading a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are skipped.
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// A corpus read from a folder, with everything worth saying about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The documents, in file-name order.
    pub corpus: Corpus,
    /// Notes and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a folder could not be read as a corpus at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The folder does not exist.
    #[error("{0}: no such folder")]
    Missing(PathBuf),
    /// The path is not a folder.
    #[error("{0}: not a folder (point the build at a folder of .txt or .md articles)")]
    NotAFolder(PathBuf),
    /// The folder could not be listed.
    #[error("{path}: cannot be read: {source}")]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Nothing in the folder could be used.
    #[error("{path}: no usable article (.txt or .md file) in this folder")]
    NoArticles {
        /// The folder.
        path: PathBuf,
        /// Why each file was skipped.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Reads every article in `dir` (not its sub-folders).
pub fn load_dir(dir: &Path, options: &LoadOptions) -> Result<Loaded, LoadError> {
    if !dir.exists() {
        return Err(LoadError::Missing(dir.to_owned()));
    }
    if !dir.is_dir() {
        return Err(LoadError::NotAFolder(dir.to_owned()));
    }
    let unreadable = |source| LoadError::Unreadable {
        path: dir.to_owned(),
        source,
    };
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    paths.sort();

    let mut diagnostics = Vec::new();
    let mut documents: Vec<Document> = Vec::new();
    let mut ids = BTreeSet::new();
    for path in paths {
        let Some(file_name) = path
            .file_name()
            .and_then(|name| name.to_str())
            .map(str::to_owned)
        else {
            diagnostics.push(Diagnostic::new(
                &path.display().to_string(),
                0,
                Severity::Warning,
                "file name is not valid Unicode; skipped",
            ));
            continue;
        };
        let display = path.display().to_string();
        if file_name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            diagnostics.push(Diagnostic::new(
                &display,
                0,
                Severity::Note,
                "sub-folder ignored: only the folder's own files are read",
            ));
            continue;
        }
        let extension = path
            .extension()
            .and_then(|ext| ext.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !ARTICLE_EXTENSIONS.contains(&extension.as_str()) {
            if !DATA_EXTENSIONS.contains(&extension.as_str()) {
                diagnostics.push(Diagnostic::new(
                    &display,
                    0,
                    Severity::Note,
                    "not an article (only .txt, .md and .text files are read); ignored",
                ));
            }
            continue;
        }
        let size = fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0);
        if size > options.max_file_bytes {
            diagnostics.push(too_large(&display, size, options.max_file_bytes));
            continue;
        }
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                diagnostics.push(Diagnostic::new(
                    &display,
                    0,
                    Severity::Warning,
                    format!("cannot be read: {error}; skipped"),
                ));
                continue;
            }
        };
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or(&file_name);
        let id = unique_id(stem, &mut ids, &display, &mut diagnostics);
        let (document, file_diagnostics) = parse_file(&id, &file_name, &display, &bytes, options);
        diagnostics.extend(file_diagnostics);
        documents.extend(document);
    }
    if documents.is_empty() {
        return Err(LoadError::NoArticles {
            path: dir.to_owned(),
            diagnostics,
        });
    }
    Ok(Loaded {
        corpus: Corpus {
            documents,
            ..Corpus::default()
        },
        diagnostics,
    })
}

/// Parses one file's bytes, applying the bad-input policy. Returns `None`
/// when the file is skipped; the diagnostics say why.
pub fn parse_file(
    id: &str,
    file_name: &str,
    display: &str,
    bytes: &[u8],
    options: &LoadOptions,
) -> (Option<Document>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut skip = |line: u32, message: String| {
        diagnostics.push(Diagnostic::new(display, line, Severity::Warning, message));
    };
    if bytes.len() as u64 > options.max_file_bytes {
        skip(
            0,
            too_large(display, bytes.len() as u64, options.max_file_bytes).message,
        );
        return (None, diagnostics);
    }
    let is_utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !is_utf16 {
        if let Some(at) = bytes.iter().position(|&byte| byte == 0) {
            let (line, _) = line_and_column(bytes, at);
            skip(
                line,
                format!(
                    "looks like a binary file, not an article (a NUL byte at byte {at}); skipped"
                ),
            );
            return (None, diagnostics);
        }
    }
    let source = SourceText::decode(bytes);
    if source.text.trim().is_empty() {
        skip(0, "the file is empty; skipped".to_owned());
        return (None, diagnostics);
    }
    let controls = source
        .text
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if controls * 20 > source.text.chars().count() {
        skip(
            0,
            format!(
                "looks like a binary file, not an article ({controls} control characters); skipped"
            ),
        );
        return (None, diagnostics);
    }
    match source.encoding {
        Encoding::Windows1252 { first_bad_byte } => {
            let (line, column) = line_and_column(bytes, first_bad_byte);
            skip(line, format!("not valid UTF-8 (first bad byte at column {column}); read as Windows-1252. Save the file as UTF-8 to be sure of its characters"));
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            diagnostics.push(Diagnostic::new(
                display,
                0,
                Severity::Note,
                "UTF-16 text decoded; UTF-8 is preferred",
            ));
        }
        Encoding::Utf8 | Encoding::Utf8Bom => {}
    }
    let (document, parse_diagnostics) = parse_document(id, file_name, display, &source);
    diagnostics.extend(parse_diagnostics);
    if document.paragraphs.is_empty() {
        diagnostics.push(Diagnostic::new(
            display,
            0,
            Severity::Warning,
            "no body text found (only a headline or dateline); skipped",
        ));
        return (None, diagnostics);
    }
    (Some(document), diagnostics)
}

fn too_large(display: &str, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(
        display,
        0,
        Severity::Warning,
        format!("{size} bytes, over the limit of {limit} bytes for one article; skipped. Split it into articles, or raise the limit with DOSSIER_MAX_FILE_BYTES"),
    )
}

fn unique_id(
    stem: &str,
    ids: &mut BTreeSet<String>,
    display: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> String {
    let mut id = stem.to_owned();
    let mut counter = 2;
    while ids.contains(&id) {
        id = format!("{stem}-{counter}");
        counter += 1;
    }
    if id != stem {
        diagnostics.push(Diagnostic::new(
            display,
            0,
            Severity::Warning,
            format!("another file already has the id “{stem}”; this one is “{id}”"),
        ));
    }
    ids.insert(id.clone());
    id
}
