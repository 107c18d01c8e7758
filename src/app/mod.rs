//! The eframe application. Its state lives in [`AppState`]: the persisted
//! [`Settings`], the loaded [`state::Corpus`] and its indexes, the
//! [`state::Shown`] events and the [`state::UiState`]. Widgets read it
//! through a [`Cx`] and push [`Action`]s, which [`GahnamaApp::apply`]
//! carries out after drawing. Loading and exporting run as
//! [`jobs::BackgroundJob`]s; Persian text goes through [`text_cache`].

pub mod action;
pub mod curate;
pub mod curate_ui;
pub mod doc_date_ui;
pub mod export_ui;
pub mod file_dialog;
pub mod i18n;
pub mod jobs;
pub mod list;
pub mod loader;
pub mod messages;
pub mod panels;
pub mod reader;
pub mod search_ui;
pub mod settings;
pub mod state;
pub mod text_cache;
pub mod text_field;
pub mod timeline;
pub mod widgets;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use action::Action;
pub use settings::{AxisCalendar, Column, ReaderMode, Settings, ThemeChoice};
pub use state::{EventIx, ShownIx};

use crate::corpus::Document;
use crate::extract::Extractor;
use crate::layout::TimeView;
use crate::model::{Event, Timeline};
use crate::theme::{DARK, LIGHT, Palette};
use jobs::{BackgroundJob, JobPoll};
use loader::{CorpusSource, LoadOutcome};
use state::{Corpus, Shown, UiState};
use text_cache::TextCache;

/// The application icon (PNG), also installed with the desktop entry.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// When [`run`] started, to report the time to the first frame drawn with the
/// seeds loaded (set `GAHNAMA_TIMING=1`).
static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// The file in the app's data folder that keeps the edits of a project
/// never saved.
pub const RECOVERY_FILE: &str = "unsaved.gahnama";

/// A non-blocking message in the corner.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// An error (red) or information.
    pub error: bool,
    /// When it appeared.
    pub since: Instant,
}

/// Everything the widgets read.
pub struct AppState {
    /// Remembered settings.
    pub settings: Settings,
    /// The loaded documents and events, with their indexes.
    pub corpus: Corpus,
    /// The events that pass the filters.
    pub shown: Shown,
    /// View, selection, reader and list.
    pub ui: UiState,
    /// Shared extractor (gazetteer and lexicon loaded once).
    pub extractor: Arc<Extractor>,
    /// Messages.
    pub notices: Vec<Notice>,
    /// Progress of a running load.
    pub loading: Option<f32>,
    /// An export is running.
    pub exporting: bool,
    /// The open project: its edits and their history.
    pub curation: curate::Curation,
    /// Search (Ctrl+F).
    pub search: search_ui::SearchState,
    /// The interface's words, in the language of the settings.
    pub tr: i18n::Catalogue,
}

/// What a widget gets: the state to read, the text cache to draw Persian
/// with, and the queue for what it asks.
pub struct Cx<'a> {
    /// The state.
    pub state: &'a AppState,
    /// Rendered Persian strings.
    pub text: &'a mut TextCache,
    /// What is being typed in the curation panel.
    pub drafts: &'a mut curate_ui::Drafts,
    actions: &'a mut Vec<Action>,
}

impl<'a> Cx<'a> {
    /// The interface's words in its language.
    #[must_use]
    pub fn tr(&self) -> &'a i18n::Catalogue {
        &self.state.tr
    }

    /// Asks for a change, carried out after drawing.
    pub fn act(&mut self, action: Action) {
        self.actions.push(action);
    }
}

/// The windows that own what is typed into them.
#[derive(Debug, Default)]
pub struct Dialogs {
    /// The PNG export options, when open.
    pub export: Option<export_ui::ExportDialog>,
    /// The in-app path prompt, when the desktop's file dialog cannot appear.
    pub path_prompt: Option<file_dialog::PathPrompt>,
    /// Document → Set date…, when open.
    pub doc_date: Option<doc_date_ui::DocDateDialog>,
    /// Asking whether to save before closing.
    pub confirm_close: bool,
}

