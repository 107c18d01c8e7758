//! Resident memory of the app's state on a folder, headless (Linux, from
//! /proc/self/statm): `cargo run --release --example app_memory -- DIR`.

use gahnama::app::loader::CorpusSource;

#[path = "common/counting.rs"]
#[expect(unsafe_code, reason = "a counting global allocator")]
mod counting;

#[global_allocator]
static ALLOC: counting::Counting = counting::Counting;

fn live_mb() -> f64 {
    counting::live() as f64 / 1e6
}
use gahnama::app::{GahnamaApp, Settings};

#[path = "common/rss.rs"]
mod rss;
use rss::rss_mb;

fn main() {
    gahnama::memory::tune_allocator();
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let ctx = egui::Context::default();
    let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
    println!("app: {:.0} MB", rss_mb());
    app.load_blocking(CorpusSource::Paths(vec![dir.into()]));
    println!(
        "loaded {} events: {:.0} MB resident, {:.0} MB live heap in {} blocks",
        app.events().len(),
        rss_mb(),
        live_mb(),
        counting::blocks()
    );
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    for frame in 1..=3 {
        counting::reset_peak();
        let before = counting::live();
        let out = ctx.run_ui(input.clone(), |ui| {
            eframe::App::ui(&mut app, ui, &mut eframe::Frame::_new_kittest());
        });
        let shapes = out.shapes.len();
        let meshes = ctx.tessellate(out.shapes, out.pixels_per_point);
        // What a software renderer (llvmpipe) bins per frame follows the
        // triangles and the area they cover.
        let (mut vertices, mut triangles) = (0, 0);
        for m in &meshes {
            if let egui::epaint::Primitive::Mesh(mesh) = &m.primitive {
                vertices += mesh.vertices.len();
                triangles += mesh.indices.len() / 3;
            }
        }
        println!(
            "frame {frame}: {:.1} MB more at its peak than before it; {shapes} shapes, {} meshes, {vertices} vertices, {triangles} triangles",
            (counting::peak() - before) as f64 / 1e6,
            meshes.len()
        );
    }
    println!(
        "three frames: {:.0} MB resident, {:.0} MB live heap",
        rss_mb(),
        live_mb()
    );
    // The search's folded texts, which the app builds in the background
    // after a load.
    let t0 = std::time::Instant::now();
    app.index_blocking();
    println!(
        "search index built in {:.2} s: {:.0} MB resident, {:.0} MB live heap",
        t0.elapsed().as_secs_f64(),
        rss_mb(),
        live_mb()
    );
}
