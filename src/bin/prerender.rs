//! Renders the first screen (the home view in its frame) natively, over the
//! corpus the build embeds, and prints it as HTML. `cargo xtask dist` puts it
//! into `index.html`, so the page paints before the wasm has arrived; the
//! app then replaces it with the same view, live.

use dossier::data::{load_corpus, CorpusHandle};
use dossier::route::Location;
use dossier::shell::{Shell, ShellProps};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let html = yew::ServerRenderer::<Shell>::with_props(|| ShellProps {
        location: Location::parse("#/"),
        corpus: load_corpus().map(CorpusHandle),
        children: yew::Html::default(),
        // embed.html keeps its loading line: the first screen is the full
        // app's home view, which an embed seldom opens on.
        embedded: false,
    })
    .hydratable(false)
    .render()
    .await;
    print!("{html}");
}
