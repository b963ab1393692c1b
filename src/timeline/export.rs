//! The timeline's exports: events as CSV (pure, below), and the chart as SVG
//! and PNG (`components/export_buttons.rs`, which needs the browser).

use dossier_corpus::Corpus;

/// The events at `indices` as CSV (RFC 4180): one row per event, with its
/// dates, type, PLOVER category, actors, modality and every source, so that
/// each exported fact keeps its provenance.
pub fn events_csv(corpus: &Corpus, indices: &[usize]) -> String {
    let mut out = String::from("id,start,end,precision,inferred,type,plover,date_text,actors,place,modality,sources,evidence\r\n");
    for event in indices.iter().filter_map(|&index| corpus.events.get(index)) {
        let actor_names: Vec<&str> = event
            .actors
            .iter()
            .map(|id| {
                corpus
                    .actors
                    .iter()
                    .find(|actor| &actor.id == id)
                    .map_or(id.as_str(), |actor| actor.name.as_str())
            })
            .collect();
        let sources: Vec<String> = event
            .sources
            .iter()
            .map(|source| format!("{}#{}", source.doc, source.sentence))
            .collect();
        let evidence = corpus
            .document(&event.doc)
            .and_then(|document| document.sentence(&event.sentence))
            .map_or("", |sentence| sentence.text.as_str());
        let fields = [
            event.id.clone(),
            event.start.to_string(),
            event.end.to_string(),
            event.precision.as_str().to_owned(),
            event.inferred.to_string(),
            event.r#type.clone(),
            event.plover.clone(),
            event.date_text.clone(),
            actor_names.join("; "),
            event.place.clone().unwrap_or_default(),
            event.modality.to_string(),
            sources.join(" "),
            evidence.to_owned(),
        ];
        let row: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quotes a field when it holds a comma, a quote or a line break. A field
/// that starts like a formula (=, +, -, @) gets a leading apostrophe, so that
/// a spreadsheet shows it rather than runs it.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Styles for an exported SVG: the chart's look in concrete colours, since
/// the page's theme variables do not travel with the file.
pub const EXPORT_STYLE: &str = "
text { font-family: system-ui, sans-serif; font-size: 11px; fill: #5a5a60; }
.lane-label text, text.lane-label { fill: #1d1d1f; font-size: 12px; }
.lane-band { fill: none; stroke: #dedbd3; stroke-width: 0.5; }
.axis line { stroke: #dedbd3; stroke-width: 0.5; }
.axis .major line { stroke: #5a5a60; }
.mark circle, .mark rect { fill: #8a3b12; stroke: #8a3b12; stroke-width: 1.5; }
.mark.precision-month rect { fill-opacity: 0.45; }
.mark.precision-coarse rect { fill-opacity: 0.15; stroke-dasharray: 1 2; }
.mark.inferred circle, .mark.inferred rect { fill: #ffffff; stroke-dasharray: 3 2; }
.mark-label { fill: #1d1d1f; }
.cluster circle { fill: #f1efe9; stroke: #5a5a60; }
.cluster text { text-anchor: middle; fill: #1d1d1f; font-size: 10px; }
.doc-marker path { fill: #5a5a60; }
.doc-marker.inferred path { fill: none; stroke: #5a5a60; stroke-dasharray: 2 1.5; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
    }
}
