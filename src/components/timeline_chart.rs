//! The timeline chart: an overview strip with the current window, an axis
//! that adapts from years to days, the articles' publication dates, and one
//! lane per actor, type or document. Marks never overlap: those without room
//! gather into clusters that open as you zoom in. Only marks inside the
//! window are drawn, so the page does not grow with the corpus.

use std::cell::RefCell;
use std::rc::Rc;

use dossier_corpus::{Event, Precision};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::data::CorpusHandle;
use crate::route::{Route, TimelineQuery};
use crate::timeline::lanes::{lanes, LaneMode};
use crate::timeline::pack::pack;
use crate::timeline::scale::{day_from_x, ticks, x_from_day, Window};

/// Height of one row of marks in a lane.
const ROW: f64 = 16.0;
/// Rows per lane before marks gather into clusters.
const ROWS: usize = 3;
/// Height of the axis band.
const AXIS: f64 = 26.0;
/// Height of the publication-date band.
const PUBLISHED: f64 = 22.0;
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
    let svg_ref = use_node_ref();
    // The wheel listener is registered by hand (not passive) so that it can
    // stop the page from scrolling while it zooms; it reads the latest
    // window and width from here.
    let latest = use_mut_ref(|| (window, plot, gutter, props.on_window.clone()));
    *latest.borrow_mut() = (window, plot, gutter, props.on_window.clone());
    {
        let svg_ref = svg_ref.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<web_sys::Element>().map(|svg| {
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
            match (started.as_slice(), gesture.pointers.as_slice()) {
                ([(_, from)], [(_, to)]) if (to - from).abs() > 3.0 => {
                    on_window.emit(start.pan(-(to - from) / plot * start.span()))
                }
                ([(_, a0), (_, b0)], [(_, a1), (_, b1)]) => {
                    let (before, after) = ((a0 - b0).abs().max(10.0), (a1 - b1).abs().max(10.0));
                    let left = event
                        .current_target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .map_or(0.0, |svg| svg.get_bounding_client_rect().left());
                    let anchor = ((a0 + b0) / 2.0 - left - gutter) / plot;
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

    // Documents by id, once per render rather than a scan per mark.
    let documents: std::collections::HashMap<&str, &dossier_corpus::Document> = corpus
        .documents
        .iter()
        .map(|document| (document.id.as_str(), document))
        .collect();
    let mut y = AXIS + PUBLISHED;
    let mut lane_views = Vec::new();
    for lane in lane_list.iter() {
        let marks: Vec<(usize, f64, f64)> = lane
            .events
            .iter()
            .filter_map(|&index| corpus.events.get(index).map(|event| (index, event)))
            .filter(|(_, event)| {
                (event.end.to_days() + 1) as f64 >= window.start
                    && (event.start.to_days() as f64) < window.end
            })
            .map(|(index, event)| {
                let (x0, x1) = extent(event, window, plot);
                (index, x0, x1)
            })
            .collect();
        let (placed, clusters) = pack(marks, ROWS, 4.0, plot);
        // Clusters get a row of their own below the marks, so they never cover one.
        let mark_rows = placed.iter().map(|mark| mark.row + 1).max().unwrap_or(1);
        let rows = mark_rows + usize::from(!clusters.is_empty());
        let cluster_y = mark_rows as f64 * ROW;
        let height = rows as f64 * ROW + 10.0;
        let filter_href = match props.lanes {
            LaneMode::Actor if !lane.key.is_empty() => Some(
                props
                    .query
                    .with(|query| query.actors = vec![lane.key.clone()]),
            ),
            LaneMode::Type if !lane.key.is_empty() => Some(
                props
                    .query
                    .with(|query| query.types = vec![lane.key.clone()]),
            ),
            LaneMode::Document if !lane.key.is_empty() => Some(
                props
                    .query
                    .with(|query| query.docs = vec![lane.key.clone()]),
            ),
            _ => None,
        };
        let label = truncate(&lane.label, if gutter < 100.0 { 13 } else { 24 });
        lane_views.push(html! {
            <g class="lane" transform={format!("translate(0 {y})")} data-lane={lane.key.clone()}>
                <rect class="lane-band" x="0" y="0" width={props.width.to_string()} height={height.to_string()} />
                if let Some(href) = filter_href {
                    <a href={href} class="lane-label"><text x="6" y="15"><title>{ format!("Show only {}", lane.label) }</title>{ label }</text></a>
                } else {
                    <text class="lane-label" x="6" y="15">{ label }</text>
                }
                <g transform={format!("translate({gutter} 5)")}>
                    { for placed.iter().map(|mark| mark_view(&documents, &corpus.events[mark.event], mark.x0, mark.x1, mark.row, mark.label_room, &props.query)) }
                    { for clusters.iter().map(|cluster| {
                        let on_window = props.on_window.clone();
                        let anchor = cluster.x / plot;
                        let zoom_in = Callback::from(move |_| on_window.emit(window.zoom(0.25, anchor)));
                        let onkeydown = {
                            let zoom_in = zoom_in.clone();
                            Callback::from(move |event: KeyboardEvent| if event.key() == "Enter" { zoom_in.emit(()) })
                        };
                        let onclick = Callback::from(move |_: MouseEvent| zoom_in.emit(()));
                        html! {
                            <g class="cluster" role="button" tabindex="0" {onclick} {onkeydown}
                                aria-label={format!("{} more events here; zoom in", cluster.events.len())}>
                                <circle cx={cluster.x.to_string()} cy={(cluster_y + 7.0).to_string()} r="7.5" />
                                <text x={cluster.x.to_string()} y={(cluster_y + 10.5).to_string()}>{ format!("+{}", cluster.events.len()) }</text>
                            </g>
                        }
                    }) }
                </g>
            </g>
        });
        y += height;
    }
    let height = y + 4.0;
    let axis = ticks(window, plot);

    html! {
        <div class="timeline-chart">
            { overview(props, gutter, plot) }
            <svg ref={svg_ref} class="timeline-svg" width={props.width.to_string()} height={height.to_string()}
                viewBox={format!("0 0 {} {height}", props.width)} role="group"
                aria-label={format!("Timeline from {} to {}", window.bounds().0, window.bounds().1)}
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointerleave={onpointerup}>
                <g class="axis" transform={format!("translate({gutter} 0)")}>
                    { for axis.iter().map(|tick| {
                        let x = x_from_day(tick.day as f64, window, plot);
                        html! {
                            <g class={classes!("tick", tick.major.then_some("major"))}>
                                <line x1={x.to_string()} x2={x.to_string()} y1="18" y2={height.to_string()} />
                                <text x={(x + 3.0).to_string()} y="13">{ tick.label.clone() }</text>
                            </g>
                        }
                    }) }
                </g>
                <g class="published" transform={format!("translate(0 {AXIS})")}>
                    <text class="lane-label" x="6" y="14">{ "Published" }</text>
                    <g transform={format!("translate({gutter} 0)")}>
                        { for corpus.documents.iter().filter_map(|document| {
                            let date = document.date.as_ref()?;
                            let x = x_from_day(date.start.to_days() as f64 + 0.5, window, plot);
                            (x >= -6.0 && x <= plot + 6.0).then(|| {
                                let href = Route::Article { doc: document.id.clone(), sentence: None }.href();
                                html! {
                                    <a href={href} class={classes!("doc-marker", date.inferred.then_some("inferred"))} data-doc-marker={document.id.clone()}>
                                        <title>{ format!("{} — written {}{}", document.title, date.start, if date.inferred { " (inferred)" } else { "" }) }</title>
                                        <path d={format!("M{} 4 l5 10 l-10 0 z", x)} />
                                    </a>
                                }
                            })
                        }) }
                    </g>
                </g>
                { for lane_views }
            </svg>
        </div>
    }
}

/// The pointers on the chart (id, x) and, once a gesture starts, where
/// they started and the window then.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64)>,
    start: Option<(Vec<(i32, f64)>, Window)>,
}

/// Left and right pixel edges of an event: a point for one day, a bar for a
/// range.
fn extent(event: &Event, window: Window, plot: f64) -> (f64, f64) {
    let start = event.start.to_days() as f64;
    let end = event.end.to_days() as f64 + 1.0;
    if event.start == event.end {
        let x = x_from_day(start + 0.5, window, plot);
        (x - 5.0, x + 5.0)
    } else {
        let x0 = x_from_day(start, window, plot);
        let x1 = x_from_day(end, window, plot).max(x0 + 6.0);
        (x0, x1)
    }
}

fn mark_view(
    documents: &std::collections::HashMap<&str, &dossier_corpus::Document>,
    event: &Event,
    x0: f64,
    x1: f64,
    row: usize,
    label_room: f64,
    query: &TimelineQuery,
) -> Html {
    let y = row as f64 * ROW;
    let href = query.with(|query| query.event = Some(event.id.clone()));
    let selected = query.event.as_deref() == Some(event.id.as_str());
    let evidence = documents
        .get(event.doc.as_str())
        .and_then(|document| document.sentence(&event.sentence))
        .map(|sentence| sentence.text.clone())
        .unwrap_or_default();
    let precision = match event.precision {
        Precision::Day => "precision-day",
        Precision::Days | Precision::Week => "precision-days",
        Precision::PartOfMonth | Precision::Month => "precision-month",
        _ => "precision-coarse",
    };
    let class = classes!(
        "mark",
        if event.start == event.end {
            "point"
        } else {
            "range"
        },
        precision,
        event.inferred.then_some("inferred"),
        selected.then_some("selected"),
        format!("type-{}", event.r#type)
    );
    let shape = if event.start == event.end {
        html! { <circle cx={((x0 + x1) / 2.0).to_string()} cy={(y + 7.0).to_string()} r="5" /> }
    } else {
        html! { <rect x={x0.to_string()} y={(y + 3.0).to_string()} width={(x1 - x0).to_string()} height="8" rx="2" /> }
    };
    let label = (label_room >= 40.0)
        .then(|| truncate(&type_label(&event.r#type), (label_room / 6.5) as usize));
    html! {
        <a href={href} class={class} data-event={event.id.clone()}
            aria-label={format!("{}, {}: {}", type_label(&event.r#type), date_range(event), evidence)}>
            <title>{ format!("{} · {}\n{}", type_label(&event.r#type), date_range(event), evidence) }</title>
            { shape }
            if let Some(label) = label {
                <text class="mark-label" x={(x1 + 3.0).to_string()} y={(y + 11.0).to_string()}>{ label }</text>
            }
        </a>
    }
}

/// The overview strip: every event as a tick over the whole span, and the
/// current window as a brush. A click moves the window there.
fn overview(props: &TimelineChartProps, gutter: f64, plot: f64) -> Html {
    let full = props.full;
    let window = props.window;
    // A fixed number of bins: the strip costs the same at any corpus size.
    let bins = 160usize;
    let bin_width = plot / bins as f64;
    let mut histogram = vec![0u32; bins];
    for event in props
        .events
        .iter()
        .filter_map(|&index| props.corpus.events.get(index))
    {
        let x = x_from_day(event.start.to_days() as f64, full, plot);
        let bin = ((x / bin_width).floor().max(0.0) as usize).min(bins - 1);
        histogram[bin] += 1;
    }
    let peak = histogram.iter().copied().max().unwrap_or(1).max(1);
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
                { for histogram.iter().enumerate().filter(|(_, count)| **count > 0).map(|(bin, count)| {
                    let height = (f64::from(*count) / f64::from(peak)).sqrt() * 22.0;
                    html! { <rect class="overview-bar" x={(bin as f64 * bin_width).to_string()} y={(28.0 - height).to_string()}
                        width={(bin_width - 0.5).max(0.5).to_string()} height={height.to_string()} /> }
                }) }
                <rect class="brush" x={x0.to_string()} y="2" width={(x1 - x0).max(2.0).to_string()} height="30" />
            </g>
        </svg>
    }
}

fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}
