//! Exports of the timeline: CSV, the dates table, and PNG images, each
//! written atomically ([`write_atomically`]).

pub mod csv;
pub mod image;
pub mod json;
pub mod pdf;
pub mod png;
pub mod svg;
pub mod timelinejs;
pub mod timeml;
pub mod timesketch;

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// folder, flushed to disk, then renamed over `path`. A reader never sees a
/// half-written file, and a failed write leaves what was there before.
///
/// # Errors
/// Creating, writing, syncing or renaming the temporary file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// [`write_atomically`] for output made as it is written: `write` gets a
/// buffered writer into the temporary file.
///
/// # Errors
/// What `write` returns, or creating, syncing or renaming the temporary file.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The file keeps the permissions it had, or gets the usual ones (the
    // temporary file alone would be readable by its owner only).
    let mut builder = tempfile::Builder::new();
    builder.prefix(".gahnama-").suffix(".part");
    if let Some(p) = wanted_permissions(path) {
        builder.permissions(p);
    }
    let tmp = builder.tempfile_in(dir)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    write(&mut out)?;
    let tmp = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The permissions a written file should have: those it had, or on Unix
/// the usual `rw-r--r--`.
fn wanted_permissions(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(m) = std::fs::metadata(path) {
        return Some(m.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let p = dir.path().join("out.png");
        std::fs::write(&p, b"old").expect("write");
        write_atomically(&p, b"new bytes").expect("atomic write");
        assert_eq!(std::fs::read(&p).expect("read"), b"new bytes");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let fresh = dir.path().join("fresh.json");
            write_atomically(&fresh, b"{}").expect("write");
            let mode = std::fs::metadata(&fresh)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o777,
                0o644,
                "readable by others, as a plain write makes it"
            );
            std::fs::remove_file(&fresh).expect("remove");
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["out.png"]);
        // Into a folder that does not exist: an error, nothing written.
        assert!(write_atomically(&dir.path().join("no/such/out.png"), b"x").is_err());
    }
}
