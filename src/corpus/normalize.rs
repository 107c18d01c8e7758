//! The normalised working copy of a document, used for all matching, with a map
//! from every byte of it back to the byte offset in the file on disk.
//!
//! What normalisation does (and only for matching; the original is never changed):
//! Arabic ي/ى/ك/ة/ۀ/أ/إ/آ → Persian ی/ک/ه/ه/ا/ا/ا; Persian and Arabic-Indic digits
//! → ASCII; Arabic presentation forms → base letters; ZWNJ, ZWJ, tatweel,
//! diacritics and bidi marks removed; all spaces to one ASCII space, runs of
//! spaces collapsed; CRLF and CR → LF; ASCII letters lower-cased.

use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

/// Normalised text plus its offset map into the file.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalised text, shared with the paragraphs that are slices of it.
    pub text: Arc<String>,
    /// `(normalised offset, file offset)` pairs: wherever the two stop
    /// advancing together a new pair starts. A byte between pairs maps at the
    /// same distance from the pair before it.
    anchors: Vec<(u32, u32)>,
    /// The file length (what the end of `text` maps to).
    file_len: u32,
    /// The length of `text`, kept when the text itself is released.
    text_len: u32,
}

/// A [`Normalized`] being written.
#[derive(Debug, Default)]
struct Draft {
    text: String,
    anchors: Vec<(u32, u32)>,
    /// `file - normalised` of the last anchor.
    delta: u32,
}

impl Draft {
    /// Records that the next byte of `text` comes from file offset `off`.
    #[inline]
    fn anchor(&mut self, off: u32) {
        let at = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        let delta = off.wrapping_sub(at);
        if delta != self.delta || self.anchors.is_empty() {
            self.anchors.push((at, off));
            self.delta = delta;
        }
    }
}

/// Builds a [`Normalized`] one source character at a time.
#[derive(Debug, Default)]
pub struct Builder {
    out: Draft,
    pending_cr: Option<usize>,
}

impl Builder {
    /// A builder expecting about `capacity` bytes.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            out: Draft {
                text: String::with_capacity(capacity),
                anchors: Vec::with_capacity(capacity / 64 + 16),
                delta: 0,
            },
            pending_cr: None,
        }
    }

    /// Adds the character `c` found at file offset `offset`.
    #[inline(always)]
    pub fn push(&mut self, offset: usize, c: char) {
        // Fast paths: printable ASCII and Persian letters that normalise to themselves.
        if self.pending_cr.is_none()
            && (matches!(c, '!'..='@' | '['..='~')
                || (matches!(c, 'ا' | 'ب'..='غ' | 'ف'..='ق' | 'ل'..='و' | 'پ' | 'چ' | 'ژ' | 'ک' | 'گ' | 'ی')
                    && c != 'ة'))
        {
            self.out.anchor(u32::try_from(offset).unwrap_or(u32::MAX));
            self.out.text.push(c);
            return;
        }
        self.push_slow(offset, c);
    }

    /// Everything but the fast paths of [`Self::push`].
    #[inline(never)]
    fn push_slow(&mut self, offset: usize, c: char) {
        if let Some(cr) = self.pending_cr.take() {
            self.emit(cr, '\n');
            if c == '\n' {
                return;
            }
        }
        if c == '\r' {
            self.pending_cr = Some(offset);
            return;
        }
        match map_char(c) {
            Mapped::Drop => {}
            Mapped::One(m) => self.emit(offset, m),
            Mapped::Compat => {
                for m in std::iter::once(c).nfkc() {
                    if let Mapped::One(m2) = map_char(m) {
                        self.emit(offset, m2);
                    }
                }
            }
        }
    }

    #[inline]
    fn emit(&mut self, offset: usize, c: char) {
        let out = &mut self.out;
        let off = u32::try_from(offset).unwrap_or(u32::MAX);
        let last = out.text.as_bytes().last().copied();
        if c == ' ' && matches!(last, None | Some(b' ' | b'\n')) {
            return;
        }
        if c == '\n' && last == Some(b' ') {
            // Drop a trailing space before a line end, keep the line end.
            out.text.pop();
            let at = u32::try_from(out.text.len()).unwrap_or(u32::MAX);
            if out.anchors.last().is_some_and(|a| a.0 == at) {
                out.anchors.pop();
                out.delta = out.anchors.last().map_or(0, |&(n, f)| f.wrapping_sub(n));
            }
        }
        out.anchor(off);
        out.text.push(c);
    }

    /// Ends the text; `len` is the file length.
    #[must_use]
    pub fn finish(mut self, len: usize) -> Normalized {
        if let Some(cr) = self.pending_cr.take() {
            self.emit(cr, '\n');
        }
        let Draft {
            mut text,
            mut anchors,
            ..
        } = self.out;
        // Shrinking in place: the buffer is shared, not copied.
        text.shrink_to_fit();
        anchors.shrink_to_fit();
        Normalized {
            text_len: u32::try_from(text.len()).unwrap_or(u32::MAX),
            text: Arc::new(text),
            anchors,
            file_len: u32::try_from(len).unwrap_or(u32::MAX),
        }
    }
}

