//! Search that forgives the ways one Persian word is written: Arabic and
//! Persian yeh and kaf (ي/ی, ك/ک), teh marbuta and heh (ة/ه, ۀ), hamza
//! forms (أ إ ٱ آ → ا, ؤ → و, ئ → ی, ء dropped), diacritics and tatweel,
//! ZWNJ, space or nothing between a word's parts («می‌شود», «می شود»,
//! «میشود»), Persian, Arabic-Indic and Latin digits, and Latin case.
//!
//! Both the text and the query are folded ([`fold`]) and the folded query is
//! found with memchr's SIMD substring search. A scan was chosen over an
//! inverted index (tantivy): the spacing rule makes a match cross word
//! boundaries that a tokenised index cannot see, and a scan of the folded
//! text answers a query on a 100 MB corpus well within the 50 ms the app
//! needs (see `benches/search.rs`), with no index files to keep. The folded
//! text is about the size of the original; hits are mapped back to the
//! original text by folding again only the paragraph they fall in.

use std::ops::Range;

/// The folded form of one character, if it keeps one.
#[must_use]
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'ي' | 'ى' | 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۀ' => 'ه',
        'أ' | 'إ' | 'ٱ' | 'آ' => 'ا',
        'ؤ' => 'و',
        // Hamza, tatweel, joiners and bidi marks, and every space.
        'ء' | '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}' => {
            return None;
        }
        '۰'..='۹' => char::from(b'0' + (u32::from(c) - 0x06F0) as u8),
        '٠'..='٩' => char::from(b'0' + (u32::from(c) - 0x0660) as u8),
        c if c.is_whitespace() => return None,
        c if c.is_ascii() => c.to_ascii_lowercase(),
        // Diacritics (harakat, superscript alef, Quranic marks).
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => return None,
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Folds a string for searching.
#[must_use]
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// Folds `s`, keeping for every folded byte offset where its character
/// came from in `s` (byte offsets, one more entry for the end).
fn fold_mapped(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        if let Some(f) = fold_char(c) {
            for _ in 0..f.len_utf8() {
                map.push(i);
            }
            out.push(f);
        }
    }
    map.push(s.len());
    (out, map)
}

/// Where a query was found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHit {
    /// The document's index.
    pub doc: usize,
    /// The paragraph's index in it.
    pub paragraph: usize,
    /// Byte range in the paragraph's text as given to [`TextIndex::build`].
    pub range: Range<usize>,
}

/// The folded full text of a corpus, paragraph by paragraph.
#[derive(Debug, Default)]
pub struct TextIndex {
    /// Every paragraph's folded text, one after another.
    folded: String,
    /// (start in `folded`, document, paragraph), by start.
    paragraphs: Vec<(usize, u32, u32)>,
}

impl TextIndex {
    /// Folds every `(document, paragraph, text)`.
    pub fn build<'a>(paragraphs: impl IntoIterator<Item = (usize, usize, &'a str)>) -> Self {
        let mut ix = Self::default();
        for (d, p, text) in paragraphs {
            ix.push(d, p, text);
        }
        ix.shrink_to_fit();
        ix
    }

    /// Gives back the room left over from growing (up to half of it).
    pub fn shrink_to_fit(&mut self) {
        self.folded.shrink_to_fit();
        self.paragraphs.shrink_to_fit();
    }

    /// Adds one paragraph.
    pub fn push(&mut self, doc: usize, paragraph: usize, text: &str) {
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.paragraphs
            .push((self.folded.len(), small(doc), small(paragraph)));
        self.folded.extend(text.chars().filter_map(fold_char));
        // A separator no folded query holds, so no hit joins two paragraphs.
        self.folded.push('\u{0}');
    }

    /// The folded text's size in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.folded.len()
    }

    /// Whether nothing is indexed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Where `query` occurs: the first `limit` hits as (document,
    /// paragraph, offset in the folded paragraph), in order.
    #[must_use]
    pub fn find(&self, query: &str, limit: usize) -> Vec<(usize, usize, usize)> {
        self.search(query, limit).0
    }

    /// The first `limit` hits (as [`Self::find`]) and how many there are in
    /// all, in one scan.
    #[must_use]
    pub fn search(&self, query: &str, limit: usize) -> (Vec<(usize, usize, usize)>, usize) {
        let q = fold(query);
        if q.is_empty() {
            return (Vec::new(), 0);
        }
        let finder = memchr::memmem::Finder::new(q.as_bytes());
        let mut out = Vec::new();
        let mut total = 0;
        for at in finder.find_iter(self.folded.as_bytes()) {
            total += 1;
            if out.len() < limit {
                let i = self.paragraphs.partition_point(|&(s, _, _)| s <= at) - 1;
                let (start, d, p) = self.paragraphs[i];
                out.push((d as usize, p as usize, at - start));
            }
        }
        (out, total)
    }

    /// How many times `query` occurs.
    #[must_use]
    pub fn count(&self, query: &str) -> usize {
        let q = fold(query);
        if q.is_empty() {
            return 0;
        }
        memchr::memmem::find_iter(self.folded.as_bytes(), q.as_bytes()).count()
    }
}

