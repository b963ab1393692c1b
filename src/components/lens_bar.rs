//! The lens bar, under the header on every view: what the views are showing
//! (the chosen actors, the date window, documents, types, kinds, the
//! search), each removable, and a note for anything the URL had that was
//! ignored. It is the visible half of the shared state.

use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::format::format_day;
use crate::route::{Lens, Location, Route};

/// Props of [`LensBar`].
#[derive(Properties, PartialEq)]
pub struct LensBarProps {
    /// Where the reader is.
    pub location: Location,
    /// The corpus, for names.
    pub corpus: CorpusHandle,
}

/// One removable part of the lens.
struct Chip {
    label: String,
    text: String,
    without: Lens,
}

/// The lens bar; nothing when the lens is empty and nothing was ignored.
#[component]
pub fn LensBar(props: &LensBarProps) -> Html {
    let here = &props.location;
    let chips = chips(&props.corpus, &here.lens, &here.route);
    let link = |lens: Lens| Location::new(here.route.clone(), lens).href();
    html! {
        <>
            if !here.ignored.is_empty() {
                <p class="notice url-notice" role="status">
                    { format!("Ignored in the link: {}.", here.ignored.join("; ")) }
                </p>
            }
            if !chips.is_empty() {
                <nav class="lens-bar" aria-label="Selection shared by every view">
                    <span class="lens-title">{ "Showing" }</span>
                    { for chips.into_iter().map(|chip| html! {
                        <a class="chip" href={link(chip.without)} aria-label={format!("Remove {}", chip.label)}>
                            { chip.text }<span aria-hidden="true">{ " ×" }</span>
                        </a>
                    }) }
                    <a class="clear" href={link(Lens::default())}>{ "Clear all" }</a>
                </nav>
            }
        </>
    }
}

/// The chips for a lens, in the order of its parameters. The search text is
/// left out on the search page, whose box already shows it.
fn chips(corpus: &CorpusHandle, lens: &Lens, route: &Route) -> Vec<Chip> {
    let mut out = Vec::new();
    for id in &lens.actors {
        let name = corpus
            .actors
            .iter()
            .find(|actor| &actor.id == id)
            .map_or(id.as_str(), |actor| actor.name.as_str());
        out.push(Chip {
            label: format!("the actor {name}"),
            text: name.to_owned(),
            without: lens.with(|lens| lens.actors.retain(|other| other != id)),
        });
    }
    if lens.windowed() {
        let text = match (lens.from, lens.to) {
            (Some(from), Some(to)) => format!("{} – {}", format_day(from), format_day(to)),
            (Some(from), None) => format!("from {}", format_day(from)),
            (None, Some(to)) => format!("until {}", format_day(to)),
            (None, None) => String::new(),
        };
        out.push(Chip {
            label: format!("the date window {text}"),
            text,
            without: lens.with(|lens| {
                lens.from = None;
                lens.to = None;
            }),
        });
    }
    for id in &lens.docs {
        let title = corpus
            .document(id)
            .map_or(id.as_str(), |document| document.title.as_str());
        out.push(Chip {
            label: format!("the document {title}"),
            text: title.to_owned(),
            without: lens.with(|lens| lens.docs.retain(|other| other != id)),
        });
    }
    for kind in &lens.types {
        let text = kind.replace('_', " ");
        out.push(Chip {
            label: format!("the event type {text}"),
            text,
            without: lens.with(|lens| lens.types.retain(|other| other != kind)),
        });
    }
    for kind in &lens.kinds {
        out.push(Chip {
            label: format!("the actor kind {kind}"),
            text: format!("kind: {kind}"),
            without: lens.with(|lens| lens.kinds.retain(|other| other != kind)),
        });
    }
    if !lens.query.is_empty() && *route != Route::Search {
        out.push(Chip {
            label: format!("the search {}", lens.query),
            text: format!("“{}”", lens.query),
            without: lens.with(|lens| lens.query.clear()),
        });
    }
    out
}
