//! The actor map at `#/actors`: who is tied to whom, with the evidence for
//! every tie. The URL holds the filters and the actor in focus; the chart
//! holds only the view (zoom, pan, dragged nodes).

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::date_window::DateWindow;
use crate::components::network_chart::NetworkChart;
use crate::components::network_exports::NetworkExports;
use crate::components::tie_list::TieList;
use crate::data::{CorpusHandle, MapHandle};
use crate::network::{kind_key, shown};
use crate::route::{ActorsQuery, Lens, Location, Route, TimelineQuery, KINDS};

/// Props of [`ActorsPage`].
#[derive(Properties, PartialEq)]
pub struct ActorsPageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The network and its layout.
    pub map: MapHandle,
    /// The map's own state from the URL.
    pub query: ActorsQuery,
    /// The shared lens: kinds, the date window, the actor in focus.
    pub lens: Lens,
}

/// The actor map page.
#[component]
pub fn ActorsPage(props: &ActorsPageProps) -> Html {
    let corpus = props.corpus.clone();
    let query = &props.query;
    let lens = &props.lens;
    let visible = {
        let key = (
            corpus.clone(),
            props.map.clone(),
            query.clone(),
            lens.clone(),
        );
        (*use_memo(key, |(corpus, map, query, lens)| {
            Rc::new(shown(corpus, map, query, lens))
        }))
        .clone()
    };
    let on_focus = {
        let query = query.clone();
        let lens = lens.clone();
        Callback::from(move |id: String| {
            let href = query.with(&lens, |_, lens| lens.actors = vec![id]);
            let _ = gloo::utils::window().location().set_hash(&href);
        })
    };
    let focus = lens
        .focus()
        .and_then(|id| corpus.actors.iter().find(|actor| &actor.id == id));
    let relation_kinds: BTreeSet<String> = props
        .map
        .network
        .edges
        .iter()
        .filter(|edge| !edge.co_occurs)
        .map(|edge| edge.kind.clone())
        .collect();
    let kind_link = |kind: &'static str| {
        let on = lens.kinds.iter().any(|chosen| chosen == kind);
        let href = query.with(lens, |_, lens| {
            if on {
                lens.kinds.retain(|chosen| chosen != kind);
            } else {
                lens.kinds.push(kind.to_owned());
            }
        });
        html! { <a class={classes!("toggle", format!("kind-{kind}"))} href={href} aria-current={on.then_some("true")}>{ kind }</a> }
    };
    let rel_link = |kind: &String| {
        let on = query.rels.contains(kind);
        let href = query.with(lens, |query, _| {
            if on {
                query.rels.retain(|chosen| chosen != kind);
            } else {
                query.rels.push(kind.clone());
            }
        });
        html! { <a class="toggle" href={href} aria-current={on.then_some("true")}>{ kind.replace('_', " ") }</a> }
    };
    let min_link = |min: u32| {
        let href = query.with(lens, |query, _| query.min = min);
        html! { <a href={href} aria-current={(query.min == min).then_some("true")}>{ if min == 0 { "any".to_owned() } else { format!("{min}+") } }</a> }
    };
    let on_window = {
        let query = query.clone();
        let lens = lens.clone();
        Callback::from(move |(from, to)| {
            let href = query.with(&lens, |_, lens| {
                lens.from = from;
                lens.to = to;
            });
            let _ = gloo::utils::window().location().set_hash(&href);
        })
    };
    html! {
        <section class="actors-page" data-view="actors">
            <div class="timeline-head">
                <h1 tabindex="-1">{ "Actors" }</h1>
                <p class="lede">{ format!("{} actors and {} ties shown", visible.nodes.len(), visible.edges.len()) }
                    if visible.alone > 0 { { format!("; {} without a tie in this view", visible.alone) } }
                </p>
            </div>
            <div class="timeline-toolbar network-toolbar">
                <span class="group" role="group" aria-label="Kinds">{ "Kinds: " }{ for KINDS.iter().map(|kind| kind_link(kind)) }</span>
                <span class="group" role="group" aria-label="Ties">{ "Ties: " }{ for relation_kinds.iter().map(rel_link) }
                    <a class="toggle" href={query.with(lens, |query, _| query.co = !query.co)} aria-current={query.co.then_some("true")}>{ "named together" }</a>
                </span>
                <span class="group" role="group" aria-label="Mentions">{ "Mentions: " }{ min_link(0) }{ min_link(2) }{ min_link(5) }{ min_link(10) }</span>
                <DateWindow from={lens.from} to={lens.to} on_apply={on_window} />
                <NetworkExports corpus={corpus.clone()} map={props.map.clone()} shown={visible.clone()} />
                <a href={query.with(lens, |query, lens| { *query = ActorsQuery::default(); lens.kinds.clear(); lens.from = None; lens.to = None; })}>{ "Reset filters" }</a>
            </div>
            <div class="timeline-body">
                <div class="network-main">
                    if visible.nodes.is_empty() {
                        <p class="notice" role="status">{ "No tie matches these filters. " }
                            <a href={query.with(lens, |query, lens| { *query = ActorsQuery::default(); lens.kinds.clear(); lens.from = None; lens.to = None; })}>{ "Show every tie" }</a></p>
                    } else {
                        <NetworkChart corpus={corpus.clone()} map={props.map.clone()} shown={visible.clone()} focus={lens.focus().cloned()} {on_focus} />
                    }
                </div>
                if let Some(actor) = focus {
                    <aside class="event-card actor-card" aria-labelledby="actor-card-title" data-card={actor.id.clone()}>
                        <a class="close" href={query.with(lens, |_, lens| lens.actors.retain(|other| other != &actor.id))} aria-label="Close">{ "×" }</a>
                        <p class="event-type">{ kind_key(actor.kind) }</p>
                        <h2 id="actor-card-title">{ actor.name.clone() }</h2>
                        if let Some(role) = &actor.role { <p>{ role.clone() }</p> }
                        <p class="actors">
                            <a class="actor-chip" href={Location::new(Route::Actor { id: actor.id.clone() }, lens.clone()).href()}>{ "Open the actor’s page" }</a>
                            <a class="actor-chip" href={TimelineQuery::default().with(lens, |_, lens| lens.actors = vec![actor.id.clone()])}>{ "Their events on the timeline" }</a>
                        </p>
                        <TieList corpus={corpus.clone()} actor={actor.id.clone()} limit={6} />
                    </aside>
                }
            </div>
            <p class="legend-line network-legend">
                <span class="key kind-person">{ "person" }</span>
                <span class="key kind-group">{ "armed group or organisation" }</span>
                <span class="key kind-state">{ "state or government body" }</span>
                <span class="key kind-place">{ "place" }</span>
                <span class="key arrow">{ "directed tie (arrow), thicker with more evidence" }</span>
                <span class="key co">{ "named together (dashed)" }</span>
            </p>
        </section>
    }
}
