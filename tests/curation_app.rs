//! Curation, the Persian text field, the reader's selection, projects and
//! search, driven through the app's accessible widgets with egui_kittest.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gahnama::app::loader::CorpusSource;
use gahnama::app::text_field::{self, TextField};
use gahnama::app::{EventIx, GahnamaApp, Settings};

#[path = "common/typing.rs"]
mod typing;
use typing::type_into;

fn harness_with(source: CorpusSource) -> Harness<'static, GahnamaApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(400)
        .build_eframe(move |cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.native_file_dialogs = false;
            app.load_blocking(source.clone());
            app.index_blocking();
            app
        });
    h.run();
    h
}

/// A temporary folder `texts` holding one document with `body`.
fn texts_dir(body: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = dir.path().join("texts");
    std::fs::create_dir(&texts).expect("dir");
    std::fs::write(texts.join("a.txt"), body).expect("write");
    (dir, texts)
}

fn seeds() -> Harness<'static, GahnamaApp> {
    harness_with(CorpusSource::Seeds)
}

/// The seeds saved as a project, then the Founding Act hidden (Delete): an
/// edit not yet saved.
fn saved_seeds_with_a_hide() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, GahnamaApp>,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("seeds.gahnama");
    let mut h = seeds();
    h.state_mut()
        .save_project(Some(project.clone()))
        .expect("saved");
    let e = event_at(h.state(), "1997-05-17");
    select(&mut h, e);
    h.key_press(Key::Delete);
    h.run();
    (dir, project, h)
}

/// Runs frames until `done` or `secs` seconds have passed (background
/// work: autosave, loading).
fn step_until(
    h: &mut Harness<'static, GahnamaApp>,
    secs: u64,
    done: impl Fn(&Harness<'static, GahnamaApp>) -> bool,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while !done(h) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.step();
    }
}

fn event_at(app: &GahnamaApp, iso: &str) -> EventIx {
    EventIx(
        app.events()
            .iter()
            .position(|e| e.when.start_iso() == iso)
            .unwrap_or_else(|| panic!("an event on {iso}")),
    )
}

fn select(h: &mut Harness<'static, GahnamaApp>, e: EventIx) {
    h.state_mut().select(Some(e));
    h.run();
}

fn field_state(h: &Harness<'static, GahnamaApp>, salt: &str) -> text_field::FieldState {
    text_field::state(&h.ctx, TextField::new(salt, "", "").id()).expect("the field has a state")
}

#[test]
fn typing_persian_with_digits_and_latin_keeps_the_text_and_the_caret() {
    let mut h = seeds();
    let typed = "نشست ۱۹۹۴ ناتو NATO در رم";
    h.get_by_label("Search actors").click();
    h.run();
    h.get_by_label("Search actors").type_text(typed);
    h.run();
    assert_eq!(
        h.get_by_label("Search actors").value().as_deref(),
        Some(typed)
    );
    assert_eq!(h.state().state.ui.actor_search, typed);
    let st = field_state(&h, "actor-search");
    assert_eq!(
        st.buffer.cursor(),
        typed.len(),
        "the caret follows the typing"
    );
    // Home goes to the logical start; in a right-to-left field ← moves on
    // to the next letter.
    h.key_press(Key::Home);
    h.run();
    assert_eq!(field_state(&h, "actor-search").buffer.cursor(), 0);
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(
        field_state(&h, "actor-search").buffer.cursor(),
        "ن".len(),
        "← steps forward in a right-to-left field"
    );
    // Ctrl+→ from there goes back to the start of the word.
    h.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    h.run();
    assert_eq!(field_state(&h, "actor-search").buffer.cursor(), 0);
    // End, then Shift+Ctrl+→ selects the last word («رم»), and typing
    // replaces it; Ctrl+Z brings it back.
    h.key_press(Key::End);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    assert_eq!(field_state(&h, "actor-search").buffer.selected_text(), "رم");
    h.get_by_label("Search actors").type_text("مسکو");
    h.run();
    assert_eq!(
        h.state().state.ui.actor_search,
        "نشست ۱۹۹۴ ناتو NATO در مسکو"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().state.ui.actor_search, typed);
    // The field's Ctrl+Z is its own: the curation has nothing undone.
    assert!(!h.state().state.curation.can_redo());
}

