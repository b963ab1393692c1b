//! The JSON tables, read back with serde_json: an array with one object per
//! row, keyed by the CSV's columns, each value typed, and each one the same
//! as the CSV file's once written as CSV text.

use dossier_corpus::export::{
    actors_csv, actors_json, events_csv, events_csv_for, events_json, events_json_for,
    relations_csv, relations_json,
};
use dossier_corpus::Corpus;
use serde_json::Value;

use crate::tables::check_table;
use crate::{corpus, AWKWARD, FORMULA};

/// Parses a JSON table and checks its shape: an array of `rows` objects
/// whose keys are the CSV header's columns, in order.
pub fn check_json_table(json: &str, csv: &str, rows: usize) -> Vec<serde_json::Map<String, Value>> {
    let value: Value =
        serde_json::from_str(json).unwrap_or_else(|error| panic!("{error}:\n{json}"));
    let records = value.as_array().expect("an array").clone();
    assert_eq!(records.len(), rows, "one object per row");
    let header = crate::check::csv(csv).unwrap()[0].clone();
    let objects: Vec<_> = records
        .into_iter()
        .map(|record| record.as_object().expect("an object").clone())
        .collect();
    for object in &objects {
        let keys: Vec<&String> = object.keys().collect();
        let mut expected: Vec<&String> = header.iter().collect();
        expected.sort();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, expected, "the CSV's columns");
    }
    objects
}

/// A JSON value as the CSV file writes it, before CSV escaping.
fn as_csv_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::Array(items) => {
            let sources = items.iter().all(|item| item.get("doc").is_some());
            if sources && !items.is_empty() {
                let references: Vec<String> = items
                    .iter()
                    .map(|item| {
                        format!(
                            "{}#{}",
                            item["doc"].as_str().unwrap(),
                            item["sentence"].as_str().unwrap()
                        )
                    })
                    .collect();
                references.join(" ")
            } else {
                let names: Vec<&str> = items.iter().map(|item| item.as_str().unwrap()).collect();
                names.join("; ")
            }
        }
        Value::Object(_) => panic!("no cell is an object: {value}"),
    }
}

/// A CSV value with its formula guard removed, as the JSON holds it.
fn undefused(field: &str) -> &str {
    field
        .strip_prefix('\'')
        .filter(|rest| rest.starts_with(['=', '+', '-', '@', '\t', '\r']))
        .unwrap_or(field)
}

/// Checks that every JSON row equals the CSV row at the same place.
fn check_same_as_csv(json: &str, csv: &str, rows: usize) {
    let objects = check_json_table(json, csv, rows);
    let records = check_table(csv, rows);
    for (object, record) in objects.iter().zip(&records) {
        for (column, field) in record {
            let value = as_csv_text(&object[column]);
            // A number is compared as a number: 33.3 may print as 33.3 or 33.30.
            if let Value::Number(number) = &object[column] {
                assert_eq!(number.as_f64(), field.parse().ok(), "{column}");
            } else {
                assert_eq!(value, undefused(field), "{column} of {record:?}");
            }
        }
    }
}

#[test]
fn every_json_table_holds_the_csv_rows() {
    let corpus = corpus();
    check_same_as_csv(
        &events_json(&corpus),
        &events_csv(&corpus),
        corpus.events.len(),
    );
    check_same_as_csv(
        &actors_json(&corpus),
        &actors_csv(&corpus),
        corpus.actors.len(),
    );
    check_same_as_csv(
        &relations_json(&corpus),
        &relations_csv(&corpus),
        corpus.relations.len(),
    );
    let chosen = [2, 99, 0];
    check_same_as_csv(
        &events_json_for(&corpus, &chosen),
        &events_csv_for(&corpus, &chosen),
        2,
    );
}

#[test]
fn json_values_keep_their_types_and_their_provenance() {
    let corpus = corpus();
    let events = check_json_table(
        &events_json(&corpus),
        &events_csv(&corpus),
        corpus.events.len(),
    );
    let day = &events[0];
    assert_eq!(day["id"], "e-day");
    assert_eq!(day["inferred"], false);
    assert_eq!(day["start"], "2020-07-06");
    assert_eq!(day["evidence"], FORMULA, "JSON needs no formula guard");
    assert_eq!(
        day["sources"],
        serde_json::json!([{"doc": "d1", "sentence": "s1"}, {"doc": "d1", "sentence": "s2"}])
    );
    assert_eq!(
        (&day["doc"], &day["sentence"]),
        (&Value::from("d1"), &Value::from("s1"))
    );
    assert_eq!(day["actor_ids"], serde_json::json!(["tom", "minus"]));
    assert_eq!(day["target_actor"], Value::Null);
    assert_eq!(events[1]["evidence"], AWKWARD);

    let actors = check_json_table(
        &actors_json(&corpus),
        &actors_csv(&corpus),
        corpus.actors.len(),
    );
    assert_eq!(actors[1]["lat"], 33.3);
    assert_eq!(actors[1]["lon"], -44.4);
    assert_eq!(actors[0]["lat"], Value::Null);
    assert_eq!(actors[0]["mentions"], 3);
    assert_eq!(actors[0]["aliases"][1], "alias, with comma");
    assert_eq!(actors[2]["doc"], Value::Null, "never mentioned");

    let relations = check_json_table(
        &relations_json(&corpus),
        &relations_csv(&corpus),
        corpus.relations.len(),
    );
    for relation in &relations {
        let sources = relation["sources"].as_array().unwrap();
        assert!(!sources.is_empty());
        assert_eq!(relation["doc"], sources[0]["doc"]);
        assert_eq!(relation["sentence"], sources[0]["sentence"]);
        assert_eq!(relation["weight"], sources.len());
    }
    assert_eq!(relations[0]["directed"], true);
}

#[test]
fn an_empty_corpus_gives_empty_arrays() {
    let empty = Corpus::default();
    for json in [
        events_json(&empty),
        actors_json(&empty),
        relations_json(&empty),
    ] {
        assert_eq!(
            serde_json::from_str::<Value>(&json).unwrap(),
            serde_json::json!([])
        );
    }
}
