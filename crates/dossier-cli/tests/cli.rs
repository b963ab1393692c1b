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
}

#[test]
fn bundle_writes_the_data_file_the_app_reads() {
    let world = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/natural-earth/ne_110m_admin_0_countries.geojson");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("seeds-data.bin");
    let _ = std::fs::remove_file(&out);
    let output = dossier(&[
        "bundle",
        "--world",
        world.to_str().unwrap(),
        &seeds(),
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    let parts = dossier_corpus::bundle::Parts::decode(&bytes).unwrap();
    let corpus: dossier_corpus::Corpus = postcard::from_bytes(parts.corpus).unwrap();
    assert_eq!(corpus.documents.len(), 5);
    assert!(corpus
        .actors
        .iter()
        .any(|actor| actor.id == "kataib-hezbollah"));
    let map: dossier_corpus::graph::ActorMap = postcard::from_bytes(parts.map).unwrap();
    assert!(!map.network.nodes.is_empty());
    let basemap: Option<dossier_corpus::geo::Basemap> =
        postcard::from_bytes(parts.basemap).unwrap();
    assert!(basemap.is_some(), "the seeds name places with coordinates");
    let _: dossier_corpus::search::SearchIndex = postcard::from_bytes(parts.search).unwrap();

    // Without the world file it is a usage error, and nothing is written.
    let _ = std::fs::remove_file(&out);
    let output = dossier(&["bundle", &seeds(), out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: "));
    assert!(!out.exists());
}

#[test]
fn bundle_over_a_broken_gazetteer_names_its_line_and_writes_nothing() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-gazetteer");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("001_a.txt"),
        "A title\n\nThe minister met the envoy in Baghdad on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("gazetteer.toml"),
        "[[actor]]\nname = \"Iraq\"\nkind = \n",
    )
    .unwrap();
    let out = dir.join("data.bin");
    let world = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/natural-earth/ne_110m_admin_0_countries.geojson");
    let output = dossier(&[
        "bundle",
        "--world",
        world.to_str().unwrap(),
        dir.to_str().unwrap(),
        out.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("gazetteer.toml:3:"), "{stderr}");
    assert!(!out.exists());
}

fn seeds() -> String {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    seeds.to_str().expect("utf-8 path").to_owned()
}

/// `dossier export` over the seeds in `format` (none: the default), which
/// must succeed.
fn export(format: Option<&str>) -> String {
    let seeds = seeds();
    let mut args = vec!["export"];
    args.extend(format.map(|format| ["--format", format]).iter().flatten());
    args.push(&seeds);
    let output = dossier(&args);
    assert!(
        output.status.success(),
        "{format:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The records of a CSV file, each as its fields, quotes resolved; a
/// quoted field may hold commas and line breaks.
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(character) = chars.next() {
        match (quoted, character) {
            (true, '"') if chars.peek() == Some(&'"') => field.push(chars.next().unwrap()),
            (_, '"') => quoted = !quoted,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CR without LF"),
            (false, '\n') => panic!("a line break without CR"),
            (_, other) => {
                field.push(other);
                continue;
            }
        }
        if !quoted && character == '\r' {
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        }
    }
    assert!(
        !quoted && record.is_empty() && field.is_empty(),
        "a cut-off record"
    );
    records
}

/// The values of `attribute` on every `<element ` tag, raw (entities kept).
fn attributes<'a>(xml: &'a str, element: &str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    xml.split(&format!("<{element}"))
        .skip(1)
        .filter(|tag| tag.starts_with(' '))
        .map(|tag| {
            let tag = &tag[..tag.find('>').expect("a closed tag")];
            let value = &tag[tag.find(&needle).expect("the attribute") + needle.len()..];
            &value[..value.find('"').expect("a closing quote")]
        })
        .collect()
}

#[test]
fn every_format_writes_the_seeds() {
    let corpus: serde_json::Value = serde_json::from_str(&export(None)).expect("valid JSON");
    let count = |key: &str| corpus[key].as_array().expect("an array").len();
    for (format, rows) in [
        ("csv-events", count("events")),
        ("csv-actors", count("actors")),
        ("csv-relations", count("relations")),
    ] {
        let records = csv_records(&export(Some(format)));
        assert_eq!(records.len(), rows + 1, "{format}: a header and a row each");
        assert!(
            records
                .iter()
                .all(|record| record.len() == records[0].len()),
            "{format}"
        );
        for column in ["doc", "sentence", "evidence"] {
            assert!(
                records[0].iter().any(|name| name == column),
                "{format} has {column}"
            );
        }
    }
    for (format, edge) in [("graphml", "edge"), ("gexf", "edge")] {
        let xml = export(Some(format));
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        let nodes = attributes(&xml, "node", "id");
        assert_eq!(nodes.len(), count("actors"), "{format}: a node per actor");
        let sources = attributes(&xml, edge, "source");
        let targets = attributes(&xml, edge, "target");
        assert!(!sources.is_empty(), "{format} has edges");
        for id in sources.iter().chain(&targets) {
            assert!(nodes.contains(id), "{format}: {id} is not a node");
        }
        if format == "gexf" {
            assert_eq!(
                xml.matches("<viz:position ").count(),
                nodes.len(),
                "laid out"
            );
        }
    }
    for (format, csv, rows) in [
        ("json-events", "csv-events", count("events")),
        ("json-actors", "csv-actors", count("actors")),
        ("json-relations", "csv-relations", count("relations")),
    ] {
        let table: serde_json::Value =
            serde_json::from_str(&export(Some(format))).expect("valid JSON");
        let table = table.as_array().expect("an array of rows");
        assert_eq!(table.len(), rows, "{format}: an object per row");
        let header = &csv_records(&export(Some(csv)))[0];
        for row in table {
            let keys: Vec<&String> = row.as_object().expect("an object").keys().collect();
            assert_eq!(keys.len(), header.len(), "{format}: the columns of {csv}");
            assert!(
                header.iter().all(|column| keys.contains(&column)),
                "{format}"
            );
            if format != "json-actors" {
                assert!(
                    row["doc"].is_string() && row["sentence"].is_string(),
                    "{row}"
                );
            }
        }
    }
    let timeline: serde_json::Value =
        serde_json::from_str(&export(Some("timelinejs"))).expect("valid JSON");
    assert_eq!(
        timeline["events"].as_array().expect("events").len(),
        count("events")
    );
}

#[test]
fn json_stays_the_default_export() {
    assert_eq!(export(None), export(Some("json")));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    for args in [
        &["export", "--format", "xml", "."][..],
        &["export", ".", "--format"][..],
    ] {
        let output = dossier(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("csv-events, csv-actors"), "{stderr}");
    }
    let help = String::from_utf8(dossier(&["--help"]).stdout).expect("UTF-8");
    for format in [
        "json",
        "csv-events",
        "csv-actors",
        "csv-relations",
        "graphml",
        "gexf",
        "timelinejs",
    ] {
        assert!(
            help.contains(&format!("  {format} ")),
            "--help lists {format}"
        );
    }
}
