//! The timeline as PDF, through krilla: the image of [`crate::export::image`]
//! as vector shapes, and its text as real text in the embedded Vazirmatn
//! (a subset), placed glyph by glyph where the text layer set it, so it
//! looks as the PNG does and can be selected and searched. The page is A4 or
//! Letter landscape with the drawing fitted inside a margin, or the
//! drawing's own size; title, filters and sources are the document's
//! metadata.

use std::path::Path;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path as KPath, PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LinearGradient, SpreadMethod, Stop, Stroke, StrokeDash};
use krilla::surface::Surface as KSurface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::export::image::{self, ExportError, ImageOptions, Painted, Surface};
use crate::filter::Filter;
use crate::gazetteer::Gazetteer;
use crate::model::Timeline;
use crate::text::{TextEngine, TextStyle};
use crate::theme::Rgba;

/// The page a PDF is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PageSize {
    /// A4 landscape (297 × 210 mm).
    #[default]
    A4,
    /// US Letter landscape (11 × 8.5 in).
    Letter,
    /// The drawing's own size, one point per logical pixel.
    Content,
}

impl PageSize {
    /// Width and height in points, landscape.
    #[must_use]
    pub fn points(self) -> Option<(f32, f32)> {
        match self {
            Self::A4 => Some((841.89, 595.28)),
            Self::Letter => Some((792.0, 612.0)),
            Self::Content => None,
        }
    }
}

/// One drawing operation, recorded while the image is painted and replayed
/// on the PDF page.
#[derive(Debug, Clone)]
enum Op {
    Rect([f64; 4], Rgba),
    Line([f64; 4], Rgba, f32),
    Circle(f64, f64, f32, Rgba, Option<f32>),
    DashedRect([f64; 4], Rgba, f32, [f32; 2]),
    Faded([f64; 4], Rgba, f64),
    Text(String, TextStyle, f64, f64),
    Clip(Option<[f64; 4]>),
}

/// The recording surface.
#[derive(Debug, Default)]
struct Recorder(Vec<Op>);

impl Surface for Recorder {
    fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba) {
        self.0.push(Op::Rect([x, y, w, h], c));
    }
    fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgba, width: f32) {
        self.0.push(Op::Line([x0, y0, x1, y1], c, width));
    }
    fn fill_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba) {
        self.0.push(Op::Circle(cx, cy, r, c, None));
    }
    fn stroke_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba, width: f32) {
        self.0.push(Op::Circle(cx, cy, r, c, Some(width)));
    }
    fn stroke_rect_dashed(&mut self, [x, y, w, h]: [f64; 4], c: Rgba, width: f32, dash: [f32; 2]) {
        self.0.push(Op::DashedRect([x, y, w, h], c, width, dash));
    }
    fn fill_rect_faded(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba, fade: f64) {
        self.0.push(Op::Faded([x, y, w, h], c, fade));
    }
    fn text(&mut self, _engine: &mut TextEngine, text: &str, style: &TextStyle, x: f64, y: f64) {
        self.0.push(Op::Text(text.to_owned(), *style, x, y));
    }
    fn set_clip(&mut self, rect: Option<[f64; 4]>) {
        self.0.push(Op::Clip(rect));
    }
}

fn opacity(a: u8) -> NormalizedF32 {
    NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn fill(c: Rgba) -> Fill {
    Fill {
        paint: rgb::Color::new(c[0], c[1], c[2]).into(),
        opacity: opacity(c[3]),
        rule: FillRule::NonZero,
    }
}

fn stroke(c: Rgba, width: f32, dash: Option<[f32; 2]>) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c[0], c[1], c[2]).into(),
        width,
        opacity: opacity(c[3]),
        dash: dash.map(|d| StrokeDash {
            array: d.to_vec(),
            offset: 0.0,
        }),
        ..Stroke::default()
    }
}

fn rect_path([x, y, w, h]: [f64; 4]) -> Option<KPath> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x as f32, y as f32, w as f32, h as f32)?);
    pb.finish()
}

