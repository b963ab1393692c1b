//! The marks layer. Marks are packed once per zoom level and drawn once per
//! stretch of time (a tile); between those, a zoom or pan step only moves and
//! stretches the layer with a transform. So a step costs a transform, not a
//! new layout, and the layer holds only what lies near the window, whatever
//! the size of the corpus.
//!
//! A level is a power of two of days: the window's span rounded up. Marks
//! are packed at the level's scale, which is the tightest the window can
//! have within the level: zooming in within it only spreads marks apart, so
//! nothing packed without overlap can come to overlap.

use crate::timeline::scale::{Window, MIN_SPAN};

/// Where the layer sits in time and how it was drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layer {
    /// The zoom level: the layer was packed for a span of `2^level` days.
    pub level: i32,
    /// First day the layer holds.
    pub start: f64,
    /// One past the last day it holds.
    pub end: f64,
    /// Pixels per day at which it was drawn.
    pub px_per_day: f64,
}

/// The level for a window: its span rounded up to a power of two of days.
pub fn level_for(window: Window) -> i32 {
    window.span().max(MIN_SPAN).log2().ceil() as i32
}

/// Pixels per day at `level` on a plot `plot` pixels wide.
pub fn level_px_per_day(level: i32, plot: f64) -> f64 {
    plot / f64::from(level).exp2()
}

/// The layer that holds `window` on a plot `plot` pixels wide. Tiles are half
/// a level's span long; the layer runs from the tile where the window starts
/// for one and a half spans, so it always covers the window, and it changes
/// only when the window starts in another tile or changes level.
pub fn layer_for(window: Window, plot: f64) -> Layer {
    let level = level_for(window);
    let span = f64::from(level).exp2();
    let tile = span / 2.0;
    let start = (window.start / tile).floor() * tile;
    Layer {
        level,
        start,
        end: start + tile + span,
        px_per_day: level_px_per_day(level, plot),
    }
}

/// The transform that puts the layer under `window`: a shift in pixels and
/// a horizontal stretch (at least 1, under 2), as in
/// `translate(shift) scale(stretch, 1)`.
pub fn layer_transform(layer: Layer, window: Window, plot: f64) -> (f64, f64) {
    let px_per_day = plot / window.span();
    (
        (layer.start - window.start) * px_per_day,
        px_per_day / layer.px_per_day,
    )
}

/// Whether `layer` can stand under `window` for the frames of a gesture: it
/// covers the window, and its marks are stretched or squeezed by no more
/// than twice.
pub fn holds(layer: Layer, window: Window, plot: f64) -> bool {
    let (_, stretch) = layer_transform(layer, window, plot);
    layer.start <= window.start && layer.end >= window.end && (0.5..=2.0).contains(&stretch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::scale::x_from_day;

    fn window(start: f64, end: f64) -> Window {
        Window { start, end }
    }

    #[test]
    fn the_layer_covers_the_window_and_stretches_by_less_than_two() {
        for (start, span) in [
            (18_000.0, 3.0),
            (18_000.5, 40.0),
            (18_263.9, 64.0),
            (-500.0, 1000.0),
            (18_100.0, 700.3),
        ] {
            let shown = window(start, start + span);
            let layer = layer_for(shown, 900.0);
            assert!(
                layer.start <= shown.start && layer.end >= shown.end,
                "{layer:?}"
            );
            let (_, stretch) = layer_transform(layer, shown, 900.0);
            assert!((1.0..2.0).contains(&stretch), "{stretch}");
        }
    }

    #[test]
    fn a_day_lands_where_the_plain_scale_puts_it() {
        let shown = window(18_010.25, 18_047.0);
        let layer = layer_for(shown, 800.0);
        let (shift, stretch) = layer_transform(layer, shown, 800.0);
        for day in [18_000.0, 18_020.5, 18_046.0] {
            let in_layer = (day - layer.start) * layer.px_per_day;
            let on_screen = shift + stretch * in_layer;
            assert!((on_screen - x_from_day(day, shown, 800.0)).abs() < 1e-6);
        }
    }

    #[test]
    fn a_layer_holds_a_window_it_covers_within_twice_its_scale() {
        let shown = window(18_000.0, 18_050.0);
        let layer = layer_for(shown, 800.0);
        assert!(holds(layer, shown, 800.0));
        // Zoomed in by 0.7, twice: stretched by about two.
        assert!(holds(layer, shown.zoom(0.7, 0.5), 800.0));
        assert!(!holds(layer, shown.zoom(0.3, 0.5), 800.0));
        // Zoomed out, or moved past its end: no longer covered.
        assert!(!holds(layer, shown.zoom(2.0, 0.5), 800.0));
        assert!(!holds(layer, shown.pan(60.0), 800.0));
    }

    #[test]
    fn small_steps_keep_the_layer() {
        let shown = window(18_000.0, 18_050.0);
        let layer = layer_for(shown, 800.0);
        assert_eq!(layer_for(shown.pan(3.0), 800.0), layer);
        assert_eq!(layer_for(shown.zoom(0.9, 0.0), 800.0), layer);
        assert_ne!(layer_for(shown.pan(40.0), 800.0), layer);
        assert_ne!(layer_for(shown.zoom(0.5, 0.0), 800.0).level, layer.level);
    }
}
