//! The header on every page: the app's name, its views, and the search box
//! (the `/` key focuses it). Results follow each keystroke: the first one
//! opens the results page, the next ones replace it in the history, so Back
//! returns to where the search started.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::route::Route;

/// Props of [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The current route, to mark the current view.
    pub route: Route,
}

/// The site header.
#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let reading = matches!(props.route, Route::Reader | Route::Article { .. });
    let query = match &props.route {
        Route::Search { query } => query.clone(),
        _ => String::new(),
    };
    let searching = matches!(props.route, Route::Search { .. });
    let oninput = Callback::from(move |event: InputEvent| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let href = Route::Search {
            query: input.value(),
        }
        .href();
        let location = gloo::utils::window().location();
        let _ = if searching {
            location.replace(&href)
        } else {
            location.set_hash(&href)
        };
    });
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.href()}>{ "Dossier" }</a>
            <nav aria-label="Views">
                <a href={Route::Reader.href()} aria-current={reading.then_some("page")}>{ "Reader" }</a>
                <a href={Route::Timeline(Default::default()).href()} aria-current={matches!(props.route, Route::Timeline(_)).then_some("page")}>{ "Timeline" }</a>
                <a href={Route::Actors(Default::default()).href()} aria-current={matches!(props.route, Route::Actors(_) | Route::Actor { .. }).then_some("page")}>{ "Actors" }</a>
                <a href={Route::Places { place: None }.href()} aria-current={matches!(props.route, Route::Places { .. }).then_some("page")}>{ "Places" }</a>
            </nav>
            <form class="search-box" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <label for="search" class="visually-hidden">{ "Search actors, events and sentences" }</label>
                <input id="search" type="search" name="q" placeholder="Search  /" autocomplete="off"
                    value={query} {oninput} />
            </form>
            <CopyLink />
        </header>
    }
}
