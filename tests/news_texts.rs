//! News texts written for these tests in the styles of Persian agencies (an
//! IRNA wire with a dateline, a Kabul agency in Dari, a TASS piece in markdown
//! with front matter): their relative dates count from the document's own
//! date, with or without one.

use gahnama::corpus::Document;
use gahnama::extract::Extractor;
use gahnama::model::{DateSource, Day, Event, EventKind, Timeline};

fn extract(docs: Vec<Document>) -> Timeline {
    Extractor::bundled().expect("bundled data").extract(&docs)
}

fn load(path: &str) -> Document {
    let loaded = gahnama::corpus::load_paths(&[path.into()]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.documents.into_iter().next().expect("one document")
}

/// The text of `path` without its first `skip` lines (its date source).
fn without_lines(path: &str, skip: usize) -> Document {
    let text = std::fs::read_to_string(path).expect("test text");
    let rest: Vec<&str> = text.lines().skip(skip).collect();
    Document::from_bytes("undated", "undated.txt", rest.join("\n").into_bytes()).expect("text")
}

fn find<'a>(t: &'a Timeline, written: &str) -> &'a Event {
    t.events
        .iter()
        .find(|e| &*e.when.text == written)
        .unwrap_or_else(|| {
            let all: Vec<&str> = t.events.iter().map(|e| &*e.when.text).collect();
            panic!("no event written «{written}» in {all:?}")
        })
}

fn days(e: &Event) -> (String, String) {
    (e.when.first_day.to_string(), e.when.last_day.to_string())
}

const IRNA: &str = "tests/data/news_irna_caspian.txt";
const KABUL: &str = "tests/data/news_kabul_dari.txt";
const TASS: &str = "tests/data/news_moscow_tass.md";

#[test]
fn an_agency_wire_is_dated_by_its_dateline() {
    let t = extract(vec![load(IRNA)]);
    let doc = &t.documents[0];
    assert_eq!(doc.date, Some(Day::new(2021, 2, 10)));
    assert_eq!(doc.date_source, Some(DateSource::Dateline));
    // The dateline itself is no event.
    assert!(t.events.iter().all(|e| !e.when.text.contains("۲۲ بهمن")));
    let today = find(&t, "امروز (چهارشنبه)");
    assert_eq!(days(today), ("2021-02-10".into(), "2021-02-10".into()));
    assert!(
        today.actors.iter().any(|a| &**a == "Iran"),
        "{:?}",
        today.actors
    );
    assert!(!today.title.contains("امروز"), "{}", today.title);
    assert_eq!(
        days(find(&t, "روز گذشته")),
        ("2021-02-09".into(), "2021-02-09".into())
    );
    // «یکشنبه گذشته (۱۹ بهمن)»: one mention, of the stated day.
    assert_eq!(
        days(find(&t, "یکشنبه گذشته (۱۹ بهمن)")),
        ("2021-02-07".into(), "2021-02-07".into())
    );
    // «سال جاری» and «امسال» in an article of 1399 are 1399.
    assert_eq!(
        days(find(&t, "آذر ماه سال جاری")),
        ("2020-11-21".into(), "2020-12-20".into())
    );
    assert_eq!(
        days(find(&t, "از ۱۵ دی ماه امسال")),
        ("2021-01-04".into(), "2021-01-04".into())
    );
    let next_week = find(&t, "هفته آینده");
    assert_eq!(days(next_week), ("2021-02-13".into(), "2021-02-19".into()));
    assert_eq!(next_week.kind, EventKind::Forecast);
    // «نماز جمعه» names the prayers, not a Friday.
    assert!(t.events.iter().all(|e| !e.when.text.contains("جمعه")));
}

#[test]
fn without_a_document_date_relative_dates_give_no_events() {
    // The IRNA wire without its dateline: nothing is left to count from.
    let t = extract(vec![without_lines(IRNA, 1)]);
    assert_eq!(t.documents[0].date, None);
    for written in ["روز گذشته", "هفته آینده", "آذر ماه سال جاری"] {
        assert!(
            t.events.iter().all(|e| &*e.when.text != written),
            "«{written}» became an event without a document date"
        );
    }
    // Not even «(۱۹ بهمن)», which states no year: the wire gives no event…
    assert!(t.events.is_empty(), "{:?}", t.events);
    // …and `dates` lists its expressions as unresolved.
    let doc = without_lines(IRNA, 1);
    let rows = Extractor::bundled().expect("bundled data").dates(&doc);
    let unresolved = rows.iter().filter(|r| r.start.is_none()).count();
    assert!(unresolved >= 5, "{rows:?}");
    assert!(rows.iter().all(|r| r.start.is_none()));
}

