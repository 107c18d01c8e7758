//! Times the pipeline's phases on the seeds repeated (a development aid):
//! `cargo run --release --example profile_phases -- 40`

use std::time::Instant;

use gahnama::corpus::Document;
use gahnama::extract::Extractor;

fn main() {
    let times: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let mut one = Vec::new();
    for (_, bytes) in gahnama::seeds::SEEDS {
        one.extend_from_slice(bytes);
        one.extend_from_slice(b"\n\n");
    }
    let data = one.repeat(times);
    let mb = data.len() as f64 / 1e6;
    let ex = Extractor::bundled().expect("bundled data");
    let t = Instant::now();
    let mut sum = 0u64;
    if let Ok(text) = std::str::from_utf8(&data) {
        for (i, c) in text.char_indices() {
            sum = sum.wrapping_add(i as u64 ^ u64::from(c));
        }
    }
    println!("walk only {:?} ({sum})", t.elapsed());
    let t = Instant::now();
    let enc = gahnama::corpus::decode::detect(&data).expect("text");
    let norm = gahnama::corpus::Normalized::from_bytes(&data, enc);
    let t_norm = t.elapsed();
    let t = Instant::now();
    let ps = gahnama::corpus::structure::paragraphs(&norm.text);
    println!(
        "normalise {t_norm:?}, structure {:?} ({} paragraphs)",
        t.elapsed(),
        ps.len()
    );
    let t = Instant::now();
    let doc = Document::from_bytes("d", "d", data).expect("text");
    let t_doc = t.elapsed();
    let t = Instant::now();
    let named = gahnama::time::NamedDates::new(&ex.known.named_dates);
    let mentions = gahnama::time::tag_document(&doc, &named);
    let t_tag = t.elapsed();
    let total: usize = doc.paragraphs.iter().map(|p| p.sentences.len()).sum();
    let pass: usize = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter().map(move |s| &p.text[s.clone()]))
        .filter(|s| gahnama::time::lexicon::may_hold_date(s))
        .count();
    println!("sentences {total}, pass the pre-check {pass}");
    let t = Instant::now();
    let mut n = 0;
    for p in &doc.paragraphs {
        n += ex.gazetteer.find(&p.text).len();
    }
    let t_gaz = t.elapsed();
    let t = Instant::now();
    let tl = ex.extract(std::slice::from_ref(&doc));
    let t_all = t.elapsed();
    println!(
        "{mb:.1} MB: document {t_doc:?}, tag {t_tag:?} ({} mentions), gazetteer {t_gaz:?} ({n}), extract {t_all:?} ({} events)",
        mentions.len(),
        tl.events.len()
    );
}
