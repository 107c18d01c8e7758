//! Document → Set date…: the day a document's «امروز», «سال جاری» and «شنبه
//! گذشته» count from, as the user sets it over what the text says.

use super::AppState;
use super::action::Action;
use super::text_cache::TextCache;
use super::widgets as w;
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

/// Where a document's date came from, as the dialog and the list say it
/// (a catalogue key).
#[must_use]
pub fn source_key(s: DateSource) -> &'static str {
    match s {
        DateSource::User => "doc-date-source-user",
        DateSource::FrontMatter => "doc-date-source-front-matter",
        DateSource::Dateline => "doc-date-source-dateline",
        DateSource::FileName => "doc-date-source-file-name",
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
    let tr = &state.tr;
    let rtl = tr.rtl();
    let mut close = false;
    w::window(ctx, "doc-date-dialog", rtl)
        .resizable(false)
        .show(ctx, |ui| {
            w::column(ui, rtl, |ui| {
                if w::window_title(ui, cache, tr.t("doc-date-title"), tr.t("close")) {
                    close = true;
                }
                persian(ui, cache, &doc.title);
                w::weak(ui, cache, &doc.path);
                ui.add_space(4.0);
                match info.and_then(|i| Some((i.date?, i.date_source?))) {
                    Some((day, source)) => {
                        // Solar first unless the user gave it in another calendar.
                        let cal = doc.user_date.map_or(CalendarKind::SolarHijri, |(_, c)| c);
                        ui.horizontal(|ui| {
                            w::label(ui, cache, tr.t("doc-date-now"));
                            persian(ui, cache, &both_calendars(day, cal, digits));
                            w::weak(ui, cache, tr.t(source_key(source)));
                        });
                    }
                    None => {
                        let color = ui.visuals().text_color();
                        w::wrapped(ui, cache, tr.t("doc-date-none-long"), color, 420.0);
                    }
                }
                ui.add_space(4.0);
                w::label(ui, cache, tr.t("doc-date-explain"));
                persian(ui, cache, "2021-02-10 · 1399/11/22 · ۲۲ بهمن ۱۳۹۹");
                let field =
                    super::text_field::TextField::new("doc-date", &d.text, tr.t("doc-date-field"))
                        .hint("2021-02-10")
                        .width(260.0);
                if std::mem::take(&mut d.focus) {
                    ui.memory_mut(|m| m.request_focus(field.id()));
                }
                let edit = ui
                    .horizontal(|ui| {
                        w::label(ui, cache, tr.t("doc-date-date"));
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
                            w::label(ui, cache, tr.t("doc-date-reads-as"));
                            persian(ui, cache, &both_calendars(day, cal, digits));
                        });
                    }
                    (None, false) => {
                        let color = ui.visuals().warn_fg_color;
                        w::colored(ui, cache, tr.t("doc-date-not-a-day"), color, w::BODY);
                    }
                    (None, true) => {}
                }
                let enter = edit.submitted;
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let set = w::button_enabled(ui, cache, parsed.is_some(), tr.t("doc-date-set"));
                    if (set.clicked() || (enter && parsed.is_some()))
                        && let Some(date) = parsed
                    {
                        actions.push(Action::SetDocumentDate {
                            path: doc.path.clone(),
                            date: Some(date),
                        });
                        close = true;
                    }
                    if w::button_enabled(
                        ui,
                        cache,
                        doc.user_date.is_some(),
                        tr.t("doc-date-use-text"),
                    )
                    .clicked()
                    {
                        actions.push(Action::SetDocumentDate {
                            path: doc.path.clone(),
                            date: None,
                        });
                        close = true;
                    }
                    if w::button(ui, cache, tr.t("cancel")).clicked() {
                        close = true;
                    }
                });
            })
        });
    if close {
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
