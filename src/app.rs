//! The root component: reads the corpus, keeps the store in step
//! with the location hash, and after each navigation scrolls and moves focus.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::components::shortcuts::Shortcuts;
use crate::data::{load_corpus, CorpusHandle};
use crate::embed::EmbedBridge;
use crate::offline::UpdateNotice;
use crate::route::Route;
use crate::shell::Shell;
use crate::store::{Action, AppState};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// True in `embed.html`: a slim bar instead of the header, and the
    /// message bridge to the host page (`crate::embed`).
    #[prop_or_default]
    pub embedded: bool,
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let corpus = use_memo((), |_| load_corpus());
    let state = use_reducer(|| AppState::from_hash(&current_hash()));

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::HashChanged(current_hash()));
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.location.route.clone(), after_navigation);
    // The `/` key takes you to the search box, and `?` lists the shortcuts,
    // from anywhere but a field.
    let shortcuts = use_state(|| false);
    {
        let shortcuts = shortcuts.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                use wasm_bindgen::JsCast;
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let typing = key
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|element| {
                        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                if typing || key.ctrl_key() || key.meta_key() || key.alt_key() {
                    return;
                }
                match key.key().as_str() {
                    "/" => {
                        key.prevent_default();
                        focus_selector("#search");
                    }
                    "?" => {
                        key.prevent_default();
                        shortcuts.set(true);
                    }
                    _ => {}
                }
            });
            move || drop(listener)
        });
    }
    let close_shortcuts = {
        let shortcuts = shortcuts.clone();
        Callback::from(move |()| shortcuts.set(false))
    };

    html! {
        <>
            <Shell location={state.location.clone()} corpus={(*corpus).clone().map(CorpusHandle)} embedded={props.embedded}>
                <UpdateNotice />
            </Shell>
            if props.embedded {
                <EmbedBridge location={state.location.clone()} />
            }
            if *shortcuts {
                <Shortcuts on_close={close_shortcuts} />
            }
        </>
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Brings the new view into sight: the linked sentence when there is one,
/// otherwise the top of the page with focus on the view's heading, so that
/// keyboard and screen-reader users land where sighted users look.
fn after_navigation(route: &Route) {
    let document = gloo::utils::document();
    // While one types a search, focus stays in the box.
    let in_search_box = document
        .active_element()
        .is_some_and(|element| element.id() == "search");
    if matches!(route, Route::Search) && in_search_box {
        return;
    }
    if let Route::Article {
        sentence: Some(sentence),
        ..
    } = route
    {
        let selector = format!("[data-sentence=\"{}\"]", sentence.replace('"', ""));
        if let Ok(Some(element)) = document.query_selector(&selector) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
            return;
        }
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    // An embed the reader is not using must not pull focus from the host.
    if !crate::embed::is_embedded() || document.has_focus().unwrap_or(true) {
        focus_selector("main h1");
    }
}

fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    let found = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten();
    if let Some(element) = found.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Focus without scrolling: the page was just put where it belongs.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
