//! Choosing files: the desktop's own dialog (rfd: the xdg desktop portal or
//! zenity on Linux) when it can appear, and otherwise an in-app path field
//! with a small folder browser that says why. Open and Export are never a
//! silent no-op.

use super::i18n::Catalogue;
use super::widgets as w;
use crate::export::image::ImageFormat;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the file is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Texts to open (files).
    OpenFiles,
    /// A folder of texts to open.
    OpenFolder,
    /// Where to write an image export.
    Export(ImageFormat),
    /// A project to open.
    OpenProject,
    /// Where to save the project.
    SaveProject,
}

impl Purpose {
    fn title(self, tr: &Catalogue) -> &str {
        tr.t(match self {
            Self::OpenFiles => "dialog-open-files",
            Self::OpenFolder => "dialog-open-folder",
            Self::OpenProject => "dialog-open-project",
            Self::SaveProject => "dialog-save-project",
            Self::Export(ImageFormat::Png) => "dialog-export-png",
            Self::Export(ImageFormat::Svg) => "dialog-export-svg",
            Self::Export(ImageFormat::Pdf) => "dialog-export-pdf",
        })
    }
}

/// What the native dialog gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The paths chosen.
    Picked(Vec<PathBuf>),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could appear, and why.
    Unavailable(String),
}

/// A dialog that closes sooner than this without a choice never appeared:
/// nobody cancels that fast.
const NEVER_SHOWN: Duration = Duration::from_millis(250);

/// Why no native file dialog can appear here, when that is known before
/// trying (`GAHNAMA_NO_NATIVE_DIALOGS` set; on Linux, no D-Bus session for
/// the portal and no zenity).
#[must_use]
pub fn unavailable_reason(tr: &Catalogue) -> Option<String> {
    if std::env::var_os("GAHNAMA_NO_NATIVE_DIALOGS").is_some() {
        return Some(tr.t("dialog-off-env").to_owned());
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| Path::new(&d).join("bus").exists());
        if !session_bus && !on_path("zenity") {
            return Some(tr.t("dialog-none-here").to_owned());
        }
    }
    None
}

#[cfg(all(unix, not(target_os = "macos")))]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}

/// Shows the desktop's dialog for `purpose` (blocking until it closes);
/// `native` false goes straight to [`Choice::Unavailable`] (tests, and
/// desktops whose dialog hangs).
#[must_use]
pub fn pick(purpose: Purpose, native: bool, tr: &Catalogue) -> Choice {
    if !native {
        return Choice::Unavailable(tr.t("dialog-off").to_owned());
    }
    if let Some(why) = unavailable_reason(tr) {
        return Choice::Unavailable(why);
    }
    let started = Instant::now();
    let dialog = rfd::FileDialog::new().set_title(purpose.title(tr));
    let got = match purpose {
        Purpose::OpenFiles => dialog
            .add_filter(
                tr.t("dialog-filter-texts"),
                &["txt", "md", "json", "gahnama"],
            )
            .pick_files(),
        Purpose::OpenFolder => dialog.pick_folder().map(|p| vec![p]),
        Purpose::OpenProject => dialog
            .add_filter(tr.t("dialog-filter-project"), &["gahnama"])
            .pick_file()
            .map(|p| vec![p]),
        Purpose::SaveProject => dialog
            .add_filter(tr.t("dialog-filter-project"), &["gahnama"])
            .set_file_name("study.gahnama")
            .save_file()
            .map(|p| vec![p]),
        Purpose::Export(f) => dialog
            .add_filter(
                tr.f("dialog-filter-format", &[("format", f.name().into())]),
                &[f.extension()],
            )
            .set_file_name(format!("gahnama-timeline.{}", f.extension()))
            .save_file()
            .map(|p| vec![p]),
    };
    match got {
        Some(paths) if !paths.is_empty() => Choice::Picked(paths),
        _ if started.elapsed() < NEVER_SHOWN => Choice::Unavailable(tr.f(
            "dialog-did-not-appear",
            &[("ms", (started.elapsed().as_millis() as u64).into())],
        )),
        _ => Choice::Cancelled,
    }
}

