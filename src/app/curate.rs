//! Curation in the app: the open project, the edits made to the extracted
//! timeline, their undo history, saving (atomic, autosaved a few seconds
//! after an edit) and the window title that says whether all is saved.
//!
//! The extracted timeline is kept as it came ([`Curation::base`]); the shown
//! one is always `curation::apply(base, edits)`, so undoing an edit is
//! dropping it and applying the rest again, and what is shown is exactly
//! what a fresh load of the saved project gives.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::GahnamaApp;
use super::i18n::Catalogue;
use super::state::{Corpus, EventIx};
use crate::curation::{Anchor, Edit, Op, Orphan, Project, SavedView};
use crate::model::Timeline;

/// How long after the last edit the project is saved by itself.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// The open project and its history.
#[derive(Debug, Default)]
pub struct Curation {
    /// Where the project is saved (`None`: never saved).
    pub path: Option<PathBuf>,
    /// The texts the project opened with, resolved (its `paths` are
    /// written relative to wherever it is saved next).
    pub corpus: Vec<PathBuf>,
    /// The project: its edits, views and the rest.
    pub project: Project,
    /// The timeline as extracted, before the edits.
    pub base: Arc<Timeline>,
    /// How many edits each undo step made (the edits read from the file
    /// are one step each).
    steps: Vec<usize>,
    /// Undone steps, to redo.
    redo: Vec<Vec<Edit>>,
    /// Changed since the last save.
    pub dirty: bool,
    /// When the last change was made (for the autosave).
    changed_at: Option<Instant>,
    /// Edits that found no event at the last application.
    pub orphans: Vec<Orphan>,
    /// Why the last save failed, if it did.
    pub save_error: Option<String>,
}

impl Curation {
    /// A project read from `path` (or a new one), over `base`.
    #[must_use]
    pub fn new(path: Option<PathBuf>, project: Project, base: Arc<Timeline>) -> Self {
        Self {
            corpus: path
                .as_deref()
                .map(|p| project.resolved_paths(p))
                .unwrap_or_default(),
            steps: vec![1; project.edits.len()],
            path,
            project,
            base,
            ..Self::default()
        }
    }

    /// The steps that can be undone, oldest first: a description of each.
    #[must_use]
    pub fn history(&self, tr: &Catalogue) -> Vec<String> {
        let mut out = Vec::new();
        let mut at = 0;
        for &n in &self.steps {
            let edits = &self.project.edits[at..at + n];
            out.push(describe(edits, tr));
            at += n;
        }
        out
    }

    /// Whether there is a step to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.steps.is_empty()
    }

    /// Whether there is a step to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The project's name for the window title.
    #[must_use]
    pub fn name(&self, tr: &Catalogue) -> String {
        self.path.as_deref().and_then(Path::file_stem).map_or_else(
            || tr.t("project-untitled").to_owned(),
            |s| s.to_string_lossy().into_owned(),
        )
    }

    fn touch(&mut self) {
        self.dirty = true;
        self.changed_at = Some(Instant::now());
    }
}

