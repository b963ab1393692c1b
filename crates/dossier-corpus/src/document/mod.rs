//! The document parser: from one decoded file to one [`Document`].
//!
//! The steps, in order: lines are grouped into blocks ([`blocks`]); the first
//! blocks are read for a dateline, a headline and a byline ([`header`]);
//! captions and their repeats are set apart ([`captions`]); trailers are cut
//! off the end ([`trailers`]); what is left is the body, split into sentences
//! whose spans point back into the original file.

pub mod blocks;
pub mod captions;
pub mod header;
pub mod trailers;
pub mod wire;

use crate::civil::CivilDate;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{
    Caption, DocDate, Document, Mention, Paragraph, ParagraphKind, Sentence, Trailer, TrailerKind,
};
use crate::source::SourceText;
use crate::text::{clean_text, lines, split_sentences};

use blocks::{raw_blocks, RawBlock};
use captions::{same_text, split_credit, text_key};
use header::{looks_like_headline, parse_byline, parse_dateline, parse_publisher_line};
use std::collections::{HashMap, HashSet};
use trailers::trailer_start;
use wire::parse_wire_dateline;

/// How many blocks at the top of a file may hold the dateline, headline and byline.
const HEADER_BLOCKS: usize = 5;

/// Longest derived title, in words.
const DERIVED_TITLE_WORDS: usize = 10;

/// A body block once captions are recognised.
enum BodyBlock {
    Paragraph {
        block: RawBlock,
    },
    Caption {
        block: RawBlock,
        text_end: usize,
        credit: Option<String>,
    },
}

/// Parses one decoded file. `id` is the document id, `file` its file name and
/// `display` how diagnostics name it (usually `folder/file`).
pub fn parse_document(
    id: &str,
    file: &str,
    display: &str,
    source: &SourceText,
) -> (Document, Vec<Diagnostic>) {
    let text = source.text.as_str();
    let mut diagnostics = Vec::new();
    let mut document = Document {
        id: id.to_owned(),
        file: file.to_owned(),
        ..Document::default()
    };
    let mut blocks = raw_blocks(text, &lines(text));

    read_header(text, &mut blocks, &mut document);
    let mut body = Vec::new();
    let mut caption_keys = HashSet::new();
    for block in blocks {
        let cleaned = clean_text(block.raw(text));
        if let Some(publisher) = (block.line_count == 1)
            .then(|| parse_publisher_line(&cleaned))
            .flatten()
        {
            document.publisher.get_or_insert(publisher);
            continue;
        }
        if let Some(message) = add_body_block(text, block, &cleaned, &mut body, &mut caption_keys) {
            diagnostics.push(Diagnostic::new(
                display,
                block.line,
                Severity::Note,
                message,
            ));
        }
    }
    let trailer_from = find_trailer_start(text, &body);
    let trailer_blocks = body.split_off(trailer_from);
    document.trailers = collect_trailers(text, &trailer_blocks, &mut document.author);

    build_body(text, source, &body, &mut document);
    if document.date.is_none() {
        // The first sentence, or the second after a headline read as text.
        let wire = document
            .sentences
            .iter()
            .take(2)
            .find_map(|sentence| parse_wire_dateline(&sentence.text))
            .map(|wire| (wire.date, wire.date_text.to_owned()));
        if let Some((date, line)) = wire {
            document.date = Some(stated_by_dateline(date));
            document.dateline = Some(line);
        }
    }
    if document.title.is_empty() {
        document.title_derived = true;
        document.title = document
            .sentences
            .first()
            .map(|sentence| derive_title(&sentence.text))
            .unwrap_or_else(|| document.id.clone());
        diagnostics.push(Diagnostic::new(
            display,
            1,
            Severity::Note,
            format!(
                "no headline; title derived from the first sentence: “{}”",
                document.title
            ),
        ));
    }
    (document, diagnostics)
}

impl Document {
    /// The mentions of each sentence, by sentence id, in reading order;
    /// without the names of a wire dateline, which are where the article
    /// was filed, not actors of what its first sentence tells.
    pub fn mentions_by_sentence(&self) -> HashMap<&str, Vec<&Mention>> {
        let dateline_ends: HashMap<&str, usize> = self
            .sentences
            .iter()
            .take(2)
            .map(|sentence| (sentence.id.as_str(), self.dateline_prefix(&sentence.id)))
            .collect();
        let mut by_sentence: HashMap<&str, Vec<&Mention>> = HashMap::new();
        for mention in self.mentions.iter().filter(|mention| {
            dateline_ends
                .get(mention.sentence.as_str())
                .is_none_or(|&end| mention.start as usize >= end)
        }) {
            by_sentence
                .entry(mention.sentence.as_str())
                .or_default()
                .push(mention);
        }
        by_sentence
    }

