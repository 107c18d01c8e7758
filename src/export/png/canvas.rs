//! The canvas the PNG is painted on: tiny-skia fills, strokes, gradients and
//! text from the text layer, clipped to the plot, in the one mark style.

use tiny_skia::{
    Color, FillRule, GradientStop, IntSize, LinearGradient, Paint, PathBuilder, Pixmap,
    PixmapPaint, Point, Rect, SpreadMode, Stroke, StrokeDash, Transform,
};

use super::legend_layout;
use crate::layout::style::MARKS;
use crate::layout::ticks::Digits;
use crate::layout::{self, Shape};
use crate::text::{TextEngine, TextStyle};
use crate::theme::{Palette, Rgba};

pub(super) fn color(c: Rgba) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], c[3])
}

pub(super) fn with_alpha(c: Rgba, a: u8) -> Rgba {
    [c[0], c[1], c[2], a]
}

pub(super) struct Canvas<'a> {
    pub(super) pixmap: &'a mut Pixmap,
    pub(super) tf: Transform,
    pub(super) scale: f32,
    pub(super) engine: &'a mut TextEngine,
    pub(super) clip: Option<tiny_skia::Mask>,
}

impl Canvas<'_> {
    pub(super) fn paint(c: Rgba) -> Paint<'static> {
        let mut p = Paint::default();
        p.set_color(color(c));
        p
    }

    pub(super) fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba) {
        if let Some(r) = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32) {
            self.pixmap.fill_rect(r, &Self::paint(c), self.tf, None);
        }
    }

    pub(super) fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgba, w: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(x0 as f32, y0 as f32);
        pb.line_to(x1 as f32, y1 as f32);
        if let Some(p) = pb.finish() {
            let stroke = Stroke {
                width: w,
                ..Stroke::default()
            };
            self.pixmap
                .stroke_path(&p, &Self::paint(c), &stroke, self.tf, None);
        }
    }

    /// Draws text with its top-left at (x, y), clipped to the current clip.
    pub(super) fn text_left(&mut self, text: &str, style: &TextStyle, x: f64, y: f64) {
        let r = self.engine.render(text, style, &[], self.scale);
        self.blit(&r, x, y);
    }

    pub(super) fn text_right(&mut self, text: &str, style: &TextStyle, right: f64, y: f64) {
        let r = self.engine.render(text, style, &[], self.scale);
        let w = f64::from(r.width) / f64::from(self.scale);
        self.blit(&r, right - w, y);
    }

    /// Clips text drawn from now on to a rectangle (logical pixels).
    pub(super) fn set_clip(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.clip =
            tiny_skia::Mask::new(self.pixmap.width(), self.pixmap.height()).and_then(|mut m| {
                let path = PathBuilder::from_rect(Rect::from_xywh(
                    x as f32, y as f32, w as f32, h as f32,
                )?);
                m.fill_path(&path, FillRule::Winding, false, self.tf);
                Some(m)
            });
    }

    pub(super) fn blit(&mut self, r: &crate::text::Rendered, x: f64, y: f64) {
        let Some(size) = IntSize::from_wh(r.width, r.height) else {
            return;
        };
        let Some(img) = tiny_skia::PixmapRef::from_bytes(&r.rgba, size.width(), size.height())
        else {
            return;
        };
        let s = f64::from(self.scale);
        let (px, py) = ((x * s).round() as i32, (y * s).round() as i32);
        self.pixmap.draw_pixmap(
            px,
            py,
            img,
            &PixmapPaint::default(),
            Transform::identity(),
            self.clip.as_ref(),
        );
    }

    /// Strokes `path` in `c`, clipped to the plot.
    pub(super) fn stroke(&mut self, path: &tiny_skia::Path, c: Rgba, stroke: &Stroke) {
        self.pixmap
            .stroke_path(path, &Self::paint(c), stroke, self.tf, self.clip.as_ref());
    }

    pub(super) fn mark(
        &mut self,
        m: &layout::Mark,
        x0: f64,
        y0: f64,
        c: Rgba,
        pal: &Palette,
        digits: Digits,
    ) {
        let st = &MARKS;
        let y = y0 + m.y;
        let (a, b) = (x0 + m.x0, x0 + m.x1);
        match &m.shape {
            Shape::Point => {
                let path = PathBuilder::from_circle(a as f32, y as f32, st.point_radius);
                if let Some(p) = path {
                    if m.forecast {
                        let stroke = Stroke {
                            width: st.point_ring,
                            ..Stroke::default()
                        };
                        self.stroke(&p, c, &stroke);
                    } else {
                        self.pixmap.fill_path(
                            &p,
                            &Self::paint(c),
                            FillRule::Winding,
                            self.tf,
                            self.clip.as_ref(),
                        );
                        let stroke = Stroke {
                            width: st.point_outline,
                            ..Stroke::default()
                        };
                        self.stroke(&p, pal.background, &stroke);
                    }
                }
            }
            Shape::Span => {
                let (a, b) = st.bar_edges(a, b);
                let h = f64::from(st.bar_half_height);
                let Some(r) =
                    Rect::from_xywh(a as f32, (y - h) as f32, (b - a) as f32, (2.0 * h) as f32)
                else {
                    return;
                };
                if m.forecast {
                    self.pixmap.fill_rect(
                        r,
                        &Self::paint(with_alpha(c, st.forecast_fill_alpha)),
                        self.tf,
                        self.clip.as_ref(),
                    );
                    let path = PathBuilder::from_rect(r);
                    let stroke = Stroke {
                        width: st.forecast_stroke,
                        dash: StrokeDash::new(st.forecast_dash.to_vec(), 0.0),
                        ..Stroke::default()
                    };
                    self.stroke(&path, c, &stroke);
                } else if m.fuzzy {
                    let fade = st.fade_of(b - a) / (b - a);
                    let core = with_alpha(c, st.fuzzy_alpha);
                    let shader = LinearGradient::new(
                        Point::from_xy(a as f32, 0.0),
                        Point::from_xy(b as f32, 0.0),
                        vec![
                            GradientStop::new(0.0, color(with_alpha(c, 0))),
                            GradientStop::new(fade as f32, color(core)),
                            GradientStop::new(1.0 - fade as f32, color(core)),
                            GradientStop::new(1.0, color(with_alpha(c, 0))),
                        ],
                        SpreadMode::Pad,
                        Transform::identity(),
                    );
                    if let Some(shader) = shader {
                        let paint = Paint {
                            shader,
                            ..Paint::default()
                        };
                        self.pixmap
                            .fill_rect(r, &paint, self.tf, self.clip.as_ref());
                    }
                } else {
                    self.pixmap.fill_rect(
                        r,
                        &Self::paint(with_alpha(c, st.bar_alpha)),
                        self.tf,
                        self.clip.as_ref(),
                    );
                }
            }
            Shape::Cluster(n) => {
                let cx = (a + b) / 2.0;
                let radius = st.cluster_radius_of(*n);
                if let Some(p) = PathBuilder::from_circle(cx as f32, y as f32, radius) {
                    self.pixmap.fill_path(
                        &p,
                        &Self::paint(with_alpha(c, st.cluster_alpha_of(m.forecast))),
                        FillRule::Winding,
                        self.tf,
                        self.clip.as_ref(),
                    );
                }
                let text = TextStyle::label(st.cluster_text, [255, 255, 255, 255]);
                let label = digits.num(*n as i64);
                let (w, h) = self.engine.measure(&label, &text);
                self.text_left(
                    &label,
                    &text,
                    cx - f64::from(w) / 2.0,
                    y - f64::from(h) / 2.0,
                );
            }
        }
    }

    pub(super) fn legend(
        &mut self,
        items: &[(Rgba, String)],
        pal: &Palette,
        width: f64,
        y: f64,
    ) -> f64 {
        let (places, height) = legend_layout(items, self.engine, width);
        let st = TextStyle::auto(13.0, pal.text);
        for ((c, t), (x, row)) in items.iter().zip(places) {
            let ly = y + row * 24.0;
            self.rect(x, ly + 6.0, 14.0, 10.0, *c);
            self.text_left(t, &st, x + 20.0, ly);
        }
        y + height
    }
}
