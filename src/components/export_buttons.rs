//! Buttons that save the timeline: the events shown as CSV, JSON and
//! TimelineJS (written by the engine's `export` functions, as `dossier
//! export` writes them, each event with its documents and sentences), and
//! the chart as SVG or PNG. Everything happens in the page: no request
//! leaves it. The SVG, PNG and download helpers serve the actor map too.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::data::CorpusHandle;
use dossier_corpus::export::{events_csv_for, events_json_for};

use crate::timeline::export::EXPORT_STYLE;

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The events shown (indices into `corpus.events`).
    pub events: Rc<Vec<usize>>,
}

/// The export buttons.
#[component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let csv = {
        let corpus = props.corpus.clone();
        let events = props.events.clone();
        Callback::from(move |_| {
            let text = events_csv_for(&corpus, &events);
            download(&text, "text/csv;charset=utf-8", "dossier-events.csv");
        })
    };
    let json = {
        let corpus = props.corpus.clone();
        let events = props.events.clone();
        Callback::from(move |_| {
            let text = events_json_for(&corpus, &events);
            download(&text, "application/json", "dossier-events.json");
        })
    };
    // The shown events as a TimelineJS3 file, to go on into a TimelineJS
    // story; each slide quotes its evidence and names its source.
    let timeline_js = {
        let corpus = props.corpus.clone();
        let events = props.events.clone();
        Callback::from(move |_| {
            let subset = dossier_corpus::Corpus {
                events: events
                    .iter()
                    .filter_map(|&index| corpus.events.get(index).cloned())
                    .collect(),
                ..(*corpus.0).clone()
            };
            let text = dossier_corpus::export::timelinejs(&subset);
            download(&text, "application/json", "dossier-timelinejs.json");
        })
    };
    let svg = Callback::from(|_| {
        if let Some(text) = chart_svg() {
            download(&text, "image/svg+xml;charset=utf-8", "dossier-timeline.svg");
        }
    });
    let png = Callback::from(|_| {
        if let Some(text) = chart_svg() {
            save_png(&text, "dossier-timeline.png");
        }
    });
    html! {
        <span class="group" role="group" aria-label="Export">
            { "Export: " }
            <button type="button" onclick={csv}>{ "CSV" }</button>
            <button type="button" onclick={json}>{ "JSON" }</button>
            <button type="button" onclick={timeline_js}>{ "TimelineJS" }</button>
            <button type="button" onclick={svg}>{ "SVG" }</button>
            <button type="button" onclick={png}>{ "PNG" }</button>
        </span>
    }
}

/// The chart as a standalone SVG document, with its styles inlined.
fn chart_svg() -> Option<String> {
    standalone_svg("svg.timeline-svg", EXPORT_STYLE, append_marks)
}

/// The SVG at `selector` as a file of its own: `style` inside it, a white
/// background, and whatever `extend` adds to the copy.
pub fn standalone_svg(
    selector: &str,
    style_text: &str,
    extend: impl FnOnce(&web_sys::Element) -> Option<()>,
) -> Option<String> {
    let svg = gloo::utils::document().query_selector(selector).ok()??;
    let copy = svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    extend(&copy)?;
    let style = gloo::utils::document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "style")
        .ok()?;
    style.set_text_content(Some(style_text));
    copy.prepend_with_node_1(&style).ok()?;
    let background = gloo::utils::document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")
        .ok()?;
    for (name, value) in [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")] {
        background.set_attribute(name, value).ok()?;
    }
    copy.prepend_with_node_1(&background).ok()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        copy.outer_html()
    ))
}

/// The marks live in their own SVG, moved by a CSS transform: puts them
/// into the copy as a clipped group with the same transform.
fn append_marks(copy: &web_sys::Element) -> Option<()> {
    let document = gloo::utils::document();
    let viewport = document.query_selector(".marks-viewport").ok()??;
    let track = document.query_selector(".marks-track").ok()??;
    let marks = document.query_selector(".marks-svg").ok()??;
    let frame = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")
        .ok()?;
    frame
        .set_attribute("x", &viewport.get_attribute("data-x")?)
        .ok()?;
    frame.set_attribute("y", "0").ok()?;
    frame
        .set_attribute("width", &viewport.get_attribute("data-width")?)
        .ok()?;
    frame.set_attribute("height", "100%").ok()?;
    let group = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "g")
        .ok()?;
    group
        .set_attribute("transform", &track.get_attribute("data-transform")?)
        .ok()?;
    let children = marks.children();
    for index in 0..children.length() {
        let child = children.item(index)?;
        group
            .append_child(&child.clone_node_with_deep(true).ok()?)
            .ok()?;
    }
    frame.append_child(&group).ok()?;
    copy.append_child(&frame).ok()?;
    Some(())
}

/// Offers `text` as a file.
pub fn download(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(&blob, name);
    }
}

fn save_blob(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(link) = gloo::utils::document()
        .create_element("a")
        .map(|element| element.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The click starts the download only once the browser has read the
    // link, after this task: a URL revoked at once may be gone by then,
    // and the file with it. It is let go a while later.
    gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// How long a file's object URL outlives the click that saves it, ms.
const REVOKE_AFTER_MS: u32 = 60_000;

/// Draws the SVG on a canvas at twice its size and saves it as PNG.
pub fn save_png(svg: &str, name: &str) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let name = name.to_owned();
    let loaded = image.clone();
    let onload = Closure::once(move || {
        let document = gloo::utils::document();
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let (width, height) = (
            loaded.natural_width().max(1),
            loaded.natural_height().max(1),
        );
        canvas.set_width(width * 2);
        canvas.set_height(height * 2);
        let Some(context) = context_2d(&canvas) else {
            return;
        };
        let _ = context.scale(2.0, 2.0);
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let save = Closure::once(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                save_blob(&blob, &name);
            }
        });
        let _ = canvas.to_blob(save.as_ref().unchecked_ref());
        save.forget();
    });
    image.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let encoded = js_sys::encode_uri_component(svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}

/// The 2D drawing context of `canvas`, if the browser gives one.
pub fn context_2d(
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
}