/// The application.
pub struct GahnamaApp {
    /// What the widgets read.
    pub state: AppState,
    /// Rendered Persian strings.
    pub text: TextCache,
    /// Dialog windows.
    pub dialogs: Dialogs,
    /// Use the desktop's file dialogs (false: always the in-app prompt).
    pub native_file_dialogs: bool,
    /// What was loaded last.
    pub source: CorpusSource,
    /// What is being typed in the curation panel.
    pub drafts: curate_ui::Drafts,
    /// The window may close though changes are unsaved (the user said so).
    close_anyway: bool,
    /// The window title last sent.
    title_sent: String,
    /// Where edits to a project never saved are kept until it is (the next
    /// start reopens them); `None`: not kept (tests).
    pub recovery: Option<PathBuf>,
    load_job: Option<BackgroundJob<LoadOutcome>>,
    export_job: Option<BackgroundJob<Result<String, String>>>,
    pending: Vec<Action>,
    timing_reported: bool,
    /// The next load reads the same texts again (a document's date
    /// changed): the view stays where it is.
    keep_view_on_load: bool,
}

impl GahnamaApp {
    /// Creates the app: restores settings, registers fonts, starts loading.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, paths: Vec<PathBuf>) -> Self {
        // A first start: the defaults of the system's language.
        let mut settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, settings::STORAGE_KEY))
            .unwrap_or_else(|| Settings::for_language(i18n::Lang::system()));
        let recovery = eframe::storage_dir("Gahnama").map(|d| d.join(RECOVERY_FILE));
        if !paths.is_empty() {
            settings.paths = paths;
        } else if let Some(r) = recovery.as_ref().filter(|r| r.exists()) {
            // The last session ended with edits never saved: bring them back.
            settings.paths = vec![r.clone()];
        }
        let mut app = Self::unloaded(&cc.egui_ctx, settings);
        app.recovery = recovery;
        let source = app.source.clone();
        app.load(&cc.egui_ctx, source);
        app
    }

    /// Creates the app with the given settings and starts loading what they name.
    #[must_use]
    pub fn with_settings(ctx: &egui::Context, settings: Settings) -> Self {
        let mut app = Self::unloaded(ctx, settings);
        let source = app.source.clone();
        app.load(ctx, source);
        app
    }

    /// Creates the app with nothing loaded yet (tests load with [`Self::load_blocking`]).
    #[must_use]
    pub fn unloaded(ctx: &egui::Context, settings: Settings) -> Self {
        install_fonts(ctx);
        apply_theme(ctx, settings.theme);
        let (extractor, problem) = Extractor::bundled_or_empty();
        let source = if settings.paths.is_empty() {
            CorpusSource::Seeds
        } else {
            CorpusSource::Paths(settings.paths.clone())
        };
        let view = settings.view.unwrap_or(TimeView {
            min_day: 0.0,
            span_days: 365.25 * 40.0,
        });
        let tr = i18n::Catalogue::new(settings.lang());
        let mut app = Self {
            state: AppState {
                settings,
                corpus: Corpus::default(),
                shown: Shown::default(),
                ui: UiState::new(view),
                extractor: Arc::new(extractor),
                notices: Vec::new(),
                loading: None,
                exporting: false,
                curation: curate::Curation::default(),
                search: search_ui::SearchState::default(),
                tr,
            },
            text: TextCache::default(),
            dialogs: Dialogs::default(),
            native_file_dialogs: true,
            source,
            drafts: curate_ui::Drafts::default(),
            close_anyway: false,
            title_sent: String::new(),
            recovery: None,
            load_job: None,
            export_job: None,
            pending: Vec::new(),
            keep_view_on_load: false,
            timing_reported: false,
        };
        if let Some(p) = problem {
            app.notify_error(&p);
        }
        app
    }

    /// The loaded events.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        self.state.corpus.events()
    }

    /// The loaded documents.
    #[must_use]
    pub fn documents(&self) -> &[Document] {
        &self.state.corpus.documents
    }

    /// The shown events, in time order.
    #[must_use]
    pub fn shown(&self) -> &[EventIx] {
        &self.state.shown.events
    }

    /// The selected event.
    #[must_use]
    pub fn selected(&self) -> Option<EventIx> {
        self.state.ui.selected
    }

    /// Starts loading `source` in the background (a running load is dropped,
    /// which cancels it).
    pub fn load(&mut self, ctx: &egui::Context, source: CorpusSource) {
        let ctx2 = ctx.clone();
        self.state.loading = Some(0.0);
        self.load_job = Some(loader::start(
            source,
            self.state.extractor.clone(),
            self.state.settings.document_dates.clone(),
            move || ctx2.request_repaint(),
        ));
    }

    /// Loads synchronously (tests and benchmarks).
    pub fn load_blocking(&mut self, source: CorpusSource) {
        self.load_job = None;
        let dates = self.state.settings.document_dates.clone();
        if let Some(outcome) =
            loader::start(source, self.state.extractor.clone(), dates, || {}).wait()
        {
            self.finish_load(outcome);
        }
    }

    fn poll_jobs(&mut self) {
        if let Some(job) = &self.load_job {
            match job.poll() {
                JobPoll::Running(p) => self.state.loading = Some(p),
                JobPoll::Stopped => {
                    self.load_job = None;
                    self.state.loading = None;
                    let t = self.state.tr.t("notice-load-cancelled").to_owned();
                    self.notify_info(&t);
                }
                JobPoll::Done(outcome) => {
                    self.load_job = None;
                    self.state.loading = None;
                    self.finish_load(outcome);
                }
            }
        }
        if let Some(job) = &self.export_job {
            let done = match job.poll() {
                JobPoll::Running(_) => None,
                JobPoll::Stopped => Some(Err(self.state.tr.t("notice-export-stopped").to_owned())),
                JobPoll::Done(r) => Some(r),
            };
            if let Some(r) = done {
                self.export_job = None;
                self.state.exporting = false;
                let exporting = self.state.tr.t("notice-exporting").to_owned();
                self.state.notices.retain(|n| n.text != exporting);
                match r {
                    Ok(msg) => {
                        self.dialogs.export = None;
                        self.notify_info(&msg);
                    }
                    Err(msg) => self.notify_error(&msg),
                }
            }
        }
    }

    fn finish_load(&mut self, outcome: LoadOutcome) {
        for m in &outcome.skipped {
            let t = messages::skipped(&self.state.tr, m);
            self.notify_error(&t);
        }
        for m in &outcome.notes {
            let t = messages::missing(&self.state.tr, m);
            self.notify_error(&t);
        }
        // What was odd about a file that loaded (stray NULs), as it says.
        for w in outcome.documents.iter().flat_map(|d| &d.warnings) {
            let t = messages::doc_warning(&self.state.tr, w);
            self.notify_error(&t);
        }
        let first_load = self.state.corpus.documents.is_empty() && self.events().is_empty();
        self.state.settings.paths = match &outcome.source {
            CorpusSource::Seeds => Vec::new(),
            CorpusSource::Paths(p) => p.clone(),
        };
        // The same texts read again (a document's date changed): the edits
        // made since stay, on the events read anew.
        let reload = !first_load && outcome.source == self.source;
        self.source = outcome.source;
        let place = if reload {
            self.state.corpus.documents = Arc::new(outcome.documents);
            self.state.curation.base = Arc::new(outcome.timeline);
            self.reapply();
            serde_json::Value::Null
        } else {
            self.keep_unsaved_edits();
            self.take_project(outcome.documents, outcome.timeline, outcome.project)
        };
        for o in &self.state.curation.orphans.clone() {
            let t = self.state.tr.f(
                "notice-orphaned-edit",
                &[("n", (o.index + 1).into()), ("why", o.why.as_str().into())],
            );
            self.notify_error(&t);
        }
        // Keep filters that still make sense; drop those naming documents that are gone.
        let docs: BTreeSet<String> = self.documents().iter().map(|d| d.id.to_string()).collect();
        self.state
            .settings
            .filter
            .hidden_docs
            .retain(|d| docs.contains(d));
        self.refilter();
        let keep_view = std::mem::take(&mut self.keep_view_on_load);
        let restored = first_load && self.state.settings.view.is_some();
        if !(keep_view || restored) {
            self.fit_now();
        }
        if !place.is_null() {
            self.restore_place(&place);
        }
        // The documents changed: their text is indexed again.
        self.state.search.indexes = None;
        self.state.search.stale = true;
        // The corpus this one replaced is freed: give its pages back.
        crate::memory::release_free_memory();
    }

    /// Before another corpus replaces the project: its unsaved edits are
    /// saved where it was saved, or kept in the recovery file.
    fn keep_unsaved_edits(&mut self) {
        if !self.state.curation.dirty {
            return;
        }
        if self.state.curation.path.is_some() {
            if let Err(e) = self.save_project(None) {
                self.notify_error(&e);
            }
        } else {
            match self.write_recovery() {
                Some(Ok(r)) => {
                    let t = self.state.tr.f(
                        "notice-unsaved-kept",
                        &[("path", self.state.tr.path(&r).into())],
                    );
                    self.notify_info(&t);
                }
                Some(Err(e)) => self.notify_error(&e),
                None => {}
            }
        }
    }

    /// Takes a loaded corpus and the project it came with (or a new one);
    /// returns where the project was when it was saved.
    fn take_project(
        &mut self,
        documents: Vec<Document>,
        timeline: Timeline,
        project: Option<(PathBuf, crate::curation::Project)>,
    ) -> serde_json::Value {
        let (path, project) = match project {
            Some((p, project)) => (Some(p), project),
            None => (None, crate::curation::Project::default()),
        };
        let place = project.settings.clone();
        if let Some(p) = &path {
            self.state.settings.push_recent(p);
        }
        self.state.corpus = Corpus::new(documents, Timeline::default());
        let recovered = path.is_some() && path == self.recovery;
        self.state.curation = curate::Curation::new(path, project, Arc::new(timeline));
        if recovered {
            // Edits kept from a session that ended unsaved: still unsaved.
            let c = &mut self.state.curation;
            c.path = None;
            c.dirty = true;
            let recovery = self.recovery.clone();
            self.state
                .settings
                .recent
                .retain(|r| Some(r) != recovery.as_ref());
            let t = self.state.tr.t("notice-recovered").to_owned();
            self.notify_info(&t);
        }
        self.state.ui.selected = None;
        self.state.ui.also_selected.clear();
        self.reapply();
        place
    }

    /// Replaces the documents and events (deriving their indexes once).
    pub fn set_timeline(&mut self, documents: Vec<Document>, timeline: Timeline) {
        self.state.corpus = Corpus::new(documents, Timeline::default());
        self.state.curation = curate::Curation::new(
            None,
            crate::curation::Project::default(),
            Arc::new(timeline),
        );
        self.state.ui.selected = None;
        self.reapply();
    }

    /// Adds a message that something went as asked.
    pub fn notify_info(&mut self, text: &str) {
        self.push_notice(text, false);
    }

    /// Adds a message that something failed (shown in red, and longer).
    pub fn notify_error(&mut self, text: &str) {
        self.push_notice(text, true);
    }

    fn push_notice(&mut self, text: &str, error: bool) {
        self.state.notices.push(Notice {
            text: text.to_owned(),
            error,
            since: Instant::now(),
        });
    }

    /// Recomputes the shown events after a change of filters or lanes.
    pub fn refilter(&mut self) {
        self.state.shown = Shown::build(&self.state.corpus, &self.state.settings);
        if let Some(s) = self.state.ui.selected
            && self.state.shown.position(s).is_none()
        {
            self.state.ui.selected = None;
        }
    }

    /// Fits the view to all shown events at once.
    pub fn fit_now(&mut self) {
        if let Some(v) = crate::layout::fit_view(&self.state.shown.extents) {
            self.state.ui.view = v;
            self.state.ui.target = None;
        }
    }

    /// Fits the view to all shown events, animated (Home).
    pub fn fit_animated(&mut self) {
        if let Some(v) = crate::layout::fit_view(&self.state.shown.extents) {
            self.state.ui.target = Some(v);
        }
    }

    /// Selects an event (from the timeline, the list or the reader).
    pub fn select(&mut self, event: Option<EventIx>) {
        let ui = &mut self.state.ui;
        ui.selected = event;
        ui.also_selected.clear();
        ui.reader_at = None;
        ui.reader_source = 0;
        ui.scroll_reader = true;
        ui.scroll_list = true;
        self.center_reader_window();
    }

    fn center_reader_window(&mut self) {
        let ui = &mut self.state.ui;
        let source = ui
            .selected
            .and_then(|s| self.state.corpus.event(s))
            .and_then(|e| e.sources.get(ui.reader_source).or(e.sources.first()));
        let p = source.map_or(0, |s| s.paragraph);
        ui.reader_window = (
            p.saturating_sub(state::READER_WINDOW),
            p + state::READER_WINDOW + 1,
        );
    }

    /// Zooms to an event (animated).
    pub fn zoom_to(&mut self, event: EventIx) {
        if let Some(&ext) = self.state.corpus.extents.get(event.0) {
            let span = (ext.end - ext.start).max(60.0);
            let mid = (ext.start + ext.end) / 2.0;
            self.state.ui.target = Some(TimeView::fit(mid - span / 2.0, mid + span / 2.0));
        }
    }

    pub(crate) fn bring_into_view(&mut self, event: EventIx) {
        if let Some(&ext) = self.state.corpus.extents.get(event.0) {
            let v = self.state.ui.target.unwrap_or(self.state.ui.view);
            if ext.start < v.min_day || ext.end > v.max() {
                let mid = (ext.start + ext.end) / 2.0;
                self.state.ui.target = Some(TimeView {
                    min_day: mid - v.span_days / 2.0,
                    span_days: v.span_days,
                });
            }
        }
    }

    fn step(&mut self, back: bool) {
        let shown = &self.state.shown;
        if shown.is_empty() {
            return;
        }
        let pos = self.state.ui.selected.and_then(|s| shown.position(s));
        let last = shown.len() - 1;
        let next = match (pos, back) {
            (None, false) => 0,
            (None, true) => last,
            (Some(p), false) => (p.0 + 1).min(last),
            (Some(p), true) => p.0.saturating_sub(1),
        };
        let ev = shown.events[next];
        self.select(Some(ev));
        self.bring_into_view(ev);
    }

    /// The palette of the current theme.
    #[must_use]
    pub fn palette(ctx: &egui::Context) -> &'static Palette {
        if ctx.theme() == egui::Theme::Dark {
            &DARK
        } else {
            &LIGHT
        }
    }

    fn animate(&mut self, ctx: &egui::Context) {
        let ui = &mut self.state.ui;
        if let Some(t) = ui.target {
            let dt = ctx.input(|i| i.stable_dt).clamp(0.001, 0.1);
            let k = 1.0 - (-f64::from(dt) * 12.0).exp();
            ui.view = ui.view.lerp(&t, k);
            let close = (ui.view.min_day - t.min_day).abs() < t.span_days * 1e-4
                && (ui.view.span_days / t.span_days - 1.0).abs() < 1e-4;
            if close {
                ui.view = t;
                ui.target = None;
            } else {
                ctx.request_repaint();
            }
        }
    }

    fn dropped_files(ctx: &egui::Context) -> Vec<PathBuf> {
        ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        })
    }

    /// Draws every panel and window, then applies what they asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_jobs();
        self.poll_search(&ctx);
        let dropped = Self::dropped_files(&ctx);
        if !dropped.is_empty() {
            self.pending
                .push(Action::Load(CorpusSource::Paths(dropped)));
        }
        self.animate(&ctx);
        self.text.rtl = self.state.tr.rtl();
        {
            let mut cx = Cx {
                state: &self.state,
                text: &mut self.text,
                drafts: &mut self.drafts,
                actions: &mut self.pending,
            };
            panels::menu_bar(&mut cx, ui);
            search_ui::search_panel(&mut cx, ui);
            panels::status_bar(&mut cx, ui);
            panels::filters_panel(&mut cx, ui);
            reader::reader_panel(&mut cx, ui);
            list::list_panel(&mut cx, ui);
            egui::CentralPanel::default().show(ui, |ui| timeline::timeline(&mut cx, ui));
            panels::notices(&mut cx, &ctx);
            curate_ui::new_event_window(&mut cx, &ctx);
        }
        self.shortcuts(&ctx);
        self.confirm_close_ui(&ctx);
        export_ui::dialog_ui(
            &mut self.dialogs,
            &self.state,
            &mut self.text,
            &ctx,
            &mut self.pending,
        );
        doc_date_ui::dialog_ui(
            &mut self.dialogs,
            &self.state,
            &mut self.text,
            &ctx,
            &mut self.pending,
        );
        self.path_prompt_ui(&ctx);
        for action in std::mem::take(&mut self.pending) {
            self.apply(&ctx, action);
        }
        self.state
            .notices
            .retain(|n| n.since.elapsed() < Duration::from_secs(if n.error { 30 } else { 8 }));
        self.autosave();
        if let Some(t) = self.autosave_in() {
            ctx.request_repaint_after(t + Duration::from_millis(50));
        }
        let title = self.window_title();
        if title != self.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
        self.text.end_frame();
    }

    /// The keys that act on the whole window (when no field has them).
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let pressed = |m: Modifiers, k: Key| shortcut(ctx, m, k);
        if pressed(cmd, Key::F) {
            self.state.search.open = true;
            ctx.memory_mut(|m| {
                m.request_focus(text_field::TextField::new("search", "", "Search").id())
            });
        }
        if pressed(cmd_shift, Key::S) {
            self.pending
                .push(Action::ChooseFile(file_dialog::Purpose::SaveProject));
        } else if pressed(cmd, Key::S) {
            self.pending.push(Action::SaveProject);
        }
        if text_field::typing(ctx) {
            return;
        }
        if pressed(cmd_shift, Key::Z) || pressed(cmd, Key::Y) {
            self.pending.push(Action::Redo);
        } else if pressed(cmd, Key::Z) {
            self.pending.push(Action::Undo);
        }
        if ctx.input(|i| i.key_pressed(Key::F3)) {
            let back = ctx.input(|i| i.modifiers.shift);
            self.pending.push(Action::SearchStep { back });
        }
        if ctx.input(|i| i.key_pressed(Key::Delete)) && self.state.ui.selected.is_some() {
            self.pending.push(Action::HideSelected);
        }
        if ctx.input(|i| i.key_pressed(Key::Escape)) && self.state.search.open {
            self.pending.push(Action::CloseSearch);
        }
        // egui turns Ctrl+C into a Copy event.
        if ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)))
            && let Some(t) = self.selected_reader_text()
        {
            ctx.copy_text(t);
        }
    }

    /// The text selected in the reader, if any.
    #[must_use]
    pub fn selected_reader_text(&self) -> Option<String> {
        let sel = self.drafts.reader_selection.as_ref()?;
        let doc = self.state.corpus.documents.get(sel.doc)?;
        let p = doc.paragraphs.get(sel.paragraph)?;
        let (text, _) = reader::display_paragraph(doc, p);
        let r = sel.range();
        let t = text.get(r)?;
        (!t.is_empty()).then(|| t.to_owned())
    }

    /// Asks before closing with unsaved changes.
    fn confirm_close_ui(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.state.curation.dirty
            && !self.close_anyway
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialogs.confirm_close = true;
        }
        if !self.dialogs.confirm_close {
            return;
        }
        let name = self.state.curation.name(&self.state.tr);
        let mut choice = None;
        let tr = &self.state.tr;
        let rtl = tr.rtl();
        let cache = &mut self.text;
        egui::Modal::new(egui::Id::unique("confirm-close")).show(ctx, |ui| {
            widgets::column(ui, rtl, |ui| {
                widgets::heading(ui, cache, tr.t("close-title"));
                let text = tr.f("close-unsaved", &[("name", name.as_str().into())]);
                widgets::label(ui, cache, &text);
                ui.horizontal(|ui| {
                    if widgets::button(ui, cache, tr.t("close-save")).clicked() {
                        choice = Some(0);
                    }
                    if widgets::button(ui, cache, tr.t("close-dont-save")).clicked() {
                        choice = Some(1);
                    }
                    if widgets::button(ui, cache, tr.t("cancel")).clicked() {
                        choice = Some(2);
                    }
                });
            });
        });
        match choice {
            Some(0) => {
                self.dialogs.confirm_close = false;
                if self.state.curation.path.is_some() {
                    match self.save_project(None) {
                        Ok(_) => {
                            self.close_anyway = true;
                            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                        }
                        Err(e) => self.notify_error(&e),
                    }
                } else {
                    self.pending
                        .push(Action::ChooseFile(file_dialog::Purpose::SaveProject));
                }
            }
            Some(1) => {
                self.dialogs.confirm_close = false;
                self.drop_recovery();
                self.close_anyway = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(_) => self.dialogs.confirm_close = false,
            None => {}
        }
    }

    /// Draws the timeline panel alone and applies what it asked for (the
    /// timeline-only benchmark).
    pub fn timeline_panel_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        {
            let mut cx = Cx {
                state: &self.state,
                text: &mut self.text,
                drafts: &mut self.drafts,
                actions: &mut self.pending,
            };
            egui::CentralPanel::default().show(ui, |ui| timeline::timeline(&mut cx, ui));
        }
        for action in std::mem::take(&mut self.pending) {
            self.apply(&ctx, action);
        }
        self.text.end_frame();
    }

    fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        use file_dialog::{PromptOutcome, Purpose};
        let Some(prompt) = &mut self.dialogs.path_prompt else {
            return;
        };
        let purpose = prompt.purpose;
        match file_dialog::prompt_ui(prompt, ctx, &mut self.text, &self.state.tr) {
            PromptOutcome::Open => {}
            PromptOutcome::Cancelled => self.dialogs.path_prompt = None,
            PromptOutcome::Accepted(path) => {
                self.dialogs.path_prompt = None;
                self.pending.push(match purpose {
                    Purpose::OpenFiles | Purpose::OpenFolder | Purpose::OpenProject => {
                        Action::Load(CorpusSource::Paths(vec![path]))
                    }
                    Purpose::SaveProject => Action::SaveProjectAs(path),
                    Purpose::Export(_) => Action::Export {
                        path,
                        options: self.dialogs.export.clone().unwrap_or_default(),
                    },
                });
            }
        }
    }
}

