//! Document structure on the normalised text: blocks (body paragraphs, headings,
//! footnotes, running headers, reference lists, boilerplate), paragraphs split
//! across a page break joined back together, and sentences.

mod sentences;

pub use sentences::sentences;

use crate::corpus::normalize::WordMap;
use crate::model::SharedText;
use smallvec::{SmallVec, smallvec};

/// A paragraph's sentence ranges: most paragraphs of news and of the dense
/// texts the app must hold are one sentence, kept without an allocation.
pub type Sentences = SmallVec<[Range<usize>; 1]>;
use std::ops::Range;
use std::sync::Arc;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text: the only kind events come from.
    Body,
    /// A title or section heading (markdown `#` or a short line).
    Heading,
    /// A footnote line at the foot of a page (`^۱. روزنامه …`).
    Footnote,
    /// A running page header or a page number repeated on every page.
    PageFurniture,
    /// An entry of a reference list (after `منابع:`).
    Bibliography,
    /// Publisher boilerplate (`برای خرید متن کامل …`, links).
    Boilerplate,
}

/// A paragraph: one or more pieces of the normalised text joined by a space.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// 0-based index among all paragraphs of the document, in reading order.
    pub index: usize,
    /// What it is.
    pub kind: BlockKind,
    /// The normalised text of the paragraph (pieces joined by one space).
    pub text: SharedText,
    /// `(start in text, start in normalised document, length)` of each piece.
    pieces: SmallVec<[(usize, usize, usize); 1]>,
    /// 1-based line of the paragraph's first line.
    pub line: usize,
    /// Sentence ranges in `text`.
    pub sentences: Sentences,
}

impl Paragraph {
    /// Maps an offset in `text` to an offset in the normalised document.
    #[must_use]
    pub fn to_doc_offset(&self, i: usize) -> usize {
        let mut best = self.pieces.first().map_or(0, |p| p.1);
        for &(t, n, len) in &self.pieces {
            if i < t {
                break;
            }
            best = n + (i - t).min(len);
        }
        best
    }

    /// Maps a range of `text` to the normalised document; a range that crosses a
    /// page break spans the material in between.
    #[must_use]
    pub fn to_doc_range(&self, r: &Range<usize>) -> Range<usize> {
        let start = self.to_doc_offset(r.start);
        // Map the end as the end of the last character, not the start of the next piece.
        let end = if r.end > r.start {
            self.to_doc_offset(r.end - 1) + 1
        } else {
            start
        };
        start..end.max(start)
    }

    /// Number of pieces (more than one when the paragraph was split by a page break).
    #[must_use]
    pub fn piece_count(&self) -> usize {
        self.pieces.len()
    }

    /// The pieces as ranges of the normalised document.
    pub fn doc_pieces(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.pieces.iter().map(|&(_, n, len)| n..n + len)
    }
}

struct Line {
    start: usize,
    end: usize,
    number: usize,
    blank_before: bool,
    /// [`words`] of the line (counted no further than 16).
    words: usize,
}

