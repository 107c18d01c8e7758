//! The timeline as an image, planned once and painted on any [`Surface`]
//! (pixels for PNG, vectors for SVG and PDF) from the same layout as the
//! screen: axis in the chosen calendars, lanes and their labels, marks, fuzzy
//! spans, clusters and non-overlapping labels, a title, a legend and a
//! caption; Persian through [`crate::text`]. No window or GPU: it runs on a
//! server. The same input and options give the same output.

use std::collections::HashSet;

use crate::filter::Filter;
use crate::gazetteer::Gazetteer;
use crate::layout::style::MARKS;
use crate::layout::ticks::{self, Digits};
use crate::layout::{self, GroupBy, Metrics, Shape, TimeView};
use crate::model::{CalendarKind, Event, Timeline};
use crate::text::{TextEngine, TextStyle};
use crate::theme::{Palette, Rgba};

/// The file formats of an image export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ImageFormat {
    /// PNG pixels.
    #[default]
    Png,
    /// SVG vectors.
    Svg,
    /// A one-page PDF.
    Pdf,
}

impl ImageFormat {
    /// The file name extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// The format's name, for menus and dialogs.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Svg => "SVG",
            Self::Pdf => "PDF",
        }
    }
}

/// The image's title: the one given, or the documents' titles.
#[must_use]
pub fn title(timeline: &Timeline, opts: &ImageOptions) -> String {
    opts.title.clone().unwrap_or_else(|| {
        timeline
            .documents
            .iter()
            .map(|d| d.title.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    })
}

/// Writes an exported image's bytes to `path` atomically.
///
/// # Errors
/// [`ExportError::Io`] naming the path.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), ExportError> {
    super::write_atomically(path, bytes).map_err(|source| ExportError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// A colour with another alpha.
pub(crate) fn with_alpha(c: Rgba, a: u8) -> Rgba {
    [c[0], c[1], c[2], a]
}

/// What an image is painted on, in logical pixels (y down). Shapes and text
/// drawn while a clip is set are cut to it.
pub trait Surface {
    /// Fills a rectangle.
    fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba);
    /// A straight line of `width`.
    fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, c: Rgba, width: f32);
    /// Fills a circle.
    fn fill_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba);
    /// Strokes a circle.
    fn stroke_circle(&mut self, cx: f64, cy: f64, r: f32, c: Rgba, width: f32);
    /// Strokes a rectangle (x, y, width, height) with a dash (on, off).
    fn stroke_rect_dashed(&mut self, rect: [f64; 4], c: Rgba, width: f32, dash: [f32; 2]);
    /// Fills a rectangle in `c` that fades to nothing over `fade` (a fraction
    /// of its width) at each end.
    fn fill_rect_faded(&mut self, x: f64, y: f64, w: f64, h: f64, c: Rgba, fade: f64);
    /// Sets `text` with its box's top-left at (x, y).
    fn text(&mut self, engine: &mut TextEngine, text: &str, style: &TextStyle, x: f64, y: f64);
    /// Clips what follows to a rectangle, or stops clipping.
    fn set_clip(&mut self, rect: Option<[f64; 4]>);
}

/// Sets `text` with its box's right edge at `right`.
fn text_right<S: Surface>(
    s: &mut S,
    engine: &mut TextEngine,
    text: &str,
    style: &TextStyle,
    right: f64,
    y: f64,
) {
    let w = f64::from(engine.measure(text, style).0);
    s.text(engine, text, style, right - w, y);
}

/// Widest or tallest image side, in pixels.
pub const MAX_SIDE: u32 = 32_768;
/// Most pixels in one image (about 1 GiB of RGBA).
pub const MAX_PIXELS: u64 = 268_435_456;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A size that makes no sense.
    #[error("{0}")]
    BadSize(String),
    /// Writing the file failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The PNG encoder failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(String),
}

/// Options of an image export (PNG, SVG or PDF).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageOptions {
    /// Width in logical pixels.
    pub width: u32,
    /// Height in logical pixels (`None`: as tall as the content).
    pub height: Option<u32>,
    /// Pixels per logical pixel (1, 2 or 3).
    pub scale: u32,
    /// Visible range in days since the epoch (`None`: all the filtered events;
    /// a NaN end: that end of the filtered events).
    pub range: Option<(f64, f64)>,
    /// Lanes.
    pub group_by: GroupBy,
    /// Most lanes.
    pub max_lanes: usize,
    /// Axis rows.
    pub calendars: Vec<CalendarKind>,
    /// Colours.
    pub palette: Palette,
    /// Digits of labels.
    pub digits: Digits,
    /// Title (`None`: the documents' titles).
    pub title: Option<String>,
    /// Draw the title.
    pub show_title: bool,
    /// Draw the legend of lane colours.
    pub show_legend: bool,
    /// Draw the caption (filters and sources).
    pub show_caption: bool,
}

