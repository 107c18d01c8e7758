//! Resident memory of the app's state on a folder, headless (Linux, from
//! /proc/self/statm): `cargo run --release --example app_memory -- DIR`.

#![expect(
    unsafe_code,
    reason = "a counting global allocator, to tell live heap from RSS"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use gahnama::app::loader::CorpusSource;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: `p` came from `alloc` with this layout.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live_mb() -> f64 {
    LIVE.load(Ordering::Relaxed) as f64 / 1e6
}
use gahnama::app::{GahnamaApp, Settings};

#[path = "common/rss.rs"]
mod rss;
use rss::rss_mb;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let ctx = egui::Context::default();
    let mut app = GahnamaApp::unloaded(&ctx, Settings::default());
    println!("app: {:.0} MB", rss_mb());
    app.load_blocking(CorpusSource::Paths(vec![dir.into()]));
    println!(
        "loaded {} events: {:.0} MB resident, {:.0} MB live heap",
        app.events().len(),
        rss_mb(),
        live_mb()
    );
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    for frame in 1..=3 {
        PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
        let before = LIVE.load(Ordering::Relaxed);
        let out = ctx.run_ui(input.clone(), |ui| {
            eframe::App::ui(&mut app, ui, &mut eframe::Frame::_new_kittest());
        });
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        println!(
            "frame {frame}: {:.1} MB more at its peak than before it",
            (PEAK.load(Ordering::Relaxed) - before) as f64 / 1e6
        );
    }
    println!(
        "three frames: {:.0} MB resident, {:.0} MB live heap",
        rss_mb(),
        live_mb()
    );
}
