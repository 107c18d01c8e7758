//! The timeline widget: overview strip, axis in one or two calendars, lanes
//! with marks, clusters and labels. Input is read in [`handle_input`]; the
//! rest only paints what [`crate::layout`] computed.

use std::collections::HashSet;

use egui::{Color32, CornerRadius, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};

use super::{AxisCalendar, GahnamaApp, ReaderMode};
use crate::layout::ticks::{self, Digits};
use crate::layout::{self, Lane, Metrics, Scene, TimeView};
use crate::model::{CalendarKind, Event};
use crate::text::TextStyle;
use crate::theme::{Palette, Rgba};

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
pub fn lane_label(app: &GahnamaApp, key: &str) -> String {
    layout::lane_name(
        key,
        app.settings.group_by,
        &app.extractor.gazetteer,
        &app.timeline.documents,
    )
}

/// Lays out the lanes for the current filters and view (also used by tests).
pub fn current_scene(app: &mut GahnamaApp, width: f64, lanes_height: f64) -> Scene {
    let view = app.view;
    let key = (app.settings.group_by, app.settings.max_lanes);
    if app
        .lanes_cache
        .as_ref()
        .is_none_or(|(g, m, _)| (*g, *m) != key)
    {
        let events: Vec<&Event> = app.shown.iter().map(|&i| &app.timeline.events[i]).collect();
        let lanes = layout::lanes(&events, key.0, key.1);
        app.lanes_cache = Some((key.0, key.1, lanes));
    }
    let GahnamaApp {
        timeline,
        shown,
        shown_days,
        short_titles,
        settings,
        text,
        lanes_cache,
        ..
    } = app;
    let lanes: &[Lane] = lanes_cache.as_ref().map_or(&[], |(_, _, l)| l.as_slice());
    let events: Vec<&Event> = shown.iter().map(|&i| &timeline.events[i]).collect();
    let collapsed: HashSet<String> = settings.collapsed.iter().cloned().collect();
    let mut metrics = Metrics::default();
    // Fit the lanes in the height by using fewer label rows when needed.
    let expanded = lanes
        .iter()
        .filter(|l| !collapsed.contains(&l.key))
        .count()
        .max(1);
    let fixed = lanes.len() as f64 * (metrics.mark_row + metrics.lane_gap);
    let rows = ((lanes_height - fixed) / (expanded as f64 * metrics.label_row)).floor();
    metrics.label_rows = rows.clamp(1.0, 3.0) as usize;
    let style = TextStyle::label(LABEL_SIZE, [0, 0, 0, 255]);
    let mut width_of = |i: usize| f64::from(text.measure(&short_titles[shown[i]], &style).x);
    layout::scene(
        &events,
        shown_days,
        lanes,
        &collapsed,
        &view,
        width,
        &metrics,
        &mut width_of,
    )
}

