//! `dossier eval DIR GOLD`: the engine measured against a gold annotation
//! written by people (format: `tests/gold/FORMAT.md`).
//!
//! - Actors, mention by mention: an engine mention belongs to the gold actor
//!   whose longest form overlaps it in its sentence. A gold actor is found
//!   when one engine mention belongs to it, and correctly merged when all of
//!   them are on one engine actor; a wrong merge is an engine actor holding
//!   mentions of two gold actors. Precision counts engine actors mentioned
//!   twice or more that hold a gold actor's mention.
//! - Dates: a gold expression is found when an engine expression overlaps it
//!   in the same document; its value is right when the ranges are equal (for
//!   gold "unresolved", when the engine left it unresolved too).
//! - Events: a gold event is found when an engine event of the same type
//!   cites a sentence holding the gold fragment; its date is right when the
//!   ranges overlap.
//! - Relations: same kind and same pair (in order, for directed kinds).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dossier_corpus::{CivilDate, Corpus};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Gold {
    #[serde(default)]
    document: Vec<GoldDocument>,
    #[serde(default)]
    actor: Vec<GoldActor>,
    #[serde(default)]
    date: Vec<GoldDate>,
    #[serde(default)]
    event: Vec<GoldEvent>,
    #[serde(default)]
    relation: Vec<GoldRelation>,
}

#[derive(Debug, Deserialize)]
struct GoldDocument {
    doc: String,
    start: String,
    end: String,
}

#[derive(Debug, Deserialize)]
struct GoldActor {
    name: String,
    kind: String,
    forms: Vec<String>,
    mentions: u32,
}

#[derive(Debug, Deserialize)]
struct GoldDate {
    doc: String,
    text: String,
    start: Option<String>,
    end: Option<String>,
    kind: String,
}

#[derive(Debug, Deserialize)]
struct GoldEvent {
    doc: String,
    sentence: String,
    r#type: String,
    start: Option<String>,
    end: Option<String>,
    #[serde(default)]
    same_as: String,
}

#[derive(Debug, Deserialize)]
struct GoldRelation {
    source: String,
    target: String,
    kind: String,
}

/// One measured figure: what was right out of how many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub right: usize,
    pub total: usize,
}

impl Ratio {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = if self.total == 0 {
            100.0
        } else {
            100.0 * self.right as f64 / self.total as f64
        };
        write!(f, "{:5.1}% ({}/{})", percent, self.right, self.total)
    }
}

/// Every figure of one evaluation, in print order.
#[derive(Debug, Default)]
pub struct Report {
    pub rows: Vec<(String, Ratio)>,
    pub misses: Vec<String>,
}

pub fn parse_gold(text: &str) -> Result<Gold, String> {
    toml::from_str(text).map_err(|error| format!("gold file: {error}"))
}

pub fn evaluate(corpus: &Corpus, gold: &Gold) -> Report {
    let mut report = Report::default();
    let actor_of_name = evaluate_actors(corpus, gold, &mut report);
    evaluate_document_dates(corpus, gold, &mut report);
    evaluate_dates(corpus, gold, &mut report);
    evaluate_events(corpus, gold, &mut report);
    evaluate_relations(corpus, gold, &actor_of_name, &mut report);
    report
}

/// The gold articles' dates, to build the corpus with for
/// [`evaluate_dates_given`].
pub fn document_dates(gold: &Gold) -> BTreeMap<String, (CivilDate, CivilDate)> {
    gold.document
        .iter()
        .filter_map(|document| {
            let start = CivilDate::parse_iso(&document.start)?;
            let end = CivilDate::parse_iso(&document.end)?;
            Some((document.doc.clone(), (start, end)))
        })
        .collect()
}

/// The dates again, on a corpus built with every article's true date given
/// ([`document_dates`]): TempEval's convention, which scores resolving an
/// expression against its article's date apart from finding that date.
pub fn evaluate_dates_given(corpus: &Corpus, gold: &Gold) -> Report {
    let mut scratch = Report::default();
    evaluate_dates(corpus, gold, &mut scratch);
    let rows = scratch
        .rows
        .into_iter()
        .filter(|(name, _)| name.starts_with("explicit") || name.starts_with("relative"))
        .map(|(name, ratio)| (format!("{name}, article dates given"), ratio))
        .collect();
    let misses = scratch
        .misses
        .into_iter()
        .map(|miss| format!("{miss} (article dates given)"))
        .collect();
    Report { rows, misses }
}

