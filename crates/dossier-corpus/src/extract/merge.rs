//! One happening reported several times, by several articles or by several
//! sentences of one, becomes one event with several sources. Two reports
//! merge when their types are of one family, their dates agree, and they
//! share an actor or a place; never when their dates differ, and never when
//! both are placed, and far apart.

use std::collections::{BTreeMap, HashMap};

use crate::model::{sentence_number, ActorKind, Event, Precision};

/// How far apart two places may be, in degrees of latitude plus longitude,
/// and still be one scene: a city and the bases around it.
const NEAR: f64 = 0.5;

/// The longest date range that merges with a range it overlaps: a month.
const LONGEST_RANGE: i64 = 31;

/// The shortest date range told vaguely enough to join the one happening it
/// holds: a week.
const SHORTEST_VAGUE_RANGE: i64 = 6;

/// The longest date range that may still join the one happening it holds
/// ("killed him in January", told in an article dated only to a season).
const LONGEST_VAGUE_RANGE: i64 = 400;

/// The family of an event type: a rocket attack reported by one article as
/// a "rocket attack" and by another as "the attack" is one happening; the
/// generic "attack" joins the more specific kinds of assault.
fn family(kind: &str) -> &str {
    match kind {
        "attack" | "rocket_fire" | "air_strike" => "assault",
        other => other,
    }
}

/// True when the type `kind` says more than `other` (of one family).
fn more_specific(kind: &str, other: &str) -> bool {
    other == "attack" && kind != "attack"
}

/// Merges events that report one happening. `places` holds the coordinates
/// of the actors that are places (not states: a state's capital says
/// nothing of where its troops fought); `kinds` the kind of every actor.
pub fn merge_reports(
    events: Vec<Event>,
    places: &HashMap<&str, [f64; 2]>,
    kinds: &HashMap<&str, ActorKind>,
) -> Vec<Event> {
    // A merge can give an event the actor or the day that ties it to a
    // report seen before it: merge again until nothing merges.
    let mut merged = merge_once(events, places, kinds);
    loop {
        let count = merged.len();
        merged = merge_once(merged, places, kinds);
        if merged.len() == count {
            break;
        }
    }
    // Sources in reading order, whichever report founded the event.
    for event in &mut merged {
        event.sources.sort_by_cached_key(|source| {
            (
                source.doc.clone(),
                sentence_number(&source.sentence),
                source.sentence.clone(),
            )
        });
    }
    merged
}

