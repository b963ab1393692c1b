use super::*;

#[test]
fn only_plain_http_origins_are_parents() {
    for (search, expected) in [
        ("?parent=https://host.example", Some("https://host.example")),
        (
            "?parent=https%3A%2F%2FHost.Example%2F",
            Some("https://host.example"),
        ),
        (
            "?x=1&parent=http://localhost:8080",
            Some("http://localhost:8080"),
        ),
        (
            "parent=http://127.0.0.1:41234",
            Some("http://127.0.0.1:41234"),
        ),
        ("?parent=http://[::1]:8080", Some("http://[::1]:8080")),
        ("?parent=http://[::1]", Some("http://[::1]")),
        ("", None),
        ("?parent=", None),
        ("?parent=*", None),
        ("?parent=null", None),
        ("?parent=javascript:alert(1)", None),
        ("?parent=file:///etc", None),
        ("?parent=https://host.example/path", None),
        ("?parent=https://host.example:80x", None),
        ("?parent=https://host.example:", None),
        ("?parent=https://user@host.example", None),
        ("?parent=https://", None),
        ("?parent=https://a b", None),
    ] {
        assert_eq!(
            parent_origin(search).as_deref(),
            expected,
            "parent_origin({search:?})"
        );
    }
}

/// Parses a command from `(field, value)` pairs.
fn command(kind: &str, fields: &[(&str, &str)]) -> Option<Result<Command, String>> {
    Command::parse(kind, |key| {
        fields
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, value)| (*value).to_owned())
    })
}

fn day(text: &str) -> Option<CivilDate> {
    CivilDate::parse_iso(text)
}

#[test]
fn commands_are_read_or_refused_with_a_reason() {
    assert_eq!(command("resize", &[]), None, "not this protocol's");
    assert_eq!(
        command("dossier:navigate", &[("route", "#/actors/iran")]),
        Some(Ok(Command::Navigate(Location::parse("#/actors/iran"))))
    );
    assert_eq!(
        command("dossier:select-actor", &[("actor", "iran")]),
        Some(Ok(Command::SelectActor("iran".into())))
    );
    assert_eq!(
        command(
            "dossier:set-window",
            &[("from", "2020-01-01"), ("to", " 2020-02-01 ")]
        ),
        Some(Ok(Command::SetWindow {
            from: day("2020-01-01"),
            to: day("2020-02-01"),
        }))
    );
    assert_eq!(
        command("dossier:set-window", &[]),
        Some(Ok(Command::SetWindow {
            from: None,
            to: None
        })),
        "no window at all clears it"
    );
    for (kind, fields) in [
        ("dossier:navigate", &[][..]),
        (
            "dossier:navigate",
            &[("route", "https://elsewhere.example/")][..],
        ),
        ("dossier:select-actor", &[("actor", "  ")][..]),
        ("dossier:set-window", &[("from", "June")][..]),
        ("dossier:set-window", &[("to", "2020-13-01")][..]),
        (
            "dossier:set-window",
            &[("from", "2021-01-01"), ("to", "2020-01-01")][..],
        ),
        ("dossier:self-destruct", &[][..]),
    ] {
        let parsed = command(kind, fields);
        assert!(
            matches!(parsed, Some(Err(_))),
            "{kind} {fields:?} gave {parsed:?}"
        );
    }
}

#[test]
fn commands_act_on_the_view_they_find() {
    let iran = Command::SelectActor("iran".into());
    let window = Command::SetWindow {
        from: day("2020-01-01"),
        to: day("2020-01-31"),
    };
    for (start, command, expected) in [
        (
            "#/timeline?event=e1&from=2019-01-01",
            &iran,
            "#/timeline?event=e1&actor=iran&from=2019-01-01",
        ),
        (
            "#/actors?co=1&kind=person",
            &iran,
            "#/actors?co=1&actor=iran&kind=person",
        ),
        ("#/places", &iran, "#/places?place=iran&actor=iran"),
        ("#/read/doc1", &iran, "#/read/doc1?actor=iran"),
        ("#/actors/iraq", &iran, "#/actors/iran?actor=iran"),
        ("#/", &iran, "#/actors/iran?actor=iran"),
        (
            "#/timeline?actor=a,b",
            &window,
            "#/timeline?actor=a,b&from=2020-01-01&to=2020-01-31",
        ),
        (
            "#/actors?co=1",
            &window,
            "#/actors?co=1&from=2020-01-01&to=2020-01-31",
        ),
        (
            "#/places?place=baghdad&actor=x",
            &window,
            "#/timeline?actor=x&from=2020-01-01&to=2020-01-31",
        ),
        (
            "#/timeline?zoom=3",
            &Command::Navigate(Location::parse("#/read")),
            "#/read",
        ),
    ] {
        let location = command.apply(&Location::parse(start));
        assert_eq!(location.href(), expected, "{command:?} on {start}");
    }
}

fn selection(hash: &str) -> (&'static str, Vec<(&'static str, String)>) {
    let selection = Selection::of(&Location::parse(hash));
    (selection.view, selection.fields)
}

fn owned(fields: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    fields
        .iter()
        .map(|(key, value)| (*key, (*value).to_owned()))
        .collect()
}

#[test]
fn selections_name_what_each_view_has_selected() {
    for (hash, view, fields) in [
        ("#/", "home", &[][..]),
        (
            "#/read/d1/s4",
            "read",
            &[("doc", "d1"), ("sentence", "s4")][..],
        ),
        (
            "#/timeline?from=2020-01-01&to=2020-02-01&actor=iran,iraq&event=e7",
            "timeline",
            &[
                ("event", "e7"),
                ("actor", "iran"),
                ("from", "2020-01-01"),
                ("to", "2020-02-01"),
            ][..],
        ),
        (
            "#/actors?actor=iran&to=2020-01-01",
            "actors",
            &[("actor", "iran"), ("to", "2020-01-01")][..],
        ),
        (
            "#/actors/iraq?actor=iran",
            "actor",
            &[("actor", "iraq")][..],
        ),
        (
            "#/places?place=baghdad",
            "places",
            &[("place", "baghdad")][..],
        ),
        ("#/search?q=rocket", "search", &[("query", "rocket")][..]),
        ("#/nowhere", "not-found", &[][..]),
    ] {
        assert_eq!(selection(hash), (view, owned(fields)), "{hash}");
    }
}

#[test]
fn only_a_new_selection_is_news() {
    let of = |hash: &str| Selection::of(&Location::parse(hash));
    let event = of("#/timeline?event=e1");
    assert!(event.is_news_after(None));
    assert!(event.is_news_after(Some(&of("#/timeline"))));
    assert!(!event.is_news_after(Some(&of("#/timeline?event=e1"))));
    assert!(of("#/timeline?event=e2").is_news_after(Some(&event)));
    assert!(
        !of("#/read").is_news_after(Some(&event)),
        "nothing selected"
    );
}
