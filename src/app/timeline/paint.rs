//! The timeline's painters: the overview strip, the axis in one or two
//! calendars, the lane gutter, the marks (in the one [`MARKS`] style the PNG
//! export uses too) and the tooltip. They read the state and push
//! [`Action`]s; none changes anything.

use egui::{CornerRadius, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};

use super::{AXIS_ROW_H, c32, lane_label, with_alpha};
use crate::app::{Action, Cx, GahnamaApp};
use crate::layout::style::MARKS;
use crate::layout::ticks::{self, Digits};
use crate::layout::{self, Scene, TimeView};
use crate::model::{CalendarKind, Event};
use crate::text::TextStyle;
use crate::theme::{Palette, Rgba};

/// What the pointer is over.
pub(super) enum Hit {
    Event(usize),
    /// A cluster: how many events, and its extent in plot pixels.
    Cluster(usize, f64, f64),
}

pub(super) fn hit_test(scene: &Scene, plot: Rect, p: Pos2) -> Option<Hit> {
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

pub(super) fn overview(cx: &mut Cx<'_>, ui: &egui::Ui, rect: Rect, view: TimeView, pal: &Palette) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::same(4), c32(pal.band));
    let bins = ((rect.width() / 3.0) as usize).max(1);
    let Some((range, d)) = cx.state.shown.overview(bins) else {
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
    let v = view;
    let vr = Rect::from_min_max(
        pos2(x_of(v.min_day).max(rect.min.x), rect.min.y + 1.0),
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
        cx.act(Action::SetView(TimeView {
            min_day: day - view.span_days / 2.0,
            span_days: view.span_days,
        }));
    }
}

pub(super) fn draw_axis(
    cx: &mut Cx<'_>,
    painter: &egui::Painter,
    view: &TimeView,
    axis: Rect,
    plot: Rect,
    pal: &Palette,
) {
    let ctx = painter.ctx().clone();
    let width = f64::from(axis.width());
    let digits = cx.state.settings.digits;
    let rows = cx.state.settings.calendar.kinds();
    let clip = painter.with_clip_rect(Rect::from_min_max(axis.min, plot.max));
    for (r, cal) in rows.iter().enumerate() {
        let y = axis.min.y + r as f32 * AXIS_ROW_H;
        let min_px = if *cal == CalendarKind::SolarHijri {
            110.0
        } else {
            90.0
        };
        let ts = ticks::ticks(view, width, min_px, *cal, digits);
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
            let entry = cx
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

pub(super) fn draw_gutter(
    cx: &mut Cx<'_>,
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
        let label = lane_label(cx.state, &lane.key);
        let style = TextStyle::auto(13.0, pal.text);
        // «Saudi Arabia · عربستان سعودی» too wide for the gutter: the Persian
        // name alone rather than a name cut at its first letters.
        let room = gutter.width() - 36.0;
        let wide = cx.text.get(&ctx, &label, &style, &[]).size.x > room;
        let shown = match label.split_once(" · ") {
            Some((_, fa)) if wide => fa,
            _ => label.as_str(),
        };
        let entry = cx.text.get(&ctx, shown, &style, &[]);
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
                cx.tr()
                    .f("a11y-collapse-lane", &[("lane", lane.key.as_str().into())]),
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
            let mut settings = cx.state.settings.clone();
            if lane.collapsed {
                settings.collapsed.remove(&lane.key);
            } else {
                settings.collapsed.insert(lane.key.clone());
            }
            cx.act(Action::SetSettings(Box::new(settings)));
        }
    }
}

pub(super) fn draw_mark(
    cx: &mut Cx<'_>,
    painter: &egui::Painter,
    plot: Rect,
    m: &layout::Mark,
    color: Rgba,
    pal: &Palette,
) {
    let st = &MARKS;
    let y = plot.min.y + m.y as f32;
    let x0 = plot.min.x + m.x0 as f32;
    let x1 = plot.min.x + m.x1 as f32;
    match &m.shape {
        layout::Shape::Point => {
            let c = pos2(x0.max(plot.min.x - 10.0), y);
            if m.forecast {
                painter.circle_stroke(c, st.point_radius, Stroke::new(st.point_ring, c32(color)));
            } else {
                painter.circle_filled(c, st.point_radius, c32(color));
                painter.circle_stroke(
                    c,
                    st.point_radius,
                    Stroke::new(st.point_outline, c32(pal.background)),
                );
            }
        }
        layout::Shape::Span => {
            let (a, b) = st.bar_edges(f64::from(x0), f64::from(x1));
            let (x0, x1) = (a as f32, b as f32);
            let h = st.bar_half_height;
            let r = Rect::from_min_max(pos2(x0, y - h), pos2(x1, y + h));
            if m.forecast {
                for edge in [r.min.y, r.max.y] {
                    for s in Shape::dashed_line(
                        &[pos2(r.min.x, edge), pos2(r.max.x, edge)],
                        Stroke::new(st.forecast_stroke, c32(color)),
                        st.forecast_dash[0],
                        st.forecast_dash[1],
                    ) {
                        painter.add(s);
                    }
                }
                painter.rect_filled(
                    r,
                    CornerRadius::ZERO,
                    with_alpha(color, st.forecast_fill_alpha),
                );
            } else if m.fuzzy {
                painter.add(fuzzy_bar(r, color));
            } else {
                painter.rect_filled(r, CornerRadius::same(3), with_alpha(color, st.bar_alpha));
            }
        }
        layout::Shape::Cluster(count) => {
            let c = pos2(((x0 + x1) / 2.0).min(plot.max.x).max(plot.min.x), y);
            painter.circle_filled(
                c,
                st.cluster_radius_of(*count),
                with_alpha(color, st.cluster_alpha_of(m.forecast)),
            );
            let n = cx.state.settings.digits.num(*count as i64);
            let ctx = painter.ctx().clone();
            let entry = cx.text.get(
                &ctx,
                &n,
                &TextStyle::label(st.cluster_text, [255, 255, 255, 255]),
                &[],
            );
            entry.paint(painter, c - entry.size / 2.0);
        }
    }
}

/// What the curation did, above the mark: a star for a starred event, a
/// small pen stroke for an edited one.
pub(super) fn draw_curation_mark(
    painter: &egui::Painter,
    plot: Rect,
    m: &layout::Mark,
    c: &crate::curation::Curated,
    pal: &Palette,
) {
    let x = plot.min.x + m.cx() as f32;
    let y = plot.min.y + m.y as f32 - 15.0;
    if c.starred {
        let pts: Vec<egui::Pos2> = (0..10)
            .map(|i| {
                let r = if i % 2 == 0 { 5.0 } else { 2.2 };
                let a =
                    std::f32::consts::PI * (f32::from(i as u8) / 5.0) - std::f32::consts::FRAC_PI_2;
                pos2(x + r * a.cos(), y + r * a.sin())
            })
            .collect();
        // A star is not convex: a fan of triangles from its centre.
        let mut mesh = egui::Mesh::default();
        let color = c32(pal.star);
        mesh.colored_vertex(pos2(x, y), color);
        for p in &pts {
            mesh.colored_vertex(*p, color);
        }
        for i in 0..10u32 {
            mesh.add_triangle(0, 1 + i, 1 + (i + 1) % 10);
        }
        painter.add(Shape::mesh(mesh));
    }
    if c.edited || c.note.is_some() || !c.tags.is_empty() {
        let x = if c.starred { x + 8.0 } else { x };
        painter.line_segment(
            [pos2(x - 3.0, y + 3.0), pos2(x + 3.0, y - 3.0)],
            Stroke::new(1.8, c32(pal.text_dim)),
        );
    }
}

/// A bar whose ends fade out: the date is known only to its year, month or decade.
fn fuzzy_bar(r: Rect, color: Rgba) -> Shape {
    let mut mesh = egui::Mesh::default();
    let fade = MARKS.fade_of(f64::from(r.width())) as f32;
    let core = with_alpha(color, MARKS.fuzzy_alpha);
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

pub(super) fn tooltip(cx: &mut Cx<'_>, ui: &mut egui::Ui, e: &Event, digits: Digits) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let mut style = TextStyle::paragraph(14.0, pal.text, 320.0);
    style.bold = true;
    let entry = cx.text.get(&ctx, &e.title, &style, &[]);
    let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
    entry.paint(ui.painter(), rect.min);
    let tr = cx.tr();
    let rtl = tr.rtl();
    if let Some(en) = &e.title_en {
        let entry = cx
            .text
            .get(&ctx, en, &TextStyle::auto(13.0, pal.text_dim), &[]);
        let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
        entry.paint(ui.painter(), rect.min);
    }
    let dates = layout::format::both_ordered(&e.when, digits, cx.state.settings.solar_first);
    let entry = cx.text.get(
        &ctx,
        &dates,
        &TextStyle::date(13.0, pal.text_dim, digits == Digits::Latin),
        &[],
    );
    let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::hover());
    resp.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            tr.f("a11y-tooltip-date", &[("dates", dates.as_str().into())]),
        )
    });
    entry.paint(ui.painter(), rect.min);
    super::super::widgets::column(ui, rtl, |ui| {
        let facts = super::super::reader::event_facts(tr, e);
        super::super::widgets::weak(ui, cx.text, &facts);
        let g = &cx.state.extractor.gazetteer;
        let names = |ids: &[std::sync::Arc<str>]| {
            ids.iter()
                .map(|a| g.name_in(a, rtl))
                .collect::<Vec<_>>()
                .join(tr.t("list-separator"))
        };
        if !e.actors.is_empty() {
            let t = tr.f("reader-actors", &[("names", names(&e.actors).into())]);
            super::super::widgets::label(ui, cx.text, &t);
        }
        if !e.regions.is_empty() {
            let t = tr.f("reader-regions", &[("names", names(&e.regions).into())]);
            super::super::widgets::label(ui, cx.text, &t);
        }
        let t = tr.f(
            "tooltip-confidence",
            &[("p", (e.confidence * 100.0).round().into())],
        );
        super::super::widgets::weak(ui, cx.text, &t);
    });
}

/// A lane too dense for marks: a strip of columns, darker where more events
/// start.
pub fn draw_density(painter: &egui::Painter, plot: egui::Rect, d: &layout::Density, c: Rgba) {
    let max = d.counts.iter().copied().max().unwrap_or(0);
    let h = crate::layout::style::DENSITY_HALF_HEIGHT as f32;
    let y = plot.min.y + d.y as f32;
    for (i, &n) in d.counts.iter().enumerate() {
        let a = crate::layout::style::density_alpha(n, max);
        if a == 0 {
            continue;
        }
        let x = plot.min.x + (i as f64 * d.bin_px) as f32;
        painter.rect_filled(
            egui::Rect::from_min_size(egui::pos2(x, y - h), egui::vec2(d.bin_px as f32, 2.0 * h)),
            egui::CornerRadius::ZERO,
            egui::Color32::from_rgba_unmultiplied(c[0], c[1], c[2], a),
        );
    }
}