impl Default for ImageOptions {
    fn default() -> Self {
        Self {
            width: 2400,
            height: None,
            scale: 1,
            range: None,
            group_by: GroupBy::Actor,
            max_lanes: 8,
            calendars: vec![CalendarKind::Gregorian, CalendarKind::SolarHijri],
            palette: crate::theme::LIGHT,
            digits: Digits::Persian,
            title: None,
            show_title: true,
            show_legend: true,
            show_caption: true,
        }
    }
}

/// Where the plot sits in the image (logical pixels), to find a date's x.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotGeometry {
    /// Left edge of the plot.
    pub x0: f64,
    /// Width of the plot.
    pub width: f64,
    /// Top of the lanes.
    pub y0: f64,
    /// Bottom of the lanes.
    pub y1: f64,
    /// The visible range.
    pub view: TimeView,
}

impl PlotGeometry {
    /// Image x (logical pixels) of a day.
    #[must_use]
    pub fn x_of(&self, day: f64) -> f64 {
        self.x0 + self.view.x_of(day, self.width)
    }
}

/// What was painted: the size and the geometry.
#[derive(Debug, Clone)]
pub struct Painted {
    /// Width in logical pixels.
    pub width: f64,
    /// Height in logical pixels.
    pub height: f64,
    /// Width in pixels (scaled).
    pub pixel_width: u32,
    /// Height in pixels (scaled).
    pub pixel_height: u32,
    /// Number of lanes drawn.
    pub lanes: usize,
    /// The plot's geometry in logical pixels.
    pub plot: PlotGeometry,
}

const MARGIN: f64 = 28.0;
const GUTTER: f64 = 230.0;
const AXIS_ROW: f64 = 24.0;

pub(crate) fn check_size(opts: &ImageOptions) -> Result<(), ExportError> {
    if opts.width == 0 || opts.height == Some(0) {
        return Err(ExportError::BadSize(
            "the image size must be at least 1 pixel".into(),
        ));
    }
    if !(1..=3).contains(&opts.scale) {
        return Err(ExportError::BadSize(format!(
            "scale {} is not 1, 2 or 3",
            opts.scale
        )));
    }
    let w = u64::from(opts.width) * u64::from(opts.scale);
    if w > u64::from(MAX_SIDE) {
        return Err(ExportError::BadSize(format!(
            "width {w} px is above the limit of {MAX_SIDE} px"
        )));
    }
    if opts.width < 600 {
        return Err(ExportError::BadSize(format!(
            "width {} px is too narrow for a timeline (at least 600)",
            opts.width
        )));
    }
    Ok(())
}

