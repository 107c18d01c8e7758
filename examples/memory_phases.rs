//! Resident memory (Linux, from /proc/self/statm) and wall time after each
//! phase of `gahnama extract` on a folder:
//! `cargo run --release --example memory_phases -- DIR [THREADS]`.

use std::time::Instant;

#[path = "common/rss.rs"]
mod rss;
use rss::rss_mb;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| ".".into());
    if let Some(n) = args.next().and_then(|s| s.parse().ok()) {
        gahnama::parallel::set_threads(n);
    }
    let mut clock = Instant::now();
    let mut lap = || {
        let s = clock.elapsed().as_secs_f64();
        clock = Instant::now();
        s
    };
    println!("start: {:.0} MB", rss_mb());
    let ex = gahnama::extract::Extractor::bundled().expect("bundled data");
    println!("extractor: {:.0} MB, {:.3} s", rss_mb(), lap());
    let loaded = gahnama::corpus::load_paths(&[dir.into()]);
    let bytes: usize = loaded.documents.iter().map(|d| d.bytes().len()).sum();
    let paragraphs: usize = loaded.documents.iter().map(|d| d.paragraphs.len()).sum();
    println!(
        "loaded {} documents, {bytes} bytes, {paragraphs} paragraphs: {:.0} MB, {:.3} s",
        loaded.documents.len(),
        rss_mb(),
        lap()
    );
    let t = ex.extract(&loaded.documents);
    println!(
        "extracted {} events: {:.0} MB, {:.3} s",
        t.events.len(),
        rss_mb(),
        lap()
    );
    let mut out = std::io::BufWriter::new(std::io::sink());
    gahnama::export::json::write_events_json(&mut out, &t).expect("a sink takes anything");
    println!("events JSON made: {:.0} MB, {:.3} s", rss_mb(), lap());
    println!(
        "event {} B inline, {:.0} MB inline (live heap by phase: the heap_phases example)",
        std::mem::size_of::<gahnama::model::Event>(),
        (t.events.capacity() * std::mem::size_of::<gahnama::model::Event>()) as f64 / 1e6,
    );
    drop(loaded);
    println!("documents dropped: {:.0} MB", rss_mb());
}
