//! A Persian text written for the tests (not one of the seeds): the extractor's
//! rules must work on it as on the seeds.

use std::sync::Arc;

use gahnama::extract::Extractor;
use gahnama::model::{Event, EventKind};

fn events() -> Vec<Event> {
    events_of("tests/data/azerbaijan_iran.md")
}

fn events_of(path: &str) -> Vec<Event> {
    let loaded = gahnama::corpus::load_paths(&[path.into()]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    Extractor::bundled()
        .expect("bundled data")
        .extract(&loaded.documents)
        .events
}

fn find<'a>(events: &'a [Event], start: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.when.start_iso() == start)
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
    assert!(independence.actors.contains(&"Azerbaijan".into()));
    // «دی ماه ۱۳۷۰»: a Solar Hijri month, spanning two Gregorian months.
    let recognition = find(&ev, "1991-12");
    assert_eq!(recognition.when.end_iso(), "1992-01");
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
    assert!(ev.iter().all(|e| e.when.start_iso() != "2023-01-28"));
    assert!(ev.iter().all(|e| e.when.start_iso() != "2005"));
}

/// A second text written for the tests: lists of dates, ranges followed by
/// «همان سال», a day and month «of the same year», quotations in long titles.
#[test]
fn a_second_unseen_text_keeps_clauses_and_context_honest() {
    let ev = events_of("tests/data/caspian.md");
    // «ایران و روسیه … بر معاهدات ۱۹۲۱ و ۱۹۴۰ تکیه می‌کردند»: two events, one clause,
    // the subject whole and neither date left in the title.
    for year in ["1921", "1940"] {
        let e = find(&ev, year);
        assert_eq!(e.title, "ایران و روسیه در ابتدا بر معاهدات تکیه می‌کردند");
        assert_eq!(
            e.actors.iter().map(|a| &**a).collect::<Vec<_>>(),
            ["Iran", "Russia"]
        );
    }
    // A long title keeps the quotation its verb closes, marks and all.
    let contract = find(&ev, "1994-09-20");
    assert!(
        contract.title.ends_with("«قرارداد قرن» را امضا کرد"),
        "{}",
        contract.title
    );
    assert!(contract.actors.contains(&"BP".into()));
    // «یک سال بعد» and «در همان سال» follow 1994.
    assert_eq!(
        ev.iter().filter(|e| e.when.start_iso() == "1995").count(),
        2
    );
    // After «سالهای ۲۰۰۷ تا ۲۰۱۰», «۲۴ سپتامبر همان سال» cannot be placed: not
    // on the timeline, and not taken from the forecast two paragraphs up.
    let range = find(&ev, "2007");
    assert_eq!(range.when.end_iso(), "2010");
    assert!(
        ev.iter()
            .all(|e| !e.when.start_iso().starts_with("2030-09"))
    );
    assert_eq!(
        ev.iter().filter(|e| e.when.start_iso() == "2030").count(),
        1
    );
    assert_eq!(find(&ev, "2030").kind, EventKind::Forecast);
    // Fog («مه غلیظ») is no month; the citation and the reference list are no events.
    assert!(ev.iter().all(|e| !e.title.contains("غلیظ")));
    assert!(ev.iter().all(|e| e.when.start_iso() != "2005"));
    // «اواسط دهه ۱۳۸۰ ه.ش»: a Solar Hijri decade, mid.
    let decade = ev
        .iter()
        .find(|e| e.when.precision.as_str() == "decade")
        .expect("decade");
    assert_eq!(decade.when.calendar.as_str(), "solar_hijri");
    assert_eq!(decade.when.modifier.map(|m| m.as_str()), Some("mid"));
}

