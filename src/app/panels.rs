//! The panels around the timeline: menu, status bar, filters, the source
//! reader, the event list, and the corner notices.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use egui::{Align, CornerRadius, Layout, RichText, Sense, pos2, vec2};

use super::loader::Source;
use super::timeline_ui::{c32, short_title};
use super::{AxisCalendar, Column, GahnamaApp, ReaderMode, ThemeChoice};
use crate::layout::GroupBy;
use crate::layout::ticks::Digits;
use crate::model::{CalendarKind, Event, EventKind};
use crate::text::{Span, TextStyle};

/// File, View and Help menus, and their shortcuts.
pub fn menu_bar(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    if ctx.input_mut(|i| {
        i.consume_shortcut(&egui::KeyboardShortcut::new(
            egui::Modifiers::COMMAND,
            egui::Key::O,
        ))
    }) {
        open_files(app, &ctx);
    }
    if ctx.input_mut(|i| {
        i.consume_shortcut(&egui::KeyboardShortcut::new(
            egui::Modifiers::COMMAND,
            egui::Key::E,
        ))
    }) {
        super::export_ui::open(app);
    }
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open files…  (Ctrl+O)").clicked() {
                    open_files(app, &ctx);
                }
                if ui.button("Open folder…").clicked()
                    && let Some(dir) = rfd::FileDialog::new()
                        .set_title("Open a folder of texts")
                        .pick_folder()
                {
                    app.load(&ctx, Source::Paths(vec![dir]));
                }
                if ui.button("Export PNG…  (Ctrl+E)").clicked() {
                    super::export_ui::open(app);
                }
                if ui.button("Open the bundled seed documents").clicked() {
                    app.load(&ctx, Source::Seeds);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                ui.label("Lanes");
                let before = app.settings.group_by;
                ui.radio_value(&mut app.settings.group_by, GroupBy::Actor, "By actor");
                ui.radio_value(&mut app.settings.group_by, GroupBy::Region, "By region");
                ui.radio_value(&mut app.settings.group_by, GroupBy::Document, "By document");
                ui.radio_value(&mut app.settings.group_by, GroupBy::None, "No lanes");
                if before != app.settings.group_by {
                    app.settings.collapsed.clear();
                }
                ui.add(egui::Slider::new(&mut app.settings.max_lanes, 2..=16).text("most lanes"));
                ui.separator();
                ui.label("Axis calendar");
                ui.radio_value(
                    &mut app.settings.calendar,
                    AxisCalendar::Both,
                    "Gregorian and Solar Hijri",
                );
                ui.radio_value(
                    &mut app.settings.calendar,
                    AxisCalendar::Gregorian,
                    "Gregorian",
                );
                ui.radio_value(
                    &mut app.settings.calendar,
                    AxisCalendar::SolarHijri,
                    "Solar Hijri",
                );
                ui.separator();
                ui.label("Digits");
                ui.radio_value(&mut app.settings.digits, Digits::Persian, "Persian ۱۲۳");
                ui.radio_value(&mut app.settings.digits, Digits::Latin, "Latin 123");
                ui.separator();
                ui.label("Theme");
                ui.radio_value(
                    &mut app.settings.theme,
                    ThemeChoice::System,
                    "Follow the system",
                );
                ui.radio_value(&mut app.settings.theme, ThemeChoice::Light, "Light");
                ui.radio_value(&mut app.settings.theme, ThemeChoice::Dark, "Dark");
                ui.separator();
                if ui.button("Fit all events  (Home)").clicked() {
                    app.fit(true);
                }
            });
            ui.menu_button("Help", |ui| {
                ui.label(format!(
                    "Gahnama {} — a timeline of dated events in Persian texts.",
                    env!("CARGO_PKG_VERSION")
                ));
                ui.label("Wheel: zoom · Shift+wheel or drag: pan · + and -: zoom · Left/Right arrows: pan");
                ui.label("Home: fit · Tab, Down/Up arrows: next/previous event · Enter: open its document");
                ui.label("Click a date in the reader to select its event.");
            });
        });
    });
}

