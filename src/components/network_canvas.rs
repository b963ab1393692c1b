//! Paints the sketch of a big actor map (`network/sketch.rs`) on the canvas
//! that lies over the drawing while the layout moves. The painting happens
//! in the layout's animation frames, outside Yew's rendering: a step costs
//! one pass over the sketch's arrays and no element of the page changes but
//! the canvas (and its `data-frame` count, which tests and the benchmark
//! read).

use std::rc::Rc;

use crate::components::export_buttons::context_2d;
use crate::data::{CorpusHandle, MapHandle};
use crate::network::kind_key;
use crate::network::sketch::{sketch, Outline, KINDS};
use crate::network::Shown;

/// What a frame needs to paint, as the chart last rendered it.
#[derive(Clone)]
pub struct Painter {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The network.
    pub map: MapHandle,
    /// What the map shows.
    pub shown: Rc<Shown>,
    /// The drawing's view box: x, y, width, height in map units.
    pub view_box: (f32, f32, f32, f32),
    /// Map units per screen pixel.
    pub scale: f32,
}

/// The colours of the full drawing, read from its elements once a settling
/// starts, so the sketch follows the theme and the style sheet.
pub struct Colours {
    kinds: [String; 4],
    tie: String,
}

/// Used where the drawing has no element to read a colour from.
const FALLBACK: &str = "#888888";

impl Colours {
    /// Reads the computed fill of a node of each kind and the stroke of a tie.
    pub fn read(svg: &web_sys::Element) -> Colours {
        let computed = |selector: &str, property: &str| -> String {
            svg.query_selector(selector)
                .ok()
                .flatten()
                .and_then(|element| {
                    gloo::utils::window()
                        .get_computed_style(&element)
                        .ok()
                        .flatten()
                })
                .and_then(|style| style.get_property_value(property).ok())
                .filter(|value| !value.is_empty() && value != "none")
                .unwrap_or_else(|| FALLBACK.to_owned())
        };
        Colours {
            kinds: KINDS
                .map(|kind| computed(&format!(".node.kind-{} path", kind_key(kind)), "fill")),
            tie: computed(".edge", "stroke"),
        }
    }
}

/// Paints `positions` (map units) on `canvas`, sized to its box at the
/// device's pixel ratio, framed as the drawing's view box (centred, as
/// SVG's default `xMidYMid meet`). A hidden canvas, or one without a
/// context, is left as it is.
pub fn paint(
    canvas: &web_sys::HtmlCanvasElement,
    painter: &Painter,
    colours: &Colours,
    positions: &[(f32, f32)],
) {
    let (width, height) = (canvas.client_width(), canvas.client_height());
    if width <= 0 || height <= 0 {
        return;
    }
    let Some(context) = context_2d(canvas) else {
        return;
    };
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let (pixels_x, pixels_y) = (
        (f64::from(width) * ratio).round() as u32,
        (f64::from(height) * ratio).round() as u32,
    );
    if canvas.width() != pixels_x || canvas.height() != pixels_y {
        canvas.set_width(pixels_x);
        canvas.set_height(pixels_y);
    }
    let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    context.clear_rect(0.0, 0.0, f64::from(pixels_x), f64::from(pixels_y));
    let (x, y, w, h) = painter.view_box;
    let (x, y, w, h) = (
        f64::from(x),
        f64::from(y),
        f64::from(w).max(1e-3),
        f64::from(h).max(1e-3),
    );
    let fit = (f64::from(pixels_x) / w).min(f64::from(pixels_y) / h);
    let left = (f64::from(pixels_x) - w * fit) / 2.0 - x * fit;
    let top = (f64::from(pixels_y) - h * fit) / 2.0 - y * fit;
    let _ = context.set_transform(fit, 0.0, 0.0, fit, left, top);

    let drawn = sketch(
        &painter.corpus,
        &painter.map,
        &painter.shown,
        positions,
        painter.scale,
    );
    context.set_line_width(f64::from(painter.scale));
    context.set_stroke_style_str(&colours.tie);
    for (segments, alpha) in [(&drawn.typed, 0.75), (&drawn.co, 0.3)] {
        context.set_global_alpha(alpha);
        context.begin_path();
        for &[x0, y0, x1, y1] in segments {
            context.move_to(f64::from(x0), f64::from(y0));
            context.line_to(f64::from(x1), f64::from(y1));
        }
        context.stroke();
    }
    context.set_global_alpha(1.0);
    // Nodes in the drawing's order, one path for each run of one kind.
    let mut nodes = drawn.nodes.iter().peekable();
    while let Some((kind, _)) = nodes.peek() {
        let kind = *kind;
        context.set_fill_style_str(colours.kinds.get(kind).map_or(FALLBACK, String::as_str));
        context.begin_path();
        while let Some((_, outline)) = nodes.next_if(|(next, _)| *next == kind) {
            trace(&context, outline);
        }
        context.fill();
    }
    let painted = canvas
        .get_attribute("data-frame")
        .and_then(|count| count.parse::<u64>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-frame", &(painted + 1).to_string());
}

/// Adds `outline` to the context's current path.
fn trace(context: &web_sys::CanvasRenderingContext2d, outline: &Outline) {
    match outline {
        Outline::Circle(x, y, r) => {
            let (x, y, r) = (f64::from(*x), f64::from(*y), f64::from(*r));
            context.move_to(x + r, y);
            let _ = context.arc(x, y, r, 0.0, std::f64::consts::TAU);
        }
        Outline::Polygon(corners) => {
            let mut corners = corners.iter();
            if let Some(&(x, y)) = corners.next() {
                context.move_to(f64::from(x), f64::from(y));
                for &(x, y) in corners {
                    context.line_to(f64::from(x), f64::from(y));
                }
                context.close_path();
            }
        }
    }
}
