//! Turning a world file and a corpus's places into its [`Basemap`].

use std::path::Path;

use super::basemap::{project, BBox, Basemap, Country};
use super::clip::{clip_to_box, Point};
use super::frame::frame;
use super::geojson::{read_features, Feature, GeoError, Ring};
use super::simplify::simplify_ring;
use super::svg::{area, label_at, rounded_ring, write_ring};

/// The drawing's width in pixels; its height follows from the region.
pub const WIDTH: f64 = 1000.0;

/// How far, in pixels, a simplified outline may stray from the data. Under
/// a pixel, the eye sees no difference.
pub const TOLERANCE: f64 = 0.7;

/// The basemap for `places` (`[latitude, longitude]`, as in
/// `Actor::coordinates`) from the text of a GeoJSON world file, or `None`
/// when no place has coordinates, so there is nothing to frame. The file is
/// read in full either way, so a broken file is reported even then.
pub fn basemap(geojson_text: &str, places: &[[f64; 2]]) -> Result<Option<Basemap>, GeoError> {
    let features = read_features(geojson_text)?;
    Ok(frame(places).map(|bbox| draw(&features, bbox, WIDTH)))
}

/// [`basemap`] from a file, whose path the errors name.
pub fn basemap_file(path: &Path, places: &[[f64; 2]]) -> Result<Option<Basemap>, GeoError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| GeoError {
        file: file.clone(),
        message: error.to_string(),
    })?;
    basemap(&text, places).map_err(|error| error.in_file(&file))
}

/// The countries of `features` that show in `bbox`, drawn `width` pixels
/// wide, in the order of the file.
pub fn draw(features: &[Feature], bbox: BBox, width: f64) -> Basemap {
    let height = bbox.height_for(width);
    Basemap {
        width: width as f32,
        height: height as f32,
        bbox,
        countries: features
            .iter()
            .filter_map(|feature| country(feature, &bbox, width, height))
            .collect(),
    }
}

/// One country clipped to the box, or `None` when nothing of it shows.
fn country(feature: &Feature, bbox: &BBox, width: f64, height: f64) -> Option<Country> {
    let mut path = String::new();
    let mut largest: Option<(f64, Vec<(i64, i64)>)> = None;
    let mut total = 0.0;
    for ring in feature.rings.iter().filter(|ring| overlaps(ring, bbox)) {
        let projected: Vec<Point> = ring
            .iter()
            .map(|&[longitude, latitude]| project(bbox, width, [latitude, longitude]))
            .collect();
        let clipped = clip_to_box(&projected, width, height);
        let Some(tenths) = rounded_ring(&simplify_ring(&clipped, TOLERANCE)) else {
            continue;
        };
        write_ring(&mut path, &tenths);
        let size = area(&tenths);
        total += size;
        if largest.as_ref().is_none_or(|(most, _)| size > *most) {
            largest = Some((size, tenths));
        }
    }
    let (_, piece) = largest?;
    Some(Country {
        name: feature.name.clone(),
        iso: feature.iso.clone(),
        path,
        label_at: label_at(&piece),
        area: total as f32,
    })
}

/// False when the ring's own box misses `bbox`, which spares projecting
/// and clipping most of the world.
fn overlaps(ring: &Ring, bbox: &BBox) -> bool {
    let (mut west, mut south, mut east, mut north) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &[longitude, latitude] in ring {
        west = west.min(longitude);
        east = east.max(longitude);
        south = south.min(latitude);
        north = north.max(latitude);
    }
    west <= bbox.east && east >= bbox.west && south <= bbox.north && north >= bbox.south
}

#[cfg(test)]
mod tests {
    use super::super::geojson::UNNAMED;
    use super::*;

    /// A collection of features, each a name and one square given as
    /// `(west, south, side)` in degrees.
    fn world(squares: &[(&str, f64, f64, f64)]) -> String {
        let features: Vec<String> = squares
            .iter()
            .map(|&(name, west, south, side)| {
                let (east, north) = (west + side, south + side);
                format!(
                    r#"{{"type":"Feature","properties":{{"NAME":"{name}"}},"geometry":{{"type":"Polygon","coordinates":[[[{west},{south}],[{east},{south}],[{east},{north}],[{west},{north}],[{west},{south}]]]}}}}"#
                )
            })
            .collect();
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    #[test]
    fn only_the_countries_in_the_frame_are_drawn_and_clipped_to_it() {
        let text = world(&[
            ("Here", 40.0, 30.0, 10.0),
            ("Near", 46.0, 30.0, 30.0),
            ("Far", -100.0, 30.0, 10.0),
        ]);
        let basemap = basemap(&text, &[[35.0, 45.0], [33.0, 44.0]])
            .unwrap()
            .unwrap();
        let names: Vec<&str> = basemap
            .countries
            .iter()
            .map(|country| country.name.as_str())
            .collect();
        assert_eq!(names, ["Here", "Near"]);
        let near = &basemap.countries[1];
        assert!(near.label_at.0 > basemap.countries[0].label_at.0);
        // Clipped: no point of "Near" lies past the right edge.
        assert!(near.area < basemap.width * basemap.height / 2.0, "{near:?}");
        assert_eq!(basemap.width, 1000.0);
    }

    #[test]
    fn no_places_gives_no_map_but_a_bad_file_is_still_an_error() {
        assert_eq!(
            basemap(&world(&[("Here", 40.0, 30.0, 10.0)]), &[]),
            Ok(None)
        );
        assert!(basemap("[]", &[]).is_err());
    }

    #[test]
    fn a_missing_file_is_an_error_that_names_it() {
        let error = basemap_file(Path::new("no/such/world.geojson"), &[[0.0, 0.0]]).unwrap_err();
        assert!(
            error.to_string().starts_with("no/such/world.geojson: "),
            "{error}"
        );
        assert_ne!(error.file, UNNAMED);
    }
}