impl Normalized {
    /// Normalises file bytes in `encoding`.
    #[must_use]
    pub fn from_bytes(bytes: &[u8], encoding: super::Encoding) -> Self {
        // A Windows-1256 letter takes two bytes in UTF-8.
        let capacity = match encoding {
            super::Encoding::Windows1256 => bytes.len() * 2,
            _ => bytes.len(),
        };
        let mut b = Builder::with_capacity(capacity);
        let len = super::decode::for_each_char(bytes, encoding, |o, c| b.push(o, c));
        b.finish(len)
    }

    /// Normalises a plain string (offsets are then byte offsets into it).
    #[must_use]
    pub fn from_text(s: &str) -> Self {
        let mut b = Builder::with_capacity(s.len());
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A run of characters that normalise to themselves is copied whole:
            // their offsets advance together, so one anchor covers the run.
            let run = plain_run(bytes, i, b.out.text.as_bytes().last().copied());
            if run > i && b.pending_cr.is_none() {
                b.out.anchor(u32::try_from(i).unwrap_or(u32::MAX));
                b.out.text.push_str(&s[i..run]);
                i = run;
                continue;
            }
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            b.push(i, c);
            i += c.len_utf8();
        }
        b.finish(s.len())
    }

    /// File offset of normalised byte `i` (clamped; the end maps to the file length).
    #[must_use]
    pub fn file_offset(&self, i: usize) -> usize {
        if i >= self.text_len as usize {
            return self.file_len as usize;
        }
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        let k = self.anchors.partition_point(|a| a.0 <= i);
        match k.checked_sub(1).and_then(|k| self.anchors.get(k)) {
            Some(&(n, f)) => (f + (i - n)) as usize,
            None => 0,
        }
    }

    /// Frees the text, keeping the offset map: [`Normalized::file_offset`]
    /// and [`Normalized::file_range`] answer as before.
    pub fn release_text(&mut self) {
        self.text = Arc::default();
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

/// Two-byte characters (U+0600–U+06FF) that normalise to themselves: the
/// Persian letters that need no mapping, «ء» «ئ» «٪», and «،» «؛» «؟».
const PLAIN_ARABIC: &[u32] = &[
    0x060C, 0x061B, 0x061F, 0x0621, 0x0626, 0x0627, 0x0628, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E,
    0x062F, 0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639, 0x063A,
    0x0641, 0x0642, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x066A, 0x067E, 0x0686, 0x0698, 0x06A9,
    0x06AF, 0x06CC,
];

/// [`PLAIN_ARABIC`] as one 64-bit mask per UTF-8 lead byte 0xD8–0xDB, indexed
/// by the low six bits of the second byte.
const PLAIN_MASKS: [u64; 4] = {
    let mut masks = [0u64; 4];
    let mut k = 0;
    while k < PLAIN_ARABIC.len() {
        let c = PLAIN_ARABIC[k] - 0x0600;
        masks[(c >> 6) as usize] |= 1 << (c & 0x3F);
        k += 1;
    }
    masks
};

/// Printable ASCII other than capitals: copied as it is.
const fn is_plain_ascii(x: u8) -> bool {
    matches!(x, b'!'..=b'@' | b'['..=b'~')
}

/// The end of the run of bytes from `i` that normalise to themselves:
/// printable ASCII other than capitals, a space not after a space or line end
/// (or `last`, the byte already written), a line end not after a space, and
/// [`PLAIN_ARABIC`].
fn plain_run(bytes: &[u8], i: usize, last: Option<u8>) -> usize {
    let mut j = i;
    let mut prev = last.unwrap_or(b'\n');
    while j < bytes.len() {
        let x = bytes[j];
        if is_plain_ascii(x) {
            prev = x;
            j += 1;
            continue;
        }
        match x {
            b' ' if !matches!(prev, b' ' | b'\n') => {}
            b'\n' if prev != b' ' => {}
            0xD8..=0xDB if j + 1 < bytes.len() => {
                let mask = PLAIN_MASKS[usize::from(x - 0xD8)];
                if mask >> (bytes[j + 1] & 0x3F) & 1 == 0 {
                    break;
                }
                prev = 0;
                j += 2;
                continue;
            }
            // «» (C2 AB, C2 BB).
            0xC2 if matches!(bytes.get(j + 1), Some(0xAB | 0xBB)) => {
                prev = 0;
                j += 2;
                continue;
            }
            _ => break,
        }
        prev = x;
        j += 1;
    }
    j
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
        '\u{200C}'
        | '\u{200D}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{0640}'
        | '\u{00AD}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Mapped::Drop,
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

/// A fast hash for the short word keys of the tagger's and the structure's
/// maps, eight bytes at a step (the multiply-rotate of rustc's `FxHasher`; no
/// untrusted-key flooding concern in a desktop tool).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(Self::K).rotate_left(26);
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let (chunks, rest) = bytes.as_chunks::<8>();
        for c in chunks {
            self.add(u64::from_le_bytes(*c));
        }
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last) ^ (rest.len() as u64) << 59);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A `HashMap` with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// Whether `c` is a letter, fast for ASCII and the Arabic script (the hot
/// path of tokenising and word boundaries); other scripts ask the Unicode tables.
#[inline]
#[must_use]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0600}'..='\u{06FF}' => is_arabic_block_letter(u32::from(c)),
        c => c.is_alphabetic(),
    }
}

