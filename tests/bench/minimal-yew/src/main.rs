//! The baseline of `cargo xtask bench`: the smallest Yew app that does what
//! the benchmark asks of Dossier, built by the same toolchain (Trunk, the
//! workspace's release profile, the same wasm-opt settings). It renders one
//! view into `#app`, echoes what is typed into `#search`, and shows the
//! location hash, so that cold start, keystroke-to-paint and
//! hash-change-to-paint have a floor measured in the same run.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The whole app: a heading, an input and two lines of text.
#[component]
fn App() -> Html {
    let typed = use_state(String::new);
    let hash = use_state(current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                hash.set(current_hash())
            });
            move || drop(listener)
        });
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                typed.set(input.value());
            }
        })
    };
    html! {
        <main id="main">
            <section data-view="minimal">
                <h1>{ "Minimal Yew app" }</h1>
                <input id="search" type="search" aria-label="Type here" autocomplete="off" {oninput} />
                <p id="typed">{ (*typed).clone() }</p>
                <p id="hash">{ (*hash).clone() }</p>
            </section>
        </main>
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

fn main() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