fn open_files(app: &mut GahnamaApp, ctx: &egui::Context) {
    if let Some(files) = rfd::FileDialog::new()
        .set_title("Open Persian texts")
        .add_filter("Texts", &["txt", "md"])
        .pick_files()
    {
        app.load(ctx, Source::Paths(files));
    }
}

/// Documents, events, events shown, hidden labels, and load progress.
pub fn status_bar(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let docs = app.documents.len();
            let all = app.timeline.events.len();
            let shown = app.shown.len();
            ui.label(format!("{docs} documents · {all} events · {shown} shown"));
            if app.dropped_labels > 0 {
                ui.label(format!(
                    "· {} labels hidden (zoom in to see them)",
                    app.dropped_labels
                ))
                .on_hover_text("Labels that would overlap others are not drawn.");
            }
            if let Some(job) = &app.job {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(app.progress)
                        .desired_width(160.0)
                        .text("reading and extracting…"),
                );
                if ui.button("Cancel").clicked() {
                    job.cancel();
                }
            }
        });
    });
}

/// Counts of events per actor, region and document (over all events).
fn counts(
    events: &[Event],
) -> (
    BTreeMap<String, usize>,
    BTreeMap<String, usize>,
    BTreeMap<String, usize>,
) {
    let (mut a, mut r, mut d) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for e in events {
        for x in &e.actors {
            *a.entry(x.clone()).or_default() += 1;
        }
        for x in &e.regions {
            *r.entry(x.clone()).or_default() += 1;
        }
        let docs: BTreeSet<&String> = e.sources.iter().map(|s| &s.doc).collect();
        for x in docs {
            *d.entry(x.clone()).or_default() += 1;
        }
    }
    (a, r, d)
}

/// The filters panel.
pub fn filters_panel(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    egui::Panel::left("filters")
        .resizable(true)
        .default_size(260.0)
        .min_size(200.0)
        .show(ui, |ui| {
            let before = app.settings.filter.clone();
            ui.horizontal(|ui| {
                ui.heading("Filters");
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui
                        .add_enabled(app.settings.filter.is_active(), egui::Button::new("Reset"))
                        .clicked()
                    {
                        app.settings.filter = crate::filter::Filter::default();
                    }
                });
            });
            chips(app, ui);
            ui.separator();
            let f = &mut app.settings.filter;
            let mut events = !f.hide_events;
            let mut forecasts = !f.hide_forecasts;
            ui.horizontal(|ui| {
                ui.checkbox(&mut events, "Events");
                ui.checkbox(&mut forecasts, "Forecasts");
            });
            f.hide_events = !events;
            f.hide_forecasts = !forecasts;
            ui.checkbox(&mut f.exact_only, "Exact dates only (day precision)");
            ui.horizontal(|ui| {
                let mut from_on = f.from_year.is_some();
                ui.checkbox(&mut from_on, "From");
                let mut from = f.from_year.unwrap_or(1990);
                let r = ui.add_enabled(from_on, egui::DragValue::new(&mut from).range(1000..=2200));
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::SpinButton, from_on, "First year")
                });
                f.from_year = from_on.then_some(from);
                let mut to_on = f.to_year.is_some();
                ui.checkbox(&mut to_on, "to");
                let mut to = f.to_year.unwrap_or(2030);
                let r = ui.add_enabled(to_on, egui::DragValue::new(&mut to).range(1000..=2200));
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::SpinButton, to_on, "Last year")
                });
                f.to_year = to_on.then_some(to);
            });
            ui.separator();
            let (actor_counts, region_counts, doc_counts) = counts(&app.timeline.events);
            egui::ScrollArea::vertical()
                .id_salt("filter-lists")
                .show(ui, |ui| {
                    egui::CollapsingHeader::new("Actors")
                        .default_open(true)
                        .show(ui, |ui| {
                            ui.add(
                                egui::TextEdit::singleline(&mut app.actor_search)
                                    .hint_text("search actors…"),
                            );
                            let needle = app.actor_search.to_lowercase();
                            let mut ranked: Vec<(String, usize)> =
                                actor_counts.into_iter().collect();
                            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                            for (id, n) in ranked {
                                let label = app.extractor.gazetteer.label(&id);
                                if !needle.is_empty() && !label.to_lowercase().contains(&needle) {
                                    continue;
                                }
                                let mut on = !app.settings.filter.hidden_actors.contains(&id);
                                if check_row(
                                    app,
                                    ui,
                                    &mut on,
                                    &format!("{label}\u{200E} ({n})"),
                                    &format!("actor {id}"),
                                ) {
                                    toggle(&mut app.settings.filter.hidden_actors, &id, on);
                                }
                            }
                        });
                    egui::CollapsingHeader::new("Regions")
                        .default_open(true)
                        .show(ui, |ui| {
                            for (id, n) in region_counts {
                                let label = app.extractor.gazetteer.label(&id);
                                let mut on = !app.settings.filter.hidden_regions.contains(&id);
                                if check_row(
                                    app,
                                    ui,
                                    &mut on,
                                    &format!("{label}\u{200E} ({n})"),
                                    &format!("region {id}"),
                                ) {
                                    toggle(&mut app.settings.filter.hidden_regions, &id, on);
                                }
                            }
                        });
                    egui::CollapsingHeader::new("Documents")
                        .default_open(true)
                        .show(ui, |ui| {
                            let docs: Vec<(String, String)> = app
                                .documents
                                .iter()
                                .map(|d| (d.id.clone(), short_title(&d.title)))
                                .collect();
                            for (id, title) in docs {
                                let n = doc_counts.get(&id).copied().unwrap_or(0);
                                let mut on = !app.settings.filter.hidden_docs.contains(&id);
                                if check_row(
                                    app,
                                    ui,
                                    &mut on,
                                    &format!("{title} ({n})"),
                                    &format!("document {id}"),
                                ) {
                                    toggle(&mut app.settings.filter.hidden_docs, &id, on);
                                }
                            }
                        });
                });
            if app.settings.filter != before {
                app.refilter();
            }
        });
}

