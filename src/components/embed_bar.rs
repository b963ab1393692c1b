//! The embed's slim bar, in place of the site header: the views, and a
//! link that opens the same view in the full explorer, in a new tab.

use yew::prelude::*;

use crate::route::{Location, Route};

/// Props of [`EmbedBar`].
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// Where the reader is: to mark the current view, to carry the
    /// selection into the others, and to link to it.
    pub location: Location,
}

/// The views an embed can switch between, with the links that open them
/// (keeping the selection) and whether the reader is in each.
fn views(here: &Location) -> [(&'static str, String, bool); 4] {
    let route = &here.route;
    [
        (
            "Reader",
            here.carry(Route::Reader),
            matches!(route, Route::Reader | Route::Article { .. }),
        ),
        (
            "Timeline",
            here.carry(Route::Timeline(Default::default())),
            matches!(route, Route::Timeline(_)),
        ),
        (
            "Actors",
            here.carry(Route::Actors(Default::default())),
            matches!(route, Route::Actors(_) | Route::Actor { .. }),
        ),
        (
            "Places",
            here.carry(Route::Places { place: None }),
            matches!(route, Route::Places { .. }),
        ),
    ]
}

/// The full explorer's address for a location: `index.html`, beside the
/// embed page.
pub fn full_explorer_href(here: &Location) -> String {
    format!("./{}", here.href())
}

/// The embed's bar.
#[component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    html! {
        <header class="embed-bar">
            <nav aria-label="Views">
                { for views(&props.location).into_iter().map(|(label, href, current)| html! {
                    <a {href} aria-current={current.then_some("page")}>{ label }</a>
                }) }
            </nav>
            <a class="open-full" href={full_explorer_href(&props.location)} target="_blank" rel="noopener">
                { "Open full explorer" }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </header>
    }
}
