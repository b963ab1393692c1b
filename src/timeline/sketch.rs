//! The marks layer in a handful of paths, for the frames of a zoom or pan
//! gesture. A dense layer drawn element by element costs the browser time
//! in proportion to its elements on every frame in which anything on the
//! page moves (each dot and label is a display item to hand to the
//! compositor again); drawn as one path per look, a step costs the same at
//! any corpus size. Labels, cluster counts and the selection ring wait until
//! the gesture stops, when the full layer comes back.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::timeline::layer::Layer;
use crate::timeline::pack::{PackedLane, POINT_RADIUS};

/// Above this many marks and clusters in a layer, the chart shows the
/// sketch while the window moves; below it, the full layer keeps up.
pub const SKETCH_ABOVE: usize = 300;

/// How one mark looks, as far as a sketch tells: its shape and its tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// A one-day event (a dot), or a range (a bar).
    pub point: bool,
    /// How it is filled.
    pub tone: Tone,
}

/// How a mark is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A precise date: solid.
    Solid,
    /// A vague date (a month or coarser): faint.
    Faint,
    /// An inferred date: an outline.
    Inferred,
}

/// What a piece of a sketch draws, which sets its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shade {
    /// Publication-date triangles.
    Published,
    /// Marks with a vague date.
    Faint,
    /// Marks with a precise date.
    Solid,
    /// Marks with an inferred date, outlined.
    Inferred,
    /// Cluster bubbles.
    Clusters,
}

impl Shade {
    /// Its class in the style sheet.
    pub fn class(self) -> &'static str {
        match self {
            Shade::Published => "sketch-published",
            Shade::Faint => "sketch-faint",
            Shade::Solid => "sketch-solid",
            Shade::Inferred => "sketch-inferred",
            Shade::Clusters => "sketch-clusters",
        }
    }
}

/// Width of the strips a sketch is cut into, pixels. One path per lane,
/// strip and shade: a path as wide as the layer would be drawn again, whole,
/// for every tile of it the browser rasterizes.
pub const STRIP: f64 = 256.0;

/// One path of a sketch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What it draws.
    pub shade: Shade,
    /// Its path data.
    pub d: String,
}

/// The paths of a sketch, in the layer's own pixels (its first day at 0,
/// its level's scale), so that the layer's transform puts them in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarkSketch {
    /// The paths, by lane (the publication dates first), strip and shade.
    pub pieces: Vec<Piece>,
}

/// Vertical geometry of the chart the sketch is drawn into.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rows {
    /// Height of one row of marks.
    pub row: f64,
    /// Top of the publication-date band.
    pub published_top: f64,
}

/// The sketch of `lanes` (each with its top edge and height, packed at
/// `layer.level`) between the layer's edges, with each event's look from
/// `look`, and a triangle for each day of `published_days` (sorted) in it.
pub fn sketch(
    lanes: &[(f64, f64, PackedLane)],
    layer: Layer,
    rows: Rows,
    published_days: &[i64],
    look: impl Fn(usize) -> Option<Look>,
) -> MarkSketch {
    let origin = layer.start * layer.px_per_day;
    let (low, high) = (origin, layer.end * layer.px_per_day);
    // (band: 0 for the publication dates, then one per lane; strip; shade)
    let mut paths: BTreeMap<(usize, i64, Shade), String> = BTreeMap::new();
    for (band, (top, _, lane)) in lanes.iter().enumerate() {
        let (band, top) = (band + 1, top + 5.0);
        for mark in lane.near(low, high) {
            let Some(look) = look(mark.event) else {
                continue;
            };
            let y = top + mark.row as f64 * rows.row;
            let (x0, x1) = (mark.x0 - origin, mark.x1 - origin);
            let shade = match look.tone {
                Tone::Solid => Shade::Solid,
                Tone::Faint => Shade::Faint,
                Tone::Inferred => Shade::Inferred,
            };
            if look.point {
                let x = (x0 + x1) / 2.0;
                circle(path(&mut paths, band, x, shade), x, y + 7.0, &DOT);
            } else {
                bar(path(&mut paths, band, x0.max(0.0), shade), x0, x1, y);
            }
        }
        let cluster_y = top + lane.mark_rows as f64 * rows.row + 7.0;
        for cluster in lane.clusters_near(low, high) {
            let x = cluster.x - origin;
            circle(
                path(&mut paths, band, x, Shade::Clusters),
                x,
                cluster_y,
                &BUBBLE,
            );
        }
    }
    let first = published_days.partition_point(|day| (*day as f64) + 1.0 < layer.start);
    let mut last_x = f64::NEG_INFINITY;
    for day in published_days[first..]
        .iter()
        .take_while(|day| (**day as f64) < layer.end)
    {
        let x = (*day as f64 + 0.5 - layer.start) * layer.px_per_day;
        // About one triangle per 12 pixels, as the full layer draws them.
        if x - last_x >= 12.0 {
            let y = rows.published_top + 4.0;
            let _ = write!(
                path(&mut paths, 0, x, Shade::Published),
                "M{x:.1} {y:.1}l5 10h-10z"
            );
            last_x = x;
        }
    }
    MarkSketch {
        pieces: paths
            .into_iter()
            .map(|((_, _, shade), d)| Piece { shade, d })
            .collect(),
    }
}

/// The path of `band`'s strip at `x` for `shade`.
fn path(
    paths: &mut BTreeMap<(usize, i64, Shade), String>,
    band: usize,
    x: f64,
    shade: Shade,
) -> &mut String {
    let strip = (x / STRIP).floor() as i64;
    paths.entry((band, strip, shade)).or_default()
}

