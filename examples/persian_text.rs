//! Renders a Persian paragraph with Gahnama's text layer to a PNG, to compare
//! with `../shared/tools/persian-reference.sh` (Pango + HarfBuzz):
//!
//! `cargo run --example persian_text -- OUT.png WIDTH "متن"`

use gahnama::text::{TextEngine, TextStyle};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, out, width, text] = args.as_slice() else {
        return Err("usage: persian_text OUT.png WIDTH TEXT".into());
    };
    let width: f32 = width.parse()?;
    let mut engine = TextEngine::new();
    // Pango's 16pt at 96 dpi is about 21.3 px.
    let style = TextStyle::paragraph(21.33, [0, 0, 0, 255], width - 20.0);
    let r = engine.render(text, &style, &[], 1.0);
    let mut pixmap = tiny_skia::Pixmap::new(r.width + 20, r.height + 20).ok_or("size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let img = tiny_skia::Pixmap::from_vec(
        r.rgba,
        tiny_skia::IntSize::from_wh(r.width, r.height).ok_or("size")?,
    )
    .ok_or("image")?;
    pixmap.draw_pixmap(
        10,
        10,
        img.as_ref(),
        &tiny_skia::PixmapPaint::default(),
        tiny_skia::Transform::identity(),
        None,
    );
    pixmap.save_png(out)?;
    Ok(())
}
