//! The timeline's marks layer: the events of each lane, and the articles'
//! publication dates, drawn for one layer (a zoom level and a stretch of
//! time, see `timeline/layer.rs`) at the window of the moment it was drawn.
//! It is one SVG in a composited box: while the window moves, the chart
//! moves and stretches the box with a CSS transform, which costs neither
//! layout nor paint. This component renders again only when the layer, the
//! lanes or the selection change, or when a gesture settles.
//!
//! It holds no callbacks: the chart handles clicks, hovers and keys for the
//! whole SVG, reading `data-event` and `data-zoom-day`.

use std::collections::HashMap;
use std::rc::Rc;

use dossier_corpus::{Corpus, Document, Event, Precision};
use yew::prelude::*;

use crate::components::event_card::{date_range, type_label};
use crate::data::CorpusHandle;
use crate::route::{Lens, Location, Route, TimelineQuery};
use crate::timeline::lanes::Lane;
use crate::timeline::layer::{level_px_per_day, Layer};
use crate::timeline::pack::{pack_lane, PackedLane, Placed, POINT_RADIUS};
use crate::timeline::sketch::{Look, Tone};

/// Height of one row of marks in a lane.
pub const ROW: f64 = 16.0;
/// Widest label, pixels.
const LABEL_MAX: f64 = 180.0;

/// Every lane packed at one zoom level, each with its top edge and height.
/// Packed once per level and shared: two values are equal when they are the
/// same packing, so comparing props costs nothing on a zoom step.
#[derive(Clone, Debug)]
pub struct PackedLanes(pub Rc<Vec<(f64, f64, PackedLane)>>);

impl PartialEq for PackedLanes {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl PackedLanes {
    /// Bottom edge of the last lane (`top` when there is none).
    pub fn bottom(&self, top: f64) -> f64 {
        self.0.last().map_or(top, |(top, height, _)| top + height)
    }

    /// How many marks and clusters lie in `layer`: range lookups per lane.
    pub fn count_in(&self, layer: Layer) -> usize {
        let (low, high) = (layer.start * layer.px_per_day, layer.end * layer.px_per_day);
        self.0
            .iter()
            .map(|(_, _, lane)| lane.near(low, high).count() + lane.clusters_near(low, high).len())
            .sum()
    }
}

/// Packs every lane at `level` on a plot `plot` pixels wide, into `rows`
/// rows each, the first lane's top at `top`.
pub fn pack_lanes(
    corpus: &Corpus,
    lanes: &[Lane],
    level: i32,
    plot: f64,
    rows: usize,
    top: f64,
) -> PackedLanes {
    let px_per_day = level_px_per_day(level, plot);
    let mut top = top;
    let packed = lanes
        .iter()
        .map(|lane| {
            let events: Vec<(usize, i64, i64)> = lane
                .events
                .iter()
                .filter_map(|&index| {
                    let event = corpus.events.get(index)?;
                    Some((index, event.start.to_days(), event.end.to_days()))
                })
                .collect();
            let packed = pack_lane(&events, px_per_day, rows);
            let rows = packed.mark_rows + usize::from(!packed.clusters.is_empty());
            let height = rows as f64 * ROW + 10.0;
            let lane_top = top;
            top += height;
            (lane_top, height, packed)
        })
        .collect();
    PackedLanes(Rc::new(packed))
}

/// How an event's mark looks in the sketch: as its full mark's classes say.
pub fn look_of(event: &Event) -> Look {
    let point = event.start == event.end;
    // Only a bar is faint for a vague date (see `.mark.precision-month rect`).
    let tone = if event.inferred {
        Tone::Inferred
    } else if !point
        && matches!(
            precision_class(event),
            "precision-month" | "precision-coarse"
        )
    {
        Tone::Faint
    } else {
        Tone::Solid
    };
    Look { point, tone }
}

fn precision_class(event: &Event) -> &'static str {
    match event.precision {
        Precision::Day => "precision-day",
        Precision::Days | Precision::Week => "precision-days",
        Precision::PartOfMonth | Precision::Month => "precision-month",
        _ => "precision-coarse",
    }
}

