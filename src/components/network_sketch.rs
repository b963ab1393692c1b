//! The actor map as a sketch while its layout moves: ties and nodes in a
//! few paths (see [`crate::network::sketch`]), drawn in place of the full
//! drawing's groups and ignored by the pointer.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::{CorpusHandle, MapHandle};
use crate::network::kind_key;
use crate::network::sketch::{sketch, KINDS};
use crate::network::Shown;

/// Props of [`NetworkSketch`].
#[derive(Properties, PartialEq)]
pub struct NetworkSketchProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The network.
    pub map: MapHandle,
    /// What to show.
    pub shown: Rc<Shown>,
    /// Where each node is now, in map units.
    pub positions: Rc<Vec<(f32, f32)>>,
    /// Map units per screen pixel.
    pub scale: f32,
}

/// The sketch.
#[component]
pub fn NetworkSketch(props: &NetworkSketchProps) -> Html {
    let drawn = sketch(
        &props.corpus,
        &props.map,
        &props.shown,
        &props.positions,
        props.scale,
    );
    let width = format!("{:.2}", props.scale);
    html! {
        <g class="sketch" aria-hidden="true">
            <g class="edges">
                <path class="edge" d={drawn.typed} stroke-width={width.clone()} />
                <path class="edge co" d={drawn.co} stroke-width={width} />
            </g>
            <g class="nodes">
                { for KINDS.iter().zip(drawn.shapes).map(|(&kind, shapes)| html! {
                    <g class={classes!("node", format!("kind-{}", kind_key(kind)))}><path d={shapes} /></g>
                }) }
            </g>
        </g>
    }
}
