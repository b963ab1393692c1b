//! The timeline's own state in the URL: its lanes, the selected event and
//! the list view. Its window and filters are the shared [`Lens`]'s.

use super::{percent_encode, Lens, Location, Route};
use crate::timeline::lanes::LaneMode;

/// The timeline's own state in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    /// How events are grouped.
    pub lanes: LaneMode,
    /// The selected event's id.
    pub event: Option<String>,
    /// True for the list (table) view.
    pub list: bool,
}

impl TimelineQuery {
    /// Reads one `key=value` pair if it is the timeline's, noting a
    /// malformed value in `ignored`. Returns false for an unknown key.
    pub fn take(&mut self, key: &str, value: &str, ignored: &mut Vec<String>) -> bool {
        match key {
            "lanes" => match LaneMode::from_key(value) {
                Some(mode) => self.lanes = mode,
                None => ignored.push(format!("“lanes={value}” is not actor, type or doc")),
            },
            "event" => self.event = (!value.is_empty()).then(|| value.to_owned()),
            "view" if value == "list" => self.list = true,
            "view" if value == "chart" => self.list = false,
            "view" => ignored.push(format!("“view={value}” is not chart or list")),
            _ => return false,
        }
        true
    }

    /// The timeline's parameters, for a query string.
    pub fn pairs(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if self.lanes != LaneMode::Actor {
            parts.push(format!("lanes={}", self.lanes.key()));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={}", percent_encode(event)));
        }
        if self.list {
            parts.push("view=list".to_owned());
        }
        parts
    }

    /// The link to the timeline with `change` applied to this state and the
    /// lens.
    pub fn with(&self, lens: &Lens, change: impl FnOnce(&mut TimelineQuery, &mut Lens)) -> String {
        let mut query = self.clone();
        let mut lens = lens.clone();
        change(&mut query, &mut lens);
        Location::new(Route::Timeline(query), lens).href()
    }
}
