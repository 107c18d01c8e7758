//! A Persian text written for the tests (not one of the seeds): the extractor's
//! rules must work on it as on the seeds.

use gahnama::extract::Extractor;
use gahnama::model::{Event, EventKind};

fn events() -> Vec<Event> {
    let loaded = gahnama::corpus::load_paths(&["tests/data/azerbaijan_iran.md".into()]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    Extractor::bundled()
        .expect("bundled data")
        .extract(&loaded.documents)
        .events
}

fn find<'a>(events: &'a [Event], start: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.when.start == start)
        .unwrap_or_else(|| panic!("no event starting {start}"))
}

#[test]
fn dates_titles_and_kinds_come_out_of_a_text_never_seen() {
    let ev = events();
    let independence = find(&ev, "1991-08-30");
    assert_eq!(
        independence.title,
        "جمهوری آذربایجان استقلال خود را از اتحاد شوروی اعلام کرد"
    );
    assert!(independence.actors.contains(&"Azerbaijan".to_owned()));
    // «دی ماه ۱۳۷۰»: a Solar Hijri month, spanning two Gregorian months.
    let recognition = find(&ev, "1991-12");
    assert_eq!(recognition.when.end, "1992-01");
    assert_eq!(recognition.when.calendar.as_str(), "solar_hijri");
    assert_eq!(recognition.title, "ایران آن را به رسمیت شناخت");
    // «یک سال بعد» after July 2006; «در همان ماه» after 10 November 2020.
    let later = find(&ev, "2007");
    assert!(later.when.inferred);
    let same_month = find(&ev, "2020-11");
    assert!(same_month.when.inferred);
    assert!(same_month.title.contains("حافظ صلح"));
    assert_eq!(
        find(&ev, "2018-08-12").title,
        "کنوانسیون رژیم حقوقی دریای خزر در آکتائو امضا شد"
    );
    assert_eq!(find(&ev, "2030").kind, EventKind::Forecast);
    // The news agency's date in parentheses is a source, the reference list a bibliography.
    assert!(ev.iter().all(|e| e.when.start != "2023-01-28"));
    assert!(ev.iter().all(|e| e.when.start != "2005"));
}
