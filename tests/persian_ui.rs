//! The app in Persian, driven through its Persian accessible labels:
//! the main flows, the mirrored panels, the Persian defaults, and the
//! shortcuts with a Persian keyboard layout.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gahnama::app::i18n::Lang;
use gahnama::app::loader::CorpusSource;
use gahnama::app::{Action, AxisCalendar, GahnamaApp, Settings};
use gahnama::layout::ticks::Digits;

mod common;
use common::{click_row, founding_act};
#[path = "common/typing.rs"]
mod typing;
use typing::type_into;

fn harness_in(lang: Lang) -> Harness<'static, GahnamaApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(move |cc| {
            let mut settings = Settings::for_language(lang);
            settings.language = Some(lang);
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, settings);
            app.native_file_dialogs = false;
            app.load_blocking(CorpusSource::Seeds);
            app
        });
    h.run();
    h
}

fn persian_digits(n: usize) -> String {
    gahnama::text::persian_digits(&n.to_string())
}

#[test]
fn a_persian_interface_starts_with_persian_defaults() {
    let s = Settings::for_language(Lang::Fa);
    assert_eq!(s.digits, Digits::Persian);
    assert_eq!(s.calendar, AxisCalendar::SolarFirst);
    assert!(s.solar_first);
    let e = Settings::for_language(Lang::En);
    assert_eq!(e.calendar, AxisCalendar::Both);
    assert!(!e.solar_first);
}

#[test]
fn the_seeds_open_in_persian_with_a_persian_status_line() {
    let h = harness_in(Lang::Fa);
    let app = h.state();
    assert_eq!(app.documents().len(), 4);
    let n = app.events().len();
    let status = format!(
        "{} سند، {} رویداد، {} نمایان",
        persian_digits(4),
        persian_digits(n),
        persian_digits(n)
    );
    h.get_by_label(&status);
    // The menus are there by their Persian names.
    for menu in ["پرونده", "ویرایش", "نما", "راهنما"] {
        h.get_by_label(menu);
    }
}

#[test]
fn in_persian_the_panels_are_mirrored() {
    let fa = harness_in(Lang::Fa);
    let en = harness_in(Lang::En);
    let x = |h: &Harness<'static, GahnamaApp>, label: &str| h.get_by_label(label).rect().center().x;
    // English: filters on the left, the reader on the right.
    assert!(x(&en, "Filters") < x(&en, "Reader"));
    // Persian: filters on the right, the reader on the left.
    assert!(x(&fa, "پالایه‌ها") > x(&fa, "خواننده"));
    // The menu bar runs from the right: File is rightmost, Help leftmost.
    assert!(x(&fa, "پرونده") > x(&fa, "راهنما"));
    assert!(x(&en, "File") < x(&en, "Help"));
    // The list's columns start with the date at the right.
    assert!(x(&fa, "تاریخ ^") > x(&fa, "عنوان"));
    assert!(x(&en, "Date ^") < x(&en, "Title"));
    // A checkbox sits on the right of its label.
    let cb = fa.get_by_label("رویدادها").rect();
    let width = fa.ctx.content_rect().width();
    assert!(
        cb.center().x > width / 2.0,
        "the events checkbox is in the right panel"
    );
}

