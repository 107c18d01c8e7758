//! Exports for other tools, run through the binary: TimelineJS, Timesketch,
//! spreadsheets, JSON lines, and the same bytes on any number of threads.

use std::path::{Path, PathBuf};
use std::process::Command;

fn gahnama() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gahnama"))
}

/// Runs `gahnama` with `args`, failing the test with its standard error if it
/// fails; returns standard output.
fn run(args: &[&str], paths: &[&Path]) -> Vec<u8> {
    let out = gahnama().args(args).args(paths).output().expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A folder with a short Solar-dated text in it.
fn solar_text() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("solar.txt");
    std::fs::write(
        &file,
        "روابط ایران و روسیه\n\n\
         در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n\n\
         در دی ماه ۱۳۷۰ اتحاد جماهیر شوروی فروپاشید.\n\n\
         رئیس‌جمهور روسیه در ۱۵ خرداد ۱۳۷۶ به تهران سفر کرد.\n",
    )
    .expect("write");
    (dir, file)
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("json")
}

#[test]
fn timelinejs_has_a_title_slide_and_one_slide_per_event_at_its_precision() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("seeds.json");
    let events = json(&run(&["extract"], &[]));
    let n = events["events"].as_array().map_or(0, Vec::len);
    assert!(n > 20);
    run(&["export", "timelinejs", "--html", "-o"], &[&out]);
    let tl = json(&std::fs::read(&out).expect("read"));
    let slides = tl["events"].as_array().expect("events");
    assert_eq!(slides.len(), n, "one slide per event");
    assert!(tl["title"]["text"]["headline"].is_string());
    assert!(tl["title"].get("start_date").is_none());
    for (s, e) in slides
        .iter()
        .zip(events["events"].as_array().expect("events"))
    {
        assert_eq!(s["unique_id"], e["id"]);
        let start = &s["start_date"];
        assert!(start["year"].is_i64(), "{s}");
        assert!(
            s["display_date"]
                .as_str()
                .is_some_and(|d| d.contains(" | "))
        );
        assert!(
            s["text"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("dir=\"rtl\""))
        );
        // Never a fake 1 January: a year-precision date has no month, and a
        // month-precision one no day, unless its days are not a Gregorian unit.
        match e["when"]["precision"].as_str() {
            Some("year" | "decade" | "century") if e["when"]["calendar"] == "gregorian" => {
                assert!(start.get("month").is_none(), "{s}");
            }
            Some("month") if e["when"]["calendar"] == "gregorian" => {
                assert!(start.get("day").is_none(), "{s}");
            }
            _ => {}
        }
    }
    let nato_russia = slides
        .iter()
        .find(|s| s["start_date"] == serde_json::json!({"year": 1997, "month": 5, "day": 17}))
        .expect("17 May 1997");
    assert_eq!(nato_russia["display_date"], "۱۷ مه ۱۹۹۷ | ۲۷ اردیبهشت ۱۳۷۶");
    assert!(nato_russia.get("end_date").is_none());
    assert!(nato_russia["group"].is_string());
    let page = std::fs::read_to_string(dir.path().join("seeds.html")).expect("the page");
    assert!(page.contains("cdn.knightlab.com/libs/timeline3"));
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert_eq!(
        page.matches("\"unique_id\"").count(),
        n + 1,
        "the data inlined"
    );
}

#[test]
fn timelinejs_gives_a_solar_year_its_exact_days_and_a_local_copy_its_path() {
    let (dir, file) = solar_text();
    let dist = dir.path().join("tljs/dist");
    std::fs::create_dir_all(dist.join("js")).expect("dist");
    std::fs::write(dist.join("js/timeline.js"), "").expect("js");
    let out = dir.path().join("t.json");
    run(
        &["export", "timelinejs", "--html", "--timelinejs-dir"],
        &[&dir.path().join("tljs"), Path::new("-o"), &out, &file],
    );
    let tl = json(&std::fs::read(&out).expect("read"));
    let slides = tl["events"].as_array().expect("events");
    let y1384 = slides
        .iter()
        .find(|s| {
            s["display_date"]
                .as_str()
                .is_some_and(|d| d.starts_with("۱۳۸۴ |"))
        })
        .expect("the year 1384");
    assert_eq!(
        y1384["start_date"],
        serde_json::json!({"year": 2005, "month": 3, "day": 21})
    );
    assert_eq!(
        y1384["end_date"],
        serde_json::json!({"year": 2006, "month": 3, "day": 20})
    );
    let dey = slides
        .iter()
        .find(|s| {
            s["display_date"]
                .as_str()
                .is_some_and(|d| d.starts_with("دی ۱۳۷۰"))
        })
        .expect("Dey 1370");
    assert_eq!(
        dey["start_date"],
        serde_json::json!({"year": 1991, "month": 12, "day": 22})
    );
    let page = std::fs::read_to_string(dir.path().join("t.html")).expect("page");
    assert!(
        page.contains("src=\"tljs/dist/js/timeline.js\""),
        "relative to the page"
    );
    // A folder without TimelineJS in it is refused, and nothing is written.
    let bad = gahnama()
        .args(["export", "timelinejs", "--html", "--timelinejs-dir"])
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("u.json"))
        .arg(&file)
        .output()
        .expect("run");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("js/timeline.js"));
    assert!(!dir.path().join("u.json").exists());
}

