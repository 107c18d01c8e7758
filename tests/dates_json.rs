//! `gahnama.events/2`: every event's `when` carries its exact first and last
//! day as its own calendar defines them, its native value and its EDTF form.
//! The text is one of our own, in the style of encyclopedia prose.

use gahnama::corpus::Document;
use gahnama::extract::Extractor;
use serde_json::{Value, json};

const TEXT: &str = "\
در دی ماه ۱۳۷۰ جمهوری آذربایجان استقلال خود را اعلام کرد.

در سال ۱۳۸۴ ایران و روسیه قرارداد همکاری امضا کردند.

در محرم ۱۴۴۵ ه.ق هیئتی از ایران به عراق سفر کرد.

در ۱۷ مه ۱۹۹۷ رهبران ناتو و روسیه سند مبنایی را در پاریس امضا کردند.

در تابستان ۲۰۲۲ قزاقستان صادرات نفت خود را از مسیر خزر افزایش داد.

در دهه ۱۹۹۰ کشورهای آسیای مرکزی روابط خود را با چین گسترش دادند.

از سال ۲۰۰۷ تا ۲۰۱۰ گرجستان و روسیه بر سر آبخازیا اختلاف داشتند.
";

/// The `when` of the event whose phrase is `phrase`.
fn when_of(phrase: &str) -> Value {
    let doc = Document::from_bytes("encyclopedia", "encyclopedia.txt", TEXT.as_bytes().to_vec())
        .expect("text");
    let timeline = Extractor::bundled()
        .expect("extractor")
        .extract(std::slice::from_ref(&doc));
    let json = serde_json::to_value(timeline.to_output()).expect("json");
    assert_eq!(json["schema"], "gahnama.events/2");
    json["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["when"]["text"] == phrase)
        .unwrap_or_else(|| panic!("no event dated «{phrase}» in {json:#}"))["when"]
        .clone()
}

fn check(phrase: &str, first: &str, last: &str, native: Value, edtf: &str) {
    let w = when_of(phrase);
    assert_eq!(w["first_day"], first, "{phrase}: {w:#}");
    assert_eq!(w["last_day"], last, "{phrase}: {w:#}");
    assert_eq!(w["native"], native, "{phrase}: {w:#}");
    assert_eq!(w["edtf"], edtf, "{phrase}: {w:#}");
}

#[test]
fn a_solar_hijri_month_runs_from_its_first_to_its_last_day() {
    check(
        "دی ماه ۱۳۷۰",
        "1991-12-22",
        "1992-01-20",
        json!({"calendar": "solar_hijri", "year": 1370, "month": 10}),
        "1991-12-22/1992-01-20",
    );
    // The cut ISO fields stay as in /1.
    let w = when_of("دی ماه ۱۳۷۰");
    assert_eq!(
        (w["start"].as_str(), w["end"].as_str()),
        (Some("1991-12"), Some("1992-01"))
    );
}

#[test]
fn a_solar_hijri_year_runs_from_nowruz_to_nowruz() {
    check(
        "سال ۱۳۸۴",
        "2005-03-21",
        "2006-03-20",
        json!({"calendar": "solar_hijri", "year": 1384}),
        "2005-03-21/2006-03-20",
    );
}

#[test]
fn a_lunar_hijri_month_is_its_tabular_month() {
    let w = when_of("محرم ۱۴۴۵ ه.ق");
    assert_eq!(
        w["native"],
        json!({"calendar": "lunar_hijri", "year": 1445, "month": 1})
    );
    let first = w["first_day"].as_str().expect("first day");
    let last = w["last_day"].as_str().expect("last day");
    // 1 Muharram 1445 fell on 19 July 2023 (the tabular calendar may say the 18th).
    assert!(first == "2023-07-18" || first == "2023-07-19", "{first}");
    assert!(last.starts_with("2023-08-1"), "{last}");
    assert_eq!(w["edtf"], format!("{first}/{last}"));
}

#[test]
fn a_gregorian_day_is_one_day() {
    check(
        "۱۷ مه ۱۹۹۷",
        "1997-05-17",
        "1997-05-17",
        json!({"calendar": "gregorian", "year": 1997, "month": 5, "day": 17}),
        "1997-05-17",
    );
}

#[test]
fn a_gregorian_season_runs_from_solstice_to_equinox() {
    check(
        "تابستان ۲۰۲۲",
        "2022-06-22",
        "2022-09-22",
        json!({"calendar": "gregorian", "year": 2022, "season": "summer"}),
        "2022-06-22/2022-09-22",
    );
}

#[test]
fn a_decade_covers_its_whole_years() {
    check(
        "دهه ۱۹۹۰",
        "1990-01-01",
        "1999-12-31",
        json!({"calendar": "gregorian", "decade": 1990}),
        "199X",
    );
}

#[test]
fn a_range_keeps_both_ends() {
    check(
        "از سال ۲۰۰۷ تا ۲۰۱۰",
        "2007-01-01",
        "2010-12-31",
        json!({"calendar": "gregorian", "year": 2007, "end": {"year": 2010}}),
        "2007/2010",
    );
    assert_eq!(when_of("از سال ۲۰۰۷ تا ۲۰۱۰")["range"], true);
}