/// Props of [`TimelineMarks`].
#[derive(Properties, PartialEq)]
pub struct TimelineMarksProps {
    /// The corpus.
    pub corpus: CorpusHandle,
    /// Each lane packed at the layer's level, with its top edge.
    pub lanes: PackedLanes,
    /// Top edge and height of the publication-date band.
    pub published: (f64, f64),
    /// The layer drawn.
    pub layer: Layer,
    /// The span (days) of the window it is drawn at.
    pub drawn_span: f64,
    /// Width of the plot.
    pub plot: f64,
    /// The selected event's id.
    pub selected: Option<String>,
    /// The timeline state, for the marks' links.
    pub query: TimelineQuery,
    /// The lens without its window, for the marks' links.
    pub lens: Lens,
}

/// The marks layer.
#[component]
pub fn TimelineMarks(props: &TimelineMarksProps) -> Html {
    let corpus = &props.corpus;
    let layer = props.layer;
    let width = props.plot;
    // Packing is in pixels from day 0 at the level's scale; drawing is at
    // the drawn window's scale, from the layer's first day. A little margin
    // keeps marks cut by the layer's edges.
    let place = Place {
        origin: layer.start * layer.px_per_day,
        ratio: width / props.drawn_span / layer.px_per_day,
    };
    let (low, high) = (
        place.origin - LABEL_MAX,
        layer.end * layer.px_per_day + POINT_RADIUS * 2.0,
    );
    let layer_width = (layer.end - layer.start) * width / props.drawn_span;
    let total = props.lanes.bottom(0.0);
    let documents: HashMap<&str, &Document> = corpus
        .documents
        .iter()
        .map(|document| (document.id.as_str(), document))
        .collect();
    let lanes = props.lanes.0.iter().map(|(top, _, lane)| {
        let marks = lane.near(low, high).filter_map(|mark| {
                let event = corpus.events.get(mark.event)?;
                Some(mark_view(&documents, event, mark, place, props))
            });
        let cluster_y = lane.mark_rows as f64 * ROW + 7.0;
        let clusters = lane.clusters_near(low, high).iter().map(|cluster| {
                let x = format!("{:.1}", place.x(cluster.x));
                let day = cluster.x / layer.px_per_day;
                html! {
                    <g key={format!("cluster-{}", cluster.events.first().copied().unwrap_or_default())} class="cluster" role="button" tabindex="0" data-zoom-day={format!("{day:.3}")} data-day={format!("{:.0}", day.floor())}
                        aria-label={format!("{} more events here; zoom in", cluster.events.len())}>
                        <circle cx={x.clone()} cy={cluster_y.to_string()} r="7.5" />
                        <text x={x} y={(cluster_y + 3.5).to_string()}>{ format!("+{}", cluster.events.len()) }</text>
                    </g>
                }
            });
        html! {
            <g transform={format!("translate(0 {})", top + 5.0)}>
                { for marks }{ for clusters }
            </g>
        }
    });
    html! {
        <svg class="marks-svg" width={format!("{layer_width:.0}")} height={format!("{total:.0}")}>
            { published(props, &documents, place) }
            { for lanes }
        </svg>
    }
}

