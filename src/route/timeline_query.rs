//! The timeline's state in the URL: its window, lanes and filters.

use dossier_corpus::CivilDate;

use super::{check_window, join_list, list_value, percent_encode, query_pairs, Route};
use crate::timeline::lanes::LaneMode;

/// The timeline's state in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    /// First day of the window.
    pub from: Option<CivilDate>,
    /// Last day of the window.
    pub to: Option<CivilDate>,
    /// How events are grouped.
    pub lanes: LaneMode,
    /// Only events with one of these actors (ids).
    pub actors: Vec<String>,
    /// Only events of these types.
    pub types: Vec<String>,
    /// Only events from these documents (ids).
    pub docs: Vec<String>,
    /// The selected event's id.
    pub event: Option<String>,
    /// True for the list (table) view.
    pub list: bool,
    /// Parameters that were ignored, each as a sentence for the reader.
    pub ignored: Vec<String>,
}

impl TimelineQuery {
    /// Parses `from=2020-06-01&actor=a,b&...`. Unknown or malformed
    /// parameters are ignored and listed in `ignored`.
    pub fn parse(query: &str) -> TimelineQuery {
        let mut parsed = TimelineQuery::default();
        for (key, value) in query_pairs(query) {
            let list = || list_value(&value);
            let date = || CivilDate::parse_iso(&value);
            match key {
                "from" => match date() {
                    Some(day) => parsed.from = Some(day),
                    None => parsed
                        .ignored
                        .push(format!("“from={value}” is not a YYYY-MM-DD date")),
                },
                "to" => match date() {
                    Some(day) => parsed.to = Some(day),
                    None => parsed
                        .ignored
                        .push(format!("“to={value}” is not a YYYY-MM-DD date")),
                },
                "lanes" => match LaneMode::from_key(&value) {
                    Some(mode) => parsed.lanes = mode,
                    None => parsed
                        .ignored
                        .push(format!("“lanes={value}” is not actor, type or doc")),
                },
                "actor" => parsed.actors = list(),
                "type" => parsed.types = list(),
                "doc" => parsed.docs = list(),
                "event" if !value.is_empty() => parsed.event = Some(value),
                "view" if value == "list" => parsed.list = true,
                "view" if value == "chart" => parsed.list = false,
                _ => parsed
                    .ignored
                    .push(format!("“{key}” is not a timeline setting")),
            }
        }
        check_window(&mut parsed.from, &mut parsed.to, &mut parsed.ignored);
        parsed
    }

    /// The query string, `?` included (empty when everything is default).
    /// Ignored parameters are not written back.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if self.lanes != LaneMode::Actor {
            parts.push(format!("lanes={}", self.lanes.key()));
        }
        if !self.actors.is_empty() {
            parts.push(format!("actor={}", join_list(&self.actors)));
        }
        if !self.types.is_empty() {
            parts.push(format!("type={}", join_list(&self.types)));
        }
        if !self.docs.is_empty() {
            parts.push(format!("doc={}", join_list(&self.docs)));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={}", percent_encode(event)));
        }
        if self.list {
            parts.push("view=list".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// This query with `change` applied, as a link.
    pub fn with(&self, change: impl FnOnce(&mut TimelineQuery)) -> String {
        let mut next = TimelineQuery {
            ignored: Vec::new(),
            ..self.clone()
        };
        change(&mut next);
        Route::Timeline(next).href()
    }
}