#[test]
fn selecting_reader_text_makes_a_new_event_with_the_date_inside_it() {
    let (_dir, texts) = texts_dir(
        "روابط ایران و روسیه\n\n\
         در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری امضا کردند.\n\n\
         هیئتی از تهران در بهار ۱۳۸۵ به مسکو رفت و گفتگوها ادامه یافت.\n",
    );
    let mut h = harness_with(CorpusSource::Paths(vec![texts.clone()]));
    let spring = h
        .state()
        .events()
        .iter()
        .position(|e| e.sources[0].sentence.as_str().contains("هیئتی"))
        .map(EventIx)
        .expect("the spring event");
    select(&mut h, spring);
    // Drag across its paragraph in the reader, from its right end (its
    // start) to its left end.
    let para = h
        .get_all_by_role(egui::Role::Paragraph)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("هیئتی"))
        })
        .expect("the reader shows the paragraph")
        .rect();
    let y = para.top() + 10.0;
    let from = egui::pos2(para.right() - 1.0, y);
    let to = egui::pos2(para.left() + 1.0, y);
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for k in 1..=10 {
        h.hover_at(from + (to - from) * (k as f32 / 10.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
    let selected = h.state().selected_reader_text().expect("text is selected");
    assert_eq!(
        selected.trim(),
        "هیئتی از تهران در بهار ۱۳۸۵ به مسکو رفت و گفتگوها ادامه یافت."
    );
    let before = h.state().events().len();
    h.get_by_label("New event from selection").click();
    h.run();
    let ne = h
        .state()
        .drafts
        .new_event
        .clone()
        .expect("the window is open");
    assert_eq!(ne.date, "بهار ۱۳۸۵", "the date phrase inside the selection");
    assert!(
        h.query_by_label_contains("New event date reads as")
            .is_some()
    );
    // The date can be typed instead.
    h.get_by_label("New event date").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("New event date").type_text("۱۵ خرداد ۱۳۸۵");
    h.run();
    h.get_by_label("Create event").click();
    h.run();
    let app = h.state();
    assert_eq!(app.events().len(), before + 1);
    let made = app
        .selected()
        .and_then(|e| app.events().get(e.0))
        .expect("the new event is selected");
    assert!(made.id.starts_with("user-"));
    assert_eq!(made.when.first_day.to_string(), "2006-06-05");
    assert_eq!(made.sources[0].sentence.as_str(), selected.trim());
    assert!(
        made.actors.iter().any(|a| &**a == "Russia"),
        "{:?}",
        made.actors
    );
    assert!(made.curation.as_ref().is_some_and(|c| c.edited));
    // It is undoable like any edit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().events().len(), before);
}

#[test]
fn hide_retitle_redate_merge_and_split_each_undo() {
    let mut h = seeds();
    let n = h.state().events().len();
    let shown = h.state().shown().len();
    let founding = event_at(h.state(), "1997-05-17");
    let id = h.state().events()[founding.0].id.clone();
    let title = h.state().events()[founding.0].title.clone();
    select(&mut h, founding);

    // Hide with the Delete key, undo with Ctrl+Z.
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().shown().len(), shown - 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().shown().len(), shown);

    // Retitle through the field.
    select(&mut h, founding);
    type_into(&mut h, "Event title", "سند بنیادین ناتو و روسیه");
    let find = |app: &GahnamaApp| {
        app.events()
            .iter()
            .find(|e| e.id == id)
            .cloned()
            .expect("event")
    };
    assert_eq!(find(h.state()).title, "سند بنیادین ناتو و روسیه");
    assert!(h.state().state.curation.dirty);
    assert!(
        h.query_by_label("History step 1").is_some(),
        "the history lists it"
    );
    h.get_by_label("Undo").click_accesskit();
    h.run();
    assert_eq!(find(h.state()).title, title);
    assert_eq!(
        h.get_by_label("Event title").value().as_deref(),
        Some(title.as_str()),
        "the field follows the undo"
    );
    // Redo brings it back (Ctrl+Y), undo again (Ctrl+Shift+Z is redo).
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(find(h.state()).title, "سند بنیادین ناتو و روسیه");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(find(h.state()).title, title);

    // Redate: the entry shows both calendars, Enter applies.
    let e = h
        .state()
        .events()
        .iter()
        .position(|e| e.id == id)
        .map(EventIx)
        .expect("event");
    select(&mut h, e);
    h.get_by_label("Event date entry").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Event date entry")
        .type_text("۱۵ خرداد ۱۳۷۶");
    h.run();
    let preview = h
        .query_by_label_contains("Date reads as")
        .expect("a preview")
        .value()
        .unwrap_or_default();
    assert!(
        preview.contains("۱۳۷۶") && preview.contains("۱۹۹۷"),
        "{preview}"
    );
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(find(h.state()).when.first_day.to_string(), "1997-06-05");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(find(h.state()).when.first_day.to_string(), "1997-05-17");

    // Merge two events (Ctrl+click adds to the selection), then split.
    let app = h.state();
    let a = app
        .events()
        .iter()
        .position(|e| e.id == id)
        .map(EventIx)
        .expect("a");
    // The next row of the list: on screen beside the selection.
    let rows = &app.state.shown.list_rows;
    let b = rows[rows.iter().position(|&r| r == a).expect("a row") + 1];
    let b_id = app.events()[b.0].id.clone();
    let sources = app.events()[a.0].sources.len() + app.events()[b.0].sources.len();
    select(&mut h, a);
    let b_row = {
        let e = &h.state().events()[b.0];
        format!("{} {}", e.when.start_iso(), e.title)
    };
    h.get_by_label(&b_row).click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(
        h.state().state.ui.also_selected.len(),
        1,
        "Ctrl+click adds to the selection"
    );
    h.get_by_label("Merge 2 events").click();
    h.run();
    assert_eq!(h.state().events().len(), n - 1);
    let merged = find(h.state());
    assert_eq!(merged.sources.len(), sources);
    assert!(!h.state().events().iter().any(|e| e.id == b_id));
    // Split the merged event back into its sources.
    h.get_by_label("Split").click();
    h.run();
    assert!(
        h.state().events().len() >= n,
        "split into one event per source"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().events().len(), n - 1, "split undone");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().events().len(), n, "merge undone");
    assert!(h.state().events().iter().any(|e| e.id == b_id));
    assert!(!h.state().state.curation.can_undo());
}

