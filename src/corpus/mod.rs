//! The corpus: reads `.txt` and `.md` files and folders, decodes them, keeps the
//! original bytes, builds the normalised working copy with its offset map, and
//! splits it into paragraphs and sentences.
//!
//! Main types: [`Document`], [`LoadError`]; entry points [`load_paths`] and
//! [`Document::from_bytes`].

pub mod decode;
pub mod normalize;
pub mod reopen;
pub mod structure;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

pub use decode::Encoding;
pub use normalize::Normalized;
pub use structure::{BlockKind, Paragraph};

use crate::model::{DocumentInfo, SharedText};

/// A file as read: UTF-8 text, shared with the sentences that are slices of
/// it, or the bytes of another encoding.
#[derive(Debug, Clone)]
enum FileData {
    Utf8(Arc<String>),
    Other(Vec<u8>),
}

impl FileData {
    fn new(bytes: Vec<u8>, encoding: Encoding) -> Self {
        match encoding {
            Encoding::Utf8 | Encoding::Utf8Bom => {
                if simdutf8::basic::from_utf8(&bytes).is_ok() {
                    // The standard library's check is several times slower
                    // than simdutf8's, and it would be the second of the same
                    // bytes.
                    #[expect(unsafe_code, reason = "the bytes were just checked to be UTF-8")]
                    // SAFETY: simdutf8 validated `bytes` as UTF-8 above.
                    let text = unsafe { String::from_utf8_unchecked(bytes) };
                    Self::Utf8(Arc::new(text))
                } else {
                    Self::Other(bytes)
                }
            }
            _ => Self::Other(bytes),
        }
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Self::Utf8(text) => text.as_bytes(),
            Self::Other(bytes) => bytes,
        }
    }
}

/// What was odd about a file that loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocWarning {
    /// NUL bytes in a text file, left out of its text.
    #[error("{path}: {n} stray NUL byte{} ignored", if *n == 1 { "" } else { "s" })]
    StrayNul {
        /// The file.
        path: String,
        /// How many.
        n: usize,
    },
}

/// A document that failed to load, and why.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{path}: no such file or folder")]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// An I/O error reading the path.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The bytes are not text.
    #[error("{path}: {source}")]
    Decode {
        /// The path.
        path: PathBuf,
        /// What is wrong with the bytes.
        source: decode::DecodeError,
    },
    /// Larger than the 4 GiB the offset map can address.
    #[error("{path}: file too large ({bytes} bytes; at most 4 GiB)")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Size.
        bytes: u64,
    },
    /// A named pipe, socket or device: reading it could block for ever.
    #[error("{path}: not a regular file ({kind})")]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: SpecialKind,
    },
    /// A symbolic link back to a folder the walk is already inside.
    #[error("{path}: symbolic link loop (it leads back to {target})")]
    LinkLoop {
        /// The link.
        path: PathBuf,
        /// The folder it leads back to.
        target: PathBuf,
    },
}

/// A loaded document: original bytes, normalised copy and structure.
#[derive(Debug, Clone)]
pub struct Document {
    /// Id (file stem, unique within a load), shared with its events' sources.
    pub id: std::sync::Arc<str>,
    /// The path as given (or a `seeds/…` name for bundled seeds).
    pub path: String,
    /// Title: first heading or the first words.
    pub title: String,
    /// Detected encoding.
    pub encoding: Encoding,
    /// The original file.
    file: FileData,
    /// Normalised working copy with the offset map.
    pub norm: Normalized,
    /// Paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// What was odd about the file but did not stop it loading (stray NUL
    /// bytes), for the user to see.
    pub warnings: Vec<DocWarning>,
    /// Offsets of line starts in `norm.text`.
    line_starts: Vec<usize>,
    /// Whether `norm.text` and the paragraphs' texts are still held.
    working_text: bool,
    /// The document's date as the user set it (in the app, or with the
    /// CLI's `--document-date`), with the calendar it was given in: it wins
    /// over any date the text or the file name gives.
    pub user_date: Option<(crate::model::Day, crate::model::CalendarKind)>,
    /// The dateline among the first lines, found once at load
    /// ([`crate::time::doc_date::dateline`]).
    pub dateline: Option<crate::time::doc_date::Dateline>,
}