/// Plans the filtered timeline's image, makes its surface with
/// `new_surface(width, height)` (logical pixels) and paints it there.
///
/// # Errors
/// Sizes that make no sense or would not fit in memory, or what
/// `new_surface` returns.
pub fn paint<S: Surface>(
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &ImageOptions,
    engine: &mut TextEngine,
    new_surface: impl FnOnce(f64, f64) -> Result<S, ExportError>,
) -> Result<(S, Painted), ExportError> {
    check_size(opts)?;
    let pal = &opts.palette;
    let events: Vec<&Event> = filter.apply(&timeline.events);
    let days: Vec<layout::Extent> = events.iter().map(|e| layout::extent(e)).collect();
    let width = f64::from(opts.width);
    let plot_w = width - 2.0 * MARGIN - GUTTER;
    // An open end (NaN) of the range takes that end of the fitted events.
    let fitted = fit(&days);
    let view = match opts.range {
        Some((a, b)) => {
            let a = if a.is_nan() { fitted.min_day } else { a };
            let b = if b.is_nan() { fitted.max() } else { b };
            if b > a {
                TimeView {
                    min_day: a,
                    span_days: b - a,
                }
            } else {
                fitted
            }
        }
        None => fitted,
    };
    let lanes = layout::lanes(&events, opts.group_by, opts.max_lanes);
    let title_text = title(timeline, opts);
    // Vertical plan.
    let mut title_style = TextStyle::paragraph(24.0, pal.text, (width - 2.0 * MARGIN) as f32);
    title_style.bold = true;
    title_style.line_height = 1.5;
    let title_h = if opts.show_title {
        f64::from(engine.measure(&title_text, &title_style).1) + 34.0
    } else {
        0.0
    };
    let axis_h = AXIS_ROW * opts.calendars.len() as f64;
    let metrics = Metrics::default();
    let lane_h = |collapsed: bool| {
        (if collapsed {
            0.0
        } else {
            metrics.label_row * metrics.label_rows as f64
        }) + metrics.mark_row
            + metrics.lane_gap
    };
    let lanes_h: f64 = lanes.iter().map(|_| lane_h(false)).sum::<f64>().max(40.0);
    let label_style = TextStyle::label(14.0, pal.text);
    let legend = legend_items(&lanes, opts, gazetteer, timeline);
    let legend_h = if opts.show_legend {
        legend_layout(&legend, engine, width).1
    } else {
        0.0
    };
    let caption = caption_text(filter, timeline);
    let caption_style = TextStyle {
        direction: crate::text::Direction::Auto,
        ..TextStyle::paragraph(13.0, pal.text_dim, (width - 2.0 * MARGIN) as f32)
    };
    let caption_h = if opts.show_caption {
        f64::from(engine.measure(&caption, &caption_style).1) + 16.0
    } else {
        0.0
    };
    let content_h = MARGIN + title_h + axis_h + lanes_h + 12.0 + legend_h + caption_h + MARGIN;
    let height = opts.height.map_or(content_h, f64::from);
    let (pw, ph) = (
        (width * f64::from(opts.scale)).round() as u64,
        (height * f64::from(opts.scale)).round() as u64,
    );
    if ph > u64::from(MAX_SIDE) {
        return Err(ExportError::BadSize(format!(
            "height {ph} px is above the limit of {MAX_SIDE} px"
        )));
    }
    if pw * ph > MAX_PIXELS {
        return Err(ExportError::BadSize(format!(
            "{pw}×{ph} px is too large an image to hold in memory"
        )));
    }
    let mut c = new_surface(width, height)?;
    c.fill_rect(0.0, 0.0, width, height, pal.background);

    let mut y = MARGIN;
    if opts.show_title {
        text_right(&mut c, engine, &title_text, &title_style, width - MARGIN, y);
        let range = format!(
            "{}  |  {}",
            span_label(&view, CalendarKind::Gregorian, opts.digits),
            span_label(&view, CalendarKind::SolarHijri, opts.digits)
        );
        text_right(
            &mut c,
            engine,
            &range,
            &TextStyle::label(14.0, pal.text_dim),
            width - MARGIN,
            y + title_h - 30.0,
        );
        y += title_h;
    }
    let plot_x0 = MARGIN + GUTTER;
    // Axis rows.
    let lanes_top = y + axis_h;
    let lanes_bottom = lanes_top + lanes_h;
    for (r, cal) in opts.calendars.iter().enumerate() {
        let row_y = y + r as f64 * AXIS_ROW;
        let ts = ticks::ticks(
            &view,
            plot_w,
            if *cal == CalendarKind::SolarHijri {
                110.0
            } else {
                80.0
            },
            *cal,
            opts.digits,
        );
        for t in &ts {
            let x = plot_x0 + t.x;
            if r == 0 {
                c.line(
                    x,
                    lanes_top,
                    x,
                    lanes_bottom,
                    if t.major { pal.axis } else { pal.grid },
                    1.0,
                );
            }
            c.line(
                x,
                row_y + AXIS_ROW - 6.0,
                x,
                row_y + AXIS_ROW,
                pal.axis,
                1.0,
            );
            let st = TextStyle::label(13.0, if r == 0 { pal.text_dim } else { pal.axis });
            // A label that would run past the plot's right edge is left out.
            if x + 3.0 + f64::from(engine.measure(&t.label, &st).0) <= plot_x0 + plot_w {
                c.text(engine, &t.label, &st, x + 3.0, row_y + 1.0);
            }
        }
    }
    c.line(
        plot_x0,
        lanes_top,
        plot_x0 + plot_w,
        lanes_top,
        pal.axis,
        1.0,
    );
    // Lanes.
    let mut label_w = |i: usize| {
        f64::from(
            engine
                .measure(&layout::short_title(&events[i].title), &label_style)
                .0,
        )
    };
    let scene = layout::scene(
        &events,
        &days,
        &lanes,
        &HashSet::new(),
        &view,
        plot_w,
        &metrics,
        &mut label_w,
    );
    for (i, lane) in scene.lanes.iter().enumerate() {
        let (y0, y1) = (lanes_top + lane.y0, lanes_top + lane.y1);
        if i % 2 == 1 {
            c.fill_rect(MARGIN, y0, width - 2.0 * MARGIN, y1 - y0, pal.band);
        }
        c.fill_rect(MARGIN, y0, 4.0, y1 - y0, pal.lane_for(i, &lane.key));
        let name = layout::lane_name(&lane.key, opts.group_by, gazetteer, &timeline.documents);
        let mut st = TextStyle::auto(14.0, pal.text);
        st.bold = true;
        text_right(&mut c, engine, &name, &st, plot_x0 - 12.0, y1 - 24.0);
    }
    c.set_clip(Some([plot_x0, lanes_top, plot_w, lanes_h]));
    for d in &scene.density {
        let colour = pal.lane_for(d.lane, &scene.lanes[d.lane].key);
        let max = d.counts.iter().copied().max().unwrap_or(0);
        let h = crate::layout::style::DENSITY_HALF_HEIGHT;
        for (i, &n) in d.counts.iter().enumerate() {
            let a = crate::layout::style::density_alpha(n, max);
            if a > 0 {
                c.fill_rect(
                    plot_x0 + i as f64 * d.bin_px,
                    lanes_top + d.y - h,
                    d.bin_px,
                    2.0 * h,
                    with_alpha(colour, a),
                );
            }
        }
    }
    // Bars first, so that points and clusters stay on top of them.
    for m in scene
        .marks
        .iter()
        .filter(|m| m.shape == Shape::Span)
        .chain(scene.marks.iter().filter(|m| m.shape != Shape::Span))
    {
        mark(
            &mut c,
            engine,
            m,
            (plot_x0, lanes_top),
            pal.lane_for(m.lane, &scene.lanes[m.lane].key),
            pal,
            opts.digits,
        );
    }
    for l in &scene.labels {
        let x = plot_x0 + l.rect[0];
        let ly = lanes_top + l.rect[1];
        if let Some(m) = scene
            .marks
            .iter()
            .find(|m| m.event == l.event && m.lane == l.lane)
        {
            let cx = plot_x0 + m.cx();
            c.line(
                cx,
                ly + l.rect[3] - 3.0,
                cx,
                lanes_top + m.y - 7.0,
                with_alpha(
                    pal.lane_for(l.lane, &scene.lanes[l.lane].key),
                    MARKS.leader_alpha,
                ),
                1.0,
            );
        }
        c.text(
            engine,
            &layout::short_title(&events[l.event].title),
            &label_style,
            x,
            ly,
        );
    }
    c.set_clip(None);
    let mut y = lanes_bottom + 12.0;
    if opts.show_legend {
        y = paint_legend(&mut c, engine, &legend, pal, width, y);
    }
    if opts.show_caption {
        text_right(
            &mut c,
            engine,
            &caption,
            &caption_style,
            width - MARGIN,
            y + 4.0,
        );
    }
    let lanes_drawn = scene.lanes.len();
    let painted = Painted {
        width,
        height,
        pixel_width: pw as u32,
        pixel_height: ph as u32,
        lanes: lanes_drawn,
        plot: PlotGeometry {
            x0: plot_x0,
            width: plot_w,
            y0: lanes_top,
            y1: lanes_bottom,
            view,
        },
    };
    Ok((c, painted))
}

