//! Packing marks into the rows of a lane so that none overlaps another, and
//! gathering those that find no room into clusters that open as you zoom in.

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
/// fits no row joins the nearest cluster within `gap * 3`, or starts one.
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
                match clusters
                    .last_mut()
                    .filter(|cluster| (cluster.x - centre).abs() <= gap * 3.0)
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
    fn labels_never_reach_the_next_mark() {
        let (placed, _) = pack(vec![(0, 0.0, 10.0), (1, 60.0, 70.0)], 1, 4.0, 200.0);
        assert_eq!(placed[0].label_room, 46.0);
        assert_eq!(placed[1].label_room, 126.0);
    }
}
