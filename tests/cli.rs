//! The command line: help, `extract` (JSON and CSV), `dates`, and errors.

use std::process::Command;

fn gahnama() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gahnama"))
}

#[test]
fn help_lists_the_subcommands_and_version_prints() {
    let out = gahnama().arg("--help").output().expect("run");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for sub in ["extract", "dates", "export"] {
        assert!(help.contains(sub), "{help}");
    }
    let out = gahnama().arg("--version").output().expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn extract_writes_the_events_json_of_the_bundled_seeds_from_any_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_file = dir.path().join("events.json");
    let out = gahnama()
        .current_dir(dir.path())
        .args(["extract", "--output"])
        .arg(&out_file)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out_file).expect("read")).expect("json");
    assert_eq!(json["schema"], "gahnama.events/2");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(4));
    let events = json["events"].as_array().expect("events");
    assert!(events.iter().any(|e| e["when"]["start"] == "1997-05-17"
        && e["when"]["first_day"] == "1997-05-17"
        && e["when"]["edtf"] == "1997-05-17"));
    assert!(events.iter().any(|e| e["when"]["start"] == "1994-01"
        && e["when"]["last_day"] == "1994-01-31"
        && e["when"]["native"]
            == serde_json::json!({"calendar": "gregorian", "year": 1994, "month": 1})));
    for d in json["documents"].as_array().expect("documents") {
        assert!(d["date"].is_null() && d["date_source"].is_null(), "{d}");
    }
    assert!(events.iter().any(|e| e["when"]["start"] == "2022-12"));
}

#[test]
fn extract_csv_has_a_row_per_source() {
    let out = gahnama()
        .args(["extract", "--format", "csv"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = csv.lines();
    assert!(lines.next().is_some_and(|h| {
        h.starts_with("id,start,end,first_day,last_day,date_native,edtf,precision")
    }));
    assert!(
        csv.lines()
            .any(|l| l.contains("1997-05-17") && l.contains("NATO;Russia"))
    );
}

#[test]
fn dates_lists_every_mention_with_its_role() {
    let out = gahnama()
        .args(["dates", "--format", "jsonl"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let role_of = |text: &str| {
        rows.iter()
            .find(|r| r["text"] == text)
            .map(|r| r["role"].clone())
    };
    assert_eq!(role_of("۱۷ می سال ۱۹۹۷"), Some("event".into()));
    assert_eq!(role_of("۸ آوریل ۱۹۹۷"), Some("footnote_source".into()));
    assert!(rows.iter().any(|r| r["role"] == "citation"));
    assert!(rows.iter().any(|r| r["role"] == "bibliography"));
    assert!(rows.iter().any(|r| r["role"] == "forecast"));
}

#[test]
fn a_missing_path_is_named_and_the_other_files_still_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "در ژانویه ۱۹۹۴ برنامه مشارکت برای صلح آغاز شد.").expect("write");
    let out = gahnama()
        .arg("extract")
        .arg(&good)
        .arg(dir.path().join("missing.txt"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing.txt") && stderr.contains("no such file"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["events"][0]["when"]["start"], "1994-01");
}

#[test]
fn an_unwritable_output_fails_with_a_message() {
    let out = gahnama()
        .args(["extract", "--output", "/nonexistent-dir/x.json"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent-dir/x.json"));
}

#[test]
fn document_date_dates_the_files_given_and_a_bad_one_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("khabar.txt");
    std::fs::write(
        &file,
        "وزیر خارجه ایران دیروز با همتای ارمنی خود دیدار کرد.\n",
    )
    .expect("write");
    let out = gahnama()
        .args(["extract", "--document-date", "۲۲ بهمن ۱۳۹۹"])
        .arg(&file)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["documents"][0]["date"], "2021-02-10");
    assert_eq!(json["documents"][0]["date_source"], "user");
    assert_eq!(json["events"][0]["when"]["first_day"], "2021-02-09");
    // Without it, «دیروز» is listed unresolved and gives no event.
    let out = gahnama()
        .args(["extract"])
        .arg(&file)
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["documents"][0]["date"], serde_json::Value::Null);
    assert_eq!(json["events"].as_array().map(Vec::len), Some(0));
    let out = gahnama()
        .args(["dates", "--format", "jsonl"])
        .arg(&file)
        .output()
        .expect("run");
    let row: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().expect("a row"))
            .expect("jsonl");
    assert_eq!(row["start"], serde_json::Value::Null);
    // A date that is not one day is refused before anything is read.
    let out = gahnama()
        .args(["extract", "--document-date", "next week"])
        .arg(&file)
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--document-date") && err.contains("next week"),
        "{err}"
    );
}

#[test]
fn dates_as_timeml_is_well_formed_with_the_document_date_as_creation_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("khabar.txt");
    std::fs::write(
        &file,
        "تهران - ایرنا - ۲۲ بهمن ۱۳۹۹ - وزیر خارجه دیروز با همتای ارمنی خود دیدار کرد.\n\n\
         جنگ در ۱۲ ژوئیه ۲۰۰۶ آغاز شد و ۳۴ روز ادامه یافت. نشست‌ها هر سال و ساعت ۱۸:۳۰ برگزار می‌شود.\n\n\
         متن با نویسه‌های <ویژه> & «نقل‌قول» \"دوگانه\".\n",
    )
    .expect("write");
    let out = gahnama()
        .args(["dates", "--format", "timeml"])
        .arg(&file)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "TimeML");
    let timexes: Vec<roxmltree::Node> = root
        .descendants()
        .filter(|n| n.has_tag_name("TIMEX3"))
        .collect();
    let dct = timexes
        .iter()
        .find(|n| n.attribute("functionInDocument") == Some("CREATION_TIME"))
        .expect("a CREATION_TIME");
    assert_eq!(dct.attribute("value"), Some("2021-02-10"));
    assert_eq!(dct.parent().map(|p| p.tag_name().name()), Some("DCT"));
    let of = |text: &str| {
        timexes
            .iter()
            .find(|n| n.text() == Some(text))
            .unwrap_or_else(|| panic!("no TIMEX3 «{text}» in {xml}"))
    };
    assert_eq!(of("دیروز").attribute("value"), Some("2021-02-09"));
    assert_eq!(of("دیروز").attribute("anchorTimeID"), Some("t0"));
    assert_eq!(of("۳۴ روز").attribute("type"), Some("DURATION"));
    assert_eq!(of("۳۴ روز").attribute("value"), Some("P34D"));
    assert_eq!(of("هر سال").attribute("type"), Some("SET"));
    assert_eq!(
        of("ساعت ۱۸:۳۰").attribute("value"),
        Some("2021-02-10T18:30")
    );
    // Every tid is unique, and the text around the tags is kept.
    let mut tids: Vec<&str> = timexes.iter().filter_map(|n| n.attribute("tid")).collect();
    let n = tids.len();
    tids.sort_unstable();
    tids.dedup();
    assert_eq!(tids.len(), n);
    let text: String = root
        .descendants()
        .find(|n| n.has_tag_name("TEXT"))
        .expect("TEXT")
        .descendants()
        .filter_map(|n| n.text())
        .collect();
    assert!(text.contains("<ویژه> & «نقل‌قول»"), "{text}");
    // Several documents are one well-formed collection.
    let out = gahnama()
        .args(["dates", "--format", "timeml"])
        .output()
        .expect("run");
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "TimeMLCollection");
    assert!(
        doc.root_element()
            .children()
            .filter(|n| n.has_tag_name("TimeML"))
            .count()
            >= 4
    );
}
