//! The real corpus is a test corpus too: what the parser must find in each
//! of the five seed articles.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::Path;

use dossier_corpus::{load_dir, Document, LoadOptions, TrailerKind};

struct Expect {
    id: &'static str,
    title: &'static str,
    title_derived: bool,
    date: Option<&'static str>,
    author: Option<&'static str>,
    publisher: Option<&'static str>,
    paragraphs: usize,
    items: usize,
    captions: &'static [&'static str],
    trailers: &'static [TrailerKind],
}

fn seeds() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let loaded = load_dir(&dir, &LoadOptions::default()).expect("the seeds load");
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity < dossier_corpus::Severity::Warning),
        "no seed deserves a warning: {:?}",
        loaded.diagnostics
    );
    loaded.corpus.documents
}

fn check(documents: &[Document], expect: &Expect) {
    let document = documents
        .iter()
        .find(|document| document.id == expect.id)
        .unwrap_or_else(|| panic!("{} is parsed", expect.id));
    assert_eq!(document.title, expect.title, "{} title", expect.id);
    assert_eq!(
        document.title_derived, expect.title_derived,
        "{} title_derived",
        expect.id
    );
    assert_eq!(
        document.date.as_ref().map(|date| date.start.to_string()),
        expect.date.map(str::to_owned),
        "{} date",
        expect.id
    );
    assert_eq!(
        document.author.as_deref(),
        expect.author,
        "{} author",
        expect.id
    );
    assert_eq!(
        document.publisher.as_deref(),
        expect.publisher,
        "{} publisher",
        expect.id
    );
    assert_eq!(
        document.paragraphs.len(),
        expect.paragraphs,
        "{} paragraphs",
        expect.id
    );
    let items = document
        .paragraphs
        .iter()
        .filter(|p| p.kind == dossier_corpus::ParagraphKind::Item)
        .count();
    assert_eq!(items, expect.items, "{} list items", expect.id);
    let credits: Vec<&str> = document
        .captions
        .iter()
        .filter_map(|c| c.credit.as_deref())
        .collect();
    assert_eq!(credits, expect.captions, "{} caption credits", expect.id);
    let trailers: Vec<TrailerKind> = document.trailers.iter().map(|t| t.kind).collect();
    assert_eq!(trailers, expect.trailers, "{} trailers", expect.id);
}

#[test]
fn every_seed_is_parsed_as_expected() {
    let documents = seeds();
    assert_eq!(documents.len(), 5);
    let expectations = [
        Expect {
            id: "000_e1c78b762ee60c98",
            title: "Iraq’s prime minister walks tightrope in struggle with militias",
            title_derived: false,
            date: None,
            author: None,
            publisher: None,
            paragraphs: 12,
            items: 0,
            captions: &["IRAQI PRIME MINISTER MEDIA OFFICE/HANDOUT VIA REUTERS"],
            trailers: &[],
        },
        Expect {
            id: "001_3dc81e1ea7d977a8",
            title: "Is Iraq’s new PM losing the fight against Iranian-backed militias?",
            title_derived: false,
            date: None,
            author: Some("Maya Carlin"),
            publisher: Some("Jerusalem Post"),
            paragraphs: 10,
            items: 0,
            captions: &[],
            trailers: &[TrailerKind::Bio, TrailerKind::Bio],
        },
        Expect {
            id: "002_6c5070d07af6c1dd",
            title: "In six months the Iraqi Prime Minister Mustafa al-Kadhimi…",
            title_derived: true,
            date: None,
            author: None,
            publisher: None,
            paragraphs: 6,
            items: 2,
            captions: &[],
            trailers: &[],
        },
        Expect {
            id: "003_088a25859ec1a419",
            title: "IntelBrief: Iraq Fails to Rein in Iran-Backed Militias",
            title_derived: false,
            date: Some("2020-07-06"),
            author: None,
            publisher: None,
            paragraphs: 8,
            items: 4,
            captions: &["AP Photo/Hadi Mizban"],
            trailers: &[TrailerKind::Boilerplate],
        },
        Expect {
            id: "004_c09eda95306a5000",
            title: "Iraq hedges its bets, cozies up to Iran as US pullout looms",
            title_derived: false,
            date: None,
            author: None,
            publisher: None,
            paragraphs: 15,
            items: 0,
            captions: &[],
            trailers: &[TrailerKind::Related],
        },
    ];
    for expect in &expectations {
        check(&documents, expect);
    }
}

#[test]
fn the_hard_wrapped_seed_has_its_lines_joined() {
    let documents = seeds();
    let document = documents
        .iter()
        .find(|d| d.id.starts_with("002_"))
        .expect("seed 002");
    let first = &document.paragraphs[0].text;
    assert!(!first.contains('\n'));
    assert!(first.contains("Iran-backed militias, but this time compare with the confrontation in late June was more serious."));
    assert!(
        first.contains("“dancing with snakes”"),
        "doubled quotes fixed: {first}"
    );
}

#[test]
fn abbreviations_do_not_split_seed_sentences() {
    let documents = seeds();
    let all: Vec<&str> = documents
        .iter()
        .flat_map(|d| d.sentences.iter().map(|s| s.text.as_str()))
        .collect();
    for fragment in [
        "107-mm. rockets at the US Embassy",
        "Iranian Gen. Qassem Soleimani",
        "rocket attack on the U.S. Embassy in Baghdad on July 4.",
    ] {
        assert!(
            all.iter().any(|s| s.contains(fragment)),
            "one sentence holds {fragment:?}"
        );
    }
    // The author bio is a trailer, not body text: none of it is a sentence.
    assert!(all
        .iter()
        .all(|s| !s.contains("Center for Security Policy")));
}

#[test]
fn sentence_spans_point_into_the_original_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    for document in seeds() {
        let bytes = std::fs::read(dir.join(&document.file)).expect("seed readable");
        let text = std::str::from_utf8(&bytes).expect("seeds are UTF-8");
        for (index, sentence) in document.sentences.iter().enumerate() {
            assert_eq!(sentence.id, format!("s{}", index + 1));
            let raw = &text[sentence.start as usize..sentence.end as usize];
            assert_eq!(
                dossier_corpus::text::clean_text(raw),
                sentence.text,
                "{} {}",
                document.id,
                sentence.id
            );
        }
    }
}
