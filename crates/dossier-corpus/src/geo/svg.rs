//! Rings as SVG path data, and a label point inside a ring. Coordinates
//! are rounded to tenths of a pixel first, and each step is written
//! relative to the previous point from those rounded values, so the short
//! relative numbers add up to exactly the rounded positions.

use std::fmt::Write;

use super::clip::Point;

/// A ring smaller than this many square pixels is not worth drawing.
const MIN_AREA: f64 = 0.5;

/// A ring rounded to tenths of a pixel, open, without repeated points, or
/// `None` when too little of it is left to draw.
pub fn rounded_ring(ring: &[Point]) -> Option<Vec<(i64, i64)>> {
    let mut tenths: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let point = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
        if tenths.last() != Some(&point) {
            tenths.push(point);
        }
    }
    while tenths.len() > 1 && tenths.first() == tenths.last() {
        tenths.pop();
    }
    let area = twice_area(&tenths).abs() as f64 / 200.0;
    (tenths.len() >= 3 && area >= MIN_AREA).then_some(tenths)
}

/// Twice the signed area of a ring given in tenths, in square tenths
/// (the shoelace formula, exact in integers).
fn twice_area(ring: &[(i64, i64)]) -> i64 {
    let next = ring.iter().cycle().skip(1);
    ring.iter()
        .zip(next)
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum()
}

/// Appends one closed subpath: an absolute move to the first point, then
/// relative lines, then `z`.
pub fn write_ring(path: &mut String, ring: &[(i64, i64)]) {
    let Some(&(x, y)) = ring.first() else {
        return;
    };
    path.push('M');
    write_pair(path, x, y);
    let mut previous = (x, y);
    for (index, &(x, y)) in ring.iter().enumerate().skip(1) {
        if index == 1 {
            path.push('l');
        } else if x >= previous.0 {
            // A minus sign separates numbers by itself; otherwise a space.
            path.push(' ');
        }
        write_pair(path, x - previous.0, y - previous.1);
        previous = (x, y);
    }
    path.push('z');
}

/// `x y`, or `x-y` when the minus sign can separate them.
fn write_pair(path: &mut String, x: i64, y: i64) {
    write_tenths(path, x);
    if y >= 0 {
        path.push(' ');
    }
    write_tenths(path, y);
}

/// A number of tenths as a short decimal: `12.3`, `7`, `.5`, `-.5`.
fn write_tenths(path: &mut String, tenths: i64) {
    if tenths < 0 {
        path.push('-');
    }
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    // Writing to a String cannot fail.
    let _ = match (whole, tenth) {
        (whole, 0) => write!(path, "{whole}"),
        (0, tenth) => write!(path, ".{tenth}"),
        (whole, tenth) => write!(path, "{whole}.{tenth}"),
    };
}

/// The area of a rounded ring, in square pixels, for picking the largest.
pub fn area(ring: &[(i64, i64)]) -> f64 {
    twice_area(ring).abs() as f64 / 200.0
}

/// A point inside `ring` (in tenths) for its label, in pixels: on the
/// horizontal line through the ring's centroid, the middle of the widest
/// stretch that lies inside. The centroid alone can fall outside a
/// crescent or an L-shaped country; this point cannot.
pub fn label_at(ring: &[(i64, i64)]) -> (f32, f32) {
    let points: Vec<Point> = ring
        .iter()
        .map(|&(x, y)| (x as f64 / 10.0, y as f64 / 10.0))
        .collect();
    let (centre_x, centre_y) = centroid(&points);
    // Nudge the line off the vertices' exact heights, where a crossing
    // would count twice.
    let line = centre_y + 1e-7;
    let next = points.iter().cycle().skip(1);
    let mut crossings: Vec<f64> = points
        .iter()
        .zip(next)
        .filter(|(a, b)| (a.1 <= line) != (b.1 <= line))
        .map(|(a, b)| a.0 + (line - a.1) * (b.0 - a.0) / (b.1 - a.1))
        .collect();
    crossings.sort_by(f64::total_cmp);
    let widest = crossings
        .chunks_exact(2)
        .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])));
    let x = widest.map_or(centre_x, |pair| (pair[0] + pair[1]) / 2.0);
    (x as f32, centre_y as f32)
}

/// The area centroid of a ring, or the mean of its points when it has no
/// area.
fn centroid(points: &[Point]) -> Point {
    let next = points.iter().cycle().skip(1);
    let (mut area, mut x, mut y) = (0.0, 0.0, 0.0);
    for (a, b) in points.iter().zip(next) {
        let cross = a.0 * b.1 - b.0 * a.1;
        area += cross;
        x += (a.0 + b.0) * cross;
        y += (a.1 + b.1) * cross;
    }
    if area.abs() > 1e-9 {
        (x / (3.0 * area), y / (3.0 * area))
    } else {
        let count = points.len().max(1) as f64;
        let sum = points
            .iter()
            .fold((0.0, 0.0), |sum, p| (sum.0 + p.0, sum.1 + p.1));
        (sum.0 / count, sum.1 / count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path of one ring given in pixels, or `None` when it is dropped.
    fn check(ring: &[Point]) -> Option<String> {
        rounded_ring(ring).map(|tenths| {
            let mut path = String::new();
            write_ring(&mut path, &tenths);
            path
        })
    }

    #[test]
    fn a_ring_is_an_absolute_move_then_relative_lines() {
        let square = [
            (10.04, 20.0),
            (20.0, 20.0),
            (20.0, 30.55),
            (10.0, 30.5),
            (10.0, 20.0),
        ];
        assert_eq!(check(&square).as_deref(), Some("M10 20l10 0 0 10.6-10-.1z"));
        let from_negative = [(5.0, 5.0), (2.5, 7.0), (1.0, 1.0)];
        assert_eq!(check(&from_negative).as_deref(), Some("M5 5l-2.5 2-1.5-6z"));
    }

    #[test]
    fn tiny_or_flat_rings_are_dropped() {
        assert_eq!(check(&[(0.0, 0.0), (0.5, 0.0), (0.5, 0.5)]), None);
        assert_eq!(check(&[(0.0, 0.0), (5.0, 5.0), (10.0, 10.0)]), None);
        assert_eq!(check(&[(1.0, 1.0), (1.01, 1.01), (1.0, 1.0)]), None);
    }

    #[test]
    fn the_label_of_a_crescent_lies_inside_it() {
        // A "C": the centroid falls in its mouth, at x = 4 or so.
        let c_shape = [
            (0, 0),
            (100, 0),
            (100, 20),
            (20, 20),
            (20, 80),
            (100, 80),
            (100, 100),
            (0, 100),
        ];
        let (x, y) = label_at(&c_shape);
        assert!((0.0..2.0).contains(&x), "{x}");
        assert!((0.0..10.0).contains(&y), "{y}");
        assert_eq!(area(&c_shape), 52.0);
    }
}