/// A third text: dates in digits, seasons, «آبان‌ماه», lists of decades, a
/// date restated in the other calendar, and «در قزاقستان».
#[test]
fn a_third_unseen_text_reads_numeric_dates_seasons_and_restated_dates() {
    let ev = events_of("tests/data/gas_cooperation.md");
    // «۱۴۰۰/۰۹/۰۷» and «۲۰۲۱/۱۱/۲۸» are the same day, stated twice.
    let signed: Vec<&Event> = ev
        .iter()
        .filter(|e| e.when.start_iso() == "2021-11-28")
        .collect();
    assert_eq!(signed.len(), 2);
    assert!(
        signed
            .iter()
            .any(|e| e.when.calendar.as_str() == "solar_hijri")
    );
    // «در تاریخ» is no part of a title.
    assert!(signed.iter().all(|e| !e.title.starts_with("در تاریخ")));
    // «۱۳ ژانویه ۲۰۲۲ (۲۳ دی ۱۴۰۰)»: one event, in Kazakhstan.
    let protests: Vec<&Event> = ev
        .iter()
        .filter(|e| e.when.start_iso() == "2022-01-13")
        .collect();
    assert_eq!(protests.len(), 1);
    assert_eq!(
        protests[0].actors.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["Kazakhstan"]
    );
    // Seasons: Solar Hijri winter 1401 and Gregorian summer 2022.
    let winter = find(&ev, "2022-12");
    assert_eq!(winter.when.end_iso(), "2023-03");
    let summer = find(&ev, "2022-06");
    assert_eq!(summer.when.end_iso(), "2022-09");
    // «آبان‌ماه ۱۴۰۱»: the eighth Solar Hijri month.
    assert_eq!(find(&ev, "2022-10").when.end_iso(), "2022-11");
    // «دهه‌های ۱۹۶۰ و ۱۹۷۰»: one span of two decades.
    assert_eq!(find(&ev, "1960").when.end_iso(), "1979");
    assert!(ev.iter().all(|e| e.when.start_iso() != "1970"));
}

/// A fourth text: people, a newspaper's date in parentheses, who-says-it
/// openers and «این کشور».
#[test]
fn a_fourth_unseen_text_links_people_and_keeps_sources_off_the_timeline() {
    let ev = events_of("tests/data/regional_diplomacy.md");
    let pashinyan = find(&ev, "2018-05");
    assert_eq!(
        pashinyan.people.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["Nikol Pashinyan"]
    );
    assert_eq!(
        pashinyan.actors.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["Armenia"]
    );
    // «به نوشته روزنامه کومرسانت (۱۲ مارس ۲۰۲۱)»: the newspaper's date.
    assert!(ev.iter().all(|e| e.when.start_iso() != "2021-03-12"));
    // The footnote's agency date and the citation are no events either.
    assert!(ev.iter().all(|e| e.when.start_iso() != "2003-10-20"));
    assert!(ev.iter().all(|e| e.when.calendar.as_str() != "solar_hijri"));
    // «این کشور» after Kazakhstan's president is named: Kazakhstan.
    let eu = find(&ev, "2023");
    assert_eq!(eu.title, "قزاقستان روابط خود را با اتحادیه اروپا گسترش داد");
    assert_eq!(
        eu.actors.iter().map(|a| &**a).collect::<Vec<_>>(),
        ["European Union", "Kazakhstan"]
    );
    // Samarkand lies in Central Asia.
    assert_eq!(
        &*find(&ev, "2022-09-15").regions,
        [Arc::from("Central Asia")]
    );
}

#[test]
fn the_date_entry_of_every_event_reads_back_as_its_own_interval() {
    // The curation panel's date entry starts with `date_entry`; Enter on
    // it untouched must read as the same interval, never as an error, for
    // the seeds and for every text written for the tests.
    let ex = Extractor::bundled().expect("bundled data");
    let mut docs = gahnama::seeds::load().documents;
    docs.extend(gahnama::corpus::load_paths(&["tests/data".into()]).documents);
    let events = ex.extract(&docs).events;
    assert!(events.len() > 100, "{}", events.len());
    let mut rewritten = 0;
    for e in &events {
        let entry = ex.date_entry(&e.when);
        let back = ex
            .parse_when(&entry)
            .unwrap_or_else(|| panic!("«{entry}» (for «{}») does not read", e.when.text));
        assert_eq!(
            (back.first_day, back.last_day, back.precision),
            (e.when.first_day, e.when.last_day, e.when.precision),
            "«{entry}» for «{}»",
            e.when.text
        );
        rewritten += usize::from(entry != e.when.text.as_str().trim());
    }
    // Some dates take their century or year from the context, and so are
    // written out whole.
    assert!(rewritten > 0);
}