#[test]
fn timesketch_rows_have_whole_days_with_zones_and_csv_warns_of_what_it_would_lose() {
    let (dir, _) = solar_text();
    std::fs::write(
        dir.path().join("old.txt"),
        "تاریخ صفویه\n\nدر سال ۱۵۰۱ شاه اسماعیل صفوی در تبریز تاجگذاری کرد.\n",
    )
    .expect("write");
    let lines = run(
        &["export", "timesketch", "--format", "jsonl"],
        &[dir.path()],
    );
    let lines = String::from_utf8(lines).expect("utf-8");
    let rows: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(rows.len(), 4, "{lines}");
    for r in &rows {
        for f in [
            "message",
            "datetime",
            "timestamp",
            "timestamp_desc",
            "first_day",
            "edtf",
        ] {
            assert!(!r[f].is_null(), "{f} in {r}");
        }
        let dt = r["datetime"].as_str().expect("datetime");
        assert!(dt.ends_with("T00:00:00+00:00") && dt.len() == 25, "{dt}");
        assert_eq!(&dt[..10], r["first_day"].as_str().expect("first day"));
    }
    let y1384 = rows
        .iter()
        .find(|r| r["date_native"] == "۱۳۸۴")
        .expect("the year 1384");
    assert_eq!(y1384["datetime"], "2005-03-21T00:00:00+00:00");
    assert_eq!(y1384["timestamp"], 1_111_363_200_000_000_i64);
    assert_eq!(y1384["timestamp_desc"], "Event date (year precision)");
    assert_eq!(y1384["last_day"], "2006-03-20");
    let out = gahnama()
        .args(["export", "timesketch", "--format", "csv"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    assert!(csv.starts_with("message,datetime,timestamp,timestamp_desc,"));
    assert_eq!(csv.lines().count(), 5, "a header and every event: {csv}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 events are dated before 1700"));
}

#[test]
fn spreadsheets_get_a_bom_on_request_the_native_date_and_a_row_per_event_or_source() {
    let (_dir, file) = solar_text();
    let per_source = String::from_utf8(run(&["extract", "--format", "csv"], &[])).expect("utf-8");
    let per_event = String::from_utf8(run(&["extract", "--format", "csv", "--rows", "event"], &[]))
        .expect("utf-8");
    let events = json(&run(&["extract"], &[]));
    let events = events["events"].as_array().expect("events");
    let sources: usize = events
        .iter()
        .map(|e| e["sources"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(per_event.lines().count(), events.len() + 1);
    assert_eq!(per_source.lines().count(), sources + 1);
    assert!(sources > events.len(), "some event has several sources");
    assert!(!per_source.starts_with('\u{feff}'));
    let bom = run(&["extract", "--format", "csv", "--bom"], &[&file]);
    assert!(bom.starts_with("\u{feff}id,".as_bytes()));
    let text = String::from_utf8(bom).expect("utf-8");
    let header: Vec<&str> = text
        .lines()
        .next()
        .expect("header")
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let row = text
        .lines()
        .find(|l| l.contains("1997-06-05"))
        .expect("15 Khordad 1376");
    let cells: Vec<&str> = row.split(',').collect();
    assert_eq!(cells[col("date_native")], "۱۵ خرداد ۱۳۷۶");
    assert_eq!(cells[col("first_day")], "1997-06-05");
}

#[test]
fn jsonl_holds_one_event_a_line_and_threads_do_not_change_a_byte() {
    let all = json(&run(&["extract"], &[]));
    let lines = String::from_utf8(run(&["extract", "--format", "jsonl"], &[])).expect("utf-8");
    let events = all["events"].as_array().expect("events");
    assert_eq!(lines.lines().count(), events.len());
    for (line, e) in lines.lines().zip(events) {
        assert_eq!(
            &serde_json::from_str::<serde_json::Value>(line).expect("json"),
            e
        );
    }
    // Many documents, so that the threads really share them.
    let dir = tempfile::tempdir().expect("temp dir");
    for (i, seed) in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .expect("seeds")
        .enumerate()
    {
        let seed = seed.expect("entry").path();
        for copy in 0..3 {
            std::fs::copy(&seed, dir.path().join(format!("{i}-{copy}.txt"))).expect("copy");
        }
    }
    for format in ["json", "csv"] {
        let one = run(
            &["extract", "--threads", "1", "--format", format],
            &[dir.path()],
        );
        let two = run(
            &["extract", "--threads", "2", "--format", format],
            &[dir.path()],
        );
        let four = run(
            &["extract", "--threads", "4", "--format", format],
            &[dir.path()],
        );
        assert!(one.len() > 10_000);
        assert!(
            one == two && two == four,
            "{format}: the same bytes on 1, 2 and 4 threads"
        );
    }
}