/// Whether `key` was pressed with `modifiers` this frame (the press is
/// consumed). The same keys work in every keyboard layout: with a layout
/// without Latin letters (Persian), egui-winit already reports the key of
/// the Latin position, and where a layout gives another kind of key there
/// (a sign, not a letter), the key's physical position decides. A Latin
/// layout that moves the letters (Dvorak) keeps its own letters.
pub fn shortcut(ctx: &egui::Context, modifiers: egui::Modifiers, key: egui::Key) -> bool {
    let letter = |k: egui::Key| {
        let n = k.name();
        n.len() == 1 && n.as_bytes()[0].is_ascii_uppercase()
    };
    ctx.input_mut(|i| {
        let at = i.events.iter().position(|e| {
            matches!(e, egui::Event::Key { key: k, physical_key, pressed: true, modifiers: m, .. }
                if m.matches_logically(modifiers)
                    && (*k == key || (*physical_key == Some(key) && !letter(*k))))
        });
        at.map(|at| i.events.remove(at)).is_some()
    })
}

/// Registers Vazirmatn first for proportional text (so any Persian that egui
/// itself draws at least has glyphs), keeping egui's fonts as fallbacks.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    ctx.add_font(FontInsert::new(
        "Vazirmatn",
        egui::FontData::from_static(crate::text::VAZIRMATN_REGULAR),
        vec![InsertFontFamily {
            family: egui::FontFamily::Proportional,
            priority: FontPriority::Highest,
        }],
    ));
}

