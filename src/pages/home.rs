//! The home view at `#/`: what the corpus is, on one screen. Its articles,
//! the period its events cover, its main actors and places, and a small
//! timeline of events by month; each is a door into its view.

use std::collections::BTreeMap;

use dossier_corpus::{ActorKind, CivilDate};
use yew::prelude::*;

use crate::data::CorpusHandle;
use crate::format::{format_day, month_short};
use crate::highlight::kind_class;
use crate::route::{ActorsQuery, Lens, Route, TimelineQuery};
use crate::timeline::scale::densest_window;

/// Props of [`HomePage`].
#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    /// The corpus.
    pub corpus: CorpusHandle,
}

/// Most actors named on the home view.
const MAIN_ACTORS: usize = 10;

/// The home view.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let corpus = &props.corpus;
    let mut documents: Vec<_> = corpus.documents.iter().collect();
    documents.sort_by_key(|document| document.date.as_ref().map(|date| date.start));
    let published: Vec<CivilDate> = documents
        .iter()
        .filter_map(|document| document.date.as_ref().map(|date| date.start))
        .collect();
    let mut actors: Vec<_> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind != ActorKind::Place)
        .collect();
    actors.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut places: Vec<_> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind == ActorKind::Place)
        .collect();
    places.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    let days: Vec<i64> = corpus
        .events
        .iter()
        .map(|event| event.start.to_days())
        .collect();
    let period = densest_window(&days).map(|window| window.bounds());
    let ties = corpus
        .relations
        .iter()
        .filter(|relation| relation.kind != "co_occurs")
        .count();
    html! {
        <section class="home-page" data-view="home">
            <h1 tabindex="-1">{ "What this corpus holds" }</h1>
            <p class="lede">
                { format!("{} articles", corpus.documents.len()) }
                if let (Some(first), Some(last)) = (published.first(), published.last()) {
                    { format!(" written from {} to {}", format_day(*first), format_day(*last)) }
                }
                { format!("; {} actors, {} dated events, {} stated ties.", corpus.actors.len(), corpus.events.len(), ties) }
                if let Some((from, to)) = period {
                    { format!(" Most events fall between {} and {}.", format_day(from), format_day(to)) }
                }
            </p>
            <div class="home-grid">
                <section class="home-card" aria-labelledby="home-timeline">
                    <h2 id="home-timeline"><a href={Route::Timeline(TimelineQuery::default()).href()}>{ "Timeline" }</a></h2>
                    { month_bars(corpus) }
                </section>
                <section class="home-card" aria-labelledby="home-actors">
                    <h2 id="home-actors"><a href={Route::Actors(ActorsQuery::default()).href()}>{ "Main actors" }</a></h2>
                    <p class="actors">
                        { for actors.iter().take(MAIN_ACTORS).map(|actor| html! {
                            <a class={classes!("actor-chip", kind_class(actor.kind))} data-actor={actor.id.clone()} href={Route::Actor { id: actor.id.clone() }.href()}>
                                { actor.name.clone() }<span class="chip-note">{ format!(" · {}", actor.mentions) }</span>
                            </a>
                        }) }
                    </p>
                    if !places.is_empty() {
                        <h2><a href={Route::Places { place: None }.href()}>{ "Places" }</a></h2>
                        <p class="actors">
                            { for places.iter().take(6).map(|place| html! {
                                <a class="actor-chip" href={Route::Places { place: Some(place.id.clone()) }.href()}>{ place.name.clone() }</a>
                            }) }
                        </p>
                    }
                </section>
                <section class="home-card home-documents" aria-labelledby="home-documents">
                    <h2 id="home-documents"><a href={Route::Reader.href()}>{ "Articles" }</a></h2>
                    <ol>
                        { for documents.iter().map(|document| html! {
                            <li data-doc={document.id.clone()}>
                                <a href={Route::Article { doc: document.id.clone(), sentence: None }.href()}>{ document.title.clone() }</a>
                                if let Some(date) = &document.date {
                                    <span class="result-source">{ format!(" — {}{}", format_day(date.start), if date.inferred { " (inferred)" } else { "" }) }</span>
                                }
                            </li>
                        }) }
                    </ol>
                </section>
            </div>
        </section>
    }
}

/// Events per month over the busiest stretch, as bars; each bar opens the
/// timeline on its month.
fn month_bars(corpus: &CorpusHandle) -> Html {
    let mut months: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    for event in &corpus.events {
        *months
            .entry((event.start.year, event.start.month))
            .or_default() += 1;
    }
    // The busiest run of at most 18 months, so that one outlier decades
    // away does not flatten the picture.
    let keys: Vec<(i32, u8)> = months.keys().copied().collect();
    let index = |(year, month): (i32, u8)| year * 12 + i32::from(month) - 1;
    let best = (0..keys.len())
        .map(|start| {
            let count: usize = keys[start..]
                .iter()
                .take_while(|key| index(**key) - index(keys[start]) < 18)
                .map(|key| months[key])
                .sum();
            (count, start)
        })
        .max_by_key(|(count, start)| (*count, std::cmp::Reverse(*start)))
        .map(|(_, start)| start);
    let Some(start) = best else {
        return html! { <p>{ "No dated event yet." }</p> };
    };
    let first = index(keys[start]);
    let peak = months.values().copied().max().unwrap_or(1).max(1);
    let bars: Vec<(i32, u8, usize)> = (0..18)
        .map(|offset| {
            let at = first + offset;
            let (year, month) = (at.div_euclid(12), (at.rem_euclid(12) + 1) as u8);
            (
                year,
                month,
                months.get(&(year, month)).copied().unwrap_or(0),
            )
        })
        .collect();
    html! {
        <svg class="month-bars" viewBox="0 0 540 120" role="group"
            aria-label={format!("Events per month from {} {}", month_short(bars[0].1), bars[0].0)}>
            { for bars.iter().enumerate().map(|(at, (year, month, count))| {
                let height = (*count as f64 / peak as f64).sqrt() * 86.0;
                let x = at as f64 * 30.0 + 2.0;
                let (from, to) = month_span(*year, *month);
                let href = TimelineQuery::default().with(&Lens::default(), |_, lens| { lens.from = Some(from); lens.to = Some(to); });
                html! {
                    <a href={href} aria-label={format!("{} {}: {} events", month_short(*month), year, count)}>
                        <rect class="month-bar" x={format!("{x:.0}")} y={format!("{:.1}", 96.0 - height)} width="26" height={format!("{:.1}", height.max(1.0))} />
                        if *month == 1 || at == 0 {
                            <text x={format!("{x:.0}")} y="112">{ format!("{} {}", month_short(*month), year) }</text>
                        }
                    </a>
                }
            }) }
        </svg>
    }
}

/// The first and last day of a month.
fn month_span(year: i32, month: u8) -> (CivilDate, CivilDate) {
    let first = CivilDate::new(year, month, 1).unwrap_or(CivilDate::from_days(0));
    let next = if month == 12 {
        CivilDate::new(year + 1, 1, 1)
    } else {
        CivilDate::new(year, month + 1, 1)
    };
    let last = next.map_or(first, |next| CivilDate::from_days(next.to_days() - 1));
    (first, last)
}
