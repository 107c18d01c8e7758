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
    /// Export the timeline as an image.
    Export(ExportArgs),
}

/// Output format of `extract`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// The `gahnama.events/1` JSON document.
    Json,
    /// One row per event and source.
    Csv,
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
}

/// `gahnama dates`.
#[derive(Debug, Args)]
pub struct DatesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = DatesFormat::Table)]
    pub format: DatesFormat,
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
    /// Lanes.
    #[arg(long, default_value = "actor")]
    pub group_by: String,
    /// Axis calendar: gregorian, solar-hijri or both.
    #[arg(long, default_value = "both")]
    pub calendar: String,
    /// light or dark.
    #[arg(long, default_value = "light")]
    pub theme: String,
    /// Title of the image.
    #[arg(long)]
    pub title: Option<String>,
    /// Files or folders; without any, the bundled seeds.
    pub paths: Vec<PathBuf>,
}
