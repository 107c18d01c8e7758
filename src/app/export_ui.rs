//! File → Export PNG…/SVG…/PDF…: the options window, and the export itself
//! as a background job (the app shows a notice when it is done or failed).

use std::sync::Arc;

use super::file_dialog::Purpose;
use super::jobs::BackgroundJob;
use super::{Action, AppState, Dialogs};
use crate::export::image::ImageFormat;
use crate::export::pdf::PageSize;
use crate::export::png::{self, PngOptions};

/// The export options the user picks.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDialog {
    /// PNG, SVG or PDF.
    pub format: ImageFormat,
    /// The PDF's page.
    pub page: PageSize,
    /// The whole filtered range (else the current view).
    pub whole_range: bool,
    /// Width in pixels.
    pub width: u32,
    /// Scale 1–3.
    pub scale: u32,
    /// Draw the title.
    pub title: bool,
    /// Draw the legend.
    pub legend: bool,
    /// Draw the caption.
    pub caption: bool,
    /// Dark colours.
    pub dark: bool,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            format: ImageFormat::Png,
            page: PageSize::A4,
            whole_range: false,
            width: 2400,
            scale: 1,
            title: true,
            legend: true,
            caption: true,
            dark: false,
        }
    }
}

/// The options window; "Export…" asks for a file.
pub fn dialog_ui(
    dialogs: &mut Dialogs,
    state: &AppState,
    ctx: &egui::Context,
    actions: &mut Vec<Action>,
) {
    let Some(d) = &mut dialogs.export else {
        return;
    };
    let mut open = true;
    egui::Window::new(format!("Export {}", d.format.name()))
        .id(egui::Id::unique("export-dialog"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.radio_value(&mut d.whole_range, false, "The current view");
            ui.radio_value(&mut d.whole_range, true, "The whole filtered range");
            ui.horizontal(|ui| {
                ui.label("Width");
                ui.add(
                    egui::DragValue::new(&mut d.width)
                        .range(600..=png::MAX_SIDE)
                        .suffix(" px"),
                );
            });
            ui.horizontal(|ui| {
                ui.label("Format");
                for f in [ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf] {
                    ui.radio_value(&mut d.format, f, f.name());
                }
            });
            match d.format {
                ImageFormat::Png => {
                    ui.horizontal(|ui| {
                        ui.label("Scale");
                        for s in 1..=3 {
                            ui.radio_value(&mut d.scale, s, format!("{s}×"));
                        }
                    });
                }
                ImageFormat::Pdf => {
                    ui.horizontal(|ui| {
                        ui.label("Page");
                        ui.radio_value(&mut d.page, PageSize::A4, "A4 landscape");
                        ui.radio_value(&mut d.page, PageSize::Letter, "Letter landscape");
                        ui.radio_value(&mut d.page, PageSize::Content, "The drawing's size");
                    });
                }
                ImageFormat::Svg => {
                    ui.label("Vectors; text as outlines, exact in any viewer.");
                }
            }
            ui.checkbox(&mut d.title, "Title");
            ui.checkbox(&mut d.legend, "Legend");
            ui.checkbox(&mut d.caption, "Caption of the filters and sources");
            ui.horizontal(|ui| {
                ui.radio_value(&mut d.dark, false, "Light");
                ui.radio_value(&mut d.dark, true, "Dark");
            });
            ui.label(format!("{} events, as filtered", state.shown.len()));
            ui.add_space(6.0);
            if ui
                .add_enabled(!state.exporting, egui::Button::new("Export…"))
                .clicked()
            {
                actions.push(Action::ChooseFile(Purpose::Export(d.format)));
            }
        });
    if !open {
        dialogs.export = None;
    }
}

/// Starts exporting to `path` with the dialog's options, in the background;
/// the job gives the message to show.
#[must_use]
pub fn start(
    state: &AppState,
    path: std::path::PathBuf,
    d: &ExportDialog,
    ctx: &egui::Context,
) -> BackgroundJob<Result<String, String>> {
    let view = state.ui.view;
    let opts = PngOptions {
        width: d.width,
        height: None,
        scale: d.scale,
        range: (!d.whole_range).then_some((view.min_day, view.max())),
        group_by: state.settings.group_by,
        max_lanes: state.settings.max_lanes,
        calendars: state.settings.calendar.kinds(),
        palette: if d.dark {
            crate::theme::DARK
        } else {
            crate::theme::LIGHT
        },
        digits: state.settings.digits,
        title: None,
        show_title: d.title,
        show_legend: d.legend,
        show_caption: d.caption,
    };
    // Shared, not copied: the export reads the same events.
    let timeline = Arc::clone(&state.corpus.timeline);
    let filter = state.settings.filter.clone();
    let extractor = Arc::clone(&state.extractor);
    let ctx = ctx.clone();
    let (format, page) = (d.format, d.page);
    BackgroundJob::spawn(
        move |_| {
            let mut engine = crate::text::TextEngine::new();
            let g = &extractor.gazetteer;
            let result = match format {
                ImageFormat::Png => png::write(&path, &timeline, &filter, g, &opts, &mut engine)
                    .map(|out| format!("{}×{} px", out.width, out.height)),
                ImageFormat::Svg => {
                    crate::export::svg::write(&path, &timeline, &filter, g, &opts, &mut engine)
                        .map(|out| format!("{:.0}×{:.0} px", out.painted.width, out.painted.height))
                }
                ImageFormat::Pdf => crate::export::pdf::write(
                    &path,
                    &timeline,
                    &filter,
                    g,
                    &opts,
                    page,
                    &mut engine,
                )
                .map(|out| format!("a page of {:.0}×{:.0} pt", out.page.0, out.page.1)),
            }
            .map(|size| format!("Exported {} ({size}).", path.display()))
            .map_err(|e| format!("Export failed: {e}"));
            Some(result)
        },
        move || ctx.request_repaint(),
    )
}
