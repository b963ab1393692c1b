//! The one piece of JSON writing the exports need: a string literal. The
//! engine has no JSON serialiser outside its tests, and a timeline file
//! needs nothing else hand-written.

/// Appends `text` as a JSON string literal, quotes included.
///
/// Control characters are escaped as JSON requires. U+2028 and U+2029 are
/// escaped too: JSON allows them raw, but a script that pastes the file
/// into JavaScript source (a common way to load TimelineJS data) would
/// break on them in older engines.
pub(super) fn string_into(out: &mut String, text: &str) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1f}' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(character)));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

/// `text` as a JSON string literal.
pub(super) fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    string_into(&mut out, text);
    out
}
