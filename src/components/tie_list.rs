//! An actor's ties, each with its evidence sentences, every one a link into
//! the reader at that sentence. Typed ties come first; being named together
//! is summed up in one line, since it says less.

use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::route::Route;

/// Props of [`TieList`].
#[derive(Properties, PartialEq)]
pub struct TieListProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The actor's id.
    pub actor: String,
    /// Most ties listed (0 for all).
    #[prop_or_default]
    pub limit: usize,
}

/// The list of ties.
#[component]
pub fn TieList(props: &TieListProps) -> Html {
    let corpus = &props.corpus;
    let name = |id: &str| {
        corpus
            .actors
            .iter()
            .find(|actor| actor.id == id)
            .map_or(id.to_owned(), |actor| actor.name.clone())
    };
    let typed: Vec<_> = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind != "co_occurs")
        .filter(|relation| relation.source == props.actor || relation.target == props.actor)
        .collect();
    let together = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind == "co_occurs")
        .filter(|relation| relation.source == props.actor || relation.target == props.actor)
        .count();
    let limit = if props.limit == 0 {
        usize::MAX
    } else {
        props.limit
    };
    html! {
        <div class="tie-list">
            <h3>{ if typed.is_empty() { "No stated tie".to_owned() } else { format!("{} stated ties", typed.len()) } }</h3>
            <ul class="sources">
                { for typed.iter().take(limit).map(|relation| {
                    let outgoing = relation.source == props.actor;
                    let other = if outgoing { &relation.target } else { &relation.source };
                    let kind = relation.kind.replace('_', " ");
                    let line = match (relation.directed, outgoing) {
                        (false, _) => format!("{kind} · {}", name(other)),
                        (true, true) => format!("{kind} → {}", name(other)),
                        (true, false) => format!("{} → {kind} (this actor)", name(other)),
                    };
                    html! {
                        <li data-tie={format!("{}-{}-{}", relation.source, relation.kind, relation.target)}>
                            <a class="tie-other" data-actor={other.clone()} href={Route::Actor { id: other.clone() }.href()}>{ line }</a>
                            { for relation.evidence.iter().map(|source| {
                                let document = corpus.document(&source.doc);
                                let text = document
                                    .and_then(|document| document.sentence(&source.sentence))
                                    .map(|sentence| sentence.text.clone())
                                    .unwrap_or_default();
                                let href = Route::Article { doc: source.doc.clone(), sentence: Some(source.sentence.clone()) }.href();
                                html! {
                                    <blockquote><a class="evidence" href={href}>{ text }</a></blockquote>
                                }
                            }) }
                        </li>
                    }
                }) }
            </ul>
            if typed.len() > limit {
                <p class="more">{ format!("and {} more on the actor’s page", typed.len() - limit) }</p>
            }
            if together > 0 {
                <p class="together">{ format!("Named in the same sentence as {together} other actors.") }</p>
            }
        </div>
    }
}
