//! The `gahnama.events/2` JSON, written as it is made: the events are
//! serialised on every core in chunks, each chunk written as soon as those
//! before it are (while the next ones are being made), so a large timeline
//! is neither held twice in memory nor written on one core. The
//! bytes are exactly those of `serde_json::to_writer_pretty` on
//! [`crate::model::Timeline::as_output`].

use std::io::{self, Write};

use crate::model::{Event, SCHEMA, Timeline};

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
        // Serialised in place, two levels deep.
        let mut ser = serde_json::Serializer::with_formatter(&mut out, Indented::at(2));
        e.serialize(&mut ser)?;
    }
    Ok(out)
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
        let empty = Timeline::default();
        let mut ours = Vec::new();
        write_events_json(&mut ours, &empty).expect("write");
        let mut reference = serde_json::to_vec_pretty(&empty.as_output()).expect("json");
        reference.push(b'\n');
        assert_eq!(ours, reference);
    }
}
