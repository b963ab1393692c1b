//! Temporal expressions: finding them ([`tagger`]), resolving them against
//! the article's date ([`resolve`]), and inferring that date when the article
//! does not state it ([`docdate`]).

pub mod anchor;
pub mod anniversary;
mod cues;
pub mod docdate;
pub mod offices;
pub mod resolve;
pub mod tagger;

use crate::civil::CivilDate;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{DateValue, Document, Precision, Timex};
use crate::text::tail;

pub use cues::{clause_bounds, speaks_of_future};
use cues::{dates_a_saying, reports_a_plan, schedules_it, sets_a_deadline, steps_back};
use resolve::{resolve, Context};
use tagger::{find, TimexKind};

/// What the gazetteer knows about people that dates what news says of them.
#[derive(Debug, Clone, Default)]
pub struct KnownPeople<'a> {
    /// Holders of terms in office.
    pub holders: Vec<offices::Holder<'a>>,
    /// People with a known day of death.
    pub dead: Vec<anniversary::Person<'a>>,
}

impl<'a> KnownPeople<'a> {
    /// Reads them from the gazetteer.
    pub fn from_gazetteer(gazetteer: &'a crate::extract::Gazetteer) -> Self {
        KnownPeople {
            holders: offices::holders(gazetteer),
            dead: anniversary::people(gazetteer),
        }
    }
}

/// The date of the event `words` name ("within a week of the Jeddah
/// strike"), when an earlier sentence told it with one: of the values that
/// sentence told, the one told nearest the words ("The attack on Sunday came
/// 10 days after troops arrested ...": the arrest is the ten days' date), as
/// a span. `told` holds each value with its sentence and byte offset.
fn event_anchor(
    words: &[&str],
    index: usize,
    told: &[(usize, usize, resolve::Value)],
    document: &Document,
) -> Option<(CivilDate, CivilDate)> {
    // Each earlier sentence once, though it may have told several values.
    let mut looked_at = None;
    let (sentence, at) = told
        .iter()
        .rev()
        .filter(|(sentence, _, _)| *sentence < index)
        .filter(|(sentence, _, _)| looked_at.replace(*sentence) != Some(*sentence))
        .find_map(|(sentence, _, _)| {
            anchor::mention_at(&document.sentences[*sentence].text, words).map(|at| (*sentence, at))
        })?;
    told.iter()
        .filter(|(told_in, _, _)| *told_in == sentence)
        .min_by_key(|(_, start, _)| start.abs_diff(at))
        .map(|(_, _, value)| (value.start, value.end))
}

