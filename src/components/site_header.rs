//! The header on every page: the app's name, its views, and the search box
//! (the `/` key focuses it). Results follow each keystroke: the first one
//! opens the results page, the next ones replace it in the history, so Back
//! returns to where the search started.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::components::theme_toggle::ThemeToggle;
use crate::route::{Location, Route};

/// Props of [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// Where the reader is: the route marks the current view, and the links
    /// to the other views keep the lens.
    pub location: Location,
}

/// The site header.
#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let here = &props.location;
    let route = &here.route;
    let reading = matches!(route, Route::Reader | Route::Article { .. });
    let searching = matches!(route, Route::Search);
    let query = if searching {
        here.lens.query.clone()
    } else {
        String::new()
    };
    let lens = here.lens.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let href =
            Location::new(Route::Search, lens.with(|lens| lens.query = input.value())).href();
        let location = gloo::utils::window().location();
        let _ = if searching {
            location.replace(&href)
        } else {
            location.set_hash(&href)
        };
    });
    html! {
        <header class="site-header">
            <a class="brand" href={here.carry(Route::Home)}>{ "Dossier" }</a>
            <nav aria-label="Views">
                <a href={here.carry(Route::Reader)} aria-current={reading.then_some("page")}>{ "Reader" }</a>
                <a href={here.carry(Route::Timeline(Default::default()))} aria-current={matches!(route, Route::Timeline(_)).then_some("page")}>{ "Timeline" }</a>
                <a href={here.carry(Route::Actors(Default::default()))} aria-current={matches!(route, Route::Actors(_) | Route::Actor { .. }).then_some("page")}>{ "Actors" }</a>
                <a href={here.carry(Route::Places { place: None })} aria-current={matches!(route, Route::Places { .. }).then_some("page")}>{ "Places" }</a>
            </nav>
            <form class="search-box" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                <label for="search" class="visually-hidden">{ "Search actors, events and sentences" }</label>
                <input id="search" type="search" name="q" placeholder="Search  /" autocomplete="off"
                    value={query} {oninput} />
            </form>
            <CopyLink />
            <ThemeToggle />
        </header>
    }
}
