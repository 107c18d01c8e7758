//! TimeML for `gahnama dates --format timeml`: each document's text with its
//! temporal expressions marked as `<TIMEX3>` (type, ISO 8601 value), and the
//! document's own date as the `CREATION_TIME` TIMEX3 of its `<DCT>`, for the
//! tools researchers use on TimeML corpora.

use std::fmt::Write as _;

use crate::corpus::Document;
use crate::extract::DateRow;
use crate::model::Day;
use crate::time::scan::timex::TimexType;

/// The XML declaration that starts a TimeML file.
pub const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// Text escaped for XML, without the characters XML 1.0 forbids.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// One `<TimeML>` element (no XML declaration) for `doc`, whose temporal
/// expressions are `rows` (from [`crate::extract::Extractor::dates`]), dated
/// `dct` when it has a date.
#[must_use]
pub fn timeml_document(doc: &Document, rows: &[DateRow], dct: Option<Day>) -> String {
    let mut out = String::from("<TimeML>\n<DOCID>");
    escape(&doc.id, &mut out);
    out.push_str("</DOCID>\n");
    if let Some(d) = dct {
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>"
        );
    }
    out.push_str("<TEXT>\n");
    let mut tid = 0;
    let mut k = 0;
    for p in &doc.paragraphs {
        let mut at = 0;
        while let Some(r) = rows.get(k).filter(|r| r.paragraph == p.index) {
            k += 1;
            // Overlapping phrases cannot nest in TimeML: the first is kept.
            if r.norm_range.start < at {
                continue;
            }
            escape(&doc.original_of(p, &(at..r.norm_range.start)), &mut out);
            tid += 1;
            let value = r.value.as_deref().unwrap_or("XXXX");
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"",
                r.timex_type.as_str()
            );
            escape(value, &mut out);
            out.push('"');
            if r.approx {
                out.push_str(" mod=\"APPROX\"");
            }
            if r.timex_type == TimexType::Set {
                out.push_str(" quant=\"EVERY\"");
            }
            if r.inferred && dct.is_some() {
                out.push_str(" temporalFunction=\"true\" anchorTimeID=\"t0\"");
            }
            out.push('>');
            escape(&r.text, &mut out);
            out.push_str("</TIMEX3>");
            at = r.norm_range.end;
        }
        escape(&doc.original_of(p, &(at..p.text.len())), &mut out);
        out.push_str("\n\n");
    }
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// A TimeML file of the documents: one `<TimeML>` element, or several in a
/// `<TimeMLCollection>` when there are several documents.
#[must_use]
pub fn timeml_file(parts: &[String]) -> String {
    let mut out = String::from(XML_DECLARATION);
    if let [one] = parts {
        out.push_str(one);
        return out;
    }
    out.push_str("<TimeMLCollection>\n");
    for p in parts {
        out.push_str(p);
    }
    out.push_str("</TimeMLCollection>\n");
    out
}
