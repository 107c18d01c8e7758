//! Table-driven tests of the tagger, on sentences written for these tests (not
//! taken from the seeds) as well as seed-like phrasing.

use super::*;
use crate::corpus::normalize::normalize_phrase;
use crate::model::Modifier;

fn named() -> NamedDates {
    NamedDates::new(&[
        (normalize_phrase("یازده سپتامبر"), Day::new(2001, 9, 11)),
        (normalize_phrase("۱۱ سپتامبر"), Day::new(2001, 9, 11)),
    ])
}

/// Scans `sentence` and resolves without context: (text, start, end, precision, calendar).
fn dates(sentence: &str) -> Vec<(String, String, String, &'static str, &'static str)> {
    dates_at(sentence, None)
}

/// [`dates`] in a document dated `now` (Gregorian).
fn dates_at(
    sentence: &str,
    now: Option<Day>,
) -> Vec<(String, String, String, &'static str, &'static str)> {
    let now = now.map(|day| Now {
        day,
        calendar: CalendarKind::Gregorian,
    });
    let text = normalize_phrase(sentence);
    scan::scan(&text, &named())
        .iter()
        .filter_map(|m| {
            let w = resolve_in(
                m,
                &text[m.range.clone()],
                &Context {
                    anchor: None,
                    doc_year: Some(2024),
                    calendar: CalendarKind::Gregorian,
                    calendar_known: true,
                    dateline_calendar: None,
                    now: now.as_ref(),
                    future: false,
                },
            )?;
            Some((
                text[m.range.clone()].to_owned(),
                w.start_iso(),
                w.end_iso(),
                w.precision.as_str(),
                w.calendar.as_str(),
            ))
        })
        .collect()
}

fn check(sentence: &str, expected: &[(&str, &str, &str, &str)]) {
    let got = dates(sentence);
    let got: Vec<(&str, &str, &str, &str)> = got
        .iter()
        .map(|(t, s, e, p, _)| (t.as_str(), s.as_str(), e.as_str(), *p))
        .collect();
    assert_eq!(got, expected, "sentence: {sentence}");
}

#[test]
fn gregorian_days_months_and_years_in_every_digit_system() {
    check(
        "در ۱۷ می سال ۱۹۹۷ سندی امضا شد.",
        &[("17 می سال 1997", "1997-05-17", "1997-05-17", "day")],
    );
    check(
        "در ژانویه ۱۹۹۴ برنامه آغاز شد.",
        &[("ژانویه 1994", "1994-01", "1994-01", "month")],
    );
    check(
        "قانون در ژوئیه 2000 تصویب شد.",
        &[("ژوئیه 2000", "2000-07", "2000-07", "month")],
    );
    check(
        "نشست در ٦ آگوست ٢٠٢١ برگزار شد.",
        &[("6 اگوست 2021", "2021-08-06", "2021-08-06", "day")],
    );
    check(
        "سفر در جولای ۲۰۱۹ انجام شد.",
        &[("جولای 2019", "2019-07", "2019-07", "month")],
    );
    check(
        "پیمان در اوت ۲۰۰۸ شکست.",
        &[("اوت 2008", "2008-08", "2008-08", "month")],
    );
    check(
        "نشست سران در ایتالیا(۲۰۰۲) برگزار شد.",
        &[("2002", "2002", "2002", "year")],
    );
    check(
        "در ماه مه ۱۹۹۷ سند امضا شد.",
        &[("ماه مه 1997", "1997-05", "1997-05", "month")],
    );
    check("در هفده اکتبر دو هزار و دو توافق شد.", &[]);
}

#[test]
fn every_number_word_can_start_a_date() {
    // The scanner's cheap filter relies on this.
    for (w, _) in lexicon::CARDINALS {
        for suffix in ["", "م", "مین"] {
            let word = format!("{w}{suffix}");
            if lexicon::number_word(&word).is_some() {
                assert!(lexicon::is_starter(&word), "{word}");
            }
        }
    }
    for w in ["اول", "نخستین", "سوم", "سیام", "سیامین"] {
        assert!(lexicon::number_word(w).is_some(), "{w}");
        assert!(lexicon::is_starter(w), "{w}");
    }
    check(
        "در اول ژانویه ۱۹۹۴ چنین شد.",
        &[("اول ژانویه 1994", "1994-01-01", "1994-01-01", "day")],
    );
    check(
        "در سیام ژوئن ۲۰۰۱ چنین شد.",
        &[("سیام ژوئن 2001", "2001-06-30", "2001-06-30", "day")],
    );
}

#[test]
fn number_words_give_days_and_centuries() {
    check(
        "در بیست و دوم فوریه ۲۰۱۴ چنین شد.",
        &[("بیست و دوم فوریه 2014", "2014-02-22", "2014-02-22", "day")],
    );
    check(
        "این مهمترین وظیفه در قرن بیست و یکم است.",
        &[("قرن بیست و یکم", "2001", "2100", "century")],
    );
    check(
        "در سده نوزدهم چنین بود.",
        &[("سده نوزدهم", "1801", "1900", "century")],
    );
}

#[test]
fn the_verb_prefix_mi_and_fog_are_not_may() {
    check("او ۲ می خواهد که برود.", &[]);
    check("مه غلیظ شهر را فرا گرفت و کشورها می کوشند.", &[]);
    check(
        "در ۲۸ می ۲۰۰۲ اعلامیه امضا شد.",
        &[("28 می 2002", "2002-05-28", "2002-05-28", "day")],
    );
    check(
        "در مه ۲۰۲۴ توافق شد.",
        &[("مه 2024", "2024-05", "2024-05", "month")],
    );
}

#[test]
fn solar_and_lunar_hijri_dates_convert_to_gregorian_intervals() {
    check(
        "این کتاب در سال ۱۳۸۴ منتشر شد.",
        &[("سال 1384", "2005", "2006", "year")],
    );
    check(
        "در ۲۲ بهمن ۱۳۵۷ انقلاب پیروز شد.",
        &[("22 بهمن 1357", "1979-02-11", "1979-02-11", "day")],
    );
    check(
        "در مهر ۱۳۸۴ سفر کرد.",
        &[("مهر 1384", "2005-09", "2005-10", "month")],
    );
    check(
        "در سال ۱۳۰۴ ه.ش چنین شد.",
        &[("سال 1304 ه.ش", "1925", "1926", "year")],
    );
    let got = dates("در محرم ۱۴۴۵ ه.ق مراسم برگزار شد.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].4, "lunar_hijri");
    assert_eq!(got[0].1, "2023-07");
}

#[test]
fn decades_with_modifiers_and_two_digit_decades() {
    check(
        "در دهه ۱۹۹۰ روسیه ضعیف بود.",
        &[("دهه 1990", "1990", "1999", "decade")],
    );
    check(
        "در دهه 1990 چنین بود.",
        &[("دهه 1990", "1990", "1999", "decade")],
    );
    check(
        "علاقه از اواخر دهه ۹۰ کاهش یافت.",
        &[("از اواخر دهه 90", "1990", "1999", "decade")],
    );
    let text = normalize_phrase("در ابتدای دهه ۱۹۹۰ استقلال اعلام شد.");
    let m = &scan::scan(&text, &named())[0];
    assert_eq!(m.modifier, Some(Modifier::Early));
    // In a Solar Hijri document «دهه هفتاد» is the 1370s.
    let text = normalize_phrase("در دهه هفتاد چنین شد.");
    let m = &scan::scan(&text, &named())[0];
    let w = resolve(m, "", None, None, CalendarKind::SolarHijri).expect("decade");
    assert_eq!((w.first_day.year, w.last_day.year), (1991, 2001));
    assert_eq!(w.native.start.decade, Some(1370));
}

#[test]
fn ranges_and_bounds() {
    check(
        "در سالهای ۱۹۹۲ تا ۱۹۹۷ جنگ داخلی بود.",
        &[("سالهای 1992 تا 1997", "1992", "1997", "year")],
    );
    check(
        "در سال‌های 2007 تا 2010 اتحادیه شکل گرفت.",
        &[("سالهای 2007 تا 2010", "2007", "2010", "year")],
    );
    check(
        "در سالهای آینده (۱۹۹۷ - ۲۰۰۳) نفت صادر می شود.",
        &[("1997 - 2003", "1997", "2003", "year")],
    );
    check(
        "از ۱۹۹۲-۹۷ چنین بود.",
        &[("از 1992-97", "1992", "1997", "year")],
    );
    check(
        "بین سال‌های ۲۰۰۰ و ۲۰۰۵ رشد کرد.",
        &[("بین سالهای 2000 و 2005", "2000", "2005", "year")],
    );
    check(
        "از ۱۷ می تا ۲۰ ژوئن ۱۹۹۷ مذاکره شد.",
        &[(
            "از 17 می تا 20 ژوئن 1997",
            "1997-05-17",
            "1997-06-20",
            "day",
        )],
    );
    let text = normalize_phrase("تا سال ۱۹۹۷ گسترش ناتو معلق ماند و از سال 2016 تغییر کرد.");
    let ms = scan::scan(&text, &named());
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].bound, Some(Bound::Until));
    assert_eq!(&text[ms[0].range.clone()], "تا سال 1997");
    assert_eq!(ms[1].bound, Some(Bound::From));
}