/// The timeline panel.
pub fn timeline(app: &mut GahnamaApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let full = ui.available_rect_before_wrap();
    let axis_rows = if app.settings.calendar == AxisCalendar::Both {
        2.0
    } else {
        1.0
    };
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

    overview(app, ui, overview_rect, pal);

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
    handle_input(app, ui, &response, plot);

    let width = f64::from(plot.width());
    let scene = current_scene(app, width, f64::from(plot.height()));
    app.dropped_labels = scene.dropped_labels;
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
    draw_axis(app, &painter, axis_rect, plot, pal);
    draw_gutter(app, ui, &painter, gutter, plot, &scene, pal);

    let events: Vec<usize> = app.shown.clone();
    let plot_painter = painter.with_clip_rect(plot);
    let lane_color = |li: usize| {
        scene
            .lanes
            .get(li)
            .map_or(pal.lane(li), |l| pal.lane_for(li, &l.key))
    };
    // Bars first, so that points and clusters stay on top of them.
    let bars = scene
        .marks
        .iter()
        .filter(|m| m.shape == layout::Shape::Span);
    let others = scene
        .marks
        .iter()
        .filter(|m| m.shape != layout::Shape::Span);
    for m in bars.chain(others) {
        draw_mark(app, &plot_painter, plot, m, lane_color(m.lane), pal);
    }
    for l in &scene.labels {
        let title = app.short_titles[events[l.event]].clone();
        let color = pal.text;
        let entry = app
            .text
            .get(&ctx, &title, &TextStyle::label(LABEL_SIZE, color), &[]);
        let x = plot.min.x + l.rect[0] as f32;
        let y = plot.min.y + l.rect[1] as f32;
        entry.paint(&plot_painter, pos2(x, y));
        // A leader from the label to its mark.
        if let Some(m) = scene
            .marks
            .iter()
            .find(|m| m.event == l.event && m.lane == l.lane)
        {
            let cx = plot.min.x + m.cx() as f32;
            plot_painter.line_segment(
                [
                    pos2(cx, y + entry.size.y - 2.0),
                    pos2(cx, plot.min.y + m.y as f32 - 6.0),
                ],
                Stroke::new(1.0, with_alpha(lane_color(l.lane), 110)),
            );
        }
    }

    // Hover and click.
    let pointer = response
        .hover_pos()
        .or_else(|| response.interact_pointer_pos());
    let hit = pointer.and_then(|p| hit_test(&scene, plot, p));
    if response.clicked() {
        match hit {
            Some(Hit::Event(i)) => {
                app.select(Some(events[i]));
            }
            Some(Hit::Cluster(_, x0, x1)) => {
                // Zoom so the cluster's events spread over the view.
                let (a, b) = (app.view.day_at(x0, width), app.view.day_at(x1, width));
                let pad = ((b - a) * 0.5).max(20.0);
                app.target = Some(TimeView::fit(a - pad, b + pad));
            }
            None => {}
        }
    }
    if response.double_clicked()
        && let Some(Hit::Event(i)) = hit
    {
        app.zoom_to(events[i]);
    }
    if let Some(Hit::Event(i)) = &hit {
        let e = app.timeline.events[events[*i]].clone();
        let digits = app.settings.digits;
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| tooltip(app, ui, &e, digits));
    } else if let Some(Hit::Cluster(n, _, _)) = &hit {
        response
            .clone()
            .on_hover_text_at_pointer(format!("{n} events — click to zoom in"));
    }
    // Selection ring.
    if let Some(sel) = app.selected
        && let Some(pos) = events.iter().position(|&i| i == sel)
    {
        for m in scene.marks.iter().filter(|m| m.event == pos) {
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
    if app.shown.is_empty() && app.job.is_none() {
        let msg = if app.timeline.events.is_empty() {
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

enum Hit {
    Event(usize),
    /// A cluster: how many events, and its extent in plot pixels.
    Cluster(usize, f64, f64),
}

fn hit_test(scene: &Scene, plot: Rect, p: Pos2) -> Option<Hit> {
    let local = p - plot.min;
    let (x, y) = (f64::from(local.x), f64::from(local.y));
    for m in &scene.marks {
        if (y - m.y).abs() <= 9.0 && x >= m.x0 - 6.0 && x <= m.x1.max(m.x0) + 6.0 {
            return Some(match &m.shape {
                layout::Shape::Cluster(n) => Hit::Cluster(*n, m.x0, m.x1),
                _ => Hit::Event(m.event),
            });
        }
    }
    scene
        .labels
        .iter()
        .find(|l| {
            x >= l.rect[0]
                && x <= l.rect[0] + l.rect[2]
                && y >= l.rect[1]
                && y <= l.rect[1] + l.rect[3]
        })
        .map(|l| Hit::Event(l.event))
}

/// Reads wheel, pinch, drag and keys; changes only the view and the selection.
pub fn handle_input(app: &mut GahnamaApp, ui: &egui::Ui, response: &egui::Response, plot: Rect) {
    let width = f64::from(plot.width().max(1.0));
    let (scroll, zoom, shift, keys) = ui.input(|i| {
        (
            i.smooth_scroll_delta,
            i.zoom_delta(),
            i.modifiers.shift,
            (
                i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                i.key_pressed(egui::Key::Minus),
                i.key_pressed(egui::Key::ArrowLeft),
                i.key_pressed(egui::Key::ArrowRight),
                i.key_pressed(egui::Key::Home),
                i.key_pressed(egui::Key::Tab),
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::ArrowDown),
                i.key_pressed(egui::Key::ArrowUp),
            ),
        )
    });
    if response.hovered() {
        let px = response
            .hover_pos()
            .map_or(width / 2.0, |p| f64::from(p.x - plot.min.x));
        if (zoom - 1.0).abs() > f32::EPSILON {
            settle(app);
            app.view.zoom_at(px, width, f64::from(zoom));
        }
        if shift && (scroll.x != 0.0 || scroll.y != 0.0) {
            settle(app);
            app.view.pan(f64::from(scroll.x + scroll.y), width);
        } else if scroll.y != 0.0 {
            settle(app);
            app.view
                .zoom_at(px, width, (f64::from(scroll.y) * 0.003).exp());
        } else if scroll.x != 0.0 {
            settle(app);
            app.view.pan(f64::from(scroll.x), width);
        }
    }
    if response.dragged() {
        settle(app);
        app.view.pan(f64::from(response.drag_delta().x), width);
    }
    // Keys belong to a text field that has focus, not to the timeline.
    if ui.ctx().text_edit_focused() && !response.has_focus() {
        return;
    }
    let (plus, minus, left, right, home, tab, enter, down, up) = keys;
    let base = app.target.unwrap_or(app.view);
    let mut v = base;
    if plus {
        v.zoom_at(width / 2.0, width, 1.6);
    }
    if minus {
        v.zoom_at(width / 2.0, width, 1.0 / 1.6);
    }
    if left {
        v.pan(width * 0.15, width);
    }
    if right {
        v.pan(-width * 0.15, width);
    }
    if v != base {
        app.target = Some(v);
    }
    if home {
        app.fit(true);
    }
    if tab || down || up {
        let back = up || (tab && ui.input(|i| i.modifiers.shift));
        step_selection(app, back);
    }
    if enter && app.selected.is_some() {
        app.reader_mode = ReaderMode::Document;
        app.scroll_reader = true;
    }
}

/// Stops an animation so direct manipulation starts from what is on screen.
fn settle(app: &mut GahnamaApp) {
    app.target = None;
}

/// Selects the next (or previous) shown event in time order and brings it into view.
pub fn step_selection(app: &mut GahnamaApp, back: bool) {
    if app.shown.is_empty() {
        return;
    }
    let pos = app
        .selected
        .and_then(|s| app.shown.iter().position(|&i| i == s));
    let next = match (pos, back) {
        (None, false) => 0,
        (None, true) => app.shown.len() - 1,
        (Some(p), false) => (p + 1).min(app.shown.len() - 1),
        (Some(p), true) => p.saturating_sub(1),
    };
    let ev = app.shown[next];
    app.select(Some(ev));
    super::list::bring_into_view(app, ev);
}

fn overview(app: &mut GahnamaApp, ui: &egui::Ui, rect: Rect, pal: &Palette) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::same(4), c32(pal.band));
    let bins = ((rect.width() / 3.0) as usize).max(1);
    if app
        .overview_cache
        .as_ref()
        .is_none_or(|(b, _, _)| *b != bins)
    {
        let Some(range) = full_range(&app.shown_days) else {
            return;
        };
        app.overview_cache = Some((bins, range, layout::density(&app.shown_days, range, bins)));
    }
    let Some((_, range, d)) = app.overview_cache.clone() else {
        return;
    };
    let max = d.iter().copied().max().unwrap_or(1).max(1);
    let bw = rect.width() / bins as f32;
    for (i, &n) in d.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let h = (n as f32 / max as f32).sqrt() * (rect.height() - 8.0);
        let x = rect.min.x + i as f32 * bw;
        painter.rect_filled(
            Rect::from_min_max(
                pos2(x, rect.max.y - 4.0 - h),
                pos2(x + bw - 0.5, rect.max.y - 4.0),
            ),
            CornerRadius::ZERO,
            with_alpha(pal.lane(0), 170),
        );
    }
    let span = range.1 - range.0;
    let x_of = |day: f64| rect.min.x + ((day - range.0) / span) as f32 * rect.width();
    let v = app.view;
    let vr = Rect::from_min_max(
        pos2(x_of(v.min).max(rect.min.x), rect.min.y + 1.0),
        pos2(x_of(v.max()).min(rect.max.x), rect.max.y - 1.0),
    );
    painter.rect_filled(vr, CornerRadius::same(3), with_alpha(pal.text, 30));
    painter.rect_stroke(
        vr,
        CornerRadius::same(3),
        Stroke::new(1.5, c32(pal.axis)),
        egui::StrokeKind::Inside,
    );
    let response = ui.interact(
        rect,
        ui.scope_id().with("overview"),
        Sense::click_and_drag(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "Overview"));
    if let Some(p) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked())
    {
        let day = range.0 + f64::from((p.x - rect.min.x) / rect.width()) * span;
        app.target = None;
        app.view.min = day - app.view.span / 2.0;
    }
}

