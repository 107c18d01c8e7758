//! The timeline widget: overview strip, axis in one or two calendars, lanes
//! with marks, clusters and labels. [`input`] reads the input, `paint`
//! paints what [`crate::layout`] computed; neither changes the state.

pub mod input;
mod paint;

use std::collections::HashSet;

use egui::{Color32, CornerRadius, Rect, Sense, Stroke, pos2, vec2};

use super::{Action, AppState, Cx, GahnamaApp};
use crate::layout::style::MARKS;
use crate::layout::{self, Metrics, Scene, TimeView};
use crate::model::Event;
use crate::text::TextStyle;
use crate::theme::Rgba;
use paint::Hit;

/// Width of the lane-label gutter.
pub const GUTTER: f32 = 190.0;
const OVERVIEW_H: f32 = 44.0;
const AXIS_ROW_H: f32 = 22.0;
const LABEL_SIZE: f32 = 13.0;

/// Converts a palette colour.
#[must_use]
pub fn c32(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c[0], c[1], c[2], c[3])
}

fn with_alpha(c: Rgba, a: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(c[0], c[1], c[2], a)
}

/// A title short enough for a timeline label.
pub use crate::layout::short_title;

/// The lane label: «Russia · روسیه», a region, a document title, or «other».
#[must_use]
pub fn lane_label(state: &AppState, key: &str) -> String {
    layout::lane_name(
        key,
        state.settings.group_by,
        &state.extractor.gazetteer,
        &state.corpus.timeline.documents,
    )
}

/// Lays out the shown events' lanes for `view` (also used by tests).
pub fn current_scene(cx: &mut Cx<'_>, view: &TimeView, width: f64, lanes_height: f64) -> Scene {
    let state = cx.state;
    let shown = &state.shown;
    let events: Vec<&Event> = shown
        .events
        .iter()
        .map(|&i| &state.corpus.events()[i.0])
        .collect();
    let collapsed: HashSet<String> = state.settings.collapsed.iter().cloned().collect();
    let mut metrics = Metrics::default();
    // Fit the lanes in the height by using fewer label rows when needed.
    let expanded = shown
        .lanes
        .iter()
        .filter(|l| !collapsed.contains(&l.key))
        .count()
        .max(1);
    let fixed = shown.lanes.len() as f64 * (metrics.mark_row + metrics.lane_gap);
    let rows = ((lanes_height - fixed) / (expanded as f64 * metrics.label_row)).floor();
    metrics.label_rows = rows.clamp(1.0, 3.0) as usize;
    let style = TextStyle::label(LABEL_SIZE, [0, 0, 0, 255]);
    let corpus = &state.corpus;
    let text = &mut *cx.text;
    let mut width_of =
        |i: usize| f64::from(text.measure(&corpus.short_title(shown.events[i]), &style).x);
    layout::scene_indexed(
        &events,
        &shown.extents,
        &shown.lanes,
        &shown.lane_index,
        &collapsed,
        view,
        width,
        &metrics,
        &mut width_of,
    )
}

