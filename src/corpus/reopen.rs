//! Reopening a saved events JSON (`gahnama.events/1` or `/2`) without
//! extracting again: its events as they were saved, and its documents found
//! by path and SHA-256 (the path as saved, then beside the JSON, then any
//! text file of the same size and hash under the JSON's folder, then the
//! bundled seeds), so the reader shows their text. A document that cannot be
//! found, or whose file has changed, is named; its events stay, with the
//! sentences the JSON holds.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::Document;
use crate::model::{DocumentInfo, ExtractOutput, Timeline};

/// A reopened events file.
#[derive(Debug)]
pub struct Reopened {
    /// The events and the documents as saved.
    pub timeline: Timeline,
    /// The documents found, with the ids the events name.
    pub documents: Vec<Document>,
    /// One per document not found or changed.
    pub missing: Vec<Missing>,
}

/// A document of a reopened events file that is not as it was saved; its
/// events are shown with the sentences saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Missing {
    /// Found, but its text changed since.
    #[error(
        "{}: changed since the events were saved (its SHA-256 differs); its events are shown with the sentences saved",
        path.display()
    )]
    Changed {
        /// Where it was found.
        path: PathBuf,
    },
    /// Not found where it was, nor beside the events file.
    #[error(
        "{path}: not found (looked beside {} too); its events are shown with the sentences saved",
        beside.display()
    )]
    NotFound {
        /// The path saved.
        path: String,
        /// The events file.
        beside: PathBuf,
    },
}

/// `extracted` with the events and documents of reopened files added (the
/// documents found go into `documents`).
#[must_use]
pub fn combine(
    mut extracted: Timeline,
    reopened: Vec<Reopened>,
    documents: &mut Vec<Document>,
) -> Timeline {
    if reopened.is_empty() {
        return extracted;
    }
    let mut infos = std::mem::take(&mut extracted.documents);
    let mut events = std::mem::take(&mut extracted.events);
    for r in reopened {
        infos.extend(r.timeline.documents);
        events.extend(r.timeline.events);
        documents.extend(r.documents);
    }
    Timeline::new(infos, events)
}

/// Whether `path` names a JSON file (the app and the command line then read
/// it as saved events, not as a text).
#[must_use]
pub fn is_events_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads `path` as a saved events JSON.
///
/// # Errors
/// A message naming the file: it cannot be read, is not JSON, or is not a
/// Gahnama events file.
pub fn reopen(path: &Path) -> Result<Reopened, String> {
    let file = std::fs::File::open(path)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    // Read straight into the events as the file streams in (a saved file
    // can be a gigabyte: neither its bytes nor a tree are held); only a
    // file that fails is read again, to say why.
    let out: ExtractOutput =
        match serde_json::from_reader(std::io::BufReader::with_capacity(1 << 20, file)) {
            Ok(out) => out,
            Err(e) => {
                let bytes = std::fs::read(path)
                    .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
                return Err(why_not(path, &bytes, &e));
            }
        };
    if !matches!(out.schema.as_str(), "gahnama.events/1" | "gahnama.events/2") {
        return Err(format!(
            "{}: a `{}` file, not Gahnama's events (gahnama.events/2)",
            path.display(),
            out.schema
        ));
    }
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut documents = Vec::new();
    let mut missing = Vec::new();
    for info in &out.documents {
        match find(info, &base) {
            Found::Document(d) => documents.push(*d),
            Found::Changed(p) => missing.push(Missing::Changed { path: p }),
            Found::Nothing => missing.push(Missing::NotFound {
                path: info.path.to_string(),
                beside: path.to_path_buf(),
            }),
        }
    }
    Ok(Reopened {
        timeline: Timeline::new(out.documents, out.events),
        documents,
        missing,
    })
}

/// Why `bytes` are not a readable events file.
fn why_not(path: &Path, bytes: &[u8], e: &serde_json::Error) -> String {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return format!("{}: not JSON ({e})", path.display());
    };
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(s) if s.starts_with("gahnama.events/") => {
            format!("{}: not a readable events file ({e})", path.display())
        }
        Some(other) => format!(
            "{}: a `{other}` file, not Gahnama's events (gahnama.events/2)",
            path.display()
        ),
        None => format!(
            "{}: not a Gahnama events file (no \"schema\")",
            path.display()
        ),
    }
}

