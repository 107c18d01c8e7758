//! Draws Gahnama's application icon (`assets/icon.png`, 512×512): a rounded
//! tile with a timeline axis, two exact-date markers and a fuzzy period bar.
//!
//! `cargo run --example make_icon -- assets/icon.png`

use tiny_skia::{
    Color, FillRule, GradientStop, LinearGradient, Paint, PathBuilder, Pixmap, Point, SpreadMode,
    Stroke, Transform,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "assets/icon.png".to_owned());
    let size = 512.0_f32;
    let mut pm = Pixmap::new(512, 512).ok_or("pixmap")?;
    // Tile: deep blue to teal.
    let rounded = rounded_rect(24.0, 24.0, size - 48.0, size - 48.0, 96.0).ok_or("path")?;
    let paint = Paint {
        shader: LinearGradient::new(
            Point::from_xy(0.0, 0.0),
            Point::from_xy(size, size),
            vec![
                GradientStop::new(0.0, Color::from_rgba8(0, 84, 147, 255)),
                GradientStop::new(1.0, Color::from_rgba8(0, 140, 120, 255)),
            ],
            SpreadMode::Pad,
            Transform::identity(),
        )
        .ok_or("gradient")?,
        ..Paint::default()
    };
    pm.fill_path(
        &rounded,
        &paint,
        FillRule::Winding,
        Transform::identity(),
        None,
    );
    // Axis.
    let mut axis = PathBuilder::new();
    axis.move_to(96.0, 330.0);
    axis.line_to(416.0, 330.0);
    let axis = axis.finish().ok_or("axis")?;
    let mut white = Paint::default();
    white.set_color_rgba8(250, 250, 245, 255);
    let stroke = Stroke {
        width: 14.0,
        line_cap: tiny_skia::LineCap::Round,
        ..Stroke::default()
    };
    pm.stroke_path(&axis, &white, &stroke, Transform::identity(), None);
    for x in [144.0, 256.0, 368.0] {
        let mut tick = PathBuilder::new();
        tick.move_to(x, 330.0);
        tick.line_to(x, 356.0);
        let tick = tick.finish().ok_or("tick")?;
        let s = Stroke {
            width: 8.0,
            line_cap: tiny_skia::LineCap::Round,
            ..Stroke::default()
        };
        pm.stroke_path(&tick, &white, &s, Transform::identity(), None);
    }
    // A fuzzy period bar (an imprecise date): fades at both ends.
    let bar = Paint {
        shader: LinearGradient::new(
            Point::from_xy(170.0, 0.0),
            Point::from_xy(400.0, 0.0),
            vec![
                GradientStop::new(0.0, Color::from_rgba8(240, 180, 40, 0)),
                GradientStop::new(0.25, Color::from_rgba8(240, 180, 40, 255)),
                GradientStop::new(0.75, Color::from_rgba8(240, 180, 40, 255)),
                GradientStop::new(1.0, Color::from_rgba8(240, 180, 40, 0)),
            ],
            SpreadMode::Pad,
            Transform::identity(),
        )
        .ok_or("gradient")?,
        ..Paint::default()
    };
    let bar_path = rounded_rect(170.0, 262.0, 230.0, 34.0, 17.0).ok_or("bar")?;
    pm.fill_path(
        &bar_path,
        &bar,
        FillRule::Winding,
        Transform::identity(),
        None,
    );
    // Two exact-date markers with stems.
    let mut orange = Paint::default();
    orange.set_color_rgba8(232, 96, 40, 255);
    for (x, top) in [(150.0, 150.0), (300.0, 190.0)] {
        let mut stem = PathBuilder::new();
        stem.move_to(x, top + 30.0);
        stem.line_to(x, 322.0);
        let stem = stem.finish().ok_or("stem")?;
        let s = Stroke {
            width: 6.0,
            ..Stroke::default()
        };
        pm.stroke_path(&stem, &white, &s, Transform::identity(), None);
        let dot = PathBuilder::from_circle(x, top, 30.0).ok_or("dot")?;
        pm.fill_path(&dot, &white, FillRule::Winding, Transform::identity(), None);
        let inner = PathBuilder::from_circle(x, top, 20.0).ok_or("dot")?;
        pm.fill_path(
            &inner,
            &orange,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    pm.save_png(&out)?;
    Ok(())
}

fn rounded_rect(x: f32, y: f32, w: f32, h: f32, r: f32) -> Option<tiny_skia::Path> {
    let mut pb = PathBuilder::new();
    pb.move_to(x + r, y);
    pb.line_to(x + w - r, y);
    pb.quad_to(x + w, y, x + w, y + r);
    pb.line_to(x + w, y + h - r);
    pb.quad_to(x + w, y + h, x + w - r, y + h);
    pb.line_to(x + r, y + h);
    pb.quad_to(x, y + h, x, y + h - r);
    pb.line_to(x, y + r);
    pb.quad_to(x, y, x + r, y);
    pb.close();
    pb.finish()
}
