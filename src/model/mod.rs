//! The plain data types that flow between the pipeline stages: documents, dates
//! ([`When`]), events and their sources, and the sorted [`Timeline`].
//!
//! Everything here is `serde`-serialisable; the JSON written by `gahnama extract`
//! (schema [`SCHEMA`]) is exactly [`ExtractOutput`].

mod shared_text;
mod when;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use crate::calendar::{CalendarKind, Day};
pub use shared_text::SharedText;
pub(crate) use when::iso_parts;
pub use when::{
    BadWhen, Modifier, NativeDate, NativePoint, Precision, Season, When, WhenJson, parse_iso_first,
    parse_iso_last,
};

/// Identifier of the events JSON schema (documented in `docs/events-json.md`).
pub const SCHEMA: &str = "gahnama.events/2";

/// Whether an event happened or is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Stated as having happened.
    Event,
    /// Expected, planned or predicted.
    Forecast,
}

/// One place in a document that states an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceSpan {
    /// Document id (shared with the document and its other sources).
    pub doc: Arc<str>,
    /// Paragraph index (0-based, all blocks of the document in reading order).
    pub paragraph: usize,
    /// Line number (1-based) in the file where the sentence starts.
    pub line: usize,
    /// Byte range of the sentence in the file on disk (end exclusive).
    pub bytes: [usize; 2],
    /// Byte range of the date phrase in the file on disk (end exclusive).
    pub date_bytes: [usize; 2],
    /// The sentence as written (a slice of the document's text where the
    /// file is UTF-8, so that the app does not hold every sentence twice).
    pub sentence: SharedText,
}

/// A dated event, possibly stated in several places.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: the same input gives the same id.
    pub id: String,
    /// Short Persian title.
    pub title: String,
    /// English name when the event is a known one.
    pub title_en: Option<String>,
    /// When it happened.
    pub when: When,
    /// Event or forecast.
    pub kind: EventKind,
    /// Actor ids (countries, organisations, companies), shared with the
    /// gazetteer's entries rather than copied into every event.
    pub actors: Vec<Arc<str>>,
    /// People ids.
    pub people: Vec<Arc<str>>,
    /// Region ids.
    pub regions: Vec<Arc<str>>,
    /// Where it is stated.
    pub sources: Vec<SourceSpan>,
    /// 0–1: how sure the extractor is.
    pub confidence: f64,
    /// What the analyst's curation did to it (absent when untouched).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curation: Option<Box<crate::curation::Curated>>,
}

/// A document as listed in the events JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Id (the file stem, made unique).
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Title (first heading or first words).
    pub title: String,
    /// Detected encoding.
    pub encoding: String,
    /// SHA-256 of the file bytes, hex.
    pub sha256: String,
    /// File size in bytes.
    pub bytes: usize,
    /// Number of paragraphs (blocks of all kinds).
    pub paragraphs: usize,
    /// The document's own date (publication), when known.
    pub date: Option<Day>,
    /// Where [`DocumentInfo::date`] comes from.
    pub date_source: Option<DateSource>,
}

/// Where a document's own date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Set by the user (in the app or with `--document-date`).
    User,
    /// YAML front matter `date:`.
    FrontMatter,
    /// A dateline in the first lines.
    Dateline,
    /// A date in the file name.
    FileName,
}

/// The whole output of `gahnama extract`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractOutput {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The documents read.
    pub documents: Vec<DocumentInfo>,
    /// The events, sorted by start date.
    pub events: Vec<Event>,
}

/// [`ExtractOutput`] borrowing its documents and events; serialises the same.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ExtractOutputRef<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'a str,
    /// The documents read.
    pub documents: &'a [DocumentInfo],
    /// The events, sorted by start date.
    pub events: &'a [Event],
}

/// Puts `items[order[k]]` at `k` for every `k` (`order` is a permutation),
/// moving each item once along its cycle.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !placed[k] {
            placed[k] = true;
            let from = order[k];
            if from == start {
                break;
            }
            // `from` still holds its own item: nothing of this cycle has
            // been moved there yet.
            items.swap(k, from);
            k = from;
        }
    }
}

