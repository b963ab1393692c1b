//! Data-driven tests of the document parser: each fixture is a small article
//! and the expected outline of what the parser makes of it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dossier_corpus::source::SourceText;
use dossier_corpus::{parse_document, Document, ParagraphKind};

/// A compact, readable outline of a parsed document.
fn outline(document: &Document) -> String {
    let mut lines = vec![format!(
        "title: {}{}",
        document.title,
        if document.title_derived {
            " (derived)"
        } else {
            ""
        }
    )];
    if let Some(date) = &document.date {
        lines.push(format!("date: {}..{}", date.start, date.end));
    }
    if let Some(author) = &document.author {
        lines.push(format!("author: {author}"));
    }
    if let Some(publisher) = &document.publisher {
        lines.push(format!("publisher: {publisher}"));
    }
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        for caption in document
            .captions
            .iter()
            .filter(|c| c.before_paragraph as usize == index)
        {
            lines.push(format!(
                "C: {} | {}",
                caption.text,
                caption.credit.as_deref().unwrap_or("-")
            ));
        }
        let kind = match paragraph.kind {
            ParagraphKind::Text => "P",
            ParagraphKind::Item => "I",
        };
        lines.push(format!(
            "{kind}({}): {}",
            paragraph.sentences.len(),
            paragraph.text
        ));
    }
    for trailer in &document.trailers {
        lines.push(format!("T[{:?}]: {}", trailer.kind, trailer.text));
    }
    lines.join("\n")
}

fn check(input: &str, expected: &str) {
    let source = SourceText::decode(input.as_bytes());
    let (document, _) = parse_document("fixture", "fixture.txt", "fixture.txt", &source);
    let expected: Vec<&str> = expected.trim().lines().map(str::trim).collect();
    assert_eq!(
        outline(&document),
        expected.join("\n"),
        "outline of {input:?}"
    );
    // Every sentence's span points at its own text in the input.
    for sentence in &document.sentences {
        let raw = &input[sentence.start as usize..sentence.end as usize];
        assert_eq!(dossier_corpus::text::clean_text(raw), sentence.text);
    }
}

#[test]
fn headline_dateline_and_body() {
    check(
        "July 6, 2020\n\nMilitias Defy the Prime Minister\n\nThe militias fired rockets. They missed.\n\nA second paragraph.\n",
        "
        title: Militias Defy the Prime Minister
        date: 2020-07-06..2020-07-06
        P(2): The militias fired rockets. They missed.
        P(1): A second paragraph.
        ",
    );
}

#[test]
fn no_headline_gives_a_derived_title() {
    check(
        "The prime minister met the militia leaders on Friday, and nothing came of it.\nThey left.",
        "
        title: The prime minister met the militia leaders on Friday… (derived)
        P(1): The prime minister met the militia leaders on Friday, and nothing came of it.
        P(1): They left.
        ",
    );
}

#[test]
fn byline_publisher_and_bio() {
    check(
        "A Headline Here\n\nBy Jane Doe\n\nOriginally published by the Daily Planet\n\nBody text here.\n\nMore body text.\n\nAbout Jane Doe\n\nJane Doe is a reporter.",
        "
        title: A Headline Here
        author: Jane Doe
        publisher: Daily Planet
        P(1): Body text here.
        P(1): More body text.
        T[Bio]: About Jane Doe
        T[Bio]: Jane Doe is a reporter.
        ",
    );
}

#[test]
fn captions_repeats_and_credits() {
    check(
        "Headline Of It\n\nLeaders meet in Tehran, July 21, 2020. (photo credit: MEDIA OFFICE)\nLeaders meet in Tehran, July 21, 2020.\n(photo credit: MEDIA OFFICE)\nThe body starts here.\n",
        "
        title: Headline Of It
        C: Leaders meet in Tehran, July 21, 2020. | MEDIA OFFICE
        P(1): The body starts here.
        ",
    );
    check(
        "Headline Of It\n\nA poster in Baghdad. (AP Photo/Jane Roe)\n  • First point.\n  • Second point.\n\nBody.",
        "
        title: Headline Of It
        C: A poster in Baghdad. | AP Photo/Jane Roe
        I(1): First point.
        I(1): Second point.
        P(1): Body.
        ",
    );
}

#[test]
fn hard_wrapped_text_with_dash_bullets_and_doubled_quotes() {
    check(
        " In six months the prime minister has twice confronted the militias,\n\
         but this time it was more serious. He called it ‘’ dancing with snakes’’\n\
         and the militias answered with threats against the embassy and the\n\
         government, which was not ready for them.\n\n\
         The results can be seen as below:\n\n\
         \u{20}  -The prime minister has broken his silence on the rocket attacks\n\
         which was the tradition of previous governments.\n\n\
         -Despite the announcement, the men are still held.\n",
        "
        title: In six months the prime minister has twice confronted… (derived)
        P(2): In six months the prime minister has twice confronted the militias, but this time it was more serious. He called it “dancing with snakes” and the militias answered with threats against the embassy and the government, which was not ready for them.
        P(1): The results can be seen as below:
        I(1): The prime minister has broken his silence on the rocket attacks which was the tradition of previous governments.
        I(1): Despite the announcement, the men are still held.
        ",
    );
}

#[test]
fn trailers_are_cut_off_the_end_only() {
    check(
        "Title Of The Piece\n\nFirst.\n\nSecond.\n\nThird.\n\nRelated Content\n\nAnother story",
        "
        title: Title Of The Piece
        P(1): First.
        P(1): Second.
        P(1): Third.
        T[Related]: Related Content
        T[Related]: Another story
        ",
    );
    check(
        "Title Of The Piece\n\nRelated content is what this is about.\n\nSubscribe to nothing.\n\nThird.\n\nFourth.\n\nFifth.\n\nSixth.",
        "
        title: Title Of The Piece
        P(1): Related content is what this is about.
        P(1): Subscribe to nothing.
        P(1): Third.
        P(1): Fourth.
        P(1): Fifth.
        P(1): Sixth.
        ",
    );
}

#[test]
fn crlf_and_bom_keep_offsets_true_to_the_file() {
    let input = "\u{feff}Title Here Now\r\n\r\nOne sentence. Two sentences.\r\n";
    let source = SourceText::decode(input.as_bytes());
    let (document, _) = parse_document("d", "d.txt", "d.txt", &source);
    assert_eq!(document.title, "Title Here Now");
    let second = &document.sentences[1];
    assert_eq!(
        &input[second.start as usize..second.end as usize],
        "Two sentences."
    );
}

#[test]
fn a_wire_dateline_opening_the_first_paragraph_states_the_date() {
    let text = "Rebels take the capital\n\nDAMASCUS, Syria (Dec. 8, 2024) — Rebels swept into the capital early Sunday.\n";
    let (document, _) = parse_document("a", "a.txt", "a", &SourceText::decode(text.as_bytes()));
    let date = document.date.clone().expect("a date");
    assert_eq!(date.start.to_string(), "2024-12-08");
    assert_eq!(date.end, date.start);
    assert!(!date.inferred);
    // The dateline's date as written; the whole dateline is known too.
    assert_eq!(document.dateline.as_deref(), Some("Dec. 8, 2024"));
    assert_eq!(
        document.dateline_prefix(&document.sentences[0].id),
        "DAMASCUS, Syria (Dec. 8, 2024) —".len()
    );
    // The dateline stays in the text, where its names are read.
    assert!(document.sentences[0].text.starts_with("DAMASCUS"));
}
