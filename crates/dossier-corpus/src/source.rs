//! Turning a file's bytes into text the parser can read, while remembering
//! where every byte of that text came from in the original file.
//!
//! UTF-8 (with or without a byte-order mark) is read as is. UTF-16 with a
//! byte-order mark is decoded. Anything else that is not valid UTF-8 is read as
//! Windows-1252, the usual encoding of text saved by older Windows tools, so no
//! article is lost; the caller is told so it can warn.

/// Decoded text plus the map back to byte offsets of the original file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// The text, as UTF-8.
    pub text: String,
    /// How offsets in `text` map to offsets in the original bytes.
    offsets: OffsetMap,
    /// How the bytes were decoded.
    pub encoding: Encoding,
}

/// How a file's bytes were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Plain UTF-8.
    Utf8,
    /// UTF-8 after a byte-order mark.
    Utf8Bom,
    /// UTF-16, little-endian, after a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, after a byte-order mark.
    Utf16Be,
    /// Not valid UTF-8; read as Windows-1252. Holds the first bad byte's offset.
    Windows1252 {
        /// Offset of the first byte that is not valid UTF-8.
        first_bad_byte: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum OffsetMap {
    /// Original offset = text offset + shift (UTF-8, with or without a BOM).
    Shift(usize),
    /// Original offset of every text byte, plus one entry for the end.
    Table(Vec<u32>),
}

impl SourceText {
    /// Decodes `bytes`. Never fails: every byte sequence becomes some text.
    pub fn decode(bytes: &[u8]) -> SourceText {
        if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            if let Ok(text) = std::str::from_utf8(rest) {
                return SourceText {
                    text: text.to_owned(),
                    offsets: OffsetMap::Shift(3),
                    encoding: Encoding::Utf8Bom,
                };
            }
        }
        if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
            return decode_utf16(rest, u16::from_le_bytes, Encoding::Utf16Le);
        }
        if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
            return decode_utf16(rest, u16::from_be_bytes, Encoding::Utf16Be);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => SourceText {
                text: text.to_owned(),
                offsets: OffsetMap::Shift(0),
                encoding: Encoding::Utf8,
            },
            // A byte-order mark before bytes that are not UTF-8: the mark is
            // still not text.
            Err(_) if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) => {
                let rest = &bytes[3..];
                let first_bad = std::str::from_utf8(rest)
                    .err()
                    .map_or(0, |error| error.valid_up_to());
                let mut source = decode_windows_1252(rest, first_bad + 3);
                if let OffsetMap::Table(table) = &mut source.offsets {
                    table.iter_mut().for_each(|offset| *offset += 3);
                }
                source
            }
            Err(error) => decode_windows_1252(bytes, error.valid_up_to()),
        }
    }

    /// The offset in the original bytes of offset `at` in [`SourceText::text`].
    pub fn original_offset(&self, at: usize) -> usize {
        match &self.offsets {
            OffsetMap::Shift(shift) => at + shift,
            OffsetMap::Table(table) => table
                .get(at)
                .or(table.last())
                .map_or(at, |&offset| offset as usize),
        }
    }
}

fn decode_utf16(bytes: &[u8], to_unit: fn([u8; 2]) -> u16, encoding: Encoding) -> SourceText {
    let units = bytes
        .chunks_exact(2)
        .map(|pair| to_unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut table = Vec::with_capacity(bytes.len() / 2 + 1);
    let mut original = 2; // after the byte-order mark
    for decoded in char::decode_utf16(units) {
        let (character, width) = match decoded {
            Ok(character) => (character, character.len_utf16() * 2),
            Err(_) => (char::REPLACEMENT_CHARACTER, 2),
        };
        for _ in 0..character.len_utf8() {
            table.push(original as u32);
        }
        text.push(character);
        original += width;
    }
    table.push(original as u32);
    SourceText {
        text,
        offsets: OffsetMap::Table(table),
        encoding,
    }
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F; the other bytes are
/// the Latin-1 characters of the same number.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn decode_windows_1252(bytes: &[u8], first_bad_byte: usize) -> SourceText {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut table = Vec::with_capacity(bytes.len() + 1);
    for (offset, &byte) in bytes.iter().enumerate() {
        let character = match byte {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
            _ => char::from(byte),
        };
        for _ in 0..character.len_utf8() {
            table.push(offset as u32);
        }
        text.push(character);
    }
    table.push(bytes.len() as u32);
    SourceText {
        text,
        offsets: OffsetMap::Table(table),
        encoding: Encoding::Windows1252 { first_bad_byte },
    }
}

/// 1-based line and column (in characters) of byte `offset` within `bytes`.
pub fn line_and_column(bytes: &[u8], offset: usize) -> (u32, u32) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&byte| byte == b'\n').count() as u32 + 1;
    let line_start = before
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |at| at + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u32
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_keeps_original_offsets() {
        let source = SourceText::decode(b"\xEF\xBB\xBFHello");
        assert_eq!(source.text, "Hello");
        assert_eq!(source.encoding, Encoding::Utf8Bom);
        assert_eq!(source.original_offset(0), 3);
        assert_eq!(source.original_offset(5), 8);
    }

    #[test]
    fn windows_1252_maps_each_byte() {
        let source = SourceText::decode(b"Iraq\x92s caf\xe9");
        assert_eq!(source.text, "Iraq’s café");
        assert_eq!(source.encoding, Encoding::Windows1252 { first_bad_byte: 4 });
        let s_at = source.text.find('s').unwrap();
        assert_eq!(source.original_offset(s_at), 5);
        assert_eq!(source.original_offset(source.text.len()), 11);
    }

    #[test]
    fn a_byte_order_mark_before_bad_bytes_is_not_text() {
        let source = SourceText::decode(b"\xEF\xBB\xBFHead\x92s");
        assert_eq!(source.text, "Head’s");
        assert_eq!(source.original_offset(0), 3);
    }

    #[test]
    fn utf16_le_with_bom() {
        let source = SourceText::decode(b"\xFF\xFEH\x00i\x00");
        assert_eq!(source.text, "Hi");
        assert_eq!(source.original_offset(1), 4);
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_and_column(b"ab\nc\xc3\xa9\xff", 6), (2, 3));
    }
}