    /// The length in bytes of the wire dateline that opens the sentence
    /// `sentence` ("DAMASCUS, Syria (Dec. 8, 2024) —"), when the document's
    /// date came from one there: its names and its date are the article's
    /// place and day, not what a happening is told with. 0 otherwise.
    pub fn dateline_prefix(&self, sentence: &str) -> usize {
        let Some(dateline) = self.dateline.as_deref() else {
            return 0;
        };
        self.sentences
            .iter()
            .take(2)
            .find(|first| first.id == sentence)
            .and_then(|first| parse_wire_dateline(&first.text))
            .filter(|wire| wire.date_text == dateline)
            .map_or(0, |wire| wire.text.len())
    }
}

/// The date a dateline states.
fn stated_by_dateline(date: CivilDate) -> DocDate {
    DocDate {
        start: date,
        end: date,
        inferred: false,
        evidence: "dateline".to_owned(),
        confidence: crate::model::Confidence::Stated,
    }
}

/// Takes the dateline, headline and byline off the top of the file.
fn read_header(text: &str, blocks: &mut Vec<RawBlock>, document: &mut Document) {
    let mut consumed = 0;
    for block in blocks.iter().take(HEADER_BLOCKS) {
        if block.line_count != 1 || block.item {
            break;
        }
        let line = clean_text(block.raw(text));
        if document.dateline.is_none() {
            if let Some(date) = parse_dateline(&line) {
                document.date = Some(stated_by_dateline(date));
                document.dateline = Some(line);
                consumed += 1;
                continue;
            }
        }
        if document.title.is_empty()
            && consumed == usize::from(document.dateline.is_some())
            && looks_like_headline(&line)
        {
            document.title = line;
        } else if let Some(author) = document
            .author
            .is_none()
            .then(|| parse_byline(&line))
            .flatten()
        {
            document.author = Some(author);
        } else if let Some(publisher) = document
            .publisher
            .is_none()
            .then(|| parse_publisher_line(&line))
            .flatten()
        {
            document.publisher = Some(publisher);
        } else {
            break;
        }
        consumed += 1;
    }
    blocks.drain(..consumed);
}

/// Adds one block to the body, recognising captions and their repeats.
/// Returns a note when the block was a repeat and was folded away.
fn add_body_block(
    text: &str,
    block: RawBlock,
    cleaned: &str,
    body: &mut Vec<BodyBlock>,
    caption_keys: &mut HashSet<String>,
) -> Option<String> {
    let split = if block.item {
        None
    } else {
        split_credit(block.raw(text))
    };
    let Some(split) = split else {
        if caption_keys.contains(&text_key(cleaned)) {
            return Some("caption repeated without its credit; shown once".to_owned());
        }
        body.push(BodyBlock::Paragraph { block });
        return None;
    };
    if split.text_len > 0 {
        caption_keys.insert(text_key(&text[block.start..block.start + split.text_len]));
        body.push(BodyBlock::Caption {
            block,
            text_end: block.start + split.text_len,
            credit: Some(split.credit),
        });
        return None;
    }
    // A credit on its own line: a repeat of the last caption's credit, the
    // credit of a caption that had none, or the credit of the block before.
    match body.last_mut() {
        Some(BodyBlock::Caption {
            credit: Some(existing),
            ..
        }) if same_text(existing, &split.credit) => {
            Some("photo credit repeated; shown once".to_owned())
        }
        Some(BodyBlock::Caption {
            credit: credit @ None,
            ..
        }) => {
            *credit = Some(split.credit);
            None
        }
        Some(last @ BodyBlock::Paragraph { .. }) => {
            if let BodyBlock::Paragraph { block: previous } = *last {
                *last = BodyBlock::Caption {
                    block: previous,
                    text_end: previous.end,
                    credit: Some(split.credit),
                };
            }
            None
        }
        _ => Some("photo credit with no caption before it; kept as a caption".to_owned()).inspect(
            |_| {
                body.push(BodyBlock::Caption {
                    block,
                    text_end: block.start,
                    credit: Some(split.credit),
                });
            },
        ),
    }
}