#[test]
fn filter_by_an_actor_select_an_event_and_read_its_source_in_persian() {
    let mut h = harness_in(Lang::Fa);
    let before = h.state().shown().len();
    h.get_by_label("کنشگر Russia").click();
    h.run();
    let after = h.state().shown().len();
    assert!(after < before, "{after} < {before}");
    // The chip of the filter names it in Persian.
    h.get_by_label("بدون Russia");
    // Tick it back and select the Founding Act in the list.
    h.get_by_label("کنشگر Russia").click();
    h.run();
    let fa = founding_act(h.state());
    let title = h.state().events()[fa.0].title.clone();
    click_row(&mut h, &format!("1997-05-17 {title}"));
    assert_eq!(h.state().selected(), Some(fa));
    // The reader shows it, Solar first, and its source paragraph.
    h.get_by_label(&format!("رویداد برگزیده: {title}"));
    let date = h
        .get_by_label_contains("تاریخ رویداد: ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(date.starts_with("تاریخ رویداد: ۲۷ اردیبهشت ۱۳۷۶"), "{date}");
    // Its facts are joined with a Persian comma, not a dot that reads as ۰.
    let n = h.state().events()[fa.0].sources.len();
    h.get_by_label(&format!("دقت در حد روز، {} منبع", persian_digits(n)));
    h.get_by_label("منابع");
    h.get_by_label("باز کردن سند").click();
    h.run();
    assert_eq!(
        h.state().state.ui.reader_mode,
        gahnama::app::ReaderMode::Document
    );
}

#[test]
fn export_a_png_from_the_persian_menus() {
    let mut h = harness_in(Lang::Fa);
    h.get_by_label("پرونده").click();
    h.run();
    h.get_by_label("خروجی PNG…  (Ctrl+E)").click();
    h.run();
    assert!(h.state().dialogs.export.is_some());
    h.get_by_label("خروجی PNG");
    h.get_by_label("خروجی…").click();
    h.run();
    // No desktop dialog here: the Persian prompt asks for the path.
    h.get_by_label_contains("به جای آن، نشانی را بنویسید");
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("persian");
    h.state_mut()
        .dialogs
        .path_prompt
        .as_mut()
        .expect("the prompt is open")
        .path = target.display().to_string();
    h.run();
    h.get_by_label("خروجی").click();
    h.run();
    let written = dir.path().join("persian.png");
    for _ in 0..200 {
        if written.exists() && !h.state().state.exporting {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.run();
    }
    let bytes = std::fs::read(&written).expect("the export was written");
    assert!(bytes.starts_with(b"\x89PNG"));
    h.run();
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| n.text.contains("نوشته شد")),
        "{:?}",
        h.state().state.notices
    );
}

#[test]
fn the_language_switch_changes_the_words_and_is_remembered() {
    let mut h = harness_in(Lang::En);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("فارسی").click();
    h.run();
    let s = &h.state().state.settings;
    assert_eq!(s.language, Some(Lang::Fa));
    assert_eq!(s.calendar, AxisCalendar::SolarFirst);
    h.get_by_label("پالایه‌ها");
    assert!(h.query_by_label("Filters").is_none());
    // Settings are what eframe stores: the language goes with them.
    let json = serde_json::to_string(s).expect("settings serialise");
    let back: Settings = serde_json::from_str(&json).expect("settings read back");
    assert_eq!(back.lang(), Lang::Fa);
}

/// A key press as egui-winit reports it with a Persian layout: the key at
/// the Latin position (no egui key for «خ»), or, from a backend that maps
/// the character to a sign, that sign with the physical key beside it.
fn persian_layout_press(h: &mut Harness<'static, GahnamaApp>, logical: Key, physical: Key) {
    let modifiers = egui::Modifiers::COMMAND;
    for pressed in [true, false] {
        h.event(egui::Event::Key {
            key: logical,
            physical_key: Some(physical),
            pressed,
            repeat: false,
            modifiers,
        });
    }
    h.run();
}

#[test]
fn shortcuts_work_with_a_persian_keyboard_layout() {
    let mut h = harness_in(Lang::Fa);
    persian_layout_press(&mut h, Key::Quote, Key::E);
    assert!(h.state().dialogs.export.is_some(), "Ctrl+E by its position");
    h.state_mut().dialogs.export = None;
    persian_layout_press(&mut h, Key::F, Key::F);
    assert!(h.state().state.search.open, "Ctrl+F");
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Action::CloseSearch);
    persian_layout_press(&mut h, Key::Comma, Key::O);
    // Ctrl+O with no desktop dialog opens the in-app prompt.
    assert!(
        h.state().dialogs.path_prompt.is_some(),
        "Ctrl+O by its position"
    );
    // A Latin layout that moves the letters keeps its own: Dvorak has R where O is.
    let mut h = harness_in(Lang::En);
    persian_layout_press(&mut h, Key::R, Key::O);
    assert!(h.state().dialogs.path_prompt.is_none());
}

