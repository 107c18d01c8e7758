//! Throughput of the whole extraction pipeline (decode, normalise, structure,
//! tag, gazetteer, extract, merge) on the seeds repeated to tens of megabytes
//! (run it under `taskset -c 0` for one thread), and the speed-up of all
//! cores over one on many seed-sized articles.
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

/// The four seeds as separate documents, repeated `times` times: a corpus
/// shaped like real input (many articles of 30 KB).
fn seed_documents(times: usize) -> Vec<Vec<u8>> {
    let mut docs = Vec::new();
    for _ in 0..times {
        for (_, bytes) in gahnama::seeds::SEEDS {
            docs.push(bytes.to_vec());
        }
    }
    docs
}

fn pipeline(c: &mut Criterion) {
    let extractor = Extractor::bundled().expect("bundled data");
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    let inputs = [
        ("seeds", corpus(16)),
        ("seeds", corpus(160)),
        ("seed-sized-documents", seed_documents(160)),
    ];
    for (name, docs) in inputs {
        let bytes: usize = docs.iter().map(Vec::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new(name, format!("{}MB", bytes / 1_000_000)),
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

    // The same many articles on one thread and on every core: the speed-up
    // of parallel extraction (the output is the same bytes either way).
    let docs = seed_documents(40);
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let mut group = c.benchmark_group("threads");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, cores] {
        gahnama::parallel::set_threads(threads);
        group.bench_with_input(
            BenchmarkId::new("seed-sized-documents", format!("{threads}-threads")),
            &docs,
            |b, docs| {
                b.iter(|| {
                    // Read as the CLI and the app read a folder: each file
                    // decoded on the next free thread.
                    let numbered: Vec<(usize, &Vec<u8>)> = docs.iter().enumerate().collect();
                    let loaded: Vec<Document> =
                        gahnama::parallel::map_ordered(&numbered, |(i, d)| {
                            Document::from_bytes(&format!("doc{i}"), "bench", (*d).clone()).ok()
                        })
                        .into_iter()
                        .flatten()
                        .collect();
                    extractor.extract(&loaded)
                });
            },
        );
    }
    gahnama::parallel::set_threads(0);
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
