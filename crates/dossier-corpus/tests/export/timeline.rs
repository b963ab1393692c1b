//! The TimelineJS3 file, parsed with serde_json: one slide per event,
//! dates only as precise as the event, text escaped as HTML, provenance
//! in every slide.

use dossier_corpus::export::timelinejs;
use dossier_corpus::{Corpus, Precision};
use serde_json::{json, Value};

use crate::corpus;

/// Parses a timeline and checks its shape against the corpus.
pub fn check_timeline(text: &str, corpus: &Corpus) -> Vec<Value> {
    let timeline: Value =
        serde_json::from_str(text).unwrap_or_else(|error| panic!("not JSON: {error}"));
    assert!(timeline["title"]["text"]["headline"].is_string());
    let events = timeline["events"]
        .as_array()
        .expect("an events list")
        .clone();
    assert_eq!(events.len(), corpus.events.len(), "one slide per event");
    for (slide, event) in events.iter().zip(&corpus.events) {
        assert_eq!(slide["unique_id"], event.id.as_str());
        assert_eq!(slide["start_date"]["year"], event.start.year);
        let text = slide["text"]["text"].as_str().unwrap();
        assert!(
            text.contains(&format!("{}, sentence {}", event.doc, event.sentence)),
            "{text}"
        );
        let coarse = matches!(event.precision, Precision::Year | Precision::Years);
        for date in ["start_date", "end_date"] {
            if coarse {
                assert!(slide[date].get("month").is_none(), "{slide}");
            }
            assert!(
                slide[date].is_null() || slide[date]["year"].is_i64(),
                "{slide}"
            );
        }
    }
    events
}

#[test]
fn dates_are_as_precise_as_their_events() {
    let corpus = corpus();
    let events = check_timeline(&timelinejs(&corpus), &corpus);
    // (id, start_date, end_date)
    let seen: Vec<(&Value, &Value, &Value)> = events
        .iter()
        .map(|slide| {
            (
                &slide["unique_id"],
                &slide["start_date"],
                &slide["end_date"],
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                &json!("e-day"),
                &json!({"year": 2020, "month": 7, "day": 6}),
                &Value::Null
            ),
            (&json!("e-year"), &json!({"year": 2019}), &Value::Null),
            (
                &json!("e-month"),
                &json!({"year": 2020, "month": 6}),
                &Value::Null
            ),
            (
                &json!("e-season"),
                &json!({"year": 2020, "month": 6}),
                &json!({"year": 2020, "month": 8})
            ),
        ]
    );
}

#[test]
fn slides_quote_their_evidence_as_escaped_html() {
    let corpus = corpus();
    let events = check_timeline(&timelinejs(&corpus), &corpus);
    let day = &events[0];
    assert_eq!(day["group"], "ASSAULT");
    assert_eq!(
        day["text"]["headline"],
        "Air strike: Tom &amp; &quot;Co&quot; &lt;Ltd&gt; &apos;x&apos;, -Minus Group"
    );
    let text = day["text"]["text"].as_str().unwrap();
    for expected in [
        "<blockquote>=HYPERLINK(&quot;http://example.org&quot;, &quot;click&quot;), said Tom.</blockquote>",
        "<cite>Tom &amp; Jerry&apos;s &quot;War&quot; &lt;1&gt;</cite> (d1, sentence s1)",
        "Also reported in d1:s2",
        "Date as written: “@ &quot;last&quot; June”; asserted.",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
    let awkward = events[1]["text"]["text"].as_str().unwrap();
    assert!(awkward.contains("A line&#13;&#10;break"), "{awkward}");
}

#[test]
fn an_empty_corpus_gives_an_empty_timeline() {
    let corpus = Corpus::default();
    assert!(check_timeline(&timelinejs(&corpus), &corpus).is_empty());
}