impl Document {
    /// Builds a document from file bytes.
    ///
    /// # Errors
    /// [`decode::DecodeError`] when the bytes are not text or are more than
    /// the 4 GiB the offset map can address (what [`load_file`] refuses).
    pub fn from_bytes(id: &str, path: &str, bytes: Vec<u8>) -> Result<Self, decode::DecodeError> {
        if u64::try_from(bytes.len()).unwrap_or(u64::MAX) >= u64::from(u32::MAX) {
            return Err(decode::DecodeError::TooLarge { bytes: bytes.len() });
        }
        let (encoding, text) = decode::detect_with_text(&bytes)?;
        let mut warnings = Vec::new();
        if text.is_some() && bytes.contains(&0) {
            let n = decode::nul_count(&bytes);
            warnings.push(DocWarning::StrayNul {
                path: path.to_owned(),
                n,
            });
        }
        let norm = match text {
            Some(text) => Normalized::from_text(text),
            None => Normalized::from_bytes(&bytes, encoding),
        };
        let paragraphs = structure::paragraphs(&norm.text);
        let mut line_starts = vec![0];
        line_starts.extend(norm.text.match_indices('\n').map(|(i, _)| i + 1));
        let mut doc = Self {
            id: id.into(),
            path: path.to_owned(),
            title: String::new(),
            encoding,
            file: FileData::new(bytes, encoding),
            norm,
            paragraphs,
            warnings,
            line_starts,
            working_text: true,
            user_date: None,
            dateline: None,
        };
        // A dateline is a day stated outright: named dates play no part.
        doc.dateline = crate::time::doc_date::dateline(&doc, &crate::time::NamedDates::default());
        doc.title = doc.guess_title();
        Ok(doc)
    }