/// Where the reader's heading and the filters' heading are: each sits at
/// its panel's inner edge, so a panel that grows moves it.
fn headings(h: &Harness<'static, GahnamaApp>, lang: Lang) -> Vec<egui::Rect> {
    let names = match lang {
        Lang::En => ["Reader", "Filters"],
        Lang::Fa => ["خواننده", "پالایه‌ها"],
    };
    names.iter().map(|n| h.get_by_label(n).rect()).collect()
}

#[test]
fn the_panels_keep_their_width_from_frame_to_frame_in_both_languages() {
    for lang in [Lang::En, Lang::Fa] {
        for mode in [
            gahnama::app::ReaderMode::Sources,
            gahnama::app::ReaderMode::Document,
        ] {
            let mut h = harness_in(lang);
            let e = founding_act(h.state());
            h.state_mut().select(Some(e));
            h.state_mut().state.ui.reader_mode = mode;
            h.run();
            let before = headings(&h, lang);
            for _ in 0..20 {
                h.step();
            }
            assert_eq!(headings(&h, lang), before, "{lang:?} {mode:?}");
        }
    }
}

#[test]
fn a_folder_with_bad_files_says_so_in_persian_and_loads_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("good.txt"),
        "در ۱۵ خرداد ۱۳۷۶ هیئتی از تهران به مسکو رفت.\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("binary.txt"), [0u8, 1, 2, 3, 0, 0, 0xff]).expect("write");
    // A long text with two stray NULs loads, with a warning.
    let long = "در ۲۰ مهر ۱۳۹۸ نشستی در عشق‌آباد برگزار شد. ".repeat(40);
    std::fs::write(dir.path().join("nul.txt"), format!("{long}\0\n{long}\0\n")).expect("write");
    let paths = vec![dir.path().to_path_buf(), dir.path().join("absent.txt")];
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(400)
        .build_eframe(move |cc| {
            let mut settings = Settings::for_language(Lang::Fa);
            settings.language = Some(Lang::Fa);
            let mut app = GahnamaApp::unloaded(&cc.egui_ctx, settings);
            app.load_blocking(CorpusSource::Paths(paths.clone()));
            app
        });
    h.run();
    let notices: Vec<String> = h
        .state()
        .state
        .notices
        .iter()
        .map(|n| n.text.clone())
        .collect();
    let says = |words: &str, file: &str| {
        assert!(
            notices
                .iter()
                .any(|n| n.contains(words) && n.contains(file)),
            "«{words}» for {file} in {notices:?}"
        );
    };
    says("پرونده‌ای دودویی است", "binary.txt");
    says("چنین پرونده یا پوشه‌ای نیست", "absent.txt");
    says("بایت NUL سرگردان نادیده گرفته شد", "nul.txt");
    assert!(
        notices.iter().all(|n| !n.contains("Skipped")),
        "{notices:?}"
    );
    // The rest loaded: the good text and the one with NULs.
    assert_eq!(h.state().documents().len(), 2);
    assert!(!h.state().events().is_empty());
    // The notices are on screen, by their Persian text.
    h.get_by_label_contains("پرونده‌ای دودویی است");
}

#[test]
fn a_year_typed_in_persian_digits_filters_and_shows_in_persian() {
    let mut h = harness_in(Lang::Fa);
    let all = h.state().state.shown.len();
    // «از» turns the first year on; the field shows ۱۹۹۰ in Persian digits.
    h.get_by_label("از").click();
    h.run();
    assert_eq!(h.state().state.settings.filter.from_year, Some(1990));
    let field = h.get_by_label("سال نخست");
    assert_eq!(field.accesskit_node().value().as_deref(), Some("۱۹۹۰"));
    type_into(&mut h, "سال نخست", "۲۰۰۵");
    assert_eq!(h.state().state.settings.filter.from_year, Some(2005));
    assert!(h.state().state.shown.len() < all);
    assert_eq!(
        h.get_by_label("سال نخست")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("۲۰۰۵")
    );
    // Out of range, it is put back within it on Enter; Down steps by one.
    type_into(&mut h, "سال نخست", "99999");
    assert_eq!(h.state().state.settings.filter.from_year, Some(2200));
    h.get_by_label("سال نخست").click();
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state.settings.filter.from_year, Some(2199));
}
