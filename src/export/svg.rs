//! The timeline as SVG: the image of [`crate::export::image`] painted as
//! vector shapes, its text as the glyph outlines of the text layer (the
//! same shaping, joins, bidi order and line breaks as the PNG), so it looks
//! the same in any viewer without the font. Title, filters and sources go in
//! `<title>`, `<desc>` and `<metadata>`.

use std::fmt::Write as _;
use std::path::Path;

use crate::export::image::{self, ExportError, ImageOptions, Painted, Surface};
use crate::filter::Filter;
use crate::gazetteer::Gazetteer;
use crate::model::Timeline;
use crate::text::{TextEngine, TextStyle};
use crate::theme::Rgba;

/// A drawing being written as SVG elements.
#[derive(Debug, Default)]
pub struct SvgSurface {
    body: String,
    defs: String,
    ids: usize,
    clipped: bool,
}

/// `fill="#rrggbb"` and, when not opaque, its opacity.
fn paint_attr(name: &str, c: Rgba) -> String {
    let mut s = format!("{name}=\"#{:02x}{:02x}{:02x}\"", c[0], c[1], c[2]);
    if c[3] != 255 {
        let _ = write!(s, " {name}-opacity=\"{:.3}\"", f64::from(c[3]) / 255.0);
    }
    s
}

/// A number with at most two decimals and no trailing zeros.
fn n(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

impl SvgSurface {
    fn id(&mut self, prefix: &str) -> String {
        self.ids += 1;
        format!("{prefix}{}", self.ids)
    }
}

impl Surface for SvgSurface {
    fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba) {
        if w <= 0.0 || h <= 0.0 || c[3] == 0 {
            return;
        }
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>",
            n(x),
            n(y),
            n(w),
            n(h),
            paint_attr("fill", c)
        );
    }

    fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgba, width: f32) {
        let _ = writeln!(
            self.body,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {} stroke-width=\"{}\"/>",
            n(x0),
            n(y0),
            n(x1),
            n(y1),
            paint_attr("stroke", c),
            n(f64::from(width))
        );
    }

    fn fill_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba) {
        let _ = writeln!(
            self.body,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}/>",
            n(cx),
            n(cy),
            n(f64::from(r)),
            paint_attr("fill", c)
        );
    }

    fn stroke_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba, width: f32) {
        let _ = writeln!(
            self.body,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" {} stroke-width=\"{}\"/>",
            n(cx),
            n(cy),
            n(f64::from(r)),
            paint_attr("stroke", c),
            n(f64::from(width))
        );
    }

    fn stroke_rect_dashed(&mut self, [x, y, w, h]: [f64; 4], c: Rgba, width: f32, dash: [f32; 2]) {
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" {} stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>",
            n(x),
            n(y),
            n(w),
            n(h),
            paint_attr("stroke", c),
            n(f64::from(width)),
            n(f64::from(dash[0])),
            n(f64::from(dash[1]))
        );
    }

    fn fill_rect_faded(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba, fade: f64) {
        let id = self.id("fade");
        let stop = |offset: f64, a: u8| {
            format!(
                "<stop offset=\"{}\" stop-color=\"#{:02x}{:02x}{:02x}\" stop-opacity=\"{:.3}\"/>",
                n(offset),
                c[0],
                c[1],
                c[2],
                f64::from(a) / 255.0
            )
        };
        let _ = writeln!(
            self.defs,
            "<linearGradient id=\"{id}\" gradientUnits=\"userSpaceOnUse\" x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"0\">{}{}{}{}</linearGradient>",
            n(x),
            n(x + w),
            stop(0.0, 0),
            stop(fade, c[3]),
            stop(1.0 - fade, c[3]),
            stop(1.0, 0)
        );
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#{id})\"/>",
            n(x),
            n(y),
            n(w),
            n(h)
        );
    }

    fn text(&mut self, engine: &mut TextEngine, text: &str, style: &TextStyle, x: f64, y: f64) {
        let outlined = engine.outline(text, style);
        // One path per colour: the glyphs' outlines moved to their pen
        // positions, y flipped (fonts draw y up).
        let mut by_color: Vec<([u8; 4], String)> = Vec::new();
        for g in outlined.glyphs.iter().filter(|g| !g.commands.is_empty()) {
            let d = match by_color.iter_mut().find(|(c, _)| *c == g.color) {
                Some((_, d)) => d,
                None => {
                    by_color.push((g.color, String::new()));
                    &mut by_color.last_mut().expect("just pushed").1
                }
            };
            let ox = x + f64::from(g.x);
            let oy = y + f64::from(g.y);
            let pt = |x: f32, y: f32| format!("{} {}", n(ox + f64::from(x)), n(oy - f64::from(y)));
            for cmd in &*g.commands {
                match *cmd {
                    cosmic_text::Command::MoveTo(a) => {
                        let _ = write!(d, "M{}", pt(a.x, a.y));
                    }
                    cosmic_text::Command::LineTo(a) => {
                        let _ = write!(d, "L{}", pt(a.x, a.y));
                    }
                    cosmic_text::Command::QuadTo(a, b) => {
                        let _ = write!(d, "Q{} {}", pt(a.x, a.y), pt(b.x, b.y));
                    }
                    cosmic_text::Command::CurveTo(a, b, c) => {
                        let _ = write!(d, "C{} {} {}", pt(a.x, a.y), pt(b.x, b.y), pt(c.x, c.y));
                    }
                    cosmic_text::Command::Close => d.push('Z'),
                }
            }
        }
        let label = escape(text);
        for (c, d) in by_color {
            let _ = writeln!(
                self.body,
                "<path aria-label=\"{label}\" d=\"{d}\" {}/>",
                paint_attr("fill", c)
            );
        }
    }

    fn set_clip(&mut self, rect: Option<[f64; 4]>) {
        if self.clipped {
            self.body.push_str("</g>\n");
            self.clipped = false;
        }
        if let Some([x, y, w, h]) = rect {
            let id = self.id("clip");
            let _ = writeln!(
                self.defs,
                "<clipPath id=\"{id}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                n(x),
                n(y),
                n(w),
                n(h)
            );
            let _ = writeln!(self.body, "<g clip-path=\"url(#{id})\">");
            self.clipped = true;
        }
    }
}

