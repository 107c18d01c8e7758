//! The one text layer for Persian (and mixed Persian/Latin) strings: shaping,
//! bidi and line breaking by cosmic-text (HarfBuzz shaping via harfrust, the
//! Unicode bidi algorithm, UAX #14 line breaks) with the embedded Vazirmatn,
//! rasterised to premultiplied RGBA images that the app uploads as textures
//! and the PNG export composites.
//!
//! egui 0.37 has no bidi, so every Persian string on screen and in images goes
//! through [`TextEngine`]. A paragraph is forced right-to-left by a leading
//! U+200F (RLM); offsets given and returned here are into the caller's string.
//!
//! Main types: [`TextEngine`], [`TextStyle`], [`Span`], [`Rendered`].

pub mod edit;

use std::ops::Range;

use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};

/// Vazirmatn Regular (SIL OFL), embedded.
pub const VAZIRMATN_REGULAR: &[u8] = include_bytes!("../../fonts/Vazirmatn-Regular.ttf");
/// Vazirmatn Bold (SIL OFL), embedded.
pub const VAZIRMATN_BOLD: &[u8] = include_bytes!("../../fonts/Vazirmatn-Bold.ttf");

const FAMILY: &str = "Vazirmatn";
const RLM: &str = "\u{200F}";
const LRM: &str = "\u{200E}";

/// Whether the first letter of `text` with a direction of its own is of a
/// right-to-left script (Arabic, Persian, Hebrew).
#[must_use]
pub fn first_strong_is_rtl(text: &str) -> bool {
    text.chars()
        .find_map(|c| {
            let u = u32::from(c);
            if crate::corpus::normalize::is_arabic_block_letter(u)
                || matches!(u, 0x0590..=0x05FF | 0x0750..=0x077F | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
            {
                Some(true)
            } else if c.is_alphabetic() {
                Some(false)
            } else {
                None
            }
        })
        .unwrap_or(false)
}

/// Paragraph direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Right to left (Persian), right-aligned.
    Rtl,
    /// Detected from the first strong character, start-aligned.
    Auto,
    /// Left to right whatever the first letter (an English interface
    /// string that opens with a Persian name), left-aligned.
    Ltr,
}

/// How to set a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in pixels.
    pub size: f32,
    /// Line height as a multiple of the size.
    pub line_height: f32,
    /// Text colour, straight RGBA.
    pub color: [u8; 4],
    /// Bold face.
    pub bold: bool,
    /// Wrap width in pixels (`None`: one line).
    pub width: Option<f32>,
    /// Paragraph direction.
    pub direction: Direction,
}

impl TextStyle {
    /// A single-line label of `size` pixels in `color`, right to left.
    #[must_use]
    pub fn label(size: f32, color: [u8; 4]) -> Self {
        Self {
            size,
            line_height: 1.5,
            color,
            bold: false,
            width: None,
            direction: Direction::Rtl,
        }
    }

    /// A single-line label whose direction follows its first strong letter
    /// («Russia · روسیه» reads left to right, «روسیه · Russia» right to left).
    #[must_use]
    pub fn auto(size: f32, color: [u8; 4]) -> Self {
        Self {
            direction: Direction::Auto,
            ..Self::label(size, color)
        }
    }

    /// A single-line date label: right to left with Persian digits (a range
    /// reads from the right), in the order of its first letter with Latin ones.
    #[must_use]
    pub fn date(size: f32, color: [u8; 4], latin_digits: bool) -> Self {
        if latin_digits {
            Self::auto(size, color)
        } else {
            Self::label(size, color)
        }
    }

    /// A wrapped right-to-left paragraph.
    #[must_use]
    pub fn paragraph(size: f32, color: [u8; 4], width: f32) -> Self {
        Self {
            size,
            line_height: 1.75,
            color,
            bold: false,
            width: Some(width),
            direction: Direction::Rtl,
        }
    }

    /// A hashable key for caches.
    #[must_use]
    pub fn key(&self) -> [u32; 6] {
        [
            self.size.to_bits(),
            self.line_height.to_bits(),
            u32::from_le_bytes(self.color),
            u32::from(self.bold)
                | (u32::from(self.direction == Direction::Rtl) << 1)
                | (u32::from(self.direction == Direction::Ltr) << 2),
            self.width.map_or(0, f32::to_bits),
            0,
        ]
    }
}

