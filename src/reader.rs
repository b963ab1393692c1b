//! What the shared lens does to an article: which sentences fall outside
//! the date window (the reader dims them), and which spans match the search
//! (the reader marks them). Pure, so tests check it without a browser.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use dossier_corpus::search::{marked_words, Found};
use dossier_corpus::{CivilDate, Corpus, Document};

use crate::route::Lens;

/// The ids of the sentences of `document` that lie outside the lens's date
/// window. A sentence's dates are those of the events it reports and of the
/// dates it names; a sentence with neither takes the document's date. A
/// sentence with no date at all is never dimmed, and without a window
/// nothing is.
pub fn outside_window<'a>(
    corpus: &Corpus,
    document: &'a Document,
    lens: &Lens,
) -> HashSet<&'a str> {
    if !lens.windowed() {
        return HashSet::new();
    }
    let mut dates: HashMap<&str, Vec<(CivilDate, CivilDate)>> = HashMap::new();
    for timex in &document.timexes {
        if let Some(value) = &timex.value {
            dates
                .entry(timex.sentence.as_str())
                .or_default()
                .push((value.start, value.end));
        }
    }
    let ids: HashSet<&str> = document.sentences.iter().map(|s| s.id.as_str()).collect();
    for event in &corpus.events {
        for source in event
            .sources
            .iter()
            .filter(|source| source.doc == document.id)
        {
            if let Some(id) = ids.get(source.sentence.as_str()) {
                dates.entry(id).or_default().push((event.start, event.end));
            }
        }
    }
    let written = document.date.as_ref().map(|date| (date.start, date.end));
    document
        .sentences
        .iter()
        .filter(|sentence| {
            let own = dates.get(sentence.id.as_str());
            let spans: Vec<(CivilDate, CivilDate)> = match own {
                Some(spans) if !spans.is_empty() => spans.clone(),
                _ => written.into_iter().collect(),
            };
            !spans.is_empty() && !spans.iter().any(|&(start, end)| lens.overlaps(start, end))
        })
        .map(|sentence| sentence.id.as_str())
        .collect()
}

/// What a search marks in one article: the byte spans of matched words in
/// each sentence, and the actors the search found (whose mentions, in any
/// spelling, are marked too).
#[derive(Debug, Default, PartialEq)]
pub struct SearchMarks {
    /// Sentence id to matched byte ranges.
    pub words: HashMap<String, Vec<Range<usize>>>,
    /// Ids of the actors the search found.
    pub actors: BTreeSet<String>,
}

/// The marks `found` puts on `document`.
pub fn search_marks(corpus: &Corpus, document: &Document, found: &Found) -> SearchMarks {
    let mut marks = SearchMarks::default();
    if !found.words.is_empty() {
        for sentence in &document.sentences {
            let ranges = marked_words(&sentence.text, &found.words);
            if !ranges.is_empty() {
                marks.words.insert(sentence.id.clone(), ranges);
            }
        }
    }
    marks.actors = found
        .actors
        .iter()
        .filter_map(|&at| corpus.actors.get(at))
        .map(|actor| actor.id.clone())
        .collect();
    marks
}
