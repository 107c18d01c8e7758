//! The eframe application: state in one place ([`GahnamaApp`]), loading on a
//! background thread ([`loader`]), the timeline ([`timeline_ui`]), the
//! panels ([`panels`]) and Persian text through [`text_cache`].

pub mod export_ui;
pub mod file_dialog;
pub mod list;
pub mod loader;
pub mod panels;
pub mod reader;
pub mod text_cache;
pub mod timeline_ui;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::corpus::Document;
use crate::extract::Extractor;
use crate::filter::Filter;
use crate::layout::ticks::Digits;
use crate::layout::{GroupBy, TimeView};
use crate::model::Timeline;
use crate::theme::{DARK, LIGHT, Palette};
use loader::{Job, Poll, Source};
use text_cache::TextCache;

/// The application icon (PNG), also installed with the desktop entry.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

const STORAGE_KEY: &str = "gahnama-settings";

/// When [`run`] started, to report the time to the first frame drawn with the
/// seeds loaded (set `GAHNAMA_TIMING=1`).
static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// Which calendars the axis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AxisCalendar {
    /// Gregorian only.
    Gregorian,
    /// Solar Hijri only.
    SolarHijri,
    /// Gregorian with a Solar Hijri row below.
    Both,
}

impl AxisCalendar {
    /// The calendars of the axis rows, top to bottom.
    #[must_use]
    pub fn kinds(self) -> Vec<crate::model::CalendarKind> {
        use crate::model::CalendarKind;
        match self {
            Self::Gregorian => vec![CalendarKind::Gregorian],
            Self::SolarHijri => vec![CalendarKind::SolarHijri],
            Self::Both => vec![CalendarKind::Gregorian, CalendarKind::SolarHijri],
        }
    }
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What the reader shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReaderMode {
    /// The selected event's source paragraphs.
    Sources,
    /// The whole document of the chosen source, scrolled to its paragraph.
    Document,
}

/// Columns of the event list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Column {
    /// Date.
    Date,
    /// Title.
    Title,
    /// Actors.
    Actors,
    /// Document.
    Document,
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The last opened paths (empty: the bundled seeds).
    pub paths: Vec<PathBuf>,
    /// Filters.
    pub filter: Filter,
    /// The visible range.
    pub view: Option<TimeView>,
    /// Lanes.
    pub group_by: GroupBy,
    /// Axis calendars.
    pub calendar: AxisCalendar,
    /// Digits of labels.
    pub digits: Digits,
    /// Theme.
    pub theme: ThemeChoice,
    /// Collapsed lanes.
    pub collapsed: BTreeSet<String>,
    /// Event list sort column and direction.
    pub sort: (Column, bool),
    /// Most lanes shown (the rest go to "other").
    pub max_lanes: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            paths: Vec::new(),
            filter: Filter::default(),
            view: None,
            group_by: GroupBy::Actor,
            calendar: AxisCalendar::Both,
            digits: Digits::Persian,
            theme: ThemeChoice::System,
            collapsed: BTreeSet::new(),
            sort: (Column::Date, true),
            max_lanes: 8,
        }
    }
}

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

/// The application state.
pub struct GahnamaApp {
    /// Remembered settings.
    pub settings: Settings,
    /// The loaded documents.
    pub documents: Vec<Document>,
    /// Their events, sorted.
    pub timeline: Timeline,
    /// Indices of the events that pass the filters, in time order.
    pub shown: Vec<usize>,
    /// Start and end (days since the epoch) of every event, parsed once.
    pub days: Vec<crate::layout::Extent>,
    /// `days` of the shown events, parallel to `shown`.
    pub shown_days: Vec<crate::layout::Extent>,
    /// Timeline labels of every event (short titles), made once.
    pub short_titles: Vec<String>,
    /// Lanes for the current filters, grouping and lane count.
    pub lanes_cache: Option<(GroupBy, usize, Vec<crate::layout::Lane>)>,
    /// The overview's width, range and histogram for the current filters.
    pub overview_cache: Option<(usize, (f64, f64), Vec<u32>)>,
    /// The selected event (index into `timeline.events`).
    pub selected: Option<usize>,
    /// Which source of the selected event the reader's document view follows.
    pub reader_source: usize,
    /// Reader mode.
    pub reader_mode: ReaderMode,
    /// The visible range.
    pub view: TimeView,
    /// Where an animated zoom or fit is heading.
    pub target: Option<TimeView>,
    /// Labels dropped in the last frame.
    pub dropped_labels: usize,
    /// Actor search text.
    pub actor_search: String,
    /// Messages.
    pub notices: Vec<Notice>,
    /// A load in progress.
    pub job: Option<Job>,
    /// Progress of the load.
    pub progress: f32,
    /// Shared extractor (gazetteer and lexicon loaded once).
    pub extractor: Arc<Extractor>,
    /// Rendered Persian strings.
    pub text: TextCache,
    /// Scroll the reader to the source paragraph on the next frame.
    pub scroll_reader: bool,
    /// Scroll the event list to the selection on the next frame.
    pub scroll_list: bool,
    /// The source last loaded.
    pub source: Source,
    /// The PNG export dialog, when open.
    pub export_dialog: Option<export_ui::ExportDialog>,
    /// A PNG export running in the background.
    pub export_job: Option<std::sync::mpsc::Receiver<Result<String, String>>>,
    /// The in-app path prompt, when the desktop's file dialog cannot appear.
    pub path_prompt: Option<file_dialog::PathPrompt>,
    /// Use the desktop's file dialogs (false: always the in-app prompt).
    pub native_file_dialogs: bool,
    timing_reported: bool,
}

