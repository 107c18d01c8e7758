//! The panels around the timeline: menu, status bar, filters and the corner
//! notices. The reader and the event list have their own modules.

use std::collections::BTreeSet;

use egui::{Align, Layout, RichText, Sense, vec2};

use super::AppState;
use super::file_dialog::Purpose;
use super::loader::CorpusSource;
use super::text_field::TextField;
use super::timeline::short_title;
use super::{Action, AxisCalendar, Cx, GahnamaApp, ThemeChoice};
use crate::export::image::ImageFormat;
use crate::layout::GroupBy;
use crate::layout::ticks::Digits;
use crate::text::TextStyle;

/// File, View and Help menus, and their shortcuts.
pub fn menu_bar(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let shortcut = |key| {
        ctx.input_mut(|i| {
            i.consume_shortcut(&egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key))
        })
    };
    if shortcut(egui::Key::O) {
        cx.act(Action::ChooseFile(Purpose::OpenFiles));
    }
    if shortcut(egui::Key::E) {
        cx.act(Action::OpenExportDialog(ImageFormat::Png));
    }
    let mut settings = cx.state.settings.clone();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("New project").clicked() {
                    cx.act(Action::NewProject);
                }
                if ui.button("Open project…").clicked() {
                    cx.act(Action::ChooseFile(Purpose::OpenProject));
                }
                if ui.button("Save project  (Ctrl+S)").clicked() {
                    cx.act(Action::SaveProject);
                }
                if ui.button("Save project as…  (Ctrl+Shift+S)").clicked() {
                    cx.act(Action::ChooseFile(Purpose::SaveProject));
                }
                ui.menu_button("Recent projects", |ui| {
                    if cx.state.settings.recent.is_empty() {
                        ui.label("None yet");
                    }
                    for p in &cx.state.settings.recent {
                        if ui.button(p.display().to_string()).clicked() {
                            cx.act(Action::Load(CorpusSource::Paths(vec![p.clone()])));
                        }
                    }
                });
                ui.separator();
                if ui.button("Open files…  (Ctrl+O)").clicked() {
                    cx.act(Action::ChooseFile(Purpose::OpenFiles));
                }
                if ui.button("Open folder…").clicked() {
                    cx.act(Action::ChooseFile(Purpose::OpenFolder));
                }
                if ui.button("Export PNG…  (Ctrl+E)").clicked() {
                    cx.act(Action::OpenExportDialog(ImageFormat::Png));
                }
                if ui.button("Export SVG…").clicked() {
                    cx.act(Action::OpenExportDialog(ImageFormat::Svg));
                }
                if ui.button("Export PDF…").clicked() {
                    cx.act(Action::OpenExportDialog(ImageFormat::Pdf));
                }
                if ui.button("Open the bundled seed documents").clicked() {
                    cx.act(Action::Load(CorpusSource::Seeds));
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                let c = &cx.state.curation;
                if ui.add_enabled(c.can_undo(), egui::Button::new("Undo  (Ctrl+Z)")).clicked() {
                    cx.act(Action::Undo);
                }
                if ui.add_enabled(c.can_redo(), egui::Button::new("Redo  (Ctrl+Shift+Z)")).clicked() {
                    cx.act(Action::Redo);
                }
                ui.separator();
                if ui.button("Find…  (Ctrl+F)").clicked() {
                    cx.act(Action::OpenSearch);
                }
            });
            ui.menu_button("Document", |ui| {
                let current = super::doc_date_ui::current_document(cx.state);
                let r = ui.add_enabled(current.is_some(), egui::Button::new("Set date…"));
                if let Some(doc) = current
                    && r.clicked()
                {
                    cx.act(Action::OpenDocDateDialog(doc));
                }
                r.on_disabled_hover_text(
                    "Select an event to choose its document, or use a document's date button in the filters.",
                );
            });
            ui.menu_button("View", |ui| {
                ui.label("Lanes");
                ui.radio_value(&mut settings.group_by, GroupBy::Actor, "By actor");
                ui.radio_value(&mut settings.group_by, GroupBy::Region, "By region");
                ui.radio_value(&mut settings.group_by, GroupBy::Document, "By document");
                ui.radio_value(&mut settings.group_by, GroupBy::None, "No lanes");
                ui.add(egui::Slider::new(&mut settings.max_lanes, 2..=16).text("most lanes"));
                ui.separator();
                ui.label("Axis calendar");
                ui.radio_value(
                    &mut settings.calendar,
                    AxisCalendar::Both,
                    "Gregorian and Solar Hijri",
                );
                ui.radio_value(&mut settings.calendar, AxisCalendar::Gregorian, "Gregorian");
                ui.radio_value(&mut settings.calendar, AxisCalendar::SolarHijri, "Solar Hijri");
                ui.separator();
                ui.label("Digits");
                ui.radio_value(&mut settings.digits, Digits::Persian, "Persian ۱۲۳");
                ui.radio_value(&mut settings.digits, Digits::Latin, "Latin 123");
                ui.separator();
                ui.label("Theme");
                ui.radio_value(&mut settings.theme, ThemeChoice::System, "Follow the system");
                ui.radio_value(&mut settings.theme, ThemeChoice::Light, "Light");
                ui.radio_value(&mut settings.theme, ThemeChoice::Dark, "Dark");
                ui.separator();
                if ui.button("Fit all events  (Home)").clicked() {
                    cx.act(Action::Fit);
                }
                ui.separator();
                ui.label("Saved views");
                for v in &cx.state.curation.project.views {
                    if ui.button(&v.name).clicked() {
                        cx.act(Action::OpenView(v.name.clone()));
                    }
                }
                ui.horizontal(|ui| {
                    let name = cx.drafts.view_name.clone();
                    let out = super::text_field::TextField::new("view-name", &name, "View name")
                        .hint("نام نما")
                        .width(140.0)
                        .show(ui, cx.text);
                    if let Some(t) = out.changed {
                        cx.drafts.view_name = t;
                    }
                    let name = cx.drafts.view_name.trim().to_owned();
                    if ui.add_enabled(!name.is_empty(), egui::Button::new("Save view")).clicked() || (out.submitted && !name.is_empty())
                    {
                        cx.act(Action::SaveView(name));
                        cx.drafts.view_name.clear();
                    }
                });
            });
            ui.menu_button("Help", |ui| {
                ui.label(format!(
                    "Gahnama {} — a timeline of dated events in Persian texts.",
                    env!("CARGO_PKG_VERSION")
                ));
                ui.label("Wheel: zoom · Shift+wheel or drag: pan · + and -: zoom · Left/Right arrows: pan");
                ui.label("Home: fit · Tab, Down/Up arrows: next/previous event · Enter: open its document");
                ui.label("Click a date in the reader to select its event; drag across its text to select it.");
                ui.label("Ctrl+F: search · F3: next result · Ctrl+click: select several events");
                ui.label("Delete: hide · Ctrl+Z: undo · Ctrl+Shift+Z or Ctrl+Y: redo · Ctrl+S: save the project");
            });
        });
    });
    if settings != cx.state.settings {
        cx.act(Action::SetSettings(Box::new(settings)));
    }
}

