//! Live heap after each phase of loading a folder into the app's state, with a
//! counting allocator: `cargo run --release --example heap_phases -- DIR`.

#[path = "common/counting.rs"]
#[expect(unsafe_code, reason = "a counting global allocator")]
mod counting;

#[global_allocator]
static ALLOC: counting::Counting = counting::Counting;

fn mark(what: &str, last: &mut (usize, usize)) {
    let (l, c) = (counting::live(), counting::blocks());
    println!(
        "{what:<28} live {:>6.1} MB ({:+6.1} MB, peak {:>6.1} MB), {:>8} blocks ({:+8})",
        l as f64 / 1e6,
        (l as f64 - last.0 as f64) / 1e6,
        counting::peak() as f64 / 1e6,
        c,
        c as i64 - last.1 as i64
    );
    *last = (l, c);
    counting::reset_peak();
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut last = (0, 0);
    mark("start", &mut last);
    let ex = gahnama::extract::Extractor::bundled().expect("bundled data");
    mark("extractor", &mut last);
    let loaded = gahnama::corpus::load_paths(&[dir.into()]);
    mark("documents", &mut last);
    let mut t = ex.extract(&loaded.documents);
    mark("events", &mut last);
    t.compact();
    mark("compacted", &mut last);
    let n = t.events.len() as f64;
    let avg = |f: &dyn Fn(&gahnama::model::Event) -> usize| {
        t.events.iter().map(f).sum::<usize>() as f64 / n
    };
    println!(
        "per event: {:.2} actors, {:.2} people, {:.2} regions, {:.2} sources, {:.2} title_en, title {:.0} B, id {:.0} B, when.text {:.0} B, sentence {:.0} B, doc id {:.0} B; Event {} B, SourceSpan {} B",
        avg(&|e| e.actors.len()),
        avg(&|e| e.people.len()),
        avg(&|e| e.regions.len()),
        avg(&|e| e.sources.len()),
        avg(&|e| usize::from(e.title_en.is_some())),
        avg(&|e| e.title.len()),
        avg(&|e| e.id.len()),
        avg(&|e| e.when.text.len()),
        avg(&|e| e.sources.iter().map(|s| s.sentence.len()).sum()),
        avg(&|e| e.sources.iter().map(|s| s.doc.len()).sum()),
        std::mem::size_of::<gahnama::model::Event>(),
        std::mem::size_of::<gahnama::model::SourceSpan>(),
    );
    println!(
        "sizes: When {} B, NativeDate {} B, NativePoint {} B, Paragraph {} B",
        std::mem::size_of::<gahnama::model::When>(),
        std::mem::size_of::<gahnama::model::NativeDate>(),
        std::mem::size_of::<gahnama::model::NativePoint>(),
        std::mem::size_of::<gahnama::corpus::Paragraph>(),
    );
    let settings = gahnama::app::Settings::default();
    let corpus = gahnama::app::state::Corpus::new(loaded.documents, t);
    mark("corpus indexes", &mut last);
    let shown = gahnama::app::state::Shown::build(&corpus, &settings);
    mark("shown", &mut last);
    drop(shown);
    drop(corpus);
    mark("all dropped", &mut last);
}