enum Found {
    Document(Box<Document>),
    Changed(PathBuf),
    Nothing,
}

/// The file of `info`, by path and hash.
fn find(info: &DocumentInfo, base: &Path) -> Found {
    let saved = PathBuf::from(&info.path);
    let mut candidates = vec![saved.clone()];
    if saved.is_relative() {
        candidates.push(base.join(&saved));
    }
    if let Some(name) = saved.file_name() {
        candidates.push(base.join(name));
    }
    let mut changed = None;
    for p in &candidates {
        let Ok(bytes) = std::fs::read(p) else {
            continue;
        };
        if sha256_hex(&bytes) == info.sha256 {
            if let Ok(d) = Document::from_bytes(&info.id, &p.display().to_string(), bytes) {
                return Found::Document(Box::new(d));
            }
        } else {
            changed.get_or_insert_with(|| p.clone());
        }
    }
    // Moved: a text file of the same size and hash under the JSON's folder.
    for entry in walkdir::WalkDir::new(base)
        .max_depth(6)
        .into_iter()
        .filter_map(Result::ok)
    {
        let p = entry.path();
        if !entry.file_type().is_file()
            || !super::is_text_file(p)
            || entry
                .metadata()
                .map_or(true, |m| m.len() != info.bytes as u64)
        {
            continue;
        }
        if let Ok(bytes) = std::fs::read(p)
            && sha256_hex(&bytes) == info.sha256
            && let Ok(d) = Document::from_bytes(&info.id, &p.display().to_string(), bytes)
        {
            return Found::Document(Box::new(d));
        }
    }
    // The bundled seeds.
    for (name, bytes) in crate::seeds::SEEDS {
        if bytes.len() == info.bytes && sha256_hex(bytes) == info.sha256 {
            let path = format!("seeds/{name}");
            if let Ok(d) = Document::from_bytes(&info.id, &path, bytes.to_vec()) {
                return Found::Document(Box::new(d));
            }
        }
    }
    changed.map_or(Found::Nothing, Found::Changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_events_reopen_with_their_documents_found_by_hash_and_the_missing_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let texts = dir.path().join("texts");
        std::fs::create_dir(&texts).expect("dir");
        let a = texts.join("a.txt");
        let b = texts.join("b.txt");
        std::fs::write(
            &a,
            "در ۱۷ می سال ۱۹۹۷ رهبران ناتو و روسیه سند مبنایی را امضا کردند.\n",
        )
        .expect("write");
        std::fs::write(&b, "در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری امضا کردند.\n")
            .expect("write");
        let loaded = crate::corpus::load_paths(std::slice::from_ref(&texts));
        let t = crate::extract::Extractor::bundled()
            .expect("extractor")
            .extract(&loaded.documents);
        assert_eq!(t.events.len(), 2);
        let json = dir.path().join("events.json");
        std::fs::write(&json, serde_json::to_vec(&t.as_output()).expect("json")).expect("write");
        // a.txt moves into another folder; b.txt changes.
        let moved = dir.path().join("elsewhere");
        std::fs::create_dir(&moved).expect("dir");
        std::fs::rename(&a, moved.join("a.txt")).expect("move");
        std::fs::write(&b, "متن دیگری\n").expect("write");
        let r = reopen(&json).expect("reopens");
        assert_eq!(r.timeline.events, t.events, "the events as saved");
        assert_eq!(r.documents.len(), 1);
        assert!(r.documents[0].path.ends_with("elsewhere/a.txt"));
        assert_eq!(*r.documents[0].id, *t.documents[0].id.as_str());
        assert_eq!(r.missing.len(), 1);
        let m = r.missing[0].to_string();
        assert!(
            m.contains("b.txt") && m.contains("changed"),
            "{:?}",
            r.missing
        );
        // Not an events file.
        std::fs::write(&b, "{\"schema\": \"other/1\"}").expect("write");
        let bad = dir.path().join("other.json");
        std::fs::rename(&b, &bad).expect("move");
        assert!(reopen(&bad).expect_err("refused").contains("other/1"));
        std::fs::write(&bad, "{not json").expect("write");
        assert!(reopen(&bad).expect_err("refused").contains("not JSON"));
    }
}