/// Actors, mention by mention; returns gold name → engine actor id, for
/// relations.
///
/// Each engine mention is given to the gold actor whose form, occurring in
/// the sentence at word boundaries, overlaps it; the longest such form wins,
/// so "al-Sistani’s Hashd" outweighs "Hashd" and "PMF of Shrines" outweighs
/// "PMF". A mention no form overlaps is one the gold does not count.
fn evaluate_actors(corpus: &Corpus, gold: &Gold, report: &mut Report) -> HashMap<String, String> {
    // Per gold actor: how many of its mentions each engine actor holds.
    let mut held: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); gold.actor.len()];
    let mut ambiguous = 0usize;
    for document in &corpus.documents {
        for mention in &document.mentions {
            let Some(sentence) = document.sentence(&mention.sentence) else {
                continue;
            };
            match gold_actor_of(
                gold,
                &sentence.text,
                mention.start as usize,
                mention.end as usize,
            ) {
                Owner::One(index) => {
                    *held[index].entry(mention.actor.clone()).or_default() += 1;
                }
                Owner::Tied => ambiguous += 1,
                Owner::None => {}
            }
        }
    }
    let majority = |counts: &BTreeMap<String, usize>| {
        counts
            .iter()
            .max_by_key(|(id, count)| (**count, std::cmp::Reverse((*id).clone())))
            .map(|(id, _)| id.clone())
    };
    let mut found = Ratio::default();
    let mut merged = Ratio::default();
    let mut on_right = Ratio::default();
    let mut mentions_found = Ratio::default();
    let mut kinds = Ratio::default();
    let kind_of: HashMap<&str, &str> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind.as_str()))
        .collect();
    let mut actor_of_name = HashMap::new();
    let mut gold_of_engine: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (actor, counts) in gold.actor.iter().zip(&held) {
        for engine in counts.keys() {
            gold_of_engine
                .entry(engine.as_str())
                .or_default()
                .insert(actor.name.as_str());
        }
        let main = majority(counts);
        if let Some(main) = &main {
            actor_of_name.insert(actor.name.clone(), main.clone());
        }
        if actor.mentions < 2 {
            continue;
        }
        found.add(!counts.is_empty());
        merged.add(counts.len() == 1);
        if let Some(main) = &main {
            let kind = kind_of.get(main.as_str()).copied().unwrap_or_default();
            // A government body is a state to the engine, a group or a
            // state to a reader: either is right.
            let right = kind == actor.kind || (kind == "state" && actor.kind == "group");
            kinds.add(right);
            if !right {
                report.misses.push(format!(
                    "actor kind: {} is a {}, engine {kind}",
                    actor.name, actor.kind
                ));
            }
        }
        let total: usize = counts.values().sum();
        let on_main = main.as_ref().map_or(0, |main| counts[main]);
        on_right.right += on_main;
        on_right.total += total;
        mentions_found.right += total.min(actor.mentions as usize);
        mentions_found.total += actor.mentions as usize;
        if counts.is_empty() {
            report.misses.push(format!(
                "actor not found: {} ({} mentions)",
                actor.name, actor.mentions
            ));
        } else if counts.len() > 1 {
            report
                .misses
                .push(format!("actor split: {} into {counts:?}", actor.name));
        }
        if total < actor.mentions as usize {
            report.misses.push(format!(
                "actor mentions missed: {} has {total} of {}",
                actor.name, actor.mentions
            ));
        }
    }
    let mut wrong = Ratio::default();
    for (engine, golds) in &gold_of_engine {
        wrong.add(golds.len() > 1);
        if golds.len() > 1 {
            report
                .misses
                .push(format!("wrong merge: {engine} holds {golds:?}"));
        }
    }
    let mut precision = Ratio::default();
    for actor in corpus.actors.iter().filter(|actor| actor.mentions >= 2) {
        let hit = gold_of_engine.contains_key(actor.id.as_str());
        precision.add(hit);
        if !hit {
            report.misses.push(format!(
                "actor not in gold: {} {:?}",
                actor.name, actor.aliases
            ));
        }
    }
    if ambiguous > 0 {
        report.misses.push(format!(
            "{ambiguous} engine mentions overlap forms of two gold actors equally"
        ));
    }
    let rows = [
        ("actors (2+ mentions) found", found),
        ("actors (2+ mentions) merged into one", merged),
        ("actor mentions found (2+ mentions)", mentions_found),
        (
            "actor mentions on their actor's main engine actor",
            on_right,
        ),
        ("found actors (2+ mentions) of the right kind", kinds),
        ("actors (2+ mentions) precision", precision),
        ("engine actors holding 2+ gold actors (wrong merges)", wrong),
    ];
    report.rows.extend(
        rows.into_iter()
            .map(|(name, ratio)| (name.to_owned(), ratio)),
    );
    actor_of_name
}

