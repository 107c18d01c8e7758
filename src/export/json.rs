//! The `gahnama.events/2` JSON, written as it is made: the events are
//! serialised on every core in chunks, each chunk written as soon as those
//! before it are (while the next ones are being made), so a large timeline
//! is neither held twice in memory nor written on one core. The
//! bytes are exactly those of `serde_json::to_writer_pretty` on
//! [`crate::model::Timeline::as_output`]; an event is written by hand in that
//! layout (a third of the time serde takes: no `WhenJson` strings made, no
//! formatter call per token, strings copied whole when they need no escape),
//! and a curated one by serde.

use std::io::{self, Write};

use crate::model::{Event, EventKind, NativePoint, SCHEMA, SourceSpan, Timeline, When};

/// Events serialised per chunk.
const CHUNK: usize = 1024;

/// Writes the timeline's events JSON (pretty, with a final newline).
///
/// # Errors
/// Writing to `out`, or (never for these types) serialising.
pub fn write_events_json(out: &mut dyn Write, timeline: &Timeline) -> io::Result<()> {
    out.write_all(b"{\n  \"schema\": ")?;
    serde_json::to_writer(&mut *out, SCHEMA)?;
    out.write_all(b",\n  \"documents\": ")?;
    let docs = serde_json::to_vec_pretty(&timeline.documents)?;
    out.write_all(&indent(&docs, 2))?;
    out.write_all(b",\n  \"events\": ")?;
    if timeline.events.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[\n")?;
        let chunks: Vec<&[Event]> = timeline.events.chunks(CHUNK).collect();
        let mut result = Ok(());
        let mut first = true;
        crate::parallel::for_each_ordered(
            &chunks,
            |events| chunk_json(events),
            |bytes| {
                if result.is_ok() {
                    result = bytes.and_then(|bytes| {
                        if !first {
                            out.write_all(b",\n")?;
                        }
                        first = false;
                        out.write_all(&bytes)
                    });
                }
            },
        );
        result?;
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")
}

/// Events as the elements of the pretty `events` array: each indented by
/// four spaces, separated by `,\n`.
fn chunk_json(events: &[Event]) -> io::Result<Vec<u8>> {
    use serde::Serialize;
    let mut out = Vec::with_capacity(events.len() * 1536);
    for (i, e) in events.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(b"    ");
        if e.curation.is_none() {
            write_event(&mut out, e)?;
        } else {
            // Curated events are few; serde writes their curation record.
            let mut ser = serde_json::Serializer::with_formatter(&mut out, Indented::at(2));
            e.serialize(&mut ser)?;
        }
    }
    Ok(out)
}

/// A line break and the indent of the deepest line an event has.
const BREAK: &[u8] = b"\n                ";

/// Writes the pretty JSON of the parts of a value, in the layout and with the
/// bytes serde_json's pretty printer gives it `level` levels deep.
struct Pretty<'a> {
    out: &'a mut Vec<u8>,
}

