//! The bad-input policy of `load_dir`, one case at a time. Each test builds a
//! small folder under the system's temporary directory.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::PathBuf;

use dossier_corpus::{load_dir, Diagnostic, LoadError, LoadOptions, Loaded, Severity};

const GOOD: &str = "A Good Headline\n\nThe body of a good article. It has two sentences.\n";

/// A fresh folder holding `files` (name, bytes).
fn folder(test: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-load-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("write fixture");
    }
    dir
}

fn load(test: &str, files: &[(&str, &[u8])]) -> Loaded {
    load_dir(&folder(test, files), &LoadOptions::default()).expect("folder loads")
}

/// The one diagnostic about `file` at `severity`, which must mention `words`.
fn check_diagnostic(
    loaded_diagnostics: &[Diagnostic],
    file: &str,
    severity: Severity,
    words: &str,
) {
    let found: Vec<&Diagnostic> = loaded_diagnostics
        .iter()
        .filter(|d| d.file.ends_with(file) && d.severity == severity)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one {severity} for {file}: {loaded_diagnostics:?}"
    );
    assert!(
        found[0].message.contains(words),
        "{:?} mentions {words:?}",
        found[0].message
    );
    let printed = found[0].to_string();
    assert!(
        printed.contains(&format!("{file}:")),
        "printed as file:line: {printed}"
    );
}

fn ids(loaded: &Loaded) -> Vec<&str> {
    loaded
        .corpus
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect()
}

#[test]
fn an_empty_file_is_skipped_and_the_others_kept() {
    let loaded = load(
        "empty",
        &[
            ("a.txt", GOOD.as_bytes()),
            ("b.txt", b""),
            ("c.txt", b" \n\n \n"),
        ],
    );
    assert_eq!(ids(&loaded), ["a"]);
    check_diagnostic(&loaded.diagnostics, "b.txt", Severity::Warning, "empty");
    check_diagnostic(&loaded.diagnostics, "c.txt", Severity::Warning, "empty");
}

#[test]
fn a_binary_file_is_skipped() {
    let loaded = load(
        "binary",
        &[
            ("a.txt", GOOD.as_bytes()),
            ("b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ],
    );
    assert_eq!(ids(&loaded), ["a"]);
    check_diagnostic(&loaded.diagnostics, "b.txt", Severity::Warning, "binary");
}

#[test]
fn a_file_that_is_not_utf8_is_read_as_windows_1252() {
    let loaded = load(
        "latin",
        &[(
            "a.txt",
            b"Iraq\x92s Caf\xe9 Headline\n\nThe caf\xe9 was shut. It opened later.\n",
        )],
    );
    assert_eq!(loaded.corpus.documents[0].title, "Iraq’s Café Headline");
    check_diagnostic(
        &loaded.diagnostics,
        "a.txt",
        Severity::Warning,
        "Windows-1252",
    );
    let sentence = &loaded.corpus.documents[0].sentences[1];
    let original: &[u8] = b"Iraq\x92s Caf\xe9 Headline\n\nThe caf\xe9 was shut. It opened later.\n";
    assert_eq!(
        &original[sentence.start as usize..sentence.end as usize],
        b"It opened later.",
        "offsets count original bytes"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_are_read_silently() {
    let loaded = load(
        "bom",
        &[(
            "a.txt",
            "\u{feff}A Headline Here\r\n\r\nBody one. Body two.\r\n".as_bytes(),
        )],
    );
    let document = &loaded.corpus.documents[0];
    assert_eq!(document.title, "A Headline Here");
    assert_eq!(document.sentences.len(), 2);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
}

#[test]
fn a_file_of_several_megabytes_is_skipped_with_the_limit_named() {
    let big = GOOD.repeat(5 * 1024 * 1024 / GOOD.len() + 1);
    let loaded = load(
        "big",
        &[("a.txt", GOOD.as_bytes()), ("big.txt", big.as_bytes())],
    );
    assert_eq!(ids(&loaded), ["a"]);
    check_diagnostic(
        &loaded.diagnostics,
        "big.txt",
        Severity::Warning,
        "DOSSIER_MAX_FILE_BYTES",
    );
    // With a higher limit the same file is read.
    let dir = folder("big-allowed", &[("big.txt", big.as_bytes())]);
    let loaded = load_dir(
        &dir,
        &LoadOptions {
            max_file_bytes: 8 * 1024 * 1024,
        },
    )
    .expect("loads");
    assert_eq!(ids(&loaded), ["big"]);
}

#[test]
fn a_folder_with_no_articles_is_an_error_with_reasons() {
    let dir = folder("none", &[("notes.png", b"\x89PNG"), ("b.txt", b"")]);
    match load_dir(&dir, &LoadOptions::default()) {
        Err(LoadError::NoArticles { diagnostics, .. }) => {
            check_diagnostic(&diagnostics, "b.txt", Severity::Warning, "empty");
            check_diagnostic(&diagnostics, "notes.png", Severity::Note, "not an article");
        }
        other => panic!("expected NoArticles, got {other:?}"),
    }
    let empty = folder("none-at-all", &[]);
    assert!(matches!(
        load_dir(&empty, &LoadOptions::default()),
        Err(LoadError::NoArticles { .. })
    ));
}

#[test]
fn a_missing_folder_is_an_error() {
    let missing = std::env::temp_dir().join("dossier-load-no-such-folder-here");
    let error = load_dir(&missing, &LoadOptions::default()).expect_err("missing");
    assert!(error.to_string().contains("no such folder"), "{error}");
}

#[test]
fn same_stems_get_distinct_ids_and_data_files_are_ignored_quietly() {
    let loaded = load(
        "stems",
        &[
            ("a.txt", GOOD.as_bytes()),
            ("a.md", GOOD.as_bytes()),
            ("gazetteer.toml", b"[x]\n"),
        ],
    );
    assert_eq!(ids(&loaded), ["a", "a-2"]);
    check_diagnostic(&loaded.diagnostics, "a.txt", Severity::Warning, "“a-2”");
    assert!(loaded
        .diagnostics
        .iter()
        .all(|d| !d.file.ends_with("gazetteer.toml")));
}

#[test]
fn a_file_with_only_a_headline_is_skipped() {
    let loaded = load(
        "headline-only",
        &[("a.txt", GOOD.as_bytes()), ("b.txt", b"Just A Headline\n")],
    );
    assert_eq!(ids(&loaded), ["a"]);
    check_diagnostic(
        &loaded.diagnostics,
        "b.txt",
        Severity::Warning,
        "no body text",
    );
}

#[test]
fn a_malformed_gazetteer_fails_the_build_with_file_line_and_column() {
    let dir = folder(
        "bad-gazetteer",
        &[
            ("a.txt", GOOD.as_bytes()),
            (
                "gazetteer.toml",
                b"[[actor]]\nname = \"X\"\nkind = \"planet\"\n",
            ),
        ],
    );
    let error = dossier_corpus::build_corpus(&dir, &LoadOptions::default())
        .expect_err("a malformed gazetteer is an error");
    let message = error.to_string();
    assert!(message.contains("gazetteer.toml:3:8:"), "{message}");
    assert!(message.contains("planet"), "{message}");
}
