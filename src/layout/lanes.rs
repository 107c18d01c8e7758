//! Lanes: events grouped by actor, region or document, the most frequent
//! first and the rest in one "other" lane; lane names and short titles.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::model::Event;

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum GroupBy {
    /// One lane per actor (the most frequent ones).
    Actor,
    /// One lane per region.
    Region,
    /// One lane per document.
    Document,
    /// A single lane.
    None,
}

/// Key of the lane for events that fit no other lane.
pub const OTHER_LANE: &str = "__other";

/// A lane: its key (actor id, region id, document id) and its events (indices
/// into the slice given to [`lanes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Actor / region / document id, or [`OTHER_LANE`].
    pub key: String,
    /// Indices of its events.
    pub events: Vec<usize>,
}

/// Groups events into at most `max_lanes` lanes (the most frequent keys, then
/// one "other" lane). An event with several keys appears in each of its lanes.
#[must_use]
pub fn lanes(events: &[&Event], group: GroupBy, max_lanes: usize) -> Vec<Lane> {
    let none: Arc<str> = Arc::from("");
    let keys_of = |e: &Event| -> Vec<Arc<str>> {
        match group {
            GroupBy::Actor => e.actors.clone(),
            GroupBy::Region => e.regions.clone(),
            GroupBy::Document => {
                let mut d: Vec<Arc<str>> = e.sources.iter().map(|s| s.doc.clone()).collect();
                d.dedup();
                d
            }
            GroupBy::None => vec![none.clone()],
        }
    };
    let mut counts: BTreeMap<Arc<str>, usize> = BTreeMap::new();
    for e in events {
        for k in keys_of(e) {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut ranked: Vec<(Arc<str>, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let keep: Vec<Arc<str>> = ranked
        .iter()
        .take(max_lanes.max(1))
        .map(|(k, _)| k.clone())
        .collect();
    let mut out: Vec<Lane> = keep
        .iter()
        .map(|k| Lane {
            key: k.to_string(),
            events: Vec::new(),
        })
        .collect();
    let mut other = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let mut placed = false;
        for k in keys_of(e) {
            if let Some(pos) = keep.iter().position(|x| *x == k) {
                out[pos].events.push(i);
                placed = true;
            }
        }
        if !placed {
            other.push(i);
        }
    }
    if !other.is_empty() {
        out.push(Lane {
            key: OTHER_LANE.to_owned(),
            events: other,
        });
    }
    out
}

/// A title short enough for a timeline label (about 40 characters, cut at a
/// word, with an ellipsis); a short title is itself, borrowed.
#[must_use]
pub fn short_title(title: &str) -> Cow<'_, str> {
    if title.chars().count() <= 40 {
        return Cow::Borrowed(title);
    }
    let mut out = String::new();
    for w in title.split_whitespace() {
        if out.chars().count() + w.chars().count() > 36 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    Cow::Owned(out)
}

/// The name of a lane: «Russia · روسیه», a region, a document's title, or «other».
#[must_use]
pub fn lane_name(
    key: &str,
    group: GroupBy,
    gazetteer: &crate::gazetteer::Gazetteer,
    documents: &[crate::model::DocumentInfo],
) -> String {
    if key == OTHER_LANE {
        return "Other · سایر".to_owned();
    }
    match group {
        GroupBy::Actor | GroupBy::Region => gazetteer.label(key),
        GroupBy::Document => documents
            .iter()
            .find(|d| d.id == key)
            .map_or_else(|| key.to_owned(), |d| short_title(&d.title).into_owned()),
        GroupBy::None => "All events · همه رویدادها".to_owned(),
    }
}
