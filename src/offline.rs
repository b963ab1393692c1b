//! Offline use: registers the service worker that `cargo xtask` writes into
//! each build (`sw.js`), and tells the page when a newer build is ready.
//! Nothing here runs while rendering: `register` is called once at start,
//! and [`UpdateNotice`] listens from an effect.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Registers `./sw.js` when the page comes from a web server that allows
/// service workers (not from `file://`, where the single-file build works
/// without one). A build without `sw.js` simply stays online-only.
pub fn register() {
    let window = gloo::utils::window();
    let secure = window.is_secure_context();
    let protocol = window.location().protocol().unwrap_or_default();
    if !secure || !(protocol == "http:" || protocol == "https:") {
        return;
    }
    let navigator = window.navigator();
    let has_worker = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_worker {
        // The promise's failure (no sw.js, private mode) is not an error
        // for the reader: the app works online all the same. The handler
        // lives as long as the page, which registers once.
        let promise = navigator.service_worker().register("./sw.js");
        let ignore =
            wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// A banner that appears when the service worker has installed a newer build
/// than the one on screen; reloading shows it.
#[component]
pub fn UpdateNotice() -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let navigator = gloo::utils::window().navigator();
            let listener = js_sys::Reflect::has(&navigator, &"serviceWorker".into())
                .unwrap_or(false)
                .then(|| {
                    gloo::events::EventListener::new(
                        &navigator.service_worker(),
                        "message",
                        move |event| {
                            let updated = event
                                .dyn_ref::<web_sys::MessageEvent>()
                                .and_then(|message| {
                                    js_sys::Reflect::get(&message.data(), &"type".into()).ok()
                                })
                                .and_then(|kind| kind.as_string())
                                .is_some_and(|kind| kind == "dossier-updated");
                            if updated {
                                ready.set(true);
                            }
                        },
                    )
                });
            move || drop(listener)
        });
    }
    if !*ready {
        return Html::default();
    }
    let reload = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    html! {
        <p class="update-notice" role="status">
            { "A new version of this Dossier is ready. " }
            <button type="button" onclick={reload}>{ "Reload" }</button>
        </p>
    }
}