#[test]
fn quantities_and_labels_are_not_years() {
    check("بیش از ۲۰۰۰ کیلومتر خط لوله و ۱۰ میلیارد دلار.", &[]);
    check("ماده ۲۰۱۴ قانون و پایگاه ۲۰۱ روسیه.", &[]);
    check("کسری به ۱.۷ میلیارد متر مکعب رسید.", &[]);
    check("۱۳۱۳۸۴ عدد بی معنی است.", &[]);
}

#[test]
fn relative_dates_resolve_from_context_and_are_marked_inferred() {
    let text = normalize_phrase("در همان سال قرقیزستان پیوست و یک سال بعد ازبکستان آمد.");
    let ms = scan::scan(&text, &named());
    assert_eq!(ms.len(), 2);
    let anchor = match &scan::scan("سال 2014", &named())[0].value {
        RawValue::Explicit(w) => w.clone(),
        other => panic!("expected explicit, got {other:?}"),
    };
    let same =
        resolve(&ms[0], "", Some(&anchor), None, CalendarKind::Gregorian).expect("same year");
    assert_eq!(same.start_iso(), "2014");
    assert!(same.inferred);
    let after =
        resolve(&ms[1], "", Some(&anchor), None, CalendarKind::Gregorian).expect("year after");
    assert_eq!(after.start_iso(), "2015");
    // Without an anchor nothing is made up.
    assert_eq!(
        resolve(&ms[0], "", None, None, CalendarKind::Gregorian),
        None
    );

    let text = normalize_phrase("در ۲۴ سپتامبر نیز طرحی اعلام شد.");
    let m = &scan::scan(&text, &named())[0];
    let anchor2 = match &scan::scan("سال 2001", &named())[0].value {
        RawValue::Explicit(w) => w.clone(),
        other => panic!("expected explicit, got {other:?}"),
    };
    let w = resolve(m, "", Some(&anchor2), None, CalendarKind::Gregorian).expect("day-month");
    assert_eq!(w.start_iso(), "2001-09-24");
    assert!(w.inferred);

    // Counted from the document's date (none: unresolved).
    let now = Some(Day::new(2024, 6, 15));
    let short = |v: Vec<(String, String, String, &'static str, &'static str)>| {
        v.into_iter()
            .map(|(t, s, e, p, _)| (t, s, e, p))
            .collect::<Vec<_>>()
    };
    let row =
        |t: &str, s: &str, e: &str, p: &'static str| (t.to_owned(), s.to_owned(), e.to_owned(), p);
    assert_eq!(
        short(dates_at("در سه سال گذشته تجارت افزایش یافت.", now)),
        [row("سه سال گذشته", "2021", "2024", "year")]
    );
    assert_eq!(
        short(dates_at("سال گذشته چنین شد.", now)),
        [row("سال گذشته", "2023", "2023", "year")]
    );
    assert!(dates("سال گذشته چنین شد.").is_empty());
}

/// (text, start, role) of every mention of a document.
fn tag(text: &str) -> Vec<(String, Option<String>, Role)> {
    let doc =
        crate::corpus::Document::from_bytes("t", "t.txt", text.as_bytes().to_vec()).expect("text");
    tag_document(&doc, &named())
        .into_iter()
        .map(|m| {
            let p = &doc.paragraphs[m.paragraph];
            (
                p.text[m.range.clone()].to_owned(),
                m.when.as_ref().map(When::start_iso),
                m.role,
            )
        })
        .collect()
}

#[test]
fn a_day_and_month_of_the_same_year_is_one_date() {
    let ms = tag("در سال ۲۰۰۱ طرحی آغاز شد. در ۲۴ سپتامبر همان سال توافقی امضا شد.");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert_eq!(ms[1].0, "24 سپتامبر همان سال");
    assert_eq!(ms[1].1.as_deref(), Some("2001-09-24"));
    assert_eq!(ms[1].2, Role::Event);
    let ms = tag("در سال ۱۹۹۸ بحران آغاز شد. در ماه مه همین سال دولت استعفا داد.");
    assert_eq!(ms[1].0, "ماه مه همین سال");
    assert_eq!(ms[1].1.as_deref(), Some("1998-05"));
}

#[test]
fn days_weeks_and_months_after_the_last_date() {
    let ms = tag(
        "در ۱۰ نوامبر ۲۰۲۰ آتش‌بس امضا شد. سه روز بعد نیروها وارد شدند. \
         یک هفته پس از آن گذرگاه باز شد. دو ماه بعد رهبران دیدار کردند. \
         ماه بعد توافق دیگری امضا شد.",
    );
    let got: Vec<(&str, Option<&str>)> =
        ms.iter().map(|m| (m.0.as_str(), m.1.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("10 نوامبر 2020", Some("2020-11-10")),
            ("سه روز بعد", Some("2020-11-13")),
            ("یک هفته پس از ان", Some("2020-11-20")),
            ("دو ماه بعد", Some("2021-01")),
            ("ماه بعد", Some("2021-02")),
        ]
    );
    let ms = tag("در ۲۰ فوریه ۲۰۱۴ بحران به اوج رسید و فردای آن روز توافقی امضا شد.");
    assert_eq!(ms[1].0, "فردای ان روز");
    assert_eq!(ms[1].1.as_deref(), Some("2014-02-21"));
    let ms = tag("در ۳۱ دسامبر ۱۹۹۹ یلتسین استعفا داد و در همان روز پوتین کفیل شد.");
    assert_eq!(ms[1].1.as_deref(), Some("1999-12-31"));
}

#[test]
fn relative_days_need_a_day_and_vague_counts_are_no_dates() {
    // A month is no anchor for «یک هفته بعد» or «روز بعد».
    let ms = tag("در ژانویه ۲۰۲۲ ناآرامی آغاز شد. یک هفته بعد نیروها آمدند. روز بعد رفتند.");
    assert_eq!(ms.len(), 3, "{ms:?}");
    assert!(ms[1..].iter().all(|m| m.1.is_none() && m.2 == Role::Other));
    // «چند ماه بعد» says no number; «دو روز قبل از انتخابات» counts from the
    // elections, not from a date; «ماه گذشته» needs the document's own month.
    for sentence in [
        "در ۲۰ فوریه ۲۰۱۴ بحران آغاز شد. چند ماه بعد کریمه ضمیمه شد.",
        "در ۲۰ فوریه ۲۰۱۴ بحران آغاز شد. دو روز قبل از انتخابات اعتراض شد.",
        "در ۲۰ فوریه ۲۰۱۴ بحران آغاز شد. ماه گذشته نشستی برگزار شد.",
    ] {
        let resolved = tag(sentence).iter().filter(|m| m.1.is_some()).count();
        assert_eq!(resolved, 1, "{sentence}");
    }
}

