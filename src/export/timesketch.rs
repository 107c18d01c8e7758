//! Timesketch's import formats: JSON lines and CSV, one row per event.
//!
//! Timesketch needs `message`, `datetime` and `timestamp_desc`; we also give
//! `timestamp` (microseconds, the same instant as `datetime`) so that its
//! interface, which sorts and shows by `timestamp`, agrees with its backend,
//! which filters by `datetime`. `datetime` is always a whole day with its
//! zone (`1997-05-17T00:00:00+00:00`): a year alone would be given today's
//! month and day by Timesketch's date parser. The precision is said in
//! `timestamp_desc` and the exact interval in `first_day`/`last_day`.

use std::io::{self, Write};

use serde::Serialize;

use crate::filter::Filter;
use crate::layout::format;
use crate::layout::ticks::Digits;
use crate::model::{Event, EventKind, Timeline};

/// Microseconds in a day.
const DAY_US: i64 = 86_400_000_000;

/// Timesketch's CSV reader drops rows before this year.
pub const CSV_FIRST_YEAR: i32 = 1700;

/// One Timesketch event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row<'a> {
    /// The title.
    pub message: &'a str,
    /// The first day at midnight UTC, ISO 8601 with its zone.
    pub datetime: String,
    /// Microseconds since 1970-01-01 UTC of `datetime`.
    pub timestamp: i64,
    /// What the time is: «Event date (month precision)».
    pub timestamp_desc: String,
    /// The English title, or empty.
    pub title_en: &'a str,
    /// `event` or `forecast`.
    pub kind: &'static str,
    /// Actor ids.
    pub actors: Vec<&'a str>,
    /// People named.
    pub people: Vec<&'a str>,
    /// Region ids.
    pub regions: Vec<&'a str>,
    /// The date as written.
    pub date_text: &'a str,
    /// The date in the text's own calendar («دی ۱۳۷۰»).
    pub date_native: String,
    /// The text's calendar.
    pub calendar: &'static str,
    /// Day, month, year, decade or century.
    pub precision: &'static str,
    /// The exact first Gregorian day.
    pub first_day: String,
    /// The exact last Gregorian day (inclusive).
    pub last_day: String,
    /// The interval in EDTF.
    pub edtf: String,
    /// Resolved from context rather than stated.
    pub inferred: bool,
    /// The first source's document title.
    pub document: String,
    /// Its document id.
    pub document_id: &'a str,
    /// Its paragraph (from 1).
    pub paragraph: usize,
    /// Its sentence.
    pub sentence: &'a str,
    /// How many sources the event has.
    pub sources: usize,
    /// The event's id in the events JSON.
    pub event_id: &'a str,
    /// The extractor's confidence, 0–1.
    pub confidence: f64,
    /// The curation's tags (Timesketch's own `tag` field).
    pub tag: Vec<&'a str>,
    /// The curation's note, or empty.
    pub note: &'a str,
    /// Starred in the curation.
    pub starred: bool,
}

/// The Timesketch row of an event.
#[must_use]
pub fn row<'a>(e: &'a Event, t: &Timeline) -> Row<'a> {
    let w = &e.when;
    let first = w.first_day;
    let source = e.sources.first();
    let doc_id = source.map_or("", |s| &*s.doc);
    let document = t
        .documents
        .iter()
        .find(|d| d.id == doc_id)
        .map_or_else(|| doc_id.to_owned(), |d| d.title.clone());
    let what = match e.kind {
        EventKind::Event => "Event date",
        EventKind::Forecast => "Forecast date",
    };
    let range = if w.is_range { ", range" } else { "" };
    let guess = if w.inferred { ", from context" } else { "" };
    Row {
        message: &e.title,
        datetime: format!(
            "{:04}-{:02}-{:02}T00:00:00+00:00",
            first.year, first.month, first.day
        ),
        timestamp: first.to_epoch_days() * DAY_US,
        timestamp_desc: format!("{what} ({} precision{range}{guess})", w.precision.as_str()),
        title_en: e.title_en.as_deref().unwrap_or(""),
        kind: match e.kind {
            EventKind::Event => "event",
            EventKind::Forecast => "forecast",
        },
        actors: e.actors.iter().map(|a| &**a).collect(),
        people: e.people.iter().map(|a| &**a).collect(),
        regions: e.regions.iter().map(|a| &**a).collect(),
        date_text: w.text.as_str(),
        date_native: format::native(w, Digits::Persian),
        calendar: w.calendar.as_str(),
        precision: w.precision.as_str(),
        first_day: w.first_day.to_string(),
        last_day: w.last_day.to_string(),
        edtf: w.edtf(),
        inferred: w.inferred,
        document,
        document_id: doc_id,
        paragraph: source.map_or(0, |s| s.paragraph + 1),
        sentence: source.map_or("", |s| s.sentence.as_str().trim()),
        sources: e.sources.len(),
        event_id: &e.id,
        confidence: (e.confidence * 100.0).round() / 100.0,
        tag: e
            .curation
            .as_deref()
            .map(|c| c.tags.iter().map(String::as_str).collect())
            .unwrap_or_default(),
        note: e
            .curation
            .as_deref()
            .and_then(|c| c.note.as_deref())
            .unwrap_or(""),
        starred: e.curation.as_deref().is_some_and(|c| c.starred),
    }
}

