//! The pixel surface the PNG is painted on: tiny-skia fills, strokes and
//! gradients, and text rasterised by the text layer.

use tiny_skia::{
    Color, FillRule, GradientStop, IntSize, LinearGradient, Paint, PathBuilder, Pixmap,
    PixmapPaint, Point, Rect, SpreadMode, Stroke, StrokeDash, Transform,
};

use crate::export::image::{Surface, with_alpha};
use crate::text::{TextEngine, TextStyle};
use crate::theme::Rgba;

fn color(c: Rgba) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], c[3])
}

fn paint(c: Rgba) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(color(c));
    p
}

/// A pixmap at a scale (pixels per logical pixel).
pub(super) struct Raster {
    pub(super) pixmap: Pixmap,
    tf: Transform,
    scale: f32,
    clip: Option<tiny_skia::Mask>,
}

impl Raster {
    pub(super) fn new(pixmap: Pixmap, scale: f32) -> Self {
        Self {
            pixmap,
            tf: Transform::from_scale(scale, scale),
            scale,
            clip: None,
        }
    }

    fn stroke(&mut self, path: &tiny_skia::Path, c: Rgba, stroke: &Stroke) {
        self.pixmap
            .stroke_path(path, &paint(c), stroke, self.tf, self.clip.as_ref());
    }

    fn blit(&mut self, r: &crate::text::Rendered, x: f64, y: f64) {
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
}

impl Surface for Raster {
    fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba) {
        if let Some(r) = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32) {
            self.pixmap
                .fill_rect(r, &paint(c), self.tf, self.clip.as_ref());
        }
    }

    fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgba, width: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(x0 as f32, y0 as f32);
        pb.line_to(x1 as f32, y1 as f32);
        if let Some(p) = pb.finish() {
            let stroke = Stroke {
                width,
                ..Stroke::default()
            };
            self.stroke(&p, c, &stroke);
        }
    }

    fn fill_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba) {
        if let Some(p) = PathBuilder::from_circle(cx as f32, cy as f32, r) {
            self.pixmap.fill_path(
                &p,
                &paint(c),
                FillRule::Winding,
                self.tf,
                self.clip.as_ref(),
            );
        }
    }

    fn stroke_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba, width: f32) {
        if let Some(p) = PathBuilder::from_circle(cx as f32, cy as f32, r) {
            let stroke = Stroke {
                width,
                ..Stroke::default()
            };
            self.stroke(&p, c, &stroke);
        }
    }

    fn stroke_rect_dashed(&mut self, [x, y, w, h]: [f64; 4], c: Rgba, width: f32, dash: [f32; 2]) {
        if let Some(r) = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32) {
            let stroke = Stroke {
                width,
                dash: StrokeDash::new(dash.to_vec(), 0.0),
                ..Stroke::default()
            };
            self.stroke(&PathBuilder::from_rect(r), c, &stroke);
        }
    }

    fn fill_rect_faded(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba, fade: f64) {
        let Some(r) = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32) else {
            return;
        };
        let shader = LinearGradient::new(
            Point::from_xy(x as f32, 0.0),
            Point::from_xy((x + w) as f32, 0.0),
            vec![
                GradientStop::new(0.0, color(with_alpha(c, 0))),
                GradientStop::new(fade as f32, color(c)),
                GradientStop::new(1.0 - fade as f32, color(c)),
                GradientStop::new(1.0, color(with_alpha(c, 0))),
            ],
            SpreadMode::Pad,
            Transform::identity(),
        );
        if let Some(shader) = shader {
            let p = Paint {
                shader,
                ..Paint::default()
            };
            self.pixmap.fill_rect(r, &p, self.tf, self.clip.as_ref());
        }
    }

    fn text(&mut self, engine: &mut TextEngine, text: &str, style: &TextStyle, x: f64, y: f64) {
        let r = engine.render(text, style, &[], self.scale);
        self.blit(&r, x, y);
    }

    fn set_clip(&mut self, rect: Option<[f64; 4]>) {
        self.clip = rect.and_then(|[x, y, w, h]| {
            let mut m = tiny_skia::Mask::new(self.pixmap.width(), self.pixmap.height())?;
            let path =
                PathBuilder::from_rect(Rect::from_xywh(x as f32, y as f32, w as f32, h as f32)?);
            m.fill_path(&path, FillRule::Winding, false, self.tf);
            Some(m)
        });
    }
}
