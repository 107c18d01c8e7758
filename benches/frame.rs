//! Frames of the app, headless, tessellated: the timeline panel alone with
//! 10,000 and 100,000 generated events; the whole app (menus, filters,
//! reader in Document mode with an event selected, list, timeline) on a
//! dense corpus of over 100,000 extracted events; and the time from start to
//! the first frame on the bundled seeds.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gahnama::app::loader::CorpusSource;
use gahnama::app::{EventIx, GahnamaApp, ReaderMode, Settings};
use gahnama::corpus::Document;
use gahnama::extract::Extractor;
use gahnama::model::Timeline;

mod common;
#[path = "common/dense.rs"]
mod dense;
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
fn timeline_frame_once(ctx: &egui::Context, app: &mut GahnamaApp) -> usize {
    let out = ctx.run_ui(input(), |ui| app.timeline_panel_ui(ui));
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

/// One frame of the whole app, tessellated.
fn app_frame_once(ctx: &egui::Context, app: &mut GahnamaApp) -> usize {
    let out = ctx.run_ui(input(), |ui| {
        eframe::App::ui(app, ui, &mut eframe::Frame::_new_kittest());
    });
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

fn timeline_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline_frame");
    group.sample_size(30);
    for n in [10_000usize, 100_000, 1_000_000] {
        let ctx = egui::Context::default();
        let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
        app.set_timeline(Vec::new(), Timeline::new(Vec::new(), events(n)));
        app.fit_now();
        // Warm the text cache as a running app would have.
        for _ in 0..3 {
            timeline_frame_once(&ctx, &mut app);
        }
        group.bench_with_input(BenchmarkId::new("events", n), &n, |b, _| {
            b.iter(|| timeline_frame_once(&ctx, &mut app));
        });
    }
    group.finish();
}

fn app_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("app_frame");
    group.sample_size(30);
    let docs: Vec<Document> = dense::documents(125_000, 1_000)
        .into_iter()
        .enumerate()
        .filter_map(|(i, b)| Document::from_bytes(&format!("news-{i:04}"), "dense", b).ok())
        .collect();
    let timeline = Extractor::bundled().expect("bundled data").extract(&docs);
    let n = timeline.events.len();
    let ctx = egui::Context::default();
    let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
    app.set_timeline(docs, timeline);
    app.fit_now();
    // An event in the middle selected, its document open in the reader.
    app.select(Some(EventIx(n / 2)));
    app.state.ui.reader_mode = ReaderMode::Document;
    for _ in 0..5 {
        app_frame_once(&ctx, &mut app);
    }
    group.bench_with_input(
        BenchmarkId::new("selected_document_reader_events", n),
        &n,
        |b, _| b.iter(|| app_frame_once(&ctx, &mut app)),
    );
    // A million generated events, one selected and read in the reader.
    let n = 1_000_000;
    let ctx = egui::Context::default();
    let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
    app.set_timeline(Vec::new(), Timeline::new(Vec::new(), events(n)));
    app.fit_now();
    app.select(Some(EventIx(n / 2)));
    for _ in 0..5 {
        app_frame_once(&ctx, &mut app);
    }
    group.bench_with_input(
        BenchmarkId::new("selected_generated_events", n),
        &n,
        |b, _| b.iter(|| app_frame_once(&ctx, &mut app)),
    );
    group.finish();
}

/// The whole app on the seeds, an event selected, in English and in
/// Persian: what the Persian interface costs a frame.
fn interface_language(c: &mut Criterion) {
    use gahnama::app::i18n::Lang;
    let mut group = c.benchmark_group("interface_language");
    group.sample_size(40);
    for lang in [Lang::En, Lang::Fa] {
        let ctx = egui::Context::default();
        let mut settings = Settings::for_language(lang);
        settings.language = Some(lang);
        let mut app = GahnamaApp::unloaded(&ctx, settings);
        app.load_blocking(CorpusSource::Seeds);
        app.select(Some(EventIx(app.events().len() / 2)));
        for _ in 0..5 {
            app_frame_once(&ctx, &mut app);
        }
        group.bench_function(BenchmarkId::new("seeds_selected", lang.code()), |b| {
            b.iter(|| app_frame_once(&ctx, &mut app));
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
            app.load_blocking(CorpusSource::Seeds);
            app_frame_once(&ctx, &mut app)
        });
    });
    group.finish();
}

criterion_group!(
    benches,
    timeline_frame,
    app_frame,
    interface_language,
    first_frame
);
criterion_main!(benches);
