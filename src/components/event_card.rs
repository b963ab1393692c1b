//! The card of a selected event: the date as stated and as normalised, the
//! type, the actors (each a door to its events), and every source with its
//! sentence and a link into the reader.

use dossier_corpus::{Event, Modality};
use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::format::format_day;
use crate::route::{Lens, Location, Route, TimelineQuery};

/// Props of [`EventCard`].
#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// Index of the event in `corpus.events`.
    pub event: usize,
    /// The timeline state, for links that keep it.
    pub query: TimelineQuery,
    /// The shared lens, for links that keep it.
    pub lens: Lens,
}

/// The event card.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let Some(event) = props.corpus.events.get(props.event) else {
        return Html::default();
    };
    let close = props.query.with(&props.lens, |query, _| query.event = None);
    html! {
        <aside class="event-card" aria-labelledby="event-card-title" data-card={event.id.clone()}>
            <a class="close" href={close} aria-label="Close the event card">{ "×" }</a>
            <p class="event-type">{ type_label(&event.r#type) }<span class="plover">{ format!(" · {}", event.plover) }</span></p>
            <h2 id="event-card-title" tabindex="-1">{ date_range(event) }</h2>
            <p class="stated">
                { format!("Stated as “{}”", event.date_text) }
                if event.inferred { <span class="badge">{ "date inferred" }</span> }
                if event.modality != Modality::Asserted { <span class="badge">{ event.modality.as_str() }</span> }
            </p>
            if !event.actors.is_empty() {
                <p class="actors">
                    { for event.actors.iter().map(|id| {
                        let name = props.corpus.actors.iter().find(|actor| &actor.id == id).map_or(id.as_str(), |actor| actor.name.as_str());
                        let only = props.query.with(&props.lens, |query, lens| { lens.actors = vec![id.clone()]; query.event = None; });
                        html! {
                            <span class="actor-chip">
                                <a data-actor={id.clone()} href={Location::new(Route::Actor { id: id.clone() }, props.lens.clone()).href()}>{ name }</a>
                                <a class="only" href={only} aria-label={format!("Show only the events of {name}")} title={format!("Show only the events of {name}")}>{ "⧩" }</a>
                            </span>
                        }
                    }) }
                </p>
            }
            <h3>{ if event.sources.len() == 1 { "Source".to_owned() } else { format!("{} sources", event.sources.len()) } }</h3>
            <ul class="sources">
                { for event.sources.iter().map(|source| {
                    let document = props.corpus.document(&source.doc);
                    let sentence = document.and_then(|document| document.sentence(&source.sentence)).map(|sentence| sentence.text.clone()).unwrap_or_default();
                    let title = document.map(|document| document.title.clone()).unwrap_or_else(|| source.doc.clone());
                    let href = Location::new(Route::Article { doc: source.doc.clone(), sentence: Some(source.sentence.clone()) }, props.lens.clone()).href();
                    html! {
                        <li>
                            <blockquote>{ sentence }</blockquote>
                            <a class="open-in-reader" href={href}>{ format!("Open in reader: {title}") }</a>
                        </li>
                    }
                }) }
            </ul>
        </aside>
    }
}

/// "rocket_fire" → "Rocket fire".
pub fn type_label(kind: &str) -> String {
    let spaced = kind.replace('_', " ");
    let mut chars = spaced.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "4 Jul 2020", or "1 Jun 2020 – 10 Jun 2020".
pub fn date_range(event: &Event) -> String {
    if event.start == event.end {
        format_day(event.start)
    } else {
        format!("{} – {}", format_day(event.start), format_day(event.end))
    }
}