/// Index of the first body block that belongs to the trailers (the length of
/// `body` when there are none). A trailer marker counts only in the second
/// half of the body, or among its last four blocks, so that a stray phrase
/// early in an article never cuts it short.
fn find_trailer_start(text: &str, body: &[BodyBlock]) -> usize {
    let paragraphs = body
        .iter()
        .filter(|block| matches!(block, BodyBlock::Paragraph { .. }))
        .count();
    let mut seen_paragraphs = 0;
    for (index, block) in body.iter().enumerate() {
        let BodyBlock::Paragraph { block } = block else {
            continue;
        };
        let late = seen_paragraphs * 2 >= paragraphs || index + 4 >= body.len();
        if seen_paragraphs > 0 && late && trailer_start(&clean_text(block.raw(text))).is_some() {
            return index;
        }
        seen_paragraphs += 1;
    }
    body.len()
}

/// Turns the trailer blocks into trailers; an "About <name>" bio gives the
/// author when no byline did.
fn collect_trailers(text: &str, blocks: &[BodyBlock], author: &mut Option<String>) -> Vec<Trailer> {
    let mut kind = TrailerKind::Boilerplate;
    let mut trailers = Vec::new();
    for block in blocks {
        let (BodyBlock::Paragraph { block } | BodyBlock::Caption { block, .. }) = block;
        let cleaned = clean_text(block.raw(text));
        if let Some(start) = trailer_start(&cleaned) {
            kind = start.kind;
            if let Some(person) = start.person {
                author.get_or_insert(person);
            }
        }
        trailers.push(Trailer {
            kind,
            text: cleaned,
        });
    }
    trailers
}

/// Fills paragraphs, captions, sentences and the word count from the body.
fn build_body(text: &str, source: &SourceText, body: &[BodyBlock], document: &mut Document) {
    let add_sentences = |start: usize, end: usize, sentences: &mut Vec<Sentence>| -> Vec<String> {
        split_sentences(text, start, end)
            .into_iter()
            .map(|(start, end)| {
                let id = format!("s{}", sentences.len() + 1);
                sentences.push(Sentence {
                    id: id.clone(),
                    text: clean_text(&text[start..end]),
                    start: source.original_offset(start) as u32,
                    end: source.original_offset(end) as u32,
                });
                id
            })
            .collect()
    };
    for block in body {
        match block {
            BodyBlock::Paragraph { block } => {
                let paragraph_text = clean_text(block.raw(text));
                document.words += paragraph_text.split_whitespace().count() as u32;
                let ids = add_sentences(block.start, block.end, &mut document.sentences);
                document.paragraphs.push(Paragraph {
                    kind: if block.item {
                        ParagraphKind::Item
                    } else {
                        ParagraphKind::Text
                    },
                    text: paragraph_text,
                    sentences: ids,
                });
            }
            BodyBlock::Caption {
                block,
                text_end,
                credit,
            } => {
                let ids = add_sentences(block.start, *text_end, &mut document.sentences);
                document.captions.push(Caption {
                    text: clean_text(&text[block.start..*text_end]),
                    credit: credit.clone(),
                    before_paragraph: document.paragraphs.len() as u32,
                    sentences: ids,
                });
            }
        }
    }
}

/// A short title from a first sentence: up to the first clause break, at most
/// ten words, without a dangling function word, with an ellipsis when cut.
pub fn derive_title(sentence: &str) -> String {
    const DANGLING: &[&str] = &[
        "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "but",
        "as", "from", "that",
    ];
    let clause = sentence
        .split([',', ';', ':', '—', '–'])
        .next()
        .unwrap_or(sentence)
        .trim()
        .trim_end_matches(['.', '!', '?']);
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    let mut cut = clause.len() + 1 < sentence.trim_end_matches(['.', '!', '?']).len();
    if words.len() > DERIVED_TITLE_WORDS {
        words.truncate(DERIVED_TITLE_WORDS);
        cut = true;
    }
    while words.len() > 3
        && words
            .last()
            .is_some_and(|word| DANGLING.contains(&word.to_lowercase().as_str()))
    {
        words.pop();
    }
    let mut title = words.join(" ");
    if cut {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_titles() {
        assert_eq!(
            derive_title("In six months the Iraqi Prime Minister Mustafa al-Kadhimi for the second time has confronted with Iran-backed militias, but this time was more serious."),
            "In six months the Iraqi Prime Minister Mustafa al-Kadhimi…"
        );
        assert_eq!(
            derive_title("Militias fired rockets."),
            "Militias fired rockets"
        );
    }
}
