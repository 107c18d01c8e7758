//! One timeline frame, headless: lanes, layout, painting into egui shapes and
//! tessellation, with 10,000 and 100,000 generated events; and the time from
//! start to the first frame on the bundled seeds.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gahnama::app::loader::Source;
use gahnama::app::{GahnamaApp, Settings};
use gahnama::model::Timeline;

mod common;
use common::events;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    }
}

/// One frame of the timeline panel alone, tessellated.
fn frame(ctx: &egui::Context, app: &mut GahnamaApp) -> usize {
    let out = ctx.run_ui(input(), |ui| {
        egui::CentralPanel::default().show(ui, |ui| gahnama::app::timeline_ui::timeline(app, ui));
    });
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

fn timeline_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline_frame");
    group.sample_size(30);
    for n in [10_000usize, 100_000] {
        let ctx = egui::Context::default();
        let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
        app.set_timeline(Vec::new(), Timeline::new(Vec::new(), events(n)));
        app.fit(false);
        // Warm the text cache as a running app would have.
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        group.bench_with_input(BenchmarkId::new("events", n), &n, |b, _| {
            b.iter(|| frame(&ctx, &mut app));
        });
    }
    group.finish();
}

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("seeds_to_first_frame", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
            app.load_blocking(Source::Seeds);
            let out = ctx.run_ui(input(), |ui| {
                eframe::App::ui(&mut app, ui, &mut eframe::Frame::_new_kittest())
            });
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        });
    });
    group.finish();
}

criterion_group!(benches, timeline_frame, first_frame);
criterion_main!(benches);
