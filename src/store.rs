//! The app's one store: the state every view reads, and the actions that
//! change it. The reducer is pure; effects (the URL, scrolling, focus) live in
//! `use_effect_with` hooks in `app.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::route::Location;

/// The app state: where the reader is, and the selection and filters that
/// every view shares (the [`crate::route::Lens`]). It lives in the URL, so
/// the store follows the location hash, and views change it by linking.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The route, the lens, and what the URL had that was ignored.
    pub location: Location,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The location hash changed (a link, back or forward, a typed URL).
    HashChanged(String),
}

impl AppState {
    /// The state for a location hash.
    pub fn from_hash(hash: &str) -> Self {
        AppState {
            location: Location::parse(hash),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::HashChanged(hash) => {
                let location = Location::parse(&hash);
                // The same view and lens (the app writing back a link
                // without what it ignored, say) is no change: the note about
                // the ignored parts stays until one goes elsewhere.
                if location.route == self.location.route && location.lens == self.location.lens {
                    self
                } else {
                    Rc::new(AppState { location })
                }
            }
        }
    }
}
