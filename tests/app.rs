//! The app on the seeds, driven through its accessible widgets with egui_kittest.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gahnama::app::loader::CorpusSource;
use gahnama::app::reader::reader_paragraph;
use gahnama::app::{Action, EventIx, GahnamaApp, Settings};

mod common;
use common::{click_row, founding_act};

fn harness() -> Harness<'static, GahnamaApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(|cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.load_blocking(CorpusSource::Seeds);
            app
        });
    h.run();
    h
}

#[test]
fn the_app_opens_on_the_seeds_with_a_status_line() {
    let h = harness();
    let app = h.state();
    assert_eq!(app.documents().len(), 4);
    assert!(app.events().len() > 40);
    assert_eq!(app.shown().len(), app.events().len());
    let status = format!(
        "4 documents · {} events · {} shown",
        app.events().len(),
        app.shown().len()
    );
    h.get_by_label(&status);
    h.get_by_label("Timeline");
}

#[test]
fn selecting_the_17_may_1997_event_shows_the_founding_act_paragraph_with_its_sentence_highlighted()
{
    let mut h = harness();
    let fa = founding_act(h.state());
    // Select it from the event list, as a user would.
    let row_label = format!("1997-05-17 {}", h.state().events()[fa.0].title);
    click_row(&mut h, &row_label);
    assert_eq!(h.state().selected(), Some(fa));
    h.get_by_label_contains("Selected event: امضای سند مبنایی");
    // The reader shows the paragraph that states it.
    h.get_by_label_contains("در ۱۷ می سال ۱۹۹۷ رهبران شانزده کشور");
    // Its sentence is highlighted and its date emphasised.
    let app = h.state();
    let source = &app.events()[fa.0].sources[0];
    let di = app
        .documents()
        .iter()
        .position(|d| d.id == source.doc)
        .expect("doc");
    let view = reader_paragraph(
        &app.state.corpus,
        di,
        source.paragraph,
        Some(source),
        &gahnama::theme::LIGHT,
    )
    .expect("paragraph");
    let sentence = view
        .spans
        .iter()
        .find(|s| s.background.is_some())
        .expect("sentence highlight");
    assert_eq!(&view.text[sentence.range.clone()], source.sentence);
    let date = view
        .dates
        .iter()
        .find(|(_, e)| *e == fa)
        .expect("date span");
    assert_eq!(&view.text[date.0.clone()], "۱۷ می سال ۱۹۹۷");
    // Other dated events in the same paragraph are emphasised (and clickable) too.
    assert!(
        view.dates
            .iter()
            .any(|(r, _)| &view.text[r.clone()] == "ژانویه ۱۹۹۴")
    );
}

#[test]
fn unticking_an_actor_changes_the_shown_count() {
    let mut h = harness();
    let before = h.state().shown().len();
    h.get_by_label("actor Russia").click();
    h.run();
    let app = h.state();
    assert!(app.state.settings.filter.hidden_actors.contains("Russia"));
    let after = app.shown().len();
    assert!(after < before, "{after} < {before}");
    // Events with Russia and another actor stay; Russia-only events go.
    assert!(
        app.shown()
            .iter()
            .all(|&i| app.events()[i.0].actors.iter().any(|a| &**a != "Russia"))
    );
    let status = format!(
        "4 documents · {} events · {after} shown",
        app.events().len()
    );
    h.get_by_label(&status);
    // One click on Reset brings them back.
    h.get_by_label("Reset").click();
    h.run();
    assert_eq!(h.state().shown().len(), before);
}

#[test]
fn keyboard_zoom_changes_the_visible_range() {
    let mut h = harness();
    let span0 = h.state().state.ui.view.span_days;
    h.key_press(Key::Plus);
    h.run();
    let span1 = h.state().state.ui.view.span_days;
    assert!(span1 < span0 * 0.7, "zoomed in: {span1} < {span0}");
    h.key_press(Key::Minus);
    h.key_press(Key::Minus);
    h.run();
    assert!(h.state().state.ui.view.span_days > span1 * 2.0);
    h.key_press(Key::ArrowRight);
    let min = h.state().state.ui.view.min_day;
    h.run();
    assert!(
        h.state().state.ui.view.min_day > min,
        "→ pans towards later dates"
    );
    h.key_press(Key::Home);
    h.run();
    assert!(
        (h.state().state.ui.view.span_days - span0).abs() < span0 * 1e-3,
        "Home fits everything again"
    );
}

