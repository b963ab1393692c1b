//! What a reader sees when a link leads nowhere, or when the corpus cannot be
//! read: a clear sentence and a way back, never a blank page.

use yew::prelude::*;

use crate::route::Route;

/// Props of [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The heading.
    pub title: AttrValue,
    /// What was not found.
    pub detail: AttrValue,
    /// Another way forward (href, label), besides the document list.
    #[prop_or_default]
    pub also: Option<(String, String)>,
}

/// The not-found view.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="not-found" data-view="not-found">
            <h1 tabindex="-1">{ props.title.clone() }</h1>
            <p>{ props.detail.clone() }</p>
            <p class="ways-back">
                if let Some((href, label)) = &props.also {
                    <a href={href.clone()}>{ label }</a>
                }
                <a href={Route::Reader.href()}>{ "Back to all documents" }</a>
            </p>
        </section>
    }
}

/// Props of [`LoadError`].
#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// The reason, for a person.
    pub message: String,
}

/// Shown when the corpus cannot be loaded or decoded.
#[component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    html! {
        <section class="not-found" data-view="load-error" role="alert">
            <h1 tabindex="-1">{ "The corpus could not be loaded" }</h1>
            <p>{ &props.message }</p>
        </section>
    }
}
