//! The events as a sortable table: for screen readers, and for people who
//! prefer lists.

use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::data::CorpusHandle;
use crate::route::{Lens, TimelineQuery};

/// Props of [`EventTable`].
#[derive(Properties, PartialEq)]
pub struct EventTableProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// Indices of the events to list, in date order.
    pub events: Vec<usize>,
    /// The timeline state, for links that keep it.
    pub query: TimelineQuery,
    /// The shared lens, for links that keep it.
    pub lens: Lens,
}

#[derive(Clone, Copy, PartialEq)]
enum SortBy {
    Date,
    Type,
    Sources,
}

/// The event table.
#[component]
pub fn EventTable(props: &EventTableProps) -> Html {
    let sort = use_state(|| (SortBy::Date, true));
    let mut rows: Vec<usize> = props.events.clone();
    let events = &props.corpus.events;
    match sort.0 {
        SortBy::Date => rows.sort_by_key(|&index| (events[index].start, events[index].end)),
        SortBy::Type => rows.sort_by(|&a, &b| {
            events[a]
                .r#type
                .cmp(&events[b].r#type)
                .then(events[a].start.cmp(&events[b].start))
        }),
        SortBy::Sources => rows.sort_by_key(|&index| {
            (
                std::cmp::Reverse(events[index].sources.len()),
                events[index].start,
            )
        }),
    }
    if !sort.1 {
        rows.reverse();
    }
    let header = |label: &'static str, by: SortBy| {
        let (by_now, ascending) = *sort;
        let current = by_now == by;
        let aria = current.then_some(if ascending { "ascending" } else { "descending" });
        let handle = sort.clone();
        let onclick =
            Callback::from(move |_| handle.set((by, if current { !ascending } else { true })));
        let arrow = if !current {
            ""
        } else if ascending {
            " ↑"
        } else {
            " ↓"
        };
        html! { <th scope="col" aria-sort={aria}><button type="button" {onclick}>{ label }{ arrow }</button></th> }
    };
    html! {
        <table class="event-table" data-view="event-table">
            <caption>{ format!("{} events", rows.len()) }</caption>
            <thead>
                <tr>{ header("Date", SortBy::Date) }{ header("Type", SortBy::Type) }<th scope="col">{ "Actors" }</th>{ header("Sources", SortBy::Sources) }</tr>
            </thead>
            <tbody>
                { for rows.iter().map(|&index| {
                    let event = &events[index];
                    let href = props.query.with(&props.lens, |query, _| query.event = Some(event.id.clone()));
                    let actors: Vec<&str> = event.actors.iter().filter_map(|id| props.corpus.actors.iter().find(|actor| &actor.id == id)).map(|actor| actor.name.as_str()).collect();
                    html! {
                        <tr data-event={event.id.clone()}>
                            <td><a href={href}>{ date_range(event) }</a>{ if event.inferred { " (inferred)" } else { "" } }</td>
                            <td>{ type_label(&event.r#type) }</td>
                            <td>{ actors.join(", ") }</td>
                            <td>{ event.sources.len() }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
