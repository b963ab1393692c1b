//! The map of places at `#/places`: an offline basemap of the region the
//! corpus is about (prepared at build time), the places the texts mention
//! as markers sized by mentions, and beside it the places it cannot show
//! (no coordinates, or outside the region). Selecting a place lists its
//! events and the actors tied to it.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use dossier_corpus::geo::Basemap;
use dossier_corpus::{Actor, ActorKind};
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::data::CorpusHandle;
use crate::network::labels::{place_labels, text_width, Candidate};
use crate::route::{Lens, Location, Route, TimelineQuery};

/// Props of [`PlacesPage`].
#[derive(Properties, PartialEq)]
pub struct PlacesPageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The basemap, when any place has coordinates.
    pub basemap: Option<Rc<Basemap>>,
    /// The selected place's actor id.
    pub selected: Option<String>,
    /// The shared lens, which links keep.
    #[prop_or_default]
    pub lens: Lens,
}

/// Smallest visible area of a country, square map units, for its name to be
/// written on it.
const LABELLED_AREA: f32 = 6_000.0;

/// The places page.
#[component]
pub fn PlacesPage(props: &PlacesPageProps) -> Html {
    let corpus = &props.corpus;
    let lens = &props.lens;
    let places: Vec<&Actor> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind == ActorKind::Place && actor.mentions > 0)
        .collect();
    let mut located: Vec<(&Actor, (f32, f32))> = places
        .iter()
        .filter_map(|place| {
            let basemap = props.basemap.as_ref()?;
            Some((*place, basemap.position(place.coordinates?)?))
        })
        .collect();
    // Big markers first, so that a small place inside a big one (a zone in
    // its city) is drawn on top and stays reachable.
    located.sort_by(|a, b| {
        b.0.mentions
            .cmp(&a.0.mentions)
            .then_with(|| a.0.id.cmp(&b.0.id))
    });
    let unplaced: Vec<(&Actor, &'static str)> = places
        .iter()
        .filter(|place| !located.iter().any(|(shown, _)| shown.id == place.id))
        .map(|place| {
            let why = if place.coordinates.is_some() {
                "outside the region shown"
            } else {
                "no coordinates in the gazetteer"
            };
            (*place, why)
        })
        .collect();
    let selected = props
        .selected
        .as_ref()
        .and_then(|id| corpus.actors.iter().find(|actor| &actor.id == id));
    // The places of the lens's actors stand out.
    let tied = tied_places(corpus, &lens.actors);
    // Map units per screen pixel, so that markers and labels keep one size
    // on screen on a phone as on a desktop.
    let pixels = use_state(|| 800.0_f32);
    let map_ref = use_node_ref();
    {
        let pixels = pixels.clone();
        let map_ref = map_ref.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(map) = map_ref.cast::<web_sys::Element>() {
                    pixels.set((map.client_width() as f32).max(200.0));
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }
    let scale = props
        .basemap
        .as_ref()
        .map_or(1.0, |basemap| basemap.width / *pixels);
    html! {
        <section class="places-page" data-view="places">
            <div class="timeline-head">
                <h1 tabindex="-1">{ "Places" }</h1>
                <p class="lede">{ format!("{} places mentioned; {} on the map", places.len(), located.len()) }
                    if !tied.is_empty() { { format!("; {} tied to the chosen actors, ringed", tied.len()) } }
                </p>
            </div>
            if props.selected.is_some() && selected.is_none() {
                <p class="notice" role="status">{ "The place in the link does not exist in this corpus." }</p>
            }
            <div class="timeline-body">
                <div class="places-main" ref={map_ref}>
                    if let Some(basemap) = &props.basemap {
                        { map_view(basemap, &located, props.selected.as_deref(), scale, lens, &tied) }
                    } else {
                        <p class="notice">{ "No place in this corpus has coordinates, so there is no map to draw." }</p>
                    }
                    if !unplaced.is_empty() {
                        <div class="unplaced">
                            <h2>{ "Not on the map" }</h2>
                            <ul>
                                { for unplaced.iter().map(|(place, why)| html! {
                                    <li><a href={Location::new(Route::Places { place: Some(place.id.clone()) }, lens.clone()).href()} data-unplaced={place.id.clone()}>{ place.name.clone() }</a>{ format!(" — {why}") }</li>
                                }) }
                            </ul>
                        </div>
                    }
                </div>
                if let Some(place) = selected {
                    { place_card(corpus, place, &props.lens) }
                }
            </div>
            <p class="legend-line"><span class="key place-dot">{ "a place, sized by mentions" }</span><span>{ "Country borders: Natural Earth, public domain." }</span></p>
        </section>
    }
}

fn map_view(
    basemap: &Basemap,
    located: &[(&Actor, (f32, f32))],
    selected: Option<&str>,
    scale: f32,
    lens: &Lens,
    tied: &BTreeSet<&str>,
) -> Html {
    let radius = |place: &Actor| (3.0 + 1.6 * (place.mentions as f32).sqrt()).min(16.0) * scale;
    let candidates: Vec<Candidate> = located
        .iter()
        .map(|(place, (x, y))| Candidate {
            x: *x,
            y: *y,
            r: radius(place),
            width: text_width(&place.name) * scale,
            priority: place.mentions,
        })
        .collect();
    let labels = place_labels(&candidates);
    html! {
        <svg class="places-svg" viewBox={format!("0 0 {:.0} {:.0}", basemap.width, basemap.height)} role="group"
            width={format!("{:.0}", basemap.width)} height={format!("{:.0}", basemap.height)}
            style={format!("font-size:{:.1}px", 11.0 * scale)}
            aria-label="Map of the places the articles mention">
            <g class="countries" aria-hidden="true">
                { for basemap.countries.iter().map(|country| html! {
                    <path class="country" data-iso={country.iso.clone()} d={country.path.clone()} fill-rule="evenodd" />
                }) }
                { for basemap.countries.iter().filter(|country| country.area >= LABELLED_AREA).map(|country| html! {
                    <text class="country-label" x={format!("{:.0}", country.label_at.0)} y={format!("{:.0}", country.label_at.1)}>{ country.name.to_uppercase() }</text>
                }) }
            </g>
            <g class="place-markers">
                { for located.iter().map(|(place, (x, y))| {
                    let href = Location::new(Route::Places { place: Some(place.id.clone()) }, lens.clone()).href();
                    html! {
                        <a href={href} class={classes!("place", (selected == Some(place.id.as_str())).then_some("selected"), tied.contains(place.id.as_str()).then_some("chosen"))} data-place={place.id.clone()}
                            aria-label={format!("{}, {} mentions", place.name, place.mentions)}>
                            <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{:.1}", radius(place))} />
                        </a>
                    }
                }) }
            </g>
            <g class="place-labels" aria-hidden="true">
                { for labels.iter().map(|label| html! {
                    <text class="label" x={format!("{:.1}", label.x)} y={format!("{:.1}", label.y)}
                        text-anchor={if label.end { "end" } else { "start" }}>{ located[label.node].0.name.clone() }</text>
                }) }
            </g>
        </svg>
    }
}

/// The selected place: its events, and the actors tied to it.
fn place_card(corpus: &CorpusHandle, place: &Actor, lens: &Lens) -> Html {
    // Its events in the lens's date window (all of them without one).
    let events: Vec<&dossier_corpus::Event> = corpus
        .events
        .iter()
        .filter(|event| {
            event.place.as_deref() == Some(place.id.as_str()) || event.actors.contains(&place.id)
        })
        .filter(|event| lens.overlaps(event.start, event.end))
        .collect();
    let mut actors: BTreeMap<&str, usize> = BTreeMap::new();
    for event in &events {
        for actor in event.actors.iter().filter(|actor| **actor != place.id) {
            *actors.entry(actor.as_str()).or_default() += 1;
        }
    }
    for relation in &corpus.relations {
        if relation.source == place.id {
            *actors.entry(relation.target.as_str()).or_default() += 1;
        } else if relation.target == place.id {
            *actors.entry(relation.source.as_str()).or_default() += 1;
        }
    }
    let mut actors: Vec<(&Actor, usize)> = actors
        .into_iter()
        .filter_map(|(id, count)| Some((corpus.actors.iter().find(|actor| actor.id == id)?, count)))
        .filter(|(actor, _)| actor.kind != ActorKind::Place)
        .collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    html! {
        <aside class="event-card place-card" aria-labelledby="place-card-title" data-card={place.id.clone()}>
            <a class="close" href={Location::new(Route::Places { place: None }, lens.clone()).href()} aria-label="Close">{ "×" }</a>
            <p class="event-type">{ place.place_type.clone().unwrap_or_else(|| "place".to_owned()) }</p>
            <h2 id="place-card-title">{ place.name.clone() }</h2>
            if let Some(role) = &place.role { <p>{ role.clone() }</p> }
            <p class="actors">
                <a class="actor-chip" href={Location::new(Route::Actor { id: place.id.clone() }, lens.clone()).href()}>{ "The place’s page" }</a>
                <a class="actor-chip" href={TimelineQuery::default().with(lens, |_, lens| lens.actors = vec![place.id.clone()])}>{ "On the timeline" }</a>
            </p>
            <h3>{ format!("{} events{}", events.len(), if lens.windowed() { " in the date window" } else { "" }) }</h3>
            <ul class="actor-events">
                { for events.iter().take(12).map(|event| {
                    let href = Location::new(Route::Article { doc: event.doc.clone(), sentence: Some(event.sentence.clone()) }, lens.clone()).href();
                    html! { <li data-event={event.id.clone()}><a href={href}>{ format!("{} · {}", date_range(event), type_label(&event.r#type)) }</a></li> }
                }) }
            </ul>
            <h3>{ format!("{} actors", actors.len()) }</h3>
            <p class="actors">
                { for actors.iter().map(|(actor, _)| html! {
                    <a class="actor-chip" data-actor={actor.id.clone()} href={Location::new(Route::Actor { id: actor.id.clone() }, lens.clone()).href()}>{ actor.name.clone() }</a>
                }) }
            </p>
        </aside>
    }
}

/// The places tied to any of `actors`: where their events happened, the
/// places named with them in an event, and places they have a stated tie with.
pub fn tied_places<'a>(corpus: &'a CorpusHandle, actors: &[String]) -> BTreeSet<&'a str> {
    let is_place = |id: &str| {
        corpus
            .actors
            .iter()
            .any(|actor| actor.id == id && actor.kind == ActorKind::Place)
    };
    let mut tied = BTreeSet::new();
    if actors.is_empty() {
        return tied;
    }
    for event in corpus
        .events
        .iter()
        .filter(|event| event.actors.iter().any(|actor| actors.contains(actor)))
    {
        tied.extend(event.place.as_deref());
        tied.extend(
            event
                .actors
                .iter()
                .map(String::as_str)
                .filter(|id| is_place(id)),
        );
    }
    for relation in &corpus.relations {
        if actors.contains(&relation.source) && is_place(&relation.target) {
            tied.insert(relation.target.as_str());
        } else if actors.contains(&relation.target) && is_place(&relation.source) {
            tied.insert(relation.source.as_str());
        }
    }
    for id in actors {
        tied.remove(id.as_str());
    }
    tied
}
