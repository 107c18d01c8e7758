//! The normalised working copy of a document, used for all matching, with a map
//! from every byte of it back to the byte offset in the file on disk.
//!
//! What normalisation does (and only for matching; the original is never changed):
//! Arabic ي/ى/ك/ة/ۀ/أ/إ/آ → Persian ی/ک/ه/ه/ا/ا/ا; Persian and Arabic-Indic digits
//! → ASCII; Arabic presentation forms → base letters; ZWNJ, ZWJ, tatweel,
//! diacritics and bidi marks removed; all spaces to one ASCII space, runs of
//! spaces collapsed; CRLF and CR → LF; ASCII letters lower-cased.

use unicode_normalization::UnicodeNormalization;

/// Normalised text plus its offset map into the file.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// `origin[i]` is the file offset of the character that produced byte `i`
    /// of `text`; `origin[text.len()]` is the file length.
    origin: Vec<u32>,
}

impl Normalized {
    /// Normalises the characters produced by `walk` (which calls its argument
    /// with `(file_offset, char)` for each character and returns the file length).
    pub fn build(walk: impl FnOnce(&mut dyn FnMut(usize, char)) -> usize) -> Self {
        let mut out = Self::default();
        let mut pending_cr: Option<usize> = None;
        let push = |out: &mut Self, offset: usize, c: char| {
            let off = u32::try_from(offset).unwrap_or(u32::MAX);
            if c == ' ' && (out.text.is_empty() || out.text.ends_with([' ', '\n'])) {
                return;
            }
            if c == '\n' && out.text.ends_with(' ') {
                // Drop a trailing space before a line end, keep the line end.
                out.text.pop();
                out.origin.pop();
            }
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            out.text.push_str(s);
            out.origin.extend(std::iter::repeat_n(off, s.len()));
        };
        let len = walk(&mut |offset, c| {
            if let Some(cr) = pending_cr.take() {
                push(&mut out, cr, '\n');
                if c == '\n' {
                    return;
                }
            }
            if c == '\r' {
                pending_cr = Some(offset);
                return;
            }
            match map_char(c) {
                Mapped::Drop => {}
                Mapped::One(m) => push(&mut out, offset, m),
                Mapped::Compat => {
                    for m in std::iter::once(c).nfkc() {
                        match map_char(m) {
                            Mapped::One(m2) => push(&mut out, offset, m2),
                            Mapped::Drop | Mapped::Compat => {}
                        }
                    }
                }
            }
        });
        if let Some(cr) = pending_cr {
            push(&mut out, cr, '\n');
        }
        out.origin.push(u32::try_from(len).unwrap_or(u32::MAX));
        out
    }

    /// Normalises a plain string (offsets are then byte offsets into it).
    #[must_use]
    pub fn from_str(s: &str) -> Self {
        Self::build(|f| {
            for (i, c) in s.char_indices() {
                f(i, c);
            }
            s.len()
        })
    }

    /// File offset of normalised byte `i` (clamped).
    #[must_use]
    pub fn file_offset(&self, i: usize) -> usize {
        let i = i.min(self.origin.len().saturating_sub(1));
        self.origin.get(i).map_or(0, |&o| o as usize)
    }

    /// File byte range of a normalised byte range (end exclusive).
    #[must_use]
    pub fn file_range(&self, start: usize, end: usize) -> [usize; 2] {
        let s = self.file_offset(start);
        let e = self.file_offset(end).max(s);
        [s, e]
    }
}

enum Mapped {
    Drop,
    One(char),
    Compat,
}

/// Normalises one character for matching.
fn map_char(c: char) -> Mapped {
    match c {
        // Letters.
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' | 'ے' => Mapped::One('ی'),
        'ك' | 'ڪ' | 'ګ' => Mapped::One('ک'),
        'ة' | 'ۀ' | 'ھ' | 'ە' | 'ۂ' => Mapped::One('ه'),
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Mapped::One('ا'),
        'ؤ' => Mapped::One('و'),
        // Digits.
        '۰'..='۹' => Mapped::One(shift_digit(c, '۰')),
        '٠'..='٩' => Mapped::One(shift_digit(c, '٠')),
        '٫' => Mapped::One('.'),
        '٬' => Mapped::One(','),
        // Removed: ZWNJ, ZWJ, bidi marks, BOM, tatweel, soft hyphen, diacritics.
        '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}'
        | '\u{0640}' | '\u{00AD}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
            Mapped::Drop
        }
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => Mapped::Drop,
        // Spaces and dashes.
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Mapped::One(' ')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Mapped::One('-'),
        '\u{0C}' | '\u{2028}' | '\u{2029}' | '\u{85}' => Mapped::One('\n'),
        'A'..='Z' => Mapped::One(c.to_ascii_lowercase()),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{FF01}'..='\u{FF5E}' => {
            Mapped::Compat
        }
        c if c.is_control() && c != '\n' => Mapped::Drop,
        c => Mapped::One(c),
    }
}

fn shift_digit(c: char, zero: char) -> char {
    let v = u32::from(c) - u32::from(zero);
    char::from_digit(v, 10).unwrap_or('0')
}

/// Normalises a short phrase (gazetteer names, lexicon triggers) the same way as
/// document text, trimmed.
#[must_use]
pub fn normalize_phrase(s: &str) -> String {
    Normalized::from_str(s).text.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(Normalized::from_str(input).text, expected, "input {input:?}");
    }

    #[test]
    fn letters_digits_and_marks_are_normalised() {
        check("كشور ايران", "کشور ایران");
        check("۱۹۹۷ و ١٩٩٧", "1997 و 1997");
        check("می‌کنند", "میکنند");
        check("آسیای مرکزی", "اسیای مرکزی");
        check("احتمالاً", "احتمالا");
        check("ناتو ـ روسیه", "ناتو روسیه");
        check("NATO  PfP", "nato pfp");
        check("ﺳﻼﻡ", "سلام");
        check("a\r\nb\rc", "a\nb\nc");
        check("۱٫۷", "1.7");
    }

    #[test]
    fn every_normalised_byte_maps_back_to_its_source_character() {
        let original = "در ۱۷ می‌ سال ۱۹۹۷\r\nكشور";
        let n = Normalized::from_str(original);
        let year = n.text.find("1997").expect("year");
        let [s, e] = n.file_range(year, year + 4);
        assert_eq!(&original[s..e], "۱۹۹۷");
        let k = n.text.find("کشور").expect("word");
        let [s, e] = n.file_range(k, k + "کشور".len());
        assert_eq!(&original[s..e], "كشور");
        assert_eq!(n.file_offset(n.text.len()), original.len());
    }
}
