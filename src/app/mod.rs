//! The desktop application.

use std::path::PathBuf;

/// Runs the app.
///
/// # Errors
/// When the window cannot be created.
pub fn run(_paths: Vec<PathBuf>) -> Result<(), eframe::Error> {
    Ok(())
}
