//! The timeline's exports: the chart's look for its SVG and PNG files
//! (`components/export_buttons.rs` writes them, in the browser). The
//! events' files come from the engine (`dossier_corpus::export`).

/// Styles for an exported SVG: the chart's look in concrete colours, since
/// the page's theme variables do not travel with the file.
pub const EXPORT_STYLE: &str = "
text { font-family: system-ui, sans-serif; font-size: 11px; fill: #5a5a60; }
.lane-label text, text.lane-label { fill: #1d1d1f; font-size: 12px; }
.lane-band { fill: none; stroke: #dedbd3; stroke-width: 0.5; }
.axis line { stroke: #dedbd3; stroke-width: 0.5; }
.axis .major line { stroke: #5a5a60; }
.mark circle, .mark rect { fill: #8a3b12; stroke: #8a3b12; stroke-width: 1.5; }
.mark.precision-month rect { fill-opacity: 0.45; }
.mark.precision-coarse rect { fill-opacity: 0.15; stroke-dasharray: 1 2; }
.mark.inferred circle, .mark.inferred rect { fill: #ffffff; stroke-dasharray: 3 2; }
.mark-label { fill: #1d1d1f; }
.cluster circle { fill: #f1efe9; stroke: #5a5a60; }
.cluster text { text-anchor: middle; fill: #1d1d1f; font-size: 10px; }
.doc-marker path { fill: #5a5a60; }
.doc-marker.inferred path { fill: none; stroke: #5a5a60; stroke-dasharray: 2 1.5; }
";
