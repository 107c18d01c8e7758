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
use gahnama::model::{
    CalendarKind, Event, EventKind, Precision, Source as EventSource, Timeline, WhenJson,
};

const ACTORS: [&str; 12] = [
    "Russia",
    "NATO",
    "United States",
    "Kazakhstan",
    "Uzbekistan",
    "Iran",
    "China",
    "Turkey",
    "Armenia",
    "Azerbaijan",
    "Georgia",
    "EAEU",
];
const WORDS: [&str; 10] = [
    "نشست",
    "سران",
    "توافق",
    "گاز",
    "امنیت",
    "ناتو",
    "روسیه",
    "همکاری",
    "اتحادیه",
    "قرارداد",
];

/// Deterministic pseudo-random events spread over 1900–2030.
fn events(n: usize) -> Vec<Event> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|i| {
            let r = next();
            let year = 1900 + (r % 131) as i32;
            let month = 1 + (r >> 8) % 12;
            let day = 1 + (r >> 16) % 28;
            let (precision, start, end) = match (r >> 24) % 4 {
                0 => (
                    Precision::Day,
                    format!("{year}-{month:02}-{day:02}"),
                    format!("{year}-{month:02}-{day:02}"),
                ),
                1 => (
                    Precision::Month,
                    format!("{year}-{month:02}"),
                    format!("{year}-{month:02}"),
                ),
                2 => (Precision::Year, format!("{year}"), format!("{year}")),
                _ => (
                    Precision::Year,
                    format!("{year}"),
                    format!("{}", year + 1 + (r >> 30) as i32 % 5),
                ),
            };
            let a = ACTORS[(r >> 32) as usize % ACTORS.len()];
            let b = ACTORS[(r >> 40) as usize % ACTORS.len()];
            let title = format!(
                "{} {} {}",
                WORDS[(r >> 44) as usize % 10],
                WORDS[(r >> 48) as usize % 10],
                WORDS[(r >> 52) as usize % 10]
            );
            Event {
                id: format!("ev-{i}"),
                title,
                title_en: None,
                when: WhenJson {
                    start,
                    end,
                    precision,
                    modifier: None,
                    calendar: CalendarKind::Gregorian,
                    text: String::new(),
                    inferred: false,
                },
                kind: if r % 9 == 0 {
                    EventKind::Forecast
                } else {
                    EventKind::Event
                },
                actors: vec![a.to_owned(), b.to_owned()],
                people: vec![],
                regions: vec![],
                sources: vec![EventSource {
                    doc: "gen".into(),
                    paragraph: 0,
                    line: 1,
                    bytes: [0, 0],
                    date_bytes: [0, 0],
                    sentence: String::new(),
                }],
                confidence: 0.8,
            }
        })
        .collect()
}

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