/// The publication dates inside the layer, at most one marker per few
/// pixels (a marker for several articles names them all).
fn published(
    props: &TimelineMarksProps,
    documents: &HashMap<&str, &Document>,
    place: Place,
) -> Html {
    let layer = props.layer;
    let (top, _) = props.published;
    let mut markers: Vec<(i64, Vec<&Document>)> = Vec::new();
    let mut dated: Vec<(&Document, i64)> = documents
        .values()
        .filter_map(|document| Some((*document, document.date.as_ref()?.start.to_days())))
        .filter(|(_, day)| (*day as f64) + 1.0 >= layer.start && (*day as f64) < layer.end)
        .collect();
    dated.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.id.cmp(&b.0.id)));
    for (document, day) in dated {
        let bucket = (place.x((day as f64 + 0.5) * layer.px_per_day) / 12.0).floor() as i64;
        match markers.last_mut() {
            Some((last, group)) if *last == bucket => group.push(document),
            _ => markers.push((bucket, vec![document])),
        }
    }
    html! {
        <g transform={format!("translate(0 {top})")}>
                { for markers.iter().map(|(_, group)| {
                    let first = group[0];
                    let Some(date) = first.date.as_ref() else { return Html::default() };
                    let x = format!("{:.1}", place.x((date.start.to_days() as f64 + 0.5) * layer.px_per_day));
                    let inferred = group.iter().all(|document| document.date.as_ref().is_some_and(|date| date.inferred));
                    let label = if group.len() == 1 {
                        format!("{} — written {}{}", first.title, date.start, if date.inferred { " (inferred)" } else { "" })
                    } else {
                        let titles: Vec<&str> = group.iter().map(|document| document.title.as_str()).collect();
                        format!("{} articles written around {}: {}", group.len(), date.start, titles.join("; "))
                    };
                    let ids: Vec<&str> = group.iter().map(|document| document.id.as_str()).collect();
                    let href = Location::new(Route::Article { doc: first.id.clone(), sentence: None }, props.lens.clone()).href();
                    html! {
                        <a href={href} class={classes!("doc-marker", inferred.then_some("inferred"))} data-doc-marker={ids.join(" ")}
                            aria-label={label.clone()} data-tip={label}>
                            <path d={format!("M{x} 4 l5 10 l-10 0 z")} />
                        </a>
                    }
                }) }
        </g>
    }
}

/// From packed pixels (day 0, the level's scale) to drawn pixels (the
/// layer's first day, the drawn window's scale).
#[derive(Clone, Copy)]
struct Place {
    origin: f64,
    ratio: f64,
}

impl Place {
    fn x(self, packed: f64) -> f64 {
        (packed - self.origin) * self.ratio
    }
}

fn mark_view(
    documents: &HashMap<&str, &Document>,
    event: &Event,
    mark: &Placed,
    place: Place,
    props: &TimelineMarksProps,
) -> Html {
    let point = event.start == event.end;
    let (x0, x1) = if point {
        let centre = place.x((mark.x0 + mark.x1) / 2.0);
        (centre - POINT_RADIUS, centre + POINT_RADIUS)
    } else {
        (place.x(mark.x0), place.x(mark.x1))
    };
    let y = mark.row as f64 * ROW;
    let href = props
        .query
        .with(&props.lens, |query, _| query.event = Some(event.id.clone()));
    let selected = props.selected.as_deref() == Some(event.id.as_str());
    let evidence = documents
        .get(event.doc.as_str())
        .and_then(|document| document.sentence(&event.sentence))
        .map_or("", |sentence| sentence.text.as_str());
    let precision = precision_class(event);
    let class = classes!(
        "mark",
        if point { "point" } else { "range" },
        precision,
        event.inferred.then_some("inferred"),
        selected.then_some("selected"),
        format!("type-{}", event.r#type)
    );
    let shape = if point {
        html! { <circle cx={format!("{:.1}", (x0 + x1) / 2.0)} cy={(y + 7.0).to_string()} r={POINT_RADIUS.to_string()} /> }
    } else {
        html! { <rect x={format!("{x0:.1}")} y={(y + 3.0).to_string()} width={format!("{:.1}", x1 - x0)} height="8" rx="2" /> }
    };
    let room = (mark.label_room * place.ratio).min(LABEL_MAX);
    let label = (room >= 40.0).then(|| truncate(&type_label(&event.r#type), (room / 6.5) as usize));
    let link = html! {
        <a key={event.id.clone()} href={href} class={class} data-event={event.id.clone()} data-day={event.start.to_days().to_string()}
            aria-label={format!("{}, {}: {}", type_label(&event.r#type), date_range(event), evidence)}>
            { shape }
        </a>
    };
    // The short label is drawn beside the link, not inside it: the link's
    // name is the whole description, which a shortened label is not part of.
    match label {
        None => link,
        Some(label) => html! {
            <g key={event.id.clone()} class="labelled">
                { link }
                <text class="mark-label" aria-hidden="true" x={format!("{:.1}", x1 + 3.0)} y={(y + 11.0).to_string()}>{ label }</text>
            </g>
        },
    }
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
pub fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}
