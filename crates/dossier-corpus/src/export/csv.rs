//! CSV fields (RFC 4180): a field is quoted when it holds a comma, a quote or
//! a line break, and a field that a spreadsheet would run is defused.

/// Appends one field. A field that a spreadsheet would read as a formula
/// (it starts with =, +, -, @, a tab or a carriage return) gets a leading
/// apostrophe, so the spreadsheet shows it instead of running it; a plain
/// number such as a negative longitude is left alone, since it cannot run
/// anything and must stay a number. Then the field is quoted if it needs
/// to be, with its quotes doubled.
pub(super) fn field_into(out: &mut String, text: &str) {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let quoted = text.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}