#[test]
fn after_a_range_that_same_year_is_left_unresolved() {
    let ms = tag(
        "در سال ۲۰۰۵ خط لوله افتتاح شد. در سالهای ۲۰۰۷ تا ۲۰۱۰ تجارت سه برابر شد. \
         در همان سال قراردادی امضا شد.",
    );
    assert_eq!(ms.len(), 3, "{ms:?}");
    assert_eq!(ms[2].0, "همان سال");
    assert_eq!(ms[2].1, None);
    assert_eq!(ms[2].2, Role::Other);
}

#[test]
fn a_decade_counted_within_its_century() {
    check(
        "در آستانه دهه سوم قرن بیست و یکم چنین است.",
        &[("دهه سوم قرن بیست و یکم", "2021", "2030", "decade")],
    );
    check(
        "در دهه نخست قرن چهاردهم هجری شمسی چنین شد.",
        &[("دهه نخست قرن چهاردهم هجری شمسی", "1922", "1932", "decade")],
    );
}

#[test]
fn dates_written_in_digits() {
    check(
        "در تاریخ ۱۴۰۰/۰۹/۰۷ قرارداد امضا شد.",
        &[("1400/09/07", "2021-11-28", "2021-11-28", "day")],
    );
    check(
        "این قرارداد در ۲۰۲۱/۱۱/۲۸ اجرا شد.",
        &[("2021/11/28", "2021-11-28", "2021-11-28", "day")],
    );
    // Day first when the year comes last, as Persian texts write it.
    check(
        "نامه در ۷/۹/۱۴۰۰ رسید.",
        &[("7/9/1400", "2021-11-28", "2021-11-28", "day")],
    );
    check(
        "سند در 2021-11-28 منتشر شد.",
        &[("2021-11-28", "2021-11-28", "2021-11-28", "day")],
    );
    check(
        "در 1384.05.12 ه.ش چنین شد.",
        &[("1384.05.12 ه.ش", "2005-08-03", "2005-08-03", "day")],
    );
    // Not dates: decimals, fractions, a thirteenth month, a range of years.
    check("رشد ۱.۷ درصد و نسبت ۳/۴ بود.", &[]);
    check("کد 2021/13/05 نامعتبر است.", &[]);
    check(
        "در سالهای 1997-2003 چنین بود.",
        &[("سالهای 1997-2003", "1997", "2003", "year")],
    );
}

#[test]
fn seasons_are_spans_of_months() {
    // A Solar Hijri season is three months of its year.
    check(
        "در زمستان ۱۴۰۱ کمبود گاز شدید شد.",
        &[("زمستان 1401", "2022-12", "2023-03", "month")],
    );
    check(
        "در بهار سال ۱۳۹۸ سیل آمد.",
        &[("بهار سال 1398", "2019-03", "2019-06", "month")],
    );
    // A Gregorian one runs from solstice or equinox to the next.
    check(
        "در تابستان ۲۰۲۲ صادرات کاهش یافت.",
        &[("تابستان 2022", "2022-06", "2022-09", "month")],
    );
    check(
        "در زمستان ۲۰۲۲ اروپا با کمبود روبه‌رو شد.",
        &[("زمستان 2022", "2022-12", "2023-03", "month")],
    );
    // The season words alone are no dates.
    check("در زمستان سرد است و بهار زیباست.", &[]);
}

#[test]
fn months_written_with_mah_joined_lists_of_decades_and_dates_restated() {
    check(
        "آبان‌ماه ۱۴۰۱ فشار گاز افت کرد.",
        &[("ابانماه 1401", "2022-10", "2022-11", "month")],
    );
    check(
        "در دهه‌های ۱۹۶۰ و ۱۹۷۰ خطوط لوله ساخته شد.",
        &[("دهههای 1960 و 1970", "1960", "1979", "decade")],
    );
    // The same day in the other calendar, in parentheses, is part of the date.
    check(
        "در ۱۳ ژانویه ۲۰۲۲ (۲۳ دی ۱۴۰۰) اعتراضات فروکش کرد.",
        &[(
            "13 ژانویه 2022 (23 دی 1400)",
            "2022-01-13",
            "2022-01-13",
            "day",
        )],
    );
    // A different date in parentheses stays a date of its own.
    check(
        "در ۱۳ ژانویه ۲۰۲۲ (۲۰ دی ۱۴۰۰) چنین شد.",
        &[
            ("13 ژانویه 2022", "2022-01-13", "2022-01-13", "day"),
            ("20 دی 1400", "2022-01-10", "2022-01-10", "day"),
        ],
    );
}

#[test]
fn named_dates_come_from_the_lexicon() {
    check(
        "در حادثه یازده سپتامبر حمله شد.",
        &[("یازده سپتامبر", "2001-09-11", "2001-09-11", "day")],
    );
    check(
        "در ۱۱ سپتامبر ۲۰۱۲ سفارت مورد حمله قرار گرفت.",
        &[("11 سپتامبر 2012", "2012-09-11", "2012-09-11", "day")],
    );
}

fn role(sentence: &str, kind: BlockKind) -> Vec<Role> {
    let text = normalize_phrase(sentence);
    scan::scan(&text, &named())
        .iter()
        .filter_map(|m| {
            let w = resolve(m, "", None, Some(2024), CalendarKind::Gregorian)?;
            Some(role_of(kind, &text, &m.range, &w, m.bound, Some(2024)))
        })
        .collect()
}

#[test]
fn roles_separate_events_forecasts_citations_and_sources() {
    use BlockKind::{Bibliography, Body, Footnote, Heading};
    // A newspaper named right before a date in parentheses: its issue's date.
    assert_eq!(
        role(
            "به نوشته روزنامه کومرسانت (۱۲ مارس ۲۰۲۱)، گازپروم قراردادی بست.",
            Body
        ),
        vec![Role::FootnoteSource]
    );
    // An aside in parentheses after other words is the event's date.
    assert_eq!(
        role("نشست سران (۱۲ مارس ۲۰۲۱) در سمرقند برگزار شد.", Body),
        vec![Role::Event]
    );
    assert_eq!(
        role("در ژانویه ۱۹۹۴ برنامه آغاز شد.", Body),
        vec![Role::Event]
    );
    assert_eq!(
        role("کسری گاز در سال ۲۰۲۳ به ۱.۷ میلیارد خواهد رسید.", Body),
        vec![Role::Forecast]
    );
    assert_eq!(
        role("احتمالاً در اوایل سال ۲۰۲۵ عرضه افزایش می یابد.", Body),
        vec![Role::Forecast]
    );
    assert_eq!(
        role("در مه ۲۰۲۴ توافق ساخت نیروگاه تا سال ۲۰۳۳ امضا شد.", Body),
        vec![Role::Event, Role::Forecast]
    );
    assert_eq!(
        role("این ساختارها مشورتی هستند.(کولایی،۱۳۸۴: ۱۳۶)", Body),
        vec![Role::Citation]
    );
    assert_eq!(
        role("چنانکه گفته اند (Smith, 2005: 12) چنین است.", Body),
        vec![Role::Citation]
    );
    assert_eq!(
        role("کازرونی (۱۳۷۶) معتقد است که چنین است.", Body),
        vec![Role::Citation]
    );
    assert_eq!(
        role("۱- کازرونی،صنم (۱۳۷۶) آسیای مرکزی، تهران.", Bibliography),
        vec![Role::Bibliography]
    );
    assert_eq!(
        role("^۱. نزاویسیما گازتا، ۸ آوریل ۱۹۹۷.", Footnote),
        vec![Role::FootnoteSource]
    );
    assert_eq!(
        role(
            "این خبر را منتشر کرد (روزنامه کومرسانت، ۳ مارس ۲۰۰۵).",
            Body
        ),
        vec![Role::FootnoteSource]
    );
    assert_eq!(role("روابط پیش از سال 2022", Heading), vec![Role::Heading]);
    assert_eq!(
        role(
            "از سال ۱۸۱۳ تاکنون سرزمین آمریکا هرگز مورد حمله قرار نگرفته است.",
            Body
        ),
        vec![Role::Other]
    );
    // A refusal is still an event.
    assert_eq!(
        role("در سال ۱۹۹۶ قزاقستان از پیشنهاد حمایت نکرد.", Body),
        vec![Role::Event]
    );
    // A future clause after «که» does not make the date a forecast.
    assert_eq!(
        role("در سال ۲۰۰۰ او گفت که بحران عواقبی خواهد داشت.", Body),
        vec![Role::Event]
    );
}