/// Which gold actor an engine mention at `start..end` of `sentence` names.
#[derive(Debug, PartialEq, Eq)]
enum Owner {
    One(usize),
    /// Forms of two gold actors, of one length, overlap it.
    Tied,
    None,
}

fn gold_actor_of(gold: &Gold, sentence: &str, start: usize, end: usize) -> Owner {
    let mut best: Option<(usize, usize)> = None; // (form length, gold actor)
    let mut tied = false;
    for (index, actor) in gold.actor.iter().enumerate() {
        for form in &actor.forms {
            let head = head_of(form);
            let overlaps = word_occurrences(sentence, form)
                .any(|at| at + head.start < end && start < at + head.end);
            if !overlaps {
                continue;
            }
            match best {
                Some((length, owner)) if length == form.len() && owner != index => tied = true,
                Some((length, _)) if length >= form.len() => {}
                _ => {
                    best = Some((form.len(), index));
                    tied = false;
                }
            }
        }
    }
    match best {
        Some(_) if tied => Owner::Tied,
        Some((_, index)) => Owner::One(index),
        None => Owner::None,
    }
}

/// The part of a multiword name that names its actor: "Hashd" in
/// "al-Sistani’s Hashd", "PMF" in "PMF of Najaf and Karbala", "US Embassy" in
/// "US Embassy in Baghdad". A mention of the rest ("al-Sistani", "Najaf",
/// "Baghdad") names another actor nested in it.
fn head_of(form: &str) -> std::ops::Range<usize> {
    for possessive in ["’s ", "'s "] {
        if let Some(at) = form.rfind(possessive) {
            return at + possessive.len()..form.len();
        }
    }
    for joint in [" of ", " in "] {
        if let Some(at) = form.find(joint) {
            return 0..at;
        }
    }
    0..form.len()
}

/// Byte offsets where `form` occurs in `text` as whole words.
fn word_occurrences<'a>(text: &'a str, form: &'a str) -> impl Iterator<Item = usize> + 'a {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(form)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !form.is_empty()
                && !word(text[..at].chars().next_back())
                && !word(text[at + form.len()..].chars().next())
        })
}

fn date(text: &Option<String>) -> Option<CivilDate> {
    text.as_deref().and_then(CivilDate::parse_iso)
}

fn evaluate_document_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let mut overlap = Ratio::default();
    for (doc, (start, end)) in document_dates(gold) {
        let found = corpus
            .document(&doc)
            .and_then(|document| document.date.as_ref());
        let hit = found.is_some_and(|found| found.start <= end && start <= found.end);
        overlap.add(hit);
        if !hit {
            report.misses.push(format!(
                "document date: {} is {}..{}, engine {:?}",
                doc,
                start,
                end,
                found.map(|f| (f.start.to_string(), f.end.to_string()))
            ));
        }
    }
    report
        .rows
        .push(("document dates overlapping the truth".into(), overlap));
}

