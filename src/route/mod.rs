//! Hash routes: every state of the app has a URL that works from any static
//! host. A [`Location`] is a [`Route`] (the view and its own settings) and
//! the [`Lens`] (the selection and filters every view shares). Parsing and
//! printing are pure and round-trip.
//!
//! | hash | route |
//! |---|---|
//! | `#/`, empty | [`Route::Home`] |
//! | `#/read` | [`Route::Reader`] |
//! | `#/read/<doc>` | [`Route::Article`] |
//! | `#/read/<doc>/<sentence>` | [`Route::Article`] with a sentence |
//! | `#/timeline?lanes=&event=&view=` | [`Route::Timeline`] |
//! | `#/actors?rel=&min=&co=` | [`Route::Actors`] |
//! | `#/actors/<actor>` | [`Route::Actor`] |
//! | `#/places?place=` | [`Route::Places`] |
//! | `#/search` | [`Route::Search`] |
//! | anything else | [`Route::NotFound`] |
//!
//! Any of them takes the lens's parameters too (`actor=`, `from=`, `to=`,
//! `doc=`, `type=`, `kind=`, `q=`; see [`lens`]). A parameter that no one
//! reads, or a malformed value, is dropped with a note for the reader.

use dossier_corpus::CivilDate;

mod lens;
mod map_query;
mod timeline_query;

pub use lens::Lens;
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
    /// The timeline, with its own settings.
    Timeline(TimelineQuery),
    /// The actor map, with its own settings.
    Actors(ActorsQuery),
    /// One actor's page.
    Actor {
        /// Actor id.
        id: String,
    },
    /// Search results (the text is the lens's).
    Search,
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

/// A whole URL: the route, the shared lens, and what was ignored in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The view.
    pub route: Route,
    /// The selection and filters every view shares.
    pub lens: Lens,
    /// Parameters that were ignored, each as a sentence for the reader.
    pub ignored: Vec<String>,
}

impl Location {
    /// A location with nothing ignored.
    pub fn new(route: Route, lens: Lens) -> Location {
        Location {
            route,
            lens,
            ignored: Vec::new(),
        }
    }

    /// Parses a location hash (`#/read/doc?actor=a`), with or without the
    /// `#`. Never fails: an unknown path is [`Route::NotFound`], and an
    /// unknown or malformed parameter is noted in `ignored`.
    pub fn parse(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let mut halves = hash.splitn(2, '?');
        let path = halves.next().unwrap_or("");
        let query = halves.next().unwrap_or("");
        let segments: Vec<String> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(percent_decode)
            .collect();
        let mut route = match segments.as_slice() {
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
            [timeline] if timeline == "timeline" => Route::Timeline(TimelineQuery::default()),
            [actors] if actors == "actors" => Route::Actors(ActorsQuery::default()),
            [actors, id] if actors == "actors" => Route::Actor { id: id.clone() },
            [search] if search == "search" => Route::Search,
            [places] if places == "places" => Route::Places { place: None },
            _ => Route::NotFound {
                path: path.to_owned(),
            },
        };
        let mut lens = Lens::default();
        let mut ignored = Vec::new();
        for (key, value) in query_pairs(query) {
            let taken = lens.take(key, &value, &mut ignored)
                || match &mut route {
                    Route::Timeline(own) => own.take(key, &value, &mut ignored),
                    Route::Actors(own) => own.take(key, &value, &mut ignored),
                    Route::Places { place } if key == "place" => {
                        *place = (!value.is_empty()).then(|| value.clone());
                        true
                    }
                    _ => false,
                };
            if !taken {
                ignored.push(format!("“{key}” is not a setting of this view"));
            }
        }
        lens.finish(&mut ignored);
        Location {
            route,
            lens,
            ignored,
        }
    }