/// Text made safe in XML.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// An SVG document and what was painted in it.
#[derive(Debug, Clone)]
pub struct SvgExport {
    /// The document.
    pub svg: String,
    /// The size and the geometry.
    pub painted: Painted,
}

/// What the image shows, for a PDF's or an SVG's metadata: its title, its
/// filters and its sources.
#[must_use]
pub fn describe(
    timeline: &Timeline,
    filter: &Filter,
    opts: &ImageOptions,
) -> (String, String, String) {
    let title = image::title(timeline, opts);
    let filters = filter.describe();
    let filters = if filters.is_empty() {
        "none".to_owned()
    } else {
        filters.join("; ")
    };
    let sources = timeline
        .documents
        .iter()
        .map(|d| format!("{} ({}, sha256 {})", d.title, d.path, d.sha256))
        .collect::<Vec<_>>()
        .join("\n");
    (title, filters, sources)
}

/// Paints the filtered timeline as an SVG document (its size in logical
/// pixels at `opts.width`; `opts.scale` does not apply to vectors).
///
/// # Errors
/// Sizes that make no sense.
pub fn render(
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &ImageOptions,
    engine: &mut TextEngine,
) -> Result<SvgExport, ExportError> {
    let opts = ImageOptions {
        scale: 1,
        ..opts.clone()
    };
    image::check_size(&opts)?;
    let (mut surface, painted) =
        image::paint(timeline, filter, gazetteer, &opts, engine, |_, _| {
            Ok(SvgSurface::default())
        })?;
    surface.set_clip(None);
    let (title, filters, sources) = describe(timeline, filter, &opts);
    let (w, h) = (n(painted.width), n(painted.height));
    let mut svg = String::with_capacity(surface.body.len() + surface.defs.len() + 1024);
    let _ = writeln!(
        svg,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">"
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&title));
    let _ = writeln!(
        svg,
        "<desc>Filters: {}.\nSources:\n{}\nMade with Gahnama {}.</desc>",
        escape(&filters),
        escape(&sources),
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        svg,
        "<metadata><gahnama xmlns=\"https://gahnama.example/export\" version=\"{}\" filters=\"{}\"/></metadata>",
        env!("CARGO_PKG_VERSION"),
        escape(&filters)
    );
    if !surface.defs.is_empty() {
        let _ = writeln!(svg, "<defs>\n{}</defs>", surface.defs);
    }
    svg.push_str(&surface.body);
    svg.push_str("</svg>\n");
    Ok(SvgExport { svg, painted })
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
    engine: &mut TextEngine,
) -> Result<SvgExport, ExportError> {
    let out = render(timeline, filter, gazetteer, opts, engine)?;
    image::write_file(path, out.svg.as_bytes())?;
    Ok(out)
}
