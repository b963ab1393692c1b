//! What a curator should look at after a build: merges the gazetteer did not
//! make, similar names kept apart, names not recognised, dates left
//! unresolved, events without actors.

use serde::Serialize;

use crate::model::Corpus;

use super::names::{fold, skeleton};

/// The review list, for `dossier review`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Review {
    /// (surface form, actor it was merged into) for merges no gazetteer entry made.
    pub uncurated_merges: Vec<(String, String)>,
    /// Pairs of actors with one consonant skeleton that were kept apart.
    pub near_duplicates: Vec<(String, String)>,
    /// Capitalised words that could not be tied to any actor.
    pub unrecognised: Vec<String>,
    /// (document, sentence, text) of temporal expressions left unresolved.
    pub unresolved_dates: Vec<(String, String, String)>,
    /// Ids of events with no actor.
    pub events_without_actors: Vec<String>,
}

impl Review {
    /// Completes the review from the finished corpus.
    pub fn complete(mut self, corpus: &Corpus) -> Review {
        for (index, a) in corpus.actors.iter().enumerate() {
            for b in &corpus.actors[index + 1..] {
                let (fa, fb) = (fold(&a.name), fold(&b.name));
                if fa != fb && skeleton(&fa) == skeleton(&fb) {
                    self.near_duplicates.push((a.name.clone(), b.name.clone()));
                }
            }
        }
        for document in &corpus.documents {
            for timex in document
                .timexes
                .iter()
                .filter(|timex| timex.value.is_none())
            {
                self.unresolved_dates.push((
                    document.id.clone(),
                    timex.sentence.clone(),
                    timex.text.clone(),
                ));
            }
        }
        self.events_without_actors = corpus
            .events
            .iter()
            .filter(|event| event.actors.is_empty())
            .map(|event| event.id.clone())
            .collect();
        self.uncurated_merges.sort();
        self.uncurated_merges.dedup();
        self.near_duplicates.sort();
        self.near_duplicates.dedup();
        self
    }
}
