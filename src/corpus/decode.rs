//! Byte decoding: detects the encoding of a text file and walks its characters
//! together with their byte offsets in the file.

use std::fmt;

/// The encodings Gahnama reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without BOM.
    Utf8,
    /// UTF-8 with a byte order mark.
    Utf8Bom,
    /// UTF-16 little endian with BOM.
    Utf16Le,
    /// UTF-16 big endian with BOM.
    Utf16Be,
    /// Windows-1256 (Arabic/Persian legacy code page).
    Windows1256,
}

impl Encoding {
    /// Name as written in the events JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Utf8 => "utf-8",
            Self::Utf8Bom => "utf-8-bom",
            Self::Utf16Le => "utf-16le",
            Self::Utf16Be => "utf-16be",
            Self::Windows1256 => "windows-1256",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes look like a binary file (NUL or many control bytes).
    #[error("looks like a binary file, not text (byte {offset} is 0x{byte:02x})")]
    Binary {
        /// Offset of the first suspicious byte.
        offset: usize,
        /// The byte.
        byte: u8,
    },
    /// A UTF-16 file with an odd number of bytes.
    #[error("UTF-16 file has an odd number of bytes")]
    OddUtf16,
    /// More bytes than the 4 GiB the offset map can address.
    #[error("too large ({bytes} bytes; at most 4 GiB)")]
    TooLarge {
        /// Size.
        bytes: usize,
    },
}

/// Detects the encoding: BOMs first, then valid UTF-8, then Windows-1256 for
/// bytes that are not UTF-8 but also not binary.
///
/// # Errors
/// [`DecodeError::Binary`] for binary content, [`DecodeError::OddUtf16`] for a
/// truncated UTF-16 file.
pub fn detect(bytes: &[u8]) -> Result<Encoding, DecodeError> {
    detect_with_text(bytes).map(|(e, _)| e)
}

/// [`detect`], also giving the text when it is UTF-8 without a BOM, so that
/// it is validated only once.
///
/// # Errors
/// As [`detect`].
pub fn detect_with_text(bytes: &[u8]) -> Result<(Encoding, Option<&str>), DecodeError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok((Encoding::Utf8Bom, None));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        if !bytes.len().is_multiple_of(2) {
            return Err(DecodeError::OddUtf16);
        }
        let e = if bytes[0] == 0xFF {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        return Ok((e, None));
    }
    check_not_binary(bytes)?;
    Ok(match utf8(bytes) {
        Ok(text) => (Encoding::Utf8, Some(text)),
        Err(_) => (Encoding::Windows1256, None),
    })
}

/// UTF-8 validation (SIMD where the processor has it): the one pass over
/// every byte that decoding cannot skip.
fn utf8(bytes: &[u8]) -> Result<&str, simdutf8::basic::Utf8Error> {
    simdutf8::basic::from_utf8(bytes)
}

fn is_stray_control(byte: u8) -> bool {
    // Non-short-circuit operators, so that counting them vectorises.
    (byte < 0x20) & (byte != b'\n') & (byte != b'\r') & (byte != b'\t') & (byte != 0x0C)
}

fn check_not_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    // Branch-free counts first (text passes them); the byte-by-byte walk
    // below only runs to name the offending offset.
    let stray: usize = sample
        .chunks(255)
        .map(|c| usize::from(c.iter().map(|&b| u8::from(is_stray_control(b))).sum::<u8>()))
        .sum();
    let few = |n: usize| n <= 8 || n * 100 <= sample.len();
    // A few stray NULs, as some exports leave them, in text that is valid
    // UTF-8 are text (the normaliser drops them; the document carries a
    // warning); a NUL in anything else, or more than one in a hundred bytes,
    // is a binary file.
    let nuls = if sample.contains(&0) {
        sample.iter().filter(|&&b| b == 0).count()
    } else {
        0
    };
    let nuls_ok = nuls == 0 || (nuls * 100 <= sample.len() && utf8(bytes).is_ok());
    if nuls_ok && few(stray) {
        return Ok(());
    }
    let mut controls = 0usize;
    for (offset, &byte) in sample.iter().enumerate() {
        if byte == 0 && !nuls_ok {
            return Err(DecodeError::Binary { offset, byte });
        }
        if is_stray_control(byte) {
            controls += 1;
            if !few(controls) {
                return Err(DecodeError::Binary { offset, byte });
            }
        }
    }
    Ok(())
}

/// How many NUL bytes a text holds (the loader warns about them).
#[must_use]
pub fn nul_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == 0).count()
}

