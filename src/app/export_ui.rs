//! File → Export PNG…/SVG…/PDF…: the options window, and the export itself
//! as a background job (the app shows a notice when it is done or failed).

use std::sync::Arc;

use super::file_dialog::Purpose;
use super::jobs::BackgroundJob;
use super::text_cache::TextCache;
use super::widgets as w;
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
    cache: &mut TextCache,
    ctx: &egui::Context,
    actions: &mut Vec<Action>,
) {
    let Some(d) = &mut dialogs.export else {
        return;
    };
    let tr = &state.tr;
    let rtl = tr.rtl();
    let mut close = false;
    w::window(ctx, "export-dialog", rtl)
        .resizable(false)
        .show(ctx, |ui| {
            w::column(ui, rtl, |ui| {
                let title = tr.f("export-title", &[("format", d.format.name().into())]);
                if w::window_title(ui, cache, &title, tr.t("close")) {
                    close = true;
                }
                w::radio_value(
                    ui,
                    cache,
                    &mut d.whole_range,
                    false,
                    tr.t("export-current-view"),
                );
                w::radio_value(
                    ui,
                    cache,
                    &mut d.whole_range,
                    true,
                    tr.t("export-whole-range"),
                );
                ui.horizontal(|ui| {
                    w::label(ui, cache, tr.t("export-width"));
                    let mut width = i64::from(d.width);
                    w::number_field(
                        ui,
                        cache,
                        "export-width",
                        &mut width,
                        600..=i64::from(png::MAX_SIDE),
                        64.0,
                        tr.t("export-width"),
                        tr.lang(),
                    );
                    d.width = u32::try_from(width).unwrap_or(d.width);
                    w::label(ui, cache, tr.t("export-px"));
                });
                ui.horizontal(|ui| {
                    w::label(ui, cache, tr.t("export-format"));
                    for f in [ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf] {
                        w::radio_value(ui, cache, &mut d.format, f, f.name());
                    }
                });
                match d.format {
                    ImageFormat::Png => {
                        ui.horizontal(|ui| {
                            w::label(ui, cache, tr.t("export-scale"));
                            for s in 1..=3 {
                                let name = tr.f("export-scale-n", &[("n", s.into())]);
                                w::radio_value(ui, cache, &mut d.scale, s, &name);
                            }
                        });
                    }
                    ImageFormat::Pdf => {
                        ui.horizontal_wrapped(|ui| {
                            w::label(ui, cache, tr.t("export-page"));
                            w::radio_value(
                                ui,
                                cache,
                                &mut d.page,
                                PageSize::A4,
                                tr.t("export-page-a4"),
                            );
                            w::radio_value(
                                ui,
                                cache,
                                &mut d.page,
                                PageSize::Letter,
                                tr.t("export-page-letter"),
                            );
                            w::radio_value(
                                ui,
                                cache,
                                &mut d.page,
                                PageSize::Content,
                                tr.t("export-page-content"),
                            );
                        });
                    }
                    ImageFormat::Svg => {
                        w::weak(ui, cache, tr.t("export-svg-note"));
                    }
                }
                w::checkbox(ui, cache, &mut d.title, tr.t("export-show-title"));
                w::checkbox(ui, cache, &mut d.legend, tr.t("export-show-legend"));
                w::checkbox(ui, cache, &mut d.caption, tr.t("export-show-caption"));
                ui.horizontal(|ui| {
                    w::radio_value(ui, cache, &mut d.dark, false, tr.t("view-theme-light"));
                    w::radio_value(ui, cache, &mut d.dark, true, tr.t("view-theme-dark"));
                });
                let n = tr.f("export-n-events", &[("n", state.shown.len().into())]);
                w::label(ui, cache, &n);
                ui.add_space(6.0);
                if w::button_enabled(ui, cache, !state.exporting, tr.t("export-go")).clicked() {
                    actions.push(Action::ChooseFile(Purpose::Export(d.format)));
                }
            })
        });
    if close {
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
    let lang = state.tr.lang();
    BackgroundJob::spawn(
        move |_| {
            let tr = super::i18n::Catalogue::new(lang);
            let mut engine = crate::text::TextEngine::new();
            let g = &extractor.gazetteer;
            let result = match format {
                ImageFormat::Png => png::write(&path, &timeline, &filter, g, &opts, &mut engine)
                    .map(|out| {
                        tr.f(
                            "export-size-px",
                            &[("w", out.width.into()), ("h", out.height.into())],
                        )
                    }),
                ImageFormat::Svg => {
                    crate::export::svg::write(&path, &timeline, &filter, g, &opts, &mut engine).map(
                        |out| {
                            tr.f(
                                "export-size-px",
                                &[
                                    ("w", out.painted.width.round().into()),
                                    ("h", out.painted.height.round().into()),
                                ],
                            )
                        },
                    )
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
                .map(|out| {
                    tr.f(
                        "export-size-page",
                        &[
                            ("w", out.page.0.round().into()),
                            ("h", out.page.1.round().into()),
                        ],
                    )
                }),
            }
            .map(|size| {
                tr.f(
                    "export-done",
                    &[
                        ("path", tr.path(path.as_ref()).into()),
                        ("size", size.into()),
                    ],
                )
            })
            .map_err(|e| tr.f("export-failed", &[("why", e.to_string().into())]));
            Some(result)
        },
        move || ctx.request_repaint(),
    )
}
