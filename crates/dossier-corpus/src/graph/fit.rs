//! Fitting a layout into a fixed box for storage, and back. The layout
//! works in its own units, whose extent depends on the graph; the stored
//! artefact and the drawing want a known box, so the build stores fitted
//! positions and the scale it used.

use serde::{Deserialize, Serialize};

/// The share of the box left empty on each side, so nodes drawn with a
/// radius and a label are not cut at the edge.
const MARGIN: f32 = 0.05;

/// A uniform scale and a shift from layout units into a box. The scale is
/// the same on both axes, so angles and relative distances survive.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    /// Box units per layout unit.
    pub scale: f32,
    /// Added to a scaled x.
    pub offset_x: f32,
    /// Added to a scaled y.
    pub offset_y: f32,
}

impl Fit {
    /// The fit that centres `points` in a `size` × `size` box with a margin.
    /// No points, or a box that is not a positive number, gives the identity
    /// shifted to the box's centre; points at one spot land on the centre.
    pub fn around(points: &[(f32, f32)], size: f32) -> Fit {
        let size = if size.is_finite() && size > 0.0 {
            size
        } else {
            1.0
        };
        let finite = points
            .iter()
            .filter(|(x, y)| x.is_finite() && y.is_finite());
        let bounds = finite.fold(None, |bounds: Option<(f32, f32, f32, f32)>, &(x, y)| {
            Some(match bounds {
                None => (x, y, x, y),
                Some((left, top, right, bottom)) => {
                    (left.min(x), top.min(y), right.max(x), bottom.max(y))
                }
            })
        });
        let Some((left, top, right, bottom)) = bounds else {
            return Fit {
                scale: 1.0,
                offset_x: size / 2.0,
                offset_y: size / 2.0,
            };
        };
        let extent = (right - left).max(bottom - top);
        let room = size * (1.0 - 2.0 * MARGIN);
        let scale = room / extent;
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        Fit {
            scale,
            offset_x: size / 2.0 - (left + right) / 2.0 * scale,
            offset_y: size / 2.0 - (top + bottom) / 2.0 * scale,
        }
    }

    /// A point in layout units, in the box.
    pub fn to_box(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (
            x * self.scale + self.offset_x,
            y * self.scale + self.offset_y,
        )
    }

    /// A point in the box (say, where a node was dropped), in layout units.
    pub fn to_layout(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (
            (x - self.offset_x) / self.scale,
            (y - self.offset_y) / self.scale,
        )
    }
}
