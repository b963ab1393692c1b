//! Pages rendered natively with Yew's server renderer, over the embedded
//! seeds: rendering is pure, so what a route shows can be checked without a
//! browser.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dossier::data::{load_corpus, CorpusHandle};
use dossier::pages::{RoutedView, RoutedViewProps};
use dossier::route::Location;
use yew::ServerRenderer;

async fn render(hash: &'static str) -> String {
    ServerRenderer::<RoutedView>::with_props(move || RoutedViewProps {
        location: Location::parse(hash),
        corpus: CorpusHandle(load_corpus().expect("the corpus decodes")),
    })
    .render()
    .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn the_list_shows_every_document_sorted_by_date() {
    let html = render("#/read").await;
    assert_eq!(count(&html, "data-doc=\""), 5, "{html}");
    // The one dated document comes first; the undated follow by id.
    let first = html
        .find("data-doc=\"003_088a25859ec1a419\"")
        .expect("dated entry");
    let second = html
        .find("data-doc=\"000_e1c78b762ee60c98\"")
        .expect("undated entry");
    assert!(first < second);
    assert!(
        html.contains("derived title"),
        "the derived title is marked"
    );
    assert!(html.contains("6 Jul 2020"));
}

#[tokio::test]
async fn an_article_shows_its_parts_and_highlights_the_linked_sentence() {
    let html = render("#/read/003_088a25859ec1a419/s3").await;
    assert!(html.contains("IntelBrief: Iraq Fails to Rein in Iran-Backed Militias"));
    assert_eq!(count(&html, "class=\"sentence focused\""), 1);
    assert!(html.contains("data-sentence=\"s3\""));
    assert!(html.contains("AP Photo/Hadi Mizban"), "the caption credit");
    assert!(html.contains("class=\"trailers\""), "the trailer");
    assert_eq!(count(&html, "<li>"), 4, "the four bullet items");
}

#[tokio::test]
async fn unknown_ids_and_paths_show_not_found_with_a_way_back() {
    for (hash, heading) in [
        ("#/read/no-such-doc", "No such document"),
        ("#/read/003_088a25859ec1a419/s9999", "No such sentence"),
        ("#/nowhere/at/all/really", "Page not found"),
    ] {
        let html = render(hash).await;
        assert!(html.contains(heading), "{hash}: {html}");
        assert!(html.contains("data-view=\"not-found\""));
        assert!(html.contains("href=\"#/read\""), "a way back from {hash}");
    }
}

#[tokio::test]
async fn articles_highlight_actors_by_kind_and_dates_with_their_values() {
    let html = render("#/read/001_3dc81e1ea7d977a8").await;
    assert!(
        count(&html, "data-actor=\"") > 20,
        "actor mentions are marked"
    );
    // The legend shows every kind too, so look for marks, not for class names.
    for kind in ["kind-person", "kind-group", "kind-state", "kind-place"] {
        let marked = html.match_indices("<mark ").any(|(at, _)| {
            html[at..]
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains(&format!("class=\"actor {kind}\"")))
        });
        assert!(marked, "a mention of kind {kind} is marked");
    }
    assert!(
        html.contains("data-actor=\"kataib-hezbollah\""),
        "Kathaib/Khataib Hezbollah link to one actor"
    );
    let date = html
        .find(">Sunday, July 5<")
        .map(|at| &html[at.saturating_sub(160)..at])
        .unwrap_or_default();
    assert!(
        date.contains("datetime=\"2020-07-05\""),
        "“Sunday, July 5” carries its value: {date}"
    );
    assert!(
        html.contains("No dateline: the date is inferred from"),
        "the inferred date says why"
    );
}

