//! PNG encoding with the text chunks that say what the image shows.

use tiny_skia::Pixmap;

use super::{ExportError, PngOptions};
use crate::filter::Filter;
use crate::model::Timeline;

pub(super) fn encode(
    pixmap: &Pixmap,
    filter: &Filter,
    timeline: &Timeline,
    opts: &PngOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let e = |err: png::EncodingError| ExportError::Encode(err.to_string());
        enc.add_text_chunk(
            "Software".into(),
            format!("Gahnama {}", env!("CARGO_PKG_VERSION")),
        )
        .map_err(e)?;
        let filters = filter.describe();
        enc.add_itxt_chunk(
            "Filters".into(),
            if filters.is_empty() {
                "none".into()
            } else {
                filters.join("; ")
            },
        )
        .map_err(e)?;
        let docs: Vec<String> = timeline
            .documents
            .iter()
            .map(|d| format!("{} ({}, sha256 {})", d.title, d.path, d.sha256))
            .collect();
        enc.add_itxt_chunk("Source".into(), docs.join("\n"))
            .map_err(e)?;
        if let Some(t) = &opts.title {
            enc.add_itxt_chunk("Title".into(), t.clone()).map_err(e)?;
        }
        let mut writer = enc.write_header().map_err(e)?;
        let mut data = Vec::with_capacity(pixmap.data().len());
        for p in pixmap.pixels() {
            let c = p.demultiply();
            data.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        writer.write_image_data(&data).map_err(e)?;
        writer.finish().map_err(e)?;
    }
    Ok(out)
}
