//! Events: each sentence that reports a dated happening yields an event with
//! a type aligned with PLOVER (and CAMEO where PLOVER has no category), its
//! actors (who acted on whom, where the sentence says so), its place, its
//! date and how sure the text is of it. One happening reported by several
//! articles becomes one event with several sources.

use std::collections::HashMap;

use crate::model::{
    ActorKind, Corpus, DateValue, Document, Event, Mention, Modality, Sentence, SourceRef, Timex,
};

mod retell;
mod roles;

use retell::{retold, Told};
use roles::direction;

use super::merge::merge_reports;
use super::modality::{reading, tells_the_past};
use super::timex::shift_to_counted_from;
use super::timex::tagger;
use super::triggers::{find_triggers, is_background, Found};

/// Finds the events of every document and merges those that several
/// articles report. Fills `corpus.events`.
pub fn find_events(corpus: &mut Corpus) {
    let kinds: HashMap<&str, ActorKind> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind))
        .collect();
    let mut events: Vec<Event> = Vec::new();
    for document in &corpus.documents {
        events.extend(document_events(document, &kinds));
    }
    let places: HashMap<&str, [f64; 2]> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind == ActorKind::Place)
        .filter_map(|actor| actor.coordinates.map(|at| (actor.id.as_str(), at)))
        .collect();
    corpus.events = merge_reports(events, &places, &kinds);
}

