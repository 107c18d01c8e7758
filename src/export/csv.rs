//! CSV and JSON lines of events, and the text table of `gahnama dates`.

use std::fmt::Write;

use crate::extract::DateRow;
use crate::model::Timeline;

/// Quotes a CSV field when needed (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Rows of the events CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvRows {
    /// One row per event and source (the source columns are that source's).
    #[default]
    PerSource,
    /// One row per event (the source columns are its first source's).
    PerEvent,
}

/// Options of the events CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvOptions {
    /// One row per event or per source.
    pub rows: CsvRows,
    /// Start with a UTF-8 byte order mark, so that Excel reads Persian as UTF-8.
    pub bom: bool,
}

/// The header of the events CSV.
pub const EVENTS_CSV_HEADER: &str = "id,start,end,first_day,last_day,date_native,edtf,precision,modifier,calendar,inferred,kind,title,title_en,actors,people,regions,confidence,sources,doc,paragraph,line,bytes_start,bytes_end,date_start,date_end,date_text,sentence";

/// The events CSV: the Gregorian first and last day and the date in the
/// text's own calendar («۲۷ اردیبهشت ۱۳۷۶») beside the ISO columns.
#[must_use]
pub fn events_csv(t: &Timeline, opts: CsvOptions) -> String {
    let mut out = String::new();
    if opts.bom {
        out.push('\u{feff}');
    }
    out.push_str(EVENTS_CSV_HEADER);
    out.push('\n');
    for e in &t.events {
        let date_native =
            crate::layout::format::native(&e.when, crate::layout::ticks::Digits::Persian);
        let sources = match opts.rows {
            CsvRows::PerSource => &e.sources[..],
            CsvRows::PerEvent => &e.sources[..e.sources.len().min(1)],
        };
        for s in sources {
            let cols = [
                e.id.clone(),
                e.when.start_iso(),
                e.when.end_iso(),
                e.when.first_day.to_string(),
                e.when.last_day.to_string(),
                date_native.clone(),
                e.when.edtf(),
                e.when.precision.as_str().to_owned(),
                e.when.modifier.map_or("", |m| m.as_str()).to_owned(),
                e.when.calendar.as_str().to_owned(),
                e.when.inferred.to_string(),
                format!("{:?}", e.kind).to_lowercase(),
                e.title.clone(),
                e.title_en.clone().unwrap_or_default(),
                e.actors.join(";"),
                e.people.join(";"),
                e.regions.join(";"),
                format!("{:.2}", e.confidence),
                e.sources.len().to_string(),
                s.doc.to_string(),
                s.paragraph.to_string(),
                s.line.to_string(),
                s.bytes[0].to_string(),
                s.bytes[1].to_string(),
                s.date_bytes[0].to_string(),
                s.date_bytes[1].to_string(),
                e.when.text.to_string(),
                s.sentence.to_string(),
            ];
            let row: Vec<String> = cols.iter().map(|c| field(c)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

/// Writes one event per line: each the JSON object the events JSON holds
/// in its `events` array, for pipelines that map `extract` over shards and
/// concatenate what comes out.
///
/// # Errors
/// Writing to `out`.
pub fn write_events_jsonl(out: &mut dyn std::io::Write, t: &Timeline) -> std::io::Result<()> {
    for e in &t.events {
        serde_json::to_writer(&mut *out, e)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// An aligned text table of date mentions.
#[must_use]
pub fn dates_table(rows: &[DateRow]) -> String {
    let mut out = String::new();
    for r in rows {
        let _ = writeln!(
            out,
            "{:<22} {:>5} {:>6}-{:<6} {:<8} {:<15} {:<10} {:<10} {:<7} {:<11} {:<5} {:<8} {}",
            r.doc,
            r.line,
            r.bytes[0],
            r.bytes[1],
            r.timex_type.as_str(),
            r.role.as_str(),
            r.start.as_deref().or(r.value.as_deref()).unwrap_or("-"),
            r.end.as_deref().unwrap_or("-"),
            r.precision.map_or("-", |p| p.as_str()),
            r.calendar.map_or("-", |c| c.as_str()),
            if r.inferred { "inf" } else { "" },
            r.bound.unwrap_or(""),
            r.text
        );
    }
    out
}