/// Calls `f(file_offset, char)` for every character of `bytes` in `encoding`,
/// skipping a BOM. Returns the file length (the offset after the last char).
pub fn for_each_char(bytes: &[u8], encoding: Encoding, mut f: impl FnMut(usize, char)) -> usize {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let skip = if encoding == Encoding::Utf8Bom { 3 } else { 0 };
            let rest = &bytes[skip.min(bytes.len())..];
            // Valid UTF-8 (the usual case) is walked as it is; anything else with
            // replacement characters.
            let text = match utf8(rest) {
                Ok(t) => std::borrow::Cow::Borrowed(t),
                Err(_) => String::from_utf8_lossy(rest),
            };
            for (i, c) in text.char_indices() {
                f(i + skip, c);
            }
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = encoding == Encoding::Utf16Le;
            let units = bytes[2..].chunks_exact(2).map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            });
            let mut offset = 2;
            for r in char::decode_utf16(units) {
                let (c, width) = match r {
                    Ok(c) => (c, c.len_utf16() * 2),
                    Err(_) => (char::REPLACEMENT_CHARACTER, 2),
                };
                f(offset, c);
                offset += width;
            }
        }
        Encoding::Windows1256 => {
            let table = windows_1256_table();
            for (i, &b) in bytes.iter().enumerate() {
                let c = if b < 0x80 {
                    char::from(b)
                } else {
                    table[usize::from(b - 0x80)]
                };
                f(i, c);
            }
        }
    }
    bytes.len()
}

/// The upper half of Windows-1256, decoded once.
fn windows_1256_table() -> &'static [char; 128] {
    static TABLE: std::sync::OnceLock<[char; 128]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [char::REPLACEMENT_CHARACTER; 128];
        for (slot, b) in table.iter_mut().zip(0x80u8..=0xFF) {
            let one = [b];
            let (cow, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(&one);
            *slot = cow.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        }
        table
    })
}

/// Decodes a byte range of the file (as found by [`for_each_char`]) into text.
#[must_use]
pub fn decode_range(bytes: &[u8], encoding: Encoding, start: usize, end: usize) -> String {
    let end = end.min(bytes.len());
    let start = start.min(end);
    let slice = &bytes[start..end];
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => match utf8(slice) {
            Ok(s) => s.to_owned(),
            Err(_) => String::from_utf8_lossy(slice).into_owned(),
        },
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = encoding == Encoding::Utf16Le;
            let units = slice.chunks_exact(2).map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            });
            char::decode_utf16(units)
                .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect()
        }
        Encoding::Windows1256 => {
            let (cow, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(slice);
            cow.into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_boms_utf8_and_windows_1256() {
        assert_eq!(detect(b"\xEF\xBB\xBFabc"), Ok(Encoding::Utf8Bom));
        assert_eq!(detect(b"\xFF\xFEa\0"), Ok(Encoding::Utf16Le));
        assert_eq!(detect(b"\xFE\xFF\0a"), Ok(Encoding::Utf16Be));
        assert_eq!(detect("سلام".as_bytes()), Ok(Encoding::Utf8));
        // «سلام» in Windows-1256.
        assert_eq!(detect(&[0xD3, 0xE1, 0xC7, 0xE3]), Ok(Encoding::Windows1256));
        assert!(matches!(
            detect(b"PK\x03\x04\0\0"),
            Err(DecodeError::Binary { .. })
        ));
        assert_eq!(detect(b"\xFF\xFEa"), Err(DecodeError::OddUtf16));
    }

    #[test]
    fn a_few_stray_nuls_in_utf8_text_are_text_and_many_are_binary() {
        let mut text = "در ۱۷ می سال ۱۹۹۷ سند مبنایی امضا شد. "
            .repeat(20)
            .into_bytes();
        let space = text.iter().position(|&b| b == b' ').expect("a space");
        text.insert(space, 0);
        text.push(0);
        assert_eq!(detect(&text), Ok(Encoding::Utf8));
        assert_eq!(nul_count(&text), 2);
        // One NUL in ten bytes is no text.
        let mut binary = text.clone();
        for i in (0..binary.len()).step_by(10) {
            binary[i] = 0;
        }
        assert!(matches!(detect(&binary), Err(DecodeError::Binary { .. })));
        // A NUL in bytes that are not UTF-8 is binary.
        let mut latin = vec![0xD3u8; 400];
        latin[7] = 0;
        assert!(matches!(detect(&latin), Err(DecodeError::Binary { .. })));
    }

    #[test]
    fn offsets_point_into_the_file_for_every_encoding() {
        let text = "سال ۱۹۹۷";
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let mut seen = Vec::new();
        let len = for_each_char(&utf16, Encoding::Utf16Le, |o, c| seen.push((o, c)));
        assert_eq!(len, utf16.len());
        assert_eq!(seen[0], (2, 'س'));
        assert_eq!(seen[4], (10, '۱'));
        assert_eq!(decode_range(&utf16, Encoding::Utf16Le, 10, len), "۱۹۹۷");

        let cp = [0xD3, 0xC7, 0xE1, b' ', b'1'];
        let mut chars = String::new();
        for_each_char(&cp, Encoding::Windows1256, |_, c| chars.push(c));
        assert_eq!(chars, "سال 1");
    }
}
