//! The embed's message protocol, as pure functions: which parent origin the
//! embed page was given, what a command from the host asks for and what it
//! does to the route, and what the host is told about the reader's
//! selection. `mod.rs` moves these across `postMessage`; the README lists
//! the messages.

use dossier_corpus::CivilDate;

use crate::route::{Location, Route, TimelineQuery};

/// Every message of the protocol has a `type` that starts with this.
pub const PREFIX: &str = "dossier:";

/// The parent origin configured in the embed page's query string
/// (`embed.html?parent=https://host.example#/timeline`), lower-cased, when
/// it is one plain `http` or `https` origin. `*`, `null`, a path or a bad
/// host are refused: selections then go to no one.
pub fn parent_origin(search: &str) -> Option<String> {
    let query = search.strip_prefix('?').unwrap_or(search);
    let value = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("parent="))?;
    let value = crate::route::percent_decode(value);
    let value = value.strip_suffix('/').unwrap_or(&value);
    let (scheme, rest) = value.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (host, port) = split_port(rest)?;
    let plain_host = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let ipv6 = host.len() > 2
        && host.starts_with('[')
        && host.ends_with(']')
        && host[1..host.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    if !plain_host && !ipv6 {
        return None;
    }
    let host = host.to_ascii_lowercase();
    Some(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// Splits `host[:port]` (the host may be a bracketed IPv6 address); `None`
/// when the port is not a number.
fn split_port(authority: &str) -> Option<(&str, Option<&str>)> {
    let bracket = if authority.starts_with('[') {
        authority.find(']')? + 1
    } else {
        0
    };
    let (host, port) = match authority[bracket..].find(':') {
        Some(colon) => (
            &authority[..bracket + colon],
            Some(&authority[bracket + colon + 1..]),
        ),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|port| {
        (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit())
    });
    port_ok.then_some((host, port))
}

/// What the host can ask the embedded explorer to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// `dossier:navigate` with `route`: go to that hash route.
    Navigate(Location),
    /// `dossier:select-actor` with `actor`: bring that actor forward in
    /// the current view.
    SelectActor(String),
    /// `dossier:set-window` with `from` and `to` (`YYYY-MM-DD`, either may
    /// be absent): show that date window.
    SetWindow {
        /// First day, if any.
        from: Option<CivilDate>,
        /// Last day, if any.
        to: Option<CivilDate>,
    },
}

impl Command {
    /// Reads a message of type `kind`, whose string fields `field` gives.
    /// `None` when the message is not this protocol's (another script on
    /// the page may use `postMessage` too); an error when it is, but is
    /// malformed or unknown.
    pub fn parse(
        kind: &str,
        field: impl Fn(&str) -> Option<String>,
    ) -> Option<Result<Command, String>> {
        let name = kind.strip_prefix(PREFIX)?;
        let nonempty = |key: &str| field(key).filter(|value| !value.trim().is_empty());
        Some(match name {
            "navigate" => match nonempty("route") {
                Some(route) if route.starts_with("#/") || route.starts_with('/') => {
                    Ok(Command::Navigate(Location::parse(&route)))
                }
                Some(route) => Err(format!("“{route}” is not a route (it starts with #/)")),
                None => Err("dossier:navigate needs a route".to_owned()),
            },
            "select-actor" => nonempty("actor")
                .map(Command::SelectActor)
                .ok_or_else(|| "dossier:select-actor needs an actor id".to_owned()),
            "set-window" => {
                let day = |key: &str| match nonempty(key) {
                    None => Ok(None),
                    Some(text) => CivilDate::parse_iso(text.trim())
                        .map(Some)
                        .ok_or_else(|| format!("“{key}={text}” is not a YYYY-MM-DD date")),
                };
                match (day("from"), day("to")) {
                    (Ok(Some(from)), Ok(Some(to))) if from > to => {
                        Err(format!("the window {from} to {to} ends before it starts"))
                    }
                    (Ok(from), Ok(to)) => Ok(Command::SetWindow { from, to }),
                    (Err(error), _) | (_, Err(error)) => Err(error),
                }
            }
            other => Err(format!("“{PREFIX}{other}” is not a command")),
        })
    }

    /// Where this command leads from `here`. An actor is chosen in the
    /// shared lens, which every view reads its own way (a filter on the
    /// timeline, the focus on the actor map, marks in the reader); the map
    /// of places also selects its marker, an actor's page becomes the new
    /// actor's, and the home view opens the actor's page. A window goes into
    /// the lens too, and the views that do not read it open the timeline.
    pub fn apply(&self, here: &Location) -> Location {
        let mut next = Location::new(here.route.clone(), here.lens.clone());
        match self {
            Command::Navigate(location) => return location.clone(),
            Command::SelectActor(actor) => {
                next.lens.actors = vec![actor.clone()];
                match &mut next.route {
                    Route::Places { place } => *place = Some(actor.clone()),
                    route @ (Route::Actor { .. } | Route::Home | Route::NotFound { .. }) => {
                        *route = Route::Actor { id: actor.clone() };
                    }
                    _ => {}
                }
            }
            Command::SetWindow { from, to } => {
                next.lens.from = *from;
                next.lens.to = *to;
                let reads_window = matches!(
                    next.route,
                    Route::Timeline(_) | Route::Actors(_) | Route::Reader | Route::Article { .. }
                );
                if !reads_window {
                    next.route = Route::Timeline(TimelineQuery::default());
                }
            }
        }
        next
    }
}

/// What the reader has selected, as the host is told it: the view's name
/// and the selected things, each a field of the `dossier:select` message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// `home`, `read`, `timeline`, `actors`, `actor`, `places`, `search` or
    /// `not-found`.
    pub view: &'static str,
    /// `(field, value)` pairs: `actor`, `event`, `place`, `doc`,
    /// `sentence`, `from`, `to`, `query`.
    pub fields: Vec<(&'static str, String)>,
}

impl Selection {
    /// The selection a location holds.
    pub fn of(location: &Location) -> Selection {
        let mut fields = Vec::new();
        let lens = &location.lens;
        let view = match &location.route {
            Route::Home => "home",
            Route::Reader => "read",
            Route::Article { doc, sentence } => {
                fields.push(("doc", doc.clone()));
                if let Some(sentence) = sentence {
                    fields.push(("sentence", sentence.clone()));
                }
                "read"
            }
            Route::Timeline(query) => {
                if let Some(event) = &query.event {
                    fields.push(("event", event.clone()));
                }
                "timeline"
            }
            Route::Actors(_) => "actors",
            Route::Actor { id } => {
                fields.push(("actor", id.clone()));
                "actor"
            }
            Route::Places { place } => {
                if let Some(place) = place {
                    fields.push(("place", place.clone()));
                }
                "places"
            }
            Route::Search => "search",
            Route::NotFound { .. } => "not-found",
        };
        // The lens: the actor in focus (the first chosen), the window, the
        // search. An actor's page names its own actor.
        if let (Some(actor), false) = (lens.focus(), matches!(location.route, Route::Actor { .. }))
        {
            fields.push(("actor", actor.clone()));
        }
        if let Some(from) = lens.from {
            fields.push(("from", from.to_string()));
        }
        if let Some(to) = lens.to {
            fields.push(("to", to.to_string()));
        }
        if !lens.query.is_empty() {
            fields.push(("query", lens.query.clone()));
        }
        Selection { view, fields }
    }

    /// Whether going from `before` to this selection is worth telling the
    /// host: something is selected, and it is not what was selected.
    pub fn is_news_after(&self, before: Option<&Selection>) -> bool {
        !self.fields.is_empty() && before.is_none_or(|before| before.fields != self.fields)
    }
}

#[cfg(test)]
mod tests;
