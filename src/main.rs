//! The `gahnama` binary: a thin face over the library. Parses the command
//! line, runs the command, and prints one error if it fails.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use gahnama::cli::{
    Cli, Command, CsvRowsArg, DatesFormat, ExportKind, ExtractFormat, PngArgs, Selection,
    TimelineJsArgs, TimesketchArgs, TimesketchFormat,
};
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
    if let Some(n) = cli.threads {
        gahnama::parallel::set_threads(n.get());
    }
    match cli.command {
        None => {
            gahnama::app::run(cli.paths).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
        }
        Some(Command::Extract(args)) => {
            let (loaded, timeline) = match (&args.project, &args.document_date) {
                (Some(project), _) => curated_project(project, &Extractor::bundled()?)?,
                (None, Some(date)) => {
                    let extractor = Extractor::bundled()?;
                    let loaded = load_dated(&args.paths, Some(date), &extractor)?;
                    let timeline = extractor.extract(&loaded.documents);
                    (loaded, timeline)
                }
                (None, None) => {
                    // The gazetteer's automaton is built while the files are read.
                    let (extractor, loaded) = std::thread::scope(|s| {
                        let building = s.spawn(Extractor::bundled);
                        let loaded = load(&args.paths);
                        let built = building
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                        (built, loaded)
                    });
                    let timeline = extractor?.extract(&loaded.documents);
                    (loaded, timeline)
                }
            };
            // The events hold what they need of the files, and the process
            // ends after writing: freeing the documents and the events one
            // allocation at a time would cost a tenth of the run.
            std::mem::forget(loaded);
            let timeline = std::mem::ManuallyDrop::new(timeline);
            match args.format {
                ExtractFormat::Json => write_streamed(args.output.as_ref(), |w| {
                    gahnama::export::json::write_events_json(w, &timeline)
                }),
                ExtractFormat::Csv => {
                    use gahnama::export::csv::{CsvOptions, CsvRows};
                    let opts = CsvOptions {
                        rows: match args.rows {
                            CsvRowsArg::Source => CsvRows::PerSource,
                            CsvRowsArg::Event => CsvRows::PerEvent,
                        },
                        bom: args.bom,
                    };
                    write_output(
                        args.output.as_ref(),
                        &gahnama::export::csv::events_csv(&timeline, opts),
                    )
                }
                ExtractFormat::Jsonl => write_streamed(args.output.as_ref(), |w| {
                    gahnama::export::csv::write_events_jsonl(w, &timeline)
                }),
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
            ExportKind::Png(png) => export_image(&png, ImageFormat::Png),
            ExportKind::Svg(svg) => export_image(&svg, ImageFormat::Svg),
            ExportKind::Pdf(pdf) => {
                use gahnama::cli::PageArg;
                use gahnama::export::pdf::PageSize;
                let page = match pdf.page {
                    PageArg::A4 => PageSize::A4,
                    PageArg::Letter => PageSize::Letter,
                    PageArg::Content => PageSize::Content,
                };
                export_image(&pdf.image, ImageFormat::Pdf(page))
            }
            ExportKind::Timelinejs(t) => export_timelinejs(&t),
            ExportKind::Timesketch(t) => export_timesketch(&t),
        },
    }
}

/// The image formats of `gahnama export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImageFormat {
    Png,
    Svg,
    Pdf(gahnama::export::pdf::PageSize),
}

/// `gahnama export png|svg|pdf`.
fn export_image(args: &PngArgs, format: ImageFormat) -> anyhow::Result<()> {
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
    let Selected {
        extractor,
        timeline,
        filter,
        group_by: view_group,
    } = select(&args.select)?;
    let group_by = view_group.unwrap_or(group_by);
    let range = match (filter.from_year, filter.to_year) {
        (None, None) => None,
        (from, to) => Some((
            from.map_or(f64::NAN, |y| year_day(y, false)),
            to.map_or(f64::NAN, |y| year_day(y, true)),
        )),
    };
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
    let (w, h, lanes) = match format {
        ImageFormat::Png => {
            let out = png::write(
                &args.output,
                &timeline,
                &filter,
                &extractor.gazetteer,
                &opts,
                &mut engine,
            )?;
            (out.width, out.height, out.lanes)
        }
        ImageFormat::Svg => {
            let out = gahnama::export::svg::write(
                &args.output,
                &timeline,
                &filter,
                &extractor.gazetteer,
                &opts,
                &mut engine,
            )?;
            let p = &out.painted;
            (p.width.round() as u32, p.height.round() as u32, p.lanes)
        }
        ImageFormat::Pdf(page) => {
            let out = gahnama::export::pdf::write(
                &args.output,
                &timeline,
                &filter,
                &extractor.gazetteer,
                &opts,
                page,
                &mut engine,
            )?;
            eprintln!("gahnama: a page of {:.0}×{:.0} pt", out.page.0, out.page.1);
            let p = &out.painted;
            (p.width.round() as u32, p.height.round() as u32, p.lanes)
        }
    };
    eprintln!(
        "gahnama: wrote {} ({w}×{h} px, {lanes} lanes)",
        args.output.display()
    );
    Ok(())
}