#[test]
fn a_date_set_by_the_user_wins_and_dates_a_text_without_one() {
    // The user gives the Dari wire a day (over its dateline):
    // ۱۵ حمل ۱۴۰۰ = 4 April 2021, a Sunday.
    let mut doc = load(KABUL);
    doc.user_date = Some((
        Day::new(2021, 4, 4),
        gahnama::model::CalendarKind::SolarHijri,
    ));
    let t = extract(vec![doc]);
    assert_eq!(t.documents[0].date_source, Some(DateSource::User));
    assert_eq!(
        days(find(&t, "دیروز")),
        ("2021-04-03".into(), "2021-04-03".into())
    );
    assert_eq!(
        days(find(&t, "روز شنبه")),
        ("2021-04-03".into(), "2021-04-03".into())
    );
    let soon = find(&t, "پس‌فردا");
    assert_eq!(days(soon), ("2021-04-06".into(), "2021-04-06".into()));
    assert_eq!(soon.kind, EventKind::Forecast);
    // Over the text's own dateline too.
    let mut doc = load(IRNA);
    doc.user_date = Some((
        Day::new(2021, 3, 1),
        gahnama::model::CalendarKind::Gregorian,
    ));
    let t = extract(vec![doc]);
    assert_eq!(t.documents[0].date, Some(Day::new(2021, 3, 1)));
    assert_eq!(
        days(find(&t, "روز گذشته")),
        ("2021-02-28".into(), "2021-02-28".into())
    );
}

#[test]
fn front_matter_dates_a_markdown_article_and_titles_it() {
    let t = extract(vec![load(TASS)]);
    let doc = &t.documents[0];
    assert_eq!(doc.title, "دیدار وزیران خارجه روسیه و ارمنستان");
    assert_eq!(doc.date, Some(Day::new(2022, 3, 12)));
    assert_eq!(doc.date_source, Some(DateSource::FrontMatter));
    // The front matter's own date is no event.
    assert!(t.events.iter().all(|e| !e.when.text.contains("2022-03-12")));
    assert_eq!(
        days(find(&t, "امروز")),
        ("2022-03-12".into(), "2022-03-12".into())
    );
    // A text that names Gregorian months counts its months in them.
    assert_eq!(
        days(find(&t, "ماه گذشته")),
        ("2022-02-01".into(), "2022-02-28".into())
    );
    assert_eq!(
        days(find(&t, "فوریه امسال")),
        ("2022-02-01".into(), "2022-02-28".into())
    );
    // A past verb in the date's clause, a future one in the next.
    let monday = find(&t, "روز دوشنبه");
    assert_eq!(days(monday), ("2022-03-07".into(), "2022-03-07".into()));
    assert_eq!(monday.kind, EventKind::Event);
    let thursday = find(&t, "پنجشنبه آینده");
    assert_eq!(days(thursday), ("2022-03-17".into(), "2022-03-17".into()));
    assert_eq!(thursday.kind, EventKind::Forecast);
    // Vague words are no dates.
    assert!(t.events.iter().all(|e| !e.when.text.contains("زودی")));
    assert!(t.events.iter().all(|e| !e.when.text.contains("اخیر")));
}

#[test]
fn a_date_in_the_file_name_dates_a_text_without_a_dateline() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("khabar-1399-11-22.txt");
    std::fs::write(
        &path,
        "وزیر خارجه ایران دیروز با همتای ارمنی خود دیدار کرد.\n",
    )
    .expect("write");
    let loaded = gahnama::corpus::load_paths(&[path]);
    let t = extract(loaded.documents);
    assert_eq!(t.documents[0].date_source, Some(DateSource::FileName));
    assert_eq!(
        days(find(&t, "دیروز")),
        ("2021-02-09".into(), "2021-02-09".into())
    );
}

#[test]
fn a_dari_wire_is_dated_by_its_afghan_month_and_keeps_its_day_range() {
    let t = extract(vec![load(KABUL)]);
    // «کابل، ۱۵ حمل ۱۴۰۰ (آژانس خبری پژواک)»: 4 April 2021.
    assert_eq!(t.documents[0].date, Some(Day::new(2021, 4, 4)));
    assert_eq!(t.documents[0].date_source, Some(DateSource::Dateline));
    assert_eq!(
        days(find(&t, "دیروز")),
        ("2021-04-03".into(), "2021-04-03".into())
    );
    // «۲۱ تا ۲۳ فوریه ۲۰۲۱» is one range of days.
    let range = find(&t, "۲۱ تا ۲۳ فوریه ۲۰۲۱");
    assert_eq!(days(range), ("2021-02-21".into(), "2021-02-23".into()));
    // «اوایل ماه آینده» in a Solar text: early ثور ۱۴۰۰, a forecast.
    let next = t
        .events
        .iter()
        .find(|e| e.when.text.contains("ماه آینده"))
        .expect("next month");
    assert_eq!(next.when.first_day, Day::new(2021, 4, 21));
    assert_eq!(next.kind, EventKind::Forecast);
}

