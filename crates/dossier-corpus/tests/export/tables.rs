//! The CSV files, read back with an RFC 4180 reader: one record per row of
//! the corpus plus a header, every record as wide as the header, each value
//! intact, formulas defused, and provenance on every row.

use dossier_corpus::export::{actors_csv, events_csv, events_csv_for, relations_csv};

use crate::{check, corpus, AWKWARD, FORMULA};

/// The app's timeline export header (`src/timeline/export.rs`), which the
/// engine's events file must start with so the app can switch to it.
const APP_EVENT_COLUMNS: &str =
    "id,start,end,precision,inferred,type,plover,date_text,actors,place,modality,sources,evidence";

/// Reads a CSV file, checks its shape, and returns its records as maps from
/// column name to value.
pub fn check_table(text: &str, rows: usize) -> Vec<std::collections::BTreeMap<String, String>> {
    let records = check::csv(text).unwrap_or_else(|error| panic!("not RFC 4180: {error}"));
    assert_eq!(records.len(), rows + 1, "a header and one record per row");
    let header = &records[0];
    for record in &records {
        assert_eq!(record.len(), header.len(), "{record:?}");
    }
    records[1..]
        .iter()
        .map(|record| header.iter().cloned().zip(record.iter().cloned()).collect())
        .collect()
}

#[test]
fn fields_are_quoted_and_formulas_defused() {
    // (value in the corpus, value read back, the field as written)
    let cases = [
        ("plain", "plain", "plain"),
        ("a, b", "a, b", "\"a, b\""),
        ("say \"hi\"", "say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\r\nbreak", "line\r\nbreak", "\"line\r\nbreak\""),
        ("=cmd()", "'=cmd()", "'=cmd()"),
        ("+SUM(A1)", "'+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3", "'-2+3"),
        ("@user", "'@user", "'@user"),
        ("\tTab", "'\tTab", "'\tTab"),
        ("=a,\"b\"", "'=a,\"b\"", "\"'=a,\"\"b\"\"\""),
        ("-44.4", "-44.4", "-44.4"),
        ("+7", "+7", "+7"),
    ];
    for (value, read_back, written) in cases {
        let mut corpus = corpus();
        corpus.actors[1].name = value.to_owned();
        let text = actors_csv(&corpus);
        let rows = check_table(&text, corpus.actors.len());
        assert_eq!(rows[1]["name"], read_back, "{value:?}");
        assert!(
            text.contains(&format!("\r\niraq,{written},")),
            "{value:?} written as {written:?}:\n{text}"
        );
    }
}

#[test]
fn every_event_row_keeps_its_provenance() {
    let corpus = corpus();
    let text = events_csv(&corpus);
    assert!(text.starts_with(APP_EVENT_COLUMNS), "{text}");
    let rows = check_table(&text, corpus.events.len());
    let day = &rows[0];
    assert_eq!(day["id"], "e-day");
    assert_eq!(day["sources"], "d1#s1 d1#s2");
    assert_eq!(
        (day["doc"].as_str(), day["sentence"].as_str()),
        ("d1", "s1")
    );
    assert_eq!(day["evidence"], format!("'{FORMULA}"));
    assert_eq!(day["document_title"], "Tom & Jerry's \"War\" <1>");
    assert_eq!(
        day["actors"], "Tom & \"Co\" <Ltd> 'x'; -Minus Group",
        "only a cell's start can run"
    );
    assert_eq!(day["actor_ids"], "tom; minus");
    assert_eq!(day["date_text"], "'@ \"last\" June");
    assert_eq!(rows[1]["evidence"], AWKWARD);
    assert_eq!(rows[1]["precision"], "year");
    for row in &rows {
        for column in ["doc", "sentence", "evidence", "sources"] {
            assert!(!row[column].is_empty(), "{} has no {column}", row["id"]);
        }
    }

    let chosen = check_table(&events_csv_for(&corpus, &[2, 99, 0]), 2);
    let ids: Vec<&str> = chosen.iter().map(|row| row["id"].as_str()).collect();
    assert_eq!(
        ids,
        ["e-month", "e-day"],
        "the order given; an unknown index skipped"
    );
}

#[test]
fn actor_rows_point_at_the_first_mention() {
    let corpus = corpus();
    let rows = check_table(&actors_csv(&corpus), corpus.actors.len());
    // (id, doc, sentence, documents, lat, lon, role)
    let seen: Vec<[&str; 7]> = rows
        .iter()
        .map(|row| {
            ["id", "doc", "sentence", "documents", "lat", "lon", "role"]
                .map(|column| row[column].as_str())
        })
        .collect();
    assert_eq!(
        seen,
        [
            ["tom", "d1", "s1", "1", "", "", "Chief\tof\nstaff"],
            ["iraq", "d1", "s2", "1", "33.3", "-44.4", ""],
            ["minus", "", "", "0", "", "", "'=1+1"],
        ]
    );
    assert_eq!(rows[0]["evidence"], format!("'{FORMULA}"));
    assert_eq!(
        rows[0]["aliases"],
        "Tom & \"Co\" <Ltd> 'x'; alias, with comma"
    );
}

#[test]
fn relation_rows_are_the_corpus_statements() {
    let corpus = corpus();
    let rows = check_table(&relations_csv(&corpus), corpus.relations.len());
    // (source, kind, target name, directed, weight, sources, evidence)
    let seen: Vec<[&str; 7]> = rows
        .iter()
        .map(|row| {
            [
                "source",
                "kind",
                "target_name",
                "directed",
                "weight",
                "sources",
                "evidence",
            ]
            .map(|column| row[column].as_str())
        })
        .collect();
    let formula = format!("'{FORMULA}");
    assert_eq!(
        seen,
        [
            [
                "tom",
                "leads",
                "'-Minus Group",
                "true",
                "2",
                "d1#s1 d1#s2",
                formula.as_str()
            ],
            ["tom", "co_occurs", "Iraq", "false", "1", "d1#s2", AWKWARD],
            [
                "iraq",
                "co_occurs",
                "Tom & \"Co\" <Ltd> 'x'",
                "false",
                "2",
                "d1#s2 d1#s3",
                AWKWARD
            ],
            ["tom", "backs", "ghost", "true", "1", "d1#s3", "'+1 and -2"],
        ]
    );
}
