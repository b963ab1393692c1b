//! The timeline's pure parts: scales and ticks, lanes, and packing. The page
//! (`pages/timeline.rs`) draws what these compute.

pub mod export;
pub mod filter;
pub mod lanes;
pub mod layer;
pub mod pack;
pub mod scale;
pub mod sketch;
