//! Entry points for `cargo xtask bench` only: the `bench` feature, which the
//! benchmark's build turns on and the shipped `dist/` never has.
//!
//! [`LayoutBench`] runs the live layout of the build's actor map exactly
//! as the chart does after a drag (the build's positions taken up in layout
//! units, the build's parameters), so the benchmark can time our ticks
//! against another library's in the same page, on the same graph and from
//! the same start, which [`LayoutBench::graph_json`] hands over.

use std::fmt::Write as _;

use dossier_corpus::graph::{ActorMap, Layout};
use wasm_bindgen::prelude::*;

use crate::data::load_map;

/// The build's network layout, ready to be ticked from JavaScript.
#[wasm_bindgen]
pub struct LayoutBench {
    layout: Layout,
    start: Vec<(f32, f32)>,
    links: Vec<(u32, u32)>,
}

#[wasm_bindgen]
impl LayoutBench {
    /// The layout of the build's map at heat `alpha`, from the build's
    /// settled positions; an unreadable map gives an empty layout.
    #[wasm_bindgen(constructor)]
    pub fn new(alpha: f32) -> LayoutBench {
        let Ok(map) = load_map() else {
            return LayoutBench {
                layout: Layout::resume(Vec::new(), &[], ActorMap::params(), 0.0),
                start: Vec::new(),
                links: Vec::new(),
            };
        };
        let start: Vec<(f32, f32)> = map
            .positions
            .iter()
            .map(|&point| map.fit.to_layout(point))
            .collect();
        let links = map.network.links();
        LayoutBench {
            layout: Layout::resume(start.clone(), &links, ActorMap::params(), alpha),
            start,
            links: links.iter().map(|link| (link.a, link.b)).collect(),
        }
    }

    /// Runs `ticks` steps of the layout.
    pub fn run(&mut self, ticks: u32) {
        for _ in 0..ticks {
            self.layout.tick();
        }
    }

    /// The current heat, so the caller can see the layout really ran.
    pub fn alpha(&self) -> f32 {
        self.layout.alpha()
    }

    /// The starting positions and the links as JSON,
    /// `{"positions": [[x, y], ...], "links": [[a, b], ...]}`, so another
    /// simulation can start from the same graph and place.
    pub fn graph_json(&self) -> String {
        let mut json = String::from("{\"positions\":[");
        for (at, (x, y)) in self.start.iter().enumerate() {
            let comma = if at == 0 { "" } else { "," };
            let _ = write!(json, "{comma}[{x},{y}]");
        }
        json.push_str("],\"links\":[");
        for (at, (a, b)) in self.links.iter().enumerate() {
            let comma = if at == 0 { "" } else { "," };
            let _ = write!(json, "{comma}[{a},{b}]");
        }
        json.push_str("]}");
        json
    }
}
