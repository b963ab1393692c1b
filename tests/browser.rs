//! In-browser tests (wasm-bindgen-test in Debian's Chromium): the real app
//! mounted in a page, following the location hash as a reader's clicks,
//! back button and typed URLs change it.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew render and the hash listeners run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn go(hash: &str) {
    let window = web_sys::window().expect("window");
    window.location().set_hash(hash).expect("set hash");
    settle().await;
}

/// Waits (up to about three seconds) until `ready` holds: the hash change,
/// the render and the focus effect each take a turn of the event loop, and
/// on a busy machine a fixed wait is not always enough. The assertion that
/// follows still decides.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        settle().await;
    }
}

fn focused_tag() -> Option<String> {
    gloo::utils::document()
        .active_element()
        .map(|element| element.tag_name())
}

fn count(selector: &str) -> u32 {
    gloo::utils::document()
        .query_selector_all(selector)
        .map(|list| list.length())
        .unwrap_or(0)
}

fn text_of(selector: &str) -> String {
    gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_follows_the_hash() {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    root.set_id("app");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    go("#/read").await;
    dossier::start();
    until(|| count("[data-doc]") == 5).await;
    assert_eq!(count("[data-doc]"), 5, "the list shows the five documents");

    go("#/read/003_088a25859ec1a419").await;
    until(|| focused_tag().as_deref() == Some("H1")).await;
    assert_eq!(
        text_of("main h1"),
        "IntelBrief: Iraq Fails to Rein in Iran-Backed Militias"
    );
    assert_eq!(
        focused_tag().as_deref(),
        Some("H1"),
        "focus moves to the new view's heading"
    );

    go("#/read/003_088a25859ec1a419/s5").await;
    until(|| count(".sentence.focused") == 1).await;
    assert_eq!(count(".sentence.focused"), 1);
    let focused = document
        .query_selector(".sentence.focused")
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("data-sentence"));
    assert_eq!(focused.as_deref(), Some("s5"));

    go("#/read/nothing-here").await;
    until(|| text_of("main h1") == "No such document").await;
    assert_eq!(text_of("main h1"), "No such document");

    web_sys::window()
        .expect("window")
        .history()
        .expect("history")
        .back()
        .expect("back");
    until(|| count(".sentence.focused") == 1).await;
    assert_eq!(
        count(".sentence.focused"),
        1,
        "back returns to the sentence link"
    );
    let _ = root.dyn_into::<web_sys::HtmlElement>();
}
