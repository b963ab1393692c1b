//! The offline basemap: the countries around the places a corpus names,
//! drawn once at build time from a public-domain world file
//! (`data/natural-earth/`) and stored as a few tens of kilobytes of SVG
//! paths, so the app needs no tile server and no network.
//!
//! The steps, each in its own module: read the GeoJSON (`geojson`), frame
//! the region the places are about (`frame`), project it into a box of
//! pixels (`basemap`), clip each ring to the box (`clip`), simplify it
//! (`simplify`) and write it as path data (`svg`). Only the result and the
//! projection are compiled for the app; the rest runs at build time
//! (`dossier bundle`, and `build.rs` for native builds).

mod basemap;
#[cfg(feature = "extract")]
mod builder;
#[cfg(feature = "extract")]
mod clip;
#[cfg(feature = "extract")]
mod frame;
#[cfg(feature = "extract")]
mod geojson;
#[cfg(feature = "extract")]
mod simplify;
#[cfg(feature = "extract")]
mod svg;

pub use basemap::{project, unproject, BBox, Basemap, Country};
#[cfg(feature = "extract")]
pub use builder::{basemap, basemap_file, draw, TOLERANCE, WIDTH};
#[cfg(feature = "extract")]
pub use frame::frame;
#[cfg(feature = "extract")]
pub use geojson::{read_features, Feature, GeoError, Ring};
