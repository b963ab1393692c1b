//! The `dossier` binary, run as a user runs it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::Path;
use std::process::Command;

fn dossier(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("dossier runs")
}

#[test]
fn export_prints_the_seeds_as_json() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let output = dossier(&[
        "export",
        "--format",
        "json",
        seeds.to_str().expect("utf-8 path"),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let corpus: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    for key in ["documents", "actors", "events", "relations"] {
        assert!(corpus[key].is_array(), "top-level {key}");
    }
    let documents = corpus["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 5);
    let derived: Vec<&str> = documents
        .iter()
        .filter(|d| d["title_derived"] == true)
        .filter_map(|d| d["id"].as_str())
        .collect();
    assert_eq!(derived, ["002_6c5070d07af6c1dd"]);
    let dated = &documents[3];
    assert_eq!(dated["date"]["start"], "2020-07-06");
    assert_eq!(dated["date"]["end"], "2020-07-06");
    assert_eq!(dated["date"]["inferred"], false);
    for document in documents {
        for key in [
            "id",
            "file",
            "title",
            "author",
            "publisher",
            "paragraphs",
            "sentences",
        ] {
            assert!(document.get(key).is_some(), "document has {key}");
        }
        let sentence = &document["sentences"][0];
        for key in ["id", "text", "start", "end"] {
            assert!(sentence.get(key).is_some(), "sentence has {key}");
        }
    }
}

#[test]
fn a_bad_folder_fails_with_a_message() {
    let output = dossier(&["export", "/no/such/folder/anywhere"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no such folder"), "{stderr}");
    let output = dossier(&["export", "--format", "xml", "."]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown format"));
}