/// [`is_letter`] for a code point of the Arabic block (U+0600–U+06FF): its
/// letters, not its digits (U+0660–0669, U+06F0–06F9) or punctuation. (The
/// tokenizer asks this of two UTF-8 bytes without decoding a `char`.)
#[inline]
#[must_use]
pub fn is_arabic_block_letter(c: u32) -> bool {
    matches!(c, 0x0621..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06FA..=0x06FF)
}

/// [`is_letter`] or a digit of any script.
#[inline]
#[must_use]
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c)
        || c.is_ascii_digit()
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
        || (!c.is_ascii() && !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_numeric())
}

/// One word normalised as [`normalize_phrase`] would, without building a
/// [`Normalized`] (presentation forms fall back to it).
#[must_use]
pub fn normalize_word(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    normalize_word_into(w, &mut out);
    out
}

/// [`normalize_word`] of `w`, appended to `out`.
pub fn normalize_word_into(w: &str, out: &mut String) {
    let start = out.len();
    let bytes = w.as_bytes();
    let mut i = 0;
    while i < w.len() {
        // Runs that normalise to themselves are copied whole (they end on
        // character boundaries: each of their characters is whole).
        let plain = plain_run(bytes, i, Some(0));
        if plain > i {
            out.push_str(&w[i..plain]);
            i = plain;
            continue;
        }
        let Some(c) = w[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        match map_char(c) {
            Mapped::One(m) => out.push(m),
            Mapped::Drop => {}
            Mapped::Compat => {
                out.truncate(start);
                out.push_str(&normalize_phrase(w));
                return;
            }
        }
    }
}

/// Where `needle` occurs in `hay`, left to right and not overlapping, as
/// `str::match_indices` gives them, without building a two-way searcher
/// (the clauses searched for boundary words are a few dozen bytes, and the
/// searcher's set-up cost more than the search). An empty `needle` is never
/// found.
pub fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        let first = *n.first()?;
        while at + n.len() <= h.len() {
            let i = at + memchr::memchr(first, &h[at..=h.len() - n.len()])?;
            if h[i..].starts_with(n) {
                at = i + n.len();
                return Some(i);
            }
            at = i + 1;
        }
        None
    })
}