#[test]
fn a_future_clause_before_the_date_does_not_make_it_a_forecast() {
    assert_eq!(
        role(
            "فرض بر این بود که مسکو پرهیز خواهد کرد و سرانجام در نشست سران در ایتالیا(۲۰۰۲) روسیه پذیرفت.",
            BlockKind::Body
        ),
        vec![Role::Event]
    );
    check("این گفته ها با اعلامیه وی در ماه مه همراه شد.", &[]);
    let text = normalize_phrase("با اعلامیه وی در ماه مه همراه شد.");
    assert!(matches!(
        scan::scan(&text, &named())[0].value,
        RawValue::MonthOnly { month: 5, .. }
    ));
    check("یک ماه می گذرد و خبری نیست.", &[]);
}

#[test]
fn a_month_written_with_mah_before_its_year_and_the_same_month() {
    check(
        "ایران در دی ماه ۱۳۷۰ آن را به رسمیت شناخت.",
        &[("دی ماه 1370", "1991-12", "1992-01", "month")],
    );
    check(
        "در مهر ماه سال ۱۳۸۴ سفر کرد.",
        &[("مهر ماه سال 1384", "2005-09", "2005-10", "month")],
    );
    let text = normalize_phrase("در همان ماه نیروها اعزام شدند.");
    let m = &scan::scan(&text, &named())[0];
    assert_eq!(m.value, RawValue::SameMonth);
    let anchor = match &scan::scan("10 نوامبر 2020", &named())[0].value {
        RawValue::Explicit(w) => w.clone(),
        other => panic!("expected explicit, got {other:?}"),
    };
    let w = resolve(m, "", Some(&anchor), None, CalendarKind::Gregorian).expect("same month");
    assert_eq!(
        (w.start_iso(), w.precision.as_str(), w.inferred),
        ("2020-11".to_owned(), "month", true)
    );
    // A year-only anchor does not say which month.
    let year = match &scan::scan("سال 2020", &named())[0].value {
        RawValue::Explicit(w) => w.clone(),
        other => panic!("expected explicit, got {other:?}"),
    };
    assert_eq!(
        resolve(m, "", Some(&year), None, CalendarKind::Gregorian),
        None
    );
}

/// (text, first day, last day, role) of every mention of a document named
/// `path` (its name may carry a date), dated `user` if given.
fn tag_dated(
    path: &str,
    text: &str,
    user: Option<Day>,
) -> Vec<(String, Option<String>, Option<String>, Role)> {
    let mut doc =
        crate::corpus::Document::from_bytes("t", path, text.as_bytes().to_vec()).expect("text");
    doc.user_date = user.map(|d| (d, CalendarKind::Gregorian));
    tag_document(&doc, &named())
        .into_iter()
        .map(|m| {
            let p = &doc.paragraphs[m.paragraph];
            (
                p.text[m.range.clone()].to_owned(),
                m.when.as_ref().map(|w| w.first_day.to_string()),
                m.when.as_ref().map(|w| w.last_day.to_string()),
                m.role,
            )
        })
        .collect()
}

/// The first day and role of the mention written `phrase` (normalised).
fn day_of(
    ms: &[(String, Option<String>, Option<String>, Role)],
    phrase: &str,
) -> (Option<String>, Role) {
    let phrase = normalize_phrase(phrase);
    let m = ms
        .iter()
        .find(|m| m.0 == phrase)
        .unwrap_or_else(|| panic!("no mention «{phrase}» in {ms:?}"));
    (m.1.clone(), m.3)
}

const AGENCY: &str = "مسکو - خبرگزاری پارس - ۲۴ آبان ۱۳۹۹ - وزیر خارجه روسیه امروز با همتای ارمنی خود گفت‌وگو کرد.\n\n\
دو طرف روز گذشته نیز در ایروان دیدار کرده بودند و پریروز بیانیه‌ای منتشر شد.\n\n\
نخست‌وزیر ارمنستان فردا به مسکو سفر خواهد کرد.\n\n\
رئیس جمهور قزاقستان هفته گذشته گفت که نشست سران در ماه آینده برگزار می‌شود.\n\n\
توافق گازی دو کشور در خرداد ماه امسال امضا شده بود و ۱۵ مهر سال گذشته تمدید شد.\n\n\
وزیران خارجه روز دوشنبه در تفلیس دیدار کردند و پنجشنبه آینده دوباره دیدار خواهند کرد.\n\n\
رئیس جمهور ترکیه در دوشنبه، پایتخت تاجیکستان، سخنرانی کرد.\n\n\
نماز جمعه این هفته در باکو برگزار شد.\n";

#[test]
fn a_news_dateline_dates_the_document_and_is_no_event() {
    let ms = tag_dated("news.txt", AGENCY, None);
    // ۲۴ آبان ۱۳۹۹ is Saturday 14 November 2020.
    assert_eq!(
        day_of(&ms, "۲۴ آبان ۱۳۹۹"),
        (Some("2020-11-14".into()), Role::Dateline)
    );
    assert_eq!(
        day_of(&ms, "امروز"),
        (Some("2020-11-14".into()), Role::Event)
    );
    assert_eq!(
        day_of(&ms, "روز گذشته"),
        (Some("2020-11-13".into()), Role::Event)
    );
    assert_eq!(
        day_of(&ms, "پریروز"),
        (Some("2020-11-12".into()), Role::Event)
    );
    assert_eq!(
        day_of(&ms, "فردا"),
        (Some("2020-11-15".into()), Role::Forecast)
    );
}

#[test]
fn weeks_months_and_years_count_from_the_document_date_in_its_calendar() {
    let ms = tag_dated("news.txt", AGENCY, None);
    // The document's week starts on its day, Saturday 14 November 2020.
    let week = ms.iter().find(|m| m.0 == "هفته گذشته").expect("the week");
    assert_eq!(
        (week.1.as_deref(), week.2.as_deref()),
        (Some("2020-11-07"), Some("2020-11-13"))
    );
    // «ماه آینده» in a Solar text: آذر ۱۳۹۹.
    let month = ms.iter().find(|m| m.0 == "ماه اینده").expect("the month");
    assert_eq!(
        (month.1.as_deref(), month.2.as_deref()),
        (Some("2020-11-21"), Some("2020-12-20"))
    );
    assert_eq!(month.3, Role::Forecast);
    // «خرداد ماه امسال» is خرداد ۱۳۹۹; «۱۵ مهر سال گذشته» is ۱۵ مهر ۱۳۹۸.
    assert_eq!(
        day_of(&ms, "خرداد ماه امسال"),
        (Some("2020-05-21".into()), Role::Event)
    );
    assert_eq!(
        day_of(&ms, "۱۵ مهر سال گذشته"),
        (Some("2019-10-07".into()), Role::Event)
    );
}

#[test]
fn weekdays_take_the_nearest_day_the_verb_points_to() {
    let ms = tag_dated("news.txt", AGENCY, None);
    // Before Saturday 14 November 2020 for a past verb, after it for a future one.
    assert_eq!(
        day_of(&ms, "روز دوشنبه"),
        (Some("2020-11-09".into()), Role::Event)
    );
    assert_eq!(
        day_of(&ms, "پنجشنبه اینده"),
        (Some("2020-11-19".into()), Role::Forecast)
    );
    // Dushanbe the city, and Friday prayers, are no dates.
    assert!(ms.iter().all(|m| m.0 != "دوشنبه"), "{ms:?}");
    assert!(ms.iter().all(|m| m.0 != "جمعه"), "{ms:?}");
}

