//! SVG and PDF exports of the seeds: the SVG rendered by resvg matches the
//! PNG of the same options; the PDF parses, has its page, its metadata and
//! its text in the embedded font.

use gahnama::export::pdf::{self, PageSize};
use gahnama::export::png::{self, PngOptions};
use gahnama::export::svg;
use gahnama::extract::Extractor;
use gahnama::filter::Filter;
use gahnama::model::Timeline;
use gahnama::text::TextEngine;

fn seeds() -> (Timeline, Extractor) {
    let loaded = gahnama::seeds::load();
    let ex = Extractor::bundled().expect("bundled data");
    (ex.extract(&loaded.documents), ex)
}

fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("frame");
    (info.width, info.height, buf)
}

/// The fraction of 4×4 blocks whose mean colour differs by more than `by`
/// in some channel: glyph edges anti-aliased another way average out, a
/// missing word or mark does not.
fn differing(a: &[u8], b: &[u8], width: u32, by: f64) -> f64 {
    let w = width as usize;
    let h = a.len() / 4 / w;
    let mean = |img: &[u8], bx: usize, by_: usize, k: usize| {
        let mut sum = 0u32;
        for y in by_ * 4..by_ * 4 + 4 {
            for x in bx * 4..bx * 4 + 4 {
                sum += u32::from(img[(y * w + x) * 4 + k]);
            }
        }
        f64::from(sum) / 16.0
    };
    let (bw, bh) = (w / 4, h / 4);
    let mut bad = 0;
    for y in 0..bh {
        for x in 0..bw {
            if (0..3).any(|k| (mean(a, x, y, k) - mean(b, x, y, k)).abs() > by) {
                bad += 1;
            }
        }
    }
    f64::from(bad) / (bw * bh) as f64
}

/// The SVG drawn by resvg, demultiplied to straight RGBA.
fn rasterise(svg: &str) -> (u32, u32, Vec<u8>) {
    let tree =
        resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("SVG parses");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("pixmap");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    (size.width(), size.height(), rgba)
}

#[test]
fn the_svg_drawn_by_resvg_matches_the_png_of_the_same_options() {
    let (t, ex) = seeds();
    let opts = PngOptions::default();
    let mut engine = TextEngine::new();
    let png = png::render(&t, &Filter::default(), &ex.gazetteer, &opts, &mut engine).expect("png");
    let svg = svg::render(&t, &Filter::default(), &ex.gazetteer, &opts, &mut engine).expect("svg");
    assert!(svg.svg.starts_with("<?xml"));
    assert!(svg.svg.contains("<title>"), "the title as SVG metadata");
    assert!(
        !svg.svg.contains("<text"),
        "text is outlines, exact without the font"
    );
    let (pw, ph, png_rgba) = decode(&png.png);
    let (sw, sh, svg_rgba) = rasterise(&svg.svg);
    assert_eq!((sw, sh), (pw, ph));
    // Anti-aliasing and hinting differ at glyph edges; the shapes and the
    // text are where the PNG has them.
    let off = differing(&png_rgba, &svg_rgba, pw, 40.0);
    eprintln!("{off:.5} of the blocks differ");
    assert!(off < 0.005, "{off:.4} of the blocks differ");
    // The same comparison sees a drawing without its text, or without its
    // marks.
    let no_text = svg
        .svg
        .lines()
        .filter(|l| !l.starts_with("<path aria-label"))
        .collect::<Vec<_>>()
        .join("\n");
    let (_, _, bare) = rasterise(&no_text);
    let without = differing(&png_rgba, &bare, pw, 40.0);
    eprintln!("{without:.5} without the text");
    assert!(without > 10.0 * off.max(0.001), "{without}");
}

#[test]
fn the_pdf_parses_with_an_a4_landscape_page_metadata_and_embedded_text() {
    let (t, ex) = seeds();
    let filter = Filter {
        only_actors: ["Russia".to_owned()].into(),
        ..Filter::default()
    };
    let opts = PngOptions {
        title: Some("روسیه در آسیای مرکزی".to_owned()),
        ..PngOptions::default()
    };
    let out = pdf::render(
        &t,
        &filter,
        &ex.gazetteer,
        &opts,
        PageSize::A4,
        &mut TextEngine::new(),
    )
    .expect("pdf");
    let doc = lopdf::Document::load_mem(&out.pdf).expect("the PDF parses");
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 1);
    let page_id = *pages.values().next().expect("a page");
    let page = doc.get_dictionary(page_id).expect("page");
    let media: Vec<f32> = page
        .get(b"MediaBox")
        .and_then(lopdf::Object::as_array)
        .expect("media box")
        .iter()
        .map(|o| o.as_float().expect("a number"))
        .collect();
    assert!(
        (media[2] - 841.89).abs() < 0.5 && (media[3] - 595.28).abs() < 0.5,
        "{media:?}"
    );
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|r| doc.get_dictionary(r))
        .expect("document info");
    let text = |key: &[u8]| {
        let o = info.get(key).expect("an info key");
        lopdf::decode_text_string(o).expect("a text string")
    };
    assert_eq!(text(b"Title"), "روسیه در آسیای مرکزی");
    assert!(
        text(b"Subject").contains("actor: Russia"),
        "{}",
        text(b"Subject")
    );
    assert!(text(b"Creator").starts_with("Gahnama"));
    let fonts = doc.get_page_fonts(page_id).expect("fonts");
    assert!(
        !fonts.is_empty(),
        "text is set in an embedded font, not as outlines"
    );
    let content = doc.get_page_content(page_id);
    assert!(
        content.windows(2).any(|w| w == b"Tj" || w == b"TJ"),
        "text operators on the page"
    );
    // The drawing's own size gives a page of its size.
    let own = pdf::render(
        &t,
        &filter,
        &ex.gazetteer,
        &opts,
        PageSize::Content,
        &mut TextEngine::new(),
    )
    .expect("pdf");
    assert_eq!(own.page.0.round(), own.painted.width.round() as f32);
}
