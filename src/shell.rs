//! The page's frame around a view: the skip link, the header, whatever the
//! caller puts under it (the update notice), the lens bar, and the main
//! region with the routed view. Pure: the app renders it in the browser, and
//! the build renders it natively for the first screen (`src/bin/prerender.rs`).

use yew::prelude::*;

use crate::components::embed_bar::EmbedBar;
use crate::components::lens_bar::LensBar;
use crate::components::site_header::SiteHeader;
use crate::data::CorpusHandle;
use crate::pages::{LoadError, RoutedView};
use crate::route::Location;

/// Props of [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// Where the reader is.
    pub location: Location,
    /// The corpus, or why it could not be read.
    pub corpus: Result<CorpusHandle, String>,
    /// What goes under the header (the update notice).
    #[prop_or_default]
    pub children: Html,
    /// True in the embed: a slim bar instead of the header.
    #[prop_or_default]
    pub embedded: bool,
}

/// The frame and the view.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let location = &props.location;
    let main = match &props.corpus {
        Ok(corpus) => html! { <RoutedView location={location.clone()} corpus={corpus.clone()} /> },
        Err(message) => html! { <LoadError message={message.clone()} /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            if props.embedded {
                <EmbedBar location={location.clone()} />
            } else {
                <SiteHeader location={location.clone()} />
            }
            { props.children.clone() }
            if let Ok(corpus) = &props.corpus {
                <LensBar location={location.clone()} corpus={corpus.clone()} />
            }
            <main id="main" tabindex="-1">{ main }</main>
        </>
    }
}

/// The skip link must not change the hash (that would navigate): it moves
/// focus to the main region instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    })
}