    /// 1-based line number of a normalised offset.
    #[must_use]
    pub fn line_of(&self, norm_offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= norm_offset)
    }

    /// File byte range of a normalised range.
    #[must_use]
    pub fn file_range(&self, norm: &std::ops::Range<usize>) -> [usize; 2] {
        self.norm.file_range(norm.start, norm.end)
    }

    /// The original text of a file byte range.
    #[must_use]
    pub fn original(&self, range: [usize; 2]) -> String {
        match self.shared_original(range) {
            Some(text) => text.as_str().to_owned(),
            None => decode::decode_range(self.bytes(), self.encoding, range[0], range[1]),
        }
    }

    /// The original file bytes.
    #[must_use]
    pub fn bytes(&self) -> &[u8] {
        self.file.bytes()
    }

    /// The original text of a file byte range as a slice of the file's own
    /// text, when the file is UTF-8 and the range falls on characters.
    #[must_use]
    pub fn shared_original(&self, range: [usize; 2]) -> Option<SharedText> {
        match &self.file {
            FileData::Utf8(text)
                if range[0] <= range[1] && text.get(range[0]..range[1]).is_some() =>
            {
                Some(SharedText::slice(text, range[0]..range[1]))
            }
            _ => None,
        }
    }

    /// [`Document::original_of`], shared with the file's text where it can be
    /// (a range of one piece of a UTF-8 file).
    #[must_use]
    pub fn shared_original_of(&self, p: &Paragraph, r: &std::ops::Range<usize>) -> SharedText {
        if p.piece_count() == 1
            && let Some(text) = self.shared_original(self.file_range(&p.to_doc_range(r)))
        {
            return text;
        }
        SharedText::from(self.original_of(p, r))
    }

    /// The original text of a paragraph range (in paragraph text coordinates),
    /// with the pieces of a paragraph split by a page break joined by a space.
    #[must_use]
    pub fn original_of(&self, p: &Paragraph, r: &std::ops::Range<usize>) -> String {
        let doc = p.to_doc_range(r);
        let mut parts = Vec::new();
        for piece in p.doc_pieces() {
            let s = piece.start.max(doc.start);
            let e = piece.end.min(doc.end);
            if s < e {
                parts.push(self.original(self.norm.file_range(s, e)));
            }
        }
        parts.join(" ")
    }

    /// The original text of a whole paragraph (from its pieces, so it reads
    /// the same after [`Document::release_working_text`]).
    #[must_use]
    pub fn paragraph_original(&self, p: &Paragraph) -> String {
        p.doc_pieces()
            .map(|piece| self.original(self.norm.file_range(piece.start, piece.end)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Frees the normalised working text, and the paragraphs' slices of it,
    /// once the events are extracted. What reading the document needs stays:
    /// the original text, the offset map, and each paragraph's kind, pieces,
    /// sentences and line. Tagging or extracting afterwards would read empty
    /// paragraphs, so do those first ([`Document::has_working_text`]).
    pub fn release_working_text(&mut self) {
        self.norm.release_text();
        for p in &mut self.paragraphs {
            p.text = SharedText::default();
        }
        self.working_text = false;
    }

    /// False once [`Document::release_working_text`] has freed the
    /// normalised text.
    #[must_use]
    pub fn has_working_text(&self) -> bool {
        self.working_text
    }

    fn guess_title(&self) -> String {
        // Front matter's `title:` first.
        // Front matter is at the start: only the first few kilobytes are read.
        let head = &self.bytes()[..self.bytes().len().min(16 * 1024)];
        // simdutf8: the standard library's check of 16 KB is a tenth of the
        // time a seed-sized article takes to load.
        let original = match simdutf8::compat::from_utf8(head) {
            Ok(text) => Some(text),
            // Cut inside a character, or not UTF-8 at all.
            Err(e) => simdutf8::basic::from_utf8(&head[..e.valid_up_to()]).ok(),
        };
        if let Some(title) = original
            .and_then(|text| Some((text, crate::time::doc_date::front_matter(text)?.0)))
            .and_then(|(text, fm)| {
                text[fm].lines().find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    let v = v.trim().trim_matches(['"', '\'']).trim();
                    (k.trim() == "title" && !v.is_empty()).then(|| v.to_owned())
                })
            })
        {
            return title;
        }
        let first = self
            .paragraphs
            .iter()
            .take(6)
            .find(|p| p.kind == BlockKind::Heading);
        let source = first.or_else(|| {
            self.paragraphs
                .iter()
                .find(|p| p.kind != BlockKind::Boilerplate)
        });
        let Some(p) = source else {
            return self.id.to_string();
        };
        // A wire that opens with its dateline («تهران - ایرنا - ۲۲ بهمن ۱۳۹۹ -
        // وزیر …») is titled by what follows it, without the agency.
        let dateline = self.dateline.as_ref().filter(|d| d.paragraph == p.index);
        let text = match dateline {
            Some(d) => {
                let rest = self.original_of(p, &(d.range.end..p.text.len()));
                let rest = strip_dateline_tail(&rest);
                if rest.split_whitespace().count() >= 3 {
                    rest.to_owned()
                } else {
                    // The dateline is a line of its own: the next paragraph.
                    self.paragraphs
                        .iter()
                        .skip(p.index + 1)
                        .find(|q| q.kind == BlockKind::Body)
                        .map_or_else(
                            || self.paragraph_original(p),
                            |q| self.paragraph_original(q),
                        )
                }
            }
            None => self.paragraph_original(p),
        };
        let text = text.trim_start_matches('#').trim();
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.len() > 12 {
            format!("{}…", words[..12].join(" "))
        } else {
            words.join(" ")
        }
    }

    /// The document as listed in the events JSON.
    #[must_use]
    pub fn info(&self) -> DocumentInfo {
        let digest = Sha256::digest(self.bytes());
        let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
        DocumentInfo {
            id: self.id.to_string(),
            path: self.path.clone(),
            title: self.title.clone(),
            encoding: self.encoding.as_str().to_owned(),
            sha256,
            bytes: self.bytes().len(),
            paragraphs: self.paragraphs.len(),
            date: None,
            date_source: None,
        }
    }
}