impl Pretty<'_> {
    /// A line break indented to `level`.
    fn line(&mut self, level: usize) {
        self.out.extend_from_slice(&BREAK[..1 + 2 * level]);
    }

    /// The key `name` (plain ASCII) of an object's member on its own line at
    /// `level`, after a comma unless it is the first.
    fn key(&mut self, level: usize, first: bool, name: &str) {
        if !first {
            self.out.push(b',');
        }
        self.line(level);
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    /// A string, escaped as serde_json escapes it.
    fn string(&mut self, s: &str) -> io::Result<()> {
        if needs_no_escape(s.as_bytes()) {
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
            Ok(())
        } else {
            serde_json::to_writer(&mut *self.out, s).map_err(io::Error::from)
        }
    }

    /// A string known to need no escaping (names, ISO dates).
    fn ascii(&mut self, s: &str) {
        self.out.push(b'"');
        self.out.extend_from_slice(s.as_bytes());
        self.out.push(b'"');
    }

    fn int(&mut self, n: impl itoa::Integer) {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    fn float(&mut self, x: f64) {
        if x.is_finite() {
            self.out
                .extend_from_slice(ryu::Buffer::new().format_finite(x).as_bytes());
        } else {
            self.out.extend_from_slice(b"null");
        }
    }

    fn bool(&mut self, b: bool) {
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    /// The start or end of `w` as an ISO string cut to its precision.
    fn iso(&mut self, w: &When, last: bool) {
        let day = if last { w.last_day } else { w.first_day };
        let parts = crate::model::iso_parts(w.precision);
        match crate::calendar::iso_digits(day.year, day.month, day.day, parts) {
            Some(digits) => self.ascii(digits.as_str()),
            None if last => self.ascii(&w.end_iso()),
            None => self.ascii(&w.start_iso()),
        }
    }

    /// A whole day as an ISO string.
    fn day(&mut self, day: crate::model::Day) {
        match crate::calendar::iso_digits(day.year, day.month, day.day, 3) {
            Some(digits) => self.ascii(digits.as_str()),
            None => self.ascii(&day.to_string()),
        }
    }

    /// An array of strings whose key is at `level`.
    fn strings<S: AsRef<str>>(&mut self, level: usize, items: &[S]) -> io::Result<()> {
        if items.is_empty() {
            self.out.extend_from_slice(b"[]");
            return Ok(());
        }
        self.out.push(b'[');
        for (i, s) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.line(level + 1);
            self.string(s.as_ref())?;
        }
        self.line(level);
        self.out.push(b']');
        Ok(())
    }

    /// `[a, b]` of a byte range whose key is at `level`.
    fn pair(&mut self, level: usize, [a, b]: [usize; 2]) {
        self.out.push(b'[');
        self.line(level + 1);
        self.int(a);
        self.out.push(b',');
        self.line(level + 1);
        self.int(b);
        self.line(level);
        self.out.push(b']');
    }

    /// The members of a native point after `first` (whether none came
    /// before), keys at `level`; whether any was written.
    fn native_point(&mut self, level: usize, mut first: bool, p: &NativePoint) -> bool {
        let numbers = [
            ("century", p.century),
            ("decade", p.decade),
            ("year", p.year),
        ];
        for (name, value) in numbers {
            if let Some(v) = value {
                self.key(level, first, name);
                self.int(v);
                first = false;
            }
        }
        if let Some(season) = p.season {
            self.key(level, first, "season");
            self.ascii(season_name(season));
            first = false;
        }
        for (name, value) in [("month", p.month), ("day", p.day)] {
            if let Some(v) = value {
                self.key(level, first, name);
                self.int(v);
                first = false;
            }
        }
        !first
    }

    /// The `when` object, its key at `level`.
    fn when(&mut self, level: usize, w: &When) -> io::Result<()> {
        let l = level + 1;
        self.out.push(b'{');
        self.key(l, true, "start");
        self.iso(w, false);
        self.key(l, false, "end");
        self.iso(w, true);
        self.key(l, false, "first_day");
        self.day(w.first_day);
        self.key(l, false, "last_day");
        self.day(w.last_day);
        self.key(l, false, "native");
        self.out.push(b'{');
        self.key(l + 1, true, "calendar");
        self.ascii(w.native.calendar.as_str());
        self.native_point(l + 1, false, &w.native.start);
        if let Some(end) = &w.native.end {
            self.key(l + 1, false, "end");
            self.out.push(b'{');
            if self.native_point(l + 2, true, end) {
                self.line(l + 1);
            }
            self.out.push(b'}');
        }
        self.line(l);
        self.out.push(b'}');
        self.key(l, false, "edtf");
        self.ascii(&w.edtf());
        self.key(l, false, "precision");
        self.ascii(w.precision.as_str());
        self.key(l, false, "modifier");
        match w.modifier {
            Some(m) => self.ascii(m.as_str()),
            None => self.out.extend_from_slice(b"null"),
        }
        self.key(l, false, "calendar");
        self.ascii(w.calendar.as_str());
        self.key(l, false, "range");
        self.bool(w.is_range);
        self.key(l, false, "text");
        self.string(w.text.as_str())?;
        self.key(l, false, "inferred");
        self.bool(w.inferred);
        self.line(level);
        self.out.push(b'}');
        Ok(())
    }

    /// One source, as an element of the array whose key is at `level`.
    fn source(&mut self, level: usize, s: &SourceSpan) -> io::Result<()> {
        let l = level + 2;
        self.out.push(b'{');
        self.key(l, true, "doc");
        self.string(&s.doc)?;
        self.key(l, false, "paragraph");
        self.int(s.paragraph);
        self.key(l, false, "line");
        self.int(s.line);
        self.key(l, false, "bytes");
        self.pair(l, s.bytes);
        self.key(l, false, "date_bytes");
        self.pair(l, s.date_bytes);
        self.key(l, false, "sentence");
        self.string(s.sentence.as_str())?;
        self.line(level + 1);
        self.out.push(b'}');
        Ok(())
    }
}

/// `Season`'s name in JSON.
fn season_name(season: crate::model::Season) -> &'static str {
    use crate::model::Season;
    match season {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Autumn => "autumn",
        Season::Winter => "winter",
    }
}

