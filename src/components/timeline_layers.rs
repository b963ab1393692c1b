//! What the timeline's marks viewport holds at each render: the full layer
//! (every mark a link, drawn by `TimelineMarks`) and, while the window moves
//! over a crowded layer, its sketch (`TimelineSketch`), with the transforms
//! that put each under the window.
//!
//! A light layer moves and stretches with the window and is drawn again
//! when the window leaves it, as before. A crowded one (more than
//! [`SKETCH_ABOVE`] marks) is hidden and left alone during a gesture: the
//! sketch of the window's own layer stands in for it, and the full layer is
//! drawn again once the window has been still for [`SETTLE_MS`]. The sketch
//! itself is drawn again only when its layer no longer holds the window
//! (`layer::holds`). So a gesture step over any corpus costs a few paths,
//! and the page never holds more than one layer of marks.
//!
//! Lanes are packed once per zoom level and kept (a level is a power of two
//! of days, so there are a few dozen at most); a step then only looks up the
//! marks of its layer.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::timeline_marks::{look_of, pack_lanes, PackedLanes, ROW};
use crate::data::CorpusHandle;
use crate::timeline::lanes::Lane;
use crate::timeline::layer::{holds, layer_for, layer_transform, Layer};
use crate::timeline::scale::Window;
use crate::timeline::sketch::{sketch, MarkSketch, Rows, SKETCH_ABOVE};

/// Rows per lane before marks gather into clusters.
pub const ROWS: usize = 3;
/// Height of the axis band.
pub const AXIS: f64 = 26.0;
/// Height of the publication-date band.
pub const PUBLISHED: f64 = 22.0;
/// How long the window must be still before the full layer is drawn again
/// at it, milliseconds.
pub const SETTLE_MS: u32 = 200;

/// The marks viewport's contents for one render.
pub struct Layers {
    /// The lanes as they stand on screen now (their heights follow the
    /// level shown), for the lane bands and the chart's height.
    pub shown: PackedLanes,
    /// The full layer's packing.
    pub full: PackedLanes,
    /// The full layer.
    pub full_layer: Layer,
    /// The span (days) of the window the full layer was drawn at.
    pub full_span: f64,
    /// Where the full layer's box sits: a shift (pixels) and a stretch.
    pub full_transform: (f64, f64),
    /// The sketch that stands in for the full layer, if the window is
    /// moving over a crowded one.
    pub sketch: Option<SketchLayer>,
}

/// A sketch, where it sits and how wide it is.
pub struct SketchLayer {
    /// The paths.
    pub paths: Rc<MarkSketch>,
    /// A shift (pixels) and a stretch, as for the full layer.
    pub transform: (f64, f64),
    /// Width of its layer at its level's scale, pixels.
    pub width: f64,
}

/// Packings by level, for one set of lanes and one plot width.
#[derive(Default)]
struct PackCache {
    key: Option<(Rc<Vec<Lane>>, u64)>,
    levels: HashMap<i32, PackedLanes>,
}

impl PackCache {
    fn get(
        &mut self,
        corpus: &CorpusHandle,
        lanes: &Rc<Vec<Lane>>,
        plot: f64,
        level: i32,
    ) -> PackedLanes {
        let same = self
            .key
            .as_ref()
            .is_some_and(|(kept, width)| Rc::ptr_eq(kept, lanes) && *width == plot.to_bits());
        if !same {
            self.key = Some((lanes.clone(), plot.to_bits()));
            self.levels.clear();
        }
        self.levels
            .entry(level)
            .or_insert_with(|| pack_lanes(corpus, lanes, level, plot, ROWS, AXIS + PUBLISHED))
            .clone()
    }
}

/// The layers for `window` on a plot `plot` pixels wide. `jump` asks for
/// the full layer at once (a focused mark brought into view is not a
/// gesture); it is cleared when read. With `keep_full` (a mark has the
/// focus), the full layer stays shown, as a light one does.
#[hook]
pub fn use_layers(
    corpus: &CorpusHandle,
    lanes: &Rc<Vec<Lane>>,
    window: Window,
    plot: f64,
    jump: &Rc<Cell<bool>>,
    keep_full: bool,
) -> Layers {
    let cache = use_mut_ref(PackCache::default);
    let packed_at = |level: i32| cache.borrow_mut().get(corpus, lanes, plot, level);
    // The window and plot the full layer was drawn at.
    let drawn = use_mut_ref(|| (window, plot));
    if drawn.borrow().1 != plot || jump.take() {
        *drawn.borrow_mut() = (window, plot);
    }
    let here = layer_for(window, plot);
    let mut full_window = drawn.borrow().0;
    let mut full_layer = layer_for(full_window, plot);
    let mut full = packed_at(full_layer.level);
    let crowded = !keep_full && full.count_in(full_layer) > SKETCH_ABOVE;
    if !crowded && full_layer != here {
        // A light layer is drawn again as soon as the window leaves it.
        *drawn.borrow_mut() = (window, plot);
        (full_window, full_layer) = (window, here);
        full = packed_at(here.level);
    }
    let moving = full_window != window;
    let sketching = crowded && moving;
    let redraw = use_force_update();
    let settle = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let drawn = drawn.clone();
        use_effect(move || {
            // Draw the full layer at the window once it has been still.
            *settle.borrow_mut() = moving.then(|| {
                gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                    *drawn.borrow_mut() = (window, plot);
                    redraw.force_update();
                })
            });
        });
    }
    // While the sketch stands in, the hidden full layer stays where it was.
    let full_at = if sketching { full_window } else { window };
    let (shift, _) = layer_transform(full_layer, full_at, plot);
    let full_transform = (shift, full_window.span() / full_at.span());
    // The sketch's layer is kept while it holds the window, so that most
    // steps of a gesture only move it.
    let kept = use_mut_ref(|| None::<Layer>);
    let sketch_layer = sketching.then(|| match *kept.borrow() {
        Some(layer) if holds(layer, window, plot) => layer,
        _ => here,
    });
    *kept.borrow_mut() = sketch_layer;
    let shown = match sketch_layer {
        Some(layer) => packed_at(layer.level),
        None => full.clone(),
    };
    let published_days = use_memo(corpus.clone(), |corpus| {
        let mut days: Vec<i64> = corpus
            .documents
            .iter()
            .filter_map(|document| Some(document.date.as_ref()?.start.to_days()))
            .collect();
        days.sort_unstable();
        days
    });
    let paths = use_memo(sketch_layer.map(|layer| (layer, shown.clone())), |key| {
        key.as_ref().map(|(layer, packed)| {
            let rows = Rows {
                row: ROW,
                published_top: AXIS,
            };
            Rc::new(sketch(&packed.0, *layer, rows, &published_days, |index| {
                corpus.events.get(index).map(look_of)
            }))
        })
    });
    let sketch = (*paths)
        .clone()
        .zip(sketch_layer)
        .map(|(paths, layer)| SketchLayer {
            paths,
            transform: layer_transform(layer, window, plot),
            width: (layer.end - layer.start) * layer.px_per_day,
        });
    Layers {
        shown,
        full,
        full_layer,
        full_span: full_window.span(),
        full_transform,
        sketch,
    }
}
