//! The `gahnama` binary: a thin face over the library. Parses the command
//! line, runs the command, and prints one error if it fails.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use gahnama::cli::{Cli, Command, DatesFormat, ExportKind, ExtractFormat};
use gahnama::corpus::Loaded;
use gahnama::extract::Extractor;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gahnama: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        None => {
            gahnama::app::run(cli.paths).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
        }
        Some(Command::Extract(args)) => {
            let loaded = load(&args.paths);
            let extractor = Extractor::bundled()?;
            let timeline = extractor.extract(&loaded.documents);
            let text = match args.format {
                ExtractFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&timeline.to_output())?;
                    s.push('\n');
                    s
                }
                ExtractFormat::Csv => gahnama::export::csv::events_csv(&timeline),
            };
            write_output(args.output.as_ref(), &text)
        }
        Some(Command::Dates(args)) => {
            let loaded = load(&args.paths);
            let extractor = Extractor::bundled()?;
            let mut out = String::new();
            for doc in &loaded.documents {
                let rows = extractor.dates(doc);
                match args.format {
                    DatesFormat::Jsonl => {
                        for r in rows {
                            out.push_str(&serde_json::to_string(&r)?);
                            out.push('\n');
                        }
                    }
                    DatesFormat::Table => out.push_str(&gahnama::export::csv::dates_table(&rows)),
                }
            }
            write_output(None, &out)
        }
        Some(Command::Export(args)) => match args.what {
            ExportKind::Png(_) => anyhow::bail!(
                "PNG export is not available in this version yet; use `gahnama extract` for JSON or CSV"
            ),
        },
    }
}

/// Loads paths (or the bundled seeds), reporting each failed file and going on.
fn load(paths: &[PathBuf]) -> Loaded {
    let loaded = if paths.is_empty() {
        gahnama::seeds::load()
    } else {
        gahnama::corpus::load_paths(paths)
    };
    for e in &loaded.errors {
        eprintln!("gahnama: skipped {e}");
    }
    loaded
}

fn write_output(path: Option<&PathBuf>, text: &str) -> anyhow::Result<()> {
    match path {
        Some(p) => std::fs::write(p, text).with_context(|| format!("cannot write {}", p.display())),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.context("cannot write to standard output"),
            }
        }
    }
}