/// What an undo step did, in a few words, in the interface's language.
#[must_use]
pub fn describe(edits: &[Edit], tr: &Catalogue) -> String {
    let Some(first) = edits.first() else {
        return String::new();
    };
    let with = |key: &str, name: &str, value: &str| tr.f(key, &[(name, value.into())]);
    let what = match &first.op {
        Op::Hide => tr.t("step-hide").to_owned(),
        Op::Unhide => tr.t("step-restore").to_owned(),
        Op::Retitle { title } => with("step-retitle", "title", title),
        Op::RetitleEn { title_en } => with("step-retitle-en", "title", title_en),
        Op::Redate { date } => with("step-redate", "date", date),
        Op::SetKind { kind } => tr
            .t(match kind {
                crate::model::EventKind::Forecast => "step-kind-forecast",
                _ => "step-kind-event",
            })
            .to_owned(),
        Op::SetActors { actors } => with("step-actors", "names", &actors.join("، ")),
        Op::SetRegions { regions } => with("step-regions", "names", &regions.join("، ")),
        Op::Note { note } => with("step-note", "note", note),
        Op::Tag { tag } => with("step-tag", "tag", tag),
        Op::Untag { tag } => with("step-untag", "tag", tag),
        Op::Star => tr.t("step-star").to_owned(),
        Op::Unstar => tr.t("step-unstar").to_owned(),
        Op::Merge { with } => tr.f("step-merge", &[("n", (with.len() + 1).into())]),
        Op::Split => tr.t("step-split").to_owned(),
        Op::Add { title, .. } => tr.f("step-add", &[("title", title.as_str().into())]),
    };
    if edits.len() > 1 {
        tr.f(
            "step-many",
            &[("what", what.into()), ("n", edits.len().into())],
        )
    } else {
        what
    }
}

/// One edit `op` of each selected event.
#[must_use]
pub fn edits_for_selection(state: &super::AppState, op: &Op) -> Vec<Edit> {
    state
        .ui
        .selection()
        .filter_map(|i| state.corpus.event(i))
        .map(|e| edit_of(e, op.clone()))
        .collect()
}

/// An edit of the event `e`, anchored to its text.
#[must_use]
pub fn edit_of(e: &crate::model::Event, op: Op) -> Edit {
    Edit {
        event: e.id.clone(),
        op,
        anchor: Anchor::of(e),
    }
}

impl GahnamaApp {
    /// Makes one undoable step of `edits` and shows the result.
    pub fn curate(&mut self, edits: Vec<Edit>) {
        if edits.is_empty() {
            return;
        }
        let c = &mut self.state.curation;
        c.steps.push(edits.len());
        c.project.edits.extend(edits);
        c.redo.clear();
        c.touch();
        self.reapply();
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let c = &mut self.state.curation;
        let Some(n) = c.steps.pop() else {
            return false;
        };
        let at = c.project.edits.len() - n;
        let undone = c.project.edits.split_off(at);
        c.redo.push(undone);
        c.touch();
        self.reapply();
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let c = &mut self.state.curation;
        let Some(edits) = c.redo.pop() else {
            return false;
        };
        c.steps.push(edits.len());
        c.project.edits.extend(edits);
        c.touch();
        self.reapply();
        true
    }

    /// Undoes every step after the first `keep` (a click in the history).
    pub fn undo_to(&mut self, keep: usize) {
        while self.state.curation.steps.len() > keep {
            if !self.undo() {
                break;
            }
        }
    }

    /// Applies the project's edits to the extracted timeline again and
    /// shows the result, keeping the selection and the view.
    pub fn reapply(&mut self) {
        let selected: Vec<String> = self
            .state
            .ui
            .selection()
            .filter_map(|i| self.state.corpus.event(i).map(|e| e.id.clone()))
            .collect();
        let c = &mut self.state.curation;
        let timeline = if c.project.edits.is_empty() {
            c.orphans.clear();
            c.base.clone()
        } else {
            let extractor = &self.state.extractor;
            let applied =
                crate::curation::apply(&c.base, &c.project.edits, &|s| extractor.parse_when(s));
            c.orphans = applied.orphans;
            Arc::new(applied.timeline)
        };
        let documents = std::mem::take(&mut self.state.corpus.documents);
        self.state.corpus = Corpus::shared(documents, timeline);
        let find = |id: &str| {
            self.state
                .corpus
                .events()
                .iter()
                .position(|e| {
                    e.id == id
                        || e.curation
                            .as_ref()
                            .is_some_and(|c| c.merged.iter().any(|m| m == id))
                })
                .map(EventIx)
        };
        let mut found = selected.iter().filter_map(|id| find(id));
        self.state.ui.selected = found.next();
        self.state.ui.also_selected = found
            .filter(|&e| Some(e) != self.state.ui.selected)
            .collect();
        self.refilter();
        self.state.search.stale = true;
    }