/// A circle of four cubic arcs.
fn circle_path(cx: f64, cy: f64, r: f32) -> Option<KPath> {
    let (cx, cy) = (cx as f32, cy as f32);
    let k = 0.552_284_8 * r;
    let mut pb = PathBuilder::new();
    pb.move_to(cx + r, cy);
    pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    pb.close();
    pb.finish()
}

/// Draws `path` with only `fill` or only `stroke`.
fn draw(s: &mut KSurface<'_>, path: Option<KPath>, f: Option<Fill>, st: Option<Stroke>) {
    let Some(path) = path else { return };
    s.set_fill(f);
    s.set_stroke(st);
    s.draw_path(&path);
}

/// Sets `text` as real glyphs: each line one run, in visual order, the
/// advances taken from where the text layer placed the glyphs.
fn draw_text(
    s: &mut KSurface<'_>,
    engine: &mut TextEngine,
    fonts: &[Font; 2],
    text: &str,
    style: &TextStyle,
    x: f64,
    y: f64,
) {
    let outlined = engine.outline(text, style);
    let font = &fonts[usize::from(style.bold)];
    s.set_stroke(None);
    s.set_fill(Some(fill(style.color)));
    let mut lines: Vec<Vec<&crate::text::GlyphOutline>> = Vec::new();
    for g in &outlined.glyphs {
        if lines.len() <= g.line {
            lines.resize_with(g.line + 1, Vec::new);
        }
        lines[g.line].push(g);
    }
    for mut line in lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let Some(first) = line.first() else { continue };
        let size = first.size;
        let glyphs: Vec<KrillaGlyph> = line
            .iter()
            .enumerate()
            .map(|(i, g)| {
                // The pen moves to the next glyph's position, so the run
                // lands exactly where the text layer put every glyph.
                let next = line.get(i + 1).map_or(g.x + g.advance, |n| n.x);
                KrillaGlyph::new(
                    GlyphId::new(u32::from(g.id)),
                    (next - g.x) / size,
                    0.0,
                    (first.y - g.y) / size,
                    0.0,
                    g.range.clone(),
                    None,
                )
            })
            .collect();
        s.draw_glyphs(
            Point::from_xy(x as f32 + first.x, y as f32 + first.y),
            &glyphs,
            font.clone(),
            text,
            size,
            false,
        );
    }
}

fn replay(s: &mut KSurface<'_>, ops: &[Op], engine: &mut TextEngine, fonts: &[Font; 2]) {
    let mut clipped = false;
    for op in ops {
        match op {
            Op::Rect(r, c) => draw(s, rect_path(*r), Some(fill(*c)), None),
            Op::Line([x0, y0, x1, y1], c, w) => {
                let mut pb = PathBuilder::new();
                pb.move_to(*x0 as f32, *y0 as f32);
                pb.line_to(*x1 as f32, *y1 as f32);
                draw(s, pb.finish(), None, Some(stroke(*c, *w, None)));
            }
            Op::Circle(cx, cy, r, c, None) => {
                draw(s, circle_path(*cx, *cy, *r), Some(fill(*c)), None);
            }
            Op::Circle(cx, cy, r, c, Some(w)) => {
                draw(
                    s,
                    circle_path(*cx, *cy, *r),
                    None,
                    Some(stroke(*c, *w, None)),
                );
            }
            Op::DashedRect(r, c, w, dash) => {
                draw(s, rect_path(*r), None, Some(stroke(*c, *w, Some(*dash))));
            }
            Op::Faded(r @ [x, _, w, _], c, fade) => {
                let stop = |offset: f64, a: u8| Stop {
                    offset: NormalizedF32::new(offset.clamp(0.0, 1.0) as f32)
                        .unwrap_or(NormalizedF32::ZERO),
                    color: rgb::Color::new(c[0], c[1], c[2]).into(),
                    opacity: opacity(a),
                };
                let gradient = LinearGradient {
                    x1: *x as f32,
                    y1: 0.0,
                    x2: (x + w) as f32,
                    y2: 0.0,
                    transform: Transform::identity(),
                    spread_method: SpreadMethod::Pad,
                    stops: vec![
                        stop(0.0, 0),
                        stop(*fade, c[3]),
                        stop(1.0 - fade, c[3]),
                        stop(1.0, 0),
                    ],
                    anti_alias: true,
                };
                let f = Fill {
                    paint: gradient.into(),
                    opacity: NormalizedF32::ONE,
                    rule: FillRule::NonZero,
                };
                draw(s, rect_path(*r), Some(f), None);
            }
            Op::Text(text, style, x, y) => draw_text(s, engine, fonts, text, style, *x, *y),
            Op::Clip(rect) => {
                if clipped {
                    s.pop();
                    clipped = false;
                }
                if let Some(path) = rect.and_then(rect_path) {
                    s.push_clip_path(&path, &FillRule::NonZero);
                    clipped = true;
                }
            }
        }
    }
    if clipped {
        s.pop();
    }
}

