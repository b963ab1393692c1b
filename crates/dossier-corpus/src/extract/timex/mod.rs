//! Temporal expressions: finding them ([`tagger`]), resolving them against
//! the article's date ([`resolve`]), and inferring that date when the article
//! does not state it ([`docdate`]).

pub mod docdate;
pub mod offices;
pub mod resolve;
pub mod tagger;

use crate::civil::CivilDate;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{DateValue, Document, Precision, Timex};

use resolve::{resolve, Context};
use tagger::{find, TimexKind};

/// Words that turn a sentence towards the future: its bare months and
/// weekdays are the next ones, not the last ones.
const FUTURE_CUES: &[&str] = &[
    " will ",
    " would be held",
    " is set to ",
    " are set to ",
    " set for ",
    " upcoming ",
    " scheduled ",
    " plans to ",
    " planned for ",
    " expected to ",
    " due to ",
    " next ",
    " to be held ",
    " forthcoming ",
    " committed to ",
    " promised ",
    " pledged ",
    " deadline ",
    " aims to ",
    " intends to ",
    " hopes to ",
];

/// The clause around `start..end`: from the last comma, semicolon or
/// bracket before it to the first one after it. A future cue counts only in
/// its own clause ("Talks began in May, and elections are set for June").
pub fn clause_around(text: &str, start: usize, end: usize) -> &str {
    let breaks = [',', ';', '(', ')', '—', '–'];
    let from = text[..start].rfind(breaks).map_or(0, |at| at + 1);
    let to = text[end..].find(breaks).map_or(text.len(), |at| end + at);
    &text[from..to]
}

/// True when `sentence` speaks of the future.
pub fn speaks_of_future(sentence: &str) -> bool {
    let padded = format!(" {} ", sentence.to_lowercase());
    FUTURE_CUES.iter().any(|cue| padded.contains(cue))
}

/// Finds every temporal expression of `document`, infers the document's
/// date when it has none (using `hint`, a date typical of the corpus), and
/// resolves each expression. Fills `document.timexes` (and `date`).
pub fn date_document(
    document: &mut Document,
    hint: Option<CivilDate>,
    holders: &[offices::Holder],
    display: &str,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut found: Vec<(usize, tagger::Found, bool)> = Vec::new();
    let mut known: Vec<offices::Bound> = Vec::new();
    for (index, sentence) in document.sentences.iter().enumerate() {
        let (bounds, periods) = offices::read_sentence(&sentence.text, holders);
        known.extend(bounds);
        let mut items = find(&sentence.text);
        // A stretch of a term wins over the plain words inside it.
        items.retain(|item| {
            periods
                .iter()
                .all(|period| item.end <= period.start || item.start >= period.end)
        });
        for period in periods {
            known.push(offices::Bound {
                alternatives: vec![(period.first, period.during.then(|| period.last.add_days(1)))],
                why: format!(
                    "{}..{} (“{}”)",
                    period.first,
                    period.last,
                    &sentence.text[period.start..period.end]
                ),
            });
            items.push(tagger::Found {
                start: period.start,
                end: period.end,
                kind: TimexKind::TermPeriod {
                    first: period.first,
                    last: period.last,
                },
            });
        }
        items.sort_by_key(|item| item.start);
        found.extend(items.into_iter().map(|item| {
            let future = speaks_of_future(clause_around(&sentence.text, item.start, item.end));
            (index, item, future)
        }));
    }
    if document.date.is_none() {
        let expressions: Vec<(TimexKind, bool)> = found
            .iter()
            .map(|(_, item, future)| (item.kind.clone(), *future))
            .collect();
        document.date = docdate::infer_date(&expressions, &known, hint);
        if document.date.is_none() {
            diagnostics.push(Diagnostic::new(display, 0, Severity::Note, "no dateline and no dated evidence: the article's date is unknown, so its relative dates stay unresolved"));
        }
    }
    let anchor = document.date.as_ref().map(|date| date.end);
    let mut reference: Option<CivilDate> = None;
    let mut last_day_in_sentence: Option<(usize, resolve::Value)> = None;
    document.timexes = found
        .into_iter()
        .map(|(index, item, future)| {
            let sentence = &document.sentences[index];
            let same_sentence = last_day_in_sentence
                .filter(|(at, _)| *at == index)
                .map(|(_, value)| value);
            let value = match (&item.kind, same_sentence) {
                // "The attack on Sunday came 10 days after the arrests": the
                // offset names the date the sentence already gave.
                (
                    TimexKind::Offset {
                        count: Some(2..),
                        direction: tagger::Direction::After | tagger::Direction::Before,
                        at_most: false,
                        chained: false,
                        ..
                    },
                    Some(value),
                ) => Some(value),
                _ => anchor.and_then(|anchor| {
                    resolve(
                        &item.kind,
                        &Context {
                            anchor,
                            reference,
                            future,
                        },
                    )
                }),
            };
            if let Some(value) = value.filter(|value| value.precision == Precision::Day) {
                reference = Some(value.start);
                last_day_in_sentence = Some((index, value));
            }
            Timex {
                sentence: sentence.id.clone(),
                start: item.start as u32,
                end: item.end as u32,
                text: sentence.text[item.start..item.end].to_owned(),
                value: value.map(|value| DateValue {
                    start: value.start,
                    end: value.end,
                    precision: value.precision,
                    inferred: value.inferred,
                }),
            }
        })
        .collect();
    diagnostics
}