    /// The project as it would be saved at `path`: the corpus relative to
    /// it, the documents' dates, the edits, the views and the place.
    #[must_use]
    pub fn project_for(&self, path: &Path) -> Project {
        let mut p = self.state.curation.project.clone();
        let s = &self.state.settings;
        let mut corpus: Vec<&PathBuf> = s
            .paths
            .iter()
            .filter(|q| !super::loader::is_project_file(q))
            .collect();
        // A project opened gives its own texts, written again relative to
        // where it is saved now.
        if corpus.is_empty() {
            corpus = self.state.curation.corpus.iter().collect();
        }
        p.paths = corpus
            .iter()
            .map(|q| Project::relative_path(path, q))
            .collect();
        for (doc, (day, _)) in &s.document_dates {
            p.document_dates.insert(
                Project::relative_path(path, Path::new(doc)),
                day.to_string(),
            );
        }
        let selected = self
            .state
            .ui
            .selected
            .and_then(|e| self.state.corpus.event(e))
            .map(|e| e.id.clone());
        p.settings = serde_json::json!({
            "view": self.state.ui.target.unwrap_or(self.state.ui.view),
            "filter": s.filter,
            "group_by": s.group_by,
            "calendar": s.calendar,
            "selected": selected,
        });
        p
    }

    /// Saves the project at `path` (or where it was saved), atomically.
    ///
    /// # Errors
    /// When it has no path yet, or the file cannot be written.
    pub fn save_project(&mut self, path: Option<PathBuf>) -> Result<PathBuf, String> {
        let path = path
            .or_else(|| self.state.curation.path.clone())
            .ok_or_else(|| self.state.tr.t("notice-not-saved-yet").to_owned())?;
        let project = self.project_for(&path);
        match project.save(&path) {
            Ok(()) => {
                self.drop_recovery();
                let c = &mut self.state.curation;
                c.corpus = project.resolved_paths(&path);
                c.project = project;
                c.path = Some(path.clone());
                c.dirty = false;
                c.changed_at = None;
                c.save_error = None;
                self.remember_recent(&path);
                Ok(path)
            }
            Err(e) => {
                let msg = self.state.tr.f(
                    "notice-save-failed",
                    &[
                        ("path", self.state.tr.path(&path).into()),
                        ("why", e.to_string().into()),
                    ],
                );
                self.state.curation.save_error = Some(msg.clone());
                Err(msg)
            }
        }
    }

    /// Puts `path` first among the recent projects, and makes it what the
    /// app opens next time.
    fn remember_recent(&mut self, path: &Path) {
        self.state.settings.push_recent(path);
        self.state.settings.paths = vec![path.to_path_buf()];
    }

    /// Saves the project (at `path`, or where it was saved) and says how it
    /// went.
    pub fn save_and_tell(&mut self, path: Option<PathBuf>) {
        match self.save_project(path) {
            Ok(p) => {
                let t = self
                    .state
                    .tr
                    .f("notice-saved", &[("path", self.state.tr.path(&p).into())]);
                self.notify_info(&t);
            }
            Err(e) => self.notify_error(&e),
        }
    }

    /// Saves the project a little while after its last edit: where it was
    /// saved, or, never saved, to the recovery file the next start reopens.
    pub fn autosave(&mut self) {
        let c = &self.state.curation;
        let due = c.dirty
            && c.save_error.is_none()
            && c.changed_at.is_some_and(|t| t.elapsed() >= AUTOSAVE_AFTER);
        if !due {
            return;
        }
        if c.path.is_some() {
            if let Err(e) = self.save_project(None) {
                self.notify_error(&e);
            }
        } else {
            match self.write_recovery() {
                // Still unsaved (the title says so), but not lost.
                Some(Ok(_)) => self.state.curation.changed_at = None,
                Some(Err(msg)) => {
                    self.state.curation.save_error = Some(msg.clone());
                    self.notify_error(&msg);
                }
                None => {}
            }
        }
    }

