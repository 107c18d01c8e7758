//! The document's own date (its creation time, TIMEX3's `CREATION_TIME`):
//! what «امروز», «سال جاری» and «شنبه گذشته» count from.
//!
//! It is taken from the first of these that a document has:
//! 1. a date the user set ([`Document::user_date`]);
//! 2. YAML front matter `date:` (a `.md` file's `---` block);
//! 3. a dateline in the first lines: «تهران - ایرنا - ۲۲ بهمن ۱۳۹۹»,
//!    «۱۳۹۸/۱۱/۰۲», «۲۴ آبان ۱۳۹۹ - ۱۰:۳۰», «مسکو، ۱۲ مارس ۲۰۲۲ (خبرگزاری …)»;
//! 4. a date in the file name: `2020-10-14`, `20201014`, `1399-07-23`,
//!    `13990723`, in Latin or Persian digits, with anything around it.
//!
//! A dateline is never an event (its mention gets [`super::Role::Dateline`]),
//! whichever source gives the date.

use std::ops::Range;

use super::scan::{self, NamedDates, RawValue};
use crate::calendar;
use crate::corpus::normalize::{is_letter, normalize_phrase};
use crate::corpus::{BlockKind, Document};
use crate::model::{CalendarKind, DateSource, Day, Precision};

/// A document's own date: the day, the calendar it was written in, and where
/// it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocDate {
    /// The day (Gregorian).
    pub day: Day,
    /// The calendar the date was written in.
    pub calendar: CalendarKind,
    /// Where it came from.
    pub source: DateSource,
}

/// Where a dateline's date is: paragraph and byte range in its normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Paragraph index.
    pub paragraph: usize,
    /// Byte range of the date in the paragraph's text.
    pub range: Range<usize>,
    /// The day and the calendar it is written in.
    pub day: Day,
    /// Calendar.
    pub calendar: CalendarKind,
}

/// How far into a document a dateline may be: its first paragraphs that are
/// not front matter.
const DATELINE_PARAGRAPHS: usize = 3;

/// The document's date, from the first source that gives one.
#[must_use]
pub fn document_date(doc: &Document, named: &NamedDates) -> Option<DocDate> {
    date_and_dateline(doc, named).0
}

/// The document's date and its dateline (which is never an event, whatever
/// gave the date).
#[must_use]
pub fn date_and_dateline(
    doc: &Document,
    named: &NamedDates,
) -> (Option<DocDate>, Option<Dateline>) {
    (date_from(doc, named), doc.dateline.clone())
}

fn date_from(doc: &Document, named: &NamedDates) -> Option<DocDate> {
    let with = |(day, calendar): (Day, CalendarKind), source| DocDate {
        day,
        calendar,
        source,
    };
    if let Some(d) = doc.user_date {
        return Some(with(d, DateSource::User));
    }
    if let Some(d) = front_matter_date(&doc.norm.text, named) {
        return Some(with(d, DateSource::FrontMatter));
    }
    if let Some(d) = &doc.dateline {
        return Some(with((d.day, d.calendar), DateSource::Dateline));
    }
    let name = doc.path.rsplit(['/', '\\']).next().unwrap_or(&doc.path);
    file_name_date(name).map(|d| with(d, DateSource::FileName))
}

/// One day-precise date, as the user types it or front matter writes it:
/// `2020-10-14`, `1399/07/23`, `2021-03-12T10:30:00Z`, «۲۲ بهمن ۱۳۹۹»,
/// «12 March 2022». `None` unless the whole text is one such date.
#[must_use]
pub fn parse_day(text: &str, named: &NamedDates) -> Option<(Day, CalendarKind)> {
    let text = text.trim().trim_matches(['"', '\'']).trim();
    // An ISO timestamp: the day is what counts.
    let text = match text.split_once('T') {
        Some((d, t)) if d.len() == 10 && t.starts_with(|c: char| c.is_ascii_digit()) => d,
        _ => text,
    };
    let norm = normalize_phrase(text);
    let norm = norm.as_str();
    if let Some(d) = digits_date(norm, true) {
        return Some(d);
    }
    let mentions = scan::scan(norm, named);
    let [m] = &mentions[..] else {
        return None;
    };
    let RawValue::Explicit(w) = &m.value else {
        return None;
    };
    let rest = format!("{}{}", &norm[..m.range.start], &norm[m.range.end..]);
    (w.precision == Precision::Day
        && w.first_day == w.last_day
        && !rest.chars().any(is_letter_or_digit))
    .then_some((w.first_day, w.calendar))
}

fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit()
}

/// The `date:` of YAML front matter (`---` on the first line, up to the next
/// `---` or `...`).
#[must_use]
pub fn front_matter_date(text: &str, named: &NamedDates) -> Option<(Day, CalendarKind)> {
    let (body, _) = front_matter(text)?;
    text[body].lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        matches!(key.trim(), "date" | "Date" | "DATE" | "تاریخ")
            .then(|| parse_day(value.trim(), named))
            .flatten()
    })
}

/// YAML front matter at the start of `text`: the byte range of what is
/// between its fences, and where the block (closing fence included) ends.
#[must_use]
pub fn front_matter(text: &str) -> Option<(Range<usize>, usize)> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let open = if rest.starts_with("---\n") {
        4
    } else if rest.starts_with("---\r\n") {
        5
    } else {
        return None;
    };
    let start = bom + open;
    let mut at = start;
    for line in text[start..].split_inclusive('\n') {
        let l = line.trim_end();
        if l == "---" || l == "..." {
            return Some((start..at, at + line.len()));
        }
        at += line.len();
        // Front matter is short; a document that only starts with a rule is not it.
        if at - start > 8 * 1024 {
            break;
        }
    }
    None
}

/// A date in a file name: `2020-10-14`, `2020_10_14`, `20201014`,
/// `1399-07-23`, `13990723`, with anything around it. Solar Hijri or
/// Gregorian by the year (1300–1499 is Solar). Six digits (`YYMMDD`) are
/// ambiguous and never read.
#[must_use]
pub fn file_name_date(name: &str) -> Option<(Day, CalendarKind)> {
    // Persian and Arabic-Indic digits become Latin ones.
    let name: String = name
        .chars()
        .map(|c| match c {
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect();
    let b = name.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if let Some(d) = digits_date(&name[i..], false) {
            return Some(d);
        }
        i += run.max(1);
    }
    None
}

/// A date written in digits at the start of `s`: `YYYY-MM-DD` (or `/`, `_`,
/// `.` between) or `YYYYMMDD` with no digit after. With `whole`, nothing
/// may follow it.
fn digits_date(s: &str, whole: bool) -> Option<(Day, CalendarKind)> {
    let b = s.as_bytes();
    let num = |r: Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        (part.bytes().all(|c| c.is_ascii_digit()) && !part.is_empty())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day, len) =
        if b.len() >= 10 && matches!(b[4], b'-' | b'/' | b'_' | b'.') && b[7] == b[4] {
            (num(0..4)?, num(5..7)?, num(8..10)?, 10)
        } else if b.len() >= 8 {
            (num(0..4)?, num(4..6)?, num(6..8)?, 8)
        } else {
            return None;
        };
    if b.get(len).is_some_and(u8::is_ascii_digit) || (whole && len != s.len()) {
        return None;
    }
    let year = i32::try_from(year).ok()?;
    let calendar = match year {
        1300..=1499 => CalendarKind::SolarHijri,
        1800..=2200 => CalendarKind::Gregorian,
        _ => return None,
    };
    let day = calendar::to_gregorian(
        calendar,
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )?;
    Some((day, calendar))
}

/// The dateline of a document, if it has one: a day-precise date among its
/// first lines that stands alone or after a place and an agency, ended by a
/// separator, a clock time, a parenthesis or the end of the line.
#[must_use]
pub fn dateline(doc: &Document, named: &NamedDates) -> Option<Dateline> {
    for p in doc
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, BlockKind::Body | BlockKind::Heading))
        .take(DATELINE_PARAGRAPHS)
    {
        // A dateline opens its line: only the first sentence's first words.
        let Some(first) = p.sentences.first() else {
            continue;
        };
        let text = &p.text[..];
        let head_end = text.floor_char_boundary((first.start + 160).min(text.len()));
        let head = &text[..head_end.max(first.end.min(head_end))];
        for m in scan::scan(head, named) {
            let RawValue::Explicit(w) = &m.value else {
                continue;
            };
            if w.precision != Precision::Day || w.first_day != w.last_day {
                continue;
            }
            if is_dateline_prefix(&text[..m.range.start])
                && is_dateline_suffix(&text[m.range.end..])
            {
                return Some(Dateline {
                    paragraph: p.index,
                    range: m.range.clone(),
                    day: w.first_day,
                    calendar: w.calendar,
                });
            }
        }
    }
    None
}