/// What an export shows: the extracted timeline and the filter of its
/// `--actor`, `--region`, `--from` and `--to`.
struct Selected {
    extractor: Extractor,
    timeline: gahnama::model::Timeline,
    filter: gahnama::filter::Filter,
    /// The lanes of a saved view, over the command line's.
    group_by: Option<gahnama::layout::GroupBy>,
}

/// Loads and extracts the selection's documents, warning of actor or region
/// ids the gazetteer does not know.
fn select(sel: &Selection) -> anyhow::Result<Selected> {
    if let (Some(f), Some(t)) = (sel.from, sel.to) {
        anyhow::ensure!(f <= t, "--from {f} is after --to {t}");
    }
    let mut filter = gahnama::filter::Filter {
        only_actors: sel.actor.iter().cloned().collect(),
        only_regions: sel.region.iter().cloned().collect(),
        from_year: sel.from,
        to_year: sel.to,
        ..Default::default()
    };
    let extractor = Extractor::bundled()?;
    if let Some(project) = &sel.project {
        let mut group_by = None;
        if let Some(name) = &sel.view {
            let p = gahnama::curation::Project::load(project).map_err(|e| anyhow::anyhow!(e))?;
            let Some(v) = p.views.iter().find(|v| v.name == *name) else {
                let names: Vec<&str> = p.views.iter().map(|v| v.name.as_str()).collect();
                anyhow::bail!(
                    "{}: no view named {name:?} (its views: {})",
                    project.display(),
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                );
            };
            // The view's filters, narrowed by what the command line adds.
            let mut f = v.filter.clone();
            f.only_actors.extend(filter.only_actors);
            f.only_regions.extend(filter.only_regions);
            if let Some((a, b)) = v.years {
                f.from_year = Some(a);
                f.to_year = Some(b);
            }
            f.from_year = sel.from.or(f.from_year);
            f.to_year = sel.to.or(f.to_year);
            filter = f;
            group_by = Some(v.group_by);
        }
        let (_, timeline) = curated_project(project, &extractor)?;
        return Ok(Selected {
            extractor,
            timeline,
            filter,
            group_by,
        });
    }
    // Saved events files are exported as they are, without extracting again.
    let (saved, texts): (Vec<PathBuf>, Vec<PathBuf>) = sel
        .paths
        .iter()
        .cloned()
        .partition(|p| gahnama::corpus::reopen::is_events_file(p));
    let mut reopened = Vec::new();
    for f in &saved {
        let r = gahnama::corpus::reopen::reopen(f).map_err(|e| anyhow::anyhow!(e))?;
        for m in &r.missing {
            eprintln!("gahnama: warning: {m}");
        }
        reopened.push(r);
    }
    let mut loaded = if texts.is_empty() && !saved.is_empty() {
        LoadedFiles::default()
    } else {
        load_dated(&texts, sel.document_date.as_deref(), &extractor)?
    };
    for id in sel.actor.iter().chain(&sel.region) {
        if extractor.gazetteer.get(id).is_none() {
            eprintln!("gahnama: warning: `{id}` is not an actor or region id of the gazetteer");
        }
    }
    let extracted = extractor.extract(&loaded.documents);
    let timeline = gahnama::corpus::reopen::combine(extracted, reopened, &mut loaded.documents);
    Ok(Selected {
        extractor,
        timeline,
        filter,
        group_by: None,
    })
}

/// `gahnama export timelinejs`.
fn export_timelinejs(args: &TimelineJsArgs) -> anyhow::Result<()> {
    use gahnama::export::timelinejs::{self, Assets, TimelineJsOptions};
    let assets = match &args.timelinejs_dir {
        None => Assets::Cdn,
        Some(dir) => Assets::Local(local_timelinejs(dir, &args.output)?),
    };
    let Selected {
        extractor,
        timeline,
        filter,
        group_by,
    } = select(&args.select)?;
    let opts = TimelineJsOptions {
        group_by: group_by.unwrap_or_else(|| args.group_by.into()),
        title: args.title.clone(),
        ..TimelineJsOptions::default()
    };
    let tl = timelinejs::timelinejs(&timeline, &filter, &extractor.gazetteer, &opts);
    let mut json = serde_json::to_string_pretty(&tl)?;
    json.push('\n');
    write_output(Some(&args.output), &json)?;
    eprintln!(
        "gahnama: wrote {} ({} slides and a title slide)",
        args.output.display(),
        tl.events.len()
    );
    if args.html {
        let page = args.output.with_extension("html");
        anyhow::ensure!(
            page != args.output,
            "--html: the output {} already ends in .html",
            page.display()
        );
        let title = args.title.clone().unwrap_or_else(|| "گاه‌نما".to_owned());
        write_output(Some(&page), &timelinejs::html_page(&json, &title, &assets))?;
        eprintln!("gahnama: wrote {}", page.display());
    }
    Ok(())
}

