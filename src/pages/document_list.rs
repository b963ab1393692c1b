//! The reader's front page: every document, newest last, with what a reader
//! needs to choose one.

use std::cmp::Ordering;

use dossier_corpus::Document;
use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::format::{format_doc_date, reading_minutes};
use crate::route::{Lens, Location, Route};

/// Props of [`DocumentList`].
#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// The shared lens, which links keep.
    #[prop_or_default]
    pub lens: Lens,
}

/// The list of documents, sorted by date (undated ones last).
#[component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    let mut documents: Vec<&Document> = props.corpus.documents.iter().collect();
    documents.sort_by(|a, b| by_date(a, b));
    html! {
        <section class="document-list" data-view="reader">
            <h1 tabindex="-1">{ "Documents" }</h1>
            <p class="lede">{ format!("{} articles. Choose one to read it.", documents.len()) }</p>
            <ol class="documents">
                { for documents.into_iter().map(|document| document_entry(document, &props.lens)) }
            </ol>
        </section>
    }
}

/// Dated documents first, oldest first; undated ones after, by id.
fn by_date(a: &Document, b: &Document) -> Ordering {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.start.cmp(&y.start).then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    }
}

fn document_entry(document: &Document, lens: &Lens) -> Html {
    let href = Location::new(
        Route::Article {
            doc: document.id.clone(),
            sentence: None,
        },
        lens.clone(),
    )
    .href();
    let date = match &document.date {
        Some(date) => html! {
            <span class="date">
                <time datetime={date.start.to_string()}>{ format_doc_date(date) }</time>
                if date.inferred { <span class="badge" title={date.evidence.clone()}>{ "inferred" }</span> }
            </span>
        },
        None => html! { <span class="date unknown">{ "undated" }</span> },
    };
    let source: Vec<&str> = [document.publisher.as_deref(), document.author.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <li data-doc={document.id.clone()}>
            <a class="title" href={href}>
                { &document.title }
            </a>
            if document.title_derived {
                <span class="badge" title="The file has no headline: this title is its first sentence, shortened.">{ "derived title" }</span>
            }
            <p class="meta">
                if !source.is_empty() { <span class="source">{ source.join(" · ") }</span> }
                { date }
                <span class="length">{ format!("{} words · {} min", document.words, reading_minutes(document.words)) }</span>
            </p>
        </li>
    }
}
