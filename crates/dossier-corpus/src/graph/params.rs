//! The layout's parameters, with defaults and the guard that keeps a bad
//! setting from turning positions into NaN.

/// The knobs of the simulation. The defaults suit a few dozen to a few
/// thousand nodes; every length is in layout units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// The length a spring rests at.
    pub link_distance: f32,
    /// How hard springs pull, 0 to 1; 1 corrects a spring fully in one tick
    /// at full heat, at the less busy of its two nodes.
    pub link_strength: f32,
    /// How hard each node pushes every other away: the push at distance `d`
    /// is `repulsion / d` per tick at full heat.
    pub repulsion: f32,
    /// Barnes-Hut accuracy: a cell whose width over its distance is under
    /// this acts as one body. Lower is slower and more exact; 0.9 is ample
    /// for a picture.
    pub theta: f32,
    /// Distances under this count as this in the repulsion, so two nodes
    /// that start close are not flung apart.
    pub min_distance: f32,
    /// Pull towards the origin per unit of distance, per tick at full heat.
    pub gravity: f32,
    /// Share of its velocity a node loses each tick, 0 to 1.
    pub velocity_decay: f32,
    /// Share of alpha lost each tick, 0 to 1; 0.0228 takes alpha from 1 to
    /// `alpha_min` in about 300 ticks.
    pub alpha_decay: f32,
    /// Below this alpha the layout counts as settled.
    pub alpha_min: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            link_distance: 30.0,
            link_strength: 1.0,
            repulsion: 30.0,
            theta: 0.9,
            min_distance: 1.0,
            gravity: 0.05,
            velocity_decay: 0.4,
            alpha_decay: 0.0228,
            alpha_min: 0.001,
        }
    }
}

impl Params {
    /// The same simulation, magnified `factor` times: run from positions
    /// scaled by `factor`, it moves them exactly as these parameters would
    /// move the unscaled ones, scaled. Springs and gravity are linear in
    /// distance; the repulsion, `repulsion / d`, needs `factor²`. The browser
    /// uses it to resume in the stored box's units (see [`Fit::scale`](super::Fit::scale)).
    pub fn scaled(self, factor: f32) -> Params {
        Params {
            link_distance: self.link_distance * factor,
            repulsion: self.repulsion * factor * factor,
            min_distance: self.min_distance * factor,
            ..self
        }
    }

    /// These parameters with every value that is not finite or out of its
    /// range replaced by the default, so no setting can produce NaN.
    pub(crate) fn sanitised(self) -> Params {
        let default = Params::default();
        let keep = |value: f32, ok: bool, fallback: f32| if ok { value } else { fallback };
        let positive = |value: f32| value.is_finite() && value > 0.0;
        let share = |value: f32| (0.0..=1.0).contains(&value);
        Params {
            link_distance: keep(
                self.link_distance,
                positive(self.link_distance),
                default.link_distance,
            ),
            link_strength: keep(
                self.link_strength,
                share(self.link_strength),
                default.link_strength,
            ),
            repulsion: keep(
                self.repulsion,
                self.repulsion.is_finite() && self.repulsion >= 0.0,
                default.repulsion,
            ),
            theta: keep(self.theta, share(self.theta), default.theta),
            min_distance: keep(
                self.min_distance,
                positive(self.min_distance),
                default.min_distance,
            ),
            gravity: keep(self.gravity, share(self.gravity), default.gravity),
            velocity_decay: keep(
                self.velocity_decay,
                share(self.velocity_decay),
                default.velocity_decay,
            ),
            alpha_decay: keep(
                self.alpha_decay,
                share(self.alpha_decay),
                default.alpha_decay,
            ),
            alpha_min: keep(self.alpha_min, share(self.alpha_min), default.alpha_min),
        }
    }
}
