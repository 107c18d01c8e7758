//! The panels around the timeline: menu, status bar, filters and the corner
//! notices. The reader and the event list have their own modules.

use std::collections::BTreeSet;

use egui::{Sense, vec2};

use super::AppState;
use super::file_dialog::Purpose;
use super::loader::CorpusSource;
use super::text_field::TextField;
use super::timeline::short_title;
use super::widgets as w;
use super::{Action, AxisCalendar, Cx, GahnamaApp, ThemeChoice};
use crate::export::image::ImageFormat;
use crate::layout::GroupBy;
use crate::layout::ticks::Digits;
use crate::text::TextStyle;

/// File, Edit, Document, View and Help menus, and their shortcuts. In
/// Persian the bar runs from the right and each menu opens from the right
/// edge of its button.
pub fn menu_bar(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    if super::shortcut(&ctx, egui::Modifiers::COMMAND, egui::Key::O) {
        cx.act(Action::ChooseFile(Purpose::OpenFiles));
    }
    if super::shortcut(&ctx, egui::Modifiers::COMMAND, egui::Key::E) {
        cx.act(Action::OpenExportDialog(ImageFormat::Png));
    }
    let tr = cx.tr();
    let rtl = tr.rtl();
    let mut settings = cx.state.settings.clone();
    egui::Panel::top("menu").show(ui, |ui| {
        w::row(ui, rtl, |ui| {
            let r = w::menu_button(ui, cx.text, tr.t("menu-file"));
            w::menu_popup(ui, &r, rtl, false).show(|ui| file_menu(cx, ui));
            let r = w::menu_button(ui, cx.text, tr.t("menu-edit"));
            w::menu_popup(ui, &r, rtl, false).show(|ui| {
                let c = &cx.state.curation;
                if w::menu_item_enabled(ui, cx.text, c.can_undo(), tr.t("edit-undo")).clicked() {
                    cx.act(Action::Undo);
                }
                if w::menu_item_enabled(ui, cx.text, c.can_redo(), tr.t("edit-redo")).clicked() {
                    cx.act(Action::Redo);
                }
                ui.separator();
                if w::menu_item(ui, cx.text, tr.t("edit-find")).clicked() {
                    cx.act(Action::OpenSearch);
                }
            });
            let r = w::menu_button(ui, cx.text, tr.t("menu-document"));
            w::menu_popup(ui, &r, rtl, false).show(|ui| {
                let current = super::doc_date_ui::current_document(cx.state);
                let r =
                    w::menu_item_enabled(ui, cx.text, current.is_some(), tr.t("document-set-date"));
                if let Some(doc) = current
                    && r.clicked()
                {
                    cx.act(Action::OpenDocDateDialog(doc));
                }
                w::disabled_tooltip(r, cx.text, tr.t("document-set-date-disabled"));
            });
            let r = w::menu_button(ui, cx.text, tr.t("menu-view"));
            w::menu_popup(ui, &r, rtl, true).show(|ui| view_menu(cx, ui, &mut settings));
            let r = w::menu_button(ui, cx.text, tr.t("menu-help"));
            w::menu_popup(ui, &r, rtl, false).show(|ui| {
                ui.set_max_width(520.0);
                let about = tr.f(
                    "help-about",
                    &[("version", env!("CARGO_PKG_VERSION").into())],
                );
                w::label(ui, cx.text, &about);
                for key in [
                    "help-keys-zoom",
                    "help-keys-step",
                    "help-keys-reader",
                    "help-keys-search",
                    "help-keys-edit",
                ] {
                    w::label(ui, cx.text, tr.t(key));
                }
            });
        });
    });
    if settings != cx.state.settings {
        cx.act(Action::SetSettings(Box::new(settings)));
    }
}

