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

mod actors;
mod dates;
mod events;
mod relations;

use std::collections::BTreeMap;

use dossier_corpus::{CivilDate, Corpus};
use serde::Deserialize;

use actors::evaluate_actors;
use dates::{evaluate_dates, evaluate_document_dates};
use events::evaluate_events;
use relations::evaluate_relations;

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

fn date(text: &Option<String>) -> Option<CivilDate> {
    text.as_deref().and_then(CivilDate::parse_iso)
}

#[cfg(test)]
mod tests {
    use super::actors::{gold_actor_of, head_of, Owner};
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