fn toggle(set: &mut BTreeSet<String>, id: &str, on: bool) {
    if on {
        set.remove(id);
    } else {
        set.insert(id.to_owned());
    }
}

/// A checkbox with a Persian label drawn by the text layer. Returns true when toggled.
fn check_row(
    app: &mut GahnamaApp,
    ui: &mut egui::Ui,
    on: &mut bool,
    label: &str,
    a11y: &str,
) -> bool {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let mut changed = false;
    ui.horizontal(|ui| {
        let r = ui.checkbox(on, "");
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, *on, a11y));
        changed = r.changed();
        let entry = app
            .text
            .get(&ctx, label, &TextStyle::auto(13.0, pal.text), &[]);
        let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::click());
        entry.paint(ui.painter(), rect.min);
        if resp.clicked() {
            *on = !*on;
            changed = true;
        }
    });
    changed
}

/// Removable chips of the active filters.
fn chips(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    let f = &mut app.settings.filter;
    if !f.is_active() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let mut remove_actor = None;
        for a in &f.hidden_actors {
            if ui.small_button(format!("× without {a}")).clicked() {
                remove_actor = Some(a.clone());
            }
        }
        if let Some(a) = remove_actor {
            f.hidden_actors.remove(&a);
        }
        let mut remove_region = None;
        for r in &f.hidden_regions {
            if ui.small_button(format!("× without {r}")).clicked() {
                remove_region = Some(r.clone());
            }
        }
        if let Some(r) = remove_region {
            f.hidden_regions.remove(&r);
        }
        let mut remove_doc = None;
        for d in &f.hidden_docs {
            if ui.small_button(format!("× without {d}")).clicked() {
                remove_doc = Some(d.clone());
            }
        }
        if let Some(d) = remove_doc {
            f.hidden_docs.remove(&d);
        }
        if (f.from_year.is_some() || f.to_year.is_some()) && ui.small_button("× years").clicked() {
            f.from_year = None;
            f.to_year = None;
        }
        if f.exact_only && ui.small_button("× exact only").clicked() {
            f.exact_only = false;
        }
        if f.hide_events && ui.small_button("× no events").clicked() {
            f.hide_events = false;
        }
        if f.hide_forecasts && ui.small_button("× no forecasts").clicked() {
            f.hide_forecasts = false;
        }
    });
}

