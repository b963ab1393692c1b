//! The actor map's export buttons: the drawing as SVG and PNG, the network
//! as GraphML and GEXF, and the actors and their ties as CSV and JSON. Each
//! file holds what the view shows under its filters, not the whole corpus,
//! and every tie keeps the documents and sentences that state it. The files
//! are written by the engine's `export` functions, the same ones that
//! `dossier export` uses; nothing leaves the page.

use std::rc::Rc;

use dossier_corpus::export::{
    actors_csv_for, actors_json_for, gexf, graphml, relations_csv_for, relations_json_for,
    relations_of_edges, sub_network,
};
use yew::prelude::*;

use crate::components::export_buttons::{download, save_png, standalone_svg};
use crate::data::{CorpusHandle, MapHandle};
use crate::network::Shown;

/// Props of [`NetworkExports`].
#[derive(Properties, PartialEq)]
pub struct NetworkExportsProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The network and its layout.
    pub map: MapHandle,
    /// What the view shows.
    pub shown: Rc<Shown>,
}

/// The files one button writes.
#[derive(Clone, Copy, PartialEq)]
enum File {
    Graphml,
    Gexf,
    ActorsCsv,
    ActorsJson,
    TiesCsv,
    TiesJson,
}

/// The buttons, each with its text and its accessible name.
const FILES: [(File, &str); 6] = [
    (File::Graphml, "GraphML"),
    (File::Gexf, "GEXF"),
    (File::ActorsCsv, "Actors CSV"),
    (File::ActorsJson, "Actors JSON"),
    (File::TiesCsv, "Ties CSV"),
    (File::TiesJson, "Ties JSON"),
];

/// The export buttons of the actor map.
#[component]
pub fn NetworkExports(props: &NetworkExportsProps) -> Html {
    let svg = Callback::from(|_: MouseEvent| {
        if let Some(text) = network_svg() {
            download(&text, "image/svg+xml;charset=utf-8", "dossier-network.svg");
        }
    });
    let png = Callback::from(|_: MouseEvent| {
        if let Some(text) = network_svg() {
            save_png(&text, "dossier-network.png");
        }
    });
    let button = |(file, text): (File, &'static str)| {
        let corpus = props.corpus.clone();
        let map = props.map.clone();
        let shown = props.shown.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let (text, mime, name) = write(file, &corpus, &map, &shown);
            download(&text, mime, name);
        });
        html! { <button type="button" {onclick}>{ text }</button> }
    };
    html! {
        <span class="group" role="group" aria-label="Export">{ "Export: " }
            <button type="button" onclick={svg}>{ "SVG" }</button>
            <button type="button" onclick={png}>{ "PNG" }</button>
            { for FILES.into_iter().map(button) }
        </span>
    }
}

/// The text of `file` for the view, its MIME type and its file name. The
/// actors come in corpus order, as `dossier export` writes them.
fn write(
    file: File,
    corpus: &CorpusHandle,
    map: &MapHandle,
    shown: &Shown,
) -> (String, &'static str, &'static str) {
    let mut actors = shown.nodes.clone();
    actors.sort_unstable();
    let relations = || relations_of_edges(corpus, &map.network, &shown.edges);
    let part = || sub_network(&map.network, &map.positions, &actors, &shown.edges);
    const CSV: &str = "text/csv;charset=utf-8";
    const JSON: &str = "application/json";
    match file {
        File::Graphml => (
            graphml(corpus, &part().0),
            "application/graphml+xml",
            "dossier-network.graphml",
        ),
        File::Gexf => {
            let (network, positions) = part();
            (
                gexf(corpus, &network, Some(&positions)),
                "application/gexf+xml",
                "dossier-network.gexf",
            )
        }
        File::ActorsCsv => (actors_csv_for(corpus, &actors), CSV, "dossier-actors.csv"),
        File::ActorsJson => (
            actors_json_for(corpus, &actors),
            JSON,
            "dossier-actors.json",
        ),
        File::TiesCsv => (
            relations_csv_for(corpus, &relations()),
            CSV,
            "dossier-relations.csv",
        ),
        File::TiesJson => (
            relations_json_for(corpus, &relations()),
            JSON,
            "dossier-relations.json",
        ),
    }
}

/// The network drawing as a file of its own, at a fixed size.
fn network_svg() -> Option<String> {
    standalone_svg("svg.network-svg", NETWORK_EXPORT_STYLE, |copy| {
        copy.set_attribute("width", "1200").ok()?;
        copy.set_attribute("height", "744").ok()
    })
}

/// The network's look in an exported file, which has no page stylesheet.
const NETWORK_EXPORT_STYLE: &str = "
text { font-family: system-ui, sans-serif; fill: #1d1d1f; }
.edge { stroke: #8c8a84; stroke-opacity: 0.8; }
.edge.co { stroke-dasharray: 3 3; }
.arrowhead { fill: #8c8a84; }
.node path { stroke: #ffffff; stroke-width: 1.5; }
.kind-person path { fill: #8a3b12; }
.kind-group path { fill: #1f5f8b; }
.kind-state path { fill: #3b7a3b; }
.kind-place path { fill: #7a5a9e; }
";
