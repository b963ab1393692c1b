//! Clipping a ring to the drawing's rectangle (Sutherland–Hodgman: one pass
//! per edge of the rectangle, each keeping the part of the ring on the
//! inner side). A ring that leaves the box and comes back gets a stretch
//! along the box's edge, which a fill hides; it is why clipping happens
//! before simplification, which then drops that stretch's extra points.

/// A point in pixels.
pub type Point = (f64, f64);

/// One side of the rectangle: which coordinate it bounds, where, and
/// whether the inside is above or below that value.
#[derive(Clone, Copy)]
struct Side {
    vertical: bool,
    at: f64,
    inside_is_greater: bool,
}

impl Side {
    fn value(self, (x, y): Point) -> f64 {
        if self.vertical {
            x
        } else {
            y
        }
    }

    fn keeps(self, point: Point) -> bool {
        let value = self.value(point);
        if self.inside_is_greater {
            value >= self.at
        } else {
            value <= self.at
        }
    }

    /// Where the segment from `a` to `b` crosses this side; only called
    /// when one end is kept and the other is not, so the ends differ.
    fn crossing(self, a: Point, b: Point) -> Point {
        let t = (self.at - self.value(a)) / (self.value(b) - self.value(a));
        let along = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        // Put the crossing exactly on the side, which rounding may miss.
        if self.vertical {
            (self.at, along.1)
        } else {
            (along.0, self.at)
        }
    }
}

/// The part of `ring` inside `0..=width` × `0..=height`, as an open ring
/// (the first point is not repeated at the end). Empty when nothing is left.
pub fn clip_to_box(ring: &[Point], width: f64, height: f64) -> Vec<Point> {
    let sides = [
        Side {
            vertical: true,
            at: 0.0,
            inside_is_greater: true,
        },
        Side {
            vertical: true,
            at: width,
            inside_is_greater: false,
        },
        Side {
            vertical: false,
            at: 0.0,
            inside_is_greater: true,
        },
        Side {
            vertical: false,
            at: height,
            inside_is_greater: false,
        },
    ];
    let mut points = open(ring);
    for side in sides {
        points = clip_to_side(&points, side);
        if points.is_empty() {
            break;
        }
    }
    points
}

/// The ring without its closing point, if it has one.
fn open(ring: &[Point]) -> Vec<Point> {
    match ring {
        [first, .., last] if first == last => ring[..ring.len() - 1].to_vec(),
        _ => ring.to_vec(),
    }
}

/// One Sutherland–Hodgman pass: walk the edges of the ring (the last point
/// back to the first included), keep each point on the inner side, and add
/// a point where an edge crosses the side.
fn clip_to_side(points: &[Point], side: Side) -> Vec<Point> {
    let mut kept = Vec::with_capacity(points.len() + 4);
    let Some(&last) = points.last() else {
        return kept;
    };
    let mut previous = last;
    for &point in points {
        match (side.keeps(previous), side.keeps(point)) {
            (true, true) => kept.push(point),
            (true, false) => kept.push(side.crossing(previous, point)),
            (false, true) => {
                kept.push(side.crossing(previous, point));
                kept.push(point);
            }
            (false, false) => {}
        }
        previous = point;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clips `ring` to a 10 × 10 box and compares with `expected`. Where a
    /// ring starts is not part of its shape, so both start at their
    /// smallest point.
    fn check(ring: &[Point], expected: &[Point]) {
        let from_smallest = |ring: &[Point]| {
            let mut ring = ring.to_vec();
            let start = (0..ring.len()).min_by(|&a, &b| ring[a].partial_cmp(&ring[b]).unwrap());
            ring.rotate_left(start.unwrap_or(0));
            ring
        };
        let clipped = clip_to_box(ring, 10.0, 10.0);
        assert_eq!(
            from_smallest(&clipped),
            from_smallest(expected),
            "clipping {ring:?}"
        );
    }

    #[test]
    fn a_square_across_a_corner_keeps_its_inner_quarter() {
        check(
            &[
                (5.0, 5.0),
                (15.0, 5.0),
                (15.0, 15.0),
                (5.0, 15.0),
                (5.0, 5.0),
            ],
            &[(5.0, 5.0), (10.0, 5.0), (10.0, 10.0), (5.0, 10.0)],
        );
    }

    #[test]
    fn a_ring_inside_is_kept_whole_and_opened() {
        let ring = [(1.0, 1.0), (9.0, 1.0), (5.0, 9.0), (1.0, 1.0)];
        check(&ring, &ring[..3]);
    }

    #[test]
    fn a_ring_outside_is_dropped() {
        check(&[(11.0, 1.0), (19.0, 1.0), (15.0, 9.0), (11.0, 1.0)], &[]);
        check(&[], &[]);
    }

    #[test]
    fn a_square_larger_than_the_box_becomes_the_box() {
        let clipped = clip_to_box(
            &[(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)],
            10.0,
            10.0,
        );
        let mut corners = clipped.clone();
        corners.sort_by(|a, b| a.partial_cmp(b).unwrap());
        corners.dedup();
        assert_eq!(
            corners,
            [(0.0, 0.0), (0.0, 10.0), (10.0, 0.0), (10.0, 10.0)],
            "{clipped:?}"
        );
    }

    #[test]
    fn a_diagonal_crossing_lands_on_the_edge() {
        let clipped = clip_to_box(&[(5.0, 5.0), (13.0, 9.0), (5.0, 9.0)], 10.0, 10.0);
        assert_eq!(clipped, [(5.0, 5.0), (10.0, 7.5), (10.0, 9.0), (5.0, 9.0)]);
    }
}
