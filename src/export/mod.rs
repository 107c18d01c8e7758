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
/// A symbolic link is followed: the file it names is replaced and the link
/// stays. A path that is not a regular file (`/dev/null`, `/dev/stdout`, a
/// named pipe) is written into directly, since renaming over it would
/// replace the device with a file.
///
/// # Errors
/// What `write` returns, or creating, syncing or renaming the temporary file.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(path)?);
        write(&mut out)?;
        return out.flush();
    }
    let target;
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            target = std::fs::canonicalize(path)?;
            target.as_path()
        }
        _ => path,
    };
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

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_into_and_a_link_keeps_pointing_at_its_file() {
        // A named pipe stands for `/dev/null` (which, renamed over, would
        // become a regular file holding the output).
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let reading = fifo.clone();
            let reader = std::thread::spawn(move || std::fs::read(reading));
            write_atomically(&fifo, b"through the pipe").expect("write into the pipe");
            let meta = std::fs::symlink_metadata(&fifo).expect("meta");
            assert!(!meta.is_file(), "the pipe is still a pipe");
            let read = reader.join().expect("reader").expect("read");
            assert_eq!(read, b"through the pipe");
            std::fs::remove_file(&fifo).expect("remove");
        }

        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        std::fs::write(&real, b"old").expect("write");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_atomically(&link, b"new").expect("write through the link");
        let meta = std::fs::symlink_metadata(&link).expect("meta");
        assert!(meta.file_type().is_symlink(), "the link stays a link");
        assert_eq!(std::fs::read(&real).expect("read"), b"new");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["link.json", "real.json"]);
    }
}
