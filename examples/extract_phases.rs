//! Wall time of each phase of `gahnama extract` on a folder (a development
//! aid): `cargo run --release --example extract_phases -- DIR [THREADS]`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| ".".into());
    if let Some(n) = args.next().and_then(|s| s.parse().ok()) {
        gahnama::parallel::set_threads(n);
    }
    let t = Instant::now();
    let ex = gahnama::extract::Extractor::bundled().expect("bundled data");
    println!("extractor: {:.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let loaded = gahnama::corpus::load_paths(&[dir.into()]);
    println!("load: {:.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let tl = ex.extract(&loaded.documents);
    println!(
        "extract: {:.3} s ({} events)",
        t.elapsed().as_secs_f64(),
        tl.events.len()
    );
    let t = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::sink());
    gahnama::export::json::write_events_json(&mut out, &tl).expect("sink");
    println!("json: {:.3} s", t.elapsed().as_secs_f64());
    std::mem::forget(loaded);
    std::mem::forget(tl);
}