/// The ranges of `query` in `text` (an original paragraph or title), in
/// `text`'s byte offsets.
#[must_use]
pub fn find_in(text: &str, query: &str) -> Vec<Range<usize>> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_mapped(text);
    memchr::memmem::find_iter(folded.as_bytes(), q.as_bytes())
        .map(|at| {
            let start = map[at];
            // The end: just after the last folded character's source.
            let last = map[at + q.len() - 1];
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            start..end
        })
        .collect()
}

/// Whether `query` occurs in `text`, folded.
#[must_use]
pub fn matches(text: &str, query_folded: &str) -> bool {
    !query_folded.is_empty()
        && memchr::memmem::find(fold(text).as_bytes(), query_folded.as_bytes()).is_some()
}

/// A few words either side of `range` in `text`, for a result list: the
/// context, and the hit's range within it.
#[must_use]
pub fn context(text: &str, range: &Range<usize>, chars: usize) -> (String, Range<usize>) {
    let mut from = range.start.min(text.len());
    for _ in 0..chars {
        match text[..from].char_indices().next_back() {
            Some((i, _)) => from = i,
            None => break,
        }
    }
    // Start at a word.
    if from > 0
        && let Some(sp) = text[from..range.start].find(' ')
    {
        from += sp + 1;
    }
    let mut to = range.end.min(text.len());
    for c in text[to..].chars().take(chars) {
        to += c.len_utf8();
    }
    if to < text.len()
        && let Some(sp) = text[range.end..to].rfind(' ')
    {
        to = range.end + sp;
    }
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < text.len() { "…" } else { "" };
    let s = format!("{lead}{}{tail}", &text[from..to]);
    let at = lead.len() + range.start - from;
    (s, at..at + (range.end - range.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_fold_together() {
        let same = [
            ("روسيه", "روسیه"),
            ("كشور", "کشور"),
            ("مدرسة", "مدرسه"),
            ("می‌شود", "می شود"),
            ("میشود", "می‌شود"),
            ("مُحَمَّد", "محمد"),
            ("أمریکا", "امریکا"),
            ("آمریکا", "امریکا"),
            ("۱۹۹۴", "1994"),
            ("١٩٩٤", "۱۹۹۴"),
            ("NATO", "nato"),
            ("خانهٔ", "خانه"),
        ];
        for (a, b) in same {
            assert_eq!(fold(a), fold(b), "{a} / {b}");
        }
        assert_ne!(fold("روسیه"), fold("روسی"));
    }

    #[test]
    fn finds_variants_and_maps_back() {
        let text = "دیدار وزیران خارجه روسیه و ایران در سال ۱۳۷۰";
        let hits = find_in(text, "روسيه");
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].clone()], "روسیه");
        let hits = find_in(text, "1370");
        assert_eq!(&text[hits[0].clone()], "۱۳۷۰");
        let hits = find_in("این کار می شود", "می‌شود");
        assert_eq!(hits.len(), 1);
        assert!(find_in(text, "").is_empty());
    }

    #[test]
    fn index_finds_paragraphs() {
        let ix = TextIndex::build([
            (0, 0, "ایران و روسیه"),
            (0, 1, "ترکیه"),
            (1, 3, "روسيه و چين"),
        ]);
        let found = ix.find("روسیه", 10);
        assert_eq!(
            found.iter().map(|&(d, p, _)| (d, p)).collect::<Vec<_>>(),
            [(0, 0), (1, 3)]
        );
        assert_eq!(ix.count("روسیه"), 2);
        let (first, total) = ix.search("روسیه", 1);
        assert_eq!((first.len(), total), (1, 2));
        // No hit joins the end of one paragraph to the next.
        assert_eq!(ix.count("روسیهترکیه"), 0);
        assert_eq!(ix.find("روسیه", 1).len(), 1);
    }

    #[test]
    fn context_is_cut_at_words() {
        let text = "در نشست سران کشورهای عضو سازمان همکاری شانگهای در تاشکند گفت";
        let r = find_in(text, "شانگهای")[0].clone();
        let (s, at) = context(text, &r, 12);
        assert_eq!(&s[at], "شانگهای");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    }
}
