//! The bundled seed documents, embedded in the binary so the app finds them
//! wherever it is started from.

use crate::corpus::{Document, IdAllocator, LoadError, LoadedFiles};

/// (file name, bytes) of each bundled seed, in order.
pub const SEEDS: [(&str, &[u8]); 4] = [
    (
        "000_b27873ff5fb95515.txt",
        include_bytes!("../seeds/000_b27873ff5fb95515.txt"),
    ),
    (
        "001_f277921921fb106f.txt",
        include_bytes!("../seeds/001_f277921921fb106f.txt"),
    ),
    (
        "002_14d4073265a046b8.txt",
        include_bytes!("../seeds/002_14d4073265a046b8.txt"),
    ),
    (
        "003_e589ba63beda3065.txt",
        include_bytes!("../seeds/003_e589ba63beda3065.txt"),
    ),
];

/// Loads the bundled seeds as documents (paths are shown as `seeds/NAME`).
#[must_use]
pub fn load() -> LoadedFiles {
    let mut ids = IdAllocator::default();
    let mut out = LoadedFiles::default();
    for (name, bytes) in SEEDS {
        let stem = name.trim_end_matches(".txt");
        let path = format!("seeds/{name}");
        match Document::from_bytes(&ids.allocate(stem), &path, bytes.to_vec()) {
            Ok(d) => out.documents.push(d),
            Err(source) => out.errors.push(LoadError::Decode {
                path: path.into(),
                source,
            }),
        }
    }
    out
}