#[test]
fn a_saved_project_reopens_in_a_fresh_app_with_its_edits() {
    let (dir, texts) = texts_dir(
        "روابط ایران و همسایگان\n\n\
         در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n\n\
         در سال ۱۳۹۰ ایران و ارمنستان خط لوله گاز را افتتاح کردند.\n",
    );
    let mut h = harness_with(CorpusSource::Paths(vec![texts.clone()]));
    assert_eq!(h.state().events().len(), 2);
    let first = EventIx(0);
    let id = h.state().events()[0].id.clone();
    select(&mut h, first);
    type_into(&mut h, "Event title", "قرارداد هسته‌ای");
    h.get_by_label("Star").click();
    h.run();
    type_into(&mut h, "New tag", "انرژی");
    let project = dir.path().join("study.gahnama");
    let saved = h
        .state_mut()
        .save_project(Some(project.clone()))
        .expect("saved");
    assert_eq!(saved, project);
    assert!(!h.state().state.curation.dirty);
    assert!(
        h.state().window_title().starts_with("study — "),
        "{}",
        h.state().window_title()
    );
    let json = std::fs::read_to_string(&project).expect("read");
    assert!(
        json.contains("gahnama.project/1") && json.contains("\"texts\""),
        "{json}"
    );
    drop(h);

    let mut h = harness_with(CorpusSource::Paths(vec![project.clone()]));
    h.run();
    let app = h.state();
    let e = app.events().iter().find(|e| e.id == id).expect("the event");
    assert_eq!(e.title, "قرارداد هسته‌ای");
    let c = e.curation.as_deref().expect("curated");
    assert!(c.starred);
    assert!(c.tags.contains("انرژی"));
    assert_eq!(app.state.curation.history(&app.state.tr).len(), 3);
    assert_eq!(app.state.curation.path.as_deref(), Some(project.as_path()));
    // The place came back: the selected event.
    assert_eq!(
        app.selected().map(|s| app.events()[s.0].id.clone()),
        Some(id)
    );
}

#[test]
fn an_edit_autosaves_a_saved_project() {
    let (_dir, project, mut h) = saved_seeds_with_a_hide();
    assert!(h.state().state.curation.dirty);
    assert!(h.state().window_title().starts_with("● "));
    step_until(&mut h, 10, |h| !h.state().state.curation.dirty);
    assert!(!h.state().state.curation.dirty, "autosaved");
    let p = gahnama::curation::Project::load(&project).expect("load");
    assert_eq!(p.edits.len(), 1);
    assert_eq!(p.edits[0].op, gahnama::curation::Op::Hide);
}

#[test]
fn the_search_index_is_built_when_the_search_is_first_opened() {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(400)
        .build_eframe(|cc| {
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
            app.native_file_dialogs = false;
            app.load_blocking(CorpusSource::Seeds);
            app
        });
    h.run();
    assert!(
        h.state().state.search.indexes.is_none() && !h.state().state.search.indexing(),
        "no index before a search"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Search").type_text("روسيه");
    // The index is built in the background; the query waits for it.
    for _ in 0..500 {
        if h.state().state.search.text_total > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run();
    }
    let s = &h.state().state.search;
    assert!(s.indexes.is_some() && !s.indexing());
    assert!(s.text_total > 0, "«روسیه» found once the index is there");
}

#[test]
fn search_finds_a_form_with_arabic_yeh_and_dims_the_rest() {
    let mut h = seeds();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    assert!(h.state().state.search.open);
    h.get_by_label("Search").type_text("روسيه");
    h.run();
    let s = &h.state().state.search;
    assert!(s.active());
    assert!(s.text_total > 0, "«روسیه» is in the seeds' text");
    assert!(!s.matching.is_empty());
    assert!(
        s.matching.len() < h.state().events().len(),
        "not every event matches"
    );
    let first = s.results.first().expect("results").clone();
    assert!(
        first.context[first.highlight.clone()].contains("روسیه"),
        "{}",
        first.context
    );
    // Enter steps to the first result and selects its event.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.search.current, Some(0));
    assert!(h.state().selected().is_some());
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().state.search.current, Some(1));
    // The results are listed with their context.
    assert!(h.get_all_by_label_contains("Result: ").next().is_some());
}

