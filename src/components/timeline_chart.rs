//! The timeline chart: an overview strip with the current window, an axis
//! that adapts from years to days, the articles' publication dates, and one
//! lane per actor, type or document. Marks never overlap: those without room
//! gather into clusters that open as you zoom in.
//!
//! Marks live in a layer (`timeline/layer.rs`, drawn by `TimelineMarks`)
//! that a zoom or pan step only moves and stretches, or, over a crowded
//! layer, hides behind its sketch (`timeline_layers.rs`), through transforms
//! on the SVG. Clicks, hovers and keys are handled here for the whole SVG,
//! so the layer holds no callbacks that would change on every step.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::components::timeline_layers::{use_layers, AXIS, PUBLISHED};
use crate::components::timeline_marks::{truncate, TimelineMarks};
use crate::components::timeline_sketch::TimelineSketch;
use crate::data::CorpusHandle;
use crate::route::{Lens, TimelineQuery};
use crate::timeline::lanes::{lanes, LaneMode};
use crate::timeline::scale::{day_from_x, ticks, x_from_day, Window};

/// Most lanes shown; the rest share one.
const MAX_LANES: usize = 12;

/// Props of [`TimelineChart`].
#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// Indices of the events to show, in date order.
    pub events: Rc<Vec<usize>>,
    /// How lanes are made.
    pub lanes: LaneMode,
    /// The window shown.
    pub window: Window,
    /// The whole span, for the overview.
    pub full: Window,
    /// Width of the chart in CSS pixels.
    pub width: f64,
    /// The timeline state, for links that keep it.
    pub query: TimelineQuery,
    /// The shared lens, for links that keep it.
    pub lens: Lens,
    /// Asks for another window (zoom, pan, brush).
    pub on_window: Callback<Window>,
}