/// The reader: the selected event's sources, or a whole document.
pub fn reader_panel(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    egui::Panel::right("reader").resizable(true).default_size(440.0).min_size(280.0).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading("Reader");
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.selectable_value(&mut app.reader_mode, ReaderMode::Document, "Document");
                ui.selectable_value(&mut app.reader_mode, ReaderMode::Sources, "Sources");
            });
        });
        ui.separator();
        let Some(sel) = app.selected else {
            ui.label("Select an event on the timeline or in the list to read where the texts state it.");
            return;
        };
        let Some(event) = app.timeline.events.get(sel).cloned() else { return };
        event_header(app, ui, &event);
        ui.separator();
        let width = ui.available_width() - 12.0;
        let scroll_now = std::mem::take(&mut app.scroll_reader);
        egui::ScrollArea::vertical().id_salt("reader-scroll").auto_shrink([false, false]).show(ui, |ui| {
            match app.reader_mode {
                ReaderMode::Sources => {
                    for (i, s) in event.sources.iter().enumerate() {
                        let Some(di) = app.documents.iter().position(|d| d.id == s.doc) else { continue };
                        ui.horizontal(|ui| {
                            let title = short_title(&app.documents[di].title);
                            let ctx = ui.ctx().clone();
                            let pal = GahnamaApp::palette(&ctx);
                            let entry = app.text.get(&ctx, &title, &TextStyle::label(13.0, pal.text_dim), &[]);
                            let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
                            entry.paint(ui.painter(), rect.min);
                            ui.label(RichText::new(format!("¶ {} · line {}", s.paragraph, s.line)).weak());
                            if ui.small_button("open document").clicked() {
                                app.reader_source = i;
                                app.reader_mode = ReaderMode::Document;
                                app.scroll_reader = true;
                            }
                        });
                        if let Some(clicked) = paragraph_view(app, ui, di, s.paragraph, Some(s), width) {
                            app.select(Some(clicked));
                        }
                        ui.add_space(10.0);
                    }
                }
                ReaderMode::Document => {
                    let s = event.sources.get(app.reader_source).or(event.sources.first()).cloned();
                    let Some(s) = s else { return };
                    let Some(di) = app.documents.iter().position(|d| d.id == s.doc) else { return };
                    let n = app.documents[di].paragraphs.len();
                    for pi in 0..n {
                        let here = pi == s.paragraph;
                        let before = ui.cursor().min;
                        let clicked = paragraph_view(app, ui, di, pi, here.then_some(&s), width);
                        if here && scroll_now {
                            let rect = egui::Rect::from_min_max(before, pos2(before.x + width, ui.cursor().min.y));
                            ui.scroll_to_rect(rect, Some(Align::Center));
                        }
                        if let Some(c) = clicked {
                            app.select(Some(c));
                            app.reader_mode = ReaderMode::Document;
                        }
                        ui.add_space(6.0);
                    }
                }
            }
        });
    });
}

fn event_header(app: &mut GahnamaApp, ui: &mut egui::Ui, e: &Event) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let width = ui.available_width() - 8.0;
    let mut style = TextStyle::paragraph(17.0, pal.text, width);
    style.bold = true;
    let entry = app.text.get(&ctx, &e.title, &style, &[]);
    let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::hover());
    resp.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            format!("Selected event: {}", e.title),
        )
    });
    entry.paint(ui.painter(), rect.min);
    if let Some(en) = &e.title_en {
        ui.label(RichText::new(en).italics());
    }
    let digits = app.settings.digits;
    let dates = format!(
        "{}  |  {}",
        crate::layout::format::when(e, CalendarKind::Gregorian, digits),
        crate::layout::format::when(e, CalendarKind::SolarHijri, digits)
    );
    let mut dates_style = TextStyle::paragraph(14.0, pal.text_dim, width);
    if digits == Digits::Latin {
        dates_style.direction = crate::text::Direction::Auto;
    }
    let entry = app.text.get(&ctx, &dates, &dates_style, &[]);
    let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
    entry.paint(ui.painter(), rect.min);
    let mut facts = vec![format!("{} precision", e.when.precision.as_str())];
    if e.when.inferred {
        facts.push("inferred from context".to_owned());
    }
    if e.kind == EventKind::Forecast {
        facts.push("forecast".to_owned());
    }
    facts.push(format!("{} source(s)", e.sources.len()));
    ui.label(RichText::new(facts.join(" · ")).weak());
    if !e.actors.is_empty() {
        ui.label(format!("Actors: {}", e.actors.join(", ")));
    }
    if !e.regions.is_empty() {
        ui.label(format!("Regions: {}", e.regions.join(", ")));
    }
}

