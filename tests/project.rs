//! Projects on the command line: `extract --project` writes the curated
//! events, re-anchors edits when the text moved, and names orphaned edits.

use std::process::Command;

fn gahnama() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gahnama"))
}

fn events(out: &std::process::Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["events"].as_array().expect("events").clone()
}

#[test]
fn extract_with_a_project_writes_the_curated_events_and_follows_moved_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = dir.path().join("texts");
    std::fs::create_dir(&texts).expect("dir");
    let article = texts.join("nato.txt");
    let body = "روابط ایران و همسایگان\n\n\
        در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n\n\
        در سال ۱۳۹۰ ایران و ارمنستان خط لوله گاز را افتتاح کردند.\n";
    std::fs::write(&article, body).expect("write");
    let plain = events(&gahnama().arg("extract").arg(&texts).output().expect("run"));
    assert_eq!(plain.len(), 2);
    let id_of = |year: &str| {
        plain
            .iter()
            .find(|e| {
                e["when"]["start"]
                    .as_str()
                    .is_some_and(|s| s.starts_with(year))
            })
            .expect("an event")
    };
    let (act, council) = (id_of("2005"), id_of("2011"));
    let anchor = |e: &serde_json::Value| {
        serde_json::json!({
            "doc": e["sources"][0]["doc"],
            "date_text": e["when"]["text"],
            "sentence": e["sources"][0]["sentence"].as_str().map(str::trim),
        })
    };
    let project = dir.path().join("study.gahnama");
    let p = serde_json::json!({
        "schema": "gahnama.project/1",
        "paths": ["texts"],
        "edits": [
            {"event": act["id"], "op": "retitle", "title": "قرارداد هسته‌ای ایران و روسیه", "anchor": anchor(act)},
            {"event": act["id"], "op": "star", "anchor": anchor(act)},
            {"event": council["id"], "op": "hide", "anchor": anchor(council)},
        ],
    });
    std::fs::write(&project, serde_json::to_vec_pretty(&p).expect("json")).expect("write");
    let run = || {
        gahnama()
            .args(["extract", "--project"])
            .arg(&project)
            .current_dir("/")
            .output()
            .expect("run")
    };
    let curated = events(&run());
    assert_eq!(curated.len(), 1, "the hidden pipeline left out");
    assert_eq!(curated[0]["title"], "قرارداد هسته‌ای ایران و روسیه");
    assert_eq!(curated[0]["curation"]["starred"], true);
    // A paragraph inserted before the events: their offsets and ids change,
    // and the edits find them by their text.
    std::fs::write(
        &article,
        body.replacen(
            "\n\n",
            "\n\nپیش از آن، گفت‌وگوهای بسیاری میان دو طرف انجام شد.\n\n",
            1,
        ),
    )
    .expect("write");
    let out = run();
    let moved = events(&out);
    assert_eq!(moved.len(), 1);
    assert_ne!(moved[0]["id"], act["id"]);
    assert_eq!(moved[0]["title"], "قرارداد هسته‌ای ایران و روسیه");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("orphaned"));
    // The treaty's sentence removed: its edits are orphaned, named, and the
    // project file still holds them.
    std::fs::write(
        &article,
        "روابط ایران و همسایگان\n\nدر سال ۱۳۹۰ ایران و ارمنستان خط لوله گاز را افتتاح کردند.\n",
    )
    .expect("write");
    let out = run();
    let rest = events(&out);
    assert!(rest.is_empty(), "the pipeline is still hidden: {rest:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("is orphaned").count(), 2, "{stderr}");
    let kept: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&project).expect("read")).expect("json");
    assert_eq!(kept["edits"].as_array().map(Vec::len), Some(3));
}

/// Not a test of its own: run by the next test as a child process, it
/// saves a project over and over until it is killed.
#[test]
fn save_loop_child() {
    let Some(path) = std::env::var_os("GAHNAMA_SAVE_LOOP") else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    for round in 0u64.. {
        let edits = (0..20_000)
            .map(|i| gahnama::curation::Edit {
                event: format!("ev-{round}-{i}"),
                op: gahnama::curation::Op::Note {
                    note: format!("یادداشت {round}"),
                },
                anchor: None,
            })
            .collect();
        let p = gahnama::curation::Project {
            edits,
            ..Default::default()
        };
        p.save(&path).expect("save");
    }
}

