//! The marks layer's sketch (`timeline/sketch.rs`): a handful of paths that
//! stand in for a crowded layer while the window moves. It is decoration:
//! hidden from assistive technology and from the pointer, since the full
//! layer, with every link, comes back once the gesture stops.

use std::rc::Rc;

use yew::prelude::*;

use crate::timeline::sketch::MarkSketch;

/// Props of [`TimelineSketch`].
#[derive(Properties, PartialEq)]
pub struct TimelineSketchProps {
    /// The paths.
    pub sketch: Rc<MarkSketch>,
    /// Width of the layer, pixels.
    pub width: f64,
    /// Height of the chart, pixels.
    pub height: f64,
}

/// The sketch.
#[component]
pub fn TimelineSketch(props: &TimelineSketchProps) -> Html {
    html! {
        <svg class="sketch-svg" aria-hidden="true" width={format!("{:.0}", props.width)} height={format!("{:.0}", props.height)}>
            { for props.sketch.pieces.iter().map(|piece| html! {
                <path class={piece.shade.class()} d={piece.d.clone()} />
            }) }
        </svg>
    }
}
