//! The basemap as the app receives it: a box in degrees, its size in
//! pixels, and one SVG path per country. This part is compiled without the
//! `extract` feature, because the app needs the types to decode the
//! artefact and the projection to put its places on the map.
//!
//! The projection is equirectangular with its x axis scaled by the cosine
//! of the box's middle latitude, so a region of a few tens of degrees keeps
//! its shape near its centre. It is affine, so lines stay lines: that is
//! why clipping and simplifying in pixels is exact.

use serde::{Deserialize, Serialize};

/// A box of latitudes and longitudes, in degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Southern edge (smallest latitude).
    pub south: f64,
    /// Western edge (smallest longitude).
    pub west: f64,
    /// Northern edge (largest latitude).
    pub north: f64,
    /// Eastern edge (largest longitude).
    pub east: f64,
}

impl BBox {
    /// True when `[latitude, longitude]` lies in the box, edges included.
    pub fn contains(&self, [latitude, longitude]: [f64; 2]) -> bool {
        (self.south..=self.north).contains(&latitude)
            && (self.west..=self.east).contains(&longitude)
    }

    /// How much a degree of longitude is narrower than a degree of
    /// latitude, at the box's middle latitude. It never goes below a small
    /// floor, so a box near a pole still has a width.
    pub fn x_shrink(&self) -> f64 {
        let middle = (self.south + self.north) / 2.0;
        middle.to_radians().cos().max(0.05)
    }

    /// The box's height in pixels when drawn `width` pixels wide.
    pub fn height_for(&self, width: f64) -> f64 {
        let (horizontal, vertical) = self.extent();
        width * vertical / horizontal
    }

    /// Width and height in "projected degrees" (longitude shrunk), never
    /// zero, so a scale computed from them is always finite.
    fn extent(&self) -> (f64, f64) {
        let horizontal = ((self.east - self.west) * self.x_shrink()).max(1e-9);
        let vertical = (self.north - self.south).max(1e-9);
        (horizontal, vertical)
    }

    /// Pixels per projected degree when drawn `width` pixels wide.
    fn scale(&self, width: f64) -> f64 {
        width / self.extent().0
    }
}

/// The pixel position of `[latitude, longitude]` in a drawing of `bbox`
/// that is `width` pixels wide: x grows eastwards from the western edge, y
/// grows southwards from the northern edge, as in SVG. Points outside the
/// box land outside `0..width` and `0..height`.
pub fn project(bbox: &BBox, width: f64, [latitude, longitude]: [f64; 2]) -> (f64, f64) {
    let scale = bbox.scale(width);
    (
        (longitude - bbox.west) * bbox.x_shrink() * scale,
        (bbox.north - latitude) * scale,
    )
}

/// The `[latitude, longitude]` drawn at pixel `(x, y)`; the inverse of
/// [`project`], for reading a position under the pointer.
pub fn unproject(bbox: &BBox, width: f64, (x, y): (f64, f64)) -> [f64; 2] {
    let scale = bbox.scale(width);
    [
        bbox.north - y / scale,
        bbox.west + x / (bbox.x_shrink() * scale),
    ]
}

/// A country map of the region the corpus is about, ready to draw as SVG
/// (`viewBox="0 0 width height"`). Paths may hold holes and several pieces,
/// so draw them with `fill-rule="evenodd"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Basemap {
    /// Width of the drawing, in pixels.
    pub width: f32,
    /// Height of the drawing, in pixels (set by the box's aspect).
    pub height: f32,
    /// The region drawn, in degrees.
    pub bbox: BBox,
    /// The countries that show in the box, clipped to it.
    pub countries: Vec<Country>,
}

impl Basemap {
    /// Where `[latitude, longitude]` is drawn, or `None` when it lies
    /// outside the box (the app lists those places beside the map).
    pub fn position(&self, at: [f64; 2]) -> Option<(f32, f32)> {
        self.bbox.contains(at).then(|| {
            let (x, y) = project(&self.bbox, f64::from(self.width), at);
            (x as f32, y as f32)
        })
    }

    /// The `[latitude, longitude]` under pixel `(x, y)`.
    pub fn location(&self, (x, y): (f32, f32)) -> [f64; 2] {
        unproject(
            &self.bbox,
            f64::from(self.width),
            (f64::from(x), f64::from(y)),
        )
    }
}

/// One country's outline within the box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// Its short English name ("Iraq").
    pub name: String,
    /// Its ISO 3166-1 alpha-3 code ("IRQ"), or the data's own code where
    /// there is none.
    pub iso: String,
    /// SVG path data: one closed subpath per ring, an absolute move then
    /// relative lines, in tenths of a pixel.
    pub path: String,
    /// A point inside its largest piece, for its label.
    pub label_at: (f32, f32),
    /// The area it covers in the box, in square pixels, so the app can
    /// leave out the labels of slivers at the edge.
    pub area: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIDDLE_EAST: BBox = BBox {
        south: 22.0,
        west: 30.0,
        north: 42.0,
        east: 55.0,
    };

    /// Projects `at` into a 1000-pixel-wide drawing of the Middle East,
    /// compares with `expected` (when given) and checks the way back.
    fn check(at: [f64; 2], expected: Option<(f64, f64)>) {
        let (x, y) = project(&MIDDLE_EAST, 1000.0, at);
        if let Some((expected_x, expected_y)) = expected {
            assert!(
                (x - expected_x).abs() < 1e-6 && (y - expected_y).abs() < 1e-6,
                "{at:?} went to {:?}",
                (x, y)
            );
        }
        let back = unproject(&MIDDLE_EAST, 1000.0, (x, y));
        assert!(
            (back[0] - at[0]).abs() < 1e-9 && (back[1] - at[1]).abs() < 1e-9,
            "{at:?} came back as {back:?}"
        );
    }

    #[test]
    fn the_corners_go_to_the_corners_and_every_point_comes_back() {
        let height = MIDDLE_EAST.height_for(1000.0);
        check([42.0, 30.0], Some((0.0, 0.0)));
        check([22.0, 55.0], Some((1000.0, height)));
        check([32.0, 42.5], Some((500.0, height / 2.0)));
        for at in [
            [33.3152, 44.3661],
            [35.6892, 51.389],
            [38.9072, -77.0369],
            [-10.0, 170.0],
        ] {
            check(at, None);
        }
    }

    #[test]
    fn a_degree_of_longitude_is_narrower_by_the_cosine_of_the_middle_latitude() {
        let height = MIDDLE_EAST.height_for(1000.0);
        // 25 degrees wide at 32 N against 20 degrees high.
        let expected = 1000.0 * 20.0 / (25.0 * 32f64.to_radians().cos());
        assert!(
            (height - expected).abs() < 1e-9,
            "{height} against {expected}"
        );
    }

    #[test]
    fn a_basemap_places_what_is_inside_and_nothing_else() {
        let basemap = Basemap {
            width: 1000.0,
            height: MIDDLE_EAST.height_for(1000.0) as f32,
            bbox: MIDDLE_EAST,
            countries: Vec::new(),
        };
        let (x, y) = basemap.position([32.0, 42.5]).unwrap();
        assert!((x - 500.0).abs() < 1e-3 && (y - basemap.height / 2.0).abs() < 1e-3);
        let back = basemap.location((x, y));
        assert!(
            (back[0] - 32.0).abs() < 1e-4 && (back[1] - 42.5).abs() < 1e-4,
            "{back:?}"
        );
        assert_eq!(basemap.position([38.9072, -77.0369]), None);
    }
}