/// A styled byte range of the text (colour, weight, background).
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Byte range in the caller's string.
    pub range: Range<usize>,
    /// Text colour override.
    pub color: Option<[u8; 4]>,
    /// Bold.
    pub bold: bool,
    /// Background fill behind the glyphs.
    pub background: Option<[u8; 4]>,
}

/// Where a glyph cluster sits, for hit testing and highlights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GlyphBox {
    /// Byte range of the cluster in the caller's string.
    pub start: usize,
    /// End of the cluster.
    pub end: usize,
    /// Left edge in pixels.
    pub x: f32,
    /// Top of the line.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Line height.
    pub h: f32,
    /// Set right to left (an odd bidi level): its logical start is on its
    /// right edge.
    pub rtl: bool,
}

/// A rasterised text: premultiplied RGBA pixels plus glyph geometry.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Premultiplied RGBA, row-major.
    pub rgba: Vec<u8>,
    /// Glyph clusters in visual order.
    pub glyphs: Vec<GlyphBox>,
    /// Number of lines.
    pub lines: usize,
}

impl Rendered {
    /// Byte offset of the character at pixel `(x, y)`, if any.
    #[must_use]
    pub fn hit(&self, x: f32, y: f32) -> Option<usize> {
        self.glyphs
            .iter()
            .find(|g| x >= g.x && x < g.x + g.w && y >= g.y && y < g.y + g.h)
            .map(|g| g.start)
    }

    /// Rectangles `(x, y, w, h)` covering a byte range, merged per line.
    #[must_use]
    pub fn rects(&self, range: &Range<usize>) -> Vec<[f32; 4]> {
        let mut out: Vec<[f32; 4]> = Vec::new();
        for g in &self.glyphs {
            if g.end <= range.start || g.start >= range.end {
                continue;
            }
            if let Some(last) = out.iter_mut().find(|r| {
                (r[1] - g.y).abs() < 0.5 && (g.x <= r[0] + r[2] + 1.0 && g.x + g.w >= r[0] - 1.0)
            }) {
                let x0 = last[0].min(g.x);
                let x1 = (last[0] + last[2]).max(g.x + g.w);
                last[0] = x0;
                last[2] = x1 - x0;
            } else {
                out.push([g.x, g.y, g.w, g.h]);
            }
        }
        out
    }
}

/// Font system and glyph cache for shaping and rasterising.
pub struct TextEngine {
    fonts: FontSystem,
    swash: SwashCache,
}

impl std::fmt::Debug for TextEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TextEngine")
    }
}

impl Default for TextEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl TextEngine {
    /// An engine with only the embedded Vazirmatn (no system fonts: the same
    /// output on every machine).
    #[must_use]
    pub fn new() -> Self {
        let mut db = cosmic_text::fontdb::Database::new();
        db.load_font_data(VAZIRMATN_REGULAR.to_vec());
        db.load_font_data(VAZIRMATN_BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        Self {
            fonts: FontSystem::new_with_locale_and_db("fa-IR".to_owned(), db),
            swash: SwashCache::new(),
        }
    }

    fn buffer(
        &mut self,
        text: &str,
        style: &TextStyle,
        spans: &[Span],
        scale: f32,
    ) -> (Buffer, usize) {
        let metrics = Metrics::new(style.size * scale, style.size * style.line_height * scale);
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        buffer.set_wrap(if style.width.is_some() {
            Wrap::WordOrGlyph
        } else {
            Wrap::None
        });
        buffer.set_size(style.width.map(|w| w * scale), None);
        let base = attrs(style.color, style.bold);
        // An automatic paragraph whose first strong letter is Persian is set
        // as a right-to-left one: left to cosmic-text, a line that opens
        // with digits («۲۲ بهمن») was measured without them.
        let (prefix, align) = match style.direction {
            Direction::Rtl => (RLM, Some(Align::Right)),
            Direction::Auto if first_strong_is_rtl(text) => (RLM, Some(Align::Right)),
            Direction::Auto => ("", None),
            Direction::Ltr => (LRM, Some(Align::Left)),
        };
        let offset = prefix.len();
        // Split the text into runs at span boundaries.
        let mut cuts: Vec<usize> = vec![0, text.len()];
        for s in spans {
            cuts.push(s.range.start.min(text.len()));
            cuts.push(s.range.end.min(text.len()));
        }
        cuts.retain(|&c| text.is_char_boundary(c));
        cuts.sort_unstable();
        cuts.dedup();
        let mut runs: Vec<(&str, Attrs)> = vec![(prefix, base.clone())];
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a == b {
                continue;
            }
            let span = spans
                .iter()
                .rev()
                .find(|s| s.range.start <= a && s.range.end >= b && (s.color.is_some() || s.bold));
            let at = match span {
                Some(s) => attrs(s.color.unwrap_or(style.color), s.bold || style.bold),
                None => base.clone(),
            };
            runs.push((&text[a..b], at));
        }
        buffer.set_rich_text(runs, &base, Shaping::Advanced, align);
        buffer.shape_until_scroll(&mut self.fonts, false);
        (buffer, offset)
    }