impl GahnamaApp {
    /// Creates the app: restores settings, registers fonts, starts loading.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, paths: Vec<PathBuf>) -> Self {
        let mut settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        if !paths.is_empty() {
            settings.paths = paths;
        }
        Self::with_settings(&cc.egui_ctx, settings)
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
        let extractor = Arc::new(extractor);
        let source = if settings.paths.is_empty() {
            Source::Seeds
        } else {
            Source::Paths(settings.paths.clone())
        };
        let mut app = Self {
            view: settings.view.unwrap_or(TimeView {
                min: 0.0,
                span: 365.25 * 40.0,
            }),
            settings,
            documents: Vec::new(),
            timeline: Timeline::default(),
            shown: Vec::new(),
            days: Vec::new(),
            shown_days: Vec::new(),
            short_titles: Vec::new(),
            lanes_cache: None,
            overview_cache: None,
            selected: None,
            reader_source: 0,
            reader_mode: ReaderMode::Sources,
            target: None,
            dropped_labels: 0,
            actor_search: String::new(),
            notices: Vec::new(),
            job: None,
            progress: 0.0,
            extractor,
            text: TextCache::default(),
            scroll_reader: false,
            scroll_list: false,
            source: source.clone(),
            export_dialog: None,
            export_job: None,
            path_prompt: None,
            native_file_dialogs: true,
            timing_reported: false,
        };
        if let Some(p) = problem {
            app.notify(&p, true);
        }
        app
    }

    /// Starts loading `source` in the background.
    pub fn load(&mut self, ctx: &egui::Context, source: Source) {
        if let Some(j) = self.job.take() {
            j.cancel();
        }
        let ctx2 = ctx.clone();
        self.progress = 0.0;
        self.job = Some(Job::start(source, self.extractor.clone(), move || {
            ctx2.request_repaint()
        }));
    }

    /// Loads synchronously (tests and benchmarks).
    pub fn load_blocking(&mut self, source: Source) {
        let job = Job::start(source, self.extractor.clone(), || {});
        loop {
            match job.poll() {
                Poll::Done(l) => {
                    self.finish_load(*l);
                    return;
                }
                Poll::Cancelled => return,
                Poll::Running(_) => std::thread::sleep(Duration::from_millis(2)),
            }
        }
    }

    fn poll_job(&mut self) {
        let Some(job) = &self.job else { return };
        match job.poll() {
            Poll::Running(p) => self.progress = p,
            Poll::Cancelled => {
                self.job = None;
                self.notify("Loading cancelled.", false);
            }
            Poll::Done(l) => {
                self.job = None;
                self.finish_load(*l);
            }
        }
    }

    fn finish_load(&mut self, l: loader::Loaded) {
        for e in &l.errors {
            self.notify(&format!("Skipped {e}"), true);
        }
        let first_load = self.timeline.events.is_empty() && self.documents.is_empty();
        self.settings.paths = match &l.source {
            Source::Seeds => Vec::new(),
            Source::Paths(p) => p.clone(),
        };
        self.source = l.source;
        self.set_timeline(l.documents, l.timeline);
        // Keep filters that still make sense; drop those naming documents that are gone.
        let docs: BTreeSet<String> = self.documents.iter().map(|d| d.id.clone()).collect();
        self.settings
            .filter
            .hidden_docs
            .retain(|d| docs.contains(d));
        self.refilter();
        if !(first_load && self.settings.view.is_some()) {
            self.fit(false);
        }
    }

    /// Replaces the documents and events (parsing their dates once).
    pub fn set_timeline(&mut self, documents: Vec<Document>, timeline: Timeline) {
        self.documents = documents;
        self.days = timeline.events.iter().map(crate::layout::extent).collect();
        self.short_titles = timeline
            .events
            .iter()
            .map(|e| timeline_ui::short_title(&e.title))
            .collect();
        self.timeline = timeline;
        self.selected = None;
        self.refilter();
    }

    /// Adds a message.
    pub fn notify(&mut self, text: &str, error: bool) {
        self.notices.push(Notice {
            text: text.to_owned(),
            error,
            since: Instant::now(),
        });
    }

    /// Recomputes the shown events after a filter change.
    pub fn refilter(&mut self) {
        let f = &self.settings.filter;
        self.shown = self
            .timeline
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| f.matches(e))
            .map(|(i, _)| i)
            .collect();
        self.shown_days = self
            .shown
            .iter()
            .filter_map(|&i| self.days.get(i).copied())
            .collect();
        self.lanes_cache = None;
        self.overview_cache = None;
        if let Some(s) = self.selected
            && !self.shown.contains(&s)
        {
            self.selected = None;
        }
    }

    /// Fits the view to all shown events (animated unless `instant`).
    pub fn fit(&mut self, animate: bool) {
        let Some(v) = crate::layout::fit_view(self.shown.iter().filter_map(|&i| self.days.get(i)))
        else {
            return;
        };
        if animate {
            self.target = Some(v);
        } else {
            self.view = v;
            self.target = None;
        }
    }

    /// Selects an event (from the timeline, the list or the reader).
    pub fn select(&mut self, event: Option<usize>) {
        self.selected = event;
        self.reader_source = 0;
        self.scroll_reader = true;
        self.scroll_list = true;
    }

    /// Zooms to an event (animated).
    pub fn zoom_to(&mut self, event: usize) {
        if let Some((s, e)) = self
            .timeline
            .events
            .get(event)
            .map(crate::layout::event_days)
        {
            let span = (e - s).max(60.0);
            let mid = (s + e) / 2.0;
            self.target = Some(TimeView::fit(mid - span / 2.0, mid + span / 2.0));
        }
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
        if let Some(t) = self.target {
            let dt = ctx.input(|i| i.stable_dt).clamp(0.001, 0.1);
            let k = 1.0 - (-f64::from(dt) * 12.0).exp();
            self.view = self.view.lerp(&t, k);
            let close = (self.view.min - t.min).abs() < t.span * 1e-4
                && (self.view.span / t.span - 1.0).abs() < 1e-4;
            if close {
                self.view = t;
                self.target = None;
            } else {
                ctx.request_repaint();
            }
        }
    }

    fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        use file_dialog::{PromptOutcome, Purpose};
        let Some(prompt) = &mut self.path_prompt else {
            return;
        };
        let purpose = prompt.purpose;
        match file_dialog::prompt_ui(prompt, ctx) {
            PromptOutcome::Open => {}
            PromptOutcome::Cancelled => self.path_prompt = None,
            PromptOutcome::Accepted(path) => {
                self.path_prompt = None;
                match purpose {
                    Purpose::OpenFiles | Purpose::OpenFolder => {
                        self.load(ctx, Source::Paths(vec![path]));
                    }
                    Purpose::ExportPng => {
                        let options = self.export_dialog.clone().unwrap_or_default();
                        export_ui::start_to(self, path, &options, ctx);
                    }
                }
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.load(ctx, Source::Paths(dropped));
        }
    }
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
        self.poll_job();
        self.handle_dropped_files(&ctx);
        self.animate(&ctx);
        let theme_before = self.settings.theme;
        panels::menu_bar(self, ui);
        panels::status_bar(self, ui);
        panels::filters_panel(self, ui);
        reader::reader_panel(self, ui);
        list::list_panel(self, ui);
        egui::CentralPanel::default().show(ui, |ui| timeline_ui::timeline(self, ui));
        export_ui::dialog(self, &ctx);
        self.path_prompt_ui(&ctx);
        export_ui::poll(self);
        panels::notices(self, &ctx);
        if self.settings.theme != theme_before {
            apply_theme(&ctx, self.settings.theme);
        }
        self.text.end_frame();
        if let Some(t0) = STARTED.get()
            && self.job.is_none()
            && !self.timeline.events.is_empty()
            && std::env::var_os("GAHNAMA_TIMING").is_some()
            && !self.timing_reported
        {
            self.timing_reported = true;
            eprintln!(
                "gahnama: first frame with {} events after {} ms",
                self.timeline.events.len(),
                t0.elapsed().as_millis()
            );
        }
        if self.job.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.view = Some(self.target.unwrap_or(self.view));
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
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