/// Splits normalised document text into paragraphs with sentences. A
/// paragraph of one piece shares `text`; one joined across a page break gets
/// its own buffer.
#[must_use]
pub fn paragraphs(text: &Arc<String>) -> Vec<Paragraph> {
    let lines = lines(text);
    let kinds = classify(text, &lines);
    // (kind, first line, pieces) of each paragraph in reading order; the text
    // and sentences come once all its pieces are known.
    type Pieces = SmallVec<[(usize, usize, usize); 1]>;
    let mut blocks: Vec<(BlockKind, &Line, Pieces)> = Vec::new();
    // Index in `blocks` of a body paragraph that stopped mid-sentence at a page break.
    let mut open: Option<usize> = None;
    for (li, line) in lines.iter().enumerate() {
        let kind = kinds[li];
        let body = &text[line.start..line.end];
        if kind == BlockKind::Body
            && let Some(pi) = open.take()
        {
            let pieces = &mut blocks[pi].2;
            let t = pieces.last().map_or(0, |&(t, _, len)| t + len + 1);
            pieces.push((t, line.start, line.end - line.start));
            if ends_mid_sentence(body) && line.words >= 6 {
                open = Some(pi);
            }
            continue;
        }
        if kind == BlockKind::Body {
            // Only a paragraph followed by a page-break gap (blank line, footnotes,
            // running header) may continue in the next body block.
            if ends_mid_sentence(body) && line.words >= 6 && next_is_page_gap(&lines, &kinds, li) {
                open = Some(blocks.len());
            }
        } else if !matches!(kind, BlockKind::Footnote | BlockKind::PageFurniture) {
            open = None;
        }
        blocks.push((
            kind,
            line,
            smallvec![(0, line.start, line.end - line.start)],
        ));
    }
    blocks
        .into_iter()
        .enumerate()
        .map(|(index, (kind, line, pieces))| {
            let text = match pieces[..] {
                [(_, start, len)] => SharedText::slice(text, start..start + len),
                _ => {
                    let parts: Vec<&str> = pieces
                        .iter()
                        .map(|&(_, start, len)| &text[start..start + len])
                        .collect();
                    SharedText::from(parts.join(" "))
                }
            };
            Paragraph {
                index,
                kind,
                sentences: sentences(&text).into_iter().collect(),
                text,
                pieces,
                line: line.number,
            }
        })
        .collect()
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut blank_before = false;
    for (number, raw) in text.split('\n').enumerate() {
        let end = start + raw.len();
        let trimmed_start = start + (raw.len() - raw.trim_start().len());
        let trimmed_end = start + raw.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push(Line {
                start: trimmed_start,
                end: trimmed_end,
                number: number + 1,
                blank_before,
                words: words(&text[trimmed_start..trimmed_end]),
            });
            blank_before = false;
        } else {
            blank_before = true;
        }
        start = end + 1;
    }
    out
}

fn next_is_page_gap(lines: &[Line], kinds: &[BlockKind], li: usize) -> bool {
    let mut j = li + 1;
    let mut furniture = false;
    while j < lines.len() && matches!(kinds[j], BlockKind::Footnote | BlockKind::PageFurniture) {
        furniture = true;
        j += 1;
    }
    j < lines.len() && kinds[j] == BlockKind::Body && (furniture || lines[j].blank_before)
}

/// Number of words, counting no further than 16 (callers compare with small
/// limits). Normalised text separates words with ASCII spaces only.
fn words(s: &str) -> usize {
    const LIMIT: usize = 16;
    const BLOCK: usize = 96;
    let is_space = |b: u8| (b == b' ') | (b == b'\n');
    let bytes = s.as_bytes();
    let mut n = usize::from(bytes.first().is_some_and(|&b| !is_space(b)));
    // A word starts wherever a space is followed by something else: counted
    // without branches, a block at a time until the limit is reached.
    let mut start = 0;
    while n < LIMIT && start + 1 < bytes.len() {
        let end = (start + BLOCK + 1).min(bytes.len());
        n += bytes[start..end]
            .windows(2)
            .filter(|w| is_space(w[0]) & !is_space(w[1]))
            .count();
        start += BLOCK;
    }
    n.min(LIMIT)
}

/// True when a line stops without sentence-final punctuation.
fn ends_mid_sentence(s: &str) -> bool {
    let last = s.trim_end().chars().last();
    !matches!(
        last,
        Some('.' | '؟' | '?' | '!' | '؛' | ';' | ':' | '»' | '"' | ')' | '…' | ']')
    )
}

const REFERENCE_HEADINGS: [&str; 7] = [
    "منابع",
    "منابع و ماخذ",
    "فهرست منابع",
    "کتابنامه",
    "مراجع",
    "references",
    "bibliography",
];

/// The longest `#` line that is still a heading, in bytes (some forty
/// Persian words: long titles are headings too).
const MARKDOWN_HEADING_MAX_BYTES: usize = 500;

/// A line short enough to be a heading, and not several sentences.
fn is_short_line(s: &str) -> bool {
    let body = s.trim_end().trim_end_matches(['.', '!', '?', '؟']);
    s.len() <= MARKDOWN_HEADING_MAX_BYTES && !body.contains(". ") && !body.contains("؟ ")
}

