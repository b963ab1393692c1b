//! Small readers that the exports are checked against: a strict XML
//! tokenizer that also balances tags, and an RFC 4180 CSV reader. They
//! are written here, not borrowed, so that the test does not trust the
//! writer's own idea of the format.

use std::collections::BTreeMap;

/// One XML element: its name, attributes (entities decoded) and the text
/// directly inside it (decoded).
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub text: String,
}

impl Element {
    pub fn get(&self, attribute: &str) -> Option<&str> {
        self.attributes.get(attribute).map(String::as_str)
    }
}

/// Every element of a document in document order, or what is wrong with
/// it: an unbalanced or crossed tag, an unknown entity, a raw `<` or `&`,
/// a repeated attribute, text outside the root, or more than one root.
pub fn xml(document: &str) -> Result<Vec<Element>, String> {
    let mut rest = document;
    if let Some(after) = rest.strip_prefix("<?xml") {
        let end = after.find("?>").ok_or("unclosed prolog")?;
        rest = &after[end + 2..];
    }
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut roots = 0;
    while let Some(at) = rest.find('<') {
        text_into(&mut elements, &open, &rest[..at])?;
        rest = &rest[at + 1..];
        let end = tag_end(rest).ok_or("unclosed tag")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let top = open.pop().ok_or(format!("</{name}> closes nothing"))?;
            if elements[top].name != name.trim() {
                return Err(format!("</{name}> closes <{}>", elements[top].name));
            }
            continue;
        }
        let (body, closed) = match tag.strip_suffix('/') {
            Some(body) => (body, true),
            None => (tag, false),
        };
        if open.is_empty() {
            roots += 1;
        }
        elements.push(start_tag(body)?);
        if !closed {
            open.push(elements.len() - 1);
        }
    }
    text_into(&mut elements, &open, rest)?;
    match (open.last(), roots) {
        (Some(&top), _) => Err(format!("<{}> is never closed", elements[top].name)),
        (None, 1) => Ok(elements),
        (None, roots) => Err(format!("{roots} root elements")),
    }
}

/// The offset of the `>` that ends a tag, skipping quoted values.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (at, character) in tag.char_indices() {
        match (quote, character) {
            (None, '"' | '\'') => quote = Some(character),
            (Some(open), _) if open == character => quote = None,
            (None, '>') => return Some(at),
            _ => {}
        }
    }
    None
}

fn text_into(elements: &mut [Element], open: &[usize], text: &str) -> Result<(), String> {
    match open.last() {
        Some(&top) => elements[top].text.push_str(&decode(text)?),
        None if text.trim().is_empty() => {}
        None => return Err(format!("text outside the root: {text:?}")),
    }
    Ok(())
}

fn start_tag(body: &str) -> Result<Element, String> {
    let body = body.trim();
    let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
    let name = &body[..name_end];
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || ":_-.".contains(c))
    {
        return Err(format!("bad element name {name:?}"));
    }
    let mut attributes = BTreeMap::new();
    let mut rest = body[name_end..].trim_start();
    while !rest.is_empty() {
        let equals = rest
            .find('=')
            .ok_or(format!("attribute without value in <{name}>"))?;
        let key = rest[..equals].trim();
        let quoted = &rest[equals + 1..];
        let quote = quoted.chars().next().filter(|c| *c == '"' || *c == '\'');
        let quote = quote.ok_or(format!("unquoted attribute {key} in <{name}>"))?;
        let close = quoted[1..].find(quote).ok_or("unclosed attribute value")?;
        let raw = &quoted[1..1 + close];
        if raw.contains('<') {
            return Err(format!("raw < in attribute {key}"));
        }
        if attributes.insert(key.to_owned(), decode(raw)?).is_some() {
            return Err(format!("attribute {key} twice in <{name}>"));
        }
        rest = quoted[close + 2..].trim_start();
    }
    Ok(Element {
        name: name.to_owned(),
        attributes,
        text: String::new(),
    })
}

/// Text with its entity and character references replaced.
fn decode(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').ok_or("& without ;")? + at;
        let entity = &rest[at + 1..end];
        let decoded = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = entity
                    .strip_prefix('#')
                    .ok_or(format!("unknown entity &{entity};"))?;
                let code = match number.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16),
                    None => number.parse(),
                }
                .map_err(|_| format!("bad reference &{entity};"))?;
                char::from_u32(code).ok_or(format!("bad reference &{entity};"))?
            }
        };
        out.push(decoded);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The records of an RFC 4180 file, or what breaks the RFC: a quote inside
/// an unquoted field, text after a closing quote, a bare CR or LF outside
/// quotes, an unclosed quote.
pub fn csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next().ok_or("unclosed quote")? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => break,
                    other => field.push(other),
                }
            }
        } else {
            while let Some(&next) = chars.peek() {
                match next {
                    ',' | '\r' => break,
                    '"' | '\n' => return Err(format!("{next:?} in an unquoted field")),
                    other => {
                        field.push(other);
                        chars.next();
                    }
                }
            }
        }
        record.push(field);
        match chars.next() {
            Some(',') => {}
            Some('\r') if chars.next() == Some('\n') => records.push(std::mem::take(&mut record)),
            None => records.push(std::mem::take(&mut record)),
            other => return Err(format!("{other:?} after a field")),
        }
    }
    if !record.is_empty() {
        // The text ended right after a comma: one more, empty, field.
        record.push(String::new());
        records.push(record);
    }
    Ok(records)
}
