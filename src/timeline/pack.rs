//! Packing marks into the rows of a lane so that none overlaps another, and
//! gathering those that find no room into clusters that open as you zoom in.

/// Closest two cluster bubbles may be, centre to centre, pixels: a bubble
/// is 15 pixels wide with its outline.
pub const CLUSTER_PITCH: f64 = 20.0;

/// How many of the latest clusters a mark without room may join.
const CLUSTER_LOOKBACK: usize = 16;

/// A mark placed in a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The event (an index into `corpus.events`).
    pub event: usize,
    /// Left edge, pixels.
    pub x0: f64,
    /// Right edge, pixels.
    pub x1: f64,
    /// The row, from 0.
    pub row: usize,
    /// Room for a label to the right, pixels (0 when there is none).
    pub label_room: f64,
}

/// Marks that found no room: one bubble with their count.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Centre, pixels.
    pub x: f64,
    /// The events it holds.
    pub events: Vec<usize>,
}

/// Packs `marks` (event, left, right in pixels) into at most `rows` rows with
/// `gap` pixels between neighbours. Marks are taken left to right; one that
/// fits no row joins a recent cluster within [`CLUSTER_PITCH`],
/// or starts one, so that bubbles never overlap.
/// A label's room runs to the next mark in its row (or to `width`).
pub fn pack(
    mut marks: Vec<(usize, f64, f64)>,
    rows: usize,
    gap: f64,
    width: f64,
) -> (Vec<Placed>, Vec<Cluster>) {
    marks.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut row_ends: Vec<f64> = vec![f64::NEG_INFINITY; rows.max(1)];
    let mut placed: Vec<Placed> = Vec::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for (event, x0, x1) in marks {
        let x1 = x1.max(x0);
        match row_ends.iter().position(|end| *end + gap <= x0) {
            Some(row) => {
                row_ends[row] = x1;
                placed.push(Placed {
                    event,
                    x0,
                    x1,
                    row,
                    label_room: 0.0,
                });
            }
            None => {
                let centre = (x0 + x1) / 2.0;
                // A wide range's centre lies far right of its left edge, so
                // the cluster a mark belongs with is not always the last.
                match clusters
                    .iter_mut()
                    .rev()
                    .take(CLUSTER_LOOKBACK)
                    .find(|cluster| (cluster.x - centre).abs() < CLUSTER_PITCH)
                {
                    Some(cluster) => cluster.events.push(event),
                    None => clusters.push(Cluster {
                        x: centre,
                        events: vec![event],
                    }),
                }
            }
        }
    }
    // In order of their centres, for range lookups (`clusters_near`).
    clusters.sort_by(|a, b| a.x.total_cmp(&b.x));
    // Room for labels: up to the next mark in the same row (clusters have a
    // row of their own).
    for index in 0..placed.len() {
        let (row, x1) = (placed[index].row, placed[index].x1);
        let next = placed[index + 1..]
            .iter()
            .filter(|other| other.row == row)
            .map(|other| other.x0)
            .fold(width, f64::min);
        placed[index].label_room = (next - x1 - gap).max(0.0);
    }
    (placed, clusters)
}

/// A lane packed at one zoom level: marks and clusters in pixels from day 0
/// at that level's scale, and the rows it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PackedLane {
    /// Marks with room, in order of their left edge.
    pub placed: Vec<Placed>,
    /// Marks without room, gathered.
    pub clusters: Vec<Cluster>,
    /// Rows of marks (at least one); clusters take one more row below them.
    pub mark_rows: usize,
    /// The widest mark, pixels: how far left of a stretch a mark that
    /// reaches into it can start.
    pub widest: f64,
}

impl PackedLane {
    /// The marks that reach into `low..=high` (pixels): a range lookup, not
    /// a pass over the lane, since marks are in order of their left edge.
    pub fn near(&self, low: f64, high: f64) -> impl Iterator<Item = &Placed> {
        let first = self
            .placed
            .partition_point(|mark| mark.x0 < low - self.widest);
        let last = self.placed.partition_point(|mark| mark.x0 <= high);
        self.placed[first..last.max(first)]
            .iter()
            .filter(move |mark| mark.x1 >= low)
    }

    /// The clusters centred in `low..=high` (pixels), by range lookup.
    pub fn clusters_near(&self, low: f64, high: f64) -> &[Cluster] {
        let first = self.clusters.partition_point(|cluster| cluster.x < low);
        let last = self.clusters.partition_point(|cluster| cluster.x <= high);
        &self.clusters[first..last.max(first)]
    }
}

/// Left and right pixel edges of an event running from day `first` to day
/// `last` (inclusive) at `px_per_day`: a fixed-size point for one day, a bar
/// for a range.
pub fn event_extent(first: i64, last: i64, px_per_day: f64) -> (f64, f64) {
    if first == last {
        let centre = (first as f64 + 0.5) * px_per_day;
        (centre - POINT_RADIUS, centre + POINT_RADIUS)
    } else {
        let x0 = first as f64 * px_per_day;
        let x1 = ((last + 1) as f64 * px_per_day).max(x0 + 6.0);
        (x0, x1)
    }
}

/// Radius of a one-day mark, pixels.
pub const POINT_RADIUS: f64 = 5.0;