/// The overview strip's range: the fitted range of every shown event.
fn full_range(days: &[layout::Extent]) -> Option<(f64, f64)> {
    layout::fit_view(days).map(|v| (v.min, v.max()))
}

fn draw_axis(app: &mut GahnamaApp, painter: &egui::Painter, axis: Rect, plot: Rect, pal: &Palette) {
    let ctx = painter.ctx().clone();
    let width = f64::from(axis.width());
    let digits = app.settings.digits;
    let rows = app.settings.calendar.kinds();
    let clip = painter.with_clip_rect(Rect::from_min_max(axis.min, plot.max));
    for (r, cal) in rows.iter().enumerate() {
        let y = axis.min.y + r as f32 * AXIS_ROW_H;
        let min_px = if *cal == CalendarKind::SolarHijri {
            110.0
        } else {
            90.0
        };
        let ts = ticks::ticks(&app.view, width, min_px, *cal, digits);
        let color = if r == 0 { pal.text_dim } else { pal.axis };
        for t in &ts {
            let x = axis.min.x + t.x as f32;
            if r == 0 {
                clip.line_segment(
                    [pos2(x, plot.min.y), pos2(x, plot.max.y)],
                    Stroke::new(1.0, c32(if t.major { pal.axis } else { pal.grid })),
                );
            }
            clip.line_segment(
                [pos2(x, y + AXIS_ROW_H - 5.0), pos2(x, y + AXIS_ROW_H)],
                Stroke::new(1.0, c32(pal.axis)),
            );
            let entry = app
                .text
                .get(&ctx, &t.label, &TextStyle::label(12.0, color), &[]);
            entry.paint(&clip, pos2(x + 3.0, y + 1.0));
        }
    }
    clip.line_segment(
        [pos2(axis.min.x, axis.max.y), pos2(axis.max.x, axis.max.y)],
        Stroke::new(1.0, c32(pal.axis)),
    );
}

