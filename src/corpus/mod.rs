//! The corpus: reads `.txt` and `.md` files and folders, decodes them, keeps the
//! original bytes, builds the normalised working copy with its offset map, and
//! splits it into paragraphs and sentences.
//!
//! Main types: [`Document`], [`LoadError`]; entry points [`load_paths`] and
//! [`Document::from_bytes`].

pub mod decode;
pub mod normalize;
pub mod structure;

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use decode::Encoding;
pub use normalize::Normalized;
pub use structure::{BlockKind, Paragraph};

use crate::model::DocumentInfo;

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
}

/// A loaded document: original bytes, normalised copy and structure.
#[derive(Debug, Clone)]
pub struct Document {
    /// Id (file stem, unique within a load).
    pub id: String,
    /// The path as given (or a `seeds/…` name for bundled seeds).
    pub path: String,
    /// Title: first heading or the first words.
    pub title: String,
    /// Detected encoding.
    pub encoding: Encoding,
    /// The original file bytes.
    pub bytes: Vec<u8>,
    /// Normalised working copy with the offset map.
    pub norm: Normalized,
    /// Paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Offsets of line starts in `norm.text`.
    line_starts: Vec<usize>,
}

impl Document {
    /// Builds a document from file bytes.
    ///
    /// # Errors
    /// [`decode::DecodeError`] when the bytes are not text.
    pub fn from_bytes(id: &str, path: &str, bytes: Vec<u8>) -> Result<Self, decode::DecodeError> {
        let (encoding, text) = decode::detect_with_text(&bytes)?;
        let norm = match text {
            Some(text) => Normalized::from_text(text),
            None => Normalized::from_bytes(&bytes, encoding),
        };
        let paragraphs = structure::paragraphs(&norm.text);
        let mut line_starts = vec![0];
        line_starts.extend(norm.text.match_indices('\n').map(|(i, _)| i + 1));
        let mut doc = Self {
            id: id.to_owned(),
            path: path.to_owned(),
            title: String::new(),
            encoding,
            bytes,
            norm,
            paragraphs,
            line_starts,
        };
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
        decode::decode_range(&self.bytes, self.encoding, range[0], range[1])
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

    /// The original text of a whole paragraph.
    #[must_use]
    pub fn paragraph_original(&self, p: &Paragraph) -> String {
        self.original_of(p, &(0..p.text.len()))
    }

    fn guess_title(&self) -> String {
        let first = self
            .paragraphs
            .iter()
            .take(6)
            .find(|p| p.kind == BlockKind::Heading);
        let source = first.or_else(|| self.paragraphs.first());
        let Some(p) = source else {
            return self.id.clone();
        };
        let text = self.paragraph_original(p);
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
        let digest = Sha256::digest(&self.bytes);
        let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
        DocumentInfo {
            id: self.id.clone(),
            path: self.path.clone(),
            title: self.title.clone(),
            encoding: self.encoding.as_str().to_owned(),
            sha256,
            bytes: self.bytes.len(),
            paragraphs: self.paragraphs.len(),
            date: None,
            date_source: None,
        }
    }
}

/// Documents loaded from paths, plus the errors of those that failed.
#[derive(Debug, Default)]
pub struct Loaded {
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

/// Expands files and folders (recursively, sorted) into the text files to read.
/// A missing path or unreadable folder becomes an error; the rest go on.
#[must_use]
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(LoadError::Missing { path: path.clone() });
            }
            Err(source) => errors.push(LoadError::Io {
                path: path.clone(),
                source,
            }),
            Ok(m) if m.is_dir() => walk_dir(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
        }
    }
    (files, errors)
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(LoadError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk_dir(&p, files, errors);
        } else if is_text_file(&p) {
            files.push(p);
        }
    }
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

/// Loads files and folders. Every failure is reported and the rest still load.
#[must_use]
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let (files, mut errors) = collect_files(paths);
    let mut ids = IdAllocator::default();
    let mut documents = Vec::new();
    for f in files {
        let stem = f.file_stem().map_or_else(
            || "document".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        match load_file(&f, &ids.allocate(&stem)) {
            Ok(d) => documents.push(d),
            Err(e) => errors.push(e),
        }
    }
    Loaded { documents, errors }
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