/// Events sorted by time, with the documents they come from.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// Documents.
    pub documents: Vec<DocumentInfo>,
    /// Events sorted by (start, end, id).
    pub events: Vec<Event>,
}

impl Timeline {
    /// Builds a timeline, sorting the events by time.
    #[must_use]
    pub fn new(documents: Vec<DocumentInfo>, mut events: Vec<Event>) -> Self {
        // The order is found on the dates (copied beside their indexes, so
        // that most comparisons read no event) and then applied once, a cycle
        // at a time: a sort that moved the events themselves would copy each
        // of them (a few hundred bytes) at every level of its merges. Ties
        // fall to the id and then to the index, so the order is the one a
        // stable sort by date and id gives.
        let mut keys: Vec<(Day, Day, usize)> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.when.first_day, e.when.last_day, i))
            .collect();
        keys.sort_unstable_by(|a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then_with(|| events[a.2].id.cmp(&events[b.2].id))
                .then(a.2.cmp(&b.2))
        });
        let order: Vec<usize> = keys.into_iter().map(|k| k.2).collect();
        permute(&mut events, &order);
        Self { documents, events }
    }

    /// The serialisable form, borrowing the timeline (for writing large
    /// outputs without a copy).
    #[must_use]
    pub fn as_output(&self) -> ExtractOutputRef<'_> {
        ExtractOutputRef {
            schema: SCHEMA,
            documents: &self.documents,
            events: &self.events,
        }
    }

    /// The serialisable form, owned.
    #[must_use]
    pub fn to_output(&self) -> ExtractOutput {
        ExtractOutput {
            schema: SCHEMA.to_owned(),
            documents: self.documents.clone(),
            events: self.events.clone(),
        }
    }

    /// Gives back the spare capacity of the events' strings and lists, for a
    /// timeline held as long as the app runs (a one-shot export skips it).
    pub fn compact(&mut self) {
        for e in &mut self.events {
            e.title.shrink_to_fit();
            for list in [&mut e.actors, &mut e.people, &mut e.regions] {
                list.shrink_to_fit();
            }
            e.sources.shrink_to_fit();
        }
        self.events.shrink_to_fit();
    }

    /// Earliest start and latest end, if there are events.
    #[must_use]
    pub fn span(&self) -> Option<(Day, Day)> {
        let start = self.events.iter().map(|e| e.when.first_day).min()?;
        let end = self.events.iter().map(|e| e.when.last_day).max()?;
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn permute_puts_each_item_where_the_order_says(keys in proptest::collection::vec(0u8..8, 0..60)) {
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by_key(|&i| keys[i]);
            let expected: Vec<(u8, usize)> = order.iter().map(|&i| (keys[i], i)).collect();
            let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            permute(&mut items, &order);
            proptest::prop_assert_eq!(items, expected);
        }
    }

    #[test]
    fn epoch_days_round_trip() {
        for d in [
            Day::new(1970, 1, 1),
            Day::new(1997, 5, 17),
            Day::new(2000, 2, 29),
            Day::new(1813, 12, 31),
            Day::new(622, 7, 19),
        ] {
            assert_eq!(Day::from_epoch_days(d.to_epoch_days()), d);
        }
        assert_eq!(Day::new(1970, 1, 2).to_epoch_days(), 1);
    }

    #[test]
    fn iso_parsing_respects_precision() {
        assert_eq!(parse_iso_last("1997"), Some(Day::new(1997, 12, 31)));
        assert_eq!(parse_iso_last("1997-02"), Some(Day::new(1997, 2, 28)));
        assert_eq!(parse_iso_first("1997-05-17"), Some(Day::new(1997, 5, 17)));
        assert_eq!(parse_iso_first("1997-13"), None);
        assert_eq!(parse_iso_first("x"), None);
    }
}
