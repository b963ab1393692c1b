//! Douglas–Peucker simplification in pixels: a point survives only if the
//! line drawn without it would stray more than the tolerance from it. At
//! under a pixel the eye sees no difference, and most of the bytes go.

use super::clip::Point;

/// Distance from `point` to the segment from `a` to `b` (to `a` itself
/// when the segment is a point).
fn distance_to_segment(point: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_squared = dx * dx + dy * dy;
    let t = if length_squared > 0.0 {
        (((point.0 - a.0) * dx + (point.1 - a.1) * dy) / length_squared).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (point.0 - (a.0 + t * dx)).hypot(point.1 - (a.1 + t * dy))
}

/// The polyline with every point dropped that lies within `tolerance` of
/// the simplified line; the first and last points always stay. It walks an
/// explicit stack, so a long coastline cannot overflow the call stack.
pub fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    let last = points.len() - 1;
    keep[0] = true;
    keep[last] = true;
    let mut stack = vec![(0, last)];
    while let Some((start, end)) = stack.pop() {
        let farthest = (start + 1..end)
            .map(|index| {
                (
                    index,
                    distance_to_segment(points[index], points[start], points[end]),
                )
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((index, distance)) = farthest {
            if distance > tolerance {
                keep[index] = true;
                stack.push((start, index));
                stack.push((index, end));
            }
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(&point, keep)| keep.then_some(point))
        .collect()
}

/// A ring (open: the first point not repeated) simplified as the closed
/// line it stands for, so the stretch from the last point back to the
/// first is judged too. It stays open.
pub fn simplify_ring(ring: &[Point], tolerance: f64) -> Vec<Point> {
    let Some(&first) = ring.first() else {
        return Vec::new();
    };
    let mut closed = ring.to_vec();
    closed.push(first);
    let mut simplified = simplify(&closed, tolerance);
    simplified.pop();
    simplified
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Simplifies `points` at a tolerance of one pixel and compares.
    fn check(points: &[Point], expected: &[Point]) {
        assert_eq!(simplify(points, 1.0), expected, "simplifying {points:?}");
    }

    #[test]
    fn collinear_points_go_and_the_ends_stay() {
        check(
            &[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (5.0, 5.0)],
            &[(0.0, 0.0), (5.0, 5.0)],
        );
        check(&[(0.0, 0.0), (1.0, 0.0)], &[(0.0, 0.0), (1.0, 0.0)]);
    }

    #[test]
    fn a_small_wobble_goes_and_a_corner_stays() {
        check(
            &[
                (0.0, 0.0),
                (3.0, 0.4),
                (6.0, -0.4),
                (10.0, 0.0),
                (10.0, 10.0),
            ],
            &[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)],
        );
        check(
            &[(0.0, 0.0), (5.0, 3.0), (10.0, 0.0)],
            &[(0.0, 0.0), (5.0, 3.0), (10.0, 0.0)],
        );
    }

    #[test]
    fn a_ring_keeps_its_corners_and_loses_the_points_between() {
        let square = [
            (0.0, 0.0),
            (5.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 5.0),
        ];
        assert_eq!(
            simplify_ring(&square, 0.5),
            [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
        );
        assert_eq!(simplify_ring(&[], 0.5), []);
    }

    #[test]
    fn a_zigzag_wider_than_the_tolerance_keeps_every_point() {
        let zigzag: Vec<Point> = (0..1000)
            .map(|step| (f64::from(step), f64::from(step % 2) * 3.0))
            .collect();
        assert_eq!(simplify(&zigzag, 1.0).len(), zigzag.len());
    }
}
