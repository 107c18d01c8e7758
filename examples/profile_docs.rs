//! Runs the whole pipeline on the seeds as separate documents, repeated (a
//! development aid for callgrind/perf):
//! `cargo run --profile profiling --example profile_docs -- 20`

use gahnama::corpus::Document;
use gahnama::extract::Extractor;

fn main() {
    let times: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let ex = Extractor::bundled().expect("bundled data");
    let mut docs = Vec::new();
    for _ in 0..times {
        for (_, bytes) in gahnama::seeds::SEEDS {
            docs.push(bytes.to_vec());
        }
    }
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let t = std::time::Instant::now();
    let loaded: Vec<Document> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Document::from_bytes(&format!("doc{i}"), "bench", d.clone()).ok())
        .collect();
    let tl = ex.extract(&loaded);
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} events, {:.1} MB in {:.3} s = {:.1} MB/s",
        tl.events.len(),
        bytes as f64 / 1e6,
        s,
        bytes as f64 / 1e6 / s
    );
}