/// `gahnama export timesketch`.
fn export_timesketch(args: &TimesketchArgs) -> anyhow::Result<()> {
    use gahnama::export::timesketch;
    if let Some(out) = &args.output {
        let want = match args.format {
            TimesketchFormat::Jsonl => "jsonl",
            TimesketchFormat::Csv => "csv",
        };
        if out.extension().and_then(|e| e.to_str()) != Some(want) {
            eprintln!(
                "gahnama: warning: {} does not end in .{want}; Timesketch's importer reads the format from the extension",
                out.display()
            );
        }
    }
    let Selected {
        timeline, filter, ..
    } = select(&args.select)?;
    let mut rows = 0;
    let mut before_1700 = 0;
    write_streamed(args.output.as_ref(), |w| {
        match args.format {
            TimesketchFormat::Jsonl => rows = timesketch::write_jsonl(w, &timeline, &filter)?,
            TimesketchFormat::Csv => {
                let n = timesketch::write_csv(w, &timeline, &filter)?;
                (rows, before_1700) = (n.rows, n.before_1700);
            }
        }
        Ok(())
    })?;
    if let Some(out) = &args.output {
        eprintln!("gahnama: wrote {} ({rows} events)", out.display());
    }
    if before_1700 > 0 {
        eprintln!(
            "gahnama: warning: {before_1700} events are dated before {}: Timesketch's CSV reader drops them; --format jsonl keeps them",
            timesketch::CSV_FIRST_YEAR
        );
    }
    Ok(())
}

/// The URL, relative to the page beside `output` where it can be, of a local
/// TimelineJS: `dir` is its `dist` folder or the package holding it.
fn local_timelinejs(dir: &std::path::Path, output: &std::path::Path) -> anyhow::Result<String> {
    let dist = [dir.to_path_buf(), dir.join("dist")]
        .into_iter()
        .find(|d| d.join("js/timeline.js").is_file())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "--timelinejs-dir {}: no js/timeline.js in it or in its dist folder",
                dir.display()
            )
        })?;
    let dist = std::fs::canonicalize(&dist)
        .with_context(|| format!("--timelinejs-dir {}", dist.display()))?;
    let page_dir = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let page_dir = std::fs::canonicalize(page_dir)
        .with_context(|| format!("cannot find the folder of {}", output.display()))?;
    let url_path = |p: &std::path::Path| {
        p.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .filter(|c| c != "/")
            .collect::<Vec<_>>()
            .join("/")
    };
    Ok(match dist.strip_prefix(&page_dir) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_owned(),
        Ok(rel) => url_path(rel),
        Err(_) => format!("file:///{}", url_path(&dist)),
    })
}

/// A project's corpus, extracted with its document dates and curated by its
/// edits; hidden events are left out. Edits that find no event are named.
fn curated_project(
    project: &std::path::Path,
    extractor: &Extractor,
) -> anyhow::Result<(LoadedFiles, gahnama::model::Timeline)> {
    use gahnama::curation::{self, Project};
    let p = Project::load(project).map_err(|e| anyhow::anyhow!(e))?;
    let paths = p.resolved_paths(project);
    let mut loaded = load(&paths);
    for d in &mut loaded.documents {
        let written = Project::relative_path(project, std::path::Path::new(&d.path));
        let date = p
            .document_dates
            .get(&written)
            .or_else(|| p.document_dates.get(&d.path));
        if let Some(text) = date {
            match extractor.parse_day(text) {
                Some(day) => d.user_date = Some(day),
                None => eprintln!(
                    "gahnama: warning: {}: the date {text:?} of {} is not one day",
                    project.display(),
                    d.path
                ),
            }
        }
    }
    let extracted = extractor.extract(&loaded.documents);
    let applied = curation::apply(&extracted, &p.edits, &|s| extractor.parse_when(s));
    for o in &applied.orphans {
        eprintln!(
            "gahnama: warning: {}: edit {} is orphaned (kept in the project): {}",
            project.display(),
            o.index + 1,
            o.why
        );
    }
    let mut timeline = applied.timeline;
    let view = gahnama::filter::CurationView::All;
    timeline.events.retain(|e| view.shows(e));
    Ok((loaded, timeline))
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
