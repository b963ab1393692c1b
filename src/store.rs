//! The app's one store: the state every view reads, and the actions that
//! change it. The reducer is pure; effects (the URL, scrolling, focus) live in
//! `use_effect_with` hooks in `app.rs`.

use std::rc::Rc;

use yew::Reducible;

use crate::route::Route;

/// The app state.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Where the reader is.
    pub route: Route,
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
            route: Route::parse(hash),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::HashChanged(hash) => {
                let route = Route::parse(&hash);
                if route == self.route {
                    self
                } else {
                    Rc::new(AppState { route })
                }
            }
        }
    }
}
