//! Resident memory after each phase of `gahnama extract` on a folder (Linux,
//! from /proc/self/statm): `cargo run --release --example memory_phases -- DIR`.

#[path = "common/rss.rs"]
mod rss;
use rss::rss_mb;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    println!("start: {:.0} MB", rss_mb());
    let ex = gahnama::extract::Extractor::bundled().expect("bundled data");
    println!("extractor: {:.0} MB", rss_mb());
    let loaded = gahnama::corpus::load_paths(&[dir.into()]);
    let bytes: usize = loaded.documents.iter().map(|d| d.bytes().len()).sum();
    let paragraphs: usize = loaded.documents.iter().map(|d| d.paragraphs.len()).sum();
    println!(
        "loaded {} documents, {bytes} bytes, {paragraphs} paragraphs: {:.0} MB",
        loaded.documents.len(),
        rss_mb()
    );
    let t = ex.extract(&loaded.documents);
    println!("extracted {} events: {:.0} MB", t.events.len(), rss_mb());
    println!(
        "event {} B inline, {:.0} MB inline (live heap by phase: the heap_phases example)",
        std::mem::size_of::<gahnama::model::Event>(),
        (t.events.capacity() * std::mem::size_of::<gahnama::model::Event>()) as f64 / 1e6,
    );
    drop(loaded);
    println!("documents dropped: {:.0} MB", rss_mb());
}
