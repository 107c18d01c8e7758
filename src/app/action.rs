//! What widgets ask for. Widgets read the state and push [`Action`]s; after
//! drawing, [`super::GahnamaApp::apply`] carries them out in one place (as
//! rerun's time panel pushes its time commands).

use std::path::PathBuf;

use super::export_ui::{self, ExportDialog};
use super::file_dialog::{self, Purpose};
use super::loader::CorpusSource;
use super::settings::{ReaderMode, Settings};
use super::state::{self, EventIx};
use super::{GahnamaApp, apply_theme};
use crate::filter::Filter;
use crate::layout::TimeView;

/// A change a widget asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Select an event (or none), and follow it in the reader and the list.
    Select(Option<EventIx>),
    /// Select the next (or, `back`, the previous) shown event and bring it into view.
    Step {
        /// Backwards in time.
        back: bool,
    },
    /// Pan the timeline so the event is on screen, if it is not.
    BringIntoView(EventIx),
    /// Zoom to an event (animated).
    ZoomTo(EventIx),
    /// Fit all shown events (animated).
    Fit,
    /// The view after direct manipulation (stops any animation).
    SetView(TimeView),
    /// Animate to a view.
    AnimateTo(TimeView),
    /// Show the selected event's source `source` in the whole document.
    OpenDocument {
        /// Which of the event's sources.
        source: usize,
    },
    /// Show more paragraphs of the document around the source.
    WidenReader {
        /// Earlier paragraphs (else later ones).
        earlier: bool,
    },
    /// The reader's mode.
    SetReaderMode(ReaderMode),
    /// The reader scrolled to its source.
    ReaderScrolled,
    /// The list scrolled to the selection.
    ListScrolled,
    /// New filters.
    SetFilter(Filter),
    /// New settings (lanes, calendars, digits, theme, sort…).
    SetSettings(Box<Settings>),
    /// The actor search text.
    SetActorSearch(String),
    /// How many labels the timeline left out.
    SetDroppedLabels(usize),
    /// Load documents.
    Load(CorpusSource),
    /// Stop the running load.
    CancelLoad,
    /// Choose files (the desktop's dialog, or the in-app prompt).
    ChooseFile(Purpose),
    /// Open the export options.
    OpenExportDialog(crate::export::image::ImageFormat),
    /// Export the PNG.
    Export {
        /// Where.
        path: PathBuf,
        /// How.
        options: ExportDialog,
    },
    /// Close a notice.
    DismissNotice(usize),
    /// Open Document → Set date… for a document (its index).
    OpenDocDateDialog(usize),
    /// Set (or, `None`, clear) the date of the document at `path`, and read
    /// the texts again with it.
    SetDocumentDate {
        /// The document's path.
        path: String,
        /// The day and the calendar it was given in.
        date: Option<(crate::model::Day, crate::model::CalendarKind)>,
    },
}

impl GahnamaApp {
    /// Carries out what the widgets asked for this frame.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Select(e) => self.select(e),
            Action::Step { back } => self.step(back),
            Action::BringIntoView(e) => self.bring_into_view(e),
            Action::ZoomTo(e) => self.zoom_to(e),
            Action::Fit => self.fit_animated(),
            Action::SetView(v) => {
                self.state.ui.view = v;
                self.state.ui.target = None;
            }
            Action::AnimateTo(v) => self.state.ui.target = Some(v),
            Action::OpenDocument { source } => {
                self.state.ui.reader_source = source;
                self.state.ui.reader_mode = ReaderMode::Document;
                self.state.ui.scroll_reader = true;
                self.center_reader_window();
            }
            Action::WidenReader { earlier } => {
                let (a, b) = &mut self.state.ui.reader_window;
                if earlier {
                    *a = a.saturating_sub(state::READER_WINDOW);
                } else {
                    *b += state::READER_WINDOW;
                }
            }
            Action::SetReaderMode(m) => {
                self.state.ui.reader_mode = m;
                self.state.ui.scroll_reader = true;
            }
            Action::ReaderScrolled => self.state.ui.scroll_reader = false,
            Action::ListScrolled => self.state.ui.scroll_list = false,
            Action::SetFilter(f) => {
                if f != self.state.settings.filter {
                    self.state.settings.filter = f;
                    self.refilter();
                }
            }
            Action::SetSettings(s) => self.set_settings(ctx, *s),
            Action::SetActorSearch(s) => self.state.ui.actor_search = s,
            Action::SetDroppedLabels(n) => self.state.ui.dropped_labels = n,
            Action::Load(source) => self.load(ctx, source),
            Action::CancelLoad => {
                if let Some(job) = &self.load_job {
                    job.cancel();
                }
            }
            Action::ChooseFile(purpose) => self.choose_file(ctx, purpose),
            Action::OpenExportDialog(format) => {
                self.dialogs
                    .export
                    .get_or_insert_with(export_ui::ExportDialog::default)
                    .format = format;
            }
            Action::Export { path, options } => self.export(ctx, path, &options),
            Action::DismissNotice(i) => {
                if i < self.state.notices.len() {
                    self.state.notices.remove(i);
                }
            }
            Action::OpenDocDateDialog(doc) => self.open_doc_date_dialog(doc),
            Action::SetDocumentDate { path, date } => {
                let dates = &mut self.state.settings.document_dates;
                let changed = match date {
                    Some(d) => dates.insert(path, d) != Some(d),
                    None => dates.remove(&path).is_some(),
                };
                if changed {
                    // Read again: every relative date of the text moves with it.
                    self.keep_view_on_load = true;
                    self.load(ctx, self.source.clone());
                }
            }
        }
    }

    fn set_settings(&mut self, ctx: &egui::Context, new: Settings) {
        let old = std::mem::replace(&mut self.state.settings, new);
        let s = &mut self.state.settings;
        if s.group_by != old.group_by {
            s.collapsed.clear();
        }
        if s.theme != old.theme {
            apply_theme(ctx, s.theme);
        }
        let reshown = s.filter != old.filter
            || s.group_by != old.group_by
            || s.max_lanes != old.max_lanes
            || s.sort != old.sort;
        if reshown {
            self.refilter();
        }
    }

    /// The desktop's file dialog for `purpose`, or the in-app prompt when it
    /// cannot appear.
    fn choose_file(&mut self, ctx: &egui::Context, purpose: file_dialog::Purpose) {
        use file_dialog::{Choice, PathPrompt, Purpose, pick};
        match pick(purpose, self.native_file_dialogs) {
            Choice::Picked(mut paths) => match purpose {
                Purpose::OpenFiles | Purpose::OpenFolder => {
                    self.load(ctx, CorpusSource::Paths(paths));
                }
                Purpose::Export(format) => {
                    let path = paths.swap_remove(0);
                    let path = if path.extension().is_none() {
                        path.with_extension(format.extension())
                    } else {
                        path
                    };
                    let options = self.dialogs.export.clone().unwrap_or_default();
                    self.export(ctx, path, &options);
                }
            },
            Choice::Cancelled => {}
            Choice::Unavailable(why) => {
                self.dialogs.path_prompt = Some(PathPrompt::new(purpose, why));
            }
        }
    }

    fn export(&mut self, ctx: &egui::Context, path: PathBuf, options: &export_ui::ExportDialog) {
        let job = export_ui::start(&self.state, path, options, ctx);
        self.export_job = Some(job);
        self.state.exporting = true;
        self.notify_info(super::EXPORTING);
    }
}