fn document_events(document: &Document, kinds: &HashMap<&str, ActorKind>) -> Vec<Event> {
    // Which paragraph (or caption) each sentence belongs to: a date carries
    // to the next sentence only inside one paragraph.
    let mut block_of: HashMap<&str, usize> = HashMap::new();
    let blocks = document
        .paragraphs
        .iter()
        .map(|p| &p.sentences)
        .chain(document.captions.iter().map(|c| &c.sentences));
    for (index, ids) in blocks.enumerate() {
        for id in ids {
            block_of.insert(id.as_str(), index);
        }
    }
    // Dates and mentions grouped by sentence once, not searched per sentence.
    let mut timexes_of: HashMap<&str, Vec<&Timex>> = HashMap::new();
    for timex in document
        .timexes
        .iter()
        .filter(|timex| timex.value.is_some())
    {
        timexes_of
            .entry(timex.sentence.as_str())
            .or_default()
            .push(timex);
    }
    let mentions_of = document.mentions_by_sentence();
    let mut events = Vec::new();
    // The events of the article so far, for the reports that re-tell one.
    let mut dated: Vec<Told> = Vec::new();
    let mut previous: Option<(Option<usize>, &Timex)> = None;
    for (sentence_at, sentence) in document.sentences.iter().enumerate() {
        let block = block_of.get(sentence.id.as_str()).copied();
        let dates: Vec<&Timex> = timexes_of
            .get(sentence.id.as_str())
            .cloned()
            .unwrap_or_default();
        // A sentence with no date of its own that goes on from a dated one
        // ("The raid targeted the headquarters ...") takes that date.
        let carried = if dates.is_empty() {
            previous
                .filter(|(at, _)| *at == block)
                .map(|(_, timex)| timex)
        } else {
            None
        };
        let triggers = find_triggers(&sentence.text);
        let clauses: Vec<(usize, usize)> = triggers
            .iter()
            .map(|found| clause_of(&sentence.text, found.at))
            .collect();
        // The clauses a happening of their own claims the dates of: a
        // trigger that is neither background nor what a date counts from
        // ("since the onset of talks").
        let claimed: Vec<(usize, usize)> = triggers
            .iter()
            .zip(&clauses)
            .filter(|(other, clause)| {
                !is_background(&sentence.text[..other.at])
                    && !anchors_a_date(&sentence.text[clause.0..other.at])
            })
            .map(|(_, clause)| *clause)
            .collect();
        let mentions: Vec<&Mention> = mentions_of
            .get(sentence.id.as_str())
            .cloned()
            .unwrap_or_default();
        let mut types_here: Vec<&str> = Vec::new();
        for (found, &clause) in triggers.iter().zip(&clauses).filter(|(found, _)| {
            !is_background(&sentence.text[..found.at]) && !inside_a_name(found, &mentions)
        }) {
            let Some(modality) = reading(&sentence.text, found.at) else {
                continue;
            };
            // A date told in another clause, whose own trigger it dates, is
            // not this trigger's: in "Citing laws enacted in 2018, he took
            // office" 2018 is the laws'. A clause with no trigger ("On
            // Monday, ...") dates the whole sentence, and so does any clause
            // for one that goes on with "and" ("rallied ... that day, and a
            // group set fire to ...").
            let goes_on = sentence.text[clause.0..].trim_start().starts_with("and ");
            let nearest = dates
                .iter()
                .copied()
                .filter(|timex| {
                    let theirs = clause_of(&sentence.text, timex.start as usize);
                    // Only a day: "took power in 2007, and its fighters
                    // attacked" does not date the attack to 2007.
                    let a_day = timex
                        .value
                        .is_some_and(|value| value.precision == crate::model::Precision::Day);
                    theirs == clause || goes_on && a_day || !claimed.contains(&theirs)
                })
                .min_by_key(|timex| {
                    distance(
                        found.at,
                        found.end,
                        timex.start as usize,
                        timex.end as usize,
                    )
                });
            // A trigger after its date expression tells what the expression
            // counts from. "The attack came 10 days after troops arrested
            // ...": the arrests came that many days earlier (the shift, read
            // once here). "less than two weeks after that interview": the
            // interview is told and dated elsewhere.
            let after_it = nearest.filter(|timex| found.at >= timex.end as usize);
            let shift = after_it.and_then(|timex| clause_shift(&timex.text));
            if after_it.is_some_and(|timex| {
                shift.is_none()
                    && names_what_it_counts_from(
                        &timex.text,
                        &sentence.text[timex.end as usize..found.at],
                    )
            }) {
                continue;
            }
            // With no date of its own, a report may re-tell a happening the
            // article dated before: "KH responded to the arrests by
            // mustering a force" is dated by the arrests, not by the
            // sentence before it; "al-Kadhimi took office" is his
            // inauguration, "in May".
            let retold = nearest
                .is_none()
                .then(|| {
                    retold(
                        &sentence.text,
                        (sentence_at, block),
                        &triggers,
                        found,
                        &mentions,
                        kinds,
                        &dated,
                    )
                })
                .flatten();
            // Statements are dated only by their own sentence: a quotation
            // does not inherit the date of the sentence before it.
            // A general statement in the present ("the militias consider
            // attacks their achievement") does not go on from a dated one.
            let timex = nearest
                .or(retold.as_ref().map(|told| told.timex))
                .or(carried.filter(|_| {
                    found.trigger.kind != "statement" && tells_the_past(&sentence.text)
                }));
            let (Some(timex), false) = (timex, types_here.contains(&found.trigger.kind)) else {
                continue;
            };
            // A retold happening's date comes from elsewhere: inferred.
            let Some(mut value) = retold
                .as_ref()
                .map(|told| DateValue {
                    inferred: true,
                    ..told.value
                })
                .or(timex.value)
            else {
                continue;
            };
            // What the clause after "after" tells happened that many days
            // earlier ("before": later).
            if let Some(days) = shift {
                value = DateValue {
                    start: value.start.add_days(days),
                    end: value.end.add_days(days),
                    inferred: true,
                    ..value
                };
            }
            // "on the anniversary of Soleimani's killing": the trigger inside
            // the expression reports the killing, on its own day.
            if let Some(day) = timex
                .marks
                .filter(|_| timex.start as usize <= found.at && found.end <= timex.end as usize)
            {
                value = DateValue {
                    start: day,
                    end: day,
                    precision: crate::model::Precision::Day,
                    inferred: false,
                };
            }
            types_here.push(found.trigger.kind);
            events.push(make_event(
                document,
                sentence,
                found,
                timex,
                value,
                nearest.is_none(),
                modality,
                &mentions,
                kinds,
                events.len() + 1,
            ));
            if let Some(event) = events.last() {
                dated.push(Told {
                    kind: found.trigger.kind,
                    timex,
                    value,
                    actors: event.actors.clone(),
                    target: event.target_actor.clone(),
                    sentence: sentence_at,
                    block,
                });
            }
        }
        previous = dates.last().map(|timex| (block, *timex));
    }
    events
}

