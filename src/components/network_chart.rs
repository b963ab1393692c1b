//! The actor network: nodes sized by mentions and shaped by kind, typed ties
//! with their direction, labels that never pile up. Positions come from the
//! build; dragging a node pins it there and the layout settles live around
//! it, a step per animation frame (up to four when frames come slowly).
//! Zoom and pan with the wheel, a drag on the background, pinch, or the
//! keyboard.
//!
//! At a thousand nodes a frame has about 16 ms, so work that does not change
//! while the layout moves is done once: tie counts once per set of shown
//! ties, and labels are placed when the layout is at rest; while it settles,
//! each label moves with its node. A big map is not rendered at all while it
//! settles: its drawing stays as it was, under a canvas on which each frame
//! paints a sketch (`network_canvas.rs`), and is rendered once, at the
//! layout's rest.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use dossier_corpus::graph::{ActorMap, Layout, MAP_SIZE};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::network_canvas::{paint, Colours, Painter};
use crate::data::{CorpusHandle, MapHandle};
use crate::network::labels::{place_labels, text_width, Candidate};
use crate::network::sketch::SKETCH_ABOVE;
use crate::network::{
    edge_ends, kind_key, map_from_screen, neighbours, node_at, node_size, shape_path,
    steps_per_frame, tie_counts, Shown, View,
};

/// Props of [`NetworkChart`].
#[derive(Properties, PartialEq)]
pub struct NetworkChartProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The network and its layout.
    pub map: MapHandle,
    /// What to show.
    pub shown: Rc<Shown>,
    /// The actor in focus (its neighbourhood stands out).
    pub focus: Option<String>,
    /// Asks to focus an actor (by id).
    pub on_focus: Callback<String>,
}

/// The positions last painted on the canvas (map units), while a big map
/// settles.
type Painted = Rc<RefCell<Option<Rc<Vec<(f32, f32)>>>>>;

/// Height over width of the drawing.
const ASPECT: f32 = 0.62;

