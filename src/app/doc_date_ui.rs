//! Document → Set date…: the day a document's «امروز», «سال جاری» and «شنبه
//! گذشته» count from, as the user sets it over what the text says.

use super::AppState;
use super::action::Action;
use super::text_cache::TextCache;
use super::{Dialogs, GahnamaApp};
use crate::layout::format;
use crate::model::{CalendarKind, DateSource, Day, Precision, When};
use crate::text::TextStyle;

/// The open dialog: which document, and the date as typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocDateDialog {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// What the user typed.
    pub text: String,
    /// The text field takes the keyboard on the first frame.
    pub focus: bool,
}

/// Where a document's date came from, as the dialog and the list say it.
#[must_use]
pub fn source_label(s: DateSource) -> &'static str {
    match s {
        DateSource::User => "set by you",
        DateSource::FrontMatter => "from its front matter",
        DateSource::Dateline => "from its dateline",
        DateSource::FileName => "from its file name",
    }
}

/// A day in its calendar and the other one: «۲۲ بهمن ۱۳۹۹ | ۱۰ فوریه ۲۰۲۱».
#[must_use]
pub fn both_calendars(
    day: Day,
    calendar: CalendarKind,
    digits: crate::layout::ticks::Digits,
) -> String {
    format::both(&When::new(day, day, Precision::Day, calendar), digits)
}

/// Persian (or mixed) text drawn by the text layer, in the dialog's colour.
fn persian(ui: &mut egui::Ui, cache: &mut TextCache, text: &str) {
    let ctx = ui.ctx().clone();
    let color = GahnamaApp::palette(&ctx).text;
    let entry = cache.get(&ctx, text, &TextStyle::auto(13.0, color), &[]);
    let (rect, _) = ui.allocate_exact_size(entry.size, egui::Sense::hover());
    entry.paint(ui.painter(), rect.min);
}

/// The dialog window.
pub fn dialog_ui(
    dialogs: &mut Dialogs,
    state: &AppState,
    cache: &mut TextCache,
    ctx: &egui::Context,
    actions: &mut Vec<Action>,
) {
    let Some(d) = &mut dialogs.doc_date else {
        return;
    };
    let Some(doc) = state.corpus.documents.get(d.doc) else {
        dialogs.doc_date = None;
        return;
    };
    let info = state
        .corpus
        .timeline
        .documents
        .iter()
        .find(|i| *i.id == *doc.id);
    let digits = state.settings.digits;
    let mut open = true;
    let mut close = false;
    egui::Window::new("Document date")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            persian(ui, cache, &doc.title);
            ui.label(egui::RichText::new(&doc.path).small().weak());
            ui.add_space(4.0);
            match info.and_then(|i| Some((i.date?, i.date_source?))) {
                Some((day, source)) => {
                    // Solar first unless the user gave it in another calendar.
                    let cal = doc.user_date.map_or(CalendarKind::SolarHijri, |(_, c)| c);
                    ui.horizontal(|ui| {
                        ui.label("Now:");
                        persian(ui, cache, &both_calendars(day, cal, digits));
                        ui.label(format!("({})", source_label(source)));
                    });
                }
                None => {
                    ui.label(
                        "The text gives no date of its own: its relative dates (today, this year) are left unresolved.",
                    );
                }
            }
            ui.add_space(4.0);
            ui.label("The day its relative dates count from, in either calendar:");
            persian(ui, cache, "2021-02-10 · 1399/11/22 · ۲۲ بهمن ۱۳۹۹");
            let field = super::text_field::TextField::new("doc-date", &d.text, "Date of the document")
                .hint("2021-02-10")
                .width(260.0);
            if std::mem::take(&mut d.focus) {
                ui.memory_mut(|m| m.request_focus(field.id()));
            }
            let edit = ui
                .horizontal(|ui| {
                    ui.label("Date");
                    field.show(ui, cache)
                })
                .inner;
            if let Some(t) = edit.changed {
                d.text = t;
            }
            let parsed = state.extractor.parse_day(&d.text);
            match (parsed, d.text.trim().is_empty()) {
                (Some((day, cal)), _) => {
                    ui.horizontal(|ui| {
                        ui.label("Reads as");
                        persian(ui, cache, &both_calendars(day, cal, digits));
                    });
                }
                (None, false) => {
                    ui.colored_label(ui.visuals().warn_fg_color, "Not one day.");
                }
                (None, true) => {}
            }
            let enter = edit.submitted;
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let set = ui.add_enabled(parsed.is_some(), egui::Button::new("Set"));
                if (set.clicked() || (enter && parsed.is_some()))
                    && let Some(date) = parsed
                {
                    actions.push(Action::SetDocumentDate {
                        path: doc.path.clone(),
                        date: Some(date),
                    });
                    close = true;
                }
                if ui
                    .add_enabled(
                        doc.user_date.is_some(),
                        egui::Button::new("Use the text's own"),
                    )
                    .clicked()
                {
                    actions.push(Action::SetDocumentDate {
                        path: doc.path.clone(),
                        date: None,
                    });
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
    if !open || close {
        dialogs.doc_date = None;
    }
}

impl GahnamaApp {
    /// Opens the date dialog for document `doc`, filled with its user date.
    pub fn open_doc_date_dialog(&mut self, doc: usize) {
        let Some(d) = self.state.corpus.documents.get(doc) else {
            return;
        };
        let text = d
            .user_date
            .map(|(day, _)| day.to_string())
            .unwrap_or_default();
        self.dialogs.doc_date = Some(DocDateDialog {
            doc,
            text,
            focus: true,
        });
    }
}

/// The document the Document menu acts on: that of the selected event's
/// source in the reader.
#[must_use]
pub fn current_document(state: &AppState) -> Option<usize> {
    let e = state.ui.selected?;
    let event = state.corpus.timeline.events.get(e.0)?;
    let source = event
        .sources
        .get(state.ui.reader_source)
        .or_else(|| event.sources.first())?;
    state
        .corpus
        .documents
        .iter()
        .position(|d| d.id == source.doc)
}
