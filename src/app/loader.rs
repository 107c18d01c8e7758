//! Loading and extraction on a background thread, with progress and cancel,
//! so the window never freezes.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::corpus::{self, Document, IdAllocator, LoadError};
use crate::extract::Extractor;
use crate::model::Timeline;

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The bundled seed documents.
    Seeds,
    /// Files and folders.
    Paths(Vec<PathBuf>),
}

/// A finished load.
#[derive(Debug)]
pub struct Loaded {
    /// What was loaded.
    pub source: Source,
    /// Documents that loaded.
    pub documents: Vec<Document>,
    /// Their events.
    pub timeline: Timeline,
    /// One message per file that failed.
    pub errors: Vec<String>,
}

/// Progress of a running load.
#[derive(Debug)]
pub struct Job {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Option<Loaded>>,
}

/// What polling a job gives.
#[derive(Debug)]
pub enum Poll {
    /// Still working: fraction done.
    Running(f32),
    /// Finished.
    Done(Box<Loaded>),
    /// Cancelled (nothing changes).
    Cancelled,
}

impl Job {
    /// Starts loading on a new thread; `wake` is called when it finishes.
    #[must_use]
    pub fn start(
        source: Source,
        extractor: Arc<Extractor>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(1));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let (d, t, c) = (done.clone(), total.clone(), cancel.clone());
        std::thread::spawn(move || {
            let result =
                run(&source, &extractor, &d, &t, &c).map(|(documents, timeline, errors)| Loaded {
                    source,
                    documents,
                    timeline,
                    errors,
                });
            // The receiver may be gone if the app closed; nothing to do then.
            let _ = tx.send(result);
            wake();
        });
        Self {
            done,
            total,
            cancel,
            rx,
        }
    }

    /// Asks the thread to stop after the current file.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Checks for progress or the result.
    pub fn poll(&self) -> Poll {
        match self.rx.try_recv() {
            Ok(Some(l)) => Poll::Done(Box::new(l)),
            Ok(None) | Err(TryRecvError::Disconnected) => Poll::Cancelled,
            Err(TryRecvError::Empty) => {
                let t = self.total.load(Ordering::Relaxed).max(1);
                let f = self.done.load(Ordering::Relaxed) as f32 / t as f32;
                Poll::Running(f.min(1.0))
            }
        }
    }
}

type Output = (Vec<Document>, Timeline, Vec<String>);

fn run(
    source: &Source,
    extractor: &Extractor,
    done: &AtomicUsize,
    total: &AtomicUsize,
    cancel: &AtomicBool,
) -> Option<Output> {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    match source {
        Source::Seeds => {
            let loaded = crate::seeds::load();
            documents = loaded.documents;
            errors.extend(loaded.errors.iter().map(ToString::to_string));
        }
        Source::Paths(paths) => {
            let (files, errs) = corpus::collect_files(paths);
            errors.extend(errs.iter().map(ToString::to_string));
            total.store(files.len() + 1, Ordering::Relaxed);
            let mut ids = IdAllocator::default();
            for f in files {
                if cancel.load(Ordering::Relaxed) {
                    return None;
                }
                let stem = f.file_stem().map_or_else(
                    || "document".to_owned(),
                    |s| s.to_string_lossy().into_owned(),
                );
                match corpus::load_file(&f, &ids.allocate(&stem)) {
                    Ok(d) => documents.push(d),
                    Err(e) => errors.push(e.to_string()),
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    if cancel.load(Ordering::Relaxed) {
        return None;
    }
    if documents.is_empty() && errors.is_empty() {
        errors.push(
            LoadError::Missing {
                path: PathBuf::from("(no .txt or .md files found)"),
            }
            .to_string(),
        );
    }
    errors.extend(documents.iter().flat_map(|d| d.warnings.iter().cloned()));
    let timeline = extractor.extract(&documents);
    done.store(total.load(Ordering::Relaxed), Ordering::Relaxed);
    Some((documents, timeline, errors))
}