/// The chart.
#[component]
pub fn NetworkChart(props: &NetworkChartProps) -> Html {
    let corpus = &props.corpus;
    let map = &props.map;
    let view = use_state(|| View::whole(MAP_SIZE));
    let positions = use_state(|| Rc::new(map.positions.clone()));
    let hover = use_state(|| None::<usize>);
    let svg_ref = use_node_ref();
    let live: Rc<RefCell<Option<Layout>>> = use_mut_ref(|| None);
    let ticker: Rc<RefCell<Option<AnimationFrame>>> = use_mut_ref(|| None);
    // True while the live layout moves; labels are placed again when it stops.
    let settling = use_state(|| false);
    let drag: Rc<RefCell<Drag>> = use_mut_ref(Drag::default);
    // A big map's frames paint here while it settles (see `Frames::next`).
    let canvas_ref = use_node_ref();
    let painter: Rc<RefCell<Option<Painter>>> = use_mut_ref(|| None);
    let colours: Rc<RefCell<Option<Colours>>> = use_mut_ref(|| None);
    // True while a big map settles on the canvas. Not Yew state: showing
    // the canvas must not render the thousands of elements under it.
    let painting: Rc<Cell<bool>> = use_memo((), |_| Cell::new(false));
    // The drawing's width on screen, so that labels keep one size on screen
    // at any zoom and on any device.
    let pixels = use_state(|| 960.0_f32);
    {
        let pixels = pixels.clone();
        let svg_ref = svg_ref.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                    pixels.set((svg.client_width() as f32).max(200.0));
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    let aspect = if *pixels < 600.0 { 0.9 } else { ASPECT };
    let view_box = view.view_box(MAP_SIZE, aspect);

    // The wheel zooms around the pointer; registered by hand so that it can
    // keep the page from scrolling.
    let latest = use_mut_ref(|| (*view, view.clone()));
    *latest.borrow_mut() = (*view, view.clone());
    {
        let svg_ref = svg_ref.clone();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = svg_ref.cast::<web_sys::Element>().map(|svg| {
                let options = EventListenerOptions::enable_prevent_default();
                let target = svg.clone();
                EventListener::new_with_options(&svg, "wheel", options, move |event| {
                    let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    wheel.prevent_default();
                    let (current, handle) = latest.borrow().clone();
                    let at = pointer_on_map(&target, wheel.client_x(), wheel.client_y(), current);
                    handle.set(current.zoomed((-wheel.delta_y() as f32 * 0.0015).exp(), at));
                })
            });
            move || drop(listener)
        });
    }

    // Map units per screen pixel: labels, nodes and ties keep one size on
    // screen whatever the zoom and the device.
    let scale = view_box.2 / *pixels;
    // While a big map is painted, the drawing's elements stay where the
    // layout started, not where the nodes are shown: the pointer finds a
    // node by the positions last painted.
    let painted: Painted = use_mut_ref(|| None);
    let hit = {
        let painted = painted.clone();
        let svg_ref = svg_ref.clone();
        let shown = props.shown.clone();
        let corpus = corpus.clone();
        let view = *view;
        move |x: i32, y: i32| -> Option<usize> {
            let painted = painted.borrow().clone()?;
            let svg = svg_ref.cast::<web_sys::Element>()?;
            node_at(
                pointer_on_map(&svg, x, y, view),
                &shown.nodes,
                |node| painted.get(node).copied().unwrap_or((f32::NAN, f32::NAN)),
                |node| node_size(&corpus, node, scale),
            )
        }
    };
    // A pointer on a node drags it (and pins it); on the background it pans.
    let onpointerdown = {
        let drag = drag.clone();
        let view = view.clone();
        let painting = painting.clone();
        let hit = hit.clone();
        Callback::from(move |event: PointerEvent| {
            if event.button() != 0 {
                return;
            }
            let node = if painting.get() {
                hit(event.client_x(), event.client_y())
            } else {
                event
                    .target_dyn_into::<web_sys::Element>()
                    .and_then(|target| target.closest("[data-node]").ok().flatten())
                    .and_then(|node| node.get_attribute("data-node")?.parse::<usize>().ok())
            };
            *drag.borrow_mut() = Drag {
                node,
                start: Some((event.client_x(), event.client_y(), *view)),
                moved: false,
            };
        })
    };
    // Dragging a node, or moving it with the keyboard, pins it and lets the
    // layout settle around it.
    let frames = Frames {
        live: live.clone(),
        ticker: ticker.clone(),
        positions: positions.clone(),
        settling: settling.clone(),
        map: map.clone(),
        last_frame: None,
        painter: painter.clone(),
        colours: colours.clone(),
        painting: painting.clone(),
        painted: painted.clone(),
        canvas: canvas_ref.clone(),
        svg: svg_ref.clone(),
    };
    let onpointermove = {
        let drag = drag.clone();
        let view = view.clone();
        let svg_ref = svg_ref.clone();
        let frames = frames.clone();
        Callback::from(move |event: PointerEvent| {
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else {
                return;
            };
            let mut state = drag.borrow_mut();
            let Some((x0, y0, start)) = state.start else {
                return;
            };
            let (dx, dy) = (event.client_x() - x0, event.client_y() - y0);
            if !state.moved && dx.abs() + dy.abs() < 4 {
                return;
            }
            state.moved = true;
            match state.node {
                Some(node) => {
                    let at = pointer_on_map(&svg, event.client_x(), event.client_y(), *view);
                    drop(state);
                    frames.pin(node, at);
                }
                None => {
                    let rect = svg.get_bounding_client_rect();
                    let per_pixel =
                        start.view_box(MAP_SIZE, ASPECT).2 / rect.width().max(1.0) as f32;
                    view.set(start.panned(-dx as f32 * per_pixel, -dy as f32 * per_pixel));
                }
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| {
            let mut state = drag.borrow_mut();
            state.start = None;
            state.node = None;
        })
    };
    // A click (not the end of a drag) on a node focuses it.
    let onclick = {
        let drag = drag.clone();
        let on_focus = props.on_focus.clone();
        let painting = painting.clone();
        let corpus = corpus.clone();
        Callback::from(move |event: MouseEvent| {
            if std::mem::take(&mut drag.borrow_mut().moved) {
                return;
            }
            let id = if painting.get() {
                hit(event.client_x(), event.client_y())
                    .and_then(|node| corpus.actors.get(node))
                    .map(|actor| actor.id.clone())
            } else {
                event
                    .target_dyn_into::<web_sys::Element>()
                    .and_then(|target| target.closest("[data-actor]").ok().flatten())
                    .and_then(|node| node.get_attribute("data-actor"))
            };
            if let Some(id) = id {
                on_focus.emit(id);
            }
        })
    };
    let onkeydown = {
        let view = view.clone();
        let on_focus = props.on_focus.clone();
        let frames = frames.clone();
        let positions = positions.clone();
        let painted = painted.clone();
        Callback::from(move |event: KeyboardEvent| {
            let step = MAP_SIZE / view.zoom * 0.1;
            let centre = (view.cx, view.cy);
            // Shift and an arrow move the focused node, as a drag would: it is
            // pinned where it goes, and the layout settles around it.
            let node = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|target| target.get_attribute("data-node"))
                .and_then(|node| node.parse::<usize>().ok());
            let nudge = match event.key().as_str() {
                "ArrowLeft" => Some((-1.0, 0.0)),
                "ArrowRight" => Some((1.0, 0.0)),
                "ArrowUp" => Some((0.0, -1.0)),
                "ArrowDown" => Some((0.0, 1.0)),
                _ => None,
            };
            if let (true, Some(node), Some((dx, dy))) = (event.shift_key(), node, nudge) {
                event.prevent_default();
                // From where it is shown: painted, while a big map settles.
                let shown_at = painted
                    .borrow()
                    .as_ref()
                    .and_then(|painted| painted.get(node).copied());
                let (x, y) = shown_at
                    .or_else(|| positions.get(node).copied())
                    .unwrap_or((0.0, 0.0));
                frames.pin(node, (x + dx * step * 0.5, y + dy * step * 0.5));
                return;
            }
            let next = match event.key().as_str() {
                "+" | "=" => Some(view.zoomed(1.4, centre)),
                "-" | "_" => Some(view.zoomed(1.0 / 1.4, centre)),
                "ArrowLeft" => Some(view.panned(-step, 0.0)),
                "ArrowRight" => Some(view.panned(step, 0.0)),
                "ArrowUp" => Some(view.panned(0.0, -step)),
                "ArrowDown" => Some(view.panned(0.0, step)),
                "0" => Some(View::whole(MAP_SIZE)),
                "Enter" | " " => {
                    if let Some(id) = event
                        .target_dyn_into::<web_sys::Element>()
                        .and_then(|target| target.get_attribute("data-actor"))
                    {
                        event.prevent_default();
                        on_focus.emit(id);
                    }
                    None
                }
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                view.set(next);
            }
        })
    };
    let big = props.shown.nodes.len() + props.shown.edges.len() > SKETCH_ABOVE;
    let onpointerover = {
        let hover = hover.clone();
        let painting = painting.clone();
        Callback::from(move |event: PointerEvent| {
            // Under the canvas, the drawing is not what the pointer sees.
            if painting.get() {
                return;
            }
            let node = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|target| target.closest("[data-node]").ok().flatten())
                .and_then(|node| node.get_attribute("data-node")?.parse::<usize>().ok());
            if *hover != node {
                hover.set(node);
            }
        })
    };
    // Under the canvas, a press would focus the drawing's element that lies
    // there, which is not the node shown: the press keeps the focus where
    // it was (`hit` finds the node it drags or chooses).
    let onmousedown = {
        let painting = painting.clone();
        Callback::from(move |event: MouseEvent| {
            if painting.get() {
                event.prevent_default();
            }
        })
    };
    let onfocusin = {
        let hover = hover.clone();
        let painting = painting.clone();
        Callback::from(move |event: FocusEvent| {
            if painting.get() {
                return;
            }
            let node = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|target| target.get_attribute("data-node")?.parse::<usize>().ok());
            // A press on the node under the pointer focuses it too: the
            // same node again renders nothing.
            if *hover != node {
                hover.set(node);
            }
        })
    };
    let reset = {
        let view = view.clone();
        let positions = positions.clone();
        let live = live.clone();
        let map = map.clone();
        let frames = frames.clone();
        Callback::from(move |_: MouseEvent| {
            view.set(View::whole(MAP_SIZE));
            frames.stop();
            live.borrow_mut().take();
            positions.set(Rc::new(map.positions.clone()));
        })
    };

    let shown = &props.shown;
    let at = |node: usize| positions.get(node).copied().unwrap_or((0.0, 0.0));
    // Nodes keep their size on screen while the map zooms, as labels do.
    let size = |node: usize| node_size(corpus, node, scale);
    let focus = props
        .focus
        .as_ref()
        .and_then(|id| corpus.actors.iter().position(|actor| &actor.id == id));
    let near: HashSet<usize> = hover
        .or(focus)
        .map(|node| {
            let mut near: HashSet<usize> = neighbours(map, shown, node)
                .into_iter()
                .map(|(other, _)| other)
                .collect();
            near.insert(node);
            near
        })
        .unwrap_or_default();
    let lit = |node: usize| near.is_empty() || near.contains(&node);
    let ties = use_memo((map.clone(), shown.clone()), |(map, shown)| {
        tie_counts(map, shown)
    });
    // Labels are placed over the positions at rest: the current ones, or,
    // while the layout settles, those it started from. Placing a thousand
    // labels takes longer than a frame.
    let rest = use_mut_ref(|| Rc::clone(&*positions));
    if !*settling {
        *rest.borrow_mut() = Rc::clone(&*positions);
    }
    let rest = Rc::clone(&*rest.borrow());
    let labels = use_memo(
        (rest.clone(), scale, hover.or(focus), shown.clone()),
        |(rest, scale, _, shown)| {
            let candidates: Vec<Candidate> = shown
                .nodes
                .iter()
                .map(|&node| {
                    let (x, y) = rest.get(node).copied().unwrap_or((0.0, 0.0));
                    Candidate {
                        x,
                        y,
                        r: size(node),
                        width: text_width(&corpus.actors[node].name) * scale,
                        priority: corpus.actors[node].mentions
                            + if near.contains(&node) { 1_000_000 } else { 0 },
                    }
                })
                .collect();
            place_labels(&candidates)
        },
    );
    // A big map is painted as a sketch while it moves: rendered element by
    // element, each step would cost the browser several frames. The frames
    // read what to paint from here, as this render left it, and show and
    // hide the canvas themselves.
    *painter.borrow_mut() = big.then(|| Painter {
        corpus: corpus.clone(),
        map: map.clone(),
        shown: shown.clone(),
        view_box,
        scale,
    });
    // How far a node has moved since its label was placed.
    let moved = |node: usize| {
        let ((x, y), (x0, y0)) = (at(node), rest.get(node).copied().unwrap_or(at(node)));
        (x - x0, y - y0)
    };
    // The drawing and the canvas over it are one size.
    let height = format!("height:{:.0}px", *pixels * aspect);

    html! {
        <div class="network-chart">
            <svg ref={svg_ref} class={classes!("network-svg", (!near.is_empty()).then_some("lighting"))}
                viewBox={format!("{:.1} {:.1} {:.1} {:.1}", view_box.0, view_box.1, view_box.2, view_box.3)}
                style={height.clone()}
                role="group" tabindex="0"
                aria-label="Actor network. Plus and minus zoom, arrows pan, 0 resets; Tab reaches each actor, Enter focuses it."
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointerleave={onpointerup}
                {onclick} {onkeydown} {onpointerover} {onfocusin} {onmousedown}>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse"
                        markerWidth={format!("{:.1}", 10.0 * scale)} markerHeight={format!("{:.1}", 10.0 * scale)} orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" class="arrowhead" />
                    </marker>
                </defs>
                    <g class="edges">
                        { for shown.edges.iter().filter_map(|&index| {
                            let edge = map.network.edges.get(index)?;
                            let (a, b) = (edge.source as usize, edge.target as usize);
                            let (from, to) = edge_ends(at(a), size(a), at(b), size(b));
                            let width = (1.0 + (edge.weight as f32).ln_1p() * 1.6) * scale;
                            Some(html! {
                                // One path, not a line: a step of the live layout
                                // then sets one attribute per tie instead of four.
                                <path class={classes!("edge", format!("rel-{}", edge.kind), edge.co_occurs.then_some("co"), (lit(a) && lit(b)).then_some("lit"))}
                                    data-edge={index.to_string()}
                                    d={format!("M{:.1} {:.1}L{:.1} {:.1}", from.0, from.1, to.0, to.1)}
                                    stroke-width={format!("{width:.2}")}
                                    marker-end={edge.directed.then_some("url(#arrow)")} />
                            })
                        }) }
                    </g>
                    <g class="nodes">
                        { for shown.nodes.iter().map(|&node| {
                            let actor = &corpus.actors[node];
                            let (x, y) = at(node);
                            let ties = ties.get(node).copied().unwrap_or(0);
                            html! {
                                <g class={classes!("node", format!("kind-{}", kind_key(actor.kind)), lit(node).then_some("lit"), (focus == Some(node)).then_some("focus"))}
                                    data-actor={actor.id.clone()} data-node={node.to_string()} tabindex="0" role="button"
                                    aria-label={format!("{}, {}, {} mentions, {} ties", actor.name, kind_key(actor.kind), actor.mentions, ties)}
                                    transform={format!("translate({x:.1} {y:.1})")}>
                                    <path d={shape_path(actor.kind, size(node))} />
                                </g>
                            }
                        }) }
                    </g>
                <g class="labels" style={format!("font-size:{:.2}px", 11.0 * scale)}>
                    { for labels.iter().map(|label| {
                        let node = shown.nodes[label.node];
                        let (dx, dy) = moved(node);
                        html! {
                            <text class={classes!("label", lit(node).then_some("lit"))} x={format!("{:.1}", label.x + dx)} y={format!("{:.1}", label.y + dy)}
                                text-anchor={if label.end { "end" } else { "start" }}>{ corpus.actors[node].name.clone() }</text>
                        }
                    }) }
                </g>
            </svg>
            <canvas ref={canvas_ref} class="network-canvas" hidden=true aria-hidden="true"
                style={height} />
            <button type="button" class="network-reset" onclick={reset}>{ "Reset view" }</button>
            if let Some(node) = *hover {
                { tooltip(props, node) }
            }
        </div>
    }
}

