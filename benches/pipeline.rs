//! Throughput of the whole extraction pipeline (decode, normalise, structure,
//! tag, gazetteer, extract, merge) on the seeds repeated to tens of megabytes,
//! on one thread.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gahnama::corpus::Document;
use gahnama::extract::Extractor;

/// The four seeds concatenated `times` times, split into documents of about 2 MB.
fn corpus(times: usize) -> Vec<Vec<u8>> {
    let mut one = Vec::new();
    for (_, bytes) in gahnama::seeds::SEEDS {
        one.extend_from_slice(bytes);
        one.extend_from_slice(b"\n\n");
    }
    let per_doc = (2_000_000 / one.len()).max(1);
    let mut docs = Vec::new();
    let mut left = times;
    while left > 0 {
        let n = per_doc.min(left);
        docs.push(one.repeat(n));
        left -= n;
    }
    docs
}

fn pipeline(c: &mut Criterion) {
    let extractor = Extractor::bundled().expect("bundled data");
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    for times in [16usize, 160] {
        let docs = corpus(times);
        let bytes: usize = docs.iter().map(Vec::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new("seeds", format!("{}MB", bytes / 1_000_000)),
            &docs,
            |b, docs| {
                b.iter(|| {
                    let loaded: Vec<Document> = docs
                        .iter()
                        .enumerate()
                        .filter_map(|(i, d)| {
                            Document::from_bytes(&format!("doc{i}"), "bench", d.clone()).ok()
                        })
                        .collect();
                    extractor.extract(&loaded)
                });
            },
        );
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
