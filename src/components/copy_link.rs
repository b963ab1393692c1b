//! "Copy link": puts the address of the current view, with all its state,
//! on the clipboard, and says so. Where the clipboard is not available (an
//! insecure page, a refusal), it shows the link to copy by hand instead.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// What the button last did.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand(String),
}

/// The button.
#[component]
pub fn CopyLink() -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let href = window.location().href().unwrap_or_default();
            let has_clipboard =
                js_sys::Reflect::has(&window.navigator(), &"clipboard".into()).unwrap_or(false);
            if !has_clipboard || !window.is_secure_context() {
                copied.set(Copied::ByHand(href));
                return;
            }
            let promise = window.navigator().clipboard().write_text(&href);
            let done = {
                let copied = copied.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_| copied.set(Copied::Yes))
            };
            let failed = {
                let copied = copied.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_| {
                    copied.set(Copied::ByHand(href.clone()))
                })
            };
            let _ = promise.then2(&done, &failed);
            // One click, one pair of handlers, kept until the page goes.
            done.forget();
            failed.forget();
        })
    };
    html! {
        <span class="copy-link">
            <button type="button" {onclick}>{ "Copy link" }</button>
            <span role="status" class="copy-status">
                { match &*copied {
                    Copied::Not => Html::default(),
                    Copied::Yes => html! { { "Link copied" } },
                    Copied::ByHand(href) => html! { <>{ "Copy this link: " }<code>{ href.clone() }</code></> },
                } }
            </span>
        </span>
    }
}