/// One pass of [`merge_reports`].
fn merge_once(
    events: Vec<Event>,
    places: &HashMap<&str, [f64; 2]>,
    kinds: &HashMap<&str, ActorKind>,
) -> Vec<Event> {
    let located = |event: &Event| -> Vec<[f64; 2]> {
        event
            .actors
            .iter()
            .filter_map(|actor| places.get(actor.as_str()).copied())
            .collect()
    };
    let near = |x: &[f64; 2], y: &[f64; 2]| (x[0] - y[0]).abs() + (x[1] - y[1]).abs() <= NEAR;
    let far_apart = |a: &Event, b: &Event| {
        let (here, there) = (located(a), located(b));
        !here.is_empty()
            && !there.is_empty()
            && here.iter().all(|x| there.iter().all(|y| !near(x, y)))
    };
    // A killing, an arrest or a release of one person is not that of
    // another, whatever else the reports share.
    let done_to_others = |a: &Event, b: &Event| {
        let person = |actor: &String| kinds.get(actor.as_str()) == Some(&ActorKind::Person);
        matches!(a.r#type.as_str(), "killing" | "arrest" | "release")
            && match (&a.target_actor, &b.target_actor) {
                (Some(x), Some(y)) => x != y && person(x) && person(y),
                _ => false,
            }
    };
    let in_common = |a: &Event, b: &Event| {
        let (here, there) = (located(a), located(b));
        a.actors.iter().any(|actor| b.actors.contains(actor))
            || here.iter().any(|x| there.iter().any(|y| near(x, y)))
    };
    // The most precise reports come first and found the happenings; vaguer
    // ones ("in June") then join the day they turn out to be, whichever
    // article came first. The sort is stable: equal spans keep their order.
    let mut events = events;
    events.sort_by_key(|event| event.end.to_days() - event.start.to_days());
    // Candidates are found through an index of type family and start day,
    // looking a month either side: merging stays near-linear at tens of
    // thousands of events.
    let mut merged: Vec<Event> = Vec::new();
    let mut by_start: HashMap<String, BTreeMap<i64, Vec<usize>>> = HashMap::new();
    // The same, for each person and group an event names: where a vague
    // report looks for the happening it can only be.
    let mut by_agent: HashMap<(String, String), BTreeMap<i64, Vec<usize>>> = HashMap::new();
    let agent = |actor: &String| {
        matches!(
            kinds.get(actor.as_str()),
            Some(ActorKind::Person | ActorKind::Group)
        )
    };
    for event in events {
        let day = event.start.to_days();
        let key = family(&event.r#type).to_owned();
        let candidates = starting(
            by_start.get(&key),
            day - LONGEST_RANGE..=day + LONGEST_RANGE,
        );
        let same = candidates
            .filter(|&index| {
                let other = &merged[index];
                let one_day = |e: &Event| e.start == e.end;
                // A report of one day merges with another of that day, or with
                // one already known to be that day or the next.
                let same_day = (one_day(&event) && within(&event, other))
                    || (one_day(other) && within(other, &event));
                // Reports of one happening differ by a day when one dates it
                // and the other its announcement ("late Saturday", "on Sunday
                // the military confirmed"): they merge only with an actor or
                // a place in common.
                let next_day = at_most_two_days(other, &event) && in_common(other, &event);
                let span = |e: &Event| e.end.to_days() - e.start.to_days();
                let overlapping = other.start <= event.end
                    && event.start <= other.end
                    && span(other) <= LONGEST_RANGE
                    && span(&event) <= LONGEST_RANGE
                    && other
                        .actors
                        .iter()
                        .any(|actor| event.actors.contains(actor));
                // Within one article only reports of one day merge: "three
                // separate attacks" in one month are three. But an article
                // that twice speaks of the elections of a month speaks of
                // one vote.
                let across = other.doc != event.doc;
                let one_vote = !across
                    && event.r#type == "election"
                    && other.r#type == "election"
                    && other.start == event.start
                    && other.end == event.end;
                same_day || next_day || (across && overlapping) || one_vote
            })
            .find(|&index| {
                !far_apart(&merged[index], &event) && !done_to_others(&merged[index], &event)
            });
        let span = event.end.to_days() - event.start.to_days();
        let same = same.or_else(|| {
            if !(SHORTEST_VAGUE_RANGE..=LONGEST_VAGUE_RANGE).contains(&span) {
                return None;
            }
            // A vague report ("in January", "last summer") joins the one
            // happening of its kind in its range that names one of its
            // people or groups, in any article; with a second such, it
            // stays apart. Candidates come from each of its people and
            // groups (a year at 10,000 articles holds thousands of events),
            // by first start, at most a month before a narrowed one.
            let mut held: Option<usize> = None;
            for actor in &event.actors {
                let candidates = starting(
                    by_agent.get(&(key.clone(), actor.clone())),
                    day - LONGEST_RANGE..=event.end.to_days(),
                );
                for index in candidates {
                    let other = &merged[index];
                    let inside = event.start <= other.start
                        && other.end <= event.end
                        && other.end.to_days() - other.start.to_days() <= LONGEST_RANGE
                        && !far_apart(other, &event)
                        && !done_to_others(other, &event);
                    match held {
                        _ if !inside => {}
                        Some(first) if first != index => return None,
                        _ => held = Some(index),
                    }
                }
            }
            held
        });
        match same {
            Some(index) => absorb(&mut merged[index], event),
            None => {
                if span <= LONGEST_RANGE {
                    for actor in event.actors.iter().filter(|actor| agent(actor)) {
                        by_agent
                            .entry((key.clone(), actor.clone()))
                            .or_default()
                            .entry(day)
                            .or_default()
                            .push(merged.len());
                    }
                }
                by_start
                    .entry(key)
                    .or_default()
                    .entry(day)
                    .or_default()
                    .push(merged.len());
                merged.push(event);
            }
        }
    }
    merged.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    merged
}

/// The events of an index (by start day) that start within `days`.
fn starting(
    index: Option<&BTreeMap<i64, Vec<usize>>>,
    days: std::ops::RangeInclusive<i64>,
) -> impl Iterator<Item = usize> + '_ {
    index
        .into_iter()
        .flat_map(move |by_day| by_day.range(days.clone()))
        .flat_map(|(_, at)| at.iter().copied())
}

/// True when the one-day report `day` falls within `range`, a range of at
/// most two days.
fn within(day: &Event, range: &Event) -> bool {
    range.end.to_days() - range.start.to_days() <= 1
        && range.start <= day.start
        && day.start <= range.end
}

/// True when two reports, taken together, cover at most two days.
fn at_most_two_days(a: &Event, b: &Event) -> bool {
    let start = a.start.min(b.start).to_days();
    let end = a.end.max(b.end).to_days();
    end - start <= 1
}

/// Adds the report `event` to the event `into`: its sources and actors, the
/// more specific type, and the narrower date; two reports a day apart
/// make a date of two days, since either may be the day.
fn absorb(into: &mut Event, event: Event) {
    for source in event.sources {
        if !into.sources.contains(&source) {
            into.sources.push(source);
        }
    }
    for actor in event.actors {
        if !into.actors.contains(&actor) {
            into.actors.push(actor);
        }
    }
    if more_specific(&event.r#type, &into.r#type) {
        into.r#type = event.r#type;
        into.plover = event.plover;
    }
    let span = |start: i64, end: i64| end - start;
    let (start, end) = (event.start.to_days(), event.end.to_days());
    let (into_start, into_end) = (into.start.to_days(), into.end.to_days());
    if span(start, end) <= 1 && span(into_start, into_end) <= 1 {
        into.start = into.start.min(event.start);
        into.end = into.end.max(event.end);
        if into.start != into.end {
            into.precision = Precision::Days;
        }
    } else if span(start, end) < span(into_start, into_end) {
        // The index keeps the first start; candidates are looked for a
        // month either side, so a narrower date still finds it.
        into.start = event.start;
        into.end = event.end;
        into.precision = event.precision;
    }
}