/// Draws paragraph `pi` of document `di` with every event date in it
/// emphasised (clickable) and, for `source`, its sentence highlighted.
/// Returns the event whose date was clicked.
fn paragraph_view(
    app: &mut GahnamaApp,
    ui: &mut egui::Ui,
    di: usize,
    pi: usize,
    source: Option<&crate::model::Source>,
    width: f32,
) -> Option<usize> {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let view = reader_paragraph(app, di, pi, source, pal)?;
    let doc = &app.documents[di];
    let (text, spans, dates) = (view.text, view.spans, view.dates);
    let dim = doc.paragraphs[pi].kind != crate::corpus::BlockKind::Body;
    let color = if dim { pal.text_dim } else { pal.text };
    let entry = app.text.get(
        &ctx,
        &text,
        &TextStyle::paragraph(15.0, color, width.max(100.0)),
        &spans,
    );
    let (rect, resp) = ui.allocate_exact_size(vec2(width.max(100.0), entry.size.y), Sense::click());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Paragraph, true, text.clone()));
    entry.paint(ui.painter(), pos2(rect.max.x - entry.size.x, rect.min.y));
    let hover = resp
        .hover_pos()
        .map(|p| p - pos2(rect.max.x - entry.size.x, rect.min.y));
    let over_date = hover
        .and_then(|h| entry.hit(h))
        .and_then(|b| dates.iter().find(|(r, _)| r.contains(&b)).map(|(_, e)| *e));
    if over_date.is_some() {
        ctx.set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if resp.clicked() { over_date } else { None }
}

/// A paragraph as the reader shows it.
#[derive(Debug, Clone)]
pub struct ReaderParagraph {
    /// The original text (pieces split by a page break joined by a space).
    pub text: String,
    /// Styled ranges: the sentence background, the emphasised dates.
    pub spans: Vec<Span>,
    /// Ranges of event dates in `text` and their events.
    pub dates: Vec<(std::ops::Range<usize>, usize)>,
}

/// Paragraph `pi` of document `di` with every event date in it emphasised
/// and, for `source`, its sentence highlighted.
#[must_use]
pub fn reader_paragraph(
    app: &GahnamaApp,
    di: usize,
    pi: usize,
    source: Option<&crate::model::Source>,
    pal: &crate::theme::Palette,
) -> Option<ReaderParagraph> {
    let doc = app.documents.get(di)?;
    let p = doc.paragraphs.get(pi)?;
    let (text, map) = display_paragraph(doc, p);
    let mut spans = Vec::new();
    let mut dates: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    if let Some(s) = source
        && let (Some(a), Some(b)) = (map(s.bytes[0]), map(s.bytes[1]))
    {
        spans.push(Span {
            range: a..b,
            color: None,
            bold: false,
            background: Some(pal.sentence),
        });
    }
    for (ei, e) in app.timeline.events.iter().enumerate() {
        for s in e
            .sources
            .iter()
            .filter(|s| s.doc == doc.id && s.paragraph == pi)
        {
            if let (Some(a), Some(b)) = (map(s.date_bytes[0]), map(s.date_bytes[1])) {
                spans.push(Span {
                    range: a..b,
                    color: Some(pal.date),
                    bold: true,
                    background: None,
                });
                dates.push((a..b, ei));
            }
        }
    }
    Some(ReaderParagraph { text, spans, dates })
}