#[test]
fn a_kill_in_the_middle_of_saving_leaves_the_old_project_or_the_new_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("loop.gahnama");
    let me = std::env::current_exe().expect("the test binary");
    for attempt in 0..8u64 {
        let mut child = Command::new(&me)
            .args(["save_loop_child", "--exact", "--test-threads", "1"])
            .env("GAHNAMA_SAVE_LOOP", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("the saving child");
        // Let it save a few times, then kill it at an arbitrary moment.
        std::thread::sleep(std::time::Duration::from_millis(300 + attempt * 37));
        child.kill().expect("kill");
        child.wait().expect("wait");
        if !path.exists() {
            continue;
        }
        let p = gahnama::curation::Project::load(&path)
            .unwrap_or_else(|e| panic!("attempt {attempt}: a broken project file: {e}"));
        assert_eq!(p.edits.len(), 20_000, "a whole project, never half");
    }
    assert!(path.exists(), "the child saved at least once");
    // A save that was cut leaves at most its own temporary file, beside.
    for e in std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
    {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            name == "loop.gahnama" || (name.starts_with(".gahnama-") && name.ends_with(".part")),
            "{name}"
        );
    }
}

#[test]
fn exports_draw_and_list_the_curated_events_of_a_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = dir.path().join("texts");
    std::fs::create_dir(&texts).expect("dir");
    std::fs::write(
        texts.join("a.txt"),
        "روابط ایران و روسیه\n\nدر سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n",
    )
    .expect("write");
    let plain = events(&gahnama().arg("extract").arg(&texts).output().expect("run"));
    let id = plain[0]["id"].clone();
    let project = dir.path().join("p.gahnama");
    let p = serde_json::json!({
        "schema": "gahnama.project/1",
        "paths": ["texts"],
        "edits": [
            {"event": id, "op": "tag", "tag": "انرژی"},
            {"event": id, "op": "note", "note": "منبع دوم لازم است"},
        ],
    });
    std::fs::write(&project, serde_json::to_vec(&p).expect("json")).expect("write");
    let out = gahnama()
        .args(["export", "timesketch", "--project"])
        .arg(&project)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let row: serde_json::Value =
        serde_json::from_slice(out.stdout.trim_ascii_end()).expect("one row");
    assert_eq!(row["tag"], serde_json::json!(["انرژی"]));
    assert_eq!(row["note"], "منبع دوم لازم است");
    let png = dir.path().join("p.png");
    let out = gahnama()
        .args(["export", "png", "--width", "800", "--project"])
        .arg(&project)
        .arg("-o")
        .arg(&png)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&png).expect("png").starts_with(b"\x89PNG"));
}

#[test]
fn export_draws_a_view_saved_in_the_project_and_names_the_views_when_one_is_missing() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in gahnama::seeds::SEEDS {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let project = dir.path().join("p.gahnama");
    let p = serde_json::json!({
        "schema": "gahnama.project/1",
        "paths": ["."],
        "views": [{
            "name": "قزاقستان",
            "filter": {"only_actors": ["Kazakhstan"]},
            "years": [2000, 2025],
            "group_by": "Region",
        }],
    });
    std::fs::write(&project, serde_json::to_vec(&p).expect("json")).expect("write");
    let run = |view: &str, out: &str| {
        gahnama()
            .args(["export", "timelinejs", "--project"])
            .arg(&project)
            .args(["--view", view, "-o"])
            .arg(dir.path().join(out))
            .output()
            .expect("run")
    };
    let out = run("قزاقستان", "kz.json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tl: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("kz.json")).expect("read"))
            .expect("json");
    let slides = tl["events"].as_array().expect("slides");
    assert!(!slides.is_empty());
    for s in slides {
        let y = s["start_date"]["year"].as_i64().expect("year");
        let end = s["end_date"]["year"].as_i64().unwrap_or(y);
        assert!(end >= 2000 && y <= 2025, "{s}");
        assert!(
            s["text"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("قزاقستان")),
            "{s}"
        );
    }
    // The whole project has more.
    let all = gahnama()
        .args(["export", "timelinejs", "--project"])
        .arg(&project)
        .arg("-o")
        .arg(dir.path().join("all.json"))
        .output()
        .expect("run");
    assert!(all.status.success());
    let all: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("all.json")).expect("read"))
            .expect("json");
    assert!(all["events"].as_array().map_or(0, Vec::len) > slides.len());
    let missing = run("ناموجود", "x.json");
    assert!(!missing.status.success());
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("no view named") && err.contains("قزاقستان"),
        "{err}"
    );
}
