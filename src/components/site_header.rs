//! The header on every page: the app's name and its views.

use yew::prelude::*;

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
    let reading = matches!(
        props.route,
        Route::Reader | Route::Article { .. } | Route::Home
    );
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.href()}>{ "Dossier" }</a>
            <nav aria-label="Views">
                <a href={Route::Reader.href()} aria-current={reading.then_some("page")}>{ "Reader" }</a>
                <a href={Route::Timeline(Default::default()).href()} aria-current={matches!(props.route, Route::Timeline(_)).then_some("page")}>{ "Timeline" }</a>
                <a href={Route::Actors(Default::default()).href()} aria-current={matches!(props.route, Route::Actors(_) | Route::Actor { .. }).then_some("page")}>{ "Actors" }</a>
                <a href={Route::Places { place: None }.href()} aria-current={matches!(props.route, Route::Places { .. }).then_some("page")}>{ "Places" }</a>
            </nav>
        </header>
    }
}