fn draw_gutter(
    app: &mut GahnamaApp,
    ui: &egui::Ui,
    painter: &egui::Painter,
    gutter: Rect,
    plot: Rect,
    scene: &Scene,
    pal: &Palette,
) {
    let ctx = ui.ctx().clone();
    for (i, lane) in scene.lanes.iter().enumerate() {
        let y0 = plot.min.y + lane.y0 as f32;
        let y1 = plot.min.y + lane.y1 as f32;
        let color = pal.lane_for(i, &lane.key);
        painter.rect_filled(
            Rect::from_min_max(pos2(gutter.min.x, y0), pos2(gutter.min.x + 4.0, y1)),
            CornerRadius::ZERO,
            c32(color),
        );
        let label = lane_label(app, &lane.key);
        let entry = app
            .text
            .get(&ctx, &label, &TextStyle::auto(13.0, pal.text), &[]);
        let size = entry.size;
        let x = (gutter.max.x - 10.0 - size.x).max(gutter.min.x + 26.0);
        let y = y1 - 22.0 + (22.0 - size.y) / 2.0;
        entry.paint(
            &painter.with_clip_rect(Rect::from_min_max(
                pos2(gutter.min.x + 24.0, y0),
                pos2(gutter.max.x, y1),
            )),
            pos2(x, y),
        );
        // Collapse toggle.
        let toggle = Rect::from_min_size(pos2(gutter.min.x + 6.0, y1 - 20.0), vec2(16.0, 16.0));
        let resp = ui.interact(
            toggle,
            ui.scope_id().with(("lane-toggle", &lane.key)),
            Sense::click(),
        );
        resp.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("Collapse lane {}", lane.key),
            )
        });
        // A small triangle: pointing right when collapsed, down when open.
        let c = toggle.center();
        let pts = if lane.collapsed {
            vec![
                c + vec2(-3.0, -5.0),
                c + vec2(4.0, 0.0),
                c + vec2(-3.0, 5.0),
            ]
        } else {
            vec![
                c + vec2(-5.0, -3.0),
                c + vec2(5.0, -3.0),
                c + vec2(0.0, 4.0),
            ]
        };
        painter.add(Shape::convex_polygon(pts, c32(pal.text_dim), Stroke::NONE));
        if resp.clicked() {
            if lane.collapsed {
                app.settings.collapsed.remove(&lane.key);
            } else {
                app.settings.collapsed.insert(lane.key.clone());
            }
        }
    }
}