#[test]
fn the_event_list_and_the_timeline_stay_in_sync() {
    let mut h = harness();
    let fa = founding_act(h.state());
    let row_label = format!("1997-05-17 {}", h.state().events()[fa.0].title);
    click_row(&mut h, &row_label);
    assert_eq!(h.state().selected(), Some(fa));
    // Stepping on the timeline moves the list's selection to the next event in time.
    h.key_press(Key::ArrowDown);
    h.run();
    let app = h.state();
    let pos = app.shown().iter().position(|&i| i == fa).expect("shown");
    let next = app.shown()[pos + 1];
    assert_eq!(app.selected(), Some(next));
    let e = &app.events()[next.0];
    let label = format!("{} {}", e.when.start_iso(), e.title);
    // The list follows: the newly selected row is on screen.
    assert!(
        h.query_by_label(&label).is_some(),
        "row «{label}» is visible"
    );
    // And selecting in the list again moves the timeline's selection.
    let back = format!("1997-05-17 {}", h.state().events()[fa.0].title);
    click_row(&mut h, &back);
    assert_eq!(h.state().selected(), Some(fa));
}

#[test]
fn enter_opens_the_selected_events_document() {
    let mut h = harness();
    let fa = founding_act(h.state());
    h.state_mut().select(Some(fa));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().state.ui.reader_mode,
        gahnama::app::ReaderMode::Document
    );
    // The whole document is in the reader, including paragraphs far from the source.
    h.get_by_label_contains("منابع:");
}

#[test]
fn tab_steps_through_events_in_time_order() {
    let mut h = harness();
    h.key_press(Key::Tab);
    h.run();
    let first = h.state().shown()[0];
    assert_eq!(h.state().selected(), Some(first));
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(h.state().selected(), Some(h.state().shown()[1]));
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(h.state().selected(), Some(first));
}

/// Steps the app until the background export has reported.
fn wait_for_export(h: &mut Harness<'static, GahnamaApp>) {
    for _ in 0..600 {
        h.step();
        if !h.state().state.exporting {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the export did not finish");
}

#[test]
fn ctrl_e_opens_the_export_dialog_and_an_export_reports_its_path_or_its_failure() {
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    assert!(h.state().dialogs.export.is_some());
    h.get_by_label("Export…");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("view.png");
    let ctx = h.ctx.clone();
    let dialog = gahnama::app::export_ui::ExportDialog {
        width: 1000,
        ..Default::default()
    };
    h.state_mut().apply(
        &ctx,
        Action::Export {
            path: path.clone(),
            options: dialog.clone(),
        },
    );
    wait_for_export(&mut h);
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| !n.error && n.text.contains("view.png")),
        "{:?}",
        h.state().state.notices
    );
    assert!(std::fs::metadata(&path).is_ok_and(|m| m.len() > 1000));
    // An unwritable place fails with a message, and the window goes on.
    h.state_mut().apply(
        &ctx,
        Action::Export {
            path: "/nonexistent-dir/x.png".into(),
            options: dialog,
        },
    );
    wait_for_export(&mut h);
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| n.error && n.text.contains("/nonexistent-dir/x.png")),
        "{:?}",
        h.state().state.notices
    );
}

/// The app on one document of our own, loaded from disk.
fn harness_on(text: &str) -> (Harness<'static, GahnamaApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("azerbaijan.txt");
    std::fs::write(&path, text).expect("write");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(move |cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.load_blocking(CorpusSource::Paths(vec![path.clone()]));
            app
        });
    h.run();
    (h, dir)
}

