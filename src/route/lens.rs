//! The lens: the selection and filters every view shares, written in the
//! query of every route, so that a link carries them from view to view.
//!
//! | parameter | meaning | read by |
//! |---|---|---|
//! | `actor=a,b` | the chosen actors | timeline (filter), map (focus), reader (marks), places |
//! | `from=`, `to=` | the date window, `YYYY-MM-DD` | timeline (window), map (ties), reader (dims sentences outside) |
//! | `doc=a,b` | documents | timeline (filter), reader (list) |
//! | `type=a,b` | event types | timeline (filter) |
//! | `kind=person,group` | kinds of actor | map (filter) |
//! | `q=` | the search | search (results), reader (marks the matches) |

use dossier_corpus::CivilDate;

use super::{check_window, join_list, list_value, percent_encode, KINDS};

/// The shared selection and filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lens {
    /// The chosen actors' ids.
    pub actors: Vec<String>,
    /// First day of the date window.
    pub from: Option<CivilDate>,
    /// Last day of the date window.
    pub to: Option<CivilDate>,
    /// Only these documents (ids).
    pub docs: Vec<String>,
    /// Only events of these types.
    pub types: Vec<String>,
    /// Only actors of these kinds (all when empty).
    pub kinds: Vec<String>,
    /// The search text.
    pub query: String,
}

impl Lens {
    /// Reads one `key=value` pair if it is the lens's, noting a malformed
    /// value in `ignored`. Returns false for a key the lens does not know.
    pub fn take(&mut self, key: &str, value: &str, ignored: &mut Vec<String>) -> bool {
        match key {
            "actor" => self.actors = list_value(value),
            "doc" => self.docs = list_value(value),
            "type" => self.types = list_value(value),
            "kind" => {
                let (known, unknown): (Vec<String>, Vec<String>) = list_value(value)
                    .into_iter()
                    .partition(|kind| KINDS.contains(&kind.as_str()));
                self.kinds = known;
                for kind in unknown {
                    ignored.push(format!(
                        "“{kind}” is not a kind of actor (person, group, state, place)"
                    ));
                }
            }
            "from" | "to" => match CivilDate::parse_iso(value) {
                Some(day) if key == "from" => self.from = Some(day),
                Some(day) => self.to = Some(day),
                None => ignored.push(format!("“{key}={value}” is not a YYYY-MM-DD date")),
            },
            "q" => self.query = value.to_owned(),
            _ => return false,
        }
        true
    }

    /// Checks what only makes sense as a whole (a window that ends before it
    /// starts is dropped, with a note).
    pub fn finish(&mut self, ignored: &mut Vec<String>) {
        check_window(&mut self.from, &mut self.to, ignored);
    }

    /// The lens's parameters, in a fixed order, for a query string.
    pub fn pairs(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if !self.actors.is_empty() {
            parts.push(format!("actor={}", join_list(&self.actors)));
        }
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if !self.docs.is_empty() {
            parts.push(format!("doc={}", join_list(&self.docs)));
        }
        if !self.types.is_empty() {
            parts.push(format!("type={}", join_list(&self.types)));
        }
        if !self.kinds.is_empty() {
            parts.push(format!("kind={}", join_list(&self.kinds)));
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.query)));
        }
        parts
    }

    /// True when nothing is chosen.
    pub fn is_empty(&self) -> bool {
        *self == Lens::default()
    }

    /// True when a date window is set.
    pub fn windowed(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// True when the days `start..=end` meet the window (always, without one).
    pub fn overlaps(&self, start: CivilDate, end: CivilDate) -> bool {
        self.from.is_none_or(|from| end >= from) && self.to.is_none_or(|to| start <= to)
    }

    /// The actor in focus: the first chosen one.
    pub fn focus(&self) -> Option<&String> {
        self.actors.first()
    }

    /// This lens with `change` applied.
    pub fn with(&self, change: impl FnOnce(&mut Lens)) -> Lens {
        let mut next = self.clone();
        change(&mut next);
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> (Lens, Vec<String>) {
        let mut lens = Lens::default();
        let mut ignored = Vec::new();
        for (key, value) in super::super::query_pairs(query) {
            assert!(lens.take(key, &value, &mut ignored), "{key} is the lens's");
        }
        lens.finish(&mut ignored);
        (lens, ignored)
    }

    #[test]
    fn parameters_round_trip() {
        let (lens, ignored) = parse(
            "actor=a,b%20c&from=2020-06-01&to=2020-07-01&doc=d1&type=attack&kind=person&q=kata%27ib",
        );
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(lens.actors, ["a", "b c"]);
        assert_eq!(lens.query, "kata'ib");
        let written = lens.pairs().join("&");
        assert_eq!(parse(&written).0, lens);
    }

    #[test]
    fn bad_values_are_noted_and_dropped() {
        let (lens, ignored) = parse("from=June&kind=martian,state&to=2020-01-01");
        assert_eq!(lens.from, None);
        assert_eq!(lens.to, CivilDate::new(2020, 1, 1));
        assert_eq!(lens.kinds, ["state"]);
        assert_eq!(ignored.len(), 2, "{ignored:?}");
        let (backwards, ignored) = parse("from=2021-01-01&to=2020-01-01");
        assert_eq!(
            (backwards.from, backwards.to, ignored.len()),
            (None, None, 1)
        );
    }

    #[test]
    fn the_window_overlaps_ranges_that_meet_it() {
        let (lens, _) = parse("from=2020-06-01&to=2020-06-30");
        let day = |m, d| CivilDate::new(2020, m, d).unwrap();
        assert!(lens.overlaps(day(5, 1), day(6, 1)));
        assert!(lens.overlaps(day(6, 30), day(8, 1)));
        assert!(!lens.overlaps(day(7, 1), day(7, 2)));
        assert!(Lens::default().overlaps(day(1, 1), day(1, 1)));
    }
}
