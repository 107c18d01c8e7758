//! The panels around the timeline: menu, status bar, filters and the corner
//! notices. The reader and the event list have their own modules.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use egui::{Align, Layout, RichText, Sense, vec2};

use super::loader::Source;
use super::timeline_ui::short_title;
use super::{AxisCalendar, GahnamaApp, ThemeChoice};
use crate::layout::GroupBy;
use crate::layout::ticks::Digits;
use crate::model::Event;
use crate::text::TextStyle;

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
                if ui.button("Open folder…").clicked() {
                    open_with_dialog(app, &ctx, super::file_dialog::Purpose::OpenFolder);
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
    open_with_dialog(app, ctx, super::file_dialog::Purpose::OpenFiles);
}

/// The desktop's dialog, or the in-app path prompt when it cannot appear.
fn open_with_dialog(
    app: &mut GahnamaApp,
    ctx: &egui::Context,
    purpose: super::file_dialog::Purpose,
) {
    use super::file_dialog::{Choice, PathPrompt, pick};
    match pick(purpose, app.native_file_dialogs) {
        Choice::Picked(paths) => app.load(ctx, Source::Paths(paths)),
        Choice::Cancelled => {}
        Choice::Unavailable(why) => app.path_prompt = Some(PathPrompt::new(purpose, why)),
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
