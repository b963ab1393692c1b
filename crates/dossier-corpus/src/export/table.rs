//! A table of typed cells, written as CSV or as JSON. The events, actors and
//! relations tables (`tables.rs`) are built once and written either way, so
//! the two files always hold the same rows, columns and values.
//!
//! JSON keeps each value's type: a number is a number, a flag is `true` or
//! `false`, a missing value is `null`, a list is an array, and a source is
//! an object `{"doc": ..., "sentence": ...}`. CSV has only text, so a list is
//! joined with "; ", sources are written `doc#sentence` and separated by
//! spaces, and a missing value is an empty field.

use super::csv::field_into;
use super::json::string_into;
use crate::civil::CivilDate;
use crate::model::SourceRef;

/// One value of a table.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell<'a> {
    /// Text, always there (it may be empty).
    Text(&'a str),
    /// Text that a row may lack.
    Optional(Option<&'a str>),
    /// A flag.
    Flag(bool),
    /// A count.
    Count(u64),
    /// A measure that a row may lack, such as a latitude.
    Number(Option<f64>),
    /// A day that a row may lack.
    Date(Option<CivilDate>),
    /// A list of names or ids.
    List(Vec<&'a str>),
    /// Where a fact is stated: documents and sentences.
    Sources(&'a [SourceRef]),
}

/// Rows of cells under named columns.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Table<'a> {
    /// The column names, which are also the JSON keys.
    pub columns: &'static [&'static str],
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell<'a>>>,
}

impl Table<'_> {
    /// The table as CSV (RFC 4180): a header, then one record per row,
    /// each ended by CRLF.
    pub fn csv(&self) -> String {
        let mut out = self.columns.join(",");
        out.push_str("\r\n");
        for row in &self.rows {
            for (at, cell) in row.iter().enumerate() {
                if at > 0 {
                    out.push(',');
                }
                field_into(&mut out, &cell.text());
            }
            out.push_str("\r\n");
        }
        out
    }

    /// The table as JSON: an array with one object per row, keyed by the
    /// column names, one row per line.
    pub fn json(&self) -> String {
        let mut out = String::from("[");
        for (at, row) in self.rows.iter().enumerate() {
            out.push_str(if at == 0 { "\n  {" } else { ",\n  {" });
            for (index, (column, cell)) in self.columns.iter().zip(row).enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                string_into(&mut out, column);
                out.push_str(": ");
                cell.json_into(&mut out);
            }
            out.push('}');
        }
        out.push_str(if self.rows.is_empty() { "]\n" } else { "\n]\n" });
        out
    }
}

impl Cell<'_> {
    /// The cell as the text of a CSV field, before escaping.
    fn text(&self) -> String {
        match self {
            Cell::Text(text) => (*text).to_owned(),
            Cell::Optional(text) => text.unwrap_or_default().to_owned(),
            Cell::Flag(flag) => flag.to_string(),
            Cell::Count(count) => count.to_string(),
            Cell::Number(number) => finite(*number)
                .map(|number| number.to_string())
                .unwrap_or_default(),
            Cell::Date(date) => date.map(|date| date.to_string()).unwrap_or_default(),
            Cell::List(items) => items.join("; "),
            Cell::Sources(sources) => sources
                .iter()
                .map(|source| format!("{}#{}", source.doc, source.sentence))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// Appends the cell as a JSON value.
    fn json_into(&self, out: &mut String) {
        match self {
            Cell::Text(text) | Cell::Optional(Some(text)) => string_into(out, text),
            Cell::Optional(None) | Cell::Date(None) => out.push_str("null"),
            Cell::Flag(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Cell::Count(count) => out.push_str(&count.to_string()),
            // Rust prints a finite f64 in a form JSON reads (no exponent,
            // no "inf"), and JSON has no NaN or infinity.
            Cell::Number(number) => match finite(*number) {
                Some(number) => out.push_str(&number.to_string()),
                None => out.push_str("null"),
            },
            Cell::Date(Some(date)) => string_into(out, &date.to_string()),
            Cell::List(items) => {
                out.push('[');
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        out.push_str(", ");
                    }
                    string_into(out, item);
                }
                out.push(']');
            }
            Cell::Sources(sources) => {
                out.push('[');
                for (at, source) in sources.iter().enumerate() {
                    if at > 0 {
                        out.push_str(", ");
                    }
                    out.push_str("{\"doc\": ");
                    string_into(out, &source.doc);
                    out.push_str(", \"sentence\": ");
                    string_into(out, &source.sentence);
                    out.push('}');
                }
                out.push(']');
            }
        }
    }
}

/// The number when it is finite.
fn finite(number: Option<f64>) -> Option<f64> {
    number.filter(|number| number.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(doc: &str, sentence: &str) -> SourceRef {
        SourceRef {
            doc: doc.to_owned(),
            sentence: sentence.to_owned(),
        }
    }

    #[test]
    fn each_cell_is_written_for_csv_and_for_json() {
        let sources = [source("d1", "s1"), source("d\"2", "s2")];
        // (cell, CSV field, JSON value)
        let cases = [
            (Cell::Text("a, \"b\""), "\"a, \"\"b\"\"\"", "\"a, \\\"b\\\"\""),
            (Cell::Optional(None), "", "null"),
            (Cell::Optional(Some("x")), "x", "\"x\""),
            (Cell::Flag(true), "true", "true"),
            (Cell::Count(12), "12", "12"),
            (Cell::Number(Some(-44.5)), "-44.5", "-44.5"),
            (Cell::Number(Some(f64::NAN)), "", "null"),
            (Cell::Number(Some(1e21)), "1000000000000000000000", "1000000000000000000000"),
            (Cell::Number(None), "", "null"),
            (Cell::Date(CivilDate::parse_iso("2020-01-03")), "2020-01-03", "\"2020-01-03\""),
            (Cell::Date(None), "", "null"),
            (Cell::List(vec!["a", "=b"]), "a; =b", "[\"a\", \"=b\"]"),
            (Cell::List(vec!["=b"]), "'=b", "[\"=b\"]"),
            (Cell::List(Vec::new()), "", "[]"),
            (
                Cell::Sources(&sources),
                "\"d1#s1 d\"\"2#s2\"",
                "[{\"doc\": \"d1\", \"sentence\": \"s1\"}, {\"doc\": \"d\\\"2\", \"sentence\": \"s2\"}]",
            ),
        ];
        for (cell, csv, json) in cases {
            let table = Table {
                columns: &["c"],
                rows: vec![vec![cell.clone()]],
            };
            assert_eq!(table.csv(), format!("c\r\n{csv}\r\n"), "{cell:?}");
            assert_eq!(
                table.json(),
                format!("[\n  {{\"c\": {json}}}\n]\n"),
                "{cell:?}"
            );
        }
    }

    #[test]
    fn an_empty_table_is_a_header_or_an_empty_array() {
        let table = Table {
            columns: &["a", "b"],
            rows: Vec::new(),
        };
        assert_eq!(table.csv(), "a,b\r\n");
        assert_eq!(table.json(), "[]\n");
    }
}
