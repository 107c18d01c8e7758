//! File → Export PNG…: the options dialog, the save dialog, and the export
//! itself on a background thread, with a notice when it is done or failed.

use std::sync::mpsc::{TryRecvError, channel};

use super::GahnamaApp;
use crate::export::png::{self, PngOptions};

/// The export options the user picks.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDialog {
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

/// Opens the dialog.
pub fn open(app: &mut GahnamaApp) {
    if app.export_dialog.is_none() {
        app.export_dialog = Some(ExportDialog::default());
    }
}

/// The options dialog.
pub fn dialog(app: &mut GahnamaApp, ctx: &egui::Context) {
    let Some(mut d) = app.export_dialog.clone() else {
        return;
    };
    let mut open = true;
    let mut go = false;
    egui::Window::new("Export PNG")
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
                ui.label("Scale");
                for s in 1..=3 {
                    ui.radio_value(&mut d.scale, s, format!("{s}×"));
                }
            });
            ui.checkbox(&mut d.title, "Title");
            ui.checkbox(&mut d.legend, "Legend");
            ui.checkbox(&mut d.caption, "Caption of the filters and sources");
            ui.horizontal(|ui| {
                ui.radio_value(&mut d.dark, false, "Light");
                ui.radio_value(&mut d.dark, true, "Dark");
            });
            ui.label(format!("{} events, as filtered", app.shown.len()));
            ui.add_space(6.0);
            let busy = app.export_job.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new("Export…"))
                .clicked()
            {
                go = true;
            }
        });
    app.export_dialog = open.then_some(d.clone());
    if go {
        start(app, &d, ctx);
    }
}

fn start(app: &mut GahnamaApp, d: &ExportDialog, ctx: &egui::Context) {
    use super::file_dialog::{Choice, PathPrompt, Purpose, pick};
    let path = match pick(Purpose::ExportPng, app.native_file_dialogs) {
        Choice::Picked(mut paths) => paths.swap_remove(0),
        Choice::Cancelled => return,
        Choice::Unavailable(why) => {
            app.path_prompt = Some(PathPrompt::new(Purpose::ExportPng, why));
            return;
        }
    };
    let path = if path.extension().is_none() {
        path.with_extension("png")
    } else {
        path
    };
    start_to(app, path, d, ctx);
}

/// Starts exporting to `path` with the dialog's options, in the background.
pub fn start_to(
    app: &mut GahnamaApp,
    path: std::path::PathBuf,
    d: &ExportDialog,
    ctx: &egui::Context,
) {
    let opts = PngOptions {
        width: d.width,
        height: None,
        scale: d.scale,
        range: (!d.whole_range).then_some((app.view.min, app.view.max())),
        group_by: app.settings.group_by,
        max_lanes: app.settings.max_lanes,
        calendars: app.settings.calendar.kinds(),
        palette: if d.dark {
            crate::theme::DARK
        } else {
            crate::theme::LIGHT
        },
        digits: app.settings.digits,
        title: None,
        show_title: d.title,
        show_legend: d.legend,
        show_caption: d.caption,
    };
    let timeline = app.timeline.clone();
    let filter = app.settings.filter.clone();
    let extractor = app.extractor.clone();
    let (tx, rx) = channel();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let mut engine = crate::text::TextEngine::new();
        let result = png::write(
            &path,
            &timeline,
            &filter,
            &extractor.gazetteer,
            &opts,
            &mut engine,
        )
        .map(|out| {
            format!(
                "Exported {} ({}×{} px).",
                path.display(),
                out.width,
                out.height
            )
        })
        .map_err(|e| format!("Export failed: {e}"));
        // The app may have closed meanwhile; then nobody waits for the result.
        let _ = tx.send(result);
        ctx.request_repaint();
    });
    app.export_job = Some(rx);
    app.notify("Exporting…", false);
}

/// Reports a finished export.
pub fn poll(app: &mut GahnamaApp) {
    let Some(rx) = &app.export_job else { return };
    match rx.try_recv() {
        Ok(Ok(msg)) => {
            app.export_job = None;
            app.export_dialog = None;
            app.notify(&msg, false);
        }
        Ok(Err(msg)) => {
            app.export_job = None;
            app.notify(&msg, true);
        }
        Err(TryRecvError::Disconnected) => {
            app.export_job = None;
            app.notify("Export failed: the export thread stopped.", true);
        }
        Err(TryRecvError::Empty) => {}
    }
}
