//! The command line: `gahnama [PATH...]` opens the app; `extract`, `dates` and
//! `export` work headless.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Gahnama (گاه‌نما): a timeline explorer for Persian analytical texts on
/// Central Asia and the Caucasus.
#[derive(Debug, Parser)]
#[command(name = "gahnama", version, about, long_about = None)]
pub struct Cli {
    /// A headless command; without one, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Threads for extraction and writing (default: one per core). The
    /// output is the same on any number.
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<std::num::NonZeroUsize>,
    /// Files or folders (.txt, .md) to open in the app. Without any: the
    /// last opened ones, or the bundled seed documents.
    pub paths: Vec<PathBuf>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the dated events of texts as JSON or CSV.
    Extract(ExtractArgs),
    /// List every temporal expression found, with its normalised value and role.
    Dates(DatesArgs),
    /// Export the timeline: an image, or a file for another tool.
    Export(ExportArgs),
}

/// Output format of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// The `gahnama.events/2` JSON document.
    Json,
    /// One row per source (or with `--rows event`, per event).
    Csv,
    /// One event per line, for pipelines.
    Jsonl,
}

/// `extract --rows`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CsvRowsArg {
    /// One row per event and source.
    Source,
    /// One row per event.
    Event,
}

/// `gahnama extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// CSV: one row per source or per event.
    #[arg(long, value_enum, default_value_t = CsvRowsArg::Source)]
    pub rows: CsvRowsArg,
    /// CSV: start with a UTF-8 byte order mark, so that Excel opens Persian
    /// text correctly.
    #[arg(long)]
    pub bom: bool,
    /// Extract the corpus of this project (`*.gahnama`) with its document
    /// dates, and write the events as curated there (hidden ones left out).
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub project: Option<PathBuf>,
    /// The date of the documents given (the day their text counts
    /// «امروز», «سال جاری» and «شنبه گذشته» from), over any they state:
    /// `2021-02-10`, `1399/11/22` or «۲۲ بهمن ۱۳۹۹».
    #[arg(long = "document-date", value_name = "DATE")]
    pub document_date: Option<String>,
    /// Files or folders; without any, the bundled seeds.
    pub paths: Vec<PathBuf>,
}

/// Output format of `dates`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DatesFormat {
    /// One JSON object per line.
    Jsonl,
    /// An aligned table.
    Table,
    /// TimeML: each document's text with its TIMEX3s and its date as the
    /// CREATION_TIME (several documents in one `<TimeMLCollection>`).
    Timeml,
}

/// `gahnama dates`.
#[derive(Debug, Args)]
pub struct DatesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = DatesFormat::Table)]
    pub format: DatesFormat,
    /// The date of the documents given (the day their text counts
    /// «امروز», «سال جاری» and «شنبه گذشته» from), over any they state:
    /// `2021-02-10`, `1399/11/22` or «۲۲ بهمن ۱۳۹۹».
    #[arg(long = "document-date", value_name = "DATE")]
    pub document_date: Option<String>,
    /// Files or folders; without any, the bundled seeds.
    pub paths: Vec<PathBuf>,
}

/// `gahnama export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[command(subcommand)]
    pub what: ExportKind,
}

/// Export targets.
#[derive(Debug, Subcommand)]
pub enum ExportKind {
    /// The timeline as a PNG image (no window or GPU needed).
    Png(PngArgs),
    /// The timeline as an SVG drawing (text as outlines: exact in any viewer).
    Svg(PngArgs),
    /// The timeline as a one-page PDF (text selectable, metadata of the title
    /// and the filters).
    Pdf(PdfArgs),
    /// A TimelineJS3 JSON file (and with `--html`, a page that shows it).
    Timelinejs(TimelineJsArgs),
    /// Timesketch's import format: JSON lines or CSV, one row per event.
    Timesketch(TimesketchArgs),
}

/// `gahnama export png`.
#[derive(Debug, Args)]
pub struct PngArgs {
    /// Output file.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Width in pixels.
    #[arg(long, default_value_t = 2400)]
    pub width: u32,
    /// Height in pixels, or `auto`.
    #[arg(long, default_value = "auto")]
    pub height: String,
    /// Scale factor (1, 2 or 3).
    #[arg(long, default_value_t = 1)]
    pub scale: u32,
    /// Lanes.
    #[arg(long, value_enum, default_value_t = GroupByArg::Actor)]
    pub group_by: GroupByArg,
    /// Axis calendar.
    #[arg(long, value_enum, default_value_t = CalendarArg::Both)]
    pub calendar: CalendarArg,
    /// Colours.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Title of the image.
    #[arg(long)]
    pub title: Option<String>,
    /// The events shown.
    #[command(flatten)]
    pub select: Selection,
}

