//! XML escaping, shared by the GraphML and GEXF writers.

/// Appends `text` to `out` escaped for XML 1.0 element content and for
/// attribute values in double or single quotes.
///
/// All five special characters are escaped, so the same function serves
/// both places. Tabs and line breaks become character references, because a
/// parser turns a raw one inside an attribute into a space and the evidence
/// text would lose its shape. Other control characters cannot appear in XML
/// 1.0 at all, not even as references, so they are dropped: a stray byte of
/// a badly decoded file must not make the whole export unreadable.
pub(super) fn escape_into(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            other => out.push(other),
        }
    }
}

/// `text` escaped for XML, as a new string.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// A number as XML Schema writes a double, or `None` when it is not finite,
/// since `NaN` and infinities would not load as coordinates anywhere.
pub(super) fn double(value: f64) -> Option<String> {
    value.is_finite().then(|| value.to_string())
}
