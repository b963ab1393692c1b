//! Events as a TimelineJS3 data file: a title slide and one slide per
//! event, in the JSON format of Knight Lab's TimelineJS.

use super::json::string;
use super::xml::escape;
use super::{actor_name, actor_names};
use crate::civil::CivilDate;
use crate::model::{Corpus, Event, Precision};

/// The corpus's events as TimelineJS3 JSON.
///
/// A slide's `start_date` and `end_date` hold only what the event's
/// precision supports: year, month and day for a day, a few days or a
/// week; year and month for part of a month, a month, a season or part of
/// a year; the year alone for a year or more. `end_date` is there when the
/// range ends in a later day, month or year at that precision. The
/// headline is the event type and its actors; the text quotes the evidence
/// sentence and names its source (the document's title, its id and the
/// sentence id), then any other reports, the date as written and the
/// modality. TimelineJS reads headline and text as HTML, so corpus text is
/// escaped before it goes in. `group` is the PLOVER category, and
/// `unique_id` the event id.
pub fn timelinejs(corpus: &Corpus) -> String {
    let names = actor_names(corpus);
    let title_text = format!(
        "{} events from {} documents. Each slide quotes the sentence that reports it.",
        corpus.events.len(),
        corpus.documents.len()
    );
    let mut out =
        String::from("{\n  \"title\": {\"text\": {\"headline\": \"Dossier: events\", \"text\": ");
    out.push_str(&string(&title_text));
    out.push_str("}},\n  \"events\": [");
    for (at, event) in corpus.events.iter().enumerate() {
        out.push_str(if at == 0 { "\n    " } else { ",\n    " });
        let headline = headline(event, |id| actor_name(&names, id));
        let (start, end) = dates(event);
        out.push_str(&format!(
            "{{\"unique_id\": {}, \"group\": {}, \"start_date\": {start}, ",
            string(&event.id),
            string(if event.plover.is_empty() {
                &event.r#type
            } else {
                &event.plover
            }),
        ));
        if let Some(end) = end {
            out.push_str(&format!("\"end_date\": {end}, "));
        }
        out.push_str(&format!(
            "\"text\": {{\"headline\": {}, \"text\": {}}}}}",
            string(&escape(&headline)),
            string(&body(corpus, event)),
        ));
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// "Air strike: Joe Biden, Iran": the type in words, then the actors.
fn headline<'a>(event: &'a Event, name: impl Fn(&'a str) -> &'a str) -> String {
    let mut kind = event.r#type.replace('_', " ");
    if let Some(first) = kind.get(..1) {
        kind = first.to_uppercase() + kind.get(1..).unwrap_or_default();
    }
    let actors: Vec<&str> = event.actors.iter().map(|id| name(id)).collect();
    if actors.is_empty() {
        kind
    } else {
        format!("{kind}: {}", actors.join(", "))
    }
}

/// The slide's text, as HTML: the evidence, its source, and what else the
/// corpus says about the event.
fn body(corpus: &Corpus, event: &Event) -> String {
    let evidence = super::sentence_text(corpus, &event.doc, &event.sentence).unwrap_or(&event.text);
    let title = corpus
        .document(&event.doc)
        .map_or("", |document| document.title.as_str());
    let mut html = format!(
        "<blockquote>{}</blockquote><p>Source: <cite>{}</cite> ({}, sentence {})</p>",
        escape(evidence),
        escape(title),
        escape(&event.doc),
        escape(&event.sentence),
    );
    let others: Vec<String> = event
        .sources
        .iter()
        .filter(|source| source.doc != event.doc || source.sentence != event.sentence)
        .map(|source| format!("{}:{}", source.doc, source.sentence))
        .collect();
    if !others.is_empty() {
        html.push_str(&format!(
            "<p>Also reported in {}</p>",
            escape(&others.join(", "))
        ));
    }
    let inferred = if event.inferred { " (inferred)" } else { "" };
    html.push_str(&format!(
        "<p>Date as written: “{}”{inferred}; {}.</p>",
        escape(&event.date_text),
        escape(event.modality.as_str()),
    ));
    html
}

/// The start and, when the range spans more than one unit of its
/// precision, the end, each as a TimelineJS date object.
fn dates(event: &Event) -> (String, Option<String>) {
    let parts = match event.precision {
        Precision::Day | Precision::Days | Precision::Week => 3,
        Precision::PartOfMonth | Precision::Month | Precision::Season | Precision::PartOfYear => 2,
        Precision::Year | Precision::Years => 1,
    };
    let start = date_object(event.start, parts);
    let end = date_object(event.end, parts);
    let end = (end != start).then_some(end);
    (start, end)
}

/// A date object with the first `parts` of year, month and day.
fn date_object(date: CivilDate, parts: usize) -> String {
    match parts {
        1 => format!("{{\"year\": {}}}", date.year),
        2 => format!("{{\"year\": {}, \"month\": {}}}", date.year, date.month),
        _ => format!(
            "{{\"year\": {}, \"month\": {}, \"day\": {}}}",
            date.year, date.month, date.day
        ),
    }
}