/// What follows a dateline's date before the text: separators, a clock
/// time, and the agency in parentheses («- ۱۰:۳۰ -», «(خبرگزاری تاس) -»).
fn strip_dateline_tail(rest: &str) -> &str {
    let mut t = rest;
    loop {
        let before = t.len();
        t = t.trim_start_matches(|c: char| c.is_whitespace() || "-–—|،,:".contains(c));
        // A clock time.
        let clock = t.find(char::is_whitespace).map_or(t, |i| &t[..i]);
        if clock.contains(':') && clock.chars().all(|c| c.is_numeric() || c == ':') {
            t = &t[clock.len()..];
        }
        // The agency in parentheses.
        if t.starts_with(['(', '['])
            && let Some(close) = t.find([')', ']'])
            && t[..close].chars().count() <= 60
        {
            t = &t[close + 1..];
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Documents loaded from paths, plus the errors of those that failed.
#[derive(Debug, Default)]
pub struct LoadedFiles {
    /// The documents that loaded, in path order.
    pub documents: Vec<Document>,
    /// One error per file or path that failed.
    pub errors: Vec<LoadError>,
}

/// Whether a path has an extension Gahnama reads.
#[must_use]
pub fn is_text_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Expands files and folders (recursively, sorted, with `walkdir`) into the
/// text files to read, each real file once however many links lead to it. A
/// missing path, an unreadable folder, a symbolic-link loop or a special file
/// (named pipe, socket, device) becomes an error; the rest go on.
#[must_use]
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(LoadError::Missing { path: path.clone() });
            }
            Err(source) => errors.push(LoadError::Io {
                path: path.clone(),
                source,
            }),
            Ok(m) if m.is_dir() => walk_dir(path, &mut files, &mut errors, &mut seen),
            Ok(m) if !m.is_file() => errors.push(LoadError::NotRegular {
                path: path.clone(),
                kind: special_kind(&m),
            }),
            Ok(_) => {
                if seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
                    files.push(path.clone());
                }
            }
        }
    }
    (files, errors)
}

/// What a file that is neither a folder nor a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SpecialKind {
    /// A FIFO.
    #[error("a named pipe")]
    Pipe,
    /// A Unix socket.
    #[error("a socket")]
    Socket,
    /// A block or character device.
    #[error("a device")]
    Device,
    /// Anything else.
    #[error("a special file")]
    Other,
}

fn special_kind(m: &std::fs::Metadata) -> SpecialKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            return SpecialKind::Pipe;
        }
        if t.is_socket() {
            return SpecialKind::Socket;
        }
        if t.is_block_device() || t.is_char_device() {
            return SpecialKind::Device;
        }
    }
    let _ = m;
    SpecialKind::Other
}

fn walk_dir(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
    seen: &mut std::collections::HashSet<PathBuf>,
) {
    // A link to a folder that holds the one being read (its parent, say)
    // would walk out of it and back in: it is a loop too, skipped. A link to
    // a folder elsewhere is followed.
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut loops = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() == 0 || !e.path_is_symlink() || !e.file_type().is_dir() {
                return true;
            }
            match std::fs::canonicalize(e.path()) {
                Ok(target) if root.starts_with(&target) => {
                    loops.push(LoadError::LinkLoop {
                        path: e.path().to_path_buf(),
                        target,
                    });
                    false
                }
                // A link to a folder inside this one: the walk reaches it
                // by its own path.
                Ok(target) => !target.starts_with(&root),
                Err(_) => true,
            }
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                let ancestor = e.loop_ancestor().map(Path::to_path_buf);
                errors.push(match (ancestor, e.into_io_error()) {
                    (Some(target), _) => LoadError::LinkLoop { target, path },
                    (None, Some(source)) if source.kind() == std::io::ErrorKind::NotFound => {
                        LoadError::Missing { path }
                    }
                    (None, Some(source)) => LoadError::Io { path, source },
                    (None, None) => LoadError::Missing { path },
                });
                continue;
            }
        };
        let t = entry.file_type();
        if t.is_dir() || !is_text_file(entry.path()) {
            continue;
        }
        if !t.is_file() {
            let kind = entry
                .metadata()
                .map_or(SpecialKind::Other, |m| special_kind(&m));
            errors.push(LoadError::NotRegular {
                path: entry.path().to_path_buf(),
                kind,
            });
            continue;
        }
        let real = std::fs::canonicalize(entry.path()).unwrap_or_else(|_| entry.path().into());
        if seen.insert(real) {
            files.push(entry.into_path());
        }
    }
    errors.append(&mut loops);
}