fn file_menu(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    let item = |cx: &mut Cx<'_>, ui: &mut egui::Ui, key: &str| {
        w::menu_item(ui, cx.text, tr.t(key)).clicked()
    };
    if item(cx, ui, "file-new-project") {
        cx.act(Action::NewProject);
    }
    if item(cx, ui, "file-open-project") {
        cx.act(Action::ChooseFile(Purpose::OpenProject));
    }
    if item(cx, ui, "file-save-project") {
        cx.act(Action::SaveProject);
    }
    if item(cx, ui, "file-save-project-as") {
        cx.act(Action::ChooseFile(Purpose::SaveProject));
    }
    ui.separator();
    w::weak(ui, cx.text, tr.t("file-recent"));
    if cx.state.settings.recent.is_empty() {
        w::weak(ui, cx.text, tr.t("file-recent-none"));
    }
    for p in &cx.state.settings.recent {
        if w::menu_item(ui, cx.text, &p.display().to_string()).clicked() {
            cx.act(Action::Load(CorpusSource::Paths(vec![p.clone()])));
        }
    }
    ui.separator();
    if item(cx, ui, "file-open-files") {
        cx.act(Action::ChooseFile(Purpose::OpenFiles));
    }
    if item(cx, ui, "file-open-folder") {
        cx.act(Action::ChooseFile(Purpose::OpenFolder));
    }
    if item(cx, ui, "file-export-png") {
        cx.act(Action::OpenExportDialog(ImageFormat::Png));
    }
    if item(cx, ui, "file-export-svg") {
        cx.act(Action::OpenExportDialog(ImageFormat::Svg));
    }
    if item(cx, ui, "file-export-pdf") {
        cx.act(Action::OpenExportDialog(ImageFormat::Pdf));
    }
    if item(cx, ui, "file-open-seeds") {
        cx.act(Action::Load(CorpusSource::Seeds));
    }
    ui.separator();
    if item(cx, ui, "file-quit") {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// View: lanes, axis calendars, dates, digits, language, theme, fit and the
/// saved views. It stays open while choices are made.
fn view_menu(cx: &mut Cx<'_>, ui: &mut egui::Ui, settings: &mut super::Settings) {
    let tr = cx.tr();
    let t = &mut *cx.text;
    w::weak(ui, t, tr.t("view-lanes"));
    w::radio_value(
        ui,
        t,
        &mut settings.group_by,
        GroupBy::Actor,
        tr.t("view-lanes-actor"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.group_by,
        GroupBy::Region,
        tr.t("view-lanes-region"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.group_by,
        GroupBy::Document,
        tr.t("view-lanes-document"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.group_by,
        GroupBy::None,
        tr.t("view-lanes-none"),
    );
    ui.horizontal(|ui| {
        w::label(ui, t, tr.t("view-most-lanes"));
        // egui's own text turns Persian digits around: the value is drawn
        // on the text layer beside the slider.
        let r = ui.add(egui::Slider::new(&mut settings.max_lanes, 2..=16).show_value(false));
        r.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Slider, true, tr.t("view-most-lanes"))
        });
        #[expect(clippy::cast_precision_loss, reason = "at most 16 lanes")]
        let n = super::i18n::number(tr.lang(), settings.max_lanes as f64);
        w::label(ui, t, &n);
    });
    ui.separator();
    w::weak(ui, t, tr.t("view-axis"));
    w::radio_value(
        ui,
        t,
        &mut settings.calendar,
        AxisCalendar::SolarFirst,
        tr.t("view-axis-solar-first"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.calendar,
        AxisCalendar::Both,
        tr.t("view-axis-both"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.calendar,
        AxisCalendar::Gregorian,
        tr.t("view-axis-gregorian"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.calendar,
        AxisCalendar::SolarHijri,
        tr.t("view-axis-solar"),
    );
    w::checkbox(
        ui,
        t,
        &mut settings.solar_first,
        tr.t("view-solar-first-dates"),
    );
    ui.separator();
    w::weak(ui, t, tr.t("view-digits"));
    w::radio_value(
        ui,
        t,
        &mut settings.digits,
        Digits::Persian,
        tr.t("view-digits-persian"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.digits,
        Digits::Latin,
        tr.t("view-digits-latin"),
    );
    ui.separator();
    w::weak(ui, t, tr.t("view-language"));
    for lang in super::i18n::Lang::ALL {
        let on = settings.lang() == lang;
        if w::radio(ui, t, on, lang.native_name()).clicked() && !on {
            settings.language = Some(lang);
        }
    }
    ui.separator();
    w::weak(ui, t, tr.t("view-theme"));
    w::radio_value(
        ui,
        t,
        &mut settings.theme,
        ThemeChoice::System,
        tr.t("view-theme-system"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.theme,
        ThemeChoice::Light,
        tr.t("view-theme-light"),
    );
    w::radio_value(
        ui,
        t,
        &mut settings.theme,
        ThemeChoice::Dark,
        tr.t("view-theme-dark"),
    );
    ui.separator();
    if w::menu_item(ui, t, tr.t("view-fit")).clicked() {
        cx.act(Action::Fit);
        ui.close();
    }
    ui.separator();
    w::weak(ui, cx.text, tr.t("view-saved-views"));
    for v in &cx.state.curation.project.views {
        if w::menu_item(ui, cx.text, &v.name).clicked() {
            cx.act(Action::OpenView(v.name.clone()));
            ui.close();
        }
    }
    ui.horizontal(|ui| {
        let name = cx.drafts.view_name.clone();
        let out = TextField::new("view-name", &name, tr.t("view-name"))
            .hint(tr.t("view-name-hint"))
            .width(140.0)
            .show(ui, cx.text);
        if let Some(t) = out.changed {
            cx.drafts.view_name = t;
        }
        let name = cx.drafts.view_name.trim().to_owned();
        if w::button_enabled(ui, cx.text, !name.is_empty(), tr.t("view-save-view")).clicked()
            || (out.submitted && !name.is_empty())
        {
            cx.act(Action::SaveView(name));
            cx.drafts.view_name.clear();
        }
    });
}

/// Documents, events, events shown, hidden labels, and load progress.
pub fn status_bar(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    egui::Panel::bottom("status").show(ui, |ui| {
        w::row(ui, tr.rtl(), |ui| {
            let s = cx.state;
            let counts = tr.f(
                "status-counts",
                &[
                    ("docs", s.corpus.documents.len().into()),
                    ("events", s.corpus.events().len().into()),
                    ("shown", s.shown.len().into()),
                ],
            );
            w::label(ui, cx.text, &counts);
            if s.ui.dropped_labels > 0 {
                ui.separator();
                let text = tr.f("status-labels-hidden", &[("n", s.ui.dropped_labels.into())]);
                let r = w::label(ui, cx.text, &text);
                w::tooltip(r, cx.text, tr.t("status-labels-hidden-tip"));
            }
            if let Some(progress) = s.loading {
                ui.separator();
                ui.add(egui::ProgressBar::new(progress).desired_width(120.0));
                w::weak(ui, cx.text, tr.t("status-loading"));
                if w::button(ui, cx.text, tr.t("cancel")).clicked() {
                    cx.act(Action::CancelLoad);
                }
            }
        });
    });
}

/// The filters panel: kinds, exact dates, years, and the actors, regions
/// and documents with their counts (counted once per load). On the left,
/// or on the right in Persian.
pub fn filters_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    let rtl = tr.rtl();
    w::side_panel("filters", true, rtl)
        .default_size(260.0)
        .min_size(200.0)
        .show(ui, |ui| w::column(ui, rtl, |ui| filters(cx, ui)));
}

fn filters(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    let rtl = tr.rtl();
    let state = cx.state;
    let mut f = state.settings.filter.clone();
    ui.horizontal(|ui| {
        w::heading(ui, cx.text, tr.t("filters"));
        w::trailing(ui, rtl, |ui| {
            if w::button_enabled(ui, cx.text, f.is_active(), tr.t("filters-reset")).clicked() {
                f = crate::filter::Filter::default();
            }
        });
    });
    chips(cx, &mut f, ui);
    ui.separator();
    ui.horizontal(|ui| {
        use crate::filter::CurationView as V;
        let name = |v: V| {
            tr.t(match v {
                V::All => "curated-all",
                V::Starred => "curated-starred",
                V::Edited => "curated-edited",
                V::Hidden => "curated-hidden",
                V::Tagged => "curated-tagged",
            })
        };
        w::label(ui, cx.text, tr.t("curated"));
        let r = w::combo_button(ui, cx.text, name(f.curated), tr.t("curated"));
        w::menu_popup(ui, &r, rtl, false).show(|ui| {
            for v in [V::All, V::Starred, V::Edited, V::Hidden, V::Tagged] {
                w::selectable_value(ui, cx.text, &mut f.curated, v, name(v));
            }
        });
    });
    ui.horizontal(|ui| {
        w::checkbox(ui, cx.text, &mut f.show_events, tr.t("filter-events"));
        w::checkbox(ui, cx.text, &mut f.show_forecasts, tr.t("filter-forecasts"));
    });
    w::checkbox(ui, cx.text, &mut f.exact_only, tr.t("filter-exact"));
    let lang = tr.lang();
    ui.horizontal(|ui| {
        let year = |ui: &mut egui::Ui,
                    text: &mut super::text_cache::TextCache,
                    value: &mut Option<i32>,
                    default: i32,
                    keys: (&str, &str)| {
            let mut on = value.is_some();
            w::checkbox(ui, text, &mut on, tr.t(keys.0));
            let mut y = i64::from(value.unwrap_or(default));
            ui.add_enabled_ui(on, |ui| {
                w::number_field(
                    ui,
                    text,
                    keys.1,
                    &mut y,
                    1000..=2200,
                    56.0,
                    tr.t(keys.1),
                    lang,
                );
            });
            *value = on.then(|| i32::try_from(y).unwrap_or(default));
        };
        year(
            ui,
            cx.text,
            &mut f.from_year,
            1990,
            ("filter-from", "filter-first-year"),
        );
        year(
            ui,
            cx.text,
            &mut f.to_year,
            2030,
            ("filter-to", "filter-last-year"),
        );
    });
    ui.separator();
    let counts = &state.corpus.counts;
    egui::ScrollArea::vertical()
        .id_salt("filter-lists")
        .content_margin(w::scroll_margin(rtl))
        .show(ui, |ui| {
            w::column(ui, rtl, |ui| {
                let lists = [
                    (
                        "filter-actors",
                        Kind::Actor,
                        &counts.actors,
                        (
                            state.ui.actor_search.as_str(),
                            Action::SetActorSearch as fn(String) -> Action,
                        ),
                        &mut f.hidden_actors,
                    ),
                    (
                        "filter-regions",
                        Kind::Region,
                        &counts.regions,
                        (state.ui.region_search.as_str(), Action::SetRegionSearch),
                        &mut f.hidden_regions,
                    ),
                ];
                for (title, kind, items, search, hidden) in lists {
                    let id = ui.scope_id().with(title);
                    let mut open = w::collapsing_header(ui, cx.text, id, tr.t(title), true);
                    open.show_body_unindented(ui, |ui| {
                        name_list(cx, ui, kind, items, search, hidden)
                    });
                    open.store(ui.ctx());
                }
                let id = ui.scope_id().with("filter-documents");
                let mut open =
                    w::collapsing_header(ui, cx.text, id, tr.t("filter-documents"), true);
                open.show_body_unindented(ui, |ui| {
                    for (i, d) in state.corpus.documents.iter().enumerate() {
                        let n = counts.documents.get(&*d.id).copied().unwrap_or(0);
                        let on = !f.hidden_docs.contains(&*d.id);
                        let text = tr.f(
                            "filter-name-count",
                            &[("name", short_title(&d.title).into()), ("n", n.into())],
                        );
                        let a11y = tr.f("a11y-document", &[("id", d.id.to_string().into())]);
                        if check_row(cx, ui, on, &text, &a11y) {
                            toggle(&mut f.hidden_docs, &d.id, !on);
                        }
                        document_date_row(cx, ui, i, state);
                    }
                });
                open.store(ui.ctx());
            });
        });
    if f != state.settings.filter {
        cx.act(Action::SetFilter(f));
    }
}

/// Under a document's row: its own date and where it came from, and a
/// button that sets it.
fn document_date_row(cx: &mut Cx<'_>, ui: &mut egui::Ui, doc: usize, state: &AppState) {
    let tr = cx.tr();
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
                tr.t(super::doc_date_ui::source_key(source))
            }
            None => tr.t("doc-date-none"),
        };
        w::weak(ui, cx.text, label);
        let b = w::small_button(ui, cx.text, tr.t("doc-date-button"));
        let b = w::tooltip(b, cx.text, tr.t("doc-date-button-tip"));
        let a11y = tr.f("a11y-date-of", &[("id", d.id.to_string().into())]);
        b.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &a11y));
        if b.clicked() {
            cx.act(Action::OpenDocDateDialog(doc));
        }
    });
}

