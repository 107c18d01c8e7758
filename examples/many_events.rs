//! Writes a `gahnama.events/2` JSON of N generated events (the benches'
//! generator), to open in the app at scale without extracting:
//! `cargo run --release --example many_events -- 1000000 million.json`,
//! then `gahnama million.json`.

#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(out)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: many_events N OUT.json");
        return std::process::ExitCode::FAILURE;
    };
    let timeline = gahnama::model::Timeline::new(Vec::new(), common::events(n));
    let written = gahnama::export::write_atomically_with(std::path::Path::new(out), |w| {
        gahnama::export::json::write_events_json(w, &timeline)
    });
    match written {
        Ok(()) => {
            eprintln!("wrote {out} ({n} events)");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