fn apply_theme(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
}

impl eframe::App for GahnamaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frame_ui(ui);
        if let Some(t0) = STARTED.get()
            && self.load_job.is_none()
            && !self.events().is_empty()
            && std::env::var_os("GAHNAMA_TIMING").is_some()
            && !self.timing_reported
        {
            self.timing_reported = true;
            eprintln!(
                "gahnama: first frame with {} events after {} ms",
                self.events().len(),
                t0.elapsed().as_millis()
            );
        }
        if self.load_job.is_some() || !self.state.notices.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(if self.load_job.is_some() {
                100
            } else {
                1000
            }));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.state.settings.view = Some(self.state.ui.target.unwrap_or(self.state.ui.view));
        eframe::set_value(storage, settings::STORAGE_KEY, &self.state.settings);
    }
}

/// Opens the main window on `paths` (or the remembered ones, or the seeds).
///
/// # Errors
/// When no window can be created (no display, no OpenGL).
pub fn run(paths: Vec<PathBuf>) -> Result<(), eframe::Error> {
    STARTED.get_or_init(Instant::now);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Gahnama · گاه‌نما")
        .with_app_id("gahnama")
        .with_inner_size([1400.0, 900.0])
        .with_min_inner_size([720.0, 480.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "Gahnama",
        options,
        Box::new(move |cc| Ok(Box::new(GahnamaApp::new(cc, paths)))),
    )
}
