//! Writes the dense corpus of the memory measurements into a folder:
//! `cargo run --release --example dense_corpus -- OUT_DIR [EVENTS] [PER_FILE]`
//! (100,000 one-sentence dated events in files of 1,000 by default, about 11 MB).

#[path = "../benches/common/dense.rs"]
mod dense;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1) else {
        eprintln!("usage: dense_corpus OUT_DIR [EVENTS] [PER_FILE]");
        std::process::exit(2);
    };
    let n = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let per = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1_000);
    std::fs::create_dir_all(out)?;
    let mut total = 0;
    for (i, d) in dense::documents(n, per).iter().enumerate() {
        total += d.len();
        std::fs::write(format!("{out}/news-{i:04}.txt"), d)?;
    }
    eprintln!("{n} sentences, {total} bytes in {out}");
    Ok(())
}
