//! The `gahnama` binary: a thin face over the library. Parses the command
//! line, runs the command, and prints one error if it fails.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use gahnama::cli::{Cli, Command, DatesFormat, ExportKind, ExtractFormat, PngArgs};
use gahnama::corpus::LoadedFiles;
use gahnama::extract::Extractor;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none() {
        // The window holds a corpus as long as it is open; a headless
        // command ends after its one job, faster without it.
        gahnama::memory::tune_allocator();
    }
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
            let extractor = Extractor::bundled()?;
            let loaded = load_dated(&args.paths, args.document_date.as_deref(), &extractor)?;
            let timeline = extractor.extract(&loaded.documents);
            // The events hold what they need of the files, and the process
            // ends after writing: freeing the documents and the events one
            // allocation at a time would cost a tenth of the run.
            std::mem::forget(loaded);
            let timeline = std::mem::ManuallyDrop::new(timeline);
            match args.format {
                ExtractFormat::Json => write_streamed(args.output.as_ref(), |w| {
                    gahnama::export::json::write_events_json(w, &timeline)
                }),
                ExtractFormat::Csv => write_output(
                    args.output.as_ref(),
                    &gahnama::export::csv::events_csv(&timeline),
                ),
            }
        }
        Some(Command::Dates(args)) => {
            let extractor = Extractor::bundled()?;
            let loaded = load_dated(&args.paths, args.document_date.as_deref(), &extractor)?;
            let mut out = String::new();
            let mut timeml = Vec::new();
            for doc in &loaded.documents {
                let rows = extractor.dates(doc);
                match args.format {
                    DatesFormat::Timeml => {
                        let dct = extractor.document_date(doc).map(|d| d.day);
                        timeml.push(gahnama::export::timeml::timeml_document(doc, &rows, dct));
                    }
                    DatesFormat::Jsonl => {
                        for r in rows {
                            out.push_str(&serde_json::to_string(&r)?);
                            out.push('\n');
                        }
                    }
                    DatesFormat::Table => out.push_str(&gahnama::export::csv::dates_table(&rows)),
                }
            }
            if args.format == DatesFormat::Timeml {
                out = gahnama::export::timeml::timeml_file(&timeml);
            }
            write_output(None, &out)
        }
        Some(Command::Export(args)) => match args.what {
            ExportKind::Png(png) => export_png(&png),
        },
    }
}

/// `gahnama export png`.
fn export_png(args: &PngArgs) -> anyhow::Result<()> {
    use gahnama::export::png::{self, PngOptions};
    use gahnama::layout::GroupBy;
    let group_by: GroupBy = args.group_by.into();
    let calendars = gahnama::app::AxisCalendar::from(args.calendar).kinds();
    let palette = args.theme.palette();
    let height = match args.height.as_str() {
        "auto" => None,
        h => Some(
            h.parse::<u32>()
                .with_context(|| format!("--height {h}: expected a number of pixels or auto"))?,
        ),
    };
    let year_day = |y: i32, end: bool| {
        let d = gahnama::model::Day::new(y, if end { 12 } else { 1 }, if end { 31 } else { 1 });
        d.to_epoch_days() as f64 + if end { 1.0 } else { 0.0 }
    };
    let range = match (args.from, args.to) {
        (None, None) => None,
        (from, to) => {
            let a = from.map_or(f64::NAN, |y| year_day(y, false));
            let b = to.map_or(f64::NAN, |y| year_day(y, true));
            if let (Some(f), Some(t)) = (args.from, args.to) {
                anyhow::ensure!(f <= t, "--from {f} is after --to {t}");
            }
            Some((a, b))
        }
    };
    let filter = gahnama::filter::Filter {
        only_actors: args.actor.iter().cloned().collect(),
        only_regions: args.region.iter().cloned().collect(),
        from_year: args.from,
        to_year: args.to,
        ..Default::default()
    };
    let extractor = Extractor::bundled()?;
    let loaded = load_dated(&args.paths, args.document_date.as_deref(), &extractor)?;
    for id in args.actor.iter().chain(&args.region) {
        if extractor.gazetteer.get(id).is_none() {
            eprintln!("gahnama: warning: `{id}` is not an actor or region id of the gazetteer");
        }
    }
    let timeline = extractor.extract(&loaded.documents);
    let opts = PngOptions {
        width: args.width,
        height,
        scale: args.scale,
        range,
        group_by,
        calendars,
        palette,
        title: args.title.clone(),
        ..PngOptions::default()
    };
    let mut engine = gahnama::text::TextEngine::new();
    let out = png::write(
        &args.output,
        &timeline,
        &filter,
        &extractor.gazetteer,
        &opts,
        &mut engine,
    )?;
    eprintln!(
        "gahnama: wrote {} ({}×{} px, {} lanes)",
        args.output.display(),
        out.width,
        out.height,
        out.lanes
    );
    Ok(())
}

/// [`load`], then gives every document the date the user set, if any.
fn load_dated(
    paths: &[PathBuf],
    date: Option<&str>,
    extractor: &Extractor,
) -> anyhow::Result<LoadedFiles> {
    let day = match date {
        None => None,
        Some(text) => Some(extractor.parse_day(text).ok_or_else(|| {
            anyhow::anyhow!(
                "--document-date {text:?} is not one day (write it as 2021-02-10, 1399/11/22 or «۲۲ بهمن ۱۳۹۹»)"
            )
        })?),
    };
    let mut loaded = load(paths);
    if day.is_some() {
        for d in &mut loaded.documents {
            d.user_date = day;
        }
    }
    Ok(loaded)
}

/// Loads paths (or the bundled seeds), reporting each failed file and going on.
fn load(paths: &[PathBuf]) -> LoadedFiles {
    let loaded = if paths.is_empty() {
        gahnama::seeds::load()
    } else {
        gahnama::corpus::load_paths(paths)
    };
    for e in &loaded.errors {
        eprintln!("gahnama: skipped {e}");
    }
    for w in loaded.documents.iter().flat_map(|d| &d.warnings) {
        eprintln!("gahnama: warning: {w}");
    }
    loaded
}

/// Writes output made as it is written, to a file (atomically) or standard output.
fn write_streamed(
    path: Option<&PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    match path {
        Some(p) => gahnama::export::write_atomically_with(p, write)
            .with_context(|| format!("cannot write {}", p.display())),
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            match write(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.context("cannot write to standard output"),
            }
        }
    }
}

fn write_output(path: Option<&PathBuf>, text: &str) -> anyhow::Result<()> {
    write_streamed(path, |w| w.write_all(text.as_bytes()))
}