/// Whether JSON writes `bytes` as they are: no quote, backslash or control
/// character (looked for a block at a time, with no early exit inside a
/// block, so that the test runs on whole vectors).
fn needs_no_escape(bytes: &[u8]) -> bool {
    bytes.chunks(32).all(|block| {
        block
            .iter()
            .fold(true, |ok, &b| ok & (b >= 0x20) & (b != b'"') & (b != b'\\'))
    })
}

/// An uncurated event as an element of the `events` array (two levels in),
/// with the bytes serde_json's pretty printer gives it there.
fn write_event(out: &mut Vec<u8>, e: &Event) -> io::Result<()> {
    const L: usize = 3;
    let mut p = Pretty { out };
    p.out.push(b'{');
    p.key(L, true, "id");
    p.string(&e.id)?;
    p.key(L, false, "title");
    p.string(&e.title)?;
    p.key(L, false, "title_en");
    match &e.title_en {
        Some(t) => p.string(t)?,
        None => p.out.extend_from_slice(b"null"),
    }
    p.key(L, false, "when");
    p.when(L, &e.when)?;
    p.key(L, false, "kind");
    p.ascii(match e.kind {
        EventKind::Event => "event",
        EventKind::Forecast => "forecast",
    });
    p.key(L, false, "actors");
    p.strings(L, &e.actors)?;
    p.key(L, false, "people");
    p.strings(L, &e.people)?;
    p.key(L, false, "regions");
    p.strings(L, &e.regions)?;
    p.key(L, false, "sources");
    if e.sources.is_empty() {
        p.out.extend_from_slice(b"[]");
    } else {
        p.out.push(b'[');
        for (i, s) in e.sources.iter().enumerate() {
            if i > 0 {
                p.out.push(b',');
            }
            p.line(L + 1);
            p.source(L, s)?;
        }
        p.line(L);
        p.out.push(b']');
    }
    p.key(L, false, "confidence");
    p.float(e.confidence);
    p.line(L - 1);
    p.out.push(b'}');
    Ok(())
}

/// Pretty JSON moved right by `by` spaces after each line break (JSON strings
/// hold no raw line breaks, so every `\n` is between tokens).
fn indent(json: &[u8], by: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + json.len() / 8);
    for line in json.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(line);
        if line.ends_with(b"\n") {
            out.extend(std::iter::repeat_n(b' ', by));
        }
    }
    out
}

