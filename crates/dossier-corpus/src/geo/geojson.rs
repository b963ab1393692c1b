//! A minimal GeoJSON reader: a `FeatureCollection` of `Polygon` and
//! `MultiPolygon` features with a name, and nothing else. The input is a
//! data file a person may replace, so anything it does not expect is an
//! error that says where it is and what is wrong, never a panic and never
//! a feature that silently goes missing.

use serde_json::Value;

/// A GeoJSON file that could not be read, with where and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct GeoError {
    /// The file, or `<geojson>` when the text came without a name.
    pub file: String,
    /// What is wrong, and in which feature.
    pub message: String,
}

impl GeoError {
    /// The same error, blamed on `file`.
    pub fn in_file(self, file: &str) -> GeoError {
        GeoError {
            file: file.to_owned(),
            ..self
        }
    }
}

/// The name errors carry until the caller says which file it read.
pub(crate) const UNNAMED: &str = "<geojson>";

/// One ring of a polygon: `[longitude, latitude]` pairs, as GeoJSON
/// writes them, first and last equal.
pub type Ring = Vec<[f64; 2]>;

/// One feature: a country's names and every ring of its outline. Outer
/// rings and holes are kept together, because an even-odd fill draws them
/// right without telling them apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// The `NAME` (or `name`) property.
    pub name: String,
    /// `ISO_A3`, or `ADM0_A3` when that is missing or `-99` (Natural
    /// Earth's "none"), or empty.
    pub iso: String,
    /// Every ring of every polygon.
    pub rings: Vec<Ring>,
}

/// Reads every feature of a GeoJSON `FeatureCollection`.
pub fn read_features(text: &str) -> Result<Vec<Feature>, GeoError> {
    let fail = |message: String| GeoError {
        file: UNNAMED.to_owned(),
        message,
    };
    let root: Value = serde_json::from_str(text).map_err(|error| fail(error.to_string()))?;
    if root.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(fail("the top level is not a FeatureCollection".into()));
    }
    let features = root
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| fail("the FeatureCollection has no \"features\" array".into()))?;
    features
        .iter()
        .enumerate()
        .map(|(index, feature)| {
            read_feature(feature).map_err(|message| fail(format!("feature {index}{message}")))
        })
        .collect()
}

/// One feature; an error message starts with the feature's name, if it has
/// one, so the caller can put the index in front.
fn read_feature(feature: &Value) -> Result<Feature, String> {
    let properties = feature.get("properties");
    let text = |key: &str| {
        properties
            .and_then(|properties| properties.get(key))
            .and_then(Value::as_str)
            .filter(|value| !value.is_empty() && *value != "-99")
    };
    let name = text("NAME")
        .or_else(|| text("name"))
        .ok_or(": it has no NAME property")?;
    let iso = text("ISO_A3")
        .or_else(|| text("ADM0_A3"))
        .unwrap_or_default();
    let rings = read_geometry(feature.get("geometry"))
        .map_err(|message| format!(" ({name}): {message}"))?;
    Ok(Feature {
        name: name.to_owned(),
        iso: iso.to_owned(),
        rings,
    })
}

/// The rings of a `Polygon` or a `MultiPolygon`.
fn read_geometry(geometry: Option<&Value>) -> Result<Vec<Ring>, String> {
    let geometry = geometry
        .filter(|geometry| !geometry.is_null())
        .ok_or("it has no geometry")?;
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("");
    let coordinates = geometry
        .get("coordinates")
        .and_then(Value::as_array)
        .ok_or("its geometry has no \"coordinates\" array")?;
    match kind {
        "Polygon" => read_polygon(coordinates),
        "MultiPolygon" => {
            let mut rings = Vec::new();
            for (index, polygon) in coordinates.iter().enumerate() {
                let polygon = polygon
                    .as_array()
                    .ok_or(format!("polygon {index} is not an array of rings"))?;
                rings.extend(
                    read_polygon(polygon)
                        .map_err(|message| format!("polygon {index}, {message}"))?,
                );
            }
            Ok(rings)
        }
        other => Err(format!(
            "geometry type \"{other}\" is not Polygon or MultiPolygon"
        )),
    }
}

/// The rings of one polygon (its outer ring, then its holes).
fn read_polygon(rings: &[Value]) -> Result<Vec<Ring>, String> {
    if rings.is_empty() {
        return Err("a polygon has no ring".into());
    }
    rings
        .iter()
        .enumerate()
        .map(|(index, ring)| read_ring(ring).map_err(|message| format!("ring {index}: {message}")))
        .collect()
}