fn fit(days: &[layout::Extent]) -> TimeView {
    // Nothing to show: the last thirty years.
    layout::fit_view(days).unwrap_or(TimeView {
        min_day: 7300.0,
        span_days: 365.25 * 30.0,
    })
}

fn legend_items(
    lanes: &[layout::Lane],
    opts: &ImageOptions,
    gazetteer: &Gazetteer,
    timeline: &Timeline,
) -> Vec<(Rgba, String)> {
    let mut items: Vec<(Rgba, String)> = lanes
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                opts.palette.lane_for(i, &l.key),
                format!(
                    "{}\u{200E} ({})",
                    layout::lane_name(&l.key, opts.group_by, gazetteer, &timeline.documents),
                    l.events.len()
                ),
            )
        })
        .collect();
    items.push((
        opts.palette.text_dim,
        "dot: exact day · bar with faded ends: period or imprecise date · hollow or dashed: forecast · number: events too close to separate".to_owned(),
    ));
    items
}

/// Where each legend item goes: `(x, row)`, items flowing left to right and
/// wrapping at the margin; and the legend's height.
fn legend_layout(
    items: &[(Rgba, String)],
    engine: &mut TextEngine,
    width: f64,
) -> (Vec<(f64, f64)>, f64) {
    let mut x = MARGIN;
    let mut row = 0.0;
    let mut places = Vec::with_capacity(items.len());
    for (_, t) in items {
        let w = f64::from(engine.measure(t, &TextStyle::auto(13.0, [0, 0, 0, 255])).0) + 40.0;
        if x + w > width - MARGIN && x > MARGIN {
            row += 1.0;
            x = MARGIN;
        }
        places.push((x, row));
        x += w;
    }
    (places, (row + 1.0) * 24.0 + 8.0)
}

