//! The corpus data model: what the engine produces, what `dossier export`
//! prints as JSON and what the app loads (as postcard bytes, from the data
//! file of `bundle`).
//!
//! Field order and names are the public schema (see `docs/schema.md`); keep
//! them stable. No field is skipped when empty, because postcard is not
//! self-describing and needs every field in place.

use serde::{Deserialize, Serialize};

use crate::civil::CivilDate;

mod event;

pub use event::{Event, Modality, Relation, SourceRef};

/// Everything the engine knows about one folder of articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Articles, in file-name order (the reader sorts its list by date).
    pub documents: Vec<Document>,
    /// Actors found in the text (filled by the extraction stage).
    pub actors: Vec<Actor>,
    /// Dated happenings (filled by the extraction stage).
    pub events: Vec<Event>,
    /// Typed ties between actors (filled by the extraction stage).
    pub relations: Vec<Relation>,
}

impl Corpus {
    /// A copy without the text that repeats a sentence: paragraph, caption,
    /// event and relation texts, which the app finds from the document and
    /// sentence ids. The app's data file holds this copy; `dossier export` prints
    /// the full one.
    pub fn without_repeated_text(&self) -> Corpus {
        let mut corpus = self.clone();
        for document in &mut corpus.documents {
            document
                .paragraphs
                .iter_mut()
                .for_each(|paragraph| paragraph.text.clear());
            document
                .captions
                .iter_mut()
                .for_each(|caption| caption.text.clear());
        }
        corpus
            .events
            .iter_mut()
            .for_each(|event| event.text.clear());
        corpus
            .relations
            .iter_mut()
            .for_each(|relation| relation.text.clear());
        corpus
    }

    /// The document with this id, if any.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|document| document.id == id)
    }
}

/// One article, cleaned up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file's stem; unique within the corpus.
    pub id: String,
    /// The file's name within the corpus folder.
    pub file: String,
    /// The headline, or a short title derived from the first sentence.
    pub title: String,
    /// True when the file has no headline and `title` was derived.
    pub title_derived: bool,
    /// The author, when the text names one (a byline or an "About" bio).
    pub author: Option<String>,
    /// The publisher, when the text names one ("Originally published by ...").
    pub publisher: Option<String>,
    /// The publication date as an inclusive range, when known or inferred.
    pub date: Option<DocDate>,
    /// The dateline exactly as written, when the file has one.
    pub dateline: Option<String>,
    /// The body: paragraphs and list items, in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Photo captions, kept apart from the body; a repeated caption appears once.
    pub captions: Vec<Caption>,
    /// Trailers and boilerplate after the body (related links, contact lines, bios).
    pub trailers: Vec<Trailer>,
    /// Every sentence of the body and the captions, in file order.
    pub sentences: Vec<Sentence>,
    /// Number of words in the body.
    pub words: u32,
    /// Every actor mention, in sentence order (filled by extraction).
    pub mentions: Vec<Mention>,
    /// Every temporal expression, in sentence order (filled by extraction).
    pub timexes: Vec<Timex>,
}

impl Document {
    /// The sentence with this id, if any. Ids are `s1`, `s2`, ... in order,
    /// so the id points straight at its place; a scan is the fallback.
    pub fn sentence(&self, id: &str) -> Option<&Sentence> {
        let at = sentence_number(id).and_then(|number| number.checked_sub(1));
        at.and_then(|at| self.sentences.get(at))
            .filter(|sentence| sentence.id == id)
            .or_else(|| self.sentences.iter().find(|sentence| sentence.id == id))
    }
}

/// The number in a sentence id (`s12` is 12): its place in its document,
/// counting from 1. `None` for an id of another form.
pub fn sentence_number(id: &str) -> Option<usize> {
    id.strip_prefix('s')?.parse().ok()
}

/// A document's date: an inclusive range of days, and whether it was inferred
/// rather than stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocDate {
    /// First day of the range.
    pub start: CivilDate,
    /// Last day of the range (inclusive).
    pub end: CivilDate,
    /// True when no dateline states it and it was inferred from the text.
    pub inferred: bool,
    /// How the date was found ("dateline", or the evidence for an inference).
    pub evidence: String,
    /// How sure the engine is of it.
    pub confidence: Confidence,
}

/// How sure the engine is of a document's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Stated by a dateline (or given by the user).
    Stated,
    /// Inferred from a weekday with its date, which fixes the year.
    High,
    /// Inferred from a day the text cites as past.
    Medium,
    /// Inferred from a month, a season, a year or a future date only.
    Low,
}

/// What kind of body block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Running text.
    Text,
    /// A bullet list item.
    Item,
}