    /// Measures a string: (width, height) in pixels at scale 1.
    pub fn measure(&mut self, text: &str, style: &TextStyle) -> (f32, f32) {
        let (buffer, _) = self.buffer(text, style, &[], 1.0);
        let mut w: f32 = 0.0;
        let mut h: f32 = 0.0;
        for run in buffer.layout_runs() {
            w = w.max(run.line_w);
            h = h.max(run.line_top + run.line_height);
        }
        (style.width.map_or(w, |sw| sw.max(w)).ceil(), h.ceil())
    }

    /// Shapes and rasterises `text` at `scale` (pixels per point).
    pub fn render(
        &mut self,
        text: &str,
        style: &TextStyle,
        spans: &[Span],
        scale: f32,
    ) -> Rendered {
        let (mut buffer, offset) = self.buffer(text, style, spans, scale);
        let mut line_w: f32 = 0.0;
        let mut height: f32 = 0.0;
        let mut glyphs = Vec::new();
        let mut lines = 0;
        for run in buffer.layout_runs() {
            lines += 1;
            line_w = line_w.max(run.line_w);
            height = height.max(run.line_top + run.line_height);
            for g in run.glyphs {
                if g.start < offset {
                    continue;
                }
                glyphs.push(GlyphBox {
                    start: g.start - offset,
                    end: g.end - offset,
                    x: g.x / scale,
                    y: run.line_top / scale,
                    w: g.w / scale,
                    h: run.line_height / scale,
                    rtl: g.level.is_rtl(),
                });
            }
        }
        let width_px = style
            .width
            .map_or(line_w, |w| (w * scale).max(line_w))
            .ceil()
            .max(1.0);
        let height_px = height.ceil().max(1.0);
        let (w, h) = (width_px as u32, height_px as u32);
        let mut rgba = vec![0u8; (w as usize) * (h as usize) * 4];
        // Backgrounds first.
        for s in spans {
            let Some(bg) = s.background else { continue };
            for g in &glyphs {
                if g.end <= s.range.start || g.start >= s.range.end {
                    continue;
                }
                fill(
                    &mut rgba,
                    w,
                    h,
                    (g.x * scale, g.y * scale, g.w * scale + 1.0, g.h * scale),
                    bg,
                );
            }
        }
        let color = Color::rgba(
            style.color[0],
            style.color[1],
            style.color[2],
            style.color[3],
        );
        buffer.draw(
            &mut self.fonts,
            &mut self.swash,
            color,
            |x, y, gw, gh, c| {
                let [r, g, b, a] = c.as_rgba();
                if a == 0 {
                    return;
                }
                fill(
                    &mut rgba,
                    w,
                    h,
                    (x as f32, y as f32, gw as f32, gh as f32),
                    [r, g, b, a],
                );
            },
        );
        Rendered {
            width: w,
            height: h,
            rgba,
            glyphs,
            lines,
        }
    }
}

/// One glyph as a vector outline: its pen position in the string's box
/// (logical pixels, y down) and its path in font units scaled to the size,
/// y up, as the font draws it.
#[derive(Debug, Clone)]
pub struct GlyphOutline {
    /// Straight RGBA.
    pub color: [u8; 4],
    /// Pen x from the box's left.
    pub x: f32,
    /// Baseline y from the box's top.
    pub y: f32,
    /// The path (y up); empty for a glyph with no ink (a space).
    pub commands: Box<[cosmic_text::Command]>,
    /// The glyph in the font.
    pub id: u16,
    /// Font size in pixels.
    pub size: f32,
    /// Advance width in pixels.
    pub advance: f32,
    /// The bytes of the caller's string this glyph sets.
    pub range: Range<usize>,
    /// Its line (from 0).
    pub line: usize,
}