/// True when a trigger right after the date expression `expression`
/// (`between` is the text between them) names what the expression counts
/// from: "after that interview", "before the vote".
fn names_what_it_counts_from(expression: &str, between: &str) -> bool {
    let expression = expression.to_lowercase();
    let counts = ["after", "before", "since", "following"]
        .iter()
        .any(|word| expression.ends_with(word));
    counts && ["", "the", "that", "this", "of the"].contains(&between.trim())
}

/// The days to add to the date of "N days after" / "N weeks before" to
/// date what the clause after it tells (see [`shift_to_counted_from`]).
fn clause_shift(text: &str) -> Option<i64> {
    let found = tagger::find(text);
    let [found] = found.as_slice() else {
        return None;
    };
    shift_to_counted_from(&found.kind)
}

/// One event from a trigger and the date that dates it.
#[allow(clippy::too_many_arguments)]
fn make_event(
    document: &Document,
    sentence: &Sentence,
    found: &Found,
    timex: &Timex,
    value: DateValue,
    carried: bool,
    modality: Modality,
    mentions: &[&Mention],
    kinds: &HashMap<&str, ActorKind>,
    number: usize,
) -> Event {
    let place = mentions
        .iter()
        .find(|mention| kinds.get(mention.actor.as_str()) == Some(&ActorKind::Place))
        .map(|mention| mention.actor.clone());
    // Places are actors too (the map shows them); `place` names the first.
    let mut actors: Vec<String> = Vec::new();
    for mention in mentions {
        if !actors.contains(&mention.actor) {
            actors.push(mention.actor.clone());
        }
    }
    let (source_actor, target_actor) = direction(&sentence.text, found, mentions, kinds);
    Event {
        id: format!("{}-{}-{}", document.id, sentence.id, number),
        start: value.start,
        end: value.end,
        precision: value.precision,
        r#type: found.trigger.kind.to_owned(),
        plover: found.trigger.plover.to_owned(),
        actors,
        source_actor,
        target_actor,
        place,
        date_text: timex.text.clone(),
        inferred: value.inferred || carried,
        modality,
        doc: document.id.clone(),
        sentence: sentence.id.clone(),
        text: sentence.text.clone(),
        sources: vec![SourceRef {
            doc: document.id.clone(),
            sentence: sentence.id.clone(),
        }],
    }
}

/// True when the trigger is a word of a name: "Popular Mobilization
/// Forces" mobilises nobody.
fn inside_a_name(found: &Found, mentions: &[&Mention]) -> bool {
    mentions
        .iter()
        .any(|mention| (mention.start as usize) <= found.at && found.at < mention.end as usize)
}

/// True when a trigger after `before` (its clause up to it) names the
/// event a date counts from, not one it dates: "since the onset of the
/// dialogue in early June", "two weeks after that interview".
fn anchors_a_date(before: &str) -> bool {
    before.split(|c: char| !c.is_alphanumeric()).any(|word| {
        ["since", "after", "before", "following", "until"].contains(&word.to_lowercase().as_str())
    })
}

/// The clause of `text` holding byte `at`, as a byte range: from the last
/// comma, semicolon, dash or bracket before it to the first one after.
fn clause_of(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    super::timex::clause_bounds(text, at, at)
}

fn distance(a_start: usize, a_end: usize, b_start: usize, b_end: usize) -> usize {
    if a_end <= b_start {
        b_start - a_end
    } else {
        a_start.saturating_sub(b_end)
    }
}

#[cfg(test)]
mod tests {
    use super::{clause_shift, names_what_it_counts_from};

    #[test]
    fn the_happening_a_date_counts_from_is_not_dated_by_it() {
        assert!(names_what_it_counts_from(
            "less than two weeks after",
            " that "
        ));
        assert!(names_what_it_counts_from("days before", " the "));
        assert!(!names_what_it_counts_from("days before", " troops "));
        assert!(!names_what_it_counts_from("on Monday", " the "));
    }

    #[test]
    fn a_stated_count_after_or_before_shifts_the_clause_it_introduces() {
        for (text, shift) in [
            ("10 days after", Some(-10)),
            ("three days after", Some(-3)),
            ("two weeks before", Some(14)),
            ("a week after", Some(-7)),
            // No day: a number not said, a bound, a step from the last date.
            ("days after", None),
            ("less than two weeks after", None),
            ("four days later", None),
            ("within three days", None),
            ("six months after", None),
            ("on Sunday", None),
        ] {
            assert_eq!(clause_shift(text), shift, "{text}");
        }
    }
}