/// The original text of a paragraph and a map from file byte offsets to
/// offsets in that text (correct for every encoding).
fn display_paragraph<'a>(
    doc: &'a crate::corpus::Document,
    p: &crate::corpus::Paragraph,
) -> (String, impl Fn(usize) -> Option<usize> + 'a) {
    let mut text = String::new();
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new(); // (file start, file end, text start)
    for piece in p.doc_pieces() {
        let [fs, fe] = doc.norm.file_range(piece.start, piece.end);
        if !text.is_empty() {
            text.push(' ');
        }
        pieces.push((fs, fe, text.len()));
        text.push_str(&doc.original([fs, fe]));
    }
    let map = move |f: usize| -> Option<usize> {
        pieces
            .iter()
            .find(|(fs, fe, _)| f >= *fs && f <= *fe)
            .map(|(fs, _, ts)| ts + doc.original([*fs, f]).len())
    };
    (text, map)
}

/// The chronological list of shown events, sortable by its columns.
pub fn list_panel(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("event-list")
        .resizable(true)
        .default_size(220.0)
        .min_size(90.0)
        .show(ui, |ui| {
            let ctx = ui.ctx().clone();
            let pal = GahnamaApp::palette(&ctx);
            let total_w = ui.available_width();
            let date_w = 130.0;
            let actors_w = (total_w * 0.2).clamp(90.0, 240.0);
            let doc_w = (total_w * 0.16).clamp(80.0, 200.0);
            let title_w = (total_w - date_w - actors_w - doc_w - 20.0).max(120.0);
            let cols = [
                (Column::Date, "Date", date_w),
                (Column::Title, "Title", title_w),
                (Column::Actors, "Actors", actors_w),
                (Column::Document, "Document", doc_w),
            ];
            ui.horizontal(|ui| {
                for (col, name, w) in cols {
                    let (sort_col, asc) = app.settings.sort;
                    let arrow = if sort_col == col {
                        if asc { " ^" } else { " v" }
                    } else {
                        ""
                    };
                    if ui
                        .add_sized(
                            [w, 18.0],
                            egui::Button::new(format!("{name}{arrow}")).frame(false),
                        )
                        .clicked()
                    {
                        app.settings.sort = (col, if sort_col == col { !asc } else { true });
                    }
                }
            });
            ui.separator();
            let rows = sorted_rows(app);
            let row_h = 24.0;
            let scroll_to = std::mem::take(&mut app.scroll_list)
                .then_some(())
                .and(app.selected)
                .and_then(|s| rows.iter().position(|&r| r == s));
            let mut area = egui::ScrollArea::vertical()
                .id_salt("event-list-scroll")
                .auto_shrink([false, false]);
            if let Some(pos) = scroll_to {
                area = area.vertical_scroll_offset((pos as f32 * row_h - 60.0).max(0.0));
            }
            area.show_rows(ui, row_h, rows.len(), |ui, range| {
                for &ev in &rows[range] {
                    let e = app.timeline.events[ev].clone();
                    let (rect, resp) =
                        ui.allocate_exact_size(vec2(ui.available_width(), row_h), Sense::click());
                    resp.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::Row,
                            true,
                            app.selected == Some(ev),
                            format!("{} {}", e.when.start, e.title),
                        )
                    });
                    if app.selected == Some(ev) {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.sentence));
                    } else if resp.hovered() {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.band));
                    }
                    let date = crate::layout::format::when(
                        &e,
                        CalendarKind::Gregorian,
                        app.settings.digits,
                    );
                    let mut x = rect.min.x;
                    let entry = app.text.get(
                        &ctx,
                        &date,
                        &TextStyle::date(13.0, pal.text_dim, app.settings.digits == Digits::Latin),
                        &[],
                    );
                    entry.paint(
                        &ui.painter().with_clip_rect(egui::Rect::from_min_size(
                            pos2(x, rect.min.y),
                            vec2(date_w - 5.0, row_h),
                        )),
                        pos2(x + 4.0, rect.min.y + 2.0),
                    );
                    x += date_w;
                    let mut title = short_title(&e.title);
                    if e.kind == EventKind::Forecast {
                        title = format!("{title} (پیش‌بینی)");
                    }
                    let entry = app
                        .text
                        .get(&ctx, &title, &TextStyle::label(13.0, pal.text), &[]);
                    let clip =
                        egui::Rect::from_min_size(pos2(x, rect.min.y), vec2(title_w - 6.0, row_h));
                    entry.paint(
                        &ui.painter().with_clip_rect(clip),
                        pos2((x + title_w - 6.0 - entry.size.x).max(x), rect.min.y + 2.0),
                    );
                    x += title_w;
                    ui.painter()
                        .with_clip_rect(egui::Rect::from_min_size(
                            pos2(x, rect.min.y),
                            vec2(actors_w - 5.0, row_h),
                        ))
                        .text(
                            pos2(x, rect.center().y),
                            egui::Align2::LEFT_CENTER,
                            e.actors.join(", "),
                            egui::FontId::proportional(12.5),
                            c32(pal.text),
                        );
                    x += actors_w;
                    let docs: Vec<&str> = e
                        .sources
                        .iter()
                        .map(|s| s.doc.as_str())
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    ui.painter()
                        .with_clip_rect(egui::Rect::from_min_size(
                            pos2(x, rect.min.y),
                            vec2(doc_w - 2.0, row_h),
                        ))
                        .text(
                            pos2(x, rect.center().y),
                            egui::Align2::LEFT_CENTER,
                            docs.join(", "),
                            egui::FontId::proportional(12.0),
                            c32(pal.text_dim),
                        );
                    if resp.clicked() {
                        app.select(Some(ev));
                        app.scroll_list = false;
                        bring_into_view(app, ev);
                    }
                }
            });
        });
}