/// A PDF document and what was painted in it.
#[derive(Debug, Clone)]
pub struct PdfExport {
    /// The file's bytes.
    pub pdf: Vec<u8>,
    /// The drawing's size and geometry, in logical pixels.
    pub painted: Painted,
    /// The page's size in points.
    pub page: (f32, f32),
}

/// Paints the filtered timeline as a one-page PDF on `page`.
///
/// # Errors
/// Sizes that make no sense, or a failure of the PDF writer.
pub fn render(
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &ImageOptions,
    page: PageSize,
    engine: &mut TextEngine,
) -> Result<PdfExport, ExportError> {
    let opts = ImageOptions {
        scale: 1,
        ..opts.clone()
    };
    image::check_size(&opts)?;
    let (recorder, painted) = image::paint(timeline, filter, gazetteer, &opts, engine, |_, _| {
        Ok(Recorder::default())
    })?;
    let (w, h) = (painted.width as f32, painted.height as f32);
    let (pw, ph) = page.points().unwrap_or((w, h));
    // Fitted inside a 10 mm margin (none on a page of the drawing's size),
    // centred.
    let margin = if page == PageSize::Content {
        0.0
    } else {
        28.35
    };
    let k =
        ((pw - 2.0 * margin) / w)
            .min((ph - 2.0 * margin) / h)
            .min(if page == PageSize::Content {
                1.0
            } else {
                f32::MAX
            });
    let (ox, oy) = ((pw - w * k) / 2.0, (ph - h * k) / 2.0);
    let fonts = [
        Font::new(crate::text::VAZIRMATN_REGULAR.into(), 0),
        Font::new(crate::text::VAZIRMATN_BOLD.into(), 0),
    ];
    let [Some(regular), Some(bold)] = fonts else {
        return Err(ExportError::Encode(
            "the embedded font cannot be read".into(),
        ));
    };
    let fonts = [regular, bold];
    let mut document = Document::new();
    let (title, filters, sources) = crate::export::svg::describe(timeline, filter, &opts);
    document.set_metadata(
        Metadata::new()
            .title(title)
            .description(format!("Filters: {filters}. Sources: {sources}"))
            .keywords(filter.describe())
            .creator(format!("Gahnama {}", env!("CARGO_PKG_VERSION")))
            .language("fa".to_owned()),
    );
    let size = Size::from_wh(pw, ph)
        .ok_or_else(|| ExportError::BadSize(format!("a page of {pw}×{ph} pt")))?;
    {
        let mut pdf_page = document.start_page_with(PageSettings::new(size));
        let mut s = pdf_page.surface();
        s.push_transform(&Transform::from_row(k, 0.0, 0.0, k, ox, oy));
        replay(&mut s, &recorder.0, engine, &fonts);
        s.pop();
        s.finish();
        pdf_page.finish();
    }
    let pdf = document
        .finish()
        .map_err(|e| ExportError::Encode(format!("cannot write the PDF: {e:?}")))?;
    Ok(PdfExport {
        pdf,
        painted,
        page: (pw, ph),
    })
}

/// Renders and writes to `path` atomically.
///
/// # Errors
/// As [`render`], and when the file cannot be written.
pub fn write(
    path: &Path,
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &ImageOptions,
    page: PageSize,
    engine: &mut TextEngine,
) -> Result<PdfExport, ExportError> {
    let out = render(timeline, filter, gazetteer, opts, page, engine)?;
    image::write_file(path, &out.pdf)?;
    Ok(out)
}
