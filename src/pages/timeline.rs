//! The timeline page: what happened when, and how sure the text is. It
//! holds the window (zoom and pan) and the chart's measured width; the URL
//! holds everything else, so a view can be shared and the back button works.

use std::rc::Rc;

use dossier_corpus::CivilDate;
use yew::prelude::*;

use crate::components::date_window::DateWindow;
use crate::components::event_card::EventCard;
use crate::components::event_table::EventTable;
use crate::components::export_buttons::ExportButtons;
use crate::components::timeline_chart::TimelineChart;
use crate::data::CorpusHandle;
use crate::route::{Lens, Location, Route, TimelineQuery};
use crate::timeline::filter::{event_days, filtered_events, full_window};
use crate::timeline::lanes::LaneMode;
use crate::timeline::scale::{densest_window, Window};

/// How long the window must be still before the URL follows it, ms.
const URL_DELAY_MS: u32 = 250;

/// Props of [`TimelinePage`].
#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The timeline's own state from the URL.
    pub query: TimelineQuery,
    /// The shared lens: filters and the window.
    pub lens: Lens,
}

/// The timeline page.
#[component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let corpus = props.corpus.clone();
    let query = &props.query;
    let lens = &props.lens;
    // Filtered once per filter; shared (not copied) with the chart on every
    // zoom step.
    let events: Rc<Vec<usize>> = {
        let key = (
            corpus.clone(),
            lens.actors.clone(),
            lens.types.clone(),
            lens.docs.clone(),
        );
        let memo = use_memo(key, |(corpus, actors, types, docs)| {
            let filter = Lens {
                actors: actors.clone(),
                types: types.clone(),
                docs: docs.clone(),
                ..Lens::default()
            };
            Rc::new(filtered_events(corpus, &filter))
        });
        (*memo).clone()
    };
    let (full, densest) = *use_memo((corpus.clone(), events.clone()), |(corpus, events)| {
        let full = full_window(corpus, events);
        (
            full,
            densest_window(&event_days(corpus, events)).unwrap_or(full),
        )
    });
    let first_view = match (lens.from, lens.to) {
        (Some(from), Some(to)) => Window::days(from, to),
        _ => densest,
    };
    let window = use_state(|| first_view);
    {
        // A new URL window (back, forward, a shared link) replaces the local one.
        let window = window.clone();
        let lens_window = lens.from.zip(lens.to);
        // The URL's own echo of the window (see below) is no change: the
        // window stays as fine as the gesture left it.
        use_effect_with((lens.from, lens.to, events.len()), move |_| {
            if lens_window != Some(window.bounds()) {
                window.set(first_view)
            }
        });
    }
    let width = use_state(|| 960.0);
    let container = use_node_ref();
    {
        let width = width.clone();
        let container = container.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = container.cast::<web_sys::Element>() {
                    width.set(f64::from(element.client_width()).max(280.0));
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }
    // The window goes into the URL without a new history entry: zooming is
    // not navigation, but a reload or a shared link keeps it.
    // The first view frames the densest period without choosing it: only a
    // window the reader moved (or one from the URL) becomes the lens's, and
    // so filters the other views.
    let current = if lens.windowed() || *window != first_view {
        let (from, to) = window.bounds();
        lens.with(|lens| {
            lens.from = Some(from);
            lens.to = Some(to);
        })
    } else {
        lens.clone()
    };
    let on_window = {
        let window = window.clone();
        Callback::from(move |next: Window| window.set(next))
    };
    {
        // The window goes into the URL once it has been still for a moment,
        // not on every step of a gesture.
        let href = Location::new(Route::Timeline(query.clone()), current.clone()).href();
        let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with(href, move |href| {
            let href = href.clone();
            let cancel = pending.clone();
            // The URL as this window found it: a click (on another view, or
            // on a link of this one) changes it, and the click wins.
            let found = gloo::utils::window().location().hash().unwrap_or_default();
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                URL_DELAY_MS,
                move || {
                    let location = gloo::utils::window().location();
                    let shown = location.hash().unwrap_or_default();
                    // A click changes the hash before its hashchange event
                    // reaches the store (and, for another view, unmounts
                    // this page): the window is written only over the URL
                    // it was made for, never over the one a click chose.
                    if shown == found && shown != href {
                        let window = gloo::utils::window();
                        if let Ok(history) = window.history() {
                            let _ = history.replace_state_with_url(
                                &wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&href),
                            );
                        }
                        // Replacing the URL fires no event: tell the store,
                        // so that every view's links carry the new window.
                        if let Ok(event) = web_sys::HashChangeEvent::new("hashchange") {
                            let _ = window.dispatch_event(&event);
                        }
                    }
                },
            ));
            // Leaving the page (or a newer window) cancels it.
            move || drop(cancel.borrow_mut().take())
        });
    }
    let onkeydown = {
        let on_window = on_window.clone();
        let window = *window;
        Callback::from(move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "+" | "=" => Some(window.zoom(0.7, 0.5)),
                "-" | "_" => Some(window.zoom(1.0 / 0.7, 0.5)),
                "ArrowLeft" => Some(window.pan(-window.span() * 0.15)),
                "ArrowRight" => Some(window.pan(window.span() * 0.15)),
                "0" | "Home" => Some(first_view),
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                on_window.emit(next);
            }
        })
    };
    let zoom = |factor: f64, label: &'static str, text: &'static str| {
        let on_window = on_window.clone();
        let window = *window;
        html! { <button type="button" aria-label={label} onclick={Callback::from(move |_| on_window.emit(window.zoom(factor, 0.5)))}>{ text }</button> }
    };
    let reset = {
        let on_window = on_window.clone();
        Callback::from(move |_| on_window.emit(first_view))
    };
    let selected = query
        .event
        .as_ref()
        .and_then(|id| corpus.events.iter().position(|event| &event.id == id));
    let lane_link = |mode: LaneMode, label: &'static str| {
        let href = query.with(&current, |query, _| query.lanes = mode);
        html! { <a href={href} aria-current={(query.lanes == mode).then_some("true")}>{ label }</a> }
    };
    // A typed window: an open side keeps the whole span's edge.
    let on_typed_window = {
        let current = current.clone();
        let query = query.clone();
        Callback::from(move |(from, to): (Option<CivilDate>, Option<CivilDate>)| {
            let (first, last) = full.bounds();
            let (from, to) = (from.unwrap_or(first), to.unwrap_or(last));
            if from <= to {
                let href = query.with(&current, |_, lens| {
                    lens.from = Some(from);
                    lens.to = Some(to);
                });
                let _ = gloo::utils::window().location().set_hash(&href);
            }
        })
    };
    let (shown_from, shown_to) = window.bounds();
    html! {
        <section class="timeline-page" data-view="timeline">
            <div class="timeline-head">
                <h1 tabindex="-1">{ "Timeline" }</h1>
                <p class="lede">{ format!("{} events{}", events.len(), if events.len() < corpus.events.len() { format!(" of {}", corpus.events.len()) } else { String::new() }) }</p>
            </div>
            if query.event.is_some() && selected.is_none() {
                <p class="notice" role="status">{ "The event in the link does not exist in this corpus." }</p>
            }
            <div class="timeline-toolbar">
                <span class="group" role="group" aria-label="Lanes">{ "Lanes: " }{ lane_link(LaneMode::Actor, "actors") }{ lane_link(LaneMode::Type, "types") }{ lane_link(LaneMode::Document, "documents") }</span>
                <span class="group" role="group" aria-label="Zoom">
                    { zoom(0.5, "Zoom in", "+") }{ zoom(2.0, "Zoom out", "−") }
                    <button type="button" onclick={reset}>{ "Reset" }</button>
                </span>
                <DateWindow from={Some(shown_from)} to={Some(shown_to)} on_apply={on_typed_window} />
                <a class="view-toggle" href={query.with(&current, |query, _| query.list = !query.list)}>{ if query.list { "Show as chart" } else { "Show as list" } }</a>
                <ExportButtons corpus={corpus.clone()} events={events.clone()} />
            </div>
            if events.is_empty() {
                <p class="notice" role="status">
                    { "No event matches these filters. " }
                    <a href={query.with(&current, |_, lens| { lens.actors.clear(); lens.types.clear(); lens.docs.clear(); })}>{ "Show every event" }</a>
                </p>
            }
            <div class="timeline-body">
                <div class="timeline-main" ref={container} tabindex="0" {onkeydown}
                    aria-label="Timeline. Plus and minus zoom, arrows pan, 0 resets; Tab reaches each event.">
                    if query.list {
                        <EventTable corpus={corpus.clone()} events={(*events).clone()} query={query.clone()} lens={current.clone()} />
                    } else {
                        <TimelineChart corpus={corpus.clone()} events={events.clone()} lanes={query.lanes}
                            window={*window} {full} width={*width} query={query.clone()} lens={current.clone()} {on_window} />
                    }
                </div>
                if let Some(index) = selected {
                    <EventCard corpus={corpus.clone()} event={index} query={query.clone()} lens={current.clone()} />
                }
            </div>
            <p class="legend-line">
                <span class="key point">{ "one day" }</span>
                <span class="key range">{ "a range or a vague date" }</span>
                <span class="key inferred">{ "date inferred" }</span>
                <span class="key doc">{ "article published" }</span>
            </p>
        </section>
    }
}