/// One body paragraph or list item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Text or list item.
    pub kind: ParagraphKind,
    /// The cleaned text (hard-wrapped lines joined, spacing and quotes fixed).
    pub text: String,
    /// Ids of its sentences, in order.
    pub sentences: Vec<String>,
}

/// A photo caption and its credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    /// The caption text without its credit.
    pub text: String,
    /// The credit ("AP Photo/Hadi Mizban"), when given.
    pub credit: Option<String>,
    /// Index of the body paragraph the caption stands before (the number of
    /// paragraphs when it stands after the last one).
    pub before_paragraph: u32,
    /// Ids of its sentences, in order.
    pub sentences: Vec<String>,
}

/// What kind of trailer a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrailerKind {
    /// An author biography ("About <name>" and what follows).
    Bio,
    /// A "Related content" list or heading.
    Related,
    /// Other boilerplate: contact lines, subscription calls, copyright.
    Boilerplate,
}

/// A block after the body that is not part of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trailer {
    /// Bio, related content or boilerplate.
    pub kind: TrailerKind,
    /// The cleaned text.
    pub text: String,
}

/// One sentence, with its span in the original file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Stable id within the document (`s1`, `s2`, ... in file order).
    pub id: String,
    /// The cleaned text.
    pub text: String,
    /// Byte offset of its first byte in the original file.
    pub start: u32,
    /// Byte offset just past its last byte in the original file.
    pub end: u32,
}

/// One mention of an actor: a span of one sentence's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The sentence id.
    pub sentence: String,
    /// Byte offset in the sentence's `text`.
    pub start: u32,
    /// End byte offset in the sentence's `text` (exclusive).
    pub end: u32,
    /// The actor's id.
    pub actor: String,
}

/// How precise a date range is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// One day.
    Day,
    /// A few days ("within three days").
    Days,
    /// A week.
    Week,
    /// A third of a month ("early June").
    PartOfMonth,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A third of a year ("late 2019").
    PartOfYear,
    /// A year.
    Year,
    /// Several years.
    Years,
}

impl Precision {
    /// The schema's name for it, as serialised ("part_of_month").
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Days => "days",
            Precision::Week => "week",
            Precision::PartOfMonth => "part_of_month",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::PartOfYear => "part_of_year",
            Precision::Year => "year",
            Precision::Years => "years",
        }
    }
}

/// A temporal expression and, when it could be resolved, its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// The sentence id.
    pub sentence: String,
    /// Byte offset in the sentence's `text`.
    pub start: u32,
    /// End byte offset (exclusive).
    pub end: u32,
    /// The expression as written.
    pub text: String,
    /// The inclusive range it denotes; `None` when it cannot be resolved.
    pub value: Option<DateValue>,
    /// For an expression that marks a past happening ("the anniversary of
    /// Soleimani's killing"), the day of that happening: what a trigger
    /// inside it reports.
    #[serde(default)]
    pub marks: Option<CivilDate>,
}

/// A resolved date: an inclusive range, its precision, and whether any part
/// of it was inferred rather than stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// First day.
    pub start: CivilDate,
    /// Last day (inclusive).
    pub end: CivilDate,
    /// How precise.
    pub precision: Precision,
    /// True when the year (or more) came from the article's date or an
    /// earlier date, not from the expression itself.
    pub inferred: bool,
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// An armed group, militia, party or other organisation.
    Group,
    /// A state, government or government body.
    State,
    /// A place: city, region, base, zone.
    Place,
}

impl ActorKind {
    /// The schema's name for the kind, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Group => "group",
            ActorKind::State => "state",
            ActorKind::Place => "place",
        }
    }
}

/// An actor: a person, group, state or place, with every name it goes by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// A slug of the canonical name.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// Every surface form seen in the corpus.
    pub aliases: Vec<String>,
    /// Number of mentions in the corpus.
    pub mentions: u32,
    /// A one-line description, from the gazetteer.
    pub role: Option<String>,
    /// True when the gazetteer lists the actor; false when found in the text alone.
    pub curated: bool,
    /// Latitude and longitude, for places the gazetteer locates.
    pub coordinates: Option<[f64; 2]>,
    /// What kind of place, from the gazetteer ("city", "zone", ...).
    pub place_type: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_names_match_their_serialised_form() {
        for precision in [
            Precision::Day,
            Precision::Days,
            Precision::Week,
            Precision::PartOfMonth,
            Precision::Month,
            Precision::Season,
            Precision::PartOfYear,
            Precision::Year,
            Precision::Years,
        ] {
            let json = serde_json::to_string(&precision).unwrap();
            assert_eq!(json, format!("\"{}\"", precision.as_str()));
        }
    }
}
