//! Files on disk: encodings, line ends, folders, and bad input that must not
//! stop the rest from loading.

use std::path::PathBuf;

use gahnama::corpus::{self, LoadError};
use gahnama::extract::Extractor;

const TEXT: &str = "گسترش ناتو\r\n\r\nدر ۱۷ می سال ۱۹۹۷ رهبران ناتو و روسیه سند مبنایی را در پاریس امضا کردند.\r\nدر همان سال کشور‌ها موافقت کردند.\r\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

fn windows_1256(text: &str) -> Vec<u8> {
    let (bytes, _, had_errors) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!had_errors, "the sample is representable in Windows-1256");
    bytes.into_owned()
}

/// Writes the same text in every encoding and checks that each gives the same
/// event, with byte offsets that point at the date in that file.
#[test]
fn every_encoding_gives_the_same_event_with_offsets_into_its_own_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Windows-1256 has no ZWNJ-free problem but no Persian digits: use Latin digits there.
    // Old Windows-1256 files use the Arabic yeh (ي), which normalisation maps to ی.
    let latin = TEXT
        .replace("۱۷", "17")
        .replace("۱۹۹۷", "1997")
        .replace('ی', "ي");
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        ("utf8.txt", TEXT.as_bytes().to_vec(), "utf-8"),
        (
            "bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat(),
            "utf-8-bom",
        ),
        ("le.txt", utf16(TEXT, false), "utf-16le"),
        ("be.md", utf16(TEXT, true), "utf-16be"),
        ("cp1256.txt", windows_1256(&latin), "windows-1256"),
    ];
    for (name, bytes, _) in &files {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let loaded = corpus::load_paths(&[dir.path().to_path_buf()]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.documents.len(), files.len());
    let ex = Extractor::bundled().expect("bundled data");
    for doc in &loaded.documents {
        let name = PathBuf::from(&doc.path)
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let (_, _, encoding) = files.iter().find(|f| f.0 == name).expect("known file");
        assert_eq!(doc.encoding.as_str(), *encoding, "{name}");
        let t = ex.extract(std::slice::from_ref(doc));
        let e = t
            .events
            .iter()
            .find(|e| e.when.start_iso() == "1997-05-17")
            .unwrap_or_else(|| panic!("{name}: no 17 May 1997"));
        let s = &e.sources[0];
        let phrase = doc.original(s.date_bytes);
        // The phrase as written in that file (Arabic yeh and Latin digits in the Windows-1256 one).
        assert_eq!(
            gahnama::corpus::normalize::normalize_phrase(&phrase),
            "17 می سال 1997",
            "{name}: {phrase}"
        );
        if *encoding != "windows-1256" {
            assert_eq!(phrase, "۱۷ می سال ۱۹۹۷", "{name}");
        }
        let sentence = gahnama::corpus::normalize::normalize_phrase(&doc.original(s.bytes));
        assert!(sentence.contains("سند مبنایی"), "{name}: {sentence}");
        assert_eq!(s.line, 3, "{name}: CRLF line ends count as one");
        // «در همان سال» takes 1997 from the sentence before.
        assert!(
            t.events
                .iter()
                .any(|e| e.when.start_iso() == "1997" && e.when.inferred),
            "{name}"
        );
    }
}

#[test]
fn a_binary_file_and_a_missing_path_are_reported_and_the_rest_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("good.txt"), TEXT).expect("write");
    std::fs::write(
        dir.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .expect("write");
    std::fs::write(dir.path().join("ignored.pdf"), b"%PDF").expect("write");
    let missing = dir.path().join("nowhere.txt");
    let loaded = corpus::load_paths(&[dir.path().to_path_buf(), missing.clone()]);
    assert_eq!(loaded.documents.len(), 1);
    assert_eq!(loaded.errors.len(), 2, "{:?}", loaded.errors);
    let messages: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("image.txt") && m.contains("binary")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("nowhere.txt") && m.contains("no such file")),
        "{messages:?}"
    );
    assert!(
        loaded
            .errors
            .iter()
            .any(|e| matches!(e, LoadError::Missing { path } if *path == missing))
    );
}