fn classify(text: &str, lines: &[Line]) -> Vec<BlockKind> {
    // Short lines that repeat are running headers (the first one may be the title).
    let mut seen: WordMap<&str, usize> = WordMap::default();
    for l in lines {
        let s = &text[l.start..l.end];
        if l.words <= 10 {
            *seen.entry(s.trim_start_matches('#').trim()).or_default() += 1;
        }
    }
    let has_markers = text.contains('^');
    let mut occurrences: WordMap<&str, usize> = WordMap::default();
    let mut in_references = false;
    let mut out = Vec::with_capacity(lines.len());
    // YAML front matter (`---` … `---`) is the file's metadata, not its text.
    let front_matter_end = crate::time::doc_date::front_matter(text).map_or(0, |(_, end)| end);
    for l in lines {
        if l.start < front_matter_end {
            out.push(BlockKind::Boilerplate);
            continue;
        }
        let s = &text[l.start..l.end];
        let key = s.trim_start_matches('#').trim();
        // A markdown heading is a short line: a `#` line of many sentences
        // (a one-line document that starts with `#`) is body text.
        let kind = if s.starts_with('#') && is_short_line(s) {
            in_references = is_reference_heading(key);
            BlockKind::Heading
        } else if is_reference_heading(s) {
            in_references = true;
            BlockKind::Heading
        } else if in_references && looks_like_reference(s) {
            BlockKind::Bibliography
        } else if is_boilerplate(s) {
            BlockKind::Boilerplate
        } else if s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ' ')
            || seen.get(key).copied().unwrap_or(0) >= 2 && {
                let n = occurrences.entry(key).or_default();
                *n += 1;
                *n > 1
            }
        {
            BlockKind::PageFurniture
        } else if is_footnote(s, has_markers) {
            BlockKind::Footnote
        } else if is_heading(s, l.words) {
            in_references = false;
            BlockKind::Heading
        } else {
            in_references = false;
            BlockKind::Body
        };
        if kind == BlockKind::Body || kind == BlockKind::Boilerplate {
            in_references = false;
        }
        out.push(kind);
    }
    out
}

fn is_reference_heading(s: &str) -> bool {
    let t = s.trim().trim_end_matches([':', '：', '.']).trim();
    REFERENCE_HEADINGS.contains(&t)
}

/// A reference-list entry: numbered, or carrying a year in parentheses.
fn looks_like_reference(s: &str) -> bool {
    let numbered = s.chars().next().is_some_and(|c| c.is_ascii_digit())
        && s.chars()
            .skip_while(char::is_ascii_digit)
            .find(|c| *c != ' ')
            .is_some_and(|c| matches!(c, '-' | '.' | ')'));
    let paren_year = s.match_indices('(').any(|(i, _)| {
        let rest = s[i + 1..].trim_start();
        rest.chars().take_while(char::is_ascii_digit).count() == 4
    });
    numbered || paren_year || s.starts_with('-')
}

/// Words of publisher boilerplate (addresses, sales, copyright).
const BOILERPLATE_CUES: [&str; 10] = [
    "http://",
    "https://",
    "www.",
    "برای خرید",
    "کلیه حقوق",
    "تمامی حقوق",
    "فقط تکه ای از متن",
    "دانلود فایل",
    ".ir",
    ".com",
];

fn is_boilerplate(s: &str) -> bool {
    // Boilerplate is a short line; a long paragraph that mentions a web
    // address is still running text.
    if s.len() > 600 {
        return false;
    }
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    if s.starts_with("((") {
        return true;
    }
    let Some(ac) = AC.get_or_init(|| aho_corasick::AhoCorasick::new(BOILERPLATE_CUES).ok()) else {
        return false;
    };
    ac.find_iter(s).any(|m| {
        let cue = &s[m.range()];
        // A domain must end its word: «feko.ir» yes, «.irrelevant» no.
        !cue.starts_with('.')
            || s[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::corpus::normalize::is_letter(c))
    })
}

/// Kinds of sources a footnote names.
const FOOTNOTE_SOURCE_CUES: [&str; 10] = [
    "روزنامه",
    "نشریه",
    "مجله",
    "هفتهنامه",
    "فصلنامه",
    "خبرگزاری",
    "چاپ",
    "شماره",
    "گازتا",
    "ص.",
];

/// A footnote line: a marker number then the note, in a document that uses
/// markers, or any such line that cites a newspaper or journal.
fn is_footnote(s: &str, has_markers: bool) -> bool {
    let body = s.strip_prefix('^').unwrap_or(s);
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    let rest = &body[digits..];
    let starts_note = rest.starts_with(". ") || rest.starts_with(' ') || rest.starts_with(") ");
    if !starts_note || rest.trim_start().starts_with('-') {
        return false;
    }
    has_markers || FOOTNOTE_SOURCE_CUES.iter().any(|c| s.contains(c))
}

