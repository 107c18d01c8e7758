//! The event list: the shown events in a sortable table, in step with the
//! timeline's selection.

use std::collections::BTreeSet;

use egui::{CornerRadius, Sense, pos2, vec2};

use super::timeline_ui::{c32, short_title};
use super::{Column, GahnamaApp};
use crate::layout::ticks::Digits;
use crate::model::EventKind;
use crate::text::TextStyle;

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
                            format!("{} {}", e.when.start_iso(), e.title),
                        )
                    });
                    if app.selected == Some(ev) {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.sentence));
                    } else if resp.hovered() {
                        ui.painter()
                            .rect_filled(rect, CornerRadius::same(3), c32(pal.band));
                    }
                    let date = crate::layout::format::native(&e.when, app.settings.digits);
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
                        .map(|s| s.doc.as_str())
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
                    if resp.clicked() {
                        app.select(Some(ev));
                        app.scroll_list = false;
                        bring_into_view(app, ev);
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

/// Pans the timeline to an event if it is off screen.
pub fn bring_into_view(app: &mut GahnamaApp, ev: usize) {
    if let Some((s, e)) = app.timeline.events.get(ev).map(crate::layout::event_days) {
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