/// The pointer state of a drag.
#[derive(Default)]
struct Drag {
    node: Option<usize>,
    start: Option<(i32, i32, View)>,
    moved: bool,
}

/// The map point under the pointer.
fn pointer_on_map(svg: &web_sys::Element, x: i32, y: i32, view: View) -> (f32, f32) {
    let rect = svg.get_bounding_client_rect();
    let aspect = (rect.height() / rect.width().max(1.0)) as f32;
    map_from_screen(
        (x as f32, y as f32),
        (
            rect.left() as f32,
            rect.top() as f32,
            rect.width() as f32,
            rect.height() as f32,
        ),
        view.view_box(MAP_SIZE, aspect),
    )
}

/// The build's layout, taken up where the build left it.
fn resume(map: &ActorMap, positions: &[(f32, f32)]) -> Layout {
    let start: Vec<(f32, f32)> = positions.iter().map(|&p| map.fit.to_layout(p)).collect();
    Layout::resume(start, &map.network.links(), ActorMap::params(), 0.0)
}

/// What the live layout's animation needs from one frame to the next.
#[derive(Clone)]
struct Frames {
    live: Rc<RefCell<Option<Layout>>>,
    ticker: Rc<RefCell<Option<AnimationFrame>>>,
    positions: UseStateHandle<Rc<Vec<(f32, f32)>>>,
    settling: UseStateHandle<bool>,
    map: MapHandle,
    /// When the last frame began (milliseconds, from the browser).
    last_frame: Option<f64>,
    /// What to paint on the canvas, for a big map; `None` renders each step.
    painter: Rc<RefCell<Option<Painter>>>,
    /// The drawing's colours, read at the first painted frame of a settling.
    colours: Rc<RefCell<Option<Colours>>>,
    /// True while the canvas stands in for the drawing.
    painting: Rc<Cell<bool>>,
    /// The positions last painted there (map units).
    painted: Painted,
    canvas: NodeRef,
    svg: NodeRef,
}