fn draw_mark(
    app: &mut GahnamaApp,
    painter: &egui::Painter,
    plot: Rect,
    m: &layout::Mark,
    color: Rgba,
    pal: &Palette,
) {
    let y = plot.min.y + m.y as f32;
    let x0 = plot.min.x + m.x0 as f32;
    let x1 = plot.min.x + m.x1 as f32;
    let stroke = Stroke::new(2.0, c32(color));
    match &m.shape {
        layout::Shape::Point => {
            let c = pos2(x0.max(plot.min.x - 10.0), y);
            if m.forecast {
                painter.circle_stroke(c, 5.0, stroke);
            } else {
                painter.circle_filled(c, 5.5, c32(color));
                painter.circle_stroke(c, 5.5, Stroke::new(1.0, c32(pal.background)));
            }
        }
        layout::Shape::Span => {
            let (x0, x1) = if x1 - x0 < 6.0 {
                ((x0 + x1) / 2.0 - 3.0, (x0 + x1) / 2.0 + 3.0)
            } else {
                (x0, x1)
            };
            let r = Rect::from_min_max(pos2(x0, y - 5.0), pos2(x1, y + 5.0));
            if m.forecast {
                for edge in [r.min.y, r.max.y] {
                    for s in Shape::dashed_line(
                        &[pos2(r.min.x, edge), pos2(r.max.x, edge)],
                        Stroke::new(1.5, c32(color)),
                        5.0,
                        3.0,
                    ) {
                        painter.add(s);
                    }
                }
                painter.rect_filled(r, CornerRadius::ZERO, with_alpha(color, 40));
            } else if m.fuzzy {
                painter.add(fuzzy_bar(r, color));
            } else {
                painter.rect_filled(r, CornerRadius::same(3), with_alpha(color, 200));
            }
        }
        layout::Shape::Cluster(count) => {
            let c = pos2(((x0 + x1) / 2.0).clamp(plot.min.x, plot.max.x), y);
            let radius = 8.0 + (*count as f32).ln() * 2.0;
            painter.circle_filled(
                c,
                radius,
                with_alpha(color, if m.forecast { 120 } else { 230 }),
            );
            let n = app.settings.digits.num(*count as i64);
            let ctx = painter.ctx().clone();
            let entry = app
                .text
                .get(&ctx, &n, &TextStyle::label(11.0, [255, 255, 255, 255]), &[]);
            entry.paint(painter, c - entry.size / 2.0);
        }
    }
}

/// A bar whose ends fade out: the date is known only to its year, month or decade.
fn fuzzy_bar(r: Rect, color: Rgba) -> Shape {
    let mut mesh = egui::Mesh::default();
    let fade = (r.width() / 3.0).min(14.0);
    let core = with_alpha(color, 150);
    let clear = with_alpha(color, 0);
    let xs = [r.min.x, r.min.x + fade, r.max.x - fade, r.max.x];
    let cs = [clear, core, core, clear];
    for (x, c) in xs.iter().zip(cs) {
        mesh.colored_vertex(pos2(*x, r.min.y), c);
        mesh.colored_vertex(pos2(*x, r.max.y), c);
    }
    for k in 0..3u32 {
        let i = k * 2;
        mesh.add_triangle(i, i + 1, i + 2);
        mesh.add_triangle(i + 1, i + 3, i + 2);
    }
    Shape::mesh(mesh)
}

fn tooltip(app: &mut GahnamaApp, ui: &mut egui::Ui, e: &Event, digits: Digits) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let mut style = TextStyle::paragraph(14.0, pal.text, 320.0);
    style.bold = true;
    let entry = app.text.get(&ctx, &e.title, &style, &[]);
    let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
    entry.paint(ui.painter(), rect.min);
    if let Some(en) = &e.title_en {
        ui.label(en);
    }
    let dates = layout::format::both(&e.when, digits);
    let entry = app.text.get(
        &ctx,
        &dates,
        &TextStyle::date(13.0, pal.text_dim, digits == Digits::Latin),
        &[],
    );
    let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::hover());
    resp.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("Tooltip date: {dates}"))
    });
    entry.paint(ui.painter(), rect.min);
    let mut facts = format!("precision: {}", e.when.precision.as_str());
    if let Some(m) = e.when.modifier {
        facts.push_str(&format!(" ({})", m.as_str()));
    }
    if e.when.inferred {
        facts.push_str(", inferred from context");
    }
    if e.kind == crate::model::EventKind::Forecast {
        facts.push_str(", forecast");
    }
    ui.label(facts);
    if !e.actors.is_empty() {
        ui.label(format!("actors: {}", e.actors.join(", ")));
    }
    if !e.regions.is_empty() {
        ui.label(format!("regions: {}", e.regions.join(", ")));
    }
    ui.label(format!(
        "{} source(s) · confidence {:.0}%",
        e.sources.len(),
        e.confidence * 100.0
    ));
}