/// Documents, events, events shown, hidden labels, and load progress.
pub fn status_bar(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let s = cx.state;
            let docs = s.corpus.documents.len();
            let all = s.corpus.events().len();
            let shown = s.shown.len();
            ui.label(format!("{docs} documents · {all} events · {shown} shown"));
            if s.ui.dropped_labels > 0 {
                ui.label(format!(
                    "· {} labels hidden (zoom in to see them)",
                    s.ui.dropped_labels
                ))
                .on_hover_text("Labels that would overlap others are not drawn.");
            }
            if let Some(progress) = s.loading {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(progress)
                        .desired_width(160.0)
                        .text("reading and extracting…"),
                );
                if ui.button("Cancel").clicked() {
                    cx.act(Action::CancelLoad);
                }
            }
        });
    });
}

/// The filters panel: kinds, exact dates, years, and the actors, regions
/// and documents with their counts (counted once per load).
pub fn filters_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    egui::Panel::left("filters")
        .resizable(true)
        .default_size(260.0)
        .min_size(200.0)
        .show(ui, |ui| {
            let state = cx.state;
            let mut f = state.settings.filter.clone();
            ui.horizontal(|ui| {
                ui.heading("Filters");
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui
                        .add_enabled(f.is_active(), egui::Button::new("Reset"))
                        .clicked()
                    {
                        f = crate::filter::Filter::default();
                    }
                });
            });
            chips(&mut f, ui);
            ui.separator();
            ui.horizontal(|ui| {
                use crate::filter::CurationView as V;
                egui::ComboBox::from_label("curated")
                    .selected_text(match f.curated {
                        V::All => "all events",
                        V::Starred => "starred",
                        V::Edited => "edited",
                        V::Hidden => "hidden",
                        V::Tagged => "tagged",
                    })
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut f.curated, V::All, "all events");
                        ui.selectable_value(&mut f.curated, V::Starred, "starred");
                        ui.selectable_value(&mut f.curated, V::Edited, "edited");
                        ui.selectable_value(&mut f.curated, V::Hidden, "hidden");
                        ui.selectable_value(&mut f.curated, V::Tagged, "tagged");
                    });
            });
            ui.horizontal(|ui| {
                ui.checkbox(&mut f.show_events, "Events");
                ui.checkbox(&mut f.show_forecasts, "Forecasts");
            });
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
            let counts = &state.corpus.counts;
            egui::ScrollArea::vertical()
                .id_salt("filter-lists")
                .show(ui, |ui| {
                    let lists = [
                        (
                            "Actors",
                            "actor",
                            &counts.actors,
                            (
                                state.ui.actor_search.as_str(),
                                Action::SetActorSearch as fn(String) -> Action,
                            ),
                            &mut f.hidden_actors,
                        ),
                        (
                            "Regions",
                            "region",
                            &counts.regions,
                            (state.ui.region_search.as_str(), Action::SetRegionSearch),
                            &mut f.hidden_regions,
                        ),
                    ];
                    for (title, kind, items, search, hidden) in lists {
                        egui::CollapsingHeader::new(title)
                            .default_open(true)
                            .show(ui, |ui| name_list(cx, ui, kind, items, search, hidden));
                    }
                    egui::CollapsingHeader::new("Documents")
                        .default_open(true)
                        .show(ui, |ui| {
                            for (i, d) in state.corpus.documents.iter().enumerate() {
                                let n = counts.documents.get(&*d.id).copied().unwrap_or(0);
                                let on = !f.hidden_docs.contains(&*d.id);
                                if check_row(
                                    cx,
                                    ui,
                                    on,
                                    &format!("{} ({n})", short_title(&d.title)),
                                    &format!("document {}", d.id),
                                ) {
                                    toggle(&mut f.hidden_docs, &d.id, !on);
                                }
                                document_date_row(cx, ui, i, state);
                            }
                        });
                });
            if f != state.settings.filter {
                cx.act(Action::SetFilter(f));
            }
        });
}

