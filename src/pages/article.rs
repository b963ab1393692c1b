//! One article, cleaned up: headline, byline, paragraphs and lists, captions
//! set apart, trailers after the end; every sentence addressable. The shared
//! lens shows here too: the chosen actors' mentions stand out, sentences
//! outside the date window are dimmed, and the search's matches are marked.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use dossier_corpus::search::{search, SearchIndex};
use wasm_bindgen::JsCast;

use dossier_corpus::{
    Actor, Caption, Confidence, Document, Paragraph, ParagraphKind, Sentence, TrailerKind,
};
use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::format::{format_date_value, format_doc_date, reading_minutes};
use crate::highlight::{kind_class, kind_label, segments, Mark};
use crate::reader::{outside_window, search_marks, SearchMarks};
use crate::route::{Lens, Location, Route};

/// Props of [`ArticlePage`].
#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The document's id (the caller has checked that it exists).
    pub doc: String,
    /// The sentence to highlight.
    #[prop_or_default]
    pub focus: Option<String>,
    /// The shared lens.
    #[prop_or_default]
    pub lens: Lens,
    /// The search index, to mark the lens's search.
    #[prop_or_default]
    pub index: Option<Rc<SearchIndex>>,
}

/// The article page.
#[component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let found = use_memo(
        (
            props.corpus.clone(),
            props.index.clone(),
            props.lens.query.clone(),
        ),
        |(corpus, index, query)| match index {
            Some(index) if !query.trim().is_empty() => Some(search(corpus, index, query, 1)),
            _ => None,
        },
    );
    let Some(document) = props.corpus.document(&props.doc) else {
        // The router checks first; this only guards against a blank page.
        return html! { <crate::pages::NotFound title="No such document" detail={format!("There is no document with the id “{}”.", props.doc)} /> };
    };
    let sentences: HashMap<&str, &Sentence> = document
        .sentences
        .iter()
        .map(|sentence| (sentence.id.as_str(), sentence))
        .collect();
    let actors: HashMap<&str, &Actor> = props
        .corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor))
        .collect();
    let mut marks: HashMap<&str, Vec<(usize, usize, Mark)>> = HashMap::new();
    for mention in &document.mentions {
        if let Some(actor) = actors.get(mention.actor.as_str()) {
            let mark = Mark::Actor {
                id: &actor.id,
                name: &actor.name,
                kind: actor.kind,
            };
            marks.entry(mention.sentence.as_str()).or_default().push((
                mention.start as usize,
                mention.end as usize,
                mark,
            ));
        }
    }
    for timex in &document.timexes {
        marks.entry(timex.sentence.as_str()).or_default().push((
            timex.start as usize,
            timex.end as usize,
            Mark::Date(timex.value),
        ));
    }
    let hits = (*found)
        .as_ref()
        .map(|found| search_marks(&props.corpus, document, found))
        .unwrap_or_default();
    for (sentence, ranges) in &hits.words {
        marks.entry(sentence.as_str()).or_default().extend(
            ranges
                .iter()
                .map(|range| (range.start, range.end, Mark::Hit)),
        );
    }
    let here = Location::new(
        Route::Article {
            doc: document.id.clone(),
            sentence: props.focus.clone(),
        },
        props.lens.clone(),
    );
    let view = SentenceView {
        doc: &document.id,
        sentences: &sentences,
        marks: &marks,
        focus: props.focus.as_deref(),
        dimmed: outside_window(&props.corpus, document, &props.lens),
        chosen: &props.lens.actors,
        hits: &hits,
    };
    // A click on a mention chooses its actor (or lets it go), for every view.
    let onclick = {
        let here = here.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(mark) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("mark[data-actor]").ok().flatten())
            else {
                return;
            };
            if let Some(id) = mark.get_attribute("data-actor") {
                let _ = gloo::utils::window()
                    .location()
                    .set_hash(&toggle_actor(&here, &id));
            }
        })
    };
    let cast = cast_of(document, &props.corpus);
    html! {
        <article class="article" data-view="article" data-doc={document.id.clone()} aria-labelledby="article-title">
            <header class="article-header">
                <p class="back"><a href={Route::Reader.href()}>{ "← All documents" }</a></p>
                <h1 id="article-title" tabindex="-1">{ &document.title }</h1>
                if document.title_derived {
                    <p class="note">{ "This file has no headline: the title is its first sentence, shortened." }</p>
                }
                { byline(document) }
                if !cast.is_empty() {
                    <p class="cast" aria-label="Choose an actor for every view">
                        <span class="lens-title">{ "Actors here:" }</span>
                        { for cast.iter().map(|(id, name, kind)| {
                            let on = props.lens.actors.contains(id);
                            html! {
                                <a class={classes!("actor-chip", kind_class(*kind))} data-choose={id.clone()}
                                    href={toggle_actor(&here, id)} aria-current={on.then_some("true")}>{ name.clone() }</a>
                            }
                        }) }
                    </p>
                }
                if !view.dimmed.is_empty() {
                    <p class="note">{ format!("{} sentences outside the date window are dimmed.", view.dimmed.len()) }</p>
                }
            </header>
            <div class="article-body" {onclick}>
                { body(document, &view) }
            </div>
            if !document.trailers.is_empty() {
                <aside class="trailers" aria-label="After the article">
                    { for document.trailers.iter().map(|trailer| html! {
                        <p class={classes!("trailer", trailer_class(trailer.kind))}>{ &trailer.text }</p>
                    }) }
                </aside>
            }
        </article>
    }
}