fn evaluate_dates(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let mut found = Ratio::default();
    let mut explicit = Ratio::default();
    let mut relative = Ratio::default();
    let mut matched: BTreeSet<(String, String, u32)> = BTreeSet::new();
    for expected in &gold.date {
        let Some(document) = corpus.document(&expected.doc) else {
            continue;
        };
        // A dateline is the document's date, not a sentence's expression.
        if document.dateline.as_deref() == Some(expected.text.as_str()) {
            let right = document.date.as_ref().is_some_and(|found| {
                Some(found.start) == date(&expected.start) && Some(found.end) == date(&expected.end)
            });
            found.add(true);
            if expected.kind == "explicit" {
                explicit.add(right)
            } else {
                relative.add(right)
            }
            continue;
        }
        let candidates: Vec<_> = document
            .timexes
            .iter()
            .filter(|timex| {
                timex.text.contains(&expected.text) || expected.text.contains(&timex.text)
            })
            .filter(|timex| {
                !matched.contains(&(document.id.clone(), timex.sentence.clone(), timex.start))
            })
            .collect();
        let (want_start, want_end) = (date(&expected.start), date(&expected.end));
        let right = |timex: &&dossier_corpus::Timex| match (timex.value, want_start, want_end) {
            (None, None, None) => true,
            (Some(value), Some(start), Some(end)) => value.start == start && value.end == end,
            _ => false,
        };
        let chosen = candidates
            .iter()
            .find(|timex| right(timex))
            .or(candidates.first())
            .copied();
        found.add(chosen.is_some());
        let is_right = chosen.is_some_and(|timex| right(&timex));
        if let Some(timex) = chosen {
            matched.insert((document.id.clone(), timex.sentence.clone(), timex.start));
        }
        if expected.kind == "explicit" {
            explicit.add(is_right)
        } else {
            relative.add(is_right)
        }
        if !is_right {
            let got = chosen.map(|timex| {
                timex
                    .value
                    .map(|v| format!("{}..{}", v.start, v.end))
                    .unwrap_or_else(|| "unresolved".into())
            });
            report.misses.push(format!(
                "date {} “{}”: want {:?}..{:?}, got {:?}",
                &expected.doc[..3.min(expected.doc.len())],
                expected.text,
                expected.start,
                expected.end,
                got
            ));
        }
    }
    let total: usize = corpus
        .documents
        .iter()
        .map(|document| document.timexes.len())
        .sum();
    report
        .rows
        .push(("temporal expressions found".into(), found));
    report.rows.push((
        "temporal expressions precision".into(),
        Ratio {
            right: matched.len(),
            total,
        },
    ));
    report.rows.push(("explicit dates exact".into(), explicit));
    report.rows.push(("relative dates right".into(), relative));
}

fn evaluate_events(corpus: &Corpus, gold: &Gold, report: &mut Report) {
    let sentence_text = |doc: &str, sentence: &str| -> Option<String> {
        corpus
            .document(doc)
            .and_then(|document| document.sentence(sentence))
            .map(|s| s.text.clone())
    };
    let mut found = Ratio::default();
    let mut dated = Ratio::default();
    let mut used: BTreeSet<(String, String, String)> = BTreeSet::new();
    let mut event_of_gold: Vec<Option<String>> = Vec::new();
    for expected in &gold.event {
        let hit = corpus.events.iter().find(|event| {
            event.r#type == expected.r#type
                && event.sources.iter().any(|source| {
                    source.doc == expected.doc
                        && sentence_text(&source.doc, &source.sentence)
                            .is_some_and(|text| text.contains(&expected.sentence))
                })
        });
        found.add(hit.is_some());
        event_of_gold.push(hit.map(|event| event.id.clone()));
        if let Some(event) = hit {
            for source in &event.sources {
                used.insert((
                    event.id.clone(),
                    source.doc.clone(),
                    source.sentence.clone(),
                ));
            }
            let (start, end) = (date(&expected.start), date(&expected.end));
            dated.add(matches!((start, end), (Some(start), Some(end)) if event.start <= end && start <= event.end));
        } else {
            report.misses.push(format!(
                "event {} {}: “{}”",
                &expected.doc[..3.min(expected.doc.len())],
                expected.r#type,
                expected.sentence
            ));
        }
    }
    // An engine event counts as right when one of its reports matches a gold event.
    let mut precision = Ratio::default();
    for event in &corpus.events {
        precision.add(used.iter().any(|(id, _, _)| id == &event.id));
    }
    let mut groups: BTreeMap<&str, BTreeSet<Option<String>>> = BTreeMap::new();
    for (expected, engine) in gold.event.iter().zip(&event_of_gold) {
        if !expected.same_as.is_empty() {
            groups
                .entry(expected.same_as.as_str())
                .or_default()
                .insert(engine.clone());
        }
    }
    let mut one_event = Ratio::default();
    for (key, engines) in &groups {
        let merged = engines.len() == 1 && !engines.contains(&None);
        one_event.add(merged);
        if !merged {
            report.misses.push(format!(
                "happening {key} reported as {} engine events",
                engines.len()
            ));
        }
    }
    report
        .rows
        .push(("events found (type and sentence)".into(), found));
    report.rows.push(("events precision".into(), precision));
    report
        .rows
        .push(("found events with the right date".into(), dated));
    report.rows.push((
        "happenings reported twice+ merged into one".into(),
        one_event,
    ));
}