/// The value of `kind` at each of `anchors` and each end of `reference`
/// (the last day told, or the span a day told is known to lie in); when
/// they differ, the span from the earliest to the latest, as precise as its
/// length. The flag is true for such a span.
fn resolve_at_all(
    kind: &TimexKind,
    anchors: &[CivilDate],
    reference: Option<(CivilDate, CivilDate)>,
    future: bool,
    stated: bool,
) -> Option<(resolve::Value, bool)> {
    let references = match reference {
        Some((first, last)) if first != last => vec![Some(first), Some(last)],
        other => vec![other.map(|(first, _)| first)],
    };
    let values = anchors
        .iter()
        .flat_map(|&anchor| {
            references.iter().map(move |&reference| {
                resolve(
                    kind,
                    &Context {
                        anchor,
                        reference,
                        future,
                        stated,
                    },
                )
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let first = *values.first()?;
    if values.iter().all(|value| *value == first) {
        return Some((first, false));
    }
    let start = values.iter().map(|value| value.start).min()?;
    let end = values.iter().map(|value| value.end).max()?;
    let value = resolve::Value {
        start,
        end,
        precision: match end.to_days() - start.to_days() {
            ..=6 => Precision::Days,
            7..=30 => Precision::Month,
            31..=91 => Precision::Season,
            92..=365 => Precision::Year,
            _ => Precision::Years,
        },
        inferred: true,
    };
    Some((value, true))
}

/// Finds every temporal expression of `document`, infers the document's
/// date when it has none (using `hint`, a date typical of the corpus), and
/// resolves each expression. Fills `document.timexes` (and `date`).
pub fn date_document(
    document: &mut Document,
    hint: Option<CivilDate>,
    known_people: &KnownPeople,
    display: &str,
) -> Vec<Diagnostic> {
    let holders = &known_people.holders;
    let mut diagnostics = Vec::new();
    let mut found: Vec<(usize, tagger::Found, bool)> = Vec::new();
    // The expressions whose year is a known death's, not the text's.
    let mut year_of_death = std::collections::HashSet::new();
    // The expressions whose clause steps back in the story.
    let mut stepping_back = std::collections::HashSet::new();
    let mut known: Vec<offices::Bound> = Vec::new();
    for (index, sentence) in document.sentences.iter().enumerate() {
        let (bounds, periods) = offices::read_sentence(&sentence.text, holders);
        known.extend(bounds);
        let mut items = find(&sentence.text);
        let anniversaries = anniversary::find(&sentence.text, &known_people.dead);
        // A stretch of a term or an anniversary wins over the plain words
        // inside it.
        // A wire dateline's date is the article's, told by the dateline.
        let dateline_end = document.dateline_prefix(&sentence.id);
        items.retain(|item| item.start >= dateline_end);
        // So does a name: "the March 23 Movement" is no day in March.
        let names = document
            .mentions
            .iter()
            .filter(|mention| mention.sentence == sentence.id)
            .map(|mention| (mention.start as usize, mention.end as usize));
        let spans: Vec<(usize, usize)> = periods
            .iter()
            .map(|period| (period.start, period.end))
            .chain(anniversaries.iter().map(|found| (found.start, found.end)))
            .chain(names)
            .collect();
        items.retain(|item| {
            spans
                .iter()
                .all(|&(start, end)| item.end <= start || item.start >= end)
        });
        items.extend(anniversaries);
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
        for mut item in items {
            let (from, to) = clause_bounds(&sentence.text, item.start, item.end);
            // The clause up to the expression.
            let before = &sentence.text[from..item.start];
            let future = speaks_of_future(&sentence.text[from..to])
                || sets_a_deadline(before)
                || reports_a_plan(before)
                // "called for Sunday’s results to be annulled" is Sunday past.
                || schedules_it(before, &sentence.text[item.end..]);
            // "Rebels had massed near Hama on Monday, three days before": a
            // step back in the story, not the article's week.
            if steps_back(&sentence.text[from..to]) {
                stepping_back.insert(found.len());
            }
            // "The US killed Muhandis in January": the year of his death.
            if !future {
                if let Some(kind) = anniversary::year_of_death(
                    &sentence.text,
                    item.start,
                    &item.kind,
                    &known_people.dead,
                ) {
                    item.kind = kind;
                    year_of_death.insert(found.len());
                }
            }
            found.push((index, item, future));
        }
    }
    if document.date.is_none() {
        let in_caption: std::collections::HashSet<&str> = document
            .captions
            .iter()
            .flat_map(|caption| caption.sentences.iter().map(String::as_str))
            .collect();
        let expressions: Vec<docdate::Evidence> = found
            .iter()
            .enumerate()
            .map(|(at, (index, item, future))| docdate::Evidence {
                kind: item.kind.clone(),
                future: *future,
                caption: in_caption.contains(document.sentences[*index].id.as_str()),
                year_told: !year_of_death.contains(&at),
                sentence: *index,
            })
            .collect();
        document.date = docdate::infer_date(&expressions, &known, hint);
        // "PORT-AU-PRINCE, Haiti, June 26 (AFP) —": the day is the
        // dateline's, in a year the text tells.
        let yearless = document
            .sentences
            .iter()
            .take(2)
            .enumerate()
            .find_map(|(at, sentence)| {
                crate::document::wire::yearless_wire_dateline(&sentence.text).map(|day| (at, day))
            });
        if let Some((at, (month, day))) = yearless {
            let weekday = found
                .iter()
                .find_map(|(index, item, future)| match item.kind {
                    TimexKind::Weekday {
                        weekday,
                        shift: tagger::Shift::Plain,
                    } if *index == at && !future => Some(weekday),
                    _ => None,
                });
            if let Some(date) =
                docdate::on_yearless_dateline(month, day, weekday, document.date.as_ref())
            {
                document.date = Some(date);
            }
        }
        if document.date.is_none() {
            diagnostics.push(Diagnostic::new(display, 0, Severity::Note, "no dateline and no dated evidence: the article's date is unknown, so its relative dates stay unresolved"));
        }
    }
    // An inferred date known only to a range wider than a week does not
    // pick one "Friday" or one "January" for the article: an expression
    // resolved at both ends of the range gets the span from the first value
    // to the last, which holds the truth without guessing it.
    let anchors: Option<Vec<CivilDate>> = document.date.as_ref().map(|date| {
        if date.inferred && date.end.to_days() - date.start.to_days() > 7 {
            vec![date.start, date.end]
        } else {
            vec![date.end]
        }
    });
    // A day the article states, not a range it is known to lie in.
    let stated = document
        .date
        .as_ref()
        .is_some_and(|date| !date.inferred && date.start == date.end);
    let mut reference: Option<(CivilDate, CivilDate)> = None;
    // The sentence the reference was told in, and every day told so far.
    let mut reference_at = 0usize;
    let mut days_told: Vec<CivilDate> = Vec::new();
    let mut last_day_in_sentence: Option<(usize, resolve::Value, usize)> = None;
    // Every value told so far, with its sentence and offset, for event
    // anchors.
    let mut told: Vec<(usize, usize, resolve::Value)> = Vec::new();
    let timexes =
        found
            .iter()
            .enumerate()
            .map(|(at, (index, item, future))| {
                let (index, future) = (*index, *future);
                let sentence = &document.sentences[index];
                // A day its clause told: not one another clause told before
                // "and" or a semicolon ("raided the house on Monday, and a
                // day after the raid, the suspects fled").
                let same_sentence = last_day_in_sentence
                    .filter(|(at, _, end)| {
                        let between = sentence.text.get(*end..item.start).unwrap_or("");
                        *at == index && !between.contains(" and ") && !between.contains(';')
                    })
                    .map(|(_, value, _)| value);
                // The event an offset names, dated by an earlier sentence or,
                // "two days after the vote, ... in Sunday's election", by an
                // expression later in this one.
                let words = is_event_offset(&item.kind)
                    .then(|| anchor::event_words(&sentence.text[item.end..]))
                    .flatten();
                let event = words.as_deref().and_then(|words| {
                    if let Some(event) = event_anchor(words, index, &told, document) {
                        return Some(event);
                    }
                    let (_, later, later_future) = found[at + 1..]
                        .iter()
                        .take_while(|(later, _, _)| *later == index)
                        .find(|(_, later, _)| {
                            anchor::names_event(&sentence.text[later.end..], words)
                                || anchor::dates_the_verb(
                                    &sentence.text[item.end..later.start],
                                    words,
                                    &later.kind,
                                )
                        })?;
                    let (value, _) = resolve_at_all(
                        &later.kind,
                        anchors.as_deref()?,
                        reference,
                        *later_future,
                        stated,
                    )?;
                    Some((value.start, value.end))
                });
                // The date of what an offset counts from, when the sentence
                // gives the date it counts to: the arrests of "came 10 days
                // after troops arrested", told right after the expression.
                let mut counted_from = None;
                let value =
                    match (&item.kind, same_sentence) {
                        // "within a week of the Jeddah strike": from the strike's date.
                        _ if event.is_some() => anchors.as_deref().and_then(|anchors| {
                            resolve_at_all(&item.kind, anchors, event, future, stated)
                        }),
                        // "The attack on Sunday came 10 days after the arrests": the
                        // offset names the date the sentence already gave.
                        (
                            TimexKind::Offset {
                                count: Some(1..),
                                direction: tagger::Direction::After | tagger::Direction::Before,
                                at_most: false,
                                chained: false,
                                whole: false,
                                ..
                            },
                            Some(value),
                        ) => {
                            counted_from =
                                shift_to_counted_from(&item.kind).map(|days| resolve::Value {
                                    start: value.start.add_days(days),
                                    end: value.end.add_days(days),
                                    inferred: true,
                                    ..value
                                });
                            Some((value, false))
                        }
                        _ => anchors.as_deref().and_then(|anchors| {
                            // A weekday goes on from a day told in its own
                            // sentence or the one before ("On Sunday, July 5 ...
                            // late Saturday evening"), not from one told
                            // paragraphs back; and one that dates what was said
                            // ("officials said on Thursday") is the article's week.
                            // "The attack on Sunday", further on, is the Sunday
                            // told before.
                            let reference = match item.kind {
                                TimexKind::Weekday { weekday, .. } => {
                                    if dates_a_saying(&sentence.text[..item.start]) {
                                        None
                                    } else if future {
                                        // "said on Monday that the victims would
                                        // be buried on Tuesday": ahead of the day
                                        // its own sentence told.
                                        reference.filter(|_| index == reference_at)
                                    } else if index <= reference_at + 1 {
                                        reference
                                    } else {
                                        days_told
                                            .iter()
                                            .rev()
                                            .find(|day| day.weekday() == weekday)
                                            .map(|&day| (day, day))
                                    }
                                }
                                // "occupied Goma in November 2012 ... the following
                                // year": a step of months or years goes on from the
                                // value told before it in its sentence, however
                                // precise, not from the last day told paragraphs
                                // back.
                                // "chose him in late May, and he took office the
                                // following week": so does a whole week.
                                TimexKind::Offset {
                                    unit:
                                        unit @ (tagger::Unit::Month
                                        | tagger::Unit::Year
                                        | tagger::Unit::Week),
                                    direction:
                                        direction @ (tagger::Direction::After
                                        | tagger::Direction::Before),
                                    whole,
                                    ..
                                } if unit != tagger::Unit::Week || whole => {
                                    // A time the sentence tells ("in November
                                    // 2012"), not one a noun wears ("the 2015
                                    // accord").
                                    let adverbial = |start: usize| {
                                        tail(&sentence.text[..start], 12)
                                            .split_whitespace()
                                            .next_back()
                                            .is_some_and(|word| {
                                                matches!(
                                                    word.to_lowercase().as_str(),
                                                    "in" | "on"
                                                        | "since"
                                                        | "by"
                                                        | "until"
                                                        | "from"
                                                        | "during"
                                                        | "of"
                                                        | "at"
                                                )
                                            })
                                    };
                                    // No coarser than the step ("in 2015 ... the
                                    // following month" is no month).
                                    let fine_enough = |value: &resolve::Value| match unit {
                                        tagger::Unit::Week => {
                                            value.precision <= Precision::PartOfMonth
                                        }
                                        tagger::Unit::Month => value.precision <= Precision::Month,
                                        _ => value.precision <= Precision::Year,
                                    };
                                    // A step on counts from the end of the time
                                    // told, a step back from its start.
                                    let step_from = |value: &resolve::Value| match direction {
                                        tagger::Direction::Before => (value.start, value.start),
                                        _ => (value.end, value.end),
                                    };
                                    let mut told_here =
                                        told.iter().rev().filter(|(told_in, start, _)| {
                                            *told_in == index && *start < item.start
                                        });
                                    if unit == tagger::Unit::Week {
                                        // "dissolved in August, and ... the
                                        // following week": a week after a month
                                        // is no week to tell.
                                        match told_here.find(|(_, start, _)| adverbial(*start)) {
                                            Some((_, _, value)) if fine_enough(value) => {
                                                Some(step_from(value))
                                            }
                                            Some(_) => None,
                                            None => reference,
                                        }
                                    } else {
                                        told_here
                                            .find(|(_, start, value)| {
                                                adverbial(*start) && fine_enough(value)
                                            })
                                            .map(|(_, _, value)| step_from(value))
                                            .or(reference)
                                    }
                                }
                                _ => reference,
                            };
                            // "Rebels had massed near Hama on Monday, three days
                            // before": a step back in the story, not the article's
                            // week.
                            resolve_at_all(
                                &item.kind,
                                anchors,
                                reference,
                                future,
                                stated && !stepping_back.contains(&at),
                            )
                        }),
                    };
                match value {
                    Some((value, false)) if value.precision == Precision::Day => {
                        reference = Some((value.start, value.start));
                        reference_at = index;
                        days_told.push(value.start);
                        last_day_in_sentence = Some((index, value, item.end));
                    }
                    // A day known only to a span ("Saturday", somewhere in the
                    // weeks the article may date from): the next day told is
                    // reckoned from both ends of it.
                    Some((value, true)) => {
                        reference = Some((value.start, value.end));
                        reference_at = index;
                    }
                    _ => {}
                }
                let value = value.map(|(value, _)| value);
                if let Some(value) = value {
                    told.push((index, item.start, value));
                }
                if let Some(counted_from) = counted_from {
                    told.push((index, item.end, counted_from));
                }
                let marks = match item.kind {
                    TimexKind::Anniversary { of, .. } => Some(of),
                    _ => None,
                };
                Timex {
                    sentence: sentence.id.clone(),
                    start: item.start as u32,
                    end: item.end as u32,
                    text: sentence.text[item.start..item.end].to_owned(),
                    value: value.map(|value| DateValue {
                        start: value.start,
                        end: value.end,
                        precision: value.precision,
                        inferred: value.inferred || year_of_death.contains(&at),
                    }),
                    marks,
                }
            })
            .collect();
    document.timexes = timexes;
    diagnostics
}

/// For "N days after" / "N weeks before" (a stated number of days or
/// weeks), the days to add to the expression's date to date what the clause
/// after it tells: minus N after "after", plus N after "before". `None` for
/// anything else, and for a number not stated ("days after") or bounded
/// ("less than two weeks after"), which say no day.
pub fn shift_to_counted_from(kind: &TimexKind) -> Option<i64> {
    let TimexKind::Offset {
        count: Some(count),
        unit,
        direction,
        at_most: false,
        chained: false,
        ..
    } = kind
    else {
        return None;
    };
    let days = match unit {
        tagger::Unit::Day => *count,
        tagger::Unit::Week => count.saturating_mul(7),
        _ => return None,
    };
    match direction {
        tagger::Direction::After => Some(-days),
        tagger::Direction::Before => Some(days),
        _ => None,
    }
}

/// True for an offset that may count from an event it names ("within a week
/// of the Jeddah strike", "two days after the vote").
fn is_event_offset(kind: &TimexKind) -> bool {
    matches!(
        kind,
        TimexKind::Offset {
            direction: tagger::Direction::After
                | tagger::Direction::Before
                | tagger::Direction::Within,
            chained: false,
            ..
        }
    )
}

#[cfg(test)]
mod tests;