/// What a paragraph needs to render its sentences.
struct SentenceView<'a> {
    doc: &'a str,
    sentences: &'a HashMap<&'a str, &'a Sentence>,
    marks: &'a HashMap<&'a str, Vec<(usize, usize, Mark<'a>)>>,
    focus: Option<&'a str>,
    /// Sentences outside the lens's date window.
    dimmed: HashSet<&'a str>,
    /// The lens's actors.
    chosen: &'a [String],
    /// The search's marks.
    hits: &'a SearchMarks,
}

impl SentenceView<'_> {
    /// The sentence with its actor mentions and dates marked.
    fn highlighted(&self, sentence: &Sentence) -> Html {
        let marks = self
            .marks
            .get(sentence.id.as_str())
            .cloned()
            .unwrap_or_default();
        let pieces = segments(&sentence.text, marks).into_iter().map(|segment| match segment.mark {
            None => html! { { segment.text } },
            Some(Mark::Actor { id, name, kind }) => {
                let chosen = self.chosen.iter().any(|other| other == id);
                let hit = self.hits.actors.contains(id);
                html! {
                    <mark class={classes!("actor", kind_class(kind), chosen.then_some("chosen"), hit.then_some("hit"))} data-actor={id.to_owned()}
                        title={format!("{name} · {}", kind_label(kind))}>{ segment.text }</mark>
                }
            }
            Some(Mark::Date(value)) => {
                let (datetime, title) = match value {
                    Some(value) => (Some(value.start.to_string()), format_date_value(&value)),
                    None => (None, "a time the text does not fix to a date".to_owned()),
                };
                html! { <time class={classes!("timex", value.is_none().then_some("unresolved"))} {datetime} title={title}>{ segment.text }</time> }
            }
            Some(Mark::Hit) => html! { <mark class="hit">{ segment.text }</mark> },
        });
        html! { <>{ for pieces }</> }
    }
    fn render(&self, ids: &[String]) -> Html {
        let spans = ids
            .iter()
            .filter_map(|id| self.sentences.get(id.as_str()))
            .map(|sentence| {
                let focused = self.focus == Some(sentence.id.as_str());
                let dimmed = self.dimmed.contains(sentence.id.as_str());
                let href = Route::Article {
                    doc: self.doc.to_owned(),
                    sentence: Some(sentence.id.clone()),
                };
                html! {
                    <>
                        <span class={classes!("sentence", focused.then_some("focused"), dimmed.then_some("dimmed"))}
                            data-sentence={sentence.id.clone()}
                            data-href={href.href()}
                            aria-current={focused.then_some("location")}>
                                                    { self.highlighted(sentence) }
                    </span>
                        { " " }
                    </>
                }
            });
        html! { <>{ for spans }</> }
    }
}

