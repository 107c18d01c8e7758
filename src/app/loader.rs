//! Loading and extraction as a [`BackgroundJob`], with progress and cancel,
//! so the window never freezes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::jobs::{BackgroundJob, JobControl};
use crate::corpus::reopen::Missing;
use crate::corpus::{self, Document, LoadError};
use crate::curation::Project;
use crate::extract::Extractor;
use crate::model::{CalendarKind, Day, Timeline};

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
    /// One per file or path that was skipped.
    pub skipped: Vec<Skipped>,
    /// What else the user should know: documents of saved events not found.
    pub notes: Vec<Missing>,
    /// The project opened, if one was (with the edits of any other project
    /// opened with it), its edits not yet applied to `timeline`.
    pub project: Option<(PathBuf, Project)>,
}

/// A file or path a load skipped, and why: written in the interface's
/// language by [`super::messages`].
#[derive(Debug)]
pub enum Skipped {
    /// A text file or folder that could not be read.
    File(LoadError),
    /// A project or events file that could not be opened, as the library
    /// words it.
    Other(String),
    /// Nothing to read: no text files, project or events file.
    NothingFound,
}

/// Starts loading `source` on its own thread, giving each document the date
/// the user set for its path in `user_dates`; `wake` is called when done.
pub fn start(
    source: CorpusSource,
    extractor: Arc<Extractor>,
    user_dates: UserDates,
    wake: impl Fn() + Send + 'static,
) -> BackgroundJob<LoadOutcome> {
    BackgroundJob::spawn(
        move |control| run(source, &extractor, &user_dates, control),
        wake,
    )
}

/// Dates the user set, by document path.
pub type UserDates = BTreeMap<String, (Day, CalendarKind)>;

/// Whether `path` names a project file (`*.gahnama`).
#[must_use]
pub fn is_project_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gahnama"))
}

fn run(
    source: CorpusSource,
    extractor: &Extractor,
    user_dates: &UserDates,
    control: &JobControl,
) -> Option<LoadOutcome> {
    // Saved events files are reopened as they are, without extracting again;
    // a project gives its corpus, its documents' dates and its edits.
    let (events_files, mut text_paths): (Vec<PathBuf>, Vec<PathBuf>) = match &source {
        CorpusSource::Seeds => (Vec::new(), Vec::new()),
        CorpusSource::Paths(paths) => paths
            .iter()
            .cloned()
            .partition(|p| corpus::reopen::is_events_file(p)),
    };
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut notes: Vec<Missing> = Vec::new();
    let mut project: Option<(PathBuf, Project)> = None;
    let mut project_dates: BTreeMap<PathBuf, String> = BTreeMap::new();
    let (projects, texts): (Vec<PathBuf>, Vec<PathBuf>) =
        text_paths.into_iter().partition(|p| is_project_file(p));
    text_paths = texts;
    for f in &projects {
        match Project::load(f) {
            Ok(p) => {
                let base = f.parent().map(Path::to_path_buf).unwrap_or_default();
                for (path, date) in &p.document_dates {
                    project_dates.insert(base.join(path), date.clone());
                }
                text_paths.extend(p.resolved_paths(f));
                match &mut project {
                    Some((_, first)) => first.edits.extend(p.edits),
                    None => project = Some((f.clone(), p)),
                }
            }
            Err(e) => skipped.push(Skipped::Other(e)),
        }
    }
    let loaded = match &source {
        CorpusSource::Seeds => crate::seeds::load(),
        CorpusSource::Paths(_) if text_paths.is_empty() => corpus::LoadedFiles::default(),
        CorpusSource::Paths(_) => corpus::load_paths_watched(&text_paths, control)?,
    };
    let mut documents = loaded.documents;
    for d in &mut documents {
        d.user_date = user_dates.get(&d.path).copied().or_else(|| {
            let date = project_dates.get(Path::new(&d.path))?;
            extractor.parse_day(date)
        });
    }
    skipped.extend(loaded.errors.into_iter().map(Skipped::File));
    if control.is_cancelled() {
        return None;
    }
    let mut reopened = Vec::new();
    for f in &events_files {
        match corpus::reopen::reopen(f) {
            Ok(mut r) => {
                notes.append(&mut r.missing);
                reopened.push(r);
            }
            Err(e) => skipped.push(Skipped::Other(e)),
        }
    }
    if documents.is_empty() && skipped.is_empty() && reopened.is_empty() {
        skipped.push(Skipped::NothingFound);
    }
    let extracted = extractor.extract(&documents);
    let mut timeline = corpus::reopen::combine(extracted, reopened, &mut documents);
    // The window reads documents from their original text: the normalised
    // copy the extractor worked on is not held as long as it is open.
    for d in &mut documents {
        d.release_working_text();
    }
    // Held as long as the window is open: without spare capacity.
    timeline.compact();
    // The extraction's scratch, freed on the worker threads, goes back to the
    // system rather than staying resident while the window is open.
    crate::memory::release_free_memory();
    control.finish();
    Some(LoadOutcome {
        source,
        documents,
        timeline,
        skipped,
        notes,
        project,
    })
}