#[test]
fn regression_9_a_solar_month_reads_as_itself_in_the_reader_and_the_tooltip() {
    let (mut h, _dir) = harness_on("در دی ماه ۱۳۷۰ جمهوری آذربایجان استقلال خود را اعلام کرد.\n");
    assert_eq!(h.state().events().len(), 1);
    let row = format!("1991-12 {}", h.state().events()[0].title);
    click_row(&mut h, &row);
    assert_eq!(h.state().selected(), Some(EventIx(0)));
    // The reader's header: the text's own month first, its Gregorian days beside.
    let header = h
        .get_by_label_contains("Event date: ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(header.contains("دی ۱۳۷۰"), "{header}");
    assert!(
        header.contains("۲۲ دسامبر ۱۹۹۱ – ۲۰ ژانویه ۱۹۹۲"),
        "{header}"
    );
    assert!(!header.contains("آذر"), "{header}");
    // The tooltip of its mark on the timeline says the same.
    let plot = h.get_by_label("Timeline").rect();
    let x = plot.center().x;
    let mut tooltip = None;
    let mut y = plot.top() + 2.0;
    while tooltip.is_none() && y < plot.bottom() {
        h.hover_at(egui::pos2(x, y));
        h.run();
        tooltip = h
            .query_by_label_contains("Tooltip date: ")
            .map(|n| n.accesskit_node().value().unwrap_or_default());
        y += 4.0;
    }
    let tooltip = tooltip.expect("hovering the mark shows its tooltip");
    assert!(tooltip.contains("دی ۱۳۷۰"), "{tooltip}");
    assert!(!tooltip.contains("آذر – بهمن"), "{tooltip}");
}

#[test]
fn regression_9_export_without_a_desktop_dialog_asks_for_a_path_in_the_app_and_writes_the_png() {
    let mut h = harness();
    h.state_mut().native_file_dialogs = false;
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    // Not a silent no-op: the in-app prompt says why and asks for a path.
    h.get_by_label_contains("Typing the path instead");
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("from-the-prompt");
    h.state_mut()
        .dialogs
        .path_prompt
        .as_mut()
        .expect("the prompt is open")
        .path = target.display().to_string();
    h.run();
    h.get_by_label("Export").click();
    h.run();
    assert!(h.state().dialogs.path_prompt.is_none());
    let written = dir.path().join("from-the-prompt.png");
    for _ in 0..200 {
        if written.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.run();
    }
    let bytes = std::fs::read(&written).expect("the export was written");
    assert!(bytes.starts_with(b"\x89PNG"));
}

#[test]
fn a_documents_date_set_in_the_app_moves_its_relative_dates() {
    let (mut h, _dir) = harness_on(
        "تهران - ایرنا - ۲۲ بهمن ۱۳۹۹ - وزیر خارجه ایران روز گذشته با همتای ارمنی خود دیدار کرد.\n",
    );
    let first_day = |h: &Harness<'static, GahnamaApp>| {
        h.state()
            .events()
            .first()
            .map(|e| e.when.first_day.to_string())
    };
    // Dated by its dateline: «روز گذشته» is 9 February 2021.
    assert_eq!(first_day(&h).as_deref(), Some("2021-02-09"));
    // The documents list gives the date a button; the dialog reads what is typed.
    h.get_by_label("date of azerbaijan").click();
    h.run();
    h.get_by_label("Date of the document").click();
    h.run();
    h.get_by_label("Date of the document")
        .type_text("1399/12/10");
    h.run();
    assert!(h.query_by_label("Not one day.").is_none());
    h.get_by_label("Set").click();
    for _ in 0..600 {
        h.step();
        if h.state().state.loading.is_none() && h.state().dialogs.doc_date.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run();
    let app = h.state();
    assert_eq!(
        app.state
            .settings
            .document_dates
            .values()
            .next()
            .map(|d| d.0.to_string()),
        Some("2021-02-28".to_owned())
    );
    assert_eq!(
        app.documents()[0]
            .user_date
            .map(|d| d.0.to_string())
            .as_deref(),
        Some("2021-02-28")
    );
    // The text read again from 10 Esfand 1399: the day before is 27 February.
    assert_eq!(first_day(&h).as_deref(), Some("2021-02-27"));
}

#[test]
fn the_file_menu_exports_svg_and_pdf_with_the_dialogs_options() {
    use gahnama::export::image::ImageFormat;
    let mut h = harness();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::OpenExportDialog(ImageFormat::Svg));
    h.run();
    h.get_by_label("Export SVG");
    let dir = tempfile::tempdir().expect("temp dir");
    for (format, name, magic) in [
        (ImageFormat::Svg, "t.svg", &b"<?xml"[..]),
        (ImageFormat::Pdf, "t.pdf", &b"%PDF"[..]),
    ] {
        let path = dir.path().join(name);
        let options = gahnama::app::export_ui::ExportDialog {
            format,
            width: 1200,
            ..Default::default()
        };
        h.state_mut().apply(
            &ctx,
            Action::Export {
                path: path.clone(),
                options,
            },
        );
        wait_for_export(&mut h);
        let bytes = std::fs::read(&path).expect("the export was written");
        assert!(bytes.starts_with(magic), "{name}");
    }
}