#[test]
fn closing_with_unsaved_changes_asks_first_and_save_writes_them() {
    let (_dir, project, mut h) = saved_seeds_with_a_hide();
    let close = |h: &mut Harness<'static, GahnamaApp>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.run();
    };
    close(&mut h);
    assert!(h.state().dialogs.confirm_close, "it asks");
    assert!(h.query_by_label("Don't save").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().dialogs.confirm_close);
    assert!(h.state().state.curation.dirty, "nothing was lost or saved");
    close(&mut h);
    h.get_by_label("Save").click();
    h.run();
    assert!(!h.state().state.curation.dirty);
    let p = gahnama::curation::Project::load(&project).expect("load");
    assert_eq!(p.edits.len(), 1, "the hide was saved before closing");
}

#[test]
fn edits_never_saved_are_kept_and_come_back_at_the_next_start() {
    let (dir, texts) = texts_dir(
        "روابط ایران و همسایگان\n\n\
         در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n",
    );
    let recovery = dir.path().join("data").join("unsaved.gahnama");
    let start = |source: CorpusSource| {
        let recovery = recovery.clone();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1400.0, 1000.0))
            .with_max_steps(400)
            .build_eframe(move |cc| {
                let mut app = GahnamaApp::unloaded(&cc.egui_ctx, Settings::default());
                app.recovery = Some(recovery.clone());
                app.load_blocking(source.clone());
                app
            });
        h.run();
        h
    };
    let mut h = start(CorpusSource::Paths(vec![texts.clone()]));
    select(&mut h, EventIx(0));
    h.key_press(Key::Delete);
    h.run();
    step_until(&mut h, 10, |_| recovery.exists());
    assert!(recovery.exists(), "the unsaved edit is kept");
    assert!(h.state().state.curation.dirty, "and still shown as unsaved");
    drop(h);

    let mut h = start(CorpusSource::Paths(vec![recovery.clone()]));
    let app = h.state();
    assert_eq!(app.events().len(), 1);
    assert!(app.shown().is_empty(), "the hidden event is hidden again");
    assert!(app.state.curation.dirty && app.state.curation.path.is_none());
    // Saved, the recovery file goes.
    let other = dir.path().join("reports").join("iran.gahnama");
    std::fs::create_dir_all(other.parent().expect("parent")).expect("dir");
    h.state_mut()
        .save_project(Some(other.clone()))
        .expect("saved");
    assert!(!recovery.exists());
    let p = gahnama::curation::Project::load(&other).expect("load");
    // Outside the project's folder: written as it is, and found again.
    let canon = |q: &std::path::Path| std::fs::canonicalize(q).expect("exists");
    let found: Vec<_> = p.resolved_paths(&other).iter().map(|q| canon(q)).collect();
    assert_eq!(found, [canon(&texts)]);
    assert_eq!(p.edits.len(), 1);
}

#[test]
fn reading_the_texts_again_for_a_new_document_date_keeps_the_edits() {
    let mut h = seeds();
    let e = event_at(h.state(), "1997-05-17");
    let id = h.state().events()[e.0].id.clone();
    select(&mut h, e);
    type_into(&mut h, "Event title", "سند بنیادین");
    let path = h.state().documents()[0].path.clone();
    let ctx = h.ctx.clone();
    h.state_mut().apply(
        &ctx,
        gahnama::app::Action::SetDocumentDate {
            path,
            date: Some((
                gahnama::model::Day::new(2001, 1, 1),
                gahnama::model::CalendarKind::Gregorian,
            )),
        },
    );
    step_until(&mut h, 20, |h| h.state().state.loading.is_none());
    assert!(h.state().state.loading.is_none(), "read again");
    let app = h.state();
    let e = app.events().iter().find(|e| e.id == id).expect("the event");
    assert_eq!(e.title, "سند بنیادین", "the edit survived the new reading");
    assert!(app.state.curation.can_undo());
    assert_eq!(
        app.selected().map(|s| app.events()[s.0].id.clone()),
        Some(id)
    );
}