#[tokio::test]
async fn the_timeline_draws_marks_and_lanes_and_the_list_view_a_table() {
    let html = render("#/timeline").await;
    assert!(count(&html, "data-event=\"") > 10, "event marks");
    assert!(
        html.contains("data-lane=\"united-states\""),
        "an actor lane"
    );
    // Articles published days apart may share one marker, which lists them all.
    assert!(
        html.split("data-doc-marker=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .any(|ids| ids.split(' ').any(|id| id == "003_088a25859ec1a419")),
        "the dated article's publication marker"
    );
    let list = render("#/timeline?view=list&type=arrest").await;
    assert!(
        list.contains("data-view=\"event-table\""),
        "the list view is a table"
    );
    assert!(count(&list, "<tr data-event=") >= 3, "arrests listed");
    assert!(!list.contains(">Meeting<"), "the type filter holds");
    let selected = render("#/timeline?event=no-such-event").await;
    assert!(selected.contains("does not exist in this corpus"));
}

#[tokio::test]
async fn the_home_view_opens_doors_to_every_view() {
    let html = render("#/").await;
    assert!(html.contains("data-view=\"home\""));
    assert_eq!(count(&html, "<li data-doc="), 5, "the five articles");
    for door in ["#/timeline", "#/actors", "#/places", "#/read"] {
        assert!(html.contains(&format!("href=\"{door}")), "a door to {door}");
    }
    let search = render("#/search?q=Kataib").await;
    assert!(
        search.contains("data-actor=\"kataib-hezbollah\""),
        "search finds the actor"
    );
    assert!(count(&search, "class=\"hit\"") > 3, "and marks the matches");
}

#[tokio::test]
async fn the_reader_shows_the_shared_lens() {
    let plain = render("#/read/001_3dc81e1ea7d977a8").await;
    let html = render(
        "#/read/001_3dc81e1ea7d977a8?actor=kataib-hezbollah&from=2020-07-01&to=2020-07-10&q=rocket",
    )
    .await;
    let chosen = |html: &str| {
        html.match_indices("<mark ")
            .filter(|(at, _)| {
                html[*at..].split('>').next().is_some_and(|tag| {
                    tag.contains("data-actor=\"kataib-hezbollah\"") && tag.contains(" chosen")
                })
            })
            .count()
    };
    assert!(chosen(&html) > 0, "the chosen actor's mentions stand out");
    assert!(
        !plain.contains(" chosen\""),
        "nothing stands out without a lens"
    );
    let dimmed = count(&html, "class=\"sentence dimmed\"");
    let sentences = count(&html, "data-sentence=\"");
    assert!(
        dimmed > 0 && dimmed < sentences,
        "some sentences, not all, fall outside the window: {dimmed} of {sentences}"
    );
    assert_eq!(count(&plain, "dimmed"), 0, "no window, nothing dimmed");
    assert!(
        count(&html, "<mark class=\"hit\">") > 0,
        "the search's matches are marked"
    );
    // Links into other views keep the lens; the cast chooses actors.
    assert!(html.contains("data-choose=\"kataib-hezbollah\""), "{html}");
    assert!(
        html.contains("aria-current=\"true\""),
        "the chosen one is pressed"
    );
}

#[tokio::test]
async fn the_lens_filters_the_timeline_and_focuses_the_map() {
    let all = render("#/timeline?view=list").await;
    let one = render("#/timeline?view=list&actor=kataib-hezbollah").await;
    let (all, one) = (
        count(&all, "<tr data-event="),
        count(&one, "<tr data-event="),
    );
    assert!(
        one > 0 && one < all,
        "the actor filters the events: {one} of {all}"
    );
    let map = render("#/actors?actor=kataib-hezbollah").await;
    assert!(
        map.contains("data-card=\"kataib-hezbollah\""),
        "the actor is in focus on the map"
    );
    let early = render("#/actors?to=2020-01-31").await;
    let late = render("#/actors?from=2021-01-01").await;
    let lede = |html: &str| {
        html.split("class=\"lede\">")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(lede(&early).contains("ties shown"), "{early}");
    assert_ne!(
        lede(&early),
        lede(&late),
        "the window changes the ties shown"
    );
}

#[tokio::test]
async fn the_places_map_rings_the_chosen_actors_places_and_keeps_to_the_window() {
    let plain = render("#/places?place=baghdad").await;
    let chosen =
        render("#/places?place=baghdad&actor=qasim-muslih&from=2020-06-01&to=2020-07-31").await;
    assert_eq!(count(&plain, " chosen\""), 0);
    assert!(count(&chosen, " chosen\"") > 0, "some places are ringed");
    assert!(
        chosen.contains("events in the date window"),
        "the card keeps to the window"
    );
    let events = |html: &str| count(html, "<li data-event=");
    assert!(
        events(&chosen) < events(&plain),
        "fewer events in the window"
    );
}