#[test]
fn a_saved_events_file_reopens_without_extracting_and_names_a_missing_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (seed_name, seed) = gahnama::seeds::SEEDS[0];
    std::fs::write(dir.path().join(seed_name), seed).expect("write");
    let news = dir.path().join("news.txt");
    std::fs::write(
        &news,
        "روابط ایران و روسیه\n\nدر سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n",
    )
    .expect("write");
    let docs = gahnama::corpus::load_paths(&[dir.path().to_path_buf()]).documents;
    let timeline = gahnama::extract::Extractor::bundled()
        .expect("extractor")
        .extract(&docs);
    let json = dir.path().join("saved.json");
    std::fs::write(
        &json,
        serde_json::to_vec(&timeline.as_output()).expect("json"),
    )
    .expect("write");
    let news_id = docs
        .iter()
        .find(|d| d.path.ends_with("news.txt"))
        .expect("the news text")
        .id
        .to_string();
    std::fs::remove_file(&news).expect("remove");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(|cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.load_blocking(CorpusSource::Paths(vec![json.clone()]));
            app
        });
    h.run();
    let app = h.state();
    assert_eq!(
        app.events(),
        &timeline.events[..],
        "the saved events, as saved"
    );
    assert_eq!(app.documents().len(), 1, "the seed, found by path and hash");
    assert!(
        app.state
            .notices
            .iter()
            .any(|n| n.text.contains("news.txt") && n.text.contains("not found")),
        "{:?}",
        app.state.notices
    );
    // The missing text's event is shown and read from its saved sentence.
    let orphan = app
        .events()
        .iter()
        .position(|e| e.sources.iter().any(|s| *s.doc == *news_id))
        .expect("the news event is kept");
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(&ctx, Action::Select(Some(EventIx(orphan))));
    h.run();
    assert!(
        h.get_all_by_label_contains("قرارداد همکاری").count() >= 2,
        "title and sentence"
    );
}

#[test]
fn a_project_opens_with_its_corpus_and_its_edits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = dir.path().join("texts");
    std::fs::create_dir(&texts).expect("dir");
    std::fs::write(
        texts.join("a.txt"),
        "روابط ایران و همسایگان\n\n\
         در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n\n\
         در سال ۱۳۹۰ ایران و ارمنستان خط لوله گاز را افتتاح کردند.\n",
    )
    .expect("write");
    let docs = gahnama::corpus::load_paths(std::slice::from_ref(&texts)).documents;
    let t = gahnama::extract::Extractor::bundled()
        .expect("extractor")
        .extract(&docs);
    assert_eq!(t.events.len(), 2);
    let project = dir.path().join("study.gahnama");
    let p = gahnama::curation::Project {
        paths: vec!["texts".into()],
        edits: vec![
            gahnama::curation::Edit {
                event: t.events[0].id.clone(),
                op: gahnama::curation::Op::Retitle {
                    title: "قرارداد هسته‌ای".into(),
                },
                anchor: gahnama::curation::Anchor::of(&t.events[0]),
            },
            gahnama::curation::Edit {
                event: t.events[1].id.clone(),
                op: gahnama::curation::Op::Hide,
                anchor: None,
            },
        ],
        ..Default::default()
    };
    p.save(&project).expect("save");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(|cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.load_blocking(CorpusSource::Paths(vec![project.clone()]));
            app
        });
    h.run();
    let app = h.state();
    assert_eq!(app.documents().len(), 1);
    assert_eq!(app.events().len(), 2, "the hidden event is kept, marked");
    assert_eq!(app.shown().len(), 1, "and not shown");
    let shown = &app.events()[app.shown()[0].0];
    assert_eq!(shown.title, "قرارداد هسته‌ای");
}