/// The documents and the events of an export: `--actor`, `--region`,
/// `--from`, `--to`, `--document-date` and the paths.
#[derive(Debug, Args)]
pub struct Selection {
    /// The corpus of this project (`*.gahnama`), with its document dates
    /// and curation (hidden events left out), instead of paths.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub project: Option<PathBuf>,
    /// A view saved in the project: its filters, years and lanes (the
    /// command line's `--actor`, `--region`, `--from` and `--to` narrow it).
    #[arg(long, value_name = "NAME", requires = "project")]
    pub view: Option<String>,
    /// First year shown.
    #[arg(long)]
    pub from: Option<i32>,
    /// Last year shown.
    #[arg(long)]
    pub to: Option<i32>,
    /// Only events with this actor (repeatable).
    #[arg(long)]
    pub actor: Vec<String>,
    /// Only events in this region (repeatable).
    #[arg(long)]
    pub region: Vec<String>,
    /// The date of the documents given (the day their text counts
    /// «امروز», «سال جاری» and «شنبه گذشته» from), over any they state:
    /// `2021-02-10`, `1399/11/22` or «۲۲ بهمن ۱۳۹۹».
    #[arg(long = "document-date", value_name = "DATE")]
    pub document_date: Option<String>,
    /// Files or folders; without any, the bundled seeds.
    pub paths: Vec<PathBuf>,
}

/// `gahnama export timelinejs`.
#[derive(Debug, Args)]
pub struct TimelineJsArgs {
    /// Output file (`.json`).
    #[arg(long, short)]
    pub output: PathBuf,
    /// Also write a page beside the JSON (same name, `.html`) that shows it.
    #[arg(long)]
    pub html: bool,
    /// Load TimelineJS in that page from this local copy (the package's
    /// `dist` folder, holding `js/timeline.js`) instead of Knight Lab's CDN.
    #[arg(long = "timelinejs-dir", value_name = "DIR", requires = "html")]
    pub timelinejs_dir: Option<PathBuf>,
    /// What the groups (rows) are.
    #[arg(long, value_enum, default_value_t = GroupByArg::Actor)]
    pub group_by: GroupByArg,
    /// Headline of the title slide.
    #[arg(long)]
    pub title: Option<String>,
    /// The events shown.
    #[command(flatten)]
    pub select: Selection,
}

/// `gahnama export pdf`.
#[derive(Debug, Args)]
pub struct PdfArgs {
    /// The page: A4 or Letter landscape, or the drawing's own size.
    #[arg(long, value_enum, default_value_t = PageArg::A4)]
    pub page: PageArg,
    /// The drawing's options, as for `export png`.
    #[command(flatten)]
    pub image: PngArgs,
}

/// `export pdf --page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageArg {
    /// A4 landscape.
    A4,
    /// US Letter landscape.
    Letter,
    /// The drawing's own size.
    Content,
}

/// `gahnama export timesketch`.
#[derive(Debug, Args)]
pub struct TimesketchArgs {
    /// JSON lines (keeps every date) or CSV (Timesketch drops rows before 1700).
    #[arg(long, value_enum, default_value_t = TimesketchFormat::Jsonl)]
    pub format: TimesketchFormat,
    /// Write to this file instead of standard output (`.jsonl` or `.csv`,
    /// as Timesketch's importer wants).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The events exported.
    #[command(flatten)]
    pub select: Selection,
}

/// `export timesketch --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimesketchFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

/// `--group-by`: what the lanes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupByArg {
    /// One lane per actor.
    Actor,
    /// One lane per region.
    Region,
    /// One lane per document.
    Document,
    /// A single lane.
    None,
}

impl From<GroupByArg> for crate::layout::GroupBy {
    fn from(g: GroupByArg) -> Self {
        match g {
            GroupByArg::Actor => Self::Actor,
            GroupByArg::Region => Self::Region,
            GroupByArg::Document => Self::Document,
            GroupByArg::None => Self::None,
        }
    }
}

/// `--calendar`: the axis rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CalendarArg {
    /// Gregorian only.
    Gregorian,
    /// Solar Hijri only.
    SolarHijri,
    /// Gregorian with a Solar Hijri row below.
    Both,
    /// Solar Hijri with a Gregorian row below.
    SolarFirst,
}

impl From<CalendarArg> for crate::app::AxisCalendar {
    fn from(c: CalendarArg) -> Self {
        match c {
            CalendarArg::Gregorian => Self::Gregorian,
            CalendarArg::SolarHijri => Self::SolarHijri,
            CalendarArg::Both => Self::Both,
            CalendarArg::SolarFirst => Self::SolarFirst,
        }
    }
}

/// `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
}

impl ThemeArg {
    /// The palette.
    #[must_use]
    pub fn palette(self) -> crate::theme::Palette {
        match self {
            Self::Light => crate::theme::LIGHT,
            Self::Dark => crate::theme::DARK,
        }
    }
}