/// Under a document's row: its own date and where it came from, and a
/// button that sets it.
fn document_date_row(cx: &mut Cx<'_>, ui: &mut egui::Ui, doc: usize, state: &AppState) {
    let Some(d) = state.corpus.documents.get(doc) else {
        return;
    };
    let info = state
        .corpus
        .timeline
        .documents
        .get(doc)
        .filter(|i| *i.id == *d.id);
    let date = info.and_then(|i| Some((i.date?, i.date_source?)));
    ui.horizontal(|ui| {
        ui.add_space(24.0);
        let label = match date {
            Some((day, source)) => {
                let cal = d
                    .user_date
                    .map_or(crate::model::CalendarKind::SolarHijri, |(_, c)| c);
                let text = crate::layout::format::day(day, cal, state.settings.digits);
                let pal = GahnamaApp::palette(ui.ctx());
                let ctx = ui.ctx().clone();
                let style =
                    TextStyle::date(11.5, pal.text_dim, state.settings.digits == Digits::Latin);
                let entry = cx.text.get(&ctx, &text, &style, &[]);
                let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
                entry.paint(ui.painter(), rect.min);
                super::doc_date_ui::source_label(source)
            }
            None => "no date of its own",
        };
        ui.label(egui::RichText::new(label).small().weak());
        let b = ui
            .small_button("Date…")
            .on_hover_text("Set the day its «امروز» and «سال جاری» count from");
        b.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("date of {}", d.id))
        });
        if b.clicked() {
            cx.act(Action::OpenDocDateDialog(doc));
        }
    });
}