/// Writes the events that pass `filter` as JSON lines: one object per line,
/// no byte order mark, no blank line, and the characters Python's
/// `splitlines` breaks at (U+0085, U+2028, U+2029) escaped inside strings.
///
/// # Errors
/// Writing to `out`.
pub fn write_jsonl(out: &mut dyn Write, t: &Timeline, filter: &Filter) -> io::Result<usize> {
    let mut n = 0;
    let mut line = String::new();
    for e in t.events.iter().filter(|e| filter.matches(e)) {
        line.clear();
        line.push_str(&serde_json::to_string(&row(e, t))?);
        if line.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
            // These only appear inside strings, where the escape means the same.
            line = line
                .replace('\u{85}', "\\u0085")
                .replace('\u{2028}', "\\u2028")
                .replace('\u{2029}', "\\u2029");
        }
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        n += 1;
    }
    Ok(n)
}

/// Quotes a CSV field when needed (RFC 4180).
fn field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 27] = [
    "message",
    "datetime",
    "timestamp",
    "timestamp_desc",
    "title_en",
    "kind",
    "actors",
    "people",
    "regions",
    "date_text",
    "date_native",
    "calendar",
    "precision",
    "first_day",
    "last_day",
    "edtf",
    "inferred",
    "document",
    "document_id",
    "paragraph",
    "sentence",
    "sources",
    "event_id",
    "confidence",
    "tag",
    "note",
    "starred",
];

/// What a CSV export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvWritten {
    /// Rows written.
    pub rows: usize,
    /// Rows dated before [`CSV_FIRST_YEAR`], which Timesketch's CSV reader
    /// drops (its JSON lines reader keeps them).
    pub before_1700: usize,
}

/// Writes the events that pass `filter` as Timesketch CSV (UTF-8, no byte
/// order mark; lists joined with `; `).
///
/// # Errors
/// Writing to `out`.
pub fn write_csv(out: &mut dyn Write, t: &Timeline, filter: &Filter) -> io::Result<CsvWritten> {
    let mut written = CsvWritten::default();
    out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
    out.write_all(b"\n")?;
    for e in t.events.iter().filter(|e| filter.matches(e)) {
        let r = row(e, t);
        let cols: [std::borrow::Cow<'_, str>; 27] = [
            r.message.into(),
            r.datetime.as_str().into(),
            r.timestamp.to_string().into(),
            r.timestamp_desc.as_str().into(),
            r.title_en.into(),
            r.kind.into(),
            r.actors.join("; ").into(),
            r.people.join("; ").into(),
            r.regions.join("; ").into(),
            r.date_text.into(),
            r.date_native.as_str().into(),
            r.calendar.into(),
            r.precision.into(),
            r.first_day.as_str().into(),
            r.last_day.as_str().into(),
            r.edtf.as_str().into(),
            r.inferred.to_string().into(),
            r.document.as_str().into(),
            r.document_id.into(),
            r.paragraph.to_string().into(),
            r.sentence.into(),
            r.sources.to_string().into(),
            r.event_id.into(),
            format!("{:.2}", r.confidence).into(),
            r.tag.join(",").into(),
            r.note.into(),
            r.starred.to_string().into(),
        ];
        for (i, c) in cols.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            out.write_all(field(c).as_bytes())?;
        }
        out.write_all(b"\n")?;
        written.rows += 1;
        if e.when.first_day.year < CSV_FIRST_YEAR {
            written.before_1700 += 1;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Timeline {
        crate::extract::Extractor::bundled()
            .expect("extractor")
            .extract(&crate::seeds::load().documents)
    }

    #[test]
    fn jsonl_rows_carry_the_required_fields_and_a_consistent_timestamp() {
        let t = seeds();
        let mut out = Vec::new();
        let n = write_jsonl(&mut out, &t, &Filter::default()).expect("write");
        assert_eq!(n, t.events.len());
        let text = String::from_utf8(out).expect("utf-8");
        assert!(!text.starts_with('\u{feff}'));
        assert_eq!(text.lines().count(), n);
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let dt = v["datetime"].as_str().expect("datetime");
            assert_eq!(dt.len(), "1997-05-17T00:00:00+00:00".len(), "{dt}");
            let day = crate::model::Day::parse(&dt[..10]).expect("a day");
            assert_eq!(
                v["timestamp"].as_i64(),
                Some(day.to_epoch_days() * DAY_US),
                "{line}"
            );
            assert!(
                v["timestamp_desc"]
                    .as_str()
                    .is_some_and(|d| d.contains("precision"))
            );
            assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
        }
    }

    #[test]
    fn line_separators_inside_strings_are_escaped() {
        let mut t = seeds();
        t.events.truncate(1);
        t.events[0].title = "a\u{2028}b\u{85}c".to_owned();
        let mut out = Vec::new();
        write_jsonl(&mut out, &t, &Filter::default()).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(!text.contains(['\u{2028}', '\u{85}']));
        let v: serde_json::Value = serde_json::from_str(text.trim_end()).expect("json");
        assert_eq!(v["message"], "a\u{2028}b\u{85}c");
    }

    #[test]
    fn csv_has_the_header_timesketch_needs_and_counts_rows_it_would_drop() {
        let mut t = seeds();
        let mut out = Vec::new();
        let w = write_csv(&mut out, &t, &Filter::default()).expect("write");
        assert_eq!(w.rows, t.events.len());
        assert_eq!(w.before_1700, 0);
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.starts_with("message,datetime,timestamp,timestamp_desc,"));
        t.events[0].when.first_day = crate::model::Day::new(1501, 1, 1);
        let w = write_csv(&mut Vec::new(), &t, &Filter::default()).expect("write");
        assert_eq!(w.before_1700, 1);
    }
}
