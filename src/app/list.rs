//! The event list: the shown events in a sortable table, in step with the
//! timeline's selection.

use std::collections::BTreeSet;

use egui::{CornerRadius, Sense, pos2, vec2};

use super::timeline::{c32, short_title};
use super::{Action, Column, Cx, GahnamaApp};
use crate::layout::ticks::Digits;
use crate::model::EventKind;
use crate::text::TextStyle;

/// The chronological list of shown events, sortable by its columns.
pub fn list_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
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
                (Column::Date, "Date", date_w),
                (Column::Title, "Title", title_w),
                (Column::Actors, "Actors", actors_w),
                (Column::Document, "Document", doc_w),
            ];
            ui.horizontal(|ui| {
                for (col, name, w) in cols {
                    let (sort_col, asc) = state.settings.sort;
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
                    let date = crate::layout::format::native(&e.when, state.settings.digits);
                    let mut x = rect.min.x;
                    let entry = cx.text.get(
                        &ctx,
                        &date,
                        &TextStyle::date(
                            13.0,
                            pal.text_dim,
                            state.settings.digits == Digits::Latin,
                        ),
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
                        title = format!("{title} (پیش‌بینی)").into();
                    }
                    // What the curation did, at the row's start.
                    if let Some(c) = e.curation.as_deref() {
                        let mark = curation_mark(c);
                        ui.painter().text(
                            pos2(x + 2.0, rect.center().y),
                            egui::Align2::LEFT_CENTER,
                            mark,
                            egui::FontId::proportional(11.0),
                            c32(pal.star),
                        );
                    }
                    let entry = cx
                        .text
                        .get(&ctx, &title, &TextStyle::label(13.0, pal.text), &[]);
                    let clip =
                        egui::Rect::from_min_size(pos2(x, rect.min.y), vec2(title_w - 6.0, row_h));
                    entry.paint(
                        &ui.painter().with_clip_rect(clip),
                        pos2((x + title_w - 6.0 - entry.size.x).max(x), rect.min.y + 2.0),
                    );
                    x += title_w;
                    cell(
                        ui,
                        pos2(x, rect.min.y),
                        vec2(actors_w - 5.0, row_h),
                        &e.actors.join(", "),
                        12.5,
                        c32(pal.text),
                    );
                    x += actors_w;
                    let docs: Vec<&str> = e
                        .sources
                        .iter()
                        .map(|s| &*s.doc)
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    cell(
                        ui,
                        pos2(x, rect.min.y),
                        vec2(doc_w - 2.0, row_h),
                        &docs.join(", "),
                        12.0,
                        c32(pal.text_dim),
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

/// A one-line Latin text cell, clipped to its column.
fn cell(
    ui: &egui::Ui,
    at: egui::Pos2,
    size: egui::Vec2,
    text: &str,
    font: f32,
    color: egui::Color32,
) {
    ui.painter()
        .with_clip_rect(egui::Rect::from_min_size(at, size))
        .text(
            pos2(at.x, at.y + size.y / 2.0),
            egui::Align2::LEFT_CENTER,
            text,
            egui::FontId::proportional(font),
            color,
        );
}

/// The list's mark for what the curation did: `*` starred, `•` edited or
/// annotated, `hidden` (several together).
#[must_use]
pub fn curation_mark(c: &crate::curation::Curated) -> String {
    let mut m = String::new();
    if c.hidden {
        m.push_str("hidden ");
    }
    if c.starred {
        m.push('*');
    }
    if c.edited || c.note.is_some() || !c.tags.is_empty() {
        m.push('•');
    }
    m
}