#[test]
fn a_wire_is_titled_by_its_text_not_its_dateline() {
    let t = extract(vec![load(IRNA), load(KABUL)]);
    for d in &t.documents {
        assert!(
            !d.title.contains("ایرنا -") && !d.title.contains("پژواک"),
            "{}",
            d.title
        );
    }
    assert!(
        t.documents[0].title.starts_with("وزیر امور خارجه ایران"),
        "{}",
        t.documents[0].title
    );
    assert!(
        t.documents[1].title.starts_with("وزیر خارجه افغانستان"),
        "{}",
        t.documents[1].title
    );
    // A dateline on a line of its own: the next paragraph titles it.
    let doc = Document::from_bytes(
        "d",
        "d.txt",
        "سه‌شنبه ۱۴ اردیبهشت ۱۴۰۰ - ۱۱:۲۰\n\nرئیس جمهور ازبکستان به دوشنبه سفر کرد.\n"
            .as_bytes()
            .to_vec(),
    )
    .expect("text");
    assert_eq!(doc.title, "رئیس جمهور ازبکستان به دوشنبه سفر کرد.");
}

const MEHR: &str = "tests/data/news_mehr_gulf.txt";

#[test]
fn a_gulf_wire_reads_holidays_ranges_and_the_worlds_actors() {
    let t = extract(vec![load(MEHR)]);
    assert_eq!(t.documents[0].date, Some(Day::new(2022, 5, 2)));
    // «امروز (دوشنبه)»: 12 Ordibehesht 1401 was a Monday.
    let today = find(&t, "امروز (دوشنبه)");
    assert_eq!(days(today), ("2022-05-02".into(), "2022-05-02".into()));
    for a in ["Iran", "Kuwait"] {
        assert!(today.actors.iter().any(|x| &**x == a), "{:?}", today.actors);
    }
    // The Ramadan of this Solar year (1401): April 2022.
    let ramadan = find(&t, "ماه مبارک رمضان امسال");
    assert!(
        ramadan.when.first_day.to_string().starts_with("2022-04"),
        "{:?}",
        ramadan.when
    );
    for a in ["GCC", "Saudi Arabia"] {
        assert!(
            ramadan.actors.iter().any(|x| &**x == a),
            "{:?}",
            ramadan.actors
        );
    }
    let saturday = find(&t, "شنبه گذشته (۱۰ اردیبهشت)");
    assert_eq!(days(saturday), ("2022-04-30".into(), "2022-04-30".into()));
    for a in ["Saudi Arabia", "Lithuania"] {
        assert!(
            saturday.actors.iter().any(|x| &**x == a),
            "{:?}",
            saturday.actors
        );
    }
    // A range written later year first runs forward; a day range is one.
    let years = find(&t, "۱۳۹۸-۱۳۹۲");
    assert_eq!(days(years), ("2013-03-21".into(), "2020-03-19".into()));
    let range = find(&t, "از ۲۰ تا ۲۲ فروردین");
    assert_eq!(days(range), ("2022-04-09".into(), "2022-04-11".into()));
    // The next Thursday, and three days after it: forecasts.
    let thursday = find(&t, "پنجشنبه آینده");
    assert_eq!(days(thursday), ("2022-05-05".into(), "2022-05-05".into()));
    assert_eq!(thursday.kind, EventKind::Forecast);
    let after = find(&t, "سه روز بعد");
    assert_eq!(days(after), ("2022-05-08".into(), "2022-05-08".into()));
    // «سال ۸۸» in a Solar text, and two years before it.
    assert_eq!(
        days(find(&t, "سال ۸۸")),
        ("2009-03-21".into(), "2010-03-20".into())
    );
    assert_eq!(
        days(find(&t, "دو سال پیش از آن")),
        ("2007-03-21".into(), "2008-03-19".into())
    );
    // Crimea concerns Ukraine and Russia.
    let crimea = find(&t, "دیروز");
    for a in ["Russia", "Ukraine", "Iran"] {
        assert!(
            crimea.actors.iter().any(|x| &**x == a),
            "{:?}",
            crimea.actors
        );
    }
    // A street named after a day and Friday prayers are no dates.
    assert!(t.events.iter().all(|e| !e.when.text.contains("آذر")));
    assert!(t.events.iter().all(|e| !e.when.text.contains("جمعه")));
}

#[test]
fn the_gulf_wire_without_its_dateline_keeps_only_what_it_states() {
    let t = extract(vec![without_lines(MEHR, 1)]);
    assert_eq!(t.documents[0].date, None);
    let written: Vec<&str> = t.events.iter().map(|e| &*e.when.text).collect();
    // Nothing counted from the document's date, but the years it states.
    for relative in [
        "دیروز",
        "شنبه گذشته (۱۰ اردیبهشت)",
        "پنجشنبه آینده",
        "ماه مبارک رمضان امسال",
    ] {
        assert!(!written.contains(&relative), "{relative}: {written:?}");
    }
    assert!(written.contains(&"۱۳۹۸-۱۳۹۲"), "{written:?}");
    assert!(written.contains(&"سال ۸۸"), "{written:?}");
    // With a date given by the user, the same text counts from it.
    let mut doc = without_lines(MEHR, 1);
    doc.user_date = Some((
        Day::new(2022, 5, 2),
        gahnama::model::CalendarKind::SolarHijri,
    ));
    let t = extract(vec![doc]);
    assert_eq!(
        days(find(&t, "شنبه گذشته (۱۰ اردیبهشت)")),
        ("2022-04-30".into(), "2022-04-30".into())
    );
}
