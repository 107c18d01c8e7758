//! CSV of events and the text table of `gahnama dates`.

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

/// One row per event and source.
#[must_use]
pub fn events_csv(t: &Timeline) -> String {
    let mut out = String::from(
        "id,start,end,first_day,last_day,edtf,precision,modifier,calendar,inferred,kind,title,title_en,actors,people,regions,confidence,doc,paragraph,line,bytes_start,bytes_end,date_start,date_end,date_text,sentence\n",
    );
    for e in &t.events {
        for s in &e.sources {
            let cols = [
                e.id.clone(),
                e.when.start_iso(),
                e.when.end_iso(),
                e.when.first_day.to_string(),
                e.when.last_day.to_string(),
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