    /// Writes the project never saved to the recovery file (atomically);
    /// `None` when the app keeps none.
    pub fn write_recovery(&self) -> Option<Result<PathBuf, String>> {
        let r = self.recovery.clone()?;
        let project = self.project_for(&r);
        let written = r
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| project.save(&r));
        Some(written.map(|()| r.clone()).map_err(|e| {
            self.state.tr.f(
                "notice-recovery-failed",
                &[
                    ("path", self.state.tr.path(&r).into()),
                    ("why", e.to_string().into()),
                ],
            )
        }))
    }

    /// How long until the autosave is due, if one is pending.
    #[must_use]
    pub fn autosave_in(&self) -> Option<Duration> {
        let c = &self.state.curation;
        let target = c.path.is_some() || self.recovery.is_some();
        (c.dirty && target && c.save_error.is_none())
            .then(|| {
                c.changed_at
                    .map(|t| AUTOSAVE_AFTER.saturating_sub(t.elapsed()))
            })
            .flatten()
    }

    /// Removes the recovery file (the edits were saved, or the user chose
    /// not to keep them).
    pub fn drop_recovery(&self) {
        if let Some(r) = &self.recovery
            && r.exists()
        {
            let _ = std::fs::remove_file(r);
        }
    }

    /// The window title: the project's name, and a dot while unsaved.
    #[must_use]
    pub fn window_title(&self) -> String {
        let c = &self.state.curation;
        let dirty = if c.dirty { "● " } else { "" };
        format!("{dirty}{} — Gahnama · گاه‌نما", c.name(&self.state.tr))
    }

    /// A new project over the documents open now: no edits, never saved.
    pub fn new_project(&mut self) {
        self.drop_recovery();
        let base = self.state.curation.base.clone();
        self.state.curation = Curation::new(None, Project::default(), base);
        self.reapply();
    }

    /// Saves the current filters, lanes and years as a named view.
    pub fn save_view(&mut self, name: &str) {
        let s = &self.state.settings;
        let view = SavedView {
            name: name.to_owned(),
            filter: s.filter.clone(),
            years: s.filter.from_year.zip(s.filter.to_year),
            group_by: s.group_by,
        };
        let views = &mut self.state.curation.project.views;
        views.retain(|v| v.name != name);
        views.push(view);
        self.state.curation.touch();
    }

    /// Shows a saved view.
    pub fn open_view(&mut self, name: &str) {
        let Some(v) = self
            .state
            .curation
            .project
            .views
            .iter()
            .find(|v| v.name == name)
            .cloned()
        else {
            return;
        };
        let mut s = self.state.settings.clone();
        s.filter = v.filter;
        if let Some((a, b)) = v.years {
            s.filter.from_year = Some(a);
            s.filter.to_year = Some(b);
        }
        s.group_by = v.group_by;
        self.state.settings = s;
        self.refilter();
        self.fit_now();
    }

    /// Puts back the place a project was saved at: the view, filters,
    /// lanes and selection.
    pub fn restore_place(&mut self, settings: &serde_json::Value) {
        if let Some(v) = settings
            .get("view")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
        {
            self.state.ui.view = v;
            self.state.ui.target = None;
            self.keep_view_on_load = true;
        }
        if let Some(f) = settings
            .get("filter")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
        {
            self.state.settings.filter = f;
        }
        if let Some(g) = settings
            .get("group_by")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
        {
            self.state.settings.group_by = g;
        }
        if let Some(c) = settings
            .get("calendar")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
        {
            self.state.settings.calendar = c;
        }
        self.refilter();
        if let Some(id) = settings.get("selected").and_then(|v| v.as_str()) {
            let found = self.events().iter().position(|e| e.id == id).map(EventIx);
            self.state.ui.selected = found;
        }
    }
}