/// Where `needle` last occurs in `hay`, as `str::rfind` gives it (see
/// [`occurrences`]).
#[must_use]
pub fn last_occurrence(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    let mut end = (h.len() + 1).checked_sub(n.len())?;
    while let Some(i) = memchr::memrchr(first, &h[..end]) {
        if h[i..].starts_with(n) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Normalises a short phrase (gazetteer names, lexicon triggers) the same way as
/// document text, trimmed.
///
/// ```
/// use gahnama::corpus::normalize::normalize_phrase;
/// assert_eq!(normalize_phrase(" كشورهای آسیای مرکزی در ۱۹۹۴ "), "کشورهای اسیای مرکزی در 1994");
/// assert_eq!(normalize_phrase("می‌کنند"), "میکنند");
/// ```
#[must_use]
pub fn normalize_phrase(s: &str) -> String {
    Normalized::from_text(s).text.trim().to_owned()
}

/// Asserts that every word of a list is already in normalised form: a
/// pattern that normalisation changes can never match the normalised text.
///
/// # Panics
/// On the first word that normalisation changes, naming the list.
#[cfg(test)]
pub(crate) fn assert_normalised(list: &str, words: &[&str]) {
    for w in words {
        let n = Normalized::from_text(w).text;
        assert_eq!(
            n.as_str(),
            *w,
            "{list}: «{w}» is not in normalised form (it normalises to «{n}»)"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(
            Normalized::from_text(input).text.as_str(),
            expected,
            "input {input:?}"
        );
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

    /// `normalize_word` as it was before plain runs were copied whole.
    fn word_by_chars(w: &str) -> String {
        let mut out = String::new();
        for c in w.chars() {
            match map_char(c) {
                Mapped::One(m) => out.push(m),
                Mapped::Drop => {}
                Mapped::Compat => return normalize_phrase(w),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn occurrences_are_those_of_the_standard_search(
            hay in "[ وکهاب،]{0,30}",
            needle in proptest::sample::select(vec![" و ", " که ", "،", "و", "وو", "ا ب"]),
        ) {
            let ours: Vec<usize> = occurrences(&hay, needle).collect();
            let std: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(ours, std);
            proptest::prop_assert_eq!(last_occurrence(&hay, needle), hay.rfind(needle));
        }

        #[test]
        fn a_word_normalises_as_it_does_character_by_character(
            w in "[a-zA-Z0-9 !?^\u{0600}-\u{06FF}\u{200C}\u{200F}\u{00AB}\u{00BB}\u{00A0}\u{FB50}-\u{FB60}\u{FE8D}\t]{0,24}"
        ) {
            proptest::prop_assert_eq!(normalize_word(&w), word_by_chars(&w));
        }
    }

    #[test]
    fn plain_characters_normalise_to_themselves() {
        for &c in PLAIN_ARABIC {
            let c = char::from_u32(c).expect("char");
            assert!(matches!(map_char(c), Mapped::One(m) if m == c), "{c}");
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(plain_run(bytes, 0, None), 2, "{c}");
        }
        // Every other character of the block is left to the slow path.
        for c in '\u{0600}'..='\u{06FF}' {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let plain = PLAIN_ARABIC.contains(&u32::from(c));
            assert_eq!(plain_run(bytes, 0, None) == 2, plain, "{c}");
        }
    }

    #[test]
    fn runs_keep_the_space_and_line_end_rules() {
        check("a  b \n c\n\nd", "a b\nc\n\nd");
        check(" \n x", "\nx");
        check("ا \nب", "ا\nب");
    }

    #[test]
    fn every_normalised_byte_maps_back_to_its_source_character() {
        let original = "در ۱۷ می‌ سال ۱۹۹۷\r\nكشور";
        let n = Normalized::from_text(original);
        let year = n.text.find("1997").expect("year");
        let [s, e] = n.file_range(year, year + 4);
        assert_eq!(&original[s..e], "۱۹۹۷");
        let k = n.text.find("کشور").expect("word");
        let [s, e] = n.file_range(k, k + "کشور".len());
        assert_eq!(&original[s..e], "كشور");
        assert_eq!(n.file_offset(n.text.len()), original.len());
    }
}
