//! The event list: the shown events in a sortable table, in step with the
//! timeline's selection.

use std::collections::BTreeSet;

use egui::{CornerRadius, Sense, pos2, vec2};

use super::timeline::{c32, short_title};
use super::widgets as w;
use super::{Action, Column, Cx, GahnamaApp};
use crate::layout::ticks::Digits;
use crate::model::EventKind;
use crate::text::TextStyle;

/// The chronological list of shown events, sortable by its columns. The
/// columns run from the left, or from the right in Persian (the date first
/// either way).
pub fn list_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    let rtl = tr.rtl();
    egui::Panel::bottom("event-list")
        .resizable(true)
        .default_size(220.0)
        .min_size(90.0)
        .show(ui, |ui| {
            let ctx = ui.ctx().clone();
            let pal = GahnamaApp::palette(&ctx);
            let state = cx.state;
            let total_w = ui.available_width();
            let date_w = (total_w * 0.22).clamp(150.0, 190.0);
            let actors_w = (total_w * 0.2).clamp(90.0, 240.0);
            let doc_w = (total_w * 0.16).clamp(80.0, 200.0);
            let title_w = (total_w - date_w - actors_w - doc_w - 20.0).max(120.0);
            let cols = [
                (Column::Date, "list-date", date_w),
                (Column::Title, "list-title", title_w),
                (Column::Actors, "list-actors", actors_w),
                (Column::Document, "list-document", doc_w),
            ];
            w::row(ui, rtl, |ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for (col, key, width) in cols {
                    let (sort_col, asc) = state.settings.sort;
                    let arrow = if sort_col == col {
                        if asc { " ^" } else { " v" }
                    } else {
                        ""
                    };
                    let name = format!("{}{arrow}", tr.t(key));
                    let r = ui
                        .allocate_ui_with_layout(
                            vec2(width, 18.0),
                            egui::Layout::top_down_justified(if rtl {
                                egui::Align::Max
                            } else {
                                egui::Align::Min
                            }),
                            |ui| w::menu_item(ui, cx.text, &name),
                        )
                        .inner;
                    if r.clicked() {
                        let mut settings = state.settings.clone();
                        settings.sort = (col, if sort_col == col { !asc } else { true });
                        cx.act(Action::SetSettings(Box::new(settings)));
                    }
                }
            });
            ui.separator();
            let rows = &state.shown.list_rows;
            let row_h = 24.0;
            let selected = state.ui.selected;
            let scroll_to = if state.ui.scroll_list {
                cx.act(Action::ListScrolled);
                selected.and_then(|s| rows.iter().position(|&r| r == s))
            } else {
                None
            };
            let mut area = egui::ScrollArea::vertical()
                .id_salt("event-list-scroll")
                .auto_shrink([false, false]);
            if let Some(pos) = scroll_to {
                area = area.vertical_scroll_offset((pos as f32 * row_h - 60.0).max(0.0));
            }
            let g = &state.extractor.gazetteer;
            area.show_rows(ui, row_h, rows.len(), |ui, range| {
                for &ev in &rows[range] {
                    let Some(e) = state.corpus.event(ev) else {
                        continue;
                    };
                    let (rect, resp) =
                        ui.allocate_exact_size(vec2(ui.available_width(), row_h), Sense::click());
                    resp.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::Row,
                            true,
                            selected == Some(ev),
                            format!("{} {}", e.when.start_iso(), e.title),
                        )
                    });
                    if selected == Some(ev) || state.ui.also_selected.contains(&ev) {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.sentence));
                    } else if resp.hovered() {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.band));
                    }
                    // Each column's cell, from the leading edge.
                    let mut offset = 0.0;
                    let mut cells = cols.map(|(_, _, width)| {
                        let x = if rtl {
                            rect.max.x - offset - width
                        } else {
                            rect.min.x + offset
                        };
                        offset += width;
                        egui::Rect::from_min_size(pos2(x, rect.min.y), vec2(width - 5.0, row_h))
                    });
                    let date = crate::layout::format::list_date(
                        &e.when,
                        state.settings.digits,
                        state.settings.solar_first,
                    );
                    let style =
                        TextStyle::date(13.0, pal.text_dim, state.settings.digits == Digits::Latin);
                    cell(cx, ui, cells[0], &date, &style, rtl);
                    let mut title = short_title(&e.title).to_string();
                    if e.kind == EventKind::Forecast {
                        title = format!("{title} (پیش‌بینی)");
                    }
                    // What the curation did, at the title's start.
                    if let Some(c) = e.curation.as_deref() {
                        let mark = curation_mark(c, tr);
                        let style = TextStyle::auto(11.0, pal.star);
                        let mark_w = cx.text.measure(&mark, &style).x + 4.0;
                        let mut at = cells[1];
                        if rtl {
                            at.min.x = at.max.x - mark_w;
                            cells[1].max.x -= mark_w;
                        } else {
                            at.max.x = at.min.x + mark_w;
                            cells[1].min.x += mark_w;
                        }
                        cell(cx, ui, at, &mark, &style, rtl);
                    }
                    // Titles are Persian: right-aligned in their column.
                    let title_style = TextStyle::label(13.0, pal.text);
                    cell(cx, ui, cells[1], &title, &title_style, true);
                    let actors: Vec<String> = e.actors.iter().map(|a| g.name_in(a, rtl)).collect();
                    let actors = actors.join(tr.t("list-separator"));
                    cell(
                        cx,
                        ui,
                        cells[2],
                        &actors,
                        &TextStyle::auto(12.5, pal.text),
                        rtl,
                    );
                    let docs: Vec<&str> = e
                        .sources
                        .iter()
                        .map(|s| &*s.doc)
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    cell(
                        cx,
                        ui,
                        cells[3],
                        &docs.join(", "),
                        &TextStyle::auto(12.0, pal.text_dim),
                        rtl,
                    );
                    if resp.clicked() && ui.input(|i| i.modifiers.command) {
                        cx.act(Action::ToggleSelect(ev));
                    } else if resp.clicked() {
                        cx.act(Action::Select(Some(ev)));
                        cx.act(Action::ListScrolled);
                        cx.act(Action::BringIntoView(ev));
                    }
                }
            });
        });
}

/// One line set by the text layer, clipped to its cell: from the cell's
/// right edge when `right`, else from its left.
fn cell(
    cx: &mut Cx<'_>,
    ui: &egui::Ui,
    rect: egui::Rect,
    text: &str,
    style: &TextStyle,
    right: bool,
) {
    if text.is_empty() {
        return;
    }
    let entry = cx.text.get(ui.ctx(), text, style, &[]);
    let y = rect.center().y - entry.size.y / 2.0;
    let x = if right {
        (rect.max.x - entry.size.x).max(rect.min.x)
    } else {
        rect.min.x
    };
    entry.paint(&ui.painter().with_clip_rect(rect), pos2(x, y));
}

/// The list's mark for what the curation did: `*` starred, `•` edited or
/// annotated, `hidden` (several together).
#[must_use]
pub fn curation_mark(c: &crate::curation::Curated, tr: &super::i18n::Catalogue) -> String {
    let mut m = String::new();
    if c.hidden {
        m.push_str(tr.t("list-hidden"));
        m.push(' ');
    }
    if c.starred {
        m.push('*');
    }
    if c.edited || c.note.is_some() || !c.tags.is_empty() {
        m.push('•');
    }
    m
}
