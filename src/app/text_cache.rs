//! Persian text on screen: strings shaped and rasterised by [`crate::text`],
//! uploaded once as textures and reused while they stay in use.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use egui::{Color32, Pos2, Rect, TextureHandle, TextureOptions, Vec2};

use crate::text::{GlyphBox, Span, TextEngine, TextStyle};

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    text: String,
    style: [u32; 6],
    spans: u64,
    ppp: u32,
}

/// A rasterised string ready to paint.
pub struct Entry {
    /// The texture.
    pub texture: TextureHandle,
    /// Size in points.
    pub size: Vec2,
    /// Glyph boxes in points, for hit tests and highlights.
    pub glyphs: Vec<GlyphBox>,
    last_used: u64,
}

impl Entry {
    /// Paints the text with its top-left corner at `pos`.
    pub fn paint(&self, painter: &egui::Painter, pos: Pos2) {
        self.paint_tinted(painter, pos, Color32::WHITE);
    }

    /// Paints the text (rendered in white) in `color`, its top-left corner
    /// at `pos`.
    pub fn paint_tinted(&self, painter: &egui::Painter, pos: Pos2, color: Color32) {
        let rect = Rect::from_min_size(pos, self.size);
        if painter.clip_rect().intersects(rect) {
            painter.image(
                self.texture.id(),
                rect,
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                color,
            );
        }
    }

    /// Byte offset of the character at `p` (relative to the top-left corner).
    #[must_use]
    pub fn hit(&self, p: Vec2) -> Option<usize> {
        self.glyphs
            .iter()
            .find(|g| p.x >= g.x && p.x < g.x + g.w && p.y >= g.y && p.y < g.y + g.h)
            .map(|g| g.start)
    }
}

/// The cache of rendered strings.
#[derive(Default)]
pub struct TextCache {
    /// The interface runs right to left (set each frame from its language):
    /// the widgets of [`super::widgets`] read it.
    pub rtl: bool,
    engine: TextEngine,
    entries: HashMap<Key, Entry>,
    measures: HashMap<u64, Vec2>,
    frame: u64,
}

fn spans_hash(spans: &[Span]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for s in spans {
        s.range.hash(&mut h);
        s.color.hash(&mut h);
        s.bold.hash(&mut h);
        s.background.hash(&mut h);
    }
    h.finish()
}

impl TextCache {
    /// The rendered string (rendering and uploading it the first time).
    pub fn get(
        &mut self,
        ctx: &egui::Context,
        text: &str,
        style: &TextStyle,
        spans: &[Span],
    ) -> &Entry {
        let ppp = ctx.pixels_per_point();
        let key = Key {
            text: text.to_owned(),
            style: style.key(),
            spans: spans_hash(spans),
            ppp: ppp.to_bits(),
        };
        let frame = self.frame;
        let engine = &mut self.engine;
        let entry = self.entries.entry(key).or_insert_with(|| {
            let r = engine.render(text, style, spans, ppp);
            let image = egui::ColorImage::from_rgba_premultiplied(
                [r.width as usize, r.height as usize],
                &r.rgba,
            );
            let texture = ctx.load_texture("persian-text", image, TextureOptions::LINEAR);
            let size = Vec2::new(r.width as f32 / ppp, r.height as f32 / ppp);
            Entry {
                texture,
                size,
                glyphs: r.glyphs,
                last_used: frame,
            }
        });
        entry.last_used = frame;
        entry
    }

    /// Size of a one-line string in points.
    pub fn measure(&mut self, text: &str, style: &TextStyle) -> Vec2 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        style.key().hash(&mut h);
        let key = h.finish();
        if let Some(v) = self.measures.get(&key) {
            return *v;
        }
        let (w, h) = self.engine.measure(text, style);
        let v = Vec2::new(w, h);
        if self.measures.len() > 50_000 {
            self.measures.clear();
        }
        self.measures.insert(key, v);
        v
    }

    /// Marks the end of a frame; drops textures unused for a while.
    pub fn end_frame(&mut self) {
        self.frame += 1;
        if self.entries.len() > 2_000 {
            let now = self.frame;
            self.entries.retain(|_, e| now - e.last_used < 120);
        }
    }
}
