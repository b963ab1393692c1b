//! Hash routes: every state of the app has a URL that works from any static
//! host. Parsing and printing are pure and round-trip.
//!
//! | hash | route |
//! |---|---|
//! | `#/`, empty | [`Route::Home`] |
//! | `#/read` | [`Route::Reader`] |
//! | `#/read/<doc>` | [`Route::Article`] |
//! | `#/read/<doc>/<sentence>` | [`Route::Article`] with a sentence |
//! | `#/timeline?from=&to=&lanes=&actor=&type=&doc=&event=&view=` | [`Route::Timeline`] |
//! | `#/actors?kind=&rel=&min=&from=&to=&co=&actor=` | [`Route::Actors`] |
//! | `#/actors/<actor>` | [`Route::Actor`] |
//! | `#/places?place=` | [`Route::Places`] |
//! | `#/search?q=` | [`Route::Search`] |
//! | anything else | [`Route::NotFound`] |

use dossier_corpus::CivilDate;

mod map_query;
mod timeline_query;

pub use map_query::{ActorsQuery, KINDS};
pub use timeline_query::TimelineQuery;

/// A place in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The start page.
    Home,
    /// The list of documents.
    Reader,
    /// One article, optionally scrolled to one sentence.
    Article {
        /// Document id.
        doc: String,
        /// Sentence id to scroll to and highlight.
        sentence: Option<String>,
    },
    /// The timeline, with its filters and window.
    Timeline(TimelineQuery),
    /// The actor map, with its filters and the actor in focus.
    Actors(ActorsQuery),
    /// One actor's page.
    Actor {
        /// Actor id.
        id: String,
    },
    /// Search results.
    Search {
        /// What was typed.
        query: String,
    },
    /// The map of places, optionally with one selected.
    Places {
        /// The selected place's actor id.
        place: Option<String>,
    },
    /// A hash that names no route.
    NotFound {
        /// The path as given.
        path: String,
    },
}

impl Route {
    /// Parses a location hash (`#/read/doc`), with or without the `#`.
    /// Query parameters after `?` are read by the routes that take them (the
    /// timeline) and ignored by the others.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let mut halves = hash.splitn(2, '?');
        let path = halves.next().unwrap_or("");
        let query = halves.next().unwrap_or("");
        let segments: Vec<String> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(percent_decode)
            .collect();
        match segments.as_slice() {
            [] => Route::Home,
            [read] if read == "read" => Route::Reader,
            [read, doc] if read == "read" => Route::Article {
                doc: doc.clone(),
                sentence: None,
            },
            [read, doc, sentence] if read == "read" => Route::Article {
                doc: doc.clone(),
                sentence: Some(sentence.clone()),
            },
            [timeline] if timeline == "timeline" => Route::Timeline(TimelineQuery::parse(query)),
            [actors] if actors == "actors" => Route::Actors(ActorsQuery::parse(query)),
            [actors, id] if actors == "actors" => Route::Actor { id: id.clone() },
            [search] if search == "search" => Route::Search {
                query: query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("q="))
                    .map(|text| percent_decode(&text.replace('+', " ")))
                    .unwrap_or_default(),
            },
            [places] if places == "places" => Route::Places {
                place: query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("place="))
                    .filter(|place| !place.is_empty())
                    .map(percent_decode),
            },
            _ => Route::NotFound {
                path: path.to_owned(),
            },
        }
    }

    /// The hash for this route, `#` included.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Reader => "#/read".to_owned(),
            Route::Article {
                doc,
                sentence: None,
            } => format!("#/read/{}", percent_encode(doc)),
            Route::Article {
                doc,
                sentence: Some(sentence),
            } => format!(
                "#/read/{}/{}",
                percent_encode(doc),
                percent_encode(sentence)
            ),
            Route::Timeline(query) => format!("#/timeline{}", query.to_query()),
            Route::Actors(query) => format!("#/actors{}", query.to_query()),
            Route::Actor { id } => format!("#/actors/{}", percent_encode(id)),
            Route::Search { query } if query.is_empty() => "#/search".to_owned(),
            Route::Search { query } => format!("#/search?q={}", percent_encode(query)),
            Route::Places { place: None } => "#/places".to_owned(),
            Route::Places { place: Some(place) } => {
                format!("#/places?place={}", percent_encode(place))
            }
            Route::NotFound { path } => format!("#{path}"),
        }
    }
}

