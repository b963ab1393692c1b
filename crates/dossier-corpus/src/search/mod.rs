//! Search over sentences, actors and events, forgiving of spelling.
//!
//! The build folds every sentence into words and writes an inverted index
//! (word → sentences); the browser only folds the query and looks words up.
//! A query word matches a word of the index when it is the same, when it
//! begins it (the last word, as one types), or when one edit away (two for
//! long words), so "Kataib", "Khataib" and "Kathaib" meet, and a small typo
//! still finds the name. An actor matches when its name or an alias does,
//! and then every sentence that mentions the actor matches too, whatever
//! form it uses there ("KH").

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::Corpus;
use crate::text::fold::fold_words;

mod distance;

pub use distance::within_edits;

/// The index the build writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Every folded word, sorted.
    pub words: Vec<String>,
    /// For each word, the sentences holding it (ordinals into `sentences`).
    pub postings: Vec<Vec<u32>>,
    /// Every sentence as (document index, sentence index), in corpus order.
    pub sentences: Vec<(u32, u32)>,
    /// For each actor (in corpus order), its name and aliases, folded into
    /// words, so that the browser folds only the query.
    pub actor_names: Vec<Vec<Vec<String>>>,
}

/// What a query found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Actors whose name or alias matches (indices into `corpus.actors`).
    pub actors: Vec<usize>,
    /// Events tied to a found actor or reported by a found sentence.
    pub events: Vec<usize>,
    /// Sentences, as (document index, sentence index), in corpus order.
    pub sentences: Vec<(usize, usize)>,
    /// The index words that matched, for highlighting.
    pub words: Vec<String>,
}

/// Builds the index of a corpus.
pub fn build_index(corpus: &Corpus) -> SearchIndex {
    let mut by_word: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let mut sentences = Vec::new();
    for (doc_at, document) in corpus.documents.iter().enumerate() {
        for (sentence_at, sentence) in document.sentences.iter().enumerate() {
            let ordinal = u32::try_from(sentences.len()).unwrap_or(u32::MAX);
            sentences.push((
                u32::try_from(doc_at).unwrap_or(u32::MAX),
                u32::try_from(sentence_at).unwrap_or(u32::MAX),
            ));
            for word in fold_words(&sentence.text) {
                by_word.entry(word).or_default().insert(ordinal);
            }
        }
    }
    let (words, postings) = by_word
        .into_iter()
        .map(|(word, set)| (word, set.into_iter().collect()))
        .unzip();
    let actor_names = corpus
        .actors
        .iter()
        .map(|actor| {
            std::iter::once(&actor.name)
                .chain(actor.aliases.iter())
                .map(|name| fold_words(name))
                .collect()
        })
        .collect();
    SearchIndex {
        words,
        postings,
        sentences,
        actor_names,
    }
}

/// Whether the query word `wanted` matches the word `word`. `last` is true
/// for the query's last word, which may still be being typed.
pub fn word_matches(wanted: &str, word: &str, last: bool) -> bool {
    if wanted == word {
        return true;
    }
    let length = wanted.chars().count();
    if last && length >= 2 && word.starts_with(wanted) {
        return true;
    }
    let edits = match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    edits > 0 && within_edits(wanted, word, edits)
}

/// Runs `query` over the corpus and its index; at most `limit` sentences.
pub fn search(corpus: &Corpus, index: &SearchIndex, query: &str, limit: usize) -> Found {
    let wanted = fold_words(query);
    if wanted.is_empty() {
        return Found::default();
    }
    let last = wanted.len() - 1;
    // Index words matching each query word.
    let matching: Vec<Vec<usize>> = wanted
        .iter()
        .enumerate()
        .map(|(at, query_word)| {
            (0..index.words.len())
                .filter(|&word| word_matches(query_word, &index.words[word], at == last))
                .collect()
        })
        .collect();
    let mut found = Found {
        words: matching
            .iter()
            .flatten()
            .map(|&word| index.words[word].clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
        ..Found::default()
    };
    // Sentences holding a match for every query word.
    let mut hits: Option<BTreeSet<u32>> = None;
    for words in &matching {
        let here: BTreeSet<u32> = words
            .iter()
            .flat_map(|&word| index.postings[word].iter().copied())
            .collect();
        hits = Some(match hits {
            None => here,
            Some(before) => before.intersection(&here).copied().collect(),
        });
    }
    let mut sentences: BTreeSet<(usize, usize)> = hits
        .unwrap_or_default()
        .into_iter()
        .filter_map(|ordinal| index.sentences.get(ordinal as usize))
        .map(|&(doc, sentence)| (doc as usize, sentence as usize))
        .collect();
    // Actors whose name or an alias holds a match for every query word.
    for (at, names) in index.actor_names.iter().enumerate() {
        let hit = names.iter().any(|words| {
            let joined = words.concat();
            wanted.iter().enumerate().all(|(position, query_word)| {
                let last = position == last;
                words
                    .iter()
                    .any(|word| word_matches(query_word, word, last))
                    || (wanted.len() == 1 && word_matches(query_word, &joined, last))
            })
        });
        if hit {
            found.actors.push(at);
        }
    }
    // Every sentence that mentions a found actor, in whatever form.
    let found_ids: BTreeSet<&str> = found
        .actors
        .iter()
        .map(|&at| corpus.actors[at].id.as_str())
        .collect();
    for (doc_at, document) in corpus.documents.iter().enumerate() {
        let mentioned: BTreeSet<&str> = document
            .mentions
            .iter()
            .filter(|mention| found_ids.contains(mention.actor.as_str()))
            .map(|mention| mention.sentence.as_str())
            .collect();
        if mentioned.is_empty() {
            continue;
        }
        for (sentence_at, sentence) in document.sentences.iter().enumerate() {
            if mentioned.contains(sentence.id.as_str()) {
                sentences.insert((doc_at, sentence_at));
            }
        }
    }
    // Events tied to a found actor, or reported by a found sentence.
    let found_sentences: BTreeSet<(&str, &str)> = sentences
        .iter()
        .filter_map(|&(doc_at, sentence_at)| {
            let document = corpus.documents.get(doc_at)?;
            Some((
                document.id.as_str(),
                document.sentences.get(sentence_at)?.id.as_str(),
            ))
        })
        .collect();
    for (at, event) in corpus.events.iter().enumerate() {
        let by_actor = event
            .actors
            .iter()
            .any(|actor| found_ids.contains(actor.as_str()));
        let by_sentence = event.sources.iter().any(|source| {
            found_sentences.contains(&(source.doc.as_str(), source.sentence.as_str()))
        });
        if by_actor || by_sentence {
            found.events.push(at);
        }
    }
    found.sentences = sentences.into_iter().take(limit).collect();
    found
}

/// Byte ranges of the words of `text` that fold to one of `words` (the
/// matched index words), for highlighting.
pub fn marked_words(text: &str, words: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start: Option<usize> = None;
    let close = |from: usize, to: usize, ranges: &mut Vec<std::ops::Range<usize>>| {
        let folded = fold_words(&text[from..to]).concat();
        if !folded.is_empty() && words.contains(&folded) {
            ranges.push(from..to);
        }
    };
    for (at, character) in text.char_indices() {
        let inside =
            character.is_alphanumeric() || crate::text::fold::APOSTROPHES.contains(&character);
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                close(from, at, &mut ranges);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        close(from, text.len(), &mut ranges);
    }
    ranges
}

#[cfg(test)]
mod tests;