fn caption_text(filter: &Filter, timeline: &Timeline) -> String {
    let filters = filter.describe();
    let filters = if filters.is_empty() {
        "none".to_owned()
    } else {
        filters.join(", ")
    };
    let docs: Vec<String> = timeline
        .documents
        .iter()
        .map(|d| format!("{} ({})", d.title, d.id))
        .collect();
    format!(
        "Filters: {filters}. Sources: {}. Made with Gahnama {}.",
        docs.join(" · "),
        env!("CARGO_PKG_VERSION")
    )
}

fn span_label(view: &TimeView, cal: CalendarKind, digits: Digits) -> String {
    let a = crate::model::Day::from_epoch_days(view.min_day as i64);
    let b = crate::model::Day::from_epoch_days(view.max() as i64);
    let y =
        |d| crate::calendar::year_in(cal, d).map_or_else(String::new, |y| digits.num(i64::from(y)));
    format!("{} – {}", y(a), y(b))
}

/// Paints one mark in the one mark style ([`MARKS`]).
fn mark<S: Surface>(
    s: &mut S,
    engine: &mut TextEngine,
    m: &layout::Mark,
    (x0, y0): (f64, f64),
    c: Rgba,
    pal: &Palette,
    digits: Digits,
) {
    let st = &MARKS;
    let y = y0 + m.y;
    let (a, b) = (x0 + m.x0, x0 + m.x1);
    match &m.shape {
        Shape::Point => {
            if m.forecast {
                s.stroke_circle(a, y, st.point_radius, c, st.point_ring);
            } else {
                s.fill_circle(a, y, st.point_radius, c);
                s.stroke_circle(a, y, st.point_radius, pal.background, st.point_outline);
            }
        }
        Shape::Span => {
            let (a, b) = st.bar_edges(a, b);
            let h = f64::from(st.bar_half_height);
            if b <= a {
                return;
            }
            if m.forecast {
                s.fill_rect(
                    a,
                    y - h,
                    b - a,
                    2.0 * h,
                    with_alpha(c, st.forecast_fill_alpha),
                );
                s.stroke_rect_dashed(
                    [a, y - h, b - a, 2.0 * h],
                    c,
                    st.forecast_stroke,
                    st.forecast_dash,
                );
            } else if m.fuzzy {
                let fade = st.fade_of(b - a) / (b - a);
                s.fill_rect_faded(
                    a,
                    y - h,
                    b - a,
                    2.0 * h,
                    with_alpha(c, st.fuzzy_alpha),
                    fade,
                );
            } else {
                s.fill_rect(a, y - h, b - a, 2.0 * h, with_alpha(c, st.bar_alpha));
            }
        }
        Shape::Cluster(n) => {
            let cx = (a + b) / 2.0;
            let radius = st.cluster_radius_of(*n);
            s.fill_circle(
                cx,
                y,
                radius,
                with_alpha(c, st.cluster_alpha_of(m.forecast)),
            );
            let text = TextStyle::label(st.cluster_text, [255, 255, 255, 255]);
            let label = digits.num(*n as i64);
            let (w, h) = engine.measure(&label, &text);
            s.text(
                engine,
                &label,
                &text,
                cx - f64::from(w) / 2.0,
                y - f64::from(h) / 2.0,
            );
        }
    }
}

/// Paints the legend from `y`; returns the y below it.
fn paint_legend<S: Surface>(
    s: &mut S,
    engine: &mut TextEngine,
    items: &[(Rgba, String)],
    pal: &Palette,
    width: f64,
    y: f64,
) -> f64 {
    let (places, height) = legend_layout(items, engine, width);
    let st = TextStyle::auto(13.0, pal.text);
    for ((c, t), (x, row)) in items.iter().zip(places) {
        let ly = y + row * 24.0;
        s.fill_rect(x, ly + 6.0, 14.0, 10.0, *c);
        s.text(engine, t, &st, x + 20.0, ly);
    }
    y + height
}