impl Frames {
    /// Pins `node` at `at` (map units), as a drag does, and lets the layout
    /// settle around it.
    fn pin(&self, node: usize, at: (f32, f32)) {
        {
            let mut layout = self.live.borrow_mut();
            let layout = layout.get_or_insert_with(|| resume(&self.map, &self.positions));
            let to = self.map.fit.to_layout(at);
            layout.pin(node, to.0, to.1);
            layout.reheat(0.3);
        }
        self.clone().start();
    }

    /// Starts ticking the live layout, one step per animation frame, unless
    /// it is ticking already.
    fn start(self) {
        if self.ticker.borrow().is_some() {
            return;
        }
        if self.painter.borrow().is_some() {
            self.start_painting();
        } else {
            self.settling.set(true);
        }
        self.next();
    }

    /// Shows the canvas over the drawing.
    fn start_painting(&self) {
        self.painting.set(true);
        if let Some(canvas) = self.canvas.cast::<web_sys::HtmlElement>() {
            canvas.set_hidden(false);
        }
    }

    /// Stops the live layout's frames: no more steps, no canvas, nothing
    /// settling.
    fn stop(&self) {
        self.stop_painting();
        self.settling.set(false);
        self.ticker.borrow_mut().take();
    }

    /// Hides the canvas, if it was shown: the drawing is itself again.
    fn stop_painting(&self) {
        if self.painting.replace(false) {
            if let Some(canvas) = self.canvas.cast::<web_sys::HtmlElement>() {
                canvas.set_hidden(true);
            }
            self.colours.borrow_mut().take();
            self.painted.borrow_mut().take();
        }
    }

