//! Search results at `#/search?q=`: actors, events and sentences at once,
//! grouped, with the matches marked. The index was built at compile time;
//! this page folds the query and looks it up as one types.

use std::collections::BTreeSet;
use std::rc::Rc;

use dossier_corpus::search::{marked_words, search, SearchIndex};
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::data::CorpusHandle;
use crate::highlight::{segments, Mark};
use crate::network::kind_key;
use crate::route::{Lens, Location, Route, TimelineQuery};

/// Most sentences listed.
const SENTENCES: usize = 60;

/// Props of [`SearchPage`].
#[derive(Properties, PartialEq)]
pub struct SearchPageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The index.
    pub index: Rc<SearchIndex>,
    /// The shared lens; its `query` is what was typed.
    pub lens: Lens,
}

/// The results page.
#[component]
pub fn SearchPage(props: &SearchPageProps) -> Html {
    let corpus = &props.corpus;
    let query = &props.lens.query;
    let found = search(corpus, &props.index, query, SENTENCES);
    // Links keep the lens, the search included, so the reader marks it.
    let link = |route: Route| Location::new(route, props.lens.clone()).href();
    let found_ids: BTreeSet<&str> = found
        .actors
        .iter()
        .filter_map(|&at| corpus.actors.get(at))
        .map(|actor| actor.id.as_str())
        .collect();
    let total = found.actors.len() + found.events.len() + found.sentences.len();
    html! {
        <section class="search-page" data-view="search">
            <h1 tabindex="-1">{ if query.trim().is_empty() { "Search".to_owned() } else { format!("“{}”", query.trim()) } }</h1>
            if query.trim().is_empty() {
                <p class="lede">{ "Type in the search box (the / key takes you there): names in any spelling, words, places. Actors, events and sentences are searched at once." }</p>
            } else if total == 0 {
                <p class="notice" role="status">{ "Nothing found. Try fewer words, or another spelling." }</p>
            } else {
                <p class="lede" role="status">{ format!("{} actors, {} events, {}{} sentences", found.actors.len(), found.events.len(), found.sentences.len(), if found.sentences.len() == SENTENCES { "+" } else { "" }) }</p>
            }
            if !found.actors.is_empty() {
                <section aria-labelledby="found-actors">
                    <h2 id="found-actors">{ "Actors" }</h2>
                    <p class="actors">
                        { for found.actors.iter().filter_map(|&at| corpus.actors.get(at)).map(|actor| html! {
                            <a class="actor-chip" data-actor={actor.id.clone()} href={link(Route::Actor { id: actor.id.clone() })}>
                                { actor.name.clone() }<span class="chip-note">{ format!(" · {} · {}", kind_key(actor.kind), actor.mentions) }</span>
                            </a>
                        }) }
                    </p>
                </section>
            }
            if !found.events.is_empty() {
                <section aria-labelledby="found-events">
                    <h2 id="found-events">{ "Events" }</h2>
                    <ul class="actor-events">
                        { for found.events.iter().take(30).filter_map(|&at| corpus.events.get(at)).map(|event| {
                            let href = link(Route::Timeline(TimelineQuery { event: Some(event.id.clone()), ..TimelineQuery::default() }));
                            html! { <li data-event={event.id.clone()}><a href={href}>{ format!("{} · {}", date_range(event), type_label(&event.r#type)) }</a></li> }
                        }) }
                    </ul>
                </section>
            }
            if !found.sentences.is_empty() {
                <section aria-labelledby="found-sentences">
                    <h2 id="found-sentences">{ "Sentences" }</h2>
                    <ol class="search-sentences">
                        { for found.sentences.iter().filter_map(|&(doc_at, sentence_at)| {
                            let document = corpus.documents.get(doc_at)?;
                            let sentence = document.sentences.get(sentence_at)?;
                            // Matched words, and the found actors' mentions in
                            // whatever form ("KH" for a search for Kata'ib).
                            let mut marks: Vec<(usize, usize, Mark)> = marked_words(&sentence.text, &found.words)
                                .into_iter()
                                .map(|range| (range.start, range.end, Mark::Hit))
                                .collect();
                            marks.extend(document.mentions.iter()
                                .filter(|mention| mention.sentence == sentence.id && found_ids.contains(mention.actor.as_str()))
                                .map(|mention| (mention.start as usize, mention.end as usize, Mark::Hit)));
                            let href = link(Route::Article { doc: document.id.clone(), sentence: Some(sentence.id.clone()) });
                            Some(html! {
                                <li data-result={format!("{}/{}", document.id, sentence.id)}>
                                    <a href={href}>{ for segments(&sentence.text, marks).into_iter().map(|segment| match segment.mark {
                                        None => html! { { segment.text } },
                                        Some(_) => html! { <mark class="hit">{ segment.text }</mark> },
                                    }) }</a>
                                    <span class="result-source">{ format!(" — {}", document.title) }</span>
                                </li>
                            })
                        }) }
                    </ol>
                </section>
            }
        </section>
    }
}