/// The `key=value` pairs of a query string, values decoded.
pub(crate) fn query_pairs(query: &str) -> impl Iterator<Item = (&str, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key, percent_decode(value))
        })
}

/// A comma-separated list value, empty items dropped.
pub(crate) fn list_value(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A list written back: items encoded, joined by commas.
pub(crate) fn join_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| percent_encode(item))
        .collect::<Vec<_>>()
        .join(",")
}

/// Drops a date window that ends before it starts, with a note.
pub(crate) fn check_window(
    from: &mut Option<CivilDate>,
    to: &mut Option<CivilDate>,
    ignored: &mut Vec<String>,
) {
    if let (Some(first), Some(last)) = (*from, *to) {
        if first > last {
            ignored.push(format!(
                "the window {first} to {last} ends before it starts"
            ));
            *from = None;
            *to = None;
        }
    }
}

/// Encodes every byte outside `A-Z a-z 0-9 - _ . ~` as `%XX`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; a malformed escape or invalid UTF-8 is kept as text.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escape = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escape {
            Some(byte) => {
                out.push(byte);
                index += 3;
            }
            None => {
                out.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, expected: Route) {
        let route = Route::parse(hash);
        assert_eq!(route, expected, "parsing {hash:?}");
        assert_eq!(Route::parse(&route.href()), route, "round trip of {hash:?}");
    }

    #[test]
    fn routes() {
        check("", Route::Home);
        check("#/", Route::Home);
        check("#/read", Route::Reader);
        check("#/read/", Route::Reader);
        check(
            "#/read/a1",
            Route::Article {
                doc: "a1".into(),
                sentence: None,
            },
        );
        check(
            "#/read/a1/s4",
            Route::Article {
                doc: "a1".into(),
                sentence: Some("s4".into()),
            },
        );
        check(
            "#/read/a%20b",
            Route::Article {
                doc: "a b".into(),
                sentence: None,
            },
        );
        check(
            "#/read/a1?actor=x",
            Route::Article {
                doc: "a1".into(),
                sentence: None,
            },
        );
        check(
            "#/actors/kata-ib-hezbollah",
            Route::Actor {
                id: "kata-ib-hezbollah".into(),
            },
        );
        check(
            "#/places?place=baghdad",
            Route::Places {
                place: Some("baghdad".into()),
            },
        );
        check("#/places", Route::Places { place: None });
        check(
            "#/search?q=kata%27ib%20hezbollah",
            Route::Search {
                query: "kata'ib hezbollah".into(),
            },
        );
        check(
            "#/search",
            Route::Search {
                query: String::new(),
            },
        );
        check(
            "#/nowhere/at/all/really",
            Route::NotFound {
                path: "/nowhere/at/all/really".into(),
            },
        );
    }

    #[test]
    fn malformed_timeline_parameters_are_ignored_with_a_note() {
        let Route::Timeline(query) =
            Route::parse("#/timeline?from=June&lanes=colour&zoom=3&to=2020-01-01&actor=a")
        else {
            panic!("a timeline route");
        };
        assert_eq!(query.from, None);
        assert_eq!(query.to, CivilDate::new(2020, 1, 1));
        assert_eq!(query.actors, ["a"]);
        assert_eq!(query.ignored.len(), 3, "{:?}", query.ignored);
        assert_eq!(
            query.to_query(),
            "?to=2020-01-01&actor=a",
            "ignored parameters are not written back"
        );
        let Route::Timeline(backwards) = Route::parse("#/timeline?from=2021-01-01&to=2020-01-01")
        else {
            panic!("a timeline route");
        };
        assert_eq!(
            (backwards.from, backwards.to, backwards.ignored.len()),
            (None, None, 1)
        );
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("%FF"), "%FF");
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
