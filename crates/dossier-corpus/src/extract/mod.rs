//! The extraction stage: from parsed documents to actors, dates, events and
//! relations, each kept with its evidence. Runs natively at build time.

pub mod actors;
pub mod chain;
pub mod events;
pub mod gazetteer;
pub mod merge;
pub mod modality;
pub mod names;
pub mod relations;
pub mod review;
pub mod timex;
pub mod trigger_words;
pub mod triggers;

use crate::civil::CivilDate;
use crate::diagnostic::Diagnostic;
use crate::model::Corpus;

pub use gazetteer::{Gazetteer, GazetteerError};
pub use review::Review;

/// Runs every extraction step over `corpus`. `folder` names the corpus
/// folder in diagnostics. Returns the diagnostics and the review list.
pub fn extract(
    corpus: &mut Corpus,
    gazetteer: &Gazetteer,
    folder: &str,
) -> (Vec<Diagnostic>, Review) {
    let mut diagnostics = Vec::new();
    let review = actors::find_actors(corpus, gazetteer);
    let hint = corpus_date_hint(corpus);
    let known_people = timex::KnownPeople::from_gazetteer(gazetteer);
    for document in &mut corpus.documents {
        let display = format!("{folder}/{}", document.file);
        diagnostics.extend(timex::date_document(
            document,
            hint,
            &known_people,
            &display,
        ));
    }
    events::find_events(corpus);
    relations::find_relations(corpus);
    let review = Review {
        uncurated_merges: review.uncurated_merges,
        near_duplicates: review.near_duplicates,
        unrecognised: review.unrecognised,
        ..Review::default()
    }
    .complete(corpus);
    (diagnostics, review)
}

/// A date typical of the corpus: the median stated date of its documents.
/// It only chooses among the years a weekday allows ("Sunday, July 5").
fn corpus_date_hint(corpus: &Corpus) -> Option<CivilDate> {
    let mut stated: Vec<CivilDate> = corpus
        .documents
        .iter()
        .filter_map(|document| {
            document
                .date
                .as_ref()
                .filter(|date| !date.inferred)
                .map(|date| date.start)
        })
        .collect();
    stated.sort();
    stated.get(stated.len() / 2).copied()
}