/// The in-app fallback: a path typed or picked from a folder listing.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: Purpose,
    /// The path as typed.
    pub path: String,
    /// Why the desktop's dialog is not used.
    pub reason: String,
    /// What is wrong with the path, after OK.
    pub problem: Option<String>,
    /// The folder listed and its entries (folders first), cached.
    listing: Option<(PathBuf, Vec<(String, bool)>)>,
}

impl PathPrompt {
    /// A prompt for `purpose`, starting in the home folder (or the current one).
    #[must_use]
    pub fn new(purpose: Purpose, reason: String) -> Self {
        let start = std::env::var_os("HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let path = match purpose {
            Purpose::Export(f) => start.join(format!("gahnama-timeline.{}", f.extension())),
            Purpose::SaveProject => start.join("study.gahnama"),
            _ => start,
        };
        Self {
            purpose,
            path: path.display().to_string(),
            reason,
            problem: None,
            listing: None,
        }
    }

    /// The path if it is acceptable for the purpose, else why not.
    ///
    /// # Errors
    /// A message naming the path: missing, not a folder, no such folder to
    /// write into.
    pub fn accept(&self, tr: &Catalogue) -> Result<PathBuf, String> {
        let p = PathBuf::from(self.path.trim());
        if p.as_os_str().is_empty() {
            return Err(tr.t("path-type-one").to_owned());
        }
        let say = |key: &str, p: &Path| tr.f(key, &[("path", tr.path(p).into())]);
        match self.purpose {
            Purpose::OpenFiles | Purpose::OpenFolder | Purpose::OpenProject if !p.exists() => {
                Err(say("path-missing", &p))
            }
            Purpose::OpenFiles | Purpose::OpenFolder | Purpose::OpenProject => Ok(p),
            Purpose::SaveProject if p.is_dir() => Err(say("path-is-folder", &p)),
            Purpose::SaveProject => {
                let p = if p.extension().is_none() {
                    p.with_extension("gahnama")
                } else {
                    p
                };
                match p.parent().filter(|d| !d.as_os_str().is_empty()) {
                    Some(d) if !d.is_dir() => Err(say("path-no-folder", d)),
                    _ => Ok(p),
                }
            }
            Purpose::Export(_) if p.is_dir() => Err(say("path-is-folder", &p)),
            Purpose::Export(f) => {
                let p = if p.extension().is_none() {
                    p.with_extension(f.extension())
                } else {
                    p
                };
                let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
                match dir {
                    Some(d) if !d.is_dir() => Err(say("path-no-folder", d)),
                    _ => Ok(p),
                }
            }
        }
    }

    /// The folder the path is in (or is), for the listing.
    fn folder(&self) -> PathBuf {
        let p = PathBuf::from(self.path.trim());
        if p.is_dir() {
            p
        } else {
            p.parent()
                .filter(|d| d.is_dir())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        }
    }

    /// The listing of `folder` (read once while it stays the same).
    fn entries(&mut self, folder: PathBuf) -> &[(String, bool)] {
        if self.listing.as_ref().is_none_or(|(f, _)| *f != folder) {
            let mut entries: Vec<(String, bool)> = std::fs::read_dir(&folder)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .filter_map(|e| {
                            let name = e.file_name().to_string_lossy().into_owned();
                            let is_dir = e.path().is_dir();
                            let shown = !name.starts_with('.')
                                && (is_dir
                                    || (self.purpose == Purpose::OpenFiles
                                        && crate::corpus::is_text_file(&e.path())));
                            shown.then_some((name, is_dir))
                        })
                        .take(500)
                        .collect()
                })
                .unwrap_or_default();
            entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            self.listing = Some((folder, entries));
        }
        self.listing.as_ref().map_or(&[], |(_, e)| e)
    }
}

/// What the prompt's window asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptOutcome {
    /// Still open.
    Open,
    /// Closed without a path.
    Cancelled,
    /// A path was accepted.
    Accepted(PathBuf),
}