/// Pans the timeline to an event if it is off screen.
pub fn bring_into_view(app: &mut GahnamaApp, ev: usize) {
    if let Some((s, e)) = crate::layout::event_days(&app.timeline.events[ev]) {
        let v = app.target.unwrap_or(app.view);
        if s < v.min || e > v.max() {
            let mid = (s + e) / 2.0;
            app.target = Some(crate::layout::TimeView {
                min: mid - v.span / 2.0,
                span: v.span,
            });
        }
    }
}

/// The shown events in the list's sort order.
#[must_use]
pub fn sorted_rows(app: &GahnamaApp) -> Vec<usize> {
    let mut rows = app.shown.clone();
    let (col, asc) = app.settings.sort;
    let ev = |i: usize| &app.timeline.events[i];
    match col {
        Column::Date => {}
        Column::Title => rows.sort_by(|a, b| ev(*a).title.cmp(&ev(*b).title)),
        Column::Actors => rows.sort_by_key(|a| ev(*a).actors.join(",")),
        Column::Document => rows.sort_by(|a, b| {
            let d = |i: usize| ev(i).sources.first().map(|s| (s.doc.clone(), s.bytes[0]));
            d(*a).cmp(&d(*b))
        }),
    }
    if !asc {
        rows.reverse();
    }
    rows
}

/// Messages in the bottom-right corner; errors stay longer.
pub fn notices(app: &mut GahnamaApp, ctx: &egui::Context) {
    app.notices
        .retain(|n| n.since.elapsed() < Duration::from_secs(if n.error { 30 } else { 8 }));
    if app.notices.is_empty() {
        return;
    }
    ctx.request_repaint_after(Duration::from_secs(1));
    let mut close = None;
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, vec2(-16.0, -40.0))
        .show(ctx, |ui| {
            for (i, n) in app.notices.iter().enumerate().rev().take(5) {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(420.0);
                    ui.horizontal(|ui| {
                        let text = if n.error {
                            RichText::new(&n.text).color(ui.visuals().error_fg_color)
                        } else {
                            RichText::new(&n.text)
                        };
                        ui.label(text);
                        if ui.small_button("×").clicked() {
                            close = Some(i);
                        }
                    });
                });
            }
        });
    if let Some(i) = close {
        app.notices.remove(i);
    }
}