fn evaluate_relations(
    corpus: &Corpus,
    gold: &Gold,
    actor_of_name: &HashMap<String, String>,
    report: &mut Report,
) {
    let typed: Vec<_> = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind != "co_occurs")
        .collect();
    let mut found = Ratio::default();
    let mut hits: BTreeSet<usize> = BTreeSet::new();
    for expected in &gold.relation {
        let (Some(source), Some(target)) = (
            actor_of_name.get(&expected.source),
            actor_of_name.get(&expected.target),
        ) else {
            found.add(false);
            report.misses.push(format!(
                "relation not found (an actor unknown): {} {} {}",
                expected.source, expected.kind, expected.target
            ));
            continue;
        };
        let hit = typed.iter().position(|relation| {
            relation.kind == expected.kind
                && ((&relation.source == source && &relation.target == target)
                    || (!relation.directed
                        && &relation.source == target
                        && &relation.target == source))
        });
        found.add(hit.is_some());
        match hit {
            Some(index) => {
                hits.insert(index);
            }
            None => report.misses.push(format!(
                "relation not found: {} {} {}",
                expected.source, expected.kind, expected.target
            )),
        }
    }
    report.rows.push(("relations found".into(), found));
    report.rows.push((
        "relations precision".into(),
        Ratio {
            right: hits.len(),
            total: typed.len(),
        },
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = r#"
        [[actor]]
        name = "Popular Mobilization Forces"
        kind = "group"
        forms = ["Hashd", "PMF"]
        mentions = 2
        [[actor]]
        name = "Hashd al-Atabat"
        kind = "group"
        forms = ["al-Sistani’s Hashd", "PMF of Shrines"]
        mentions = 2
        [[actor]]
        name = "Ali al-Sistani"
        kind = "person"
        forms = ["al-Sistani"]
        mentions = 1
        [[actor]]
        name = "Shrines"
        kind = "place"
        forms = ["Shrines"]
        mentions = 1
    "#;

    /// The gold actor of the engine mention at `text`'s first occurrence in
    /// `sentence`, by the gold actor's name.
    fn owner(sentence: &str, text: &str) -> Option<String> {
        let gold = parse_gold(GOLD).unwrap();
        let start = sentence.find(text).unwrap();
        match gold_actor_of(&gold, sentence, start, start + text.len()) {
            Owner::One(index) => Some(gold.actor[index].name.clone()),
            Owner::Tied => Some("tied".to_owned()),
            Owner::None => None,
        }
    }

    #[test]
    fn a_mention_belongs_to_the_longest_form_whose_head_it_overlaps() {
        let table = [
            // (sentence, engine mention, gold actor)
            (
                "the Hashd fought",
                "Hashd",
                Some("Popular Mobilization Forces"),
            ),
            (
                "al-Sistani’s Hashd marched",
                "Hashd",
                Some("Hashd al-Atabat"),
            ),
            (
                "al-Sistani’s Hashd marched",
                "al-Sistani",
                Some("Ali al-Sistani"),
            ),
            ("the PMF of Shrines said", "PMF", Some("Hashd al-Atabat")),
            (
                "the PMF of Shrines said",
                "PMF of Shrines",
                Some("Hashd al-Atabat"),
            ),
            ("the PMF of Shrines said", "Shrines", Some("Shrines")),
            ("the PMF said", "PMF", Some("Popular Mobilization Forces")),
            // Forms match whole words only, and a mention no form overlaps
            // is one the gold does not count.
            ("the PMFs said", "PMFs", None),
            ("Hashdi fighters", "Hashdi", None),
            ("the Iraqi parliament", "Iraqi", None),
        ];
        for (sentence, mention, want) in table {
            assert_eq!(
                owner(sentence, mention).as_deref(),
                want,
                "{mention} in “{sentence}”"
            );
        }
    }

    #[test]
    fn the_head_of_a_name_is_after_a_possessive_or_before_of_and_in() {
        let table = [
            ("al-Sistani’s Hashd", "Hashd"),
            ("PMF of Najaf and Karbala", "PMF"),
            ("US Embassy in Baghdad", "US Embassy"),
            ("Kata'ib Hezbollah", "Kata'ib Hezbollah"),
        ];
        for (form, head) in table {
            assert_eq!(&form[head_of(form)], head);
        }
    }
}