#[test]
fn dushanbe_after_dar_or_az_is_the_city_unless_a_day_word_follows() {
    // Monday 2 October 2023 (10 Mehr 1402).
    let now = Some(Day::new(2023, 10, 2));
    let ms = tag_dated(
        "n.txt",
        "رئیس‌جمهور امروز (دوشنبه) در دوشنبه با وزیر خارجه دیدار کرد.",
        now,
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].0, "امروز (دوشنبه)");
    let ms = tag_dated("n.txt", "هیئت‌ها در دوشنبه گذشته دیدار کردند.", now);
    assert_eq!(
        day_of(&ms, "دوشنبه گذشته"),
        (Some("2023-09-25".into()), Role::Event)
    );
    let ms = tag_dated(
        "n.txt",
        "نمایشگاه از دوشنبه تا چهارشنبه برپا خواهد بود.",
        now,
    );
    assert!(ms.iter().any(|m| m.0 == "از دوشنبه"), "{ms:?}");
}

#[test]
fn without_a_document_date_nothing_counted_from_now_resolves() {
    let text = "وزیر خارجه امروز با همتای خود گفت‌وگو کرد. دو طرف روز گذشته دیدار کردند. \
                قرارداد در مهر ماه سال جاری امضا شد. در سال ۱۹۹۷ سندی امضا شد و سال جاری نیز دیدار کردند.";
    let ms = tag_dated("news.txt", text, None);
    for phrase in ["امروز", "روز گذشته", "مهر ماه سال جاری", "سال جاری"]
    {
        let (day, role) = day_of(&ms, phrase);
        assert_eq!((day, role), (None, Role::Other), "{phrase}");
    }
    // The same text dated by the user.
    let ms = tag_dated("news.txt", text, Some(Day::new(2021, 3, 1)));
    assert_eq!(day_of(&ms, "امروز").0.as_deref(), Some("2021-03-01"));
    // A text whose only stated year is Gregorian counts «سال جاری» in it.
    assert_eq!(day_of(&ms, "سال جاری").0.as_deref(), Some("2021-01-01"));
}

#[test]
fn a_date_beside_a_weekday_or_today_is_one_mention_of_that_date() {
    let text = "تهران - ۲۵ آبان ۱۴۰۰ - وزیر نفت امروز (سه‌شنبه) به عشق‌آباد رفت. \
                او یکشنبه گذشته (۲۳ آبان) با همتای خود تلفنی گفت‌وگو کرده بود. \
                نشست بعدی دوشنبه ۱۲ مهر ۱۴۰۱ برگزار خواهد شد.";
    let ms = tag_dated("news.txt", text, None);
    assert_eq!(
        day_of(&ms, "امروز (سهشنبه)").0.as_deref(),
        Some("2021-11-16")
    );
    assert_eq!(
        day_of(&ms, "یکشنبه گذشته (۲۳ ابان)").0.as_deref(),
        Some("2021-11-14")
    );
    assert_eq!(
        day_of(&ms, "دوشنبه ۱۲ مهر ۱۴۰۱"),
        (Some("2022-10-04".into()), Role::Forecast)
    );
    assert_eq!(ms.len(), 4, "{ms:?}");
}

#[test]
fn a_file_name_dates_a_text_without_a_dateline() {
    let ms = tag_dated(
        "khabar-1399-08-24.txt",
        "وزیر خارجه دیروز به باکو رفت.",
        None,
    );
    assert_eq!(day_of(&ms, "دیروز").0.as_deref(), Some("2020-11-13"));
}

#[test]
fn afghan_months_only_beside_a_day_or_a_year() {
    check(
        "در ۱۵ حمل ۱۴۰۰ هیئتی به کابل رفت.",
        &[("15 حمل 1400", "2021-04-04", "2021-04-04", "day")],
    );
    check(
        "نشست در میزان ۱۳۹۹ برگزار شد.",
        &[("میزان 1399", "2020-09", "2020-10", "month")],
    );
    check(
        "اسد در سال ۲۰۱۱ به قدرت رسید و در ۲۰ اسد ۱۳۹۰ نشستی برگزار شد.",
        &[
            ("سال 2011", "2011", "2011", "year"),
            ("20 اسد 1390", "2011-08-11", "2011-08-11", "day"),
        ],
    );
    // Common words: an amount, an illness, a name.
    check("میزان ۱۵۰۰ تن گندم ارسال شد.", &[]);
    check("میزان صادرات افزایش یافت و سرطان شایع شد.", &[]);
    check("ماه اسد آغاز شد.", &[]);
}

#[test]
fn gregorian_months_as_dari_sources_write_them() {
    check(
        "در ۲۵ دسمبر ۲۰۲۰ و ۳ جنوری ۲۰۲۱ دو نشست برگزار شد.",
        &[
            ("25 دسمبر 2020", "2020-12-25", "2020-12-25", "day"),
            ("3 جنوری 2021", "2021-01-03", "2021-01-03", "day"),
        ],
    );
    check(
        "در نومبر ۲۰۱۹ و اکتوبر ۲۰۲۰ توافق شد.",
        &[
            ("نومبر 2019", "2019-11", "2019-11", "month"),
            ("اکتوبر 2020", "2020-10", "2020-10", "month"),
        ],
    );
}

#[test]
fn ranges_written_right_to_left_or_glued_run_forward() {
    check(
        "جنگ داخلی تاجیکستان (۱۹۹۷-۱۹۹۲) کشته‌های بسیار داشت.",
        &[("1997-1992", "1992", "1997", "year")],
    );
    check(
        "جنگ (1998-1991) پایان یافت.",
        &[("1998-1991", "1991", "1998", "year")],
    );
    check(
        "در سال‌های ۷۵-۱۹۶۰ اقتصاد رشد کرد.",
        &[("سالهای 75-1960", "1960", "1975", "year")],
    );
    check(
        "در سال‌های ۱۹۳۹و۱۹۴۵ اروپا ویران شد.",
        &[("سالهای 1939و1945", "1939", "1945", "year")],
    );
    // Two years after «تا» the wrong way round are not a range.
    let got = dates("از ۱۹۹۸ تا ۱۹۹۱ چیزی نبود.");
    assert!(
        got.iter().all(|g| g.1 != "1991" || g.2 != "1998"),
        "{got:?}"
    );
}

#[test]
fn day_ranges_are_one_range_of_days() {
    check(
        "از ۲۱ تا ۲۳ فوریه ۲۰۰۲ نشستی برگزار شد.",
        &[("از 21 تا 23 فوریه 2002", "2002-02-21", "2002-02-23", "day")],
    );
    check(
        "نشست ۵-۷ مهر ۱۴۰۰ در تهران بود.",
        &[("5-7 مهر 1400", "2021-09-27", "2021-09-29", "day")],
    );
    // Without a year: from the text's year.
    let ms = tag("در سال ۲۰۰۲ و از ۲۱ تا ۲۳ فوریه نشستی برگزار شد.");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert_eq!(ms[1].1.as_deref(), Some("2002-02-21"));
    let ms = tag_dated(
        "n.txt",
        "نشست ۲۱-۲۳ فوریه برگزار شد.",
        Some(Day::new(2022, 3, 1)),
    );
    assert_eq!(
        (ms[0].1.as_deref(), ms[0].2.as_deref()),
        (Some("2022-02-21"), Some("2022-02-23"))
    );
}

#[test]
fn a_day_range_of_this_year_is_one_range_in_the_year_of_the_document() {
    // 2 December 2024 is 12 Azar 1403.
    let now = Some(Day::new(2024, 12, 2));
    let ms = tag_dated("n.txt", "نشست از ۲۱ تا ۲۳ مهر امسال برگزار شد.", now);
    assert_eq!(
        span_of(&ms, "از ۲۱ تا ۲۳ مهر امسال"),
        span("2024-10-12", "2024-10-14", Role::Event)
    );
    let ms = tag_dated("n.txt", "همایش ۲۱-۲۳ فوریه سال گذشته در باکو بود.", now);
    assert_eq!(
        span_of(&ms, "21-23 فوریه سال گذشته"),
        span("2023-02-21", "2023-02-23", Role::Event)
    );
    // Without the document's date it is not guessed.
    let ms = tag_dated("n.txt", "نشست از ۲۱ تا ۲۳ مهر امسال برگزار شد.", None);
    assert!(ms.iter().all(|m| m.1.is_none()), "{ms:?}");
}

