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
    within(3, ready).await
}

/// Waits up to `seconds` until `ready` holds.
async fn within(seconds: u32, ready: impl Fn() -> bool) {
    for _ in 0..seconds * 33 {
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

/// A new element `width` pixels wide at the end of the body, to mount a
/// component into.
fn mount_root(width: u32) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    root.set_attribute("style", &format!("width:{width}px"))
        .expect("style");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// The seeds' events, each copied `copies` times a day apart, in date
/// order: a corpus whose layers are crowded at the first view.
fn crowded_corpus(copies: i64) -> dossier_corpus::Corpus {
    let seeds = dossier::data::load_corpus().expect("the corpus");
    let mut corpus = (*seeds).clone();
    corpus.events = seeds
        .events
        .iter()
        .flat_map(|event| {
            (0..copies).map(move |copy| {
                let mut event = event.clone();
                event.id = format!("{}-copy{copy}", event.id);
                let shift = |date: dossier_corpus::CivilDate| {
                    dossier_corpus::CivilDate::from_days(date.to_days() + copy)
                };
                event.start = shift(event.start);
                event.end = shift(event.end);
                event
            })
        })
        .collect();
    corpus.events.sort_by_key(|event| event.start);
    corpus
}

#[derive(yew::Properties, PartialEq)]
struct ChartHostProps {
    corpus: dossier::data::CorpusHandle,
}

/// The timeline chart with the window in its own state, as the page holds
/// it: every window the chart asks for is shown.
#[yew::component]
fn ChartHost(props: &ChartHostProps) -> yew::Html {
    use dossier::timeline::filter::{event_days, full_window};
    use dossier::timeline::scale::densest_window;
    let events = (*yew::use_memo(props.corpus.clone(), |corpus| {
        std::rc::Rc::new((0..corpus.events.len()).collect::<Vec<_>>())
    }))
    .clone();
    let full = full_window(&props.corpus, &events);
    let first = densest_window(&event_days(&props.corpus, &events)).unwrap_or(full);
    let window = yew::use_state(|| first);
    let on_window = {
        let window = window.clone();
        yew::Callback::from(move |next| window.set(next))
    };
    // A step of a gesture, as the page's + key takes it.
    let zoom = {
        let on_window = on_window.clone();
        let shown = *window;
        yew::Callback::from(move |_: yew::MouseEvent| on_window.emit(shown.zoom(0.7, 0.5)))
    };
    yew::html! {
        <>
        <button id="test-zoom" onclick={zoom}>{ "+" }</button>
        <dossier::components::timeline_chart::TimelineChart corpus={props.corpus.clone()} {events}
            lanes={dossier::timeline::lanes::LaneMode::Actor} window={*window} {full} width={1100.0}
            query={dossier::route::TimelineQuery::default()} lens={dossier::route::Lens::default()} {on_window} />
        </>
    }
}

fn attribute_of(selector: &str, name: &str) -> String {
    gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute(name))
        .unwrap_or_default()
}

/// Over a crowded layer, a zoom step hides the full layer behind its sketch, and
/// the full layer comes back, drawn at the new window, once it is still.
#[wasm_bindgen_test]
async fn a_crowded_timeline_sketches_while_it_moves_and_draws_every_mark_when_still() {
    use dossier::timeline::sketch::SKETCH_ABOVE;
    let document = gloo::utils::document();
    let root = mount_root(1100);
    let corpus = dossier::data::CorpusHandle(std::rc::Rc::new(crowded_corpus(40)));
    yew::Renderer::<ChartHost>::with_root_and_props(root.clone(), ChartHostProps { corpus })
        .render();
    until(|| count(".marks-svg [data-event]") > 0).await;
    let drawn = count(".marks-svg [data-event]") + count(".marks-svg .cluster");
    assert!(
        drawn > SKETCH_ABOVE as u32,
        "the test needs a crowded layer: {drawn} marks and clusters"
    );
    assert_eq!(count(".sketch-track"), 0, "no sketch while still");
    let before = attribute_of(".timeline-plot", "aria-label");
    let still = attribute_of(".marks-track", "data-transform");

    // One zoom step, as a key press or a wheel notch asks for.
    document
        .get_element_by_id("test-zoom")
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the zoom button")
        .click();
    until(|| count(".sketch-track") == 1).await;
    assert_eq!(
        count(".sketch-track"),
        1,
        "the sketch stands in during the gesture"
    );
    assert!(
        count(".sketch-track path") > 0,
        "the sketch draws the marks as paths"
    );
    assert_eq!(
        count(".marks-viewport.moving"),
        1,
        "the full layer is hidden"
    );
    assert_ne!(
        attribute_of(".timeline-plot", "aria-label"),
        before,
        "the window moved"
    );

    // Still again: the full layer, at the new window, and no sketch.
    until(|| count(".sketch-track") == 0).await;
    assert_eq!(
        count(".sketch-track"),
        0,
        "the sketch goes once the window is still"
    );
    assert_eq!(count(".marks-viewport.moving"), 0);
    let transform = attribute_of(".marks-track", "data-transform");
    assert!(
        transform.ends_with(" scale(1.00000 1)"),
        "the full layer is drawn again at the window, not stretched: {transform}"
    );
    assert_ne!(
        attribute_of(".marks-track", "data-transform"),
        still,
        "and not where it was"
    );
    assert!(count(".marks-svg [data-event]") > 0, "its marks are back");
    root.remove();
}

#[derive(yew::Properties, PartialEq)]
struct MapHostProps {
    corpus: dossier::data::CorpusHandle,
    map: dossier::data::MapHandle,
    shown: std::rc::Rc<dossier::network::Shown>,
}

#[yew::component]
fn MapHost(props: &MapHostProps) -> yew::Html {
    yew::html! {
        <dossier::components::network_chart::NetworkChart corpus={props.corpus.clone()} map={props.map.clone()}
            shown={props.shown.clone()} focus={None::<String>} on_focus={yew::Callback::noop()} />
    }
}

/// A big map (every actor of the seeds, every tie four times) settles on a
/// canvas: a node moved with the keyboard reheats the layout; while it
/// moves, the canvas is painted frame after frame and the drawing under it
/// is left as it was; at rest the canvas goes and the drawing shows where
/// things went.
#[wasm_bindgen_test]
async fn a_big_map_settles_on_a_canvas_and_is_drawn_again_at_rest() {
    use dossier::network::sketch::SKETCH_ABOVE;
    let document = gloo::utils::document();
    let root = mount_root(1000);
    let corpus = dossier::data::CorpusHandle(dossier::data::load_corpus().expect("corpus"));
    let map = dossier::data::load_map().expect("map");
    // Every actor, and every tie listed four times over: as many elements
    // to draw as a big corpus's map (the seeds alone have too few).
    let ties = map.network.edges.len();
    let shown = dossier::network::Shown {
        nodes: (0..corpus.actors.len()).collect(),
        edges: (0..ties * 4).map(|at| at % ties).collect(),
        alone: 0,
    };
    let size = shown.nodes.len() + shown.edges.len();
    assert!(size > SKETCH_ABOVE, "the test needs a big map: {size}");
    let props = MapHostProps {
        corpus,
        map,
        shown: std::rc::Rc::new(shown),
    };
    yew::Renderer::<MapHost>::with_root_and_props(root.clone(), props).render();
    until(|| count(".network-svg [data-node]") > 0).await;
    let canvas = ".network-canvas";
    assert_eq!(count(&format!("{canvas}[hidden]")), 1, "no canvas at rest");
    let node = document
        .query_selector(".network-svg [data-node]")
        .ok()
        .flatten()
        .expect("a node");
    let id = node.get_attribute("data-node").expect("its index");
    let selector = format!(".network-svg [data-node=\"{id}\"]");
    let at_rest = attribute_of(&selector, "transform");

    // Shift and an arrow move the node and reheat the layout.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_shift_key(true);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let key =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("key");
    node.dispatch_event(&key).expect("dispatch");
    let painted = || {
        attribute_of(canvas, "data-frame")
            .parse::<u32>()
            .unwrap_or(0)
    };
    within(5, || painted() >= 3).await;
    assert!(painted() >= 3, "the canvas is painted frame after frame");
    assert_eq!(count(&format!("{canvas}[hidden]")), 0, "and shown");
    assert_eq!(
        attribute_of(&selector, "transform"),
        at_rest,
        "the drawing under it is not rendered while the layout moves"
    );

    within(30, || count(&format!("{canvas}[hidden]")) == 1).await;
    assert_eq!(
        count(&format!("{canvas}[hidden]")),
        1,
        "at rest, the canvas goes"
    );
    assert_ne!(
        attribute_of(&selector, "transform"),
        at_rest,
        "and the drawing shows the node where it went"
    );
    root.remove();
}