/// The actors (or regions, by `kind`) with their counts, a Persian search
/// field over them (its text, and the action that sets it), and a checkbox
/// each that hides or shows its events.
fn name_list(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    kind: &str,
    items: &[(String, usize)],
    (search, set_search): (&str, fn(String) -> Action),
    hidden: &mut BTreeSet<String>,
) {
    let field = TextField::new(format!("{kind}-search"), search, &format!("Search {kind}s"))
        .hint(&format!("search {kind}s…"))
        .show(ui, cx.text);
    let search = match field.changed {
        Some(q) => {
            cx.act(set_search(q.clone()));
            q
        }
        None => search.to_owned(),
    };
    let needle = crate::search::fold(&search);
    let gazetteer = &cx.state.extractor.gazetteer;
    for (id, n) in items {
        let label = gazetteer.label(id);
        if !needle.is_empty() && !crate::search::matches(&label, &needle) {
            continue;
        }
        let on = !hidden.contains(id);
        if check_row(
            cx,
            ui,
            on,
            &format!("{label}\u{200E} ({n})"),
            &format!("{kind} {id}"),
        ) {
            toggle(hidden, id, !on);
        }
    }
}

fn toggle(set: &mut BTreeSet<String>, id: &str, on: bool) {
    if on {
        set.remove(id);
    } else {
        set.insert(id.to_owned());
    }
}

/// A checkbox with a Persian label drawn by the text layer. Returns true when
/// clicked (the box or the label).
fn check_row(cx: &mut Cx<'_>, ui: &mut egui::Ui, on: bool, label: &str, a11y: &str) -> bool {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let mut changed = false;
    ui.horizontal(|ui| {
        let mut checked = on;
        let r = ui.checkbox(&mut checked, "");
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, a11y));
        changed = r.changed();
        let entry = cx
            .text
            .get(&ctx, label, &TextStyle::auto(13.0, pal.text), &[]);
        let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::click());
        entry.paint(ui.painter(), rect.min);
        if resp.clicked() {
            changed = true;
        }
    });
    changed
}

/// Removable chips of the active filters.
fn chips(f: &mut crate::filter::Filter, ui: &mut egui::Ui) {
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
        if !f.show_events && ui.small_button("× no events").clicked() {
            f.show_events = true;
        }
        if !f.show_forecasts && ui.small_button("× no forecasts").clicked() {
            f.show_forecasts = true;
        }
    });
}

/// Messages in the bottom-right corner; errors stay longer.
pub fn notices(cx: &mut Cx<'_>, ctx: &egui::Context) {
    let notices = &cx.state.notices;
    if notices.is_empty() {
        return;
    }
    let mut close = None;
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(egui::Align2::RIGHT_BOTTOM, vec2(-16.0, -40.0))
        .show(ctx, |ui| {
            for (i, n) in notices.iter().enumerate().rev().take(5) {
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
        cx.act(Action::DismissNotice(i));
    }
}
