//! Image exports: the seeds at 2400 px, and 100,000 and 1,000,000 generated
//! events at 8000 px, as PNG, SVG and PDF.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use gahnama::export::png::{self, PngOptions};
use gahnama::extract::Extractor;
use gahnama::filter::Filter;
use gahnama::model::Timeline;
use gahnama::text::TextEngine;

mod common;

fn export(c: &mut Criterion) {
    let ex = Extractor::bundled().expect("bundled data");
    let seeds = ex.extract(&gahnama::seeds::load().documents);
    let big = Timeline::new(Vec::new(), common::events(100_000));
    let mut group = c.benchmark_group("export_png");
    group.sample_size(10);
    group.bench_function("seeds_2400px", |b| {
        b.iter(|| {
            let opts = PngOptions::default();
            png::render(
                &seeds,
                &Filter::default(),
                &ex.gazetteer,
                &opts,
                &mut TextEngine::new(),
            )
            .expect("export")
        });
    });
    group.bench_function("100k_events_8000px", |b| {
        b.iter(|| {
            let opts = PngOptions {
                width: 8000,
                ..PngOptions::default()
            };
            png::render(
                &big,
                &Filter::default(),
                &ex.gazetteer,
                &opts,
                &mut TextEngine::new(),
            )
            .expect("export")
        });
    });
    group.finish();

    let million = Timeline::new(Vec::new(), common::events(1_000_000));
    let opts = PngOptions {
        width: 8000,
        ..PngOptions::default()
    };
    let mut group = c.benchmark_group("export_1m_8000px");
    group.sample_size(10);
    group.bench_function("png", |b| {
        b.iter(|| {
            png::render(
                &million,
                &Filter::default(),
                &ex.gazetteer,
                &opts,
                &mut TextEngine::new(),
            )
            .expect("export")
        });
    });
    group.bench_function("svg", |b| {
        b.iter(|| {
            gahnama::export::svg::render(
                &million,
                &Filter::default(),
                &ex.gazetteer,
                &opts,
                &mut TextEngine::new(),
            )
            .expect("export")
        });
    });
    group.bench_function("pdf", |b| {
        b.iter(|| {
            gahnama::export::pdf::render(
                &million,
                &Filter::default(),
                &ex.gazetteer,
                &opts,
                gahnama::export::pdf::PageSize::A4,
                &mut TextEngine::new(),
            )
            .expect("export")
        });
    });
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
