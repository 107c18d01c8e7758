//! The timeline as a PNG: the image of [`crate::export::image`] painted on
//! the CPU (tiny-skia), with text chunks saying what it shows. No window or
//! GPU: it runs on a server. The same input and options give the same bytes.

mod encoding;
mod raster;

use std::path::Path;

use tiny_skia::Pixmap;

pub use crate::export::image::{
    ExportError, ImageOptions as PngOptions, MAX_PIXELS, MAX_SIDE, PlotGeometry,
};
use crate::filter::Filter;
use crate::gazetteer::Gazetteer;
use crate::model::Timeline;
use crate::text::TextEngine;
use encoding::encode;
use raster::Raster;

/// An encoded image and its geometry.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The PNG file's bytes.
    pub png: Vec<u8>,
    /// Width in pixels (scaled).
    pub width: u32,
    /// Height in pixels (scaled).
    pub height: u32,
    /// Number of lanes drawn.
    pub lanes: usize,
    /// The plot's geometry in logical pixels.
    pub plot: PlotGeometry,
}

/// Renders the filtered timeline to PNG bytes.
///
/// # Errors
/// Sizes that make no sense or would not fit in memory, or an encoder failure.
pub fn render(
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &PngOptions,
    engine: &mut TextEngine,
) -> Result<Exported, ExportError> {
    crate::export::image::check_size(opts)?;
    let scale = opts.scale as f32;
    let (raster, painted) =
        crate::export::image::paint(timeline, filter, gazetteer, opts, engine, |w, h| {
            let (pw, ph) = (
                (w * f64::from(scale)).round() as u32,
                (h * f64::from(scale)).round() as u32,
            );
            let pixmap = Pixmap::new(pw, ph).ok_or_else(|| {
                ExportError::BadSize(format!("cannot allocate a {pw}×{ph} px image"))
            })?;
            Ok(Raster::new(pixmap, scale))
        })?;
    let png = encode(&raster.pixmap, filter, timeline, opts)?;
    Ok(Exported {
        png,
        width: painted.pixel_width,
        height: painted.pixel_height,
        lanes: painted.lanes,
        plot: painted.plot,
    })
}

/// Renders and writes to `path`.
///
/// # Errors
/// As [`render`], and when the file cannot be written.
pub fn write(
    path: &Path,
    timeline: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &PngOptions,
    engine: &mut TextEngine,
) -> Result<Exported, ExportError> {
    let out = render(timeline, filter, gazetteer, opts, engine)?;
    crate::export::image::write_file(path, &out.png)?;
    Ok(out)
}
