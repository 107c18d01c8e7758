//! Search over a 100 MB corpus: building the folded index (what the app
//! does in the background after a load) and answering queries (what each
//! keystroke in the search bar costs). The corpus is the seeds' paragraphs
//! repeated with their numbers changed, so it is Persian of the kind the app
//! reads.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use gahnama::search::TextIndex;

/// About `bytes` of paragraphs made from the seeds' text.
fn corpus(bytes: usize) -> Vec<String> {
    let seeds = gahnama::seeds::load().documents;
    let mut base: Vec<String> = Vec::new();
    for d in &seeds {
        for p in &d.paragraphs {
            let t = d.paragraph_original(p);
            if t.len() > 80 {
                base.push(t);
            }
        }
    }
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0usize;
    while total < bytes {
        let mut t = base[i % base.len()].clone();
        // Vary the text so copies are not byte-identical.
        t.push_str(&format!(" شماره {i}"));
        total += t.len();
        out.push(t);
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let paragraphs = corpus(100 << 20);
    let total: usize = paragraphs.iter().map(String::len).sum();
    eprintln!(
        "corpus: {} paragraphs, {:.1} MB",
        paragraphs.len(),
        total as f64 / 1e6
    );
    let mut g = c.benchmark_group("search_100mb");
    g.sample_size(10);
    g.bench_function("build_index", |b| {
        b.iter(|| {
            TextIndex::build(
                paragraphs
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (i / 1000, i % 1000, t.as_str())),
            )
        });
    });
    let ix = TextIndex::build(
        paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| (i / 1000, i % 1000, t.as_str())),
    );
    for (name, q) in [
        ("arabic_yeh", "روسيه"),
        ("spaced", "می شود"),
        ("latin_digits", "1997"),
        ("rare", "شانگهای"),
        ("absent", "کاتماندو"),
    ] {
        eprintln!("{name}: {} hits", ix.count(q));
        g.bench_function(format!("query_{name}"), |b| {
            // What the app asks: the count, and the first 100,000 hits located.
            b.iter(|| {
                let (first, n) = ix.search(q, 100_000);
                (n, first.len())
            });
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