#[test]
fn a_day_before_mehr_dey_or_azar_is_a_date_and_before_tir_only_with_a_word_of_time() {
    let now = Some(Day::new(2024, 12, 2));
    for (text, phrase, first, last) in [
        (
            "نشست ۲۳ مهر برگزار شد.",
            "23 مهر",
            "2024-10-14",
            "2024-10-14",
        ),
        (
            "نشست ۲۱ تا ۲۳ مهر برگزار شد.",
            "21 تا 23 مهر",
            "2024-10-12",
            "2024-10-14",
        ),
        ("دیدار ۵ دی انجام شد.", "5 دی", "2023-12-26", "2023-12-26"),
        (
            "در ۳ تیر هیئتی به باکو رفت.",
            "3 تیر",
            "2024-06-23",
            "2024-06-23",
        ),
        (
            "یکشنبه (۳ تیر) هیئتی به باکو رفت.",
            "یکشنبه (3 تیر)",
            "2024-06-23",
            "2024-06-23",
        ),
        (
            "از ۱ تا ۳ تیر هیئتی در باکو بود.",
            "از 1 تا 3 تیر",
            "2024-06-21",
            "2024-06-23",
        ),
    ] {
        let ms = tag_dated("n.txt", text, now);
        let (f, l, _) = span_of(&ms, phrase);
        assert_eq!(
            (f.as_deref(), l.as_deref()),
            (Some(first), Some(last)),
            "{text}: {ms:?}"
        );
    }
    // «تیر» counted is bullets, «صفر» zeros.
    for text in ["مأموران ۲۰ تیر شلیک کردند.", "عدد ۳ صفر دارد و تمام شد."]
    {
        let ms = tag_dated("n.txt", text, now);
        assert!(ms.is_empty(), "{text}: {ms:?}");
    }
}

/// (text, first day, last day, role) of the mentions of `text` as a
/// document dated `user` (Gregorian), with the phrase looked up normalised.
fn span_of(
    ms: &[(String, Option<String>, Option<String>, Role)],
    phrase: &str,
) -> (Option<String>, Option<String>, Role) {
    let phrase = normalize_phrase(phrase);
    let m = ms
        .iter()
        .find(|m| m.0 == phrase)
        .unwrap_or_else(|| panic!("no mention «{phrase}» in {ms:?}"));
    (m.1.clone(), m.2.clone(), m.3)
}

fn span(first: &str, last: &str, role: Role) -> (Option<String>, Option<String>, Role) {
    (Some(first.into()), Some(last.into()), role)
}

#[test]
fn solar_holidays_with_a_year_or_counted_from_the_document() {
    let text = "در نوروز ۱۴۰۰ هیئتی به دوشنبه رفت. سیزده‌بدر ۱۴۰۰ مردم به طبیعت رفتند. \
                شب یلدای ۱۴۰۱ نشستی برگزار شد. چهارشنبه‌سوری ۱۴۰۲ آرام گذشت.";
    let ms = tag_dated("a.txt", text, None);
    assert_eq!(
        span_of(&ms, "نوروز ۱۴۰۰"),
        span("2021-03-21", "2021-03-21", Role::Event)
    );
    assert_eq!(
        span_of(&ms, "سیزدهبدر ۱۴۰۰"),
        span("2021-04-02", "2021-04-02", Role::Event)
    );
    // The last Wednesday of 1402 was 13 March 2024: its eve is the 12th.
    assert_eq!(
        span_of(&ms, "چهارشنبهسوری ۱۴۰۲"),
        span("2024-03-12", "2024-03-12", Role::Event)
    );
    // «نوروز امسال» in a text dated 1 May 2022 (Solar 1401), and «نوروز»
    // alone: the last before the document's date.
    let ms = tag_dated(
        "b.txt",
        "نوروز امسال سفری انجام شد. در نوروز نیز دیداری بود.",
        Some(Day::new(2022, 5, 1)),
    );
    assert_eq!(
        span_of(&ms, "نوروز امسال"),
        span("2022-03-21", "2022-03-21", Role::Event)
    );
    assert_eq!(
        span_of(&ms, "نوروز"),
        span("2022-03-21", "2022-03-21", Role::Event)
    );
    // Without a document date or a year in the text, no year.
    let ms = tag_dated("c.txt", "در نوروز دیداری بود.", None);
    assert!(ms.iter().all(|m| m.1.is_none()), "{ms:?}");
}

#[test]
fn lunar_holidays_are_converted_for_the_year_in_context() {
    // Ashura 1445 (lunar, by its year) was 28 July 2023 by the moon; the
    // tabular calendar says the 28th or the 27th.
    let ms = tag_dated("a.txt", "عاشورای ۱۴۴۵ در کربلا مراسمی برگزار شد.", None);
    let (first, _, role) = span_of(&ms, "عاشورای ۱۴۴۵");
    assert!(
        matches!(first.as_deref(), Some("2023-07-27" | "2023-07-28")),
        "{first:?}"
    );
    assert_eq!(role, Role::Event);
    // «عید فطر ۱۴۰۲»: the Eid al-Fitr of Solar 1402, 21 or 22 April 2023.
    let ms = tag_dated("b.txt", "عید فطر ۱۴۰۲ هیئتی به مسکو رفت.", None);
    let (first, _, _) = span_of(&ms, "عید فطر ۱۴۰۲");
    assert!(
        first.as_deref().is_some_and(|d| d.starts_with("2023-04-2")),
        "{first:?}"
    );
    // «ماه مبارک رمضان امسال» in a text of 1 May 2022 (Solar 1401): April 2022.
    let ms = tag_dated(
        "c.txt",
        "در ماه مبارک رمضان امسال نشستی برگزار شد. عید قربان آینده دیدار خواهند کرد.",
        Some(Day::new(2022, 5, 1)),
    );
    let (first, last, _) = span_of(&ms, "ماه مبارک رمضان امسال");
    assert!(
        first.as_deref().is_some_and(|d| d.starts_with("2022-04")),
        "{first:?}"
    );
    assert!(
        last.as_deref().is_some_and(|d| d.starts_with("2022-05")),
        "{last:?}"
    );
    // A future verb: the next Eid al-Adha, July 2022.
    let (first, _, role) = span_of(&ms, "عید قربان");
    assert!(
        first.as_deref().is_some_and(|d| d.starts_with("2022-07")),
        "{first:?}"
    );
    assert_eq!(role, Role::Forecast);
    // After a stated year, the holiday of that year: Tasua of 2019.
    let ms = tag("در سال ۲۰۱۹ تنش بالا گرفت و در تاسوعا راهپیمایی برگزار شد.");
    let tasua = ms.iter().find(|m| m.0 == "تاسوعا").expect("tasua");
    assert!(
        tasua.1.as_deref().is_some_and(|d| d.starts_with("2019-09")),
        "{ms:?}"
    );
}

#[test]
fn christmas_and_the_new_year() {
    check(
        "کریسمس ۲۰۲۱ آرام گذشت.",
        &[("کریسمس 2021", "2021-12-25", "2021-12-25", "day")],
    );
    let ms = tag_dated(
        "a.txt",
        "سال نو میلادی جشن گرفته خواهد شد.",
        Some(Day::new(2021, 12, 20)),
    );
    assert_eq!(
        span_of(&ms, "سال نو میلادی"),
        span("2022-01-01", "2022-01-01", Role::Forecast)
    );
}

