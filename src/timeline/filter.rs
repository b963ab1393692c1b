//! Which events a timeline query shows, and the span they cover.

use dossier_corpus::Corpus;

use super::scale::Window;
use crate::route::Lens;

/// Indices of the events the lens keeps (by actor, type and document; the
/// window is the timeline's view, not a filter), in date order.
pub fn filtered_events(corpus: &Corpus, query: &Lens) -> Vec<usize> {
    let mut kept: Vec<usize> = corpus
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| {
            query.actors.is_empty()
                || event
                    .actors
                    .iter()
                    .any(|actor| query.actors.contains(actor))
        })
        .filter(|(_, event)| query.types.is_empty() || query.types.contains(&event.r#type))
        .filter(|(_, event)| {
            query.docs.is_empty()
                || event
                    .sources
                    .iter()
                    .any(|source| query.docs.contains(&source.doc))
        })
        .map(|(index, _)| index)
        .collect();
    kept.sort_by_key(|&index| (corpus.events[index].start, index));
    kept
}

/// The span of `events` and of the documents' dates, padded by a twentieth.
pub fn full_window(corpus: &Corpus, events: &[usize]) -> Window {
    let days = events
        .iter()
        .filter_map(|&index| corpus.events.get(index))
        .flat_map(|event| [event.start.to_days(), event.end.to_days()])
        .chain(
            corpus
                .documents
                .iter()
                .filter_map(|document| document.date.as_ref())
                .map(|date| date.start.to_days()),
        );
    let (low, high) = days.fold((i64::MAX, i64::MIN), |(low, high), day| {
        (low.min(day), high.max(day))
    });
    if low > high {
        return Window {
            start: 18_262.0,
            end: 18_628.0,
        }; // 2020, when there is nothing to show
    }
    let span = ((high - low + 1) as f64).max(30.0);
    Window {
        start: low as f64 - span / 20.0,
        end: high as f64 + 1.0 + span / 20.0,
    }
}

/// Day numbers of the events, for framing the first view.
pub fn event_days(corpus: &Corpus, events: &[usize]) -> Vec<i64> {
    events
        .iter()
        .filter_map(|&index| corpus.events.get(index))
        .map(|event| (event.start.to_days() + event.end.to_days()) / 2)
        .collect()
}