/// The chart.
#[component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let gutter = if props.width < 600.0 { 92.0 } else { 168.0 };
    let plot = (props.width - gutter - 8.0).max(120.0);
    let window = props.window;
    let corpus = &props.corpus;
    // Lanes depend on the filters, not on the window: computed once per filter.
    let lane_list = use_memo(
        (props.corpus.clone(), props.events.clone(), props.lanes),
        |(corpus, events, mode)| lanes(corpus, events, *mode, MAX_LANES),
    );
    let plot_ref = use_node_ref();
    // The wheel listener is registered by hand (not passive) so that it can
    // stop the page from scrolling while it zooms; it reads the latest
    // window and width from here.
    let latest = use_mut_ref(|| (window, plot, gutter, props.on_window.clone()));
    *latest.borrow_mut() = (window, plot, gutter, props.on_window.clone());
    {
        let plot_ref = plot_ref.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = plot_ref.cast::<web_sys::Element>().map(|svg| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&svg, "wheel", options, move |event| {
                    let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    wheel.prevent_default();
                    let (window, plot, gutter, on_window) = latest.borrow().clone();
                    let left = wheel
                        .current_target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .map_or(0.0, |svg| svg.get_bounding_client_rect().left());
                    let anchor = (f64::from(wheel.client_x()) - left - gutter) / plot;
                    on_window.emit(window.zoom((wheel.delta_y() * 0.0015).exp(), anchor));
                })
            });
            move || drop(listener)
        });
    }
    // One pointer drags (pans); two pointers pinch (zoom around their middle).
    let gesture: Rc<RefCell<Gesture>> = use_mut_ref(Gesture::default);
    // Set when a focused mark moves the window: the layer is drawn at once.
    let jump: Rc<Cell<bool>> = use_memo((), |_| Cell::new(false));
    // Set while a link of the marks layer (a mark, a cluster, an article's
    // date) has the keyboard's focus: the full layer, which holds it, then
    // stays shown (a sketch would take the focus away).
    let mark_focused: Rc<Cell<bool>> = use_memo((), |_| Cell::new(false));
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            if event.button() == 0 {
                let mut gesture = gesture.borrow_mut();
                gesture.pointers.retain(|(id, _)| *id != event.pointer_id());
                gesture
                    .pointers
                    .push((event.pointer_id(), f64::from(event.client_x())));
                gesture.start = Some((gesture.pointers.clone(), window));
                gesture.moved = false;
            }
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let on_window = props.on_window.clone();
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            let x = f64::from(event.client_x());
            if let Some(pointer) = gesture
                .pointers
                .iter_mut()
                .find(|(id, _)| *id == event.pointer_id())
            {
                pointer.1 = x;
            }
            let Some((started, start)) = gesture.start.clone() else {
                return;
            };
            let pointers = gesture.pointers.clone();
            match (started.as_slice(), pointers.as_slice()) {
                ([(_, from)], [(_, to)]) if (to - from).abs() > 3.0 => {
                    gesture.moved = true;
                    on_window.emit(start.pan(-(to - from) / plot * start.span()))
                }
                ([(_, a0), (_, b0)], [(_, a1), (_, b1)]) => {
                    let (before, after) = ((a0 - b0).abs().max(10.0), (a1 - b1).abs().max(10.0));
                    let left = event
                        .current_target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .map_or(0.0, |svg| svg.get_bounding_client_rect().left());
                    let anchor = ((a0 + b0) / 2.0 - left - gutter) / plot;
                    gesture.moved = true;
                    on_window.emit(start.zoom(before / after, anchor));
                }
                _ => {}
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |event: PointerEvent| {
            let mut gesture = gesture.borrow_mut();
            gesture.pointers.retain(|(id, _)| *id != event.pointer_id());
            gesture.start = None;
        })
    };

    // Selecting a mark keeps the current window in the URL, which the
    // marks' own links (drawn once per layer) cannot know.
    let select = {
        let on_window = props.on_window.clone();
        let query = props.query.clone();
        let lens = props.lens.clone();
        move |target: &web_sys::Element| -> bool {
            if let Ok(Some(mark)) = target.closest("[data-event]") {
                if let Some(id) = mark.get_attribute("data-event") {
                    let href = query.with(&lens, |query, _| query.event = Some(id));
                    let _ = gloo::utils::window().location().set_hash(&href);
                    return true;
                }
            }
            if let Ok(Some(cluster)) = target.closest("[data-zoom-day]") {
                if let Some(day) = cluster
                    .get_attribute("data-zoom-day")
                    .and_then(|day| day.parse::<f64>().ok())
                {
                    let anchor = (day - window.start) / window.span();
                    on_window.emit(window.zoom(0.25, anchor));
                    return true;
                }
            }
            false
        }
    };
    let onclick = {
        let select = select.clone();
        let gesture = gesture.clone();
        Callback::from(move |event: MouseEvent| {
            let dragged = std::mem::take(&mut gesture.borrow_mut().moved);
            let Some(target) = event.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let on_mark = target
                .closest("[data-event], [data-zoom-day]")
                .ok()
                .flatten()
                .is_some();
            if on_mark && (dragged || select(&target)) {
                event.prevent_default();
            }
        })
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        // Links follow Enter by themselves (as a click); clusters are buttons.
        if event.key() == " " || event.key() == "Enter" {
            if let Some(target) = event.target_dyn_into::<web_sys::Element>() {
                if target.has_attribute("data-zoom-day") && select(&target) {
                    event.prevent_default();
                }
            }
        }
    });
    // Hover and focus show the evidence, and light the event in every lane.
    let hover: UseStateHandle<Option<(String, f64, f64)>> = use_state(|| None);
    let chart_ref = use_node_ref();
    let show = {
        let hover = hover.clone();
        let chart_ref = chart_ref.clone();
        let gesture = gesture.clone();
        move |target: &web_sys::Element, point: Option<(f64, f64)>| {
            // Nothing lights up under a pointer that is dragging the chart.
            if gesture.borrow().start.is_some() {
                return;
            }
            let mark = target.closest("[data-event]").ok().flatten();
            let id = mark
                .as_ref()
                .and_then(|mark| mark.get_attribute("data-event"));
            let origin = chart_ref
                .cast::<web_sys::Element>()
                .map(|chart| chart.get_bounding_client_rect());
            match (id, mark, origin) {
                (Some(id), Some(mark), Some(origin)) => {
                    let (x, y) = point.unwrap_or_else(|| {
                        let rect = mark.get_bounding_client_rect();
                        (rect.left(), rect.bottom())
                    });
                    let next = Some((id, x - origin.left(), y - origin.top()));
                    if hover.as_ref().map(|shown| &shown.0) != next.as_ref().map(|next| &next.0) {
                        hover.set(next);
                    }
                }
                _ => {
                    if hover.is_some() {
                        hover.set(None);
                    }
                }
            }
        }
    };
    let onpointerover = {
        let show = show.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(target) = event.target_dyn_into::<web_sys::Element>() {
                show(
                    &target,
                    Some((f64::from(event.client_x()), f64::from(event.client_y()))),
                );
            }
        })
    };
    // Tab may reach a mark of the layer that lies outside the window: the
    // window then moves to it, as a page scrolls to a focused link.
    let onfocusin = {
        let on_window = props.on_window.clone();
        let jump = jump.clone();
        let mark_focused = mark_focused.clone();
        Callback::from(move |event: FocusEvent| {
            let Some(target) = event.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            // Only a focus the keyboard moved: a press on a mark, which may
            // start a drag, focuses it too.
            let by_keyboard = target.matches(":focus-visible").unwrap_or(false);
            let in_layer = target.closest(".marks-svg").ok().flatten().is_some();
            mark_focused.set(by_keyboard && in_layer);
            let day = target
                .get_attribute("data-day")
                .and_then(|day| day.parse::<f64>().ok());
            match day {
                Some(day) if day < window.start || day + 1.0 > window.end => {
                    jump.set(true);
                    on_window.emit(window.pan(day + 0.5 - (window.start + window.end) / 2.0));
                }
                _ => show(&target, None),
            }
        })
    };
    let onleave = {
        let hover = hover.clone();
        move || {
            if hover.is_some() {
                hover.set(None);
            }
        }
    };
    let onfocusout = {
        let onleave = onleave.clone();
        let mark_focused = mark_focused.clone();
        Callback::from(move |_: FocusEvent| {
            mark_focused.set(false);
            onleave()
        })
    };
    let onpointerleave = {
        let onpointerup = onpointerup.clone();
        Callback::from(move |event: PointerEvent| {
            onpointerup.emit(event);
            onleave();
        })
    };
    {
        // The hovered event lights up in every lane: a class on its own
        // marks, so that only they are styled again, not the whole chart.
        let plot_ref = plot_ref.clone();
        let id = hover.as_ref().map(|(id, _, _)| id.clone());
        use_effect_with(id, move |id| {
            let marks = move |id: &str| {
                plot_ref.cast::<web_sys::Element>().and_then(|plot| {
                    plot.query_selector_all(&format!("[data-event=\"{}\"]", css_safe(id)))
                        .ok()
                })
            };
            let toggle = move |id: &str, on: bool| {
                if let Some(list) = marks(id) {
                    for index in 0..list.length() {
                        if let Some(mark) = list
                            .item(index)
                            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
                        {
                            let _ = mark.class_list().toggle_with_force("lit", on);
                        }
                    }
                }
            };
            if let Some(id) = id.clone() {
                toggle(&id, true);
            }
            let id = id.clone();
            move || {
                if let Some(id) = id {
                    toggle(&id, false);
                }
            }
        });
    }
    let layers = use_layers(corpus, &lane_list, window, plot, &jump, mark_focused.get());
    let height = layers.shown.bottom(AXIS + PUBLISHED) + 4.0;
    let lane_views = lane_list.iter().zip(layers.shown.0.iter()).map(|(lane, (top, lane_height, _))| {
        let filter_href = (!lane.key.is_empty()).then(|| match props.lanes {
            LaneMode::Actor => props.query.with(&props.lens, |_, lens| lens.actors = vec![lane.key.clone()]),
            LaneMode::Type => props.query.with(&props.lens, |_, lens| lens.types = vec![lane.key.clone()]),
            LaneMode::Document => props.query.with(&props.lens, |_, lens| lens.docs = vec![lane.key.clone()]),
        });
        let label = truncate(&lane.label, if gutter < 100.0 { 13 } else { 24 });
        html! {
            <g class="lane" transform={format!("translate(0 {top})")} data-lane={lane.key.clone()}>
                <rect class="lane-band" x="0" y="0" width={props.width.to_string()} height={lane_height.to_string()} />
                if let Some(href) = filter_href {
                    <a href={href} class="lane-label"><title>{ format!("Show only {}", lane.label) }</title><text x="6" y="15">{ label }</text></a>
                } else {
                    <text class="lane-label" x="6" y="15">{ label }</text>
                }
            </g>
        }
    });
    let (shift, stretch) = layers.full_transform;
    let axis = ticks(window, plot);
    // The marks' links are drawn once per layer: they leave the window out
    // (selecting a mark writes the current one, see `select`).
    let marks_query = TimelineQuery {
        event: None,
        ..props.query.clone()
    };
    let marks_lens = props.lens.with(|lens| {
        lens.from = None;
        lens.to = None;
    });
    let hovered = hover.as_ref().and_then(|(id, x, y)| {
        let index = corpus.events.iter().position(|event| &event.id == id)?;
        Some((index, *x, *y))
    });

    html! {
        <div class="timeline-chart" ref={chart_ref}>
            { overview(props, gutter, plot) }
            <div class="timeline-plot" ref={plot_ref} role="group"
                aria-label={format!("Timeline from {} to {}", window.bounds().0, window.bounds().1)}
                {onpointerdown} {onpointermove} {onpointerup} {onpointerleave}
                {onclick} {onkeydown} {onpointerover} {onfocusin} {onfocusout}>
            <svg class="timeline-svg" width={props.width.to_string()} height={height.to_string()}
                viewBox={format!("0 0 {} {height}", props.width)}>
                <g class="axis" transform={format!("translate({gutter} 0)")}>
                    { for axis.iter().map(|tick| {
                        let x = x_from_day(tick.day as f64, window, plot);
                        // A tick moves by its transform: moving an SVG text
                        // by its `x` lays the text out again.
                        html! {
                            <g class={classes!("tick", tick.major.then_some("major"))} transform={format!("translate({x:.2} 0)")}>
                                <line x1="0" x2="0" y1="18" y2={height.to_string()} />
                                <text x="3" y="13">{ tick.label.clone() }</text>
                            </g>
                        }
                    }) }
                </g>
                <text class="lane-label" x="6" y={(AXIS + 14.0).to_string()}>{ "Published" }</text>
                { for lane_views }
            </svg>
            <div class={classes!("marks-viewport", layers.sketch.is_some().then_some("moving"))}
                style={format!("left:{gutter}px;width:{plot}px;height:{height}px")}
                data-x={gutter.to_string()} data-width={plot.to_string()}>
                <div class={classes!("marks-track", (stretch != 1.0).then_some("stretched"))}
                    style={format!("transform:translate({shift:.2}px,0) scale({stretch:.5},1)")}
                    data-transform={format!("translate({shift:.2} 0) scale({stretch:.5} 1)")}>
                    <TimelineMarks corpus={corpus.clone()} lanes={layers.full.clone()} published={(AXIS, PUBLISHED)} layer={layers.full_layer}
                        drawn_span={layers.full_span} {plot} selected={props.query.event.clone()} query={marks_query} lens={marks_lens} />
                </div>
                if let Some(sketch) = layers.sketch.as_ref() {
                    <div class="sketch-track" style={format!("transform:translate({:.2}px,0) scale({:.5},1)", sketch.transform.0, sketch.transform.1)}>
                        <TimelineSketch sketch={sketch.paths.clone()} width={sketch.width} {height} />
                    </div>
                }
            </div>
            </div>
            if let Some((index, x, y)) = hovered {
                { tooltip(corpus, index, x, y, props.width) }
            }
        </div>
    }
}