/// `serde_json`'s pretty format (two spaces a level) starting some levels in,
/// so that a value nested in a larger document is written in place with the
/// bytes `to_writer_pretty` gives it there.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    fn at(level: usize) -> Self {
        Self {
            level,
            has_value: false,
        }
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{CalendarKind, Day, Modifier, Precision, Season};

    /// Events with every shape of date and of text the writer has branches
    /// for, made from `base`.
    fn varied_timeline(base: &Event) -> Timeline {
        let day = |y, m, d| Day::new(y, m, d);
        let mut whens = vec![
            When::season(
                day(2021, 3, 21),
                day(2021, 6, 21),
                CalendarKind::SolarHijri,
                1400,
                Season::Spring,
            ),
            When::new(
                day(1990, 1, 1),
                day(1999, 12, 31),
                Precision::Decade,
                CalendarKind::Gregorian,
            )
            .into_range(),
            When::new(
                day(1901, 1, 1),
                day(2000, 12, 31),
                Precision::Century,
                CalendarKind::Gregorian,
            ),
            When::new(
                day(1991, 12, 22),
                day(1992, 1, 20),
                Precision::Month,
                CalendarKind::SolarHijri,
            )
            .inferred(),
            When::new(
                day(2023, 3, 23),
                day(2023, 4, 20),
                Precision::Month,
                CalendarKind::LunarHijri,
            ),
            When::range(
                &When::new(
                    day(1998, 5, 1),
                    day(1998, 5, 31),
                    Precision::Month,
                    CalendarKind::Gregorian,
                ),
                &When::new(
                    day(2001, 1, 1),
                    day(2001, 12, 31),
                    Precision::Year,
                    CalendarKind::Gregorian,
                ),
            ),
            When::new(
                day(-44, 3, 15),
                day(-44, 3, 15),
                Precision::Day,
                CalendarKind::Gregorian,
            ),
            When::new(
                day(12_000, 1, 1),
                day(12_000, 12, 31),
                Precision::Year,
                CalendarKind::Gregorian,
            ),
        ];
        whens[0].modifier = Some(Modifier::Late);
        whens[2].modifier = Some(Modifier::Early);
        whens[3].text = "دی ماه \"۱۳۷۰\"".into();
        let mut empty_end = whens[1].clone();
        empty_end.native.end = Some(NativePoint::default());
        whens.push(empty_end);
        let mut events: Vec<Event> = whens
            .into_iter()
            .map(|when| Event {
                when,
                ..base.clone()
            })
            .collect();
        events[0].title = "«نقل» با \"گیومه\" و \\ و \u{1}\t\n".to_owned();
        events[0].title_en = Some("Known \"event\"".to_owned());
        events[1].actors.clear();
        events[1].sources.clear();
        events[1].kind = EventKind::Forecast;
        events[2].confidence = 1.0;
        events[3].confidence = f64::NAN;
        events[4].curation = Some(Box::new(crate::curation::Curated {
            note: Some("یادداشت".to_owned()),
            starred: true,
            ..Default::default()
        }));
        if let Some(source) = events[5].sources.first().cloned() {
            events[5].sources.push(SourceSpan {
                sentence: "جمله\r\nدوم".into(),
                ..source
            });
        }
        Timeline {
            documents: Vec::new(),
            events,
        }
    }

    #[test]
    fn the_bytes_are_those_of_serde_json_pretty() {
        let docs: Vec<crate::corpus::Document> = crate::seeds::load().documents;
        let t = crate::extract::Extractor::bundled()
            .expect("extractor")
            .extract(&docs);
        let mut ours = Vec::new();
        write_events_json(&mut ours, &t).expect("write");
        let mut reference = serde_json::to_vec_pretty(&t.as_output()).expect("json");
        reference.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&reference)
        );
        let varied = varied_timeline(&t.events[0]);
        let mut ours = Vec::new();
        write_events_json(&mut ours, &varied).expect("write");
        let mut reference = serde_json::to_vec_pretty(&varied.as_output()).expect("json");
        reference.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&reference)
        );
        let empty = Timeline::default();
        let mut ours = Vec::new();
        write_events_json(&mut ours, &empty).expect("write");
        let mut reference = serde_json::to_vec_pretty(&empty.as_output()).expect("json");
        reference.push(b'\n');
        assert_eq!(ours, reference);
    }
}
