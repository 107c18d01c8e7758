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
    /// The region search text.
    SetRegionSearch(String),
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
    /// One undoable curation step.
    Curate(Vec<crate::curation::Edit>),
    /// Hide (or restore) the selected events (Delete).
    HideSelected,
    /// Merge the selected events into the first one.
    MergeSelected,
    /// Make an event from text selected in the reader.
    CreateEvent(super::curate_ui::NewEvent),
    /// Add an event to the selection, or take it out (Ctrl+click).
    ToggleSelect(EventIx),
    /// Undo the last curation step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Undo every step after the first n.
    UndoTo(usize),
    /// A new project over the open documents.
    NewProject,
    /// Save the project (where it was saved, else ask where).
    SaveProject,
    /// Save the project at this path.
    SaveProjectAs(PathBuf),
    /// Save the current filters and lanes as a named view.
    SaveView(String),
    /// Show a saved view.
    OpenView(String),
    /// Open the search bar.
    OpenSearch,
    /// The search query.
    SetSearch(String),
    /// The next (or previous) search result.
    SearchStep {
        /// The previous one.
        back: bool,
    },
    /// Show search result i.
    ShowResult(usize),
    /// Close the search bar (the timeline is no longer dimmed).
    CloseSearch,
    /// Open the new-event window for the reader's selection.
    NewEventFromSelection,
    /// Copy the reader's selection.
    CopyReaderText,
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
            Action::SetRegionSearch(s) => self.state.ui.region_search = s,
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
            Action::Curate(edits) => self.curate(edits),
            Action::HideSelected => self.hide_selected(),
            Action::MergeSelected => self.merge_selected(),
            Action::CreateEvent(ne) => self.create_event(&ne),
            Action::ToggleSelect(e) => {
                let ui = &mut self.state.ui;
                if ui.selected.is_none() {
                    ui.selected = Some(e);
                } else if ui.selected == Some(e) {
                    ui.selected = ui.also_selected.pop_first();
                } else if !ui.also_selected.remove(&e) {
                    ui.also_selected.insert(e);
                }
            }
            Action::Undo => {
                if !self.undo() {
                    let t = self.state.tr.t("notice-nothing-to-undo").to_owned();
                    self.notify_info(&t);
                }
            }
            Action::Redo => {
                if !self.redo() {
                    let t = self.state.tr.t("notice-nothing-to-redo").to_owned();
                    self.notify_info(&t);
                }
            }
            Action::UndoTo(n) => self.undo_to(n),
            Action::NewProject => self.new_project(),
            Action::SaveProject => {
                if self.state.curation.path.is_some() {
                    self.save_and_tell(None);
                } else {
                    self.choose_file(ctx, Purpose::SaveProject);
                }
            }
            Action::SaveProjectAs(path) => self.save_and_tell(Some(path)),
            Action::SaveView(name) => self.save_view(&name),
            Action::OpenView(name) => self.open_view(&name),
            Action::OpenSearch => self.state.search.open = true,
            Action::SetSearch(q) => self.set_search(q),
            Action::SearchStep { back } => self.step_result(back),
            Action::ShowResult(i) => self.show_result(i),
            Action::CloseSearch => {
                self.state.search.open = false;
                self.state.search.matching.clear();
            }
            Action::NewEventFromSelection => self.open_new_event(),
            Action::CopyReaderText => {
                if let Some(t) = self.selected_reader_text() {
                    ctx.copy_text(t);
                }
            }
        }
    }

    /// Hides the selected events, or restores them when the first is hidden.
    fn hide_selected(&mut self) {
        let hidden = self
            .state
            .ui
            .selection()
            .next()
            .and_then(|e| self.state.corpus.event(e))
            .and_then(|e| e.curation.as_deref())
            .is_some_and(|c| c.hidden);
        let op = if hidden {
            crate::curation::Op::Unhide
        } else {
            crate::curation::Op::Hide
        };
        let edits = super::curate::edits_for_selection(&self.state, &op);
        self.curate(edits);
    }

    /// Merges the events selected with the first into it.
    fn merge_selected(&mut self) {
        let ui = &self.state.ui;
        let Some(first) = ui.selected.and_then(|e| self.state.corpus.event(e)) else {
            return;
        };
        let with: Vec<String> = ui
            .also_selected
            .iter()
            .filter_map(|&e| self.state.corpus.event(e))
            .map(|e| e.id.clone())
            .collect();
        if with.is_empty() {
            return;
        }
        let edit = super::curate::edit_of(first, crate::curation::Op::Merge { with });
        self.curate(vec![edit]);
    }

    /// Opens the new-event window for the text selected in the reader, its
    /// date taken from a date phrase inside it.
    fn open_new_event(&mut self) {
        let Some(sel) = self.drafts.reader_selection.clone() else {
            let t = self.state.tr.t("notice-select-text-first").to_owned();
            self.notify_info(&t);
            return;
        };
        let Some(sentence) = self.selected_reader_text() else {
            return;
        };
        let Some(doc) = self.state.corpus.documents.get(sel.doc) else {
            return;
        };
        let bytes = doc
            .paragraphs
            .get(sel.paragraph)
            .map_or([0, 0], |p| super::reader::file_range(doc, p, sel.range()));
        let date = self
            .state
            .extractor
            .date_phrase_in(&sentence)
            .unwrap_or_default();
        let title: String = crate::layout::short_title(sentence.trim()).into_owned();
        self.drafts.new_event = Some(super::curate_ui::NewEvent {
            doc: sel.doc,
            paragraph: sel.paragraph,
            sentence: sentence.trim().to_owned(),
            bytes,
            title,
            date,
        });
    }

    /// Adds the event the new-event window describes.
    fn create_event(&mut self, ne: &super::curate_ui::NewEvent) {
        use std::hash::{Hash, Hasher};
        let Some(doc) = self.state.corpus.documents.get(ne.doc) else {
            return;
        };
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            &*doc.id,
            ne.bytes,
            &ne.title,
            &ne.date,
            self.state.curation.project.edits.len(),
        )
            .hash(&mut h);
        let actors = self.state.extractor.gazetteer.actors_in(&ne.sentence);
        let edit = crate::curation::Edit {
            event: format!("user-{:016x}", h.finish()),
            op: crate::curation::Op::Add {
                title: ne.title.trim().to_owned(),
                date: ne.date.trim().to_owned(),
                doc: Some(doc.id.to_string()),
                sentence: Some(ne.sentence.clone()),
                actors,
                place: Some(crate::curation::Place {
                    paragraph: ne.paragraph,
                    line: 0,
                    bytes: ne.bytes,
                    date_bytes: [0, 0],
                }),
            },
            anchor: None,
        };
        let id = edit.event.clone();
        self.curate(vec![edit]);
        let found = self.events().iter().position(|e| e.id == id).map(EventIx);
        if found.is_some() {
            self.select(found);
        }
        self.drafts.reader_selection = None;
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
        if s.language != old.language {
            // A new interface language brings its defaults (digits, the
            // axis's first row, the order of dates), each still the user's.
            let lang = s.lang();
            s.language_defaults(lang);
            self.state.tr = super::i18n::Catalogue::new(lang);
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
        match pick(purpose, self.native_file_dialogs, &self.state.tr) {
            Choice::Picked(mut paths) => match purpose {
                Purpose::OpenFiles | Purpose::OpenFolder => {
                    self.load(ctx, CorpusSource::Paths(paths));
                }
                Purpose::OpenProject => {
                    self.load(ctx, CorpusSource::Paths(paths));
                }
                Purpose::SaveProject => {
                    let path = paths.swap_remove(0);
                    let path = if super::loader::is_project_file(&path) {
                        path
                    } else {
                        path.with_extension("gahnama")
                    };
                    self.save_and_tell(Some(path));
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
        let t = self.state.tr.t("notice-exporting").to_owned();
        self.notify_info(&t);
    }
}