    /// Paints `placed` on the canvas if the map is a big one, and says so;
    /// false for a small one, whose step is rendered.
    fn paint_step(&self, placed: &[(f32, f32)]) -> bool {
        let painter = self.painter.borrow().clone();
        // The filters may change the map's size while it settles: a map that
        // became small is rendered from now on, one that became big painted.
        let painter = match (painter, self.painting.get()) {
            (None, false) => return false,
            (None, true) => {
                self.stop_painting();
                self.settling.set(true);
                return false;
            }
            (Some(painter), painting) => {
                if !painting {
                    self.start_painting();
                    self.settling.set(false);
                }
                painter
            }
        };
        if let Some(canvas) = self.canvas.cast::<web_sys::HtmlCanvasElement>() {
            let mut colours = self.colours.borrow_mut();
            if colours.is_none() {
                *colours = self
                    .svg
                    .cast::<web_sys::Element>()
                    .map(|svg| Colours::read(&svg));
            }
            if let Some(colours) = colours.as_ref() {
                paint(&canvas, &painter, colours, placed);
            }
        }
        true
    }

    /// Asks for the next frame, which takes a step (more when frames come
    /// slowly) and shows it. Steps in frames (not on a timer) keep in time
    /// with the screen and never queue up behind a slow frame.
    fn next(mut self) {
        let ticker = self.ticker.clone();
        let frame = request_animation_frame(move |time| {
            let steps = steps_per_frame(self.last_frame.map(|last| time - last));
            self.last_frame = Some(time);
            let settled = {
                let mut layout = self.live.borrow_mut();
                let Some(layout) = layout.as_mut() else {
                    return;
                };
                for _ in 0..steps {
                    layout.tick();
                }
                let placed: Rc<Vec<(f32, f32)>> = Rc::new(
                    layout
                        .positions()
                        .iter()
                        .map(|&p| self.map.fit.to_box(p))
                        .collect(),
                );
                let settled = layout.is_settled();
                // A big map's steps are painted, not rendered; its drawing
                // is rendered again once, at rest.
                if !settled && self.paint_step(&placed) {
                    *self.painted.borrow_mut() = Some(placed);
                } else {
                    self.positions.set(placed);
                }
                settled
            };
            if settled {
                // The drawing, rendered at rest in this frame, replaces the
                // canvas before the frame is shown. Dropping the frame handle
                // from inside its own callback is safe: wasm-bindgen frees
                // the closure once it returns.
                self.stop();
            } else {
                self.next();
            }
        });
        *ticker.borrow_mut() = Some(frame);
    }
}

/// The hovered actor's ties, named.
fn tooltip(props: &NetworkChartProps, node: usize) -> Html {
    let corpus = &props.corpus;
    let Some(actor) = corpus.actors.get(node) else {
        return Html::default();
    };
    let ties: Vec<String> = neighbours(&props.map, &props.shown, node)
        .into_iter()
        .filter_map(|(other, edge)| {
            let edge = props.map.network.edges.get(edge)?;
            let name = &corpus.actors.get(other)?.name;
            let kind = edge.kind.replace('_', " ");
            Some(if !edge.directed {
                format!("{kind} · {name}")
            } else if edge.source as usize == node {
                format!("{kind} → {name}")
            } else {
                format!("{name} → {kind}")
            })
        })
        .take(8)
        .collect();
    html! {
        <div class="network-tooltip" role="tooltip">
            <strong>{ actor.name.clone() }</strong>
            <span class="tip-kind">{ format!("{}, {} mentions", kind_key(actor.kind), actor.mentions) }</span>
            { for ties.into_iter().map(|tie| html! { <span>{ tie }</span> }) }
        </div>
    }
}