/// The timeline panel.
pub fn timeline(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let state = cx.state;
    let full = ui.available_rect_before_wrap();
    let axis_rows = state.settings.calendar.kinds().len() as f32;
    let overview_rect = Rect::from_min_size(full.min, vec2(full.width(), OVERVIEW_H));
    let axis_rect = Rect::from_min_size(
        pos2(full.min.x + GUTTER, overview_rect.max.y + 4.0),
        vec2(full.width() - GUTTER, AXIS_ROW_H * axis_rows),
    );
    let plot = Rect::from_min_max(pos2(full.min.x + GUTTER, axis_rect.max.y), full.max);
    let gutter = Rect::from_min_max(
        pos2(full.min.x, axis_rect.max.y),
        pos2(full.min.x + GUTTER, full.max.y),
    );

    paint::overview(cx, ui, overview_rect, state.ui.view, pal);

    let response = ui.interact(
        Rect::from_min_max(axis_rect.min, plot.max),
        ui.scope_id().with("timeline"),
        Sense::click_and_drag(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Timeline"));
    // The timeline takes keyboard focus (at start, and when clicked) and keeps
    // Tab and the arrows for itself while it has it.
    if response.clicked() || response.drag_started() || ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            response.id,
            egui::EventFilter {
                tab: true,
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: false,
            },
        );
    });
    let view = input::handle_input(state, ui, &response, plot, cx.actions);

    let width = f64::from(plot.width());
    let scene = current_scene(cx, &view, width, f64::from(plot.height()));
    if scene.dropped_labels != state.ui.dropped_labels {
        cx.act(Action::SetDroppedLabels(scene.dropped_labels));
    }
    let painter = ui.painter_at(Rect::from_min_max(full.min, full.max));

    // Lane bands and grid.
    for (i, lane) in scene.lanes.iter().enumerate() {
        let band = Rect::from_min_max(
            pos2(full.min.x, plot.min.y + lane.y0 as f32),
            pos2(full.max.x, plot.min.y + lane.y1 as f32),
        );
        if i % 2 == 1 {
            painter.rect_filled(band, CornerRadius::ZERO, c32(pal.band));
        }
    }
    paint::draw_axis(cx, &painter, &view, axis_rect, plot, pal);
    paint::draw_gutter(cx, ui, &painter, gutter, plot, &scene, pal);

    let events = &state.shown.events;
    let plot_painter = painter.with_clip_rect(plot);
    let lane_color = |li: usize| {
        scene
            .lanes
            .get(li)
            .map_or(pal.lane(li), |l| pal.lane_for(li, &l.key))
    };
    for d in &scene.density {
        paint::draw_density(&plot_painter, plot, d, lane_color(d.lane));
    }
    // Bars first, so that points and clusters stay on top of them.
    let bars = scene
        .marks
        .iter()
        .filter(|m| m.shape == layout::Shape::Span);
    let others = scene
        .marks
        .iter()
        .filter(|m| m.shape != layout::Shape::Span);
    // A search dims what does not match.
    let searching = state.search.active();
    let dim = |m: &layout::Mark, c: crate::theme::Rgba| {
        let matched = events
            .get(m.event)
            .is_some_and(|e| state.search.matching.contains(e));
        if searching && !matched && !matches!(m.shape, layout::Shape::Cluster(_)) {
            [c[0], c[1], c[2], 50]
        } else {
            c
        }
    };
    for m in bars.chain(others) {
        paint::draw_mark(cx, &plot_painter, plot, m, dim(m, lane_color(m.lane)), pal);
        let ev = events.get(m.event).and_then(|&e| state.corpus.event(e));
        if let Some(c) = ev.and_then(|e| e.curation.as_deref()) {
            paint::draw_curation_mark(&plot_painter, plot, m, c, pal);
        }
        if searching
            && events
                .get(m.event)
                .is_some_and(|e| state.search.matching.contains(e))
        {
            let c = pos2(plot.min.x + m.cx() as f32, plot.min.y + m.y as f32);
            plot_painter.circle_stroke(c, 9.0, Stroke::new(2.0, c32(pal.search_hit)));
        }
    }
    for l in &scene.labels {
        let title = state.corpus.short_title(events[l.event]);
        let entry = cx
            .text
            .get(&ctx, &title, &TextStyle::label(LABEL_SIZE, pal.text), &[]);
        let x = plot.min.x + l.rect[0] as f32;
        let y = plot.min.y + l.rect[1] as f32;
        entry.paint(&plot_painter, pos2(x, y));
        // A leader from the label to its mark.
        if let Some(m) = scene
            .marks
            .iter()
            .find(|m| m.event == l.event && m.lane == l.lane)
        {
            let cx_ = plot.min.x + m.cx() as f32;
            plot_painter.line_segment(
                [
                    pos2(cx_, y + entry.size.y - 2.0),
                    pos2(cx_, plot.min.y + m.y as f32 - 6.0),
                ],
                Stroke::new(1.0, with_alpha(lane_color(l.lane), MARKS.leader_alpha)),
            );
        }
    }

    // Hover and click.
    let pointer = response
        .hover_pos()
        .or_else(|| response.interact_pointer_pos());
    let hit = pointer.and_then(|p| paint::hit_test(&scene, plot, p));
    let ctrl = ui.input(|i| i.modifiers.command);
    if response.clicked() {
        match hit {
            Some(Hit::Event(i)) if ctrl => cx.act(Action::ToggleSelect(events[i])),
            Some(Hit::Event(i)) => cx.act(Action::Select(Some(events[i]))),
            Some(Hit::Cluster(_, x0, x1)) => {
                // Zoom so the cluster's events spread over the view.
                let (a, b) = (view.day_at(x0, width), view.day_at(x1, width));
                let pad = ((b - a) * 0.5).max(20.0);
                cx.act(Action::AnimateTo(TimeView::fit(a - pad, b + pad)));
            }
            None => {}
        }
    }
    if response.double_clicked()
        && let Some(Hit::Event(i)) = hit
    {
        cx.act(Action::ZoomTo(events[i]));
    }
    if let Some(Hit::Event(i)) = &hit {
        if let Some(e) = state.corpus.event(events[*i]) {
            let digits = state.settings.digits;
            response
                .clone()
                .on_hover_ui_at_pointer(|ui| paint::tooltip(cx, ui, e, digits));
        }
    } else if let Some(Hit::Cluster(n, _, _)) = &hit {
        let text = cx.tr().f("cluster-tip", &[("n", (*n).into())]);
        response.clone().on_hover_ui_at_pointer(|ui| {
            super::widgets::label(ui, cx.text, &text);
        });
    }
    // Selection ring.
    let selected = state.ui.selected.iter().chain(&state.ui.also_selected);
    for pos in selected.filter_map(|&s| state.shown.position(s)) {
        for m in scene.marks.iter().filter(|m| m.event == pos.0) {
            let c = pos2(plot.min.x + m.cx() as f32, plot.min.y + m.y as f32);
            let r = ((m.x1 - m.x0) as f32 / 2.0).max(8.0);
            plot_painter.rect_stroke(
                Rect::from_center_size(c, vec2(r * 2.0 + 6.0, 18.0)),
                CornerRadius::same(6),
                Stroke::new(2.0, c32(pal.selection)),
                egui::StrokeKind::Outside,
            );
        }
    }
    if state.shown.is_empty() && state.loading.is_none() {
        let msg = if state.corpus.events().is_empty() {
            "No dated events in these documents."
        } else {
            "No events match the filters."
        };
        painter.text(
            plot.center(),
            egui::Align2::CENTER_CENTER,
            msg,
            egui::FontId::proportional(16.0),
            c32(pal.text_dim),
        );
    }
    ui.advance_cursor_after_rect(full);
}
