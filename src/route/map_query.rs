//! The actor map's own state in the URL: which ties it shows, from how many
//! mentions, and whether co-occurrence counts. The kinds shown, the date
//! window and the actor in focus are the shared [`Lens`]'s.

use super::{join_list, list_value, Lens, Location, Route};

/// Kinds of actor, as the URL names them.
pub const KINDS: [&str; 4] = ["person", "group", "state", "place"];

/// The actor map's own state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorsQuery {
    /// Only ties of these kinds (all when empty).
    pub rels: Vec<String>,
    /// Only actors mentioned at least this often.
    pub min: u32,
    /// True to show ties of being named in one sentence.
    pub co: bool,
}

impl ActorsQuery {
    /// Reads one `key=value` pair if it is the map's, noting a malformed
    /// value in `ignored`. Returns false for an unknown key.
    pub fn take(&mut self, key: &str, value: &str, ignored: &mut Vec<String>) -> bool {
        match key {
            "rel" => self.rels = list_value(value),
            "min" => match value.parse() {
                Ok(min) => self.min = min,
                Err(_) => ignored.push(format!("“min={value}” is not a number of mentions")),
            },
            "co" => self.co = value == "1",
            _ => return false,
        }
        true
    }

    /// The map's parameters, for a query string.
    pub fn pairs(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if !self.rels.is_empty() {
            parts.push(format!("rel={}", join_list(&self.rels)));
        }
        if self.min > 0 {
            parts.push(format!("min={}", self.min));
        }
        if self.co {
            parts.push("co=1".to_owned());
        }
        parts
    }

    /// The link to the map with `change` applied to this state and the lens.
    pub fn with(&self, lens: &Lens, change: impl FnOnce(&mut ActorsQuery, &mut Lens)) -> String {
        let mut query = self.clone();
        let mut lens = lens.clone();
        change(&mut query, &mut lens);
        Location::new(Route::Actors(query), lens).href()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_ones_are_noted() {
        let here = Location::parse(
            "#/actors?kind=person,martian&rel=leads&min=x&from=2020-06-01&to=2020-05-01&co=1&actor=a%20b&zoom=2",
        );
        let Route::Actors(query) = &here.route else {
            panic!("the map's route");
        };
        assert_eq!(here.lens.kinds, ["person"]);
        assert_eq!(query.rels, ["leads"]);
        assert_eq!(query.min, 0);
        assert_eq!((here.lens.from, here.lens.to), (None, None));
        assert!(query.co);
        assert_eq!(here.lens.focus().map(String::as_str), Some("a b"));
        assert_eq!(here.ignored.len(), 4, "{:?}", here.ignored);
        let written = here.href();
        assert_eq!(written, "#/actors?rel=leads&co=1&actor=a%20b&kind=person");
        assert_eq!(Location::parse(&written).href(), written);
    }
}