/// Weekday names in normalised form, Saturday first.
pub const WEEKDAYS: [&str; 7] = [
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سهشنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
];

/// What may come before a dateline's date on its line: nothing, a weekday, or
/// a few words (place, agency) ending in a separator.
fn is_dateline_prefix(before: &str) -> bool {
    let t = before.trim_end();
    if t.is_empty() {
        return true;
    }
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(is_letter))
        .count();
    if words > 6 || t.contains(['.', '؟', '!']) {
        return false;
    }
    let last_word = t.split_whitespace().next_back().unwrap_or("");
    t.ends_with(['-', '–', '—', '،', ',', '/', '|', ':', '(', '['])
        || (WEEKDAYS.contains(&last_word.trim_end_matches('،'))
            && (words == 1
                || t[..t.len() - last_word.len()]
                    .trim_end()
                    .ends_with(['-', '–', '،', ','])))
}

/// What may follow a dateline's date: the end of the line, a separator, a
/// clock time or an opening parenthesis.
fn is_dateline_suffix(after: &str) -> bool {
    let t = after.trim_start();
    t.is_empty()
        || t.starts_with(['-', '–', '—', '|', '(', '[', '/'])
        || t.starts_with("ساعت")
        || t.split_whitespace()
            .next()
            .is_some_and(|w| w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || c == ':'))
        || (t.starts_with(['،', ',']) && t.chars().filter(|c| is_letter(*c)).count() < 40)
}