/// A string set as vector outlines: the same shaping, bidi and line breaks
/// as [`TextEngine::render`], for SVG and PDF.
#[derive(Debug, Clone, Default)]
pub struct Outlined {
    /// Width of the box in logical pixels.
    pub width: f32,
    /// Height of the box.
    pub height: f32,
    /// The glyphs.
    pub glyphs: Vec<GlyphOutline>,
}

impl TextEngine {
    /// Shapes `text` as [`TextEngine::render`] does and returns its glyphs'
    /// outlines (unhinted, so they scale) instead of pixels.
    pub fn outline(&mut self, text: &str, style: &TextStyle) -> Outlined {
        let (buffer, offset) = self.buffer(text, style, &[], 1.0);
        let mut out = Outlined::default();
        let mut line_w: f32 = 0.0;
        for (line, run) in buffer.layout_runs().enumerate() {
            line_w = line_w.max(run.line_w);
            out.height = out.height.max(run.line_top + run.line_height);
            for g in run.glyphs {
                if g.start < offset {
                    continue;
                }
                let (key, _, _) = cosmic_text::CacheKey::new(
                    g.font_id,
                    g.glyph_id,
                    g.font_size,
                    (0.0, 0.0),
                    g.font_weight,
                    g.cache_key_flags | cosmic_text::CacheKeyFlags::DISABLE_HINTING,
                );
                let commands: Box<[cosmic_text::Command]> = self
                    .swash
                    .get_outline_commands(&mut self.fonts, key)
                    .map_or_else(|| Box::new([]) as Box<[_]>, Into::into);
                let color = g.color_opt.map_or(style.color, |c| {
                    let [r, gr, b, a] = c.as_rgba();
                    [r, gr, b, a]
                });
                out.glyphs.push(GlyphOutline {
                    color,
                    x: g.x + g.font_size * g.x_offset,
                    y: run.line_y - g.font_size * g.y_offset,
                    commands,
                    id: g.glyph_id,
                    size: g.font_size,
                    advance: g.w,
                    range: g.start - offset..g.end - offset,
                    line,
                });
            }
        }
        out.width = style.width.map_or(line_w, |w| w.max(line_w)).ceil();
        out.height = out.height.ceil();
        out
    }
}

fn attrs(color: [u8; 4], bold: bool) -> Attrs<'static> {
    Attrs::new()
        .family(Family::Name(FAMILY))
        .color(Color::rgba(color[0], color[1], color[2], color[3]))
        .weight(if bold { Weight::BOLD } else { Weight::NORMAL })
}

/// Composites a straight-alpha colour over a premultiplied buffer.
fn fill(buf: &mut [u8], w: u32, h: u32, rect: (f32, f32, f32, f32), c: [u8; 4]) {
    let (x, y, rw, rh) = rect;
    let (x0, y0, x1, y1) = (
        x.max(0.0) as u32,
        y.max(0.0) as u32,
        ((x + rw).max(0.0) as u32).min(w),
        ((y + rh).max(0.0) as u32).min(h),
    );
    let a = u32::from(c[3]);
    let src = [
        u32::from(c[0]) * a / 255,
        u32::from(c[1]) * a / 255,
        u32::from(c[2]) * a / 255,
        a,
    ];
    for py in y0..y1 {
        for px in x0..x1 {
            let i = ((py * w + px) * 4) as usize;
            for k in 0..4 {
                let d = u32::from(buf[i + k]);
                let v = (src[k] + d * (255 - a) / 255).min(255) as u8;
                buf[i + k] = v;
            }
        }
    }
}