#[test]
fn two_digit_years_take_the_century_of_the_texts_calendar() {
    // A Solar text: «سال ۸۸» is 1388, «دهه ۶۰» the 1360s.
    let ms = tag_dated(
        "a.txt",
        "در ۱۵ خرداد ۱۳۷۶ انتخابات برگزار شد. در سال ۸۸ اعتراضاتی رخ داد. در دهه ۶۰ جنگ بود.",
        None,
    );
    assert_eq!(
        span_of(&ms, "سال ۸۸"),
        span("2009-03-21", "2010-03-20", Role::Event)
    );
    assert_eq!(
        span_of(&ms, "دهه ۶۰"),
        span("1981-03-21", "1991-03-20", Role::Event)
    );
    // A Gregorian text: «سال ۹۸» is 1998; «دهه ۹۰ میلادی» says its calendar.
    let ms = tag_dated(
        "b.txt",
        "در ۱۷ مه ۱۹۹۷ سندی امضا شد. در سال ۹۸ بحران آغاز شد.",
        None,
    );
    assert_eq!(
        span_of(&ms, "سال ۹۸"),
        span("1998-01-01", "1998-12-31", Role::Event)
    );
    let ms = tag_dated(
        "c.txt",
        "در ۱۵ خرداد ۱۳۷۶ انتخابات برگزار شد. در دهه ۹۰ میلادی روابط گسترش یافت.",
        None,
    );
    assert_eq!(
        span_of(&ms, "دهه ۹۰ میلادی"),
        span("1990-01-01", "1999-12-31", Role::Event)
    );
    // A Solar dateline is the writer's calendar, even where the history
    // told is mostly in Gregorian years.
    let ms = tag_dated(
        "e.txt",
        "کابل - پژواک - ۲۳ حوت ۱۴۰۱\n\nدر ۱۹۷۹ شوروی وارد شد و در ۱۹۸۹ رفت. در سال ۸۸ خط لوله افتتاح شد. در دهه ۶۰ مهاجران آمدند.",
        None,
    );
    assert_eq!(
        span_of(&ms, "سال ۸۸"),
        span("2009-03-21", "2010-03-20", Role::Event)
    );
    assert_eq!(
        span_of(&ms, "دهه ۶۰"),
        span("1981-03-21", "1991-03-20", Role::Event)
    );
    // No dates of its own and no document date: never guessed.
    let ms = tag_dated("d.txt", "در سال ۸۸ اعتراضاتی رخ داد.", None);
    assert!(ms.iter().all(|m| m.1.is_none()), "{ms:?}");
    // Two digits that count something are no year.
    assert!(dates("در سال ۲۰ درصد رشد داشت.").is_empty());
}