/// The day of the week of `day`, Saturday 0 … Friday 6 (the Iranian week).
#[must_use]
pub fn weekday(day: Day) -> u8 {
    // 1970-01-01 was a Thursday (5 in a week from Saturday).
    u8::try_from((day.to_epoch_days() + 5).rem_euclid(7)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named() -> NamedDates {
        NamedDates::default()
    }

    fn doc(path: &str, text: &str) -> Document {
        Document::from_bytes("d", path, text.as_bytes().to_vec()).expect("text")
    }

    #[test]
    fn file_names_give_solar_or_gregorian_days_by_the_year() {
        let g = |s| file_name_date(s).map(|(d, c)| (d.to_string(), c));
        assert_eq!(
            g("irna-2020-10-14-news.txt"),
            Some(("2020-10-14".into(), CalendarKind::Gregorian))
        );
        assert_eq!(
            g("20201014.md"),
            Some(("2020-10-14".into(), CalendarKind::Gregorian))
        );
        assert_eq!(
            g("khabar_1399-07-23.txt"),
            Some(("2020-10-14".into(), CalendarKind::SolarHijri))
        );
        assert_eq!(
            g("۱۳۹۹۰۷۲۳ گزارش.txt"),
            Some(("2020-10-14".into(), CalendarKind::SolarHijri))
        );
        assert_eq!(
            g("a_2020_10_14.txt"),
            Some(("2020-10-14".into(), CalendarKind::Gregorian))
        );
        // Six digits are ambiguous; nine are an id; a month 13 is no date.
        assert_eq!(g("201014.txt"), None);
        assert_eq!(g("news-202010141.txt"), None);
        assert_eq!(g("2020-13-01.txt"), None);
        assert_eq!(g("report-0001.txt"), None);
        // The second run of digits may be the date.
        assert_eq!(
            g("no-12-of-20210312.txt"),
            Some(("2021-03-12".into(), CalendarKind::Gregorian))
        );
    }

    #[test]
    fn days_as_typed_or_in_front_matter() {
        let p = |s| parse_day(s, &named()).map(|(d, c)| (d.to_string(), c));
        assert_eq!(
            p("۲۲ بهمن ۱۳۹۹"),
            Some(("2021-02-10".into(), CalendarKind::SolarHijri))
        );
        assert_eq!(
            p("2021-03-12T10:30:00Z"),
            Some(("2021-03-12".into(), CalendarKind::Gregorian))
        );
        assert_eq!(
            p("\"1399/11/22\""),
            Some(("2021-02-10".into(), CalendarKind::SolarHijri))
        );
        assert_eq!(
            p("12 مارس 2022"),
            Some(("2022-03-12".into(), CalendarKind::Gregorian))
        );
        // Not one whole day.
        assert_eq!(p("بهمن ۱۳۹۹"), None);
        assert_eq!(p("۲۲ بهمن ۱۳۹۹ و ۲۳ بهمن ۱۳۹۹"), None);
        assert_eq!(p("دیروز"), None);
        assert_eq!(p("2021-03-12 فردا"), None);
        let fm = "---\ntitle: خبر\ndate: 2021-03-12\n---\nمتن خبر.\n";
        assert_eq!(
            front_matter_date(fm, &named()).map(|(d, _)| d.to_string()),
            Some("2021-03-12".into())
        );
        assert_eq!(front_matter_date("---\nمتن بی پایان\n", &named()), None);
    }

    #[test]
    fn datelines_of_agencies_and_papers() {
        let day = |text: &str| dateline(&doc("n.txt", text), &named()).map(|d| d.day.to_string());
        assert_eq!(
            day("تهران - ایرنا - ۲۲ بهمن ۱۳۹۹ - وزیر امور خارجه امروز به مسکو رفت."),
            Some("2021-02-10".into())
        );
        assert_eq!(
            day("۱۳۹۸/۱۱/۰۲\n\nرئیس جمهور دیروز گفت که مذاکرات ادامه دارد."),
            Some("2020-01-22".into())
        );
        assert_eq!(
            day("گزارش ویژه\n۲۴ آبان ۱۳۹۹ - ۱۰:۳۰\nمتن گزارش امروز منتشر شد."),
            Some("2020-11-14".into())
        );
        assert_eq!(
            day("مسکو، ۱۲ مارس ۲۰۲۲ (خبرگزاری تاس) - وزیر خارجه روسیه گفت."),
            Some("2022-03-12".into())
        );
        assert_eq!(
            day("سه‌شنبه ۱۴ اردیبهشت ۱۴۰۰ - ۱۱:۲۰\nمتن."),
            Some("2021-05-04".into())
        );
        // A date in a sentence is an event, not a dateline.
        assert_eq!(day("در ۲۲ بهمن ۱۳۹۹ وزیر امور خارجه به مسکو رفت."), None);
        assert_eq!(
            day("وزیر امور خارجه روز ۲۲ بهمن ۱۳۹۹ به مسکو رفت و گفت."),
            None
        );
        // Month precision is no dateline.
        assert_eq!(day("بهمن ۱۳۹۹\nمتن."), None);
    }

    #[test]
    fn the_user_date_wins_then_front_matter_then_dateline_then_file_name() {
        let text = "---\ndate: 2021-03-12\n---\nتهران - ایرنا - ۲۲ بهمن ۱۳۹۹ - خبر.\n";
        let mut d = doc("2020-01-01.md", text);
        let got = document_date(&d, &named()).expect("a date");
        assert_eq!(
            (got.day.to_string(), got.source),
            ("2021-03-12".into(), DateSource::FrontMatter)
        );
        d.user_date = Some((Day::new(2024, 5, 6), CalendarKind::Gregorian));
        assert_eq!(
            document_date(&d, &named()).expect("a date").source,
            DateSource::User
        );
        let d = doc("2020-01-01.md", "تهران - ایرنا - ۲۲ بهمن ۱۳۹۹ - خبر.\n");
        assert_eq!(
            document_date(&d, &named()).expect("a date").source,
            DateSource::Dateline
        );
        let d = doc("2020-01-01.md", "خبر بی تاریخ.\n");
        let got = document_date(&d, &named()).expect("a date");
        assert_eq!(
            (got.day.to_string(), got.source),
            ("2020-01-01".into(), DateSource::FileName)
        );
        assert_eq!(document_date(&doc("n.md", "خبر.\n"), &named()), None);
    }

    #[test]
    fn weekdays_start_on_saturday() {
        // 2021-02-10 was a Wednesday (چهارشنبه).
        assert_eq!(
            WEEKDAYS[usize::from(weekday(Day::new(2021, 2, 10)))],
            "چهارشنبه"
        );
        assert_eq!(weekday(Day::new(2026, 12, 5)), 0);
    }
}