/// A pixel position, rounded: a sketch is drawn for a few frames, and
/// whole numbers are much quicker to write than decimals.
fn px(value: f64) -> i64 {
    value.round() as i64
}

/// A radius: its value, and it and the diameter as written.
struct Radius {
    value: f64,
    text: &'static str,
    diameter: &'static str,
}

/// A one-day mark's dot.
const DOT: Radius = Radius {
    value: POINT_RADIUS,
    text: "5",
    diameter: "10",
};
/// A cluster's bubble.
const BUBBLE: Radius = Radius {
    value: 7.5,
    text: "7.5",
    diameter: "15",
};

/// A circle as two arcs.
fn circle(path: &mut String, x: f64, y: f64, radius: &Radius) {
    let Radius {
        text: r, diameter, ..
    } = radius;
    let _ = write!(
        path,
        "M{} {}a{r} {r} 0 1 0 {diameter} 0a{r} {r} 0 1 0 -{diameter} 0",
        px(x - radius.value),
        px(y)
    );
}

/// A bar eight pixels high, as the full layer draws a range.
fn bar(path: &mut String, x0: f64, x1: f64, y: f64) {
    let width = (px(x1) - px(x0)).max(1);
    let _ = write!(path, "M{} {}h{width}v8h-{width}z", px(x0), px(y + 3.0));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::pack::pack_lane;

    const ROWS: Rows = Rows {
        row: 16.0,
        published_top: 26.0,
    };

    /// Subpaths of `shade` in `drawn`.
    fn count(drawn: &MarkSketch, shade: Shade) -> usize {
        drawn
            .pieces
            .iter()
            .filter(|piece| piece.shade == shade)
            .map(|piece| piece.d.matches('M').count())
            .sum()
    }

    fn layer(start: f64, end: f64, px_per_day: f64) -> Layer {
        Layer {
            level: 5,
            start,
            end,
            px_per_day,
        }
    }

    #[test]
    fn each_mark_in_the_layer_is_one_subpath_of_its_look() {
        // Events: (index, first day, last day); index 3 lies past the layer.
        let events = [(0, 100, 100), (1, 102, 104), (2, 106, 110), (3, 400, 400)];
        let lane = pack_lane(&events, 10.0, 3);
        let look = |point, tone| Look { point, tone };
        let looks = [
            look(true, Tone::Solid),
            look(false, Tone::Faint),
            look(false, Tone::Inferred),
            look(true, Tone::Solid),
        ];
        let drawn = sketch(
            &[(60.0, 30.0, lane)],
            layer(96.0, 144.0, 10.0),
            ROWS,
            &[],
            |event| looks.get(event).copied(),
        );
        assert_eq!(count(&drawn, Shade::Solid), 1, "{drawn:?}");
        assert_eq!(count(&drawn, Shade::Faint), 1);
        assert_eq!(count(&drawn, Shade::Clusters), 0);
        let piece = |shade| {
            drawn
                .pieces
                .iter()
                .find(|piece| piece.shade == shade)
                .map(|piece| piece.d.as_str())
        };
        // Day 100's dot is centred 4.5 days into the layer, in row 0.
        assert!(
            piece(Shade::Solid).is_some_and(|d| d.starts_with("M40 72a5 5")),
            "{drawn:?}"
        );
        // Days 106 to 110 are a bar from 10 to 15 days into the layer.
        assert_eq!(piece(Shade::Inferred), Some("M100 68h50v8h-50z"));
    }

    #[test]
    fn crowded_marks_show_as_bubbles_and_close_articles_as_one_triangle() {
        let events: Vec<(usize, i64, i64)> = (0..6).map(|index| (index, 50, 50)).collect();
        let lane = pack_lane(&events, 2.0, 2);
        let drawn = sketch(
            &[(0.0, 40.0, lane)],
            layer(0.0, 100.0, 2.0),
            ROWS,
            &[10, 11, 40, 200],
            |_| {
                Some(Look {
                    point: true,
                    tone: Tone::Solid,
                })
            },
        );
        assert_eq!(count(&drawn, Shade::Solid), 2);
        assert_eq!(count(&drawn, Shade::Clusters), 1);
        // Days 10 and 11 are 2 pixels apart: one triangle; day 200 is outside.
        assert_eq!(count(&drawn, Shade::Published), 2, "{drawn:?}");
    }

    #[test]
    fn radii_are_written_as_they_are() {
        for radius in [DOT, BUBBLE] {
            assert_eq!(radius.text.parse::<f64>(), Ok(radius.value));
            assert_eq!(radius.diameter.parse::<f64>(), Ok(2.0 * radius.value));
        }
    }

    #[test]
    fn a_wide_layer_is_cut_into_strips() {
        // One dot every 50 pixels across 2,000 pixels: eight strips.
        let events: Vec<(usize, i64, i64)> = (0..40)
            .map(|index| (index, index as i64 * 5, index as i64 * 5))
            .collect();
        let lane = pack_lane(&events, 10.0, 1);
        let drawn = sketch(
            &[(0.0, 30.0, lane)],
            layer(0.0, 200.0, 10.0),
            ROWS,
            &[],
            |_| {
                Some(Look {
                    point: true,
                    tone: Tone::Solid,
                })
            },
        );
        assert_eq!(drawn.pieces.len(), 8);
        assert_eq!(count(&drawn, Shade::Solid), 40);
    }
}
