//! The actor map's state in the URL: which kinds and ties it shows, from
//! how many mentions, in which date window, and the actor in focus.

use dossier_corpus::CivilDate;

use super::{check_window, join_list, list_value, percent_encode, query_pairs, Route};

/// Kinds of actor, as the URL names them.
pub const KINDS: [&str; 4] = ["person", "group", "state", "place"];

/// The actor map's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorsQuery {
    /// Only actors of these kinds (all when empty).
    pub kinds: Vec<String>,
    /// Only ties of these kinds (all when empty).
    pub rels: Vec<String>,
    /// Only actors mentioned at least this often.
    pub min: u32,
    /// Only ties with evidence on or after this day.
    pub from: Option<CivilDate>,
    /// Only ties with evidence on or before this day.
    pub to: Option<CivilDate>,
    /// True to show ties of being named in one sentence.
    pub co: bool,
    /// The actor in focus.
    pub focus: Option<String>,
    /// Parameters that were ignored, each as a sentence for the reader.
    pub ignored: Vec<String>,
}

impl ActorsQuery {
    /// Parses `kind=person,group&min=2&from=...`. Unknown or malformed
    /// parameters are ignored and listed in `ignored`.
    pub fn parse(query: &str) -> ActorsQuery {
        let mut parsed = ActorsQuery::default();
        for (key, value) in query_pairs(query) {
            let list = || list_value(&value);
            match key {
                "kind" => {
                    let (known, unknown): (Vec<String>, Vec<String>) = list()
                        .into_iter()
                        .partition(|kind| KINDS.contains(&kind.as_str()));
                    parsed.kinds = known;
                    for kind in unknown {
                        parsed.ignored.push(format!(
                            "“{kind}” is not a kind of actor (person, group, state, place)"
                        ));
                    }
                }
                "rel" => parsed.rels = list(),
                "min" => match value.parse() {
                    Ok(min) => parsed.min = min,
                    Err(_) => parsed
                        .ignored
                        .push(format!("“min={value}” is not a number of mentions")),
                },
                "from" | "to" => match CivilDate::parse_iso(&value) {
                    Some(day) if key == "from" => parsed.from = Some(day),
                    Some(day) => parsed.to = Some(day),
                    None => parsed
                        .ignored
                        .push(format!("“{key}={value}” is not a YYYY-MM-DD date")),
                },
                "co" => parsed.co = value == "1",
                "actor" if !value.is_empty() => parsed.focus = Some(value),
                _ => parsed
                    .ignored
                    .push(format!("“{key}” is not an actor-map setting")),
            }
        }
        check_window(&mut parsed.from, &mut parsed.to, &mut parsed.ignored);
        parsed
    }

    /// The query string, `?` included (empty when everything is default).
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.kinds.is_empty() {
            parts.push(format!("kind={}", join_list(&self.kinds)));
        }
        if !self.rels.is_empty() {
            parts.push(format!("rel={}", join_list(&self.rels)));
        }
        if self.min > 0 {
            parts.push(format!("min={}", self.min));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if self.co {
            parts.push("co=1".to_owned());
        }
        if let Some(focus) = &self.focus {
            parts.push(format!("actor={}", percent_encode(focus)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// This query with `change` applied, as a link.
    pub fn with(&self, change: impl FnOnce(&mut ActorsQuery)) -> String {
        let mut next = ActorsQuery {
            ignored: Vec::new(),
            ..self.clone()
        };
        change(&mut next);
        Route::Actors(next).href()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_ones_are_noted() {
        let query = ActorsQuery::parse(
            "kind=person,martian&rel=leads&min=x&from=2020-06-01&to=2020-05-01&co=1&actor=a%20b&zoom=2",
        );
        assert_eq!(query.kinds, ["person"]);
        assert_eq!(query.rels, ["leads"]);
        assert_eq!(query.min, 0);
        assert_eq!((query.from, query.to), (None, None));
        assert!(query.co);
        assert_eq!(query.focus.as_deref(), Some("a b"));
        assert_eq!(query.ignored.len(), 4, "{:?}", query.ignored);
        let written = query.to_query();
        assert_eq!(written, "?kind=person&rel=leads&co=1&actor=a%20b");
        let again = ActorsQuery::parse(&written[1..]);
        assert_eq!(again.to_query(), written);
    }
}