fn byline(document: &Document) -> Html {
    let date = document.date.as_ref().map(|date| {
        html! {
            <span class="date">
                <time datetime={date.start.to_string()}>{ format_doc_date(date) }</time>
                if date.inferred {
                    <span class="badge" title={date.evidence.clone()}>{ "inferred" }</span>
                }
            </span>
        }
    });
    let inferred_note = document.date.as_ref().filter(|date| date.inferred).map(|date| {
        let confidence = match date.confidence {
            Confidence::Stated | Confidence::High => "high confidence",
            Confidence::Medium => "medium confidence",
            Confidence::Low => "low confidence",
        };
        html! { <p class="note date-evidence">{ format!("No dateline: the date is {} ({confidence}).", lowercase_first(&date.evidence)) }</p> }
    });
    html! {
        <>
        <p class="byline">
            if let Some(author) = &document.author { <span class="author">{ format!("By {author}") }</span> }
            if let Some(publisher) = &document.publisher { <span class="publisher">{ publisher }</span> }
            { date.unwrap_or_else(|| html! { <span class="date unknown">{ "Undated" }</span> }) }
                        <span class="length">{ format!("{} min read", reading_minutes(document.words)) }</span>
        </p>
        { inferred_note }
        <p class="legend" aria-label="Highlights">
            <span class="actor kind-person">{ "person" }</span>
            <span class="actor kind-group">{ "group" }</span>
            <span class="actor kind-state">{ "state" }</span>
            <span class="actor kind-place">{ "place" }</span>
            <span class="timex">{ "date" }</span>
        </p>
        </>
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Paragraphs in order, consecutive list items in one list, each caption
/// before the paragraph it preceded in the file.
fn body(document: &Document, view: &SentenceView) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut items: Vec<Html> = Vec::new();
    let captions_before = |index: usize| -> Vec<&Caption> {
        document
            .captions
            .iter()
            .filter(|caption| caption.before_paragraph as usize == index)
            .collect()
    };
    let flush = |items: &mut Vec<Html>, out: &mut Vec<Html>| {
        if !items.is_empty() {
            out.push(html! { <ul>{ for items.drain(..) }</ul> });
        }
    };
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        let captions = captions_before(index);
        if !captions.is_empty() {
            flush(&mut items, &mut out);
            out.extend(captions.into_iter().map(|caption| figure(caption, view)));
        }
        match paragraph.kind {
            ParagraphKind::Item => {
                items.push(html! { <li>{ view.render(&paragraph.sentences) }</li> })
            }
            ParagraphKind::Text => {
                flush(&mut items, &mut out);
                out.push(text_paragraph(paragraph, view));
            }
        }
    }
    flush(&mut items, &mut out);
    out.extend(
        captions_before(document.paragraphs.len())
            .into_iter()
            .map(|caption| figure(caption, view)),
    );
    html! { <>{ for out }</> }
}

fn text_paragraph(paragraph: &Paragraph, view: &SentenceView) -> Html {
    html! { <p>{ view.render(&paragraph.sentences) }</p> }
}

fn figure(caption: &Caption, view: &SentenceView) -> Html {
    html! {
        <figure class="caption">
            <figcaption>
                <span class="caption-label">{ "Photo caption" }</span>
                { view.render(&caption.sentences) }
                if let Some(credit) = &caption.credit {
                    <span class="credit">{ credit }</span>
                }
            </figcaption>
        </figure>
    }
}

fn trailer_class(kind: TrailerKind) -> &'static str {
    match kind {
        TrailerKind::Bio => "bio",
        TrailerKind::Related => "related",
        TrailerKind::Boilerplate => "boilerplate",
    }
}

/// The link that chooses `id` for every view, or lets it go when chosen.
fn toggle_actor(here: &Location, id: &str) -> String {
    let lens = here.lens.with(|lens| {
        if lens.actors.iter().any(|other| other == id) {
            lens.actors.retain(|other| other != id);
        } else {
            lens.actors = vec![id.to_owned()];
        }
    });
    Location::new(here.route.clone(), lens).href()
}

/// The actors this document names, most mentioned first, at most eight
/// (places left out: the map of places has them).
fn cast_of(
    document: &Document,
    corpus: &CorpusHandle,
) -> Vec<(String, String, dossier_corpus::ActorKind)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for mention in &document.mentions {
        *counts.entry(mention.actor.as_str()).or_default() += 1;
    }
    let mut cast: Vec<(&Actor, usize)> = counts
        .into_iter()
        .filter_map(|(id, count)| Some((corpus.actors.iter().find(|actor| actor.id == id)?, count)))
        .filter(|(actor, _)| actor.kind != dossier_corpus::ActorKind::Place)
        .collect();
    cast.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    cast.into_iter()
        .take(8)
        .map(|(actor, _)| (actor.id.clone(), actor.name.clone(), actor.kind))
        .collect()
}
