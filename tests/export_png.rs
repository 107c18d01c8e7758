//! PNG export of the seeds: size, content at the Founding Act's date,
//! determinism, filters, and bad sizes or paths.

use std::process::Command;

use gahnama::export::png::{self, ExportError, PngOptions};
use gahnama::extract::Extractor;
use gahnama::filter::Filter;
use gahnama::model::{Day, Timeline};
use gahnama::text::TextEngine;

fn seeds() -> (Timeline, Extractor) {
    let loaded = gahnama::seeds::load();
    let ex = Extractor::bundled().expect("bundled data");
    (ex.extract(&loaded.documents), ex)
}

/// Decodes a PNG to (width, height, RGBA).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("frame");
    (info.width, info.height, buf)
}

fn lane_colour_pixels(
    rgba: &[u8],
    width: u32,
    x: u32,
    y0: u32,
    y1: u32,
    palette: &gahnama::theme::Palette,
) -> usize {
    (y0..y1)
        .filter(|&y| {
            let i = ((y * width + x) * 4) as usize;
            let p = [rgba[i], rgba[i + 1], rgba[i + 2]];
            palette.lanes.iter().any(|c| [c[0], c[1], c[2]] == p)
        })
        .count()
}

#[test]
fn the_seeds_at_2400_px_show_the_founding_act_at_its_date() {
    let (t, ex) = seeds();
    let opts = PngOptions::default();
    let out = png::render(
        &t,
        &Filter::default(),
        &ex.gazetteer,
        &opts,
        &mut TextEngine::new(),
    )
    .expect("export");
    let (w, h, rgba) = decode(&out.png);
    assert_eq!(w, 2400);
    assert_eq!(h, out.height);
    // The x of 17 May 1997 (the middle of that day) from the layout.
    let day = Day::new(1997, 5, 17).to_epoch_days() as f64;
    let x = out.plot.x_of(day).round() as u32;
    let (y0, y1) = (out.plot.y0 as u32, out.plot.y1 as u32);
    assert!(
        lane_colour_pixels(&rgba, w, x, y0, y1, &opts.palette) >= 3,
        "a marker at x = {x}"
    );
    // A column in 1980, before every event, has none.
    let empty = out
        .plot
        .x_of(Day::new(1989, 3, 1).to_epoch_days() as f64)
        .max(out.plot.x0 + 2.0) as u32;
    assert_eq!(
        lane_colour_pixels(&rgba, w, empty, y0, y1, &opts.palette),
        0
    );
}

#[test]
fn two_runs_give_identical_bytes() {
    let (t, ex) = seeds();
    let opts = PngOptions {
        width: 1200,
        ..PngOptions::default()
    };
    let a = png::render(
        &t,
        &Filter::default(),
        &ex.gazetteer,
        &opts,
        &mut TextEngine::new(),
    )
    .expect("export");
    let b = png::render(
        &t,
        &Filter::default(),
        &ex.gazetteer,
        &opts,
        &mut TextEngine::new(),
    )
    .expect("export");
    assert_eq!(a.png, b.png);
}

#[test]
fn an_actor_filter_removes_lanes_and_the_events_of_others() {
    let (t, ex) = seeds();
    let opts = PngOptions::default();
    let all = png::render(
        &t,
        &Filter::default(),
        &ex.gazetteer,
        &opts,
        &mut TextEngine::new(),
    )
    .expect("export");
    let only = Filter {
        only_actors: ["Kyrgyzstan".to_owned()].into(),
        ..Filter::default()
    };
    let kg = png::render(&t, &only, &ex.gazetteer, &opts, &mut TextEngine::new()).expect("export");
    assert!(kg.lanes < all.lanes, "{} < {}", kg.lanes, all.lanes);
    assert_ne!(kg.png, all.png);
    // No Kyrgyz event on 17 May 1997.
    let (w, _, rgba) = decode(&kg.png);
    let x = kg.plot.x_of(Day::new(1997, 5, 17).to_epoch_days() as f64);
    if x >= kg.plot.x0 && x < kg.plot.x0 + kg.plot.width {
        assert_eq!(
            lane_colour_pixels(
                &rgba,
                w,
                x as u32,
                kg.plot.y0 as u32,
                kg.plot.y1 as u32,
                &opts.palette
            ),
            0
        );
    }
}

#[test]
fn bad_sizes_are_refused() {
    let (t, ex) = seeds();
    for opts in [
        PngOptions {
            width: 0,
            ..PngOptions::default()
        },
        PngOptions {
            width: 40_000,
            ..PngOptions::default()
        },
        PngOptions {
            width: 20_000,
            scale: 2,
            ..PngOptions::default()
        },
        PngOptions {
            scale: 4,
            ..PngOptions::default()
        },
        PngOptions {
            height: Some(0),
            ..PngOptions::default()
        },
        PngOptions {
            width: 30_000,
            height: Some(30_000),
            ..PngOptions::default()
        },
    ] {
        let r = png::render(
            &t,
            &Filter::default(),
            &ex.gazetteer,
            &opts,
            &mut TextEngine::new(),
        );
        assert!(matches!(r, Err(ExportError::BadSize(_))), "{opts:?}");
    }
}

#[test]
fn the_command_line_exports_and_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("t.png");
    let run = Command::new(env!("CARGO_BIN_EXE_gahnama"))
        .args([
            "export",
            "png",
            "--width",
            "1600",
            "--theme",
            "dark",
            "--calendar",
            "solar-hijri",
            "--output",
        ])
        .arg(&out)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let (w, _, _) = decode(&std::fs::read(&out).expect("png"));
    assert_eq!(w, 1600);
    for bad in [
        vec!["export", "png", "--width", "0", "--output", "x.png"],
        vec!["export", "png", "--width", "40000", "--output", "x.png"],
        vec!["export", "png", "--output", "/nonexistent-dir/x.png"],
        vec!["export", "png", "--group-by", "colour", "--output", "x.png"],
    ] {
        let run = Command::new(env!("CARGO_BIN_EXE_gahnama"))
            .current_dir(dir.path())
            .args(&bad)
            .output()
            .expect("run");
        assert!(!run.status.success(), "{bad:?} should fail");
        assert!(!run.stderr.is_empty());
    }
}

#[test]
fn the_png_carries_its_software_filters_and_sources() {
    let (t, ex) = seeds();
    let f = Filter {
        only_actors: ["NATO".to_owned()].into(),
        ..Filter::default()
    };
    let out = png::render(
        &t,
        &f,
        &ex.gazetteer,
        &PngOptions {
            width: 1000,
            ..PngOptions::default()
        },
        &mut TextEngine::new(),
    )
    .expect("export");
    let decoder = ::png::Decoder::new(std::io::Cursor::new(&out.png));
    let reader = decoder.read_info().expect("png header");
    let info = reader.info();
    assert!(
        info.uncompressed_latin1_text
            .iter()
            .any(|c| c.keyword == "Software" && c.text.starts_with("Gahnama"))
    );
    let itxt: Vec<String> = info
        .utf8_text
        .iter()
        .map(|c| format!("{}={}", c.keyword, c.get_text().unwrap_or_default()))
        .collect();
    assert!(
        itxt.iter().any(|t| t.starts_with("Filters=actor: NATO")),
        "{itxt:?}"
    );
    assert!(
        itxt.iter()
            .any(|t| t.starts_with("Source=") && t.contains("000_b27873ff5fb95515")),
        "{itxt:?}"
    );
}