/// Which names a list holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Actor,
    Region,
}

/// The actors (or regions, by `kind`) with their counts, a Persian search
/// field over them (its text, and the action that sets it), and a checkbox
/// each that hides or shows its events.
fn name_list(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    kind: Kind,
    items: &[(String, usize)],
    (search, set_search): (&str, fn(String) -> Action),
    hidden: &mut BTreeSet<String>,
) {
    let tr = cx.tr();
    let (salt, name, hint, a11y) = match kind {
        Kind::Actor => (
            "actor-search",
            "search-actors",
            "search-actors-hint",
            "a11y-actor",
        ),
        Kind::Region => (
            "region-search",
            "search-regions",
            "search-regions-hint",
            "a11y-region",
        ),
    };
    let field = TextField::new(salt, search, tr.t(name))
        .hint(tr.t(hint))
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
        let label = gazetteer.label_in(id, tr.rtl());
        if !needle.is_empty() && !crate::search::matches(&label, &needle) {
            continue;
        }
        let on = !hidden.contains(id);
        let text = tr.f(
            "filter-name-count",
            &[("name", label.into()), ("n", (*n).into())],
        );
        let a11y = tr.f(a11y, &[("id", id.as_str().into())]);
        if check_row(cx, ui, on, &text, &a11y) {
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

/// A checkbox whose label reads in its own direction (a Persian name in the
/// English interface), named `a11y` for accesskit. Returns true when
/// clicked (the box or the label).
fn check_row(cx: &mut Cx<'_>, ui: &mut egui::Ui, on: bool, label: &str, a11y: &str) -> bool {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let mut changed = false;
    ui.horizontal(|ui| {
        let mut checked = on;
        let r = w::checkbox(ui, cx.text, &mut checked, "");
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
fn chips(cx: &mut Cx<'_>, f: &mut crate::filter::Filter, ui: &mut egui::Ui) {
    if !f.is_active() {
        return;
    }
    let tr = cx.tr();
    let g = &cx.state.extractor.gazetteer;
    ui.horizontal_wrapped(|ui| {
        let without = |ui: &mut egui::Ui,
                       text: &mut super::text_cache::TextCache,
                       set: &mut BTreeSet<String>,
                       label: &dyn Fn(&str) -> String| {
            let mut remove = None;
            for a in set.iter() {
                let shown = tr.f("chip-without", &[("name", label(a).into())]);
                let a11y = tr.f("chip-without", &[("name", a.as_str().into())]);
                if w::chip(ui, text, &shown, &a11y).clicked() {
                    remove = Some(a.clone());
                }
            }
            if let Some(a) = remove {
                set.remove(&a);
            }
        };
        without(ui, cx.text, &mut f.hidden_actors, &|a| g.label(a));
        without(ui, cx.text, &mut f.hidden_regions, &|a| g.label(a));
        without(ui, cx.text, &mut f.hidden_docs, &|d| d.to_owned());
        let flag =
            |ui: &mut egui::Ui, text: &mut super::text_cache::TextCache, on: bool, key: &str| {
                on && w::chip(ui, text, tr.t(key), tr.t(key)).clicked()
            };
        if flag(
            ui,
            cx.text,
            f.from_year.is_some() || f.to_year.is_some(),
            "chip-years",
        ) {
            f.from_year = None;
            f.to_year = None;
        }
        if flag(ui, cx.text, f.exact_only, "chip-exact") {
            f.exact_only = false;
        }
        if flag(ui, cx.text, !f.show_events, "chip-no-events") {
            f.show_events = true;
        }
        if flag(ui, cx.text, !f.show_forecasts, "chip-no-forecasts") {
            f.show_forecasts = true;
        }
    });
}

/// Messages in the bottom corner on the trailing side (bottom-left in
/// Persian); errors stay longer.
pub fn notices(cx: &mut Cx<'_>, ctx: &egui::Context) {
    let notices = &cx.state.notices;
    if notices.is_empty() {
        return;
    }
    let tr = cx.tr();
    let rtl = tr.rtl();
    let mut close = None;
    let (anchor, offset) = if rtl {
        (egui::Align2::LEFT_BOTTOM, vec2(16.0, -40.0))
    } else {
        (egui::Align2::RIGHT_BOTTOM, vec2(-16.0, -40.0))
    };
    egui::Area::new(egui::Id::unique("notices"))
        .anchor(anchor, offset)
        .show(ctx, |ui| {
            w::column(ui, rtl, |ui| {
                for (i, n) in notices.iter().enumerate().rev().take(5) {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        w::row(ui, rtl, |ui| {
                            if w::small_button(ui, cx.text, "×").clicked() {
                                close = Some(i);
                            }
                            let color = if n.error {
                                ui.visuals().error_fg_color
                            } else {
                                ui.visuals().text_color()
                            };
                            w::wrapped(ui, cx.text, &n.text, color, 380.0);
                        });
                    });
                }
            });
        });
    if let Some(i) = close {
        cx.act(Action::DismissNotice(i));
    }
}