/// The prompt's window.
pub fn prompt_ui(
    prompt: &mut PathPrompt,
    ctx: &egui::Context,
    cache: &mut super::text_cache::TextCache,
    tr: &Catalogue,
) -> PromptOutcome {
    let mut outcome = PromptOutcome::Open;
    let rtl = tr.rtl();
    w::window(ctx, "path-prompt", rtl)
        .default_width(520.0)
        .show(ctx, |ui| {
            w::column(ui, rtl, |ui| {
                if w::window_title(ui, cache, prompt.purpose.title(tr), tr.t("close")) {
                    outcome = PromptOutcome::Cancelled;
                }
                let why = tr.f(
                    "path-typing-instead",
                    &[("why", prompt.reason.as_str().into())],
                );
                let color = ui.visuals().weak_text_color();
                w::wrapped(ui, cache, &why, color, 500.0);
                // Folder names may be Persian: the Persian field sets them.
                let edit = super::text_field::TextField::new(
                    "path-prompt",
                    &prompt.path,
                    tr.t("path-field"),
                )
                .hint("/home/you/texts")
                .show(ui, cache);
                if let Some(t) = edit.changed {
                    prompt.path = t;
                    prompt.problem = None;
                }
                let enter = edit.submitted;
                if let Some(problem) = &prompt.problem {
                    let color = ui.visuals().error_fg_color;
                    w::wrapped(ui, cache, problem, color, 500.0);
                }
                let folder = prompt.folder();
                w::weak(ui, cache, &folder.display().to_string());
                let mut go_to = None;
                egui::ScrollArea::vertical()
                    .max_height(220.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        w::column(ui, rtl, |ui| {
                            if let Some(parent) = folder.parent()
                                && w::selectable(ui, cache, false, tr.t("path-up")).clicked()
                            {
                                go_to = Some(parent.to_path_buf());
                            }
                            for (name, is_dir) in prompt.entries(folder.clone()).to_vec() {
                                let label = if is_dir {
                                    format!("{name}/")
                                } else {
                                    name.clone()
                                };
                                if w::selectable(ui, cache, false, &label).clicked() {
                                    go_to = Some(folder.join(&name));
                                }
                            }
                        })
                    });
                if let Some(p) = go_to {
                    let p = if let (Purpose::Export(f), true) = (prompt.purpose, p.is_dir()) {
                        p.join(format!("gahnama-timeline.{}", f.extension()))
                    } else {
                        p
                    };
                    prompt.path = p.display().to_string();
                    prompt.problem = None;
                }
                ui.horizontal(|ui| {
                    let ok = tr.t(match prompt.purpose {
                        Purpose::Export(_) => "path-export",
                        Purpose::SaveProject => "path-save",
                        _ => "path-open",
                    });
                    if w::button(ui, cache, ok).clicked() || enter {
                        match prompt.accept(tr) {
                            Ok(p) => outcome = PromptOutcome::Accepted(p),
                            Err(e) => prompt.problem = Some(e),
                        }
                    }
                    if w::button(ui, cache, tr.t("cancel")).clicked() {
                        outcome = PromptOutcome::Cancelled;
                    }
                });
            })
        });
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_path_gets_its_extension_and_needs_an_existing_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut p = PathPrompt::new(Purpose::Export(ImageFormat::Png), "test".into());
        p.path = dir.path().join("timeline").display().to_string();
        assert_eq!(
            p.accept(&Catalogue::default()),
            Ok(dir.path().join("timeline.png"))
        );
        p.path = dir
            .path()
            .join("nowhere/timeline.png")
            .display()
            .to_string();
        assert!(
            p.accept(&Catalogue::default())
                .is_err_and(|e| e.contains("no such folder"))
        );
        p.path = dir.path().display().to_string();
        assert!(
            p.accept(&Catalogue::default())
                .is_err_and(|e| e.contains("is a folder"))
        );
        let mut open = PathPrompt::new(Purpose::OpenFolder, "test".into());
        open.path = dir.path().join("missing").display().to_string();
        assert!(
            open.accept(&Catalogue::default())
                .is_err_and(|e| e.contains("no such file"))
        );
        open.path = dir.path().display().to_string();
        assert_eq!(
            open.accept(&Catalogue::default()),
            Ok(dir.path().to_path_buf())
        );
    }

    #[test]
    fn the_listing_shows_folders_first_and_only_texts_when_opening_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::fs::write(dir.path().join("a.txt"), "x").expect("write");
        std::fs::write(dir.path().join("b.pdf"), "x").expect("write");
        let mut p = PathPrompt::new(Purpose::OpenFiles, "test".into());
        p.path = dir.path().display().to_string();
        assert_eq!(
            p.entries(p.folder()),
            [("sub".to_owned(), true), ("a.txt".to_owned(), false)]
        );
    }
}
