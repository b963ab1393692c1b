//! Dossier's Yew app: the corpus's data, the routes, the store, the pages
//! and their components. Rendering is pure (no `web_sys` call while
//! rendering), so every page also renders natively in tests.

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
pub mod data;
pub mod embed;
pub mod format;
pub mod highlight;
pub mod network;
pub mod offline;
pub mod pages;
pub mod reader;
pub mod route;
pub mod shell;
pub mod store;
pub mod timeline;

/// Mounts the app into `#app` (replacing the loading placeholder), or into
/// the body when the page has no such element. `embed.html` carries a
/// marker that starts the app as an embed.
pub fn start() {
    let document = gloo::utils::document();
    let props = app::AppProps {
        embedded: embed::is_embedded(),
    };
    match document.get_element_by_id("app") {
        Some(root) => {
            // The root holds the first screen the build rendered (or the
            // loading line); the app replaces it, then says it has started.
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root.clone(), props).render();
            let _ = root.set_attribute("data-started", "");
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
}