    /// The hash for this location, `#` included. Ignored parameters are not
    /// written back.
    pub fn href(&self) -> String {
        let mut parts = self.route.pairs();
        parts.extend(self.lens.pairs());
        let path = self.route.path();
        if parts.is_empty() {
            path
        } else {
            format!("{path}?{}", parts.join("&"))
        }
    }

    /// The link to another view that keeps this lens.
    pub fn carry(&self, route: Route) -> String {
        Location::new(route, self.lens.clone()).href()
    }
}

impl Route {
    /// Parses a location hash and keeps only the route.
    pub fn parse(hash: &str) -> Route {
        Location::parse(hash).route
    }

    /// The hash for this route with an empty lens, `#` included.
    pub fn href(&self) -> String {
        Location::new(self.clone(), Lens::default()).href()
    }

    /// The path part of the hash, `#` included.
    fn path(&self) -> String {
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
            Route::Timeline(_) => "#/timeline".to_owned(),
            Route::Actors(_) => "#/actors".to_owned(),
            Route::Actor { id } => format!("#/actors/{}", percent_encode(id)),
            Route::Search => "#/search".to_owned(),
            Route::Places { .. } => "#/places".to_owned(),
            Route::NotFound { path } => format!("#{path}"),
        }
    }

    /// The route's own parameters.
    fn pairs(&self) -> Vec<String> {
        match self {
            Route::Timeline(query) => query.pairs(),
            Route::Actors(query) => query.pairs(),
            Route::Places { place: Some(place) } => {
                vec![format!("place={}", percent_encode(place))]
            }
            _ => Vec::new(),
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
        check("#/search?q=kata%27ib%20hezbollah", Route::Search);
        check("#/search", Route::Search);
        check(
            "#/nowhere/at/all/really",
            Route::NotFound {
                path: "/nowhere/at/all/really".into(),
            },
        );
    }

    #[test]
    fn malformed_timeline_parameters_are_ignored_with_a_note() {
        let here =
            Location::parse("#/timeline?from=June&lanes=colour&zoom=3&to=2020-01-01&actor=a");
        assert!(matches!(here.route, Route::Timeline(_)));
        assert_eq!(here.lens.from, None);
        assert_eq!(here.lens.to, CivilDate::new(2020, 1, 1));
        assert_eq!(here.lens.actors, ["a"]);
        assert_eq!(here.ignored.len(), 3, "{:?}", here.ignored);
        assert_eq!(
            here.href(),
            "#/timeline?actor=a&to=2020-01-01",
            "ignored parameters are not written back"
        );
        let backwards = Location::parse("#/timeline?from=2021-01-01&to=2020-01-01");
        assert_eq!(
            (
                backwards.lens.from,
                backwards.lens.to,
                backwards.ignored.len()
            ),
            (None, None, 1)
        );
    }

    #[test]
    fn every_view_carries_the_lens_and_notes_what_it_ignores() {
        for hash in [
            "#/",
            "#/read",
            "#/read/a1/s4",
            "#/timeline?lanes=type",
            "#/actors?min=2",
            "#/actors/iran",
            "#/places?place=baghdad",
            "#/search",
        ] {
            let with_lens = format!(
                "{hash}{}actor=a,b&from=2020-01-01&to=2020-02-01&q=kh",
                if hash.contains('?') { '&' } else { '?' }
            );
            let here = Location::parse(&with_lens);
            assert!(here.ignored.is_empty(), "{with_lens}: {:?}", here.ignored);
            assert_eq!(here.lens.actors, ["a", "b"], "{with_lens}");
            assert_eq!(here.lens.query, "kh", "{with_lens}");
            assert_eq!(
                Location::parse(&here.href()),
                here,
                "round trip of {with_lens}"
            );
        }
        let here = Location::parse("#/read/a1?zoom=2&place=x&from=2020-13-01");
        assert_eq!(here.ignored.len(), 3, "{:?}", here.ignored);
        assert_eq!(here.href(), "#/read/a1");
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("%FF"), "%FF");
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