/// Converts ASCII digits to Persian digits (for labels in Persian digits).
#[must_use]
pub fn persian_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - u32::from('0') + 0x06F0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> TextEngine {
        TextEngine::new()
    }

    #[test]
    fn an_automatic_line_that_opens_with_digits_is_measured_whole() {
        let mut e = engine();
        let color = [0, 0, 0, 255];
        for text in ["۲۲ بهمن ۱۳۹۹ | ۱۰ فوریه ۲۰۲۱", "2021-02-10 · ۲۲ بهمن ۱۳۹۹"]
        {
            let auto = e.measure(text, &TextStyle::auto(14.0, color));
            let rtl = e.measure(text, &TextStyle::label(14.0, color));
            assert_eq!(auto, rtl, "{text}");
            // Every glyph of the line lies inside its measured width.
            let r = e.render(text, &TextStyle::auto(14.0, color), &[], 1.0);
            let starts: std::collections::BTreeSet<usize> =
                r.glyphs.iter().map(|g| g.start).collect();
            assert!(starts.contains(&0), "the first character is drawn: {text}");
        }
        assert!(first_strong_is_rtl("۲۲ بهمن"));
        assert!(!first_strong_is_rtl("۲۲ May"));
        assert!(!first_strong_is_rtl("Russia · روسیه"));
    }

    #[test]
    fn persian_runs_read_right_to_left_and_digits_left_to_right() {
        let mut e = engine();
        let text = "ناتو در سال ۱۹۹۴";
        let r = e.render(text, &TextStyle::label(16.0, [0, 0, 0, 255]), &[], 1.0);
        let x_of = |needle: &str| {
            let at = text.find(needle).expect("needle");
            r.glyphs
                .iter()
                .find(|g| g.start == at)
                .map(|g| g.x)
                .expect("glyph")
        };
        // The first word is rightmost.
        assert!(x_of("ناتو") > x_of("سال"));
        // Digits keep their order: ۱ left of ۴.
        assert!(x_of("۱۹۹۴") < x_of("۴"));
        assert!(r.width > 20 && r.height > 10);
        assert!(r.rgba.chunks(4).any(|p| p[3] > 0), "something was drawn");
    }

    #[test]
    fn latin_words_inside_persian_stay_intact() {
        let mut e = engine();
        let text = "برنامه NATO آغاز شد";
        let r = e.render(text, &TextStyle::label(16.0, [0, 0, 0, 255]), &[], 1.0);
        let at = text.find("NATO").expect("word");
        let n = r.glyphs.iter().find(|g| g.start == at).expect("N");
        let o = r.glyphs.iter().find(|g| g.start == at + 3).expect("O");
        assert!(n.x < o.x, "NATO reads left to right");
        // And the Persian word before it is to its right.
        let b = r.glyphs.iter().find(|g| g.start == 0).expect("first");
        assert!(b.x > o.x);
    }

    #[test]
    fn a_line_starting_with_a_latin_word_still_reads_right_to_left() {
        let mut e = engine();
        let text = "PFP برنامه ناتو است";
        let r = e.render(text, &TextStyle::label(16.0, [0, 0, 0, 255]), &[], 1.0);
        let p = r.glyphs.iter().find(|g| g.start == 0).expect("P");
        let last = r
            .glyphs
            .iter()
            .find(|g| g.start == text.find("است").expect("word"))
            .expect("last");
        assert!(p.x > last.x, "the Latin word at the start is on the right");
    }

    #[test]
    fn wrapped_paragraph_lines_keep_their_order() {
        let mut e = engine();
        let text =
            "نخستین جمله این بند است و ادامه می‌یابد تا خط دوم برسد و باز هم ادامه دارد تا پایان";
        let r = e.render(
            text,
            &TextStyle::paragraph(16.0, [0, 0, 0, 255], 160.0),
            &[],
            1.0,
        );
        assert!(r.lines >= 2);
        let first = r.glyphs.iter().find(|g| g.start == 0).expect("first");
        let last = r.glyphs.iter().max_by_key(|g| g.start).expect("last");
        assert!(first.y < last.y, "the text starts on the first line");
    }

    #[test]
    fn highlights_and_hits_use_the_callers_offsets() {
        let mut e = engine();
        let text = "در ۱۷ می سال ۱۹۹۷ سند امضا شد";
        let date = text.find("۱۷").expect("date")..text.find(" سند").expect("end");
        let spans = [Span {
            range: date.clone(),
            color: None,
            bold: true,
            background: Some([255, 230, 0, 255]),
        }];
        let r = e.render(text, &TextStyle::label(16.0, [0, 0, 0, 255]), &spans, 1.0);
        let rects = r.rects(&date);
        assert!(!rects.is_empty());
        let [x, y, w, h] = rects[0];
        let hit = r.hit(x + w / 2.0, y + h / 2.0).expect("hit");
        assert!(date.contains(&hit));
        assert_eq!(persian_digits("1997-05"), "۱۹۹۷-۰۵");
    }
}