/// An event id with only the characters ids are made of, safe inside a CSS
/// attribute selector.
fn css_safe(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The evidence of the hovered or focused event, near it.
fn tooltip(corpus: &CorpusHandle, index: usize, x: f64, y: f64, width: f64) -> Html {
    let Some(event) = corpus.events.get(index) else {
        return Html::default();
    };
    let evidence = corpus
        .document(&event.doc)
        .and_then(|document| document.sentence(&event.sentence))
        .map_or("", |sentence| sentence.text.as_str());
    let actors: Vec<&str> = event
        .actors
        .iter()
        .filter_map(|id| corpus.actors.iter().find(|actor| &actor.id == id))
        .map(|actor| actor.name.as_str())
        .collect();
    let left = x.clamp(4.0, (width - 324.0).max(4.0));
    html! {
        <div class="timeline-tooltip" role="tooltip" style={format!("left:{left:.0}px;top:{:.0}px", y + 14.0)}>
            <strong>{ format!("{} · {}", type_label(&event.r#type), date_range(event)) }</strong>
            if !actors.is_empty() {
                <span class="tip-actors">{ actors.join(", ") }</span>
            }
            <span>{ evidence }</span>
        </div>
    }
}

/// The pointers on the chart (id, x) and, once a gesture starts, where
/// they started and the window then.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<(Vec<(i32, f64)>, Window)>,
    /// True once the pointer has dragged: the click that ends a drag
    /// selects nothing.
    moved: bool,
}

/// The overview strip: every event as a tick over the whole span, and the
/// current window as a brush. A click moves the window there.
fn overview(props: &TimelineChartProps, gutter: f64, plot: f64) -> Html {
    let full = props.full;
    let window = props.window;
    let x0 = x_from_day(window.start, full, plot).clamp(0.0, plot);
    let x1 = x_from_day(window.end, full, plot).clamp(0.0, plot);
    let onclick = {
        let on_window = props.on_window.clone();
        Callback::from(move |event: MouseEvent| {
            let left = event
                .current_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .map_or(0.0, |svg| svg.get_bounding_client_rect().left());
            let day = day_from_x(f64::from(event.client_x()) - left - gutter, full, plot);
            on_window.emit(window.pan(day - (window.start + window.end) / 2.0));
        })
    };
    html! {
        <svg class="timeline-overview" width={props.width.to_string()} height="34" viewBox={format!("0 0 {} 34", props.width)}
            role="img" aria-label="Overview of the whole period; click to move the window there" {onclick}>
            <text class="lane-label" x="6" y="21">{ "Overview" }</text>
            <g transform={format!("translate({gutter} 0)")}>
                <rect class="overview-band" x="0" y="4" width={plot.to_string()} height="26" />
                <OverviewBars corpus={props.corpus.clone()} events={props.events.clone()} {full} {plot} />
                <rect class="brush" x={x0.to_string()} y="2" width={(x1 - x0).max(2.0).to_string()} height="30" />
            </g>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct OverviewBarsProps {
    corpus: CorpusHandle,
    events: Rc<Vec<usize>>,
    full: Window,
    plot: f64,
}

/// The overview's histogram: a component of its own, so that it is drawn
/// once per filter and width, not on every zoom step.
#[component]
fn OverviewBars(props: &OverviewBarsProps) -> Html {
    // A fixed number of bins: the strip costs the same at any corpus size.
    let bins = 160usize;
    let bin_width = props.plot / bins as f64;
    let mut histogram = vec![0u32; bins];
    for event in props
        .events
        .iter()
        .filter_map(|&index| props.corpus.events.get(index))
    {
        let x = x_from_day(event.start.to_days() as f64, props.full, props.plot);
        let bin = ((x / bin_width).floor().max(0.0) as usize).min(bins - 1);
        histogram[bin] += 1;
    }
    let peak = histogram.iter().copied().max().unwrap_or(1).max(1);
    html! {
        <g class="overview-bars">
            { for histogram.iter().enumerate().filter(|(_, count)| **count > 0).map(|(bin, count)| {
                let height = (f64::from(*count) / f64::from(peak)).sqrt() * 22.0;
                html! { <rect class="overview-bar" x={(bin as f64 * bin_width).to_string()} y={(28.0 - height).to_string()}
                    width={(bin_width - 0.5).max(0.5).to_string()} height={height.to_string()} /> }
            }) }
        </g>
    }
}