/// One ring: at least four positions, the last equal to the first, as the
/// GeoJSON specification asks.
fn read_ring(ring: &Value) -> Result<Ring, String> {
    let positions = ring.as_array().ok_or("it is not an array of positions")?;
    let ring = positions
        .iter()
        .enumerate()
        .map(|(index, position)| {
            read_position(position).map_err(|message| format!("position {index}: {message}"))
        })
        .collect::<Result<Ring, String>>()?;
    if ring.len() < 4 {
        return Err(format!(
            "it has {} positions; a ring needs at least 4",
            ring.len()
        ));
    }
    if ring.first() != ring.last() {
        return Err("it is not closed (its last position differs from its first)".into());
    }
    Ok(ring)
}

/// One `[longitude, latitude]` position, within the globe.
fn read_position(position: &Value) -> Result<[f64; 2], String> {
    let numbers = position
        .as_array()
        .map(|numbers| numbers.iter().map(Value::as_f64).collect::<Vec<_>>());
    let Some([Some(longitude), Some(latitude), ..]) = numbers.as_deref() else {
        return Err(format!("{position} is not [longitude, latitude]"));
    };
    if !(-180.0..=180.0).contains(longitude) || !(-90.0..=90.0).contains(latitude) {
        return Err(format!(
            "{position} is off the globe (longitude comes first)"
        ));
    }
    Ok([*longitude, *latitude])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads one feature with this geometry, or gives the error's message.
    fn check(geometry: &str) -> Result<Vec<Ring>, String> {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
            {{"type":"Feature","properties":{{"NAME":"Testland","ISO_A3":"-99","ADM0_A3":"TST"}},"geometry":{geometry}}}]}}"#
        );
        let features = read_features(&text).map_err(|error| error.to_string())?;
        assert_eq!(features.len(), 1);
        assert_eq!(
            (features[0].name.as_str(), features[0].iso.as_str()),
            ("Testland", "TST")
        );
        Ok(features[0].rings.clone())
    }

    const SQUARE: &str = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";

    #[test]
    fn polygons_and_multipolygons_give_their_rings() {
        let polygon = check(&format!(
            r#"{{"type":"Polygon","coordinates":[{SQUARE},{SQUARE}]}}"#
        ));
        assert_eq!(polygon.map(|rings| rings.len()), Ok(2));
        let multi = check(&format!(
            r#"{{"type":"MultiPolygon","coordinates":[[{SQUARE}],[{SQUARE}]]}}"#
        ))
        .unwrap();
        assert_eq!(multi.len(), 2);
        assert_eq!(multi[0][2], [1.0, 1.0]);
    }

    #[test]
    fn bad_input_is_an_error_that_says_where() {
        for (geometry, expected) in [
            (
                "null",
                "<geojson>: feature 0 (Testland): it has no geometry",
            ),
            (
                r#"{"type":"Point","coordinates":[1,2]}"#,
                "geometry type \"Point\" is not Polygon",
            ),
            (
                r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#,
                "ring 0: it has 3 positions",
            ),
            (
                r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#,
                "ring 0: it is not closed",
            ),
            (
                r#"{"type":"Polygon","coordinates":[[[0,0],[1,"x"],[1,1],[0,0]]]}"#,
                "ring 0: position 1: [1,\"x\"] is not",
            ),
            (
                r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[91,200],[0,0]]]}"#,
                "off the globe",
            ),
            (
                r#"{"type":"MultiPolygon","coordinates":[[], 3]}"#,
                "polygon 0, a polygon has no ring",
            ),
        ] {
            let message = check(geometry).unwrap_err();
            assert!(message.contains(expected), "{geometry}: {message}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_feature_collection_is_an_error() {
        for (text, expected) in [
            ("{", "EOF while parsing"),
            (r#"{"type":"Feature"}"#, "not a FeatureCollection"),
            (r#"{"type":"FeatureCollection"}"#, "no \"features\" array"),
            (
                r#"{"type":"FeatureCollection","features":[{"properties":{}}]}"#,
                "feature 0: it has no NAME",
            ),
        ] {
            let message = read_features(text)
                .unwrap_err()
                .in_file("world.geojson")
                .to_string();
            assert!(message.starts_with("world.geojson: "), "{message}");
            assert!(message.contains(expected), "{text}: {message}");
        }
    }
}
