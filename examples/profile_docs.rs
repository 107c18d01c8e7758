//! Runs the whole pipeline on the seeds as separate documents, repeated (a
//! development aid for callgrind/perf):
//! `cargo run --profile profiling --example profile_docs -- 20 [--phases]`

use std::time::Instant;

use gahnama::corpus::Document;
use gahnama::extract::Extractor;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let times: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let ex = Extractor::bundled().expect("bundled data");
    let mut docs = Vec::new();
    for _ in 0..times {
        for (_, bytes) in gahnama::seeds::SEEDS {
            docs.push(bytes.to_vec());
        }
    }
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let mb = bytes as f64 / 1e6;
    let t = Instant::now();
    let loaded: Vec<Document> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Document::from_bytes(&format!("doc{i}"), "bench", d.clone()).ok())
        .collect();
    let tl = ex.extract(&loaded);
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} events, {mb:.1} MB in {s:.3} s = {:.1} MB/s",
        tl.events.len(),
        mb / s
    );
    if args.iter().any(|a| a == "--paragraphs") {
        // Structure alone, ten times over (for perf).
        for _ in 0..10 {
            for d in &loaded {
                std::hint::black_box(gahnama::corpus::structure::paragraphs(&d.norm.text));
            }
        }
    }
    if args.iter().any(|a| a == "--tag") {
        let named = gahnama::time::NamedDates::new(&ex.known.named_dates);
        for _ in 0..5 {
            for d in &loaded {
                std::hint::black_box(gahnama::time::tag_document(d, &named));
            }
        }
    }
    if args.iter().any(|a| a == "--cues") {
        let ac = gahnama::time::lexicon::triggers().expect("triggers");
        let mut counts = std::collections::BTreeMap::<String, (usize, usize)>::new();
        let (mut bytes, mut digits) = (0usize, 0usize);
        for d in loaded.iter().take(4) {
            for p in &d.paragraphs {
                bytes += p.text.len();
                for m in ac.find_iter(&*p.text) {
                    let w = &p.text[m.range()];
                    if w.as_bytes()[0].is_ascii_digit() {
                        digits += 1;
                        continue;
                    }
                    let e = counts.entry(w.to_owned()).or_default();
                    e.0 += 1;
                }
                for c in gahnama::time::lexicon::date_cues(&p.text) {
                    let rest = &p.text[c..];
                    let w: String = rest
                        .chars()
                        .take_while(|c| gahnama::corpus::normalize::is_letter(*c))
                        .collect();
                    if !w.is_empty() {
                        counts.entry(w).or_default().1 += 1;
                    }
                }
            }
        }
        println!("{bytes} bytes, {digits} digit matches");
        for (w, (raw, whole)) in counts {
            println!("{w}: {raw} raw, {whole} whole");
        }
    }
    if args.iter().any(|a| a == "--phases") {
        phases(&ex, &docs, &loaded, mb);
    }
}

fn phases(ex: &Extractor, docs: &[Vec<u8>], loaded: &[Document], mb: f64) {
    let report = |name: &str, t: Instant| {
        let s = t.elapsed().as_secs_f64();
        println!("{name:>14}: {:7.1} ms ({:6.0} MB/s)", s * 1e3, mb / s);
    };
    let t = Instant::now();
    let copies: Vec<Vec<u8>> = docs.to_vec();
    report("copy bytes", t);
    drop(copies);
    let t = Instant::now();
    for d in docs {
        let _ = gahnama::corpus::decode::detect_with_text(d);
    }
    report("detect", t);
    let t = Instant::now();
    for d in docs {
        let n = gahnama::corpus::Normalized::from_text(simdutf8::basic::from_utf8(d).unwrap_or(""));
        std::hint::black_box(&n);
    }
    report("normalise/drop", t);
    let t = Instant::now();
    let norms: Vec<_> = docs
        .iter()
        .map(|d| {
            gahnama::corpus::Normalized::from_text(simdutf8::basic::from_utf8(d).unwrap_or(""))
        })
        .collect();
    report("normalise", t);
    let t = Instant::now();
    let ps: Vec<_> = norms
        .iter()
        .map(|n| gahnama::corpus::structure::paragraphs(&n.text))
        .collect();
    report("paragraphs", t);
    let t = Instant::now();
    let mut n = 0usize;
    for p in ps.iter().flatten() {
        n += gahnama::corpus::structure::sentences(&p.text).len();
    }
    report("  sentences", t);
    let t = Instant::now();
    for p in ps.iter().flatten() {
        n += gahnama::time::lexicon::date_cues(&p.text).count();
    }
    report("date cues", t);
    let named = gahnama::time::NamedDates::new(&ex.known.named_dates);
    let t = Instant::now();
    for d in loaded {
        n += gahnama::time::tag_document(d, &named).len();
    }
    report("tag", t);
    let t = Instant::now();
    for d in loaded {
        n += ex.extract(std::slice::from_ref(d)).events.len();
    }
    report("extract/doc", t);
    let t = Instant::now();
    for d in loaded {
        n += d.info().bytes;
    }
    report("  info", t);
    let t = Instant::now();
    for p in loaded.iter().flat_map(|d| &d.paragraphs) {
        n += ex.gazetteer.find(&p.text).len();
    }
    report("gazetteer all", t);
    println!("({n})");
}