/// Packs a whole lane of events, given as (event, first day, last day), at
/// `px_per_day` into `rows` rows.
pub fn pack_lane(events: &[(usize, i64, i64)], px_per_day: f64, rows: usize) -> PackedLane {
    let marks = events
        .iter()
        .map(|&(event, first, last)| {
            let (x0, x1) = event_extent(first, last, px_per_day);
            (event, x0, x1)
        })
        .collect();
    let (placed, clusters) = pack(marks, rows, 4.0, f64::INFINITY);
    let mark_rows = placed.iter().map(|mark| mark.row + 1).max().unwrap_or(1);
    let widest = placed
        .iter()
        .map(|mark| mark.x1 - mark.x0)
        .fold(0.0, f64::max);
    PackedLane {
        placed,
        clusters,
        mark_rows,
        widest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_fill_rows_then_cluster() {
        let marks = vec![
            (0, 10.0, 12.0),
            (1, 11.0, 13.0),
            (2, 12.0, 14.0),
            (3, 100.0, 102.0),
        ];
        let (placed, clusters) = pack(marks, 2, 4.0, 500.0);
        let rows: Vec<(usize, usize)> = placed.iter().map(|p| (p.event, p.row)).collect();
        assert_eq!(rows, [(0, 0), (1, 1), (3, 0)]);
        assert_eq!(
            clusters,
            [Cluster {
                x: 13.0,
                events: vec![2]
            }]
        );
    }

    #[test]
    fn a_mark_joins_the_cluster_at_its_centre_even_after_a_wide_range() {
        // One row: the first mark takes it; the second clusters at 6; the
        // wide range's centre is 101, a cluster of its own; the fourth mark's
        // centre (8) belongs with the cluster at 6, not beside it.
        let marks = vec![
            (0, 0.0, 10.0),
            (1, 1.0, 11.0),
            (2, 2.0, 200.0),
            (3, 3.0, 13.0),
        ];
        let (_, clusters) = pack(marks, 1, 2.0, 500.0);
        assert_eq!(
            clusters,
            [
                Cluster {
                    x: 6.0,
                    events: vec![1, 3]
                },
                Cluster {
                    x: 101.0,
                    events: vec![2]
                }
            ]
        );
    }

    #[test]
    fn clusters_come_in_order_of_their_centres() {
        // The range starts first but is centred last.
        let marks = vec![
            (0, 0.0, 4.0),
            (1, 1.0, 300.0),
            (2, 2.0, 6.0),
            (3, 50.0, 54.0),
        ];
        let (_, clusters) = pack(marks, 1, 100.0, 500.0);
        let centres: Vec<f64> = clusters.iter().map(|cluster| cluster.x).collect();
        assert_eq!(centres, [4.0, 52.0, 150.5]);
    }

    #[test]
    fn a_lane_packs_the_same_marks_at_any_window() {
        // Three one-day events a day apart: at 4 px a day they crowd into
        // rows and a cluster; at 40 px a day they all fit one row.
        let events = [(0, 100, 100), (1, 101, 101), (2, 102, 102), (3, 110, 112)];
        let tight = pack_lane(&events, 4.0, 2);
        assert_eq!(tight.mark_rows, 2);
        assert_eq!(tight.clusters.len(), 1);
        let wide = pack_lane(&events, 40.0, 2);
        assert_eq!((wide.mark_rows, wide.clusters.len()), (1, 0));
        assert_eq!(event_extent(110, 112, 40.0), (4400.0, 4520.0));
    }

    #[test]
    fn a_range_lookup_finds_what_a_pass_over_the_lane_finds() {
        // Points and ranges of several lengths, crowded enough to cluster.
        let events: Vec<(usize, i64, i64)> = (0..200)
            .map(|index| {
                let first = (index * 7 % 90) as i64;
                (
                    index,
                    first,
                    first + (index % 5) as i64 * (index % 3) as i64 * 4,
                )
            })
            .collect();
        let lane = pack_lane(&events, 6.0, 3);
        assert!(!lane.clusters.is_empty());
        for (low, high) in [
            (0.0, 50.0),
            (100.0, 130.0),
            (-40.0, 10.0),
            (500.0, 700.0),
            (30.0, 30.0),
        ] {
            let found: Vec<usize> = lane.near(low, high).map(|mark| mark.event).collect();
            let scanned: Vec<usize> = lane
                .placed
                .iter()
                .filter(|mark| mark.x1 >= low && mark.x0 <= high)
                .map(|mark| mark.event)
                .collect();
            assert_eq!(found, scanned, "{low}..{high}");
            let bubbles = lane.clusters_near(low, high).len();
            let counted = lane
                .clusters
                .iter()
                .filter(|c| c.x >= low && c.x <= high)
                .count();
            assert_eq!(bubbles, counted, "{low}..{high}");
        }
    }

    #[test]
    fn labels_never_reach_the_next_mark() {
        let (placed, _) = pack(vec![(0, 0.0, 10.0), (1, 60.0, 70.0)], 1, 4.0, 200.0);
        assert_eq!(placed[0].label_room, 46.0);
        assert_eq!(placed[1].label_room, 126.0);
    }
}
