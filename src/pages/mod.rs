//! Pages: one per route. [`RoutedView`] is the one flat `match`.

pub mod actor;
pub mod actors;
pub mod article;
pub mod document_list;
pub mod home;
pub mod not_found;
pub mod places;
pub mod search;
pub mod timeline;

use yew::prelude::*;

use crate::data::{load_basemap, load_index, load_map, CorpusHandle};
use crate::route::{Location, Route};

pub use not_found::{LoadError, NotFound};

/// Props of [`RoutedView`].
#[derive(Properties, PartialEq)]
pub struct RoutedViewProps {
    /// Where the reader is: the route and the shared lens.
    pub location: Location,
    /// The corpus.
    pub corpus: CorpusHandle,
}

/// The page for a route.
#[component]
pub fn RoutedView(props: &RoutedViewProps) -> Html {
    let corpus = props.corpus.clone();
    let lens = props.location.lens.clone();
    match &props.location.route {
        Route::Home => html! { <home::HomePage {corpus} /> },
        Route::Reader => html! { <document_list::DocumentList {corpus} {lens} /> },
        Route::Article { doc, sentence } => match corpus.document(doc) {
            None => html! {
                <NotFound title="No such document"
                    detail={format!("There is no document with the id “{doc}”.")} />
            },
            Some(document)
                if sentence
                    .as_ref()
                    .is_some_and(|id| document.sentence(id).is_none()) =>
            {
                html! {
                    <NotFound title="No such sentence"
                        detail={format!("“{}” has no sentence “{}”.", document.title, sentence.clone().unwrap_or_default())}
                        also={Some((Route::Article { doc: doc.clone(), sentence: None }.href(), "Open the article".to_owned()))} />
                }
            }
            Some(_) => html! {
                <article::ArticlePage {corpus} doc={doc.clone()} focus={sentence.clone()}
                    index={(!lens.query.is_empty()).then(load_index).and_then(Result::ok)} {lens} />
            },
        },
        Route::Timeline(query) => {
            html! { <timeline::TimelinePage {corpus} query={query.clone()} {lens} /> }
        }
        Route::Actors(query) => match load_map() {
            Ok(map) => html! { <actors::ActorsPage {corpus} {map} query={query.clone()} {lens} /> },
            Err(message) => html! { <LoadError {message} /> },
        },
        Route::Actor { id } => match corpus.actors.iter().position(|actor| &actor.id == id) {
            Some(actor) => html! { <actor::ActorPage {corpus} {actor} {lens} /> },
            None => html! {
                <NotFound title="No such actor"
                    detail={format!("No actor has the id “{id}” in this corpus.")}
                    also={Some((Route::Actors(crate::route::ActorsQuery::default()).href(), "See all actors".to_owned()))} />
            },
        },
        Route::Search => match load_index() {
            Ok(index) => html! { <search::SearchPage {corpus} {index} {lens} /> },
            Err(message) => html! { <LoadError {message} /> },
        },
        Route::Places { place } => match load_basemap() {
            Ok(basemap) => {
                html! { <places::PlacesPage {corpus} {basemap} selected={place.clone()} {lens} /> }
            }
            Err(message) => html! { <LoadError {message} /> },
        },
        Route::NotFound { path } => html! {
            <NotFound title="Page not found" detail={format!("Nothing lives at “{path}”.")} />
        },
    }
}
