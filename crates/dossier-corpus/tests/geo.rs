//! The basemap on the real data: the stored Natural Earth world file
//! (`data/natural-earth/`) and the places of the real gazetteer
//! (`seeds/gazetteer.toml`).
#![cfg(feature = "extract")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::Path;

use dossier_corpus::extract::Gazetteer;
use dossier_corpus::geo::{basemap_file, read_features, Basemap};

const BAGHDAD: [f64; 2] = [33.3152, 44.3661];
const WASHINGTON: [f64; 2] = [38.9072, -77.0369];

fn repository() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn world_file() -> std::path::PathBuf {
    repository().join("data/natural-earth/ne_110m_admin_0_countries.geojson")
}

/// Every located place of the seeds' gazetteer.
fn seed_places() -> Vec<[f64; 2]> {
    let (gazetteer, _) = Gazetteer::load_from_dir(&repository().join("seeds")).unwrap();
    let places: Vec<[f64; 2]> = gazetteer
        .actors
        .iter()
        .filter_map(|entry| entry.coordinates)
        .collect();
    assert!(
        places.contains(&BAGHDAD) && places.contains(&WASHINGTON),
        "the gazetteer changed"
    );
    places
}

fn seeds_basemap() -> Basemap {
    basemap_file(&world_file(), &seed_places())
        .unwrap()
        .expect("the seeds have located places")
}

#[test]
fn the_world_file_reads_whole() {
    let text = std::fs::read_to_string(world_file()).unwrap();
    let features = read_features(&text).unwrap();
    assert_eq!(features.len(), 177);
    assert!(features
        .iter()
        .all(|feature| !feature.name.is_empty() && feature.iso.len() == 3));
}

#[test]
fn the_seeds_get_a_small_map_of_iraq_and_its_neighbours() {
    let basemap = seeds_basemap();
    let iso: Vec<&str> = basemap
        .countries
        .iter()
        .map(|country| country.iso.as_str())
        .collect();
    for expected in [
        "IRQ", "IRN", "SYR", "SAU", "KWT", "TUR", "ISR", "LBN", "JOR",
    ] {
        assert!(
            iso.contains(&expected),
            "{expected} is missing from {iso:?}"
        );
    }
    for far in ["USA", "BRA", "AUS", "CHN"] {
        assert!(!iso.contains(&far), "{far} should be outside the frame");
    }
    let json = serde_json::to_vec(&basemap).unwrap().len();
    let bytes = postcard::to_allocvec(&basemap).unwrap();
    // The app decodes what the build encodes, without the extract feature.
    assert_eq!(postcard::from_bytes::<Basemap>(&bytes).unwrap(), basemap);
    let postcard = bytes.len();
    assert!(
        json < 80_000 && postcard < 80_000,
        "{json} bytes as JSON, {postcard} as postcard"
    );
    // Measured at 4.6 KB (6.1 KB as JSON) for 22 countries: far less is a
    // map that lost its outlines.
    assert!(
        postcard > 2_000,
        "{postcard} bytes is too little for 20 countries"
    );
}

#[test]
fn baghdad_is_on_the_map_and_washington_beside_it() {
    let basemap = seeds_basemap();
    let (x, y) = basemap
        .position(BAGHDAD)
        .expect("Baghdad is inside the frame");
    assert!(
        (0.0..=basemap.width).contains(&x) && (0.0..=basemap.height).contains(&y),
        "{x}, {y}"
    );
    assert_eq!(basemap.position(WASHINGTON), None);
    // Baghdad lies within Iraq's label-bearing piece's reach: Iraq's label
    // is within 300 pixels of it.
    let iraq = basemap
        .countries
        .iter()
        .find(|country| country.iso == "IRQ")
        .unwrap();
    let (label_x, label_y) = iraq.label_at;
    assert!(
        (label_x - x).hypot(label_y - y) < 300.0,
        "{:?} against {:?}",
        iraq.label_at,
        (x, y)
    );
}

#[test]
fn every_path_stays_in_the_box() {
    let basemap = seeds_basemap();
    for country in &basemap.countries {
        assert!(
            country.path.starts_with('M') && country.path.ends_with('z'),
            "{}",
            country.name
        );
        let (x, y) = country.label_at;
        assert!(
            (0.0..=basemap.width).contains(&x) && (0.0..=basemap.height).contains(&y),
            "{}",
            country.name
        );
        // The absolute moves are the only absolute coordinates.
        for subpath in country.path.split('M').skip(1) {
            let start: Vec<f32> = subpath
                .split(['l', 'z'])
                .next()
                .unwrap()
                .replace('-', " -")
                .split_whitespace()
                .map(|number| number.parse().unwrap())
                .collect();
            assert!(
                start.len() == 2
                    && (0.0..=basemap.width).contains(&start[0])
                    && (0.0..=basemap.height).contains(&start[1]),
                "{}: {start:?}",
                country.name
            );
        }
    }
}