#[test]
fn ordinal_days_and_months() {
    for (sentence, day) in [
        ("نشست در ۱۵ ام مرداد ۱۳۹۹ برگزار شد.", "2020-08-05"),
        ("نشست در ۱۵ام مرداد ۱۳۹۹ برگزار شد.", "2020-08-05"),
        ("پانزدهمین روز ماه مرداد ۱۳۹۹ نشست برگزار شد.", "2020-08-05"),
        ("سوم تیر ۱۳۸۴ انتخابات برگزار شد.", "2005-06-24"),
        ("اول مهر ۱۴۰۰ مدارس باز شد.", "2021-09-23"),
    ] {
        let got = dates(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!((got[0].1.as_str(), got[0].3), (day, "day"), "{sentence}");
    }
    check(
        "در واپسین ماه ۲۰۰۲ قرارداد امضا شد.",
        &[("واپسین ماه 2002", "2002-12", "2002-12", "month")],
    );
    check(
        "در آخرین ماه سال ۲۰۰۲ قرارداد امضا شد.",
        &[("اخرین ماه سال 2002", "2002-12", "2002-12", "month")],
    );
    check(
        "در نخستین ماه ۲۰۰۳ نیروها وارد شدند.",
        &[("نخستین ماه 2003", "2003-01", "2003-01", "month")],
    );
    check(
        "در آغازین ماه ۲۰۰۳ نیروها وارد شدند.",
        &[("اغازین ماه 2003", "2003-01", "2003-01", "month")],
    );
    // «آخرین ماه ۱۴۰۰» is Esfand.
    let got = dates("در آخرین ماه ۱۴۰۰ قیمت‌ها بالا رفت.");
    assert_eq!(got[0].1, "2022-02", "{got:?}");
    assert_eq!(got[0].4, "solar_hijri");
}

#[test]
fn halves_quarters_and_seasons_of_a_year() {
    check(
        "در نیمه نخست سال ۲۰۲۳ صادرات افزایش یافت.",
        &[("نیمه نخست سال 2023", "2023-01", "2023-06", "month")],
    );
    check(
        "در نیمه دوم ۲۰۲۳ صادرات کاهش یافت.",
        &[("نیمه دوم 2023", "2023-07", "2023-12", "month")],
    );
    let ms = tag_dated(
        "a.txt",
        "سه‌ماهه سوم ۱۴۰۱ تورم بالا بود. فصل بهار ۱۴۰۰ خشک بود. بهار امسال پربارش بود.",
        Some(Day::new(2023, 1, 1)),
    );
    // Mehr to Azar 1401.
    assert_eq!(
        span_of(&ms, "سه‌ماهه سوم ۱۴۰۱"),
        span("2022-09-23", "2022-12-21", Role::Event)
    );
    assert_eq!(
        span_of(&ms, "فصل بهار ۱۴۰۰"),
        span("2021-03-21", "2021-06-21", Role::Event)
    );
    // The spring of Solar 1401, the document's year.
    assert_eq!(
        span_of(&ms, "بهار امسال"),
        span("2022-03-21", "2022-06-21", Role::Event)
    );
    // A half of a decade stays a modifier of it.
    let got = dates("در نیمه دوم دهه ۱۹۹۰ جنگ پایان یافت.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, "decade");
}

#[test]
fn offsets_from_the_last_date_or_the_date_after_them_for_every_unit() {
    let ms = tag(
        "در ۱۲ مهر ۱۴۰۰ سفیر احضار شد. یک سال پیش از آن مذاکرات آغاز شده بود. \
         سه ماه قبل از آن هیئتی آمده بود. دو هفته بعد بیانیه‌ای صادر شد.",
    );
    let got: Vec<(&str, Option<&str>)> =
        ms.iter().map(|m| (m.0.as_str(), m.1.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("12 مهر 1400", Some("2021-10-04")),
            // Solar 1399, counted in the anchor's calendar.
            ("یک سال پیش از ان", Some("2020")),
            // Three months before 1399 is no month: a year is no anchor.
            ("سه ماه قبل از ان", None),
            ("دو هفته بعد", None),
        ]
    );
    let ms = tag(
        "در ۱۲ مهر ۱۴۰۰ سفیر احضار شد. سه ماه قبل از آن هیئتی آمده بود. \
         دو هفته پس از آن بیانیه‌ای صادر شد.",
    );
    assert_eq!(ms[1].1.as_deref(), Some("2021-06"), "{ms:?}");
    assert_eq!(ms[1].0, "سه ماه قبل از ان");
    check(
        "سه روز پس از ۱۲ مهر ۱۴۰۰ سفیر احضار شد.",
        &[(
            "سه روز پس از 12 مهر 1400",
            "2021-10-07",
            "2021-10-07",
            "day",
        )],
    );
    check(
        "دو سال پیش از ۱۹۹۱ اعتراضات آغاز شد.",
        &[("دو سال پیش از 1991", "1989", "1989", "year")],
    );
}

#[test]
fn places_names_and_brands_built_on_dates_are_no_dates() {
    for sentence in [
        "تظاهرات در خیابان ۱۶ آذر برگزار شد.",
        "ترافیک بلوار ۲۲ بهمن سنگین بود.",
        "بازی در ورزشگاه ۱۲ فروردین برگزار شد.",
        "تجمع در میدان هفت تیر بود.",
        "خانم مهرانگیز و آقای بهمنی سخنرانی کردند.",
        "شرکت بهمن ۱۲۰۰ دستگاه خودرو فروخت.",
        "بهمن دیزل ۱۴۰۰ دستگاه کامیون فروخت.",
        "نماز جمعه برگزار شد.",
        "فضاپیما به کره ماه رسید.",
    ] {
        let got = dates(sentence);
        assert!(got.is_empty(), "{sentence}: {got:?}");
    }
    // A date with a preposition or a verb around it still is one.
    assert_eq!(dates("در ۱۵ خرداد ۱۳۷۶ انتخابات برگزار شد.").len(), 1);
    let ms = tag_dated(
        "a.txt",
        "بهار امسال بارش زیاد بود.",
        Some(Day::new(2022, 5, 1)),
    );
    assert!(ms.iter().all(|m| m.1.is_some()), "{ms:?}");
}

#[test]
fn passives_bare_numbers_and_framing_centuries() {
    // «پیش‌بینی شده بود»: was provided for, not expected.
    let ms = tag("در قرارداد ۱۹۹۷ پیش‌بینی شده بود که نیروها خارج شوند.");
    assert_eq!(ms[0].2, Role::Event, "{ms:?}");
    let ms = tag("در ۲۰۰۰ سندی امضا شد. پیش‌بینی می‌شود در ۲۰۱۰ نیز سندی امضا شود.");
    assert_eq!(ms[1].2, Role::Forecast, "{ms:?}");
    // A number on its own line, or an amount, is no year.
    let ms = tag("در ۱۹۹۷ سران دو کشور توافق را امضا کردند.\n\n1500\n\nحدود ۱۵۰۰ نیرو آمدند.");
    assert_eq!(ms.len(), 1, "{ms:?}");
    // A century that only frames is context; one at which something happens
    // is an event.
    let ms = tag("از اوایل قرن بیستم منطقه محل رقابت قدرت‌ها بود.");
    assert_eq!(ms[0].2, Role::Other, "{ms:?}");
    let ms = tag("در قرن نوزدهم و در سال ۱۸۲۸ قفقاز به روسیه پیوست.");
    assert_eq!(ms[0].2, Role::Other, "{ms:?}");
    assert_eq!(ms[1].2, Role::Event, "{ms:?}");
    let ms = tag("در قرن نوزدهم روسیه قفقاز را فتح کرد.");
    assert_eq!(ms[0].2, Role::Event, "{ms:?}");
    // A clause of its own, ended by its verb, before the finer date.
    let ms = tag(
        "در اواخر قرن نوزدهم روسیه خیوه را تحت‌الحمایه خود کرد و در ۱۲ اوت ۱۸۷۳ پیمانی امضا شد.",
    );
    assert_eq!((ms[0].2, ms[1].2), (Role::Event, Role::Event), "{ms:?}");
    let ms = tag("در سده شانزدهم، در ۱۵۰۷ شیبانیان هرات را گرفتند.");
    assert_eq!((ms[0].2, ms[1].2), (Role::Other, Role::Event), "{ms:?}");
}

#[test]
fn a_duration_after_a_dated_start_closes_its_range() {
    let ms = tag_dated(
        "a.txt",
        "جنگ در ۱۲ ژوئیه ۲۰۰۶ آغاز شد و ۳۴ روز ادامه یافت.",
        None,
    );
    assert_eq!(
        span_of(&ms, "۱۲ ژوئیه ۲۰۰۶"),
        span("2006-07-12", "2006-08-14", Role::Event)
    );
    // In the text's calendar: three months from Mehr 1400 end with Azar.
    let ms = tag_dated(
        "b.txt",
        "محاصره در مهر ۱۴۰۰ آغاز شد و سه ماه به طول انجامید.",
        None,
    );
    assert_eq!(
        span_of(&ms, "مهر ۱۴۰۰"),
        span("2021-09-23", "2021-12-21", Role::Event)
    );
    // A duration that is not how long it lasted changes nothing.
    let ms = tag_dated("c.txt", "در ۱۲ ژوئیه ۲۰۰۶ سه روز تعطیل اعلام شد.", None);
    assert_eq!(
        span_of(&ms, "۱۲ ژوئیه ۲۰۰۶"),
        span("2006-07-12", "2006-07-12", Role::Event)
    );
}

#[test]
fn durations_sets_and_times_are_typed_as_timex3_types_them() {
    let text = normalize_phrase(
        "سه سال مذاکره شد و ۳۴ روز جنگ بود. یک ماه و نیم گذشت. دو سه روز تعطیل بود. \
         چند هفته طول کشید. یک سال و شش ماه زندان. هر سال و سالانه و هر دو هفته نشست دارند. \
         ساعت ۱۸:۳۰ و ساعت ۸ شب و بامداد. اولین سال.",
    );
    let got: Vec<(String, &str, bool)> = scan::timex::scan_timex(&text, &[])
        .into_iter()
        .map(|t| (t.value, t.kind.as_str(), t.approx))
        .collect();
    let want = [
        ("P3Y", "DURATION", false),
        ("P34D", "DURATION", false),
        ("P1.5M", "DURATION", false),
        ("P2D", "DURATION", true),
        ("PXW", "DURATION", true),
        ("P1Y6M", "DURATION", false),
        ("P1Y", "SET", false),
        ("P1Y", "SET", false),
        ("P2W", "SET", false),
        ("T18:30", "TIME", false),
        ("T20:00", "TIME", false),
        ("TMO", "TIME", false),
    ];
    let got: Vec<(&str, &str, bool)> = got.iter().map(|(v, k, a)| (v.as_str(), *k, *a)).collect();
    assert_eq!(got, want);
    // What a date mention covers is left to it.
    let text = normalize_phrase("سه سال بعد توافق شد.");
    let date = scan::scan(&text, &named())[0].range.clone();
    assert!(scan::timex::scan_timex(&text, &[date]).is_empty());
}

#[test]
fn a_date_counted_from_the_last_one_is_past_or_future_by_its_verb() {
    // The text's last year is 1920; four years after it is still history.
    let ms = tag_dated(
        "a.txt",
        "در فوریه ۱۹۲۰ ارتش سرخ خیوه را گرفت. چهار سال بعد این جمهوری در اتحاد شوروی ادغام شد.",
        None,
    );
    assert_eq!(
        span_of(&ms, "چهار سال بعد"),
        span("1924-01-01", "1924-12-31", Role::Event)
    );
    let ms = tag_dated(
        "b.txt",
        "در ۲۰۱۵ طرح تصویب شد. یک سال بعد کار آغاز شد و دو سال بعد پایان خواهد یافت.",
        None,
    );
    assert_eq!(
        span_of(&ms, "یک سال بعد"),
        span("2016-01-01", "2016-12-31", Role::Event)
    );
    assert_eq!(span_of(&ms, "دو سال بعد").2, Role::Forecast, "{ms:?}");
}

#[test]
fn vague_words_never_become_dates() {
    for sentence in [
        "اخیراً دو کشور توافقی امضا کردند.",
        "به‌زودی نشستی برگزار خواهد شد.",
        "چند سال پیش مذاکرات آغاز شد.",
        "سال‌ها پیش این مرز بسته شد.",
        "چندی بعد هیئتی به تهران آمد.",
    ] {
        let ms = tag_dated("a.txt", sentence, Some(Day::new(2022, 5, 1)));
        assert!(ms.iter().all(|m| m.1.is_none()), "{sentence}: {ms:?}");
    }
}

#[test]
fn a_lunar_month_is_written_in_its_own_calendar() {
    // Ramadan of Solar 1401 ran from 14 Farvardin to 12 Ordibehesht: no one
    // Solar month names it, so the date reads «رمضان ۱۴۴۳ ق».
    let mut doc = crate::corpus::Document::from_bytes(
        "t",
        "c.txt",
        "در ماه مبارک رمضان امسال نشستی برگزار شد."
            .as_bytes()
            .to_vec(),
    )
    .expect("text");
    doc.user_date = Some((Day::new(2022, 5, 1), CalendarKind::Gregorian));
    let w = tag_document(&doc, &named())
        .into_iter()
        .find_map(|m| m.when)
        .expect("a date");
    assert_eq!(
        crate::layout::format::native(&w, crate::layout::ticks::Digits::Persian),
        "رمضان ۱۴۴۳ ق"
    );
    assert_eq!(
        (w.first_day, w.last_day),
        (Day::new(2022, 4, 3), Day::new(2022, 5, 2))
    );
}