#[test]
fn an_empty_file_loads_with_no_paragraphs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = dir.path().join("empty.txt");
    std::fs::write(&p, b"").expect("write");
    let loaded = corpus::load_paths(&[p]);
    assert_eq!(loaded.documents.len(), 1);
    assert!(loaded.documents[0].paragraphs.is_empty());
}

#[cfg(unix)]
#[test]
fn regression_9_a_folder_with_two_links_to_its_parent_loads_each_file_once_and_names_the_loops() {
    let top = tempfile::tempdir().expect("temp dir");
    let dir = top.path().join("corpus");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::write(dir.join("a.txt"), TEXT).expect("write");
    std::fs::write(dir.join("sub").join("b.md"), TEXT).expect("write");
    std::fs::write(top.path().join("beside.txt"), TEXT).expect("write");
    std::os::unix::fs::symlink("..", dir.join("up")).expect("link");
    std::os::unix::fs::symlink("..", dir.join("up-again")).expect("link");
    // A link to a folder inside, and one from inside back to the corpus.
    std::os::unix::fs::symlink("sub", dir.join("sub-link")).expect("link");
    std::os::unix::fs::symlink("..", dir.join("sub").join("back")).expect("link");
    let loaded = corpus::load_paths(std::slice::from_ref(&dir));
    let mut names: Vec<String> = loaded.documents.iter().map(|d| d.id.to_string()).collect();
    names.sort();
    assert_eq!(
        names,
        ["a", "b"],
        "each real file once, nothing from outside"
    );
    let loops: Vec<String> = loaded
        .errors
        .iter()
        .filter(|e| matches!(e, LoadError::LinkLoop { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(loops.len(), 3, "{:?}", loaded.errors);
    assert!(
        loops
            .iter()
            .any(|m| m.contains("up-again") && m.contains("loop"))
    );
}

#[cfg(unix)]
#[test]
fn regression_9_a_named_pipe_in_a_folder_is_skipped_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("good.txt"), TEXT).expect("write");
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let loaded = corpus::load_paths(&[dir.path().to_path_buf()]);
    assert_eq!(loaded.documents.len(), 1);
    let message = loaded
        .errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        message.contains("pipe.txt") && message.contains("named pipe"),
        "{message}"
    );
    // Named on the command line, it is refused the same way.
    let direct = corpus::load_paths(&[fifo]);
    assert!(direct.documents.is_empty());
    assert!(matches!(direct.errors[..], [LoadError::NotRegular { .. }]));
}

#[test]
fn regression_9_a_few_stray_nuls_leave_a_text_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = TEXT.as_bytes().to_vec();
    let at = bytes.iter().position(|&b| b == b' ').expect("a space");
    bytes.insert(at, 0);
    bytes.push(0);
    let p = dir.path().join("export.txt");
    std::fs::write(&p, &bytes).expect("write");
    let loaded = corpus::load_paths(&[p]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let doc = &loaded.documents[0];
    assert_eq!(doc.warnings.len(), 1);
    let w = doc.warnings[0].to_string();
    assert!(w.contains("export.txt") && w.contains("2 stray NUL"), "{w}");
    assert!(!doc.norm.text.contains('\0'));
    let timeline = Extractor::bundled()
        .expect("extractor")
        .extract(&loaded.documents);
    assert!(!timeline.events.is_empty());
}

#[test]
fn regression_9_a_two_megabyte_one_line_markdown_document_gives_its_events() {
    let sentence = "در ۱۷ می سال ۱۹۹۷ رهبران ناتو و روسیه سند مبنایی را در پاریس امضا کردند. ";
    let mut text = String::from("# ");
    while text.len() < 2 * 1024 * 1024 {
        text.push_str(sentence);
    }
    let doc =
        corpus::Document::from_bytes("one-line", "one-line.md", text.into_bytes()).expect("text");
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].kind, gahnama::corpus::BlockKind::Body);
    let timeline = Extractor::bundled()
        .expect("extractor")
        .extract(std::slice::from_ref(&doc));
    assert!(
        timeline
            .events
            .iter()
            .any(|e| e.when.start_iso() == "1997-05-17"),
        "{} events",
        timeline.events.len()
    );
}
