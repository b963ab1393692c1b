//! One actor's page at `#/actors/<id>`: who they are, every name the texts
//! use for them, where they are mentioned, their ties with the evidence,
//! their events on a small timeline, and the places they are tied to.

use std::collections::BTreeMap;

use dossier_corpus::{Actor, ActorKind};
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::components::tie_list::TieList;
use crate::data::CorpusHandle;
use crate::network::kind_key;
use crate::route::{ActorsQuery, Lens, Location, Route, TimelineQuery};

/// Props of [`ActorPage`].
#[derive(Properties, PartialEq)]
pub struct ActorPageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// Index of the actor in `corpus.actors`.
    pub actor: usize,
    /// The shared lens, for links that keep it.
    pub lens: Lens,
}

/// The actor's page.
#[component]
pub fn ActorPage(props: &ActorPageProps) -> Html {
    let corpus = &props.corpus;
    let Some(actor) = corpus.actors.get(props.actor) else {
        return Html::default();
    };
    // Mentions per document, with the first sentence of each as a door.
    let mut per_document: Vec<(&str, &str, usize, &str)> = Vec::new();
    for document in &corpus.documents {
        let mut mentions = document
            .mentions
            .iter()
            .filter(|mention| mention.actor == actor.id);
        if let Some(first) = mentions.next() {
            per_document.push((
                document.id.as_str(),
                document.title.as_str(),
                1 + mentions.count(),
                first.sentence.as_str(),
            ));
        }
    }
    let events: Vec<usize> = corpus
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.actors.contains(&actor.id))
        .map(|(index, _)| index)
        .collect();
    let places = places_of(corpus, actor, &events);
    // The doors to the other views choose this actor, keeping the rest of
    // the lens (a date window, say).
    let chosen = props.lens.with(|lens| lens.actors = vec![actor.id.clone()]);
    let timeline = Location::new(Route::Timeline(TimelineQuery::default()), chosen.clone()).href();
    let map = Location::new(Route::Actors(ActorsQuery::default()), chosen.clone()).href();
    html! {
        <article class="actor-page" data-view="actor" data-actor-page={actor.id.clone()}>
            <p class="event-type">{ kind_key(actor.kind) }{ if actor.curated { " · from the gazetteer" } else { " · found in the text" } }</p>
            <h1 tabindex="-1">{ actor.name.clone() }</h1>
            if let Some(role) = &actor.role { <p class="lede">{ role.clone() }</p> }
            <p class="actors">
                <a class="actor-chip" href={timeline}>{ format!("{} events on the timeline", events.len()) }</a>
                <a class="actor-chip" href={map}>{ "Show on the actor map" }</a>
                if actor.kind == ActorKind::Place {
                    <a class="actor-chip" href={Location::new(Route::Places { place: Some(actor.id.clone()) }, props.lens.clone()).href()}>{ "Show on the map of places" }</a>
                }
            </p>
            <div class="actor-columns">
                <section aria-labelledby="names">
                    <h2 id="names">{ "Names in the texts" }</h2>
                    <ul class="aliases">
                        { for actor.aliases.iter().map(|alias| html! { <li>{ alias.clone() }</li> }) }
                    </ul>
                    <h2>{ format!("{} mentions", actor.mentions) }</h2>
                    <ul class="mentions">
                        { for per_document.iter().map(|(doc, title, count, sentence)| {
                            let href = Location::new(Route::Article { doc: (*doc).to_owned(), sentence: Some((*sentence).to_owned()) }, props.lens.clone()).href();
                            html! { <li><a href={href}>{ *title }</a>{ format!(" — {count}") }</li> }
                        }) }
                    </ul>
                    if !places.is_empty() {
                        <h2>{ "Places" }</h2>
                        <p class="actors">
                            { for places.iter().map(|place| html! {
                                <a class="actor-chip" data-actor={place.id.clone()} href={Location::new(Route::Actor { id: place.id.clone() }, props.lens.clone()).href()}>{ place.name.clone() }</a>
                            }) }
                        </p>
                    }
                </section>
                <section aria-labelledby="ties">
                    <h2 id="ties">{ "Ties" }</h2>
                    <TieList corpus={corpus.clone()} actor={actor.id.clone()} />
                </section>
            </div>
            <section aria-labelledby="events">
                <h2 id="events">{ "Events" }</h2>
                { mini_timeline(corpus, &events) }
                <ul class="actor-events">
                    { for events.iter().filter_map(|&index| corpus.events.get(index)).map(|event| {
                        let href = TimelineQuery { event: Some(event.id.clone()), ..TimelineQuery::default() }.with(&chosen, |_, _| ());
                        html! {
                            <li data-event={event.id.clone()}>
                                <a href={href}>{ format!("{} · {}", date_range(event), type_label(&event.r#type)) }</a>
                                <span class="evidence">{ format!(" — {}", evidence(corpus, event)) }</span>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        </article>
    }
}

fn evidence(corpus: &CorpusHandle, event: &dossier_corpus::Event) -> String {
    corpus
        .document(&event.doc)
        .and_then(|document| document.sentence(&event.sentence))
        .map(|sentence| sentence.text.clone())
        .unwrap_or_default()
}

/// Places tied to the actor: where their events happened, and places among
/// their ties.
fn places_of<'a>(corpus: &'a CorpusHandle, actor: &Actor, events: &[usize]) -> Vec<&'a Actor> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for event in events.iter().filter_map(|&index| corpus.events.get(index)) {
        if let Some(place) = &event.place {
            *counts.entry(place.as_str()).or_default() += 1;
        }
    }
    for relation in &corpus.relations {
        let other = if relation.source == actor.id {
            &relation.target
        } else if relation.target == actor.id {
            &relation.source
        } else {
            continue;
        };
        *counts.entry(other.as_str()).or_default() += 1;
    }
    let mut places: Vec<(&Actor, usize)> = counts
        .into_iter()
        .filter_map(|(id, count)| {
            let place = corpus.actors.iter().find(|other| other.id == id)?;
            (place.kind == ActorKind::Place && place.id != actor.id).then_some((place, count))
        })
        .collect();
    places.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    places.into_iter().map(|(place, _)| place).collect()
}

/// The actor's events as ticks on one line over their whole span.
fn mini_timeline(corpus: &CorpusHandle, events: &[usize]) -> Html {
    let days: Vec<(i64, i64)> = events
        .iter()
        .filter_map(|&index| corpus.events.get(index))
        .map(|event| (event.start.to_days(), event.end.to_days()))
        .collect();
    let (Some(first), Some(last)) = (
        days.iter().map(|day| day.0).min(),
        days.iter().map(|day| day.1).max(),
    ) else {
        return html! { <p>{ "No dated event names this actor." }</p> };
    };
    let span = (last - first + 1).max(1) as f64;
    let x = |day: i64| 8.0 + (day - first) as f64 / span * 584.0;
    html! {
        <svg class="mini-timeline" viewBox="0 0 600 40" role="img"
            aria-label={format!("{} events from {} to {}", days.len(), dossier_corpus::CivilDate::from_days(first), dossier_corpus::CivilDate::from_days(last))}>
            <line class="axis-line" x1="8" x2="592" y1="22" y2="22" />
            { for days.iter().map(|(start, end)| html! {
                <rect class="tick-mark" x={format!("{:.1}", x(*start))} y="14" width={format!("{:.1}", (x(*end + 1) - x(*start)).max(2.0))} height="16" />
            }) }
            <text x="8" y="39">{ dossier_corpus::CivilDate::from_days(first).to_string() }</text>
            <text x="592" y="39" text-anchor="end">{ dossier_corpus::CivilDate::from_days(last).to_string() }</text>
        </svg>
    }
}