/// A heading: a short line without a full stop, or a label ending in «:»
/// (`n`: its words).
fn is_heading(s: &str, n: usize) -> bool {
    if n == 0 {
        return false;
    }
    let last = s.trim_end().chars().last();
    (n <= 12 && last == Some(':')) || (n <= 10 && ends_mid_sentence(s) && last != Some('،'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_is_in_normalised_form() {
        use crate::corpus::normalize::assert_normalised;
        assert_normalised("REFERENCE_HEADINGS", &REFERENCE_HEADINGS);
        assert_normalised("BOILERPLATE_CUES", &BOILERPLATE_CUES);
        assert_normalised("FOOTNOTE_SOURCE_CUES", &FOOTNOTE_SOURCE_CUES);
    }

    fn split(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn sentences_split_on_persian_punctuation_even_without_space() {
        assert_eq!(
            split("رویکرد تازه شکل گرفت.و طرح تصویب شد؛ اما چرا؟ نمی دانیم!"),
            vec![
                "رویکرد تازه شکل گرفت.",
                "و طرح تصویب شد؛",
                "اما چرا؟",
                "نمی دانیم!"
            ]
        );
    }

    #[test]
    fn sentences_do_not_split_decimals_abbreviations_or_brackets() {
        assert_eq!(
            split("کسری به 1.7 میلیارد رسید. در سال 1384 ه.ش چنین شد."),
            vec!["کسری به 1.7 میلیارد رسید.", "در سال 1384 ه.ش چنین شد."]
        );
        assert_eq!(
            split("او گفت «این پایان است. نه؟» و رفت. بعد (یعنی فردا. صبح) آمد."),
            vec![
                "او گفت «این پایان است. نه؟» و رفت.",
                "بعد (یعنی فردا. صبح) آمد."
            ]
        );
    }

    #[test]
    fn a_paragraph_split_by_a_page_break_is_joined_around_footnote_and_header() {
        let text = "عنوان مقاله\n\nپروژه اتحاد گاز که در جریان سفر رئیس جمهور قزاقستان به\n\n^1. روزنامه ایران، 8 اوریل 1997.\n\nعنوان مقاله\n\nمسکو در دسامبر 2022 اعلام شد، مهم است.\n\nبند بعدی اینجا است.";
        let ps = paragraphs(&Arc::new(text.to_owned()));
        let kinds: Vec<BlockKind> = ps.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Body,
                BlockKind::Footnote,
                BlockKind::PageFurniture,
                BlockKind::Body
            ]
        );
        assert!(ps[1].text.contains("به مسکو در دسامبر 2022 اعلام شد"));
        assert_eq!(ps[1].piece_count(), 2);
        let at = ps[1].text.find("2022").expect("year");
        let doc = ps[1].to_doc_offset(at);
        assert_eq!(&text[doc..doc + 4], "2022");
    }

    #[test]
    fn reference_lists_headings_and_boilerplate_are_recognised() {
        let text = "## تیتر\nمتن اصلی که در سال 2000 رخ داد.\n(( برای خرید متن کامل به سایت feko.ir مراجعه کنید ))\nمنابع:\n1- کولایی، الهه (1384) بازی بزرگ جدید، تهران.\n2- ملکی (1376) روسیه.\nرویکرد روسیه\nمتن تازه ای که ادامه دارد و طولانی است و نقطه دارد.";
        let kinds: Vec<BlockKind> = paragraphs(&Arc::new(text.to_owned()))
            .iter()
            .map(|p| p.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Body,
                BlockKind::Boilerplate,
                BlockKind::Heading,
                BlockKind::Bibliography,
                BlockKind::Bibliography,
                BlockKind::Heading,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn adjacent_lines_without_a_gap_are_not_joined() {
        let text = "یک بند بلند که بدون نقطه تمام می شود و هرچند که یک سال بعد روسیه\nدر خصوص جمهوریهای سابق خود چیزی گفت.";
        assert_eq!(paragraphs(&Arc::new(text.to_owned())).len(), 2);
    }
}
