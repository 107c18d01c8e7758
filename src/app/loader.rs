//! Loading and extraction as a [`BackgroundJob`], with progress and cancel,
//! so the window never freezes.

use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::{BackgroundJob, JobControl};
use crate::corpus::{self, Document, IdAllocator, LoadError};
use crate::extract::Extractor;
use crate::model::Timeline;

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusSource {
    /// The bundled seed documents.
    Seeds,
    /// Files and folders.
    Paths(Vec<PathBuf>),
}

/// A finished load.
#[derive(Debug)]
pub struct LoadOutcome {
    /// What was loaded.
    pub source: CorpusSource,
    /// Documents that loaded.
    pub documents: Vec<Document>,
    /// Their events.
    pub timeline: Timeline,
    /// One message per file that failed or was odd.
    pub messages: Vec<String>,
}

/// Starts loading `source` on its own thread; `wake` is called when done.
pub fn start(
    source: CorpusSource,
    extractor: Arc<Extractor>,
    wake: impl Fn() + Send + 'static,
) -> BackgroundJob<LoadOutcome> {
    BackgroundJob::spawn(move |control| run(source, &extractor, control), wake)
}

fn run(source: CorpusSource, extractor: &Extractor, control: &JobControl) -> Option<LoadOutcome> {
    let mut documents = Vec::new();
    let mut messages = Vec::new();
    match &source {
        CorpusSource::Seeds => {
            let loaded = crate::seeds::load();
            documents = loaded.documents;
            messages.extend(loaded.errors.iter().map(ToString::to_string));
        }
        CorpusSource::Paths(paths) => {
            let (files, errs) = corpus::collect_files(paths);
            messages.extend(errs.iter().map(ToString::to_string));
            control.set_total(files.len() + 1);
            let mut ids = IdAllocator::default();
            for f in files {
                if control.is_cancelled() {
                    return None;
                }
                let stem = f.file_stem().map_or_else(
                    || "document".to_owned(),
                    |s| s.to_string_lossy().into_owned(),
                );
                match corpus::load_file(&f, &ids.allocate(&stem)) {
                    Ok(d) => documents.push(d),
                    Err(e) => messages.push(e.to_string()),
                }
                control.step();
            }
        }
    }
    if control.is_cancelled() {
        return None;
    }
    if documents.is_empty() && messages.is_empty() {
        messages.push(
            LoadError::Missing {
                path: PathBuf::from("(no .txt or .md files found)"),
            }
            .to_string(),
        );
    }
    messages.extend(documents.iter().flat_map(|d| d.warnings.iter().cloned()));
    let mut timeline = extractor.extract(&documents);
    // Held as long as the window is open: without spare capacity.
    timeline.compact();
    control.finish();
    Some(LoadOutcome {
        source,
        documents,
        timeline,
        messages,
    })
}