/// Reads one file into a document.
///
/// # Errors
/// A [`LoadError`] naming the file.
pub fn load_file(path: &Path, id: &str) -> Result<Document, LoadError> {
    let meta = std::fs::metadata(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::Missing {
                path: path.to_path_buf(),
            }
        } else {
            LoadError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    if !meta.is_file() {
        return Err(LoadError::NotRegular {
            path: path.to_path_buf(),
            kind: special_kind(&meta),
        });
    }
    if meta.len() >= u64::from(u32::MAX) {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            bytes: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Document::from_bytes(id, &path.display().to_string(), bytes).map_err(|source| {
        LoadError::Decode {
            path: path.to_path_buf(),
            source,
        }
    })
}

/// How a caller follows a load and stops it (the app's progress bar and
/// Cancel). Called from the reading threads.
pub trait LoadWatch: Sync {
    /// How many files there are, before any is read.
    fn files(&self, _count: usize) {}
    /// One more file is read (or failed).
    fn file_read(&self) {}
    /// Whether to stop reading.
    fn stop(&self) -> bool {
        false
    }
}

/// Nobody watching.
struct Unwatched;

impl LoadWatch for Unwatched {}

/// Loads files and folders, on every core. Every failure is reported and the
/// rest still load.
#[must_use]
pub fn load_paths(paths: &[PathBuf]) -> LoadedFiles {
    load_paths_watched(paths, &Unwatched).unwrap_or_default()
}

/// [`load_paths`], telling `watch` of the progress; `None` when it asked to stop.
#[must_use]
pub fn load_paths_watched(paths: &[PathBuf], watch: &dyn LoadWatch) -> Option<LoadedFiles> {
    let (files, mut errors) = collect_files(paths);
    let mut ids = IdAllocator::default();
    let named: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|f| {
            let stem = f.file_stem().map_or_else(
                || "document".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let id = ids.allocate(&stem);
            (f, id)
        })
        .collect();
    watch.files(named.len());
    let loaded = crate::parallel::map_ordered(&named, |(f, id)| {
        if watch.stop() {
            return None;
        }
        let d = load_file(f, id);
        watch.file_read();
        Some(d)
    });
    if watch.stop() {
        return None;
    }
    let mut documents = Vec::new();
    for d in loaded.into_iter().flatten() {
        match d {
            Ok(d) => documents.push(d),
            Err(e) => errors.push(e),
        }
    }
    Some(LoadedFiles { documents, errors })
}

/// Hands out unique document ids based on file stems.
#[derive(Debug, Default)]
pub struct IdAllocator {
    used: std::collections::HashSet<String>,
}

impl IdAllocator {
    /// A unique id for `stem` (`stem`, `stem-2`, …).
    pub fn allocate(&mut self, stem: &str) -> String {
        let mut id = stem.to_owned();
        let mut n = 2;
        while self.used.contains(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releasing_the_working_text_keeps_what_reading_needs() {
        // Persian digits, an Arabic «ك» and a tatweel make the normalised
        // text differ from the file, so the offset map is exercised.
        let text =
            "# عنوان\n\nدر ۱۵ خرداد ۱۳۷۶ پيمان همكاري امضا شد. روز بعد اجـرا شد.\n\nبند دوم.\n";
        for bytes in [
            text.as_bytes().to_vec(),
            encoding_rs::WINDOWS_1256.encode(text).0.into_owned(),
        ] {
            let mut doc = Document::from_bytes("d", "d.txt", bytes).expect("text");
            let read = |d: &Document| -> Vec<(String, Vec<[usize; 2]>)> {
                d.paragraphs
                    .iter()
                    .map(|p| {
                        let ranges = d
                            .paragraphs
                            .iter()
                            .flat_map(|q| q.doc_pieces())
                            .map(|r| d.norm.file_range(r.start, r.end))
                            .collect();
                        (d.paragraph_original(p), ranges)
                    })
                    .collect()
            };
            let before = read(&doc);
            assert!(
                before
                    .iter()
                    .any(|(t, _)| t.contains("خرداد") && t.contains("پيمان"))
            );
            let info = doc.info();
            doc.release_working_text();
            assert!(!doc.has_working_text());
            assert!(doc.norm.text.is_empty() && doc.paragraphs.iter().all(|p| p.text.is_empty()));
            assert_eq!(read(&doc), before);
            assert_eq!(doc.info(), info);
        }
    }
}
