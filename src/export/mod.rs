//! Exports of the timeline: CSV, the dates table, and PNG images, each
//! written atomically ([`write_atomically`]).

pub mod csv;
pub mod png;

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
    let tmp = tempfile::Builder::new()
        .prefix(".gahnama-")
        .suffix(".part")
        .tempfile_in(dir)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    write(&mut out)?;
    let tmp = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
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
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["out.png"]);
        // Into a folder that does not exist: an error, nothing written.
        assert!(write_atomically(&dir.path().join("no/such/out.png"), b"x").is_err());
    }
}
