//! The app's state apart from its settings: the loaded [`Corpus`] with the
//! indexes derived from it once per load, the [`Shown`] events derived once
//! per refilter, and the [`UiState`] of the view, the selection, the reader
//! and the list. Widgets read these; only [`super::action`] changes them.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use super::settings::{Column, ReaderMode, Settings};
use crate::corpus::Document;
use crate::layout::{self, Extent, Lane, TimeView};
use crate::model::{Event, Timeline};

/// An event's index in the loaded timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventIx(pub usize);

/// An event's position among the shown events, in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShownIx(pub usize);

/// How many events name an actor, a region or a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterCounts {
    /// Actors, most events first (then by id).
    pub actors: Vec<(String, usize)>,
    /// Regions by id.
    pub regions: Vec<(String, usize)>,
    /// Documents by id.
    pub documents: HashMap<String, usize>,
}

impl FilterCounts {
    fn of(events: &[Event]) -> Self {
        let (mut a, mut r) = (
            BTreeMap::<&str, usize>::new(),
            BTreeMap::<&str, usize>::new(),
        );
        let mut d = HashMap::<String, usize>::new();
        // Hidden events are in no count: the curation removed them.
        for e in events
            .iter()
            .filter(|e| !e.curation.as_ref().is_some_and(|c| c.hidden))
        {
            for x in &e.actors {
                *a.entry(x).or_default() += 1;
            }
            for x in &e.regions {
                *r.entry(x).or_default() += 1;
            }
            let docs: BTreeSet<&str> = e.sources.iter().map(|s| &*s.doc).collect();
            for x in docs {
                *d.entry(x.to_owned()).or_default() += 1;
            }
        }
        let mut actors: Vec<(String, usize)> =
            a.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
        actors.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        Self {
            actors,
            regions: r.into_iter().map(|(k, n)| (k.to_owned(), n)).collect(),
            documents: d,
        }
    }
}

/// The loaded documents and events, with what is derived from them once per
/// load.
#[derive(Default)]
pub struct Corpus {
    /// The documents (shared with the search index's background build).
    pub documents: Arc<Vec<Document>>,
    /// Their events, sorted (shared with background exports without a copy).
    pub timeline: Arc<Timeline>,
    /// Every event's exact days, by [`EventIx`].
    pub extents: Vec<Extent>,
    /// Counts for the filter panel (over all events).
    pub counts: FilterCounts,
    doc_index: HashMap<String, usize>,
    /// (document index, paragraph, event) for every source, sorted: the
    /// events with a source in a paragraph are one binary search away.
    paragraph_events: Vec<(u32, u32, u32)>,
}

impl Corpus {
    /// Builds the corpus and its indexes.
    #[must_use]
    pub fn new(documents: Vec<Document>, timeline: Timeline) -> Self {
        Self::shared(Arc::new(documents), Arc::new(timeline))
    }

    /// Builds the corpus and its indexes over shared documents and events.
    #[must_use]
    pub fn shared(documents: Arc<Vec<Document>>, timeline: Arc<Timeline>) -> Self {
        let doc_index: HashMap<String, usize> = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.to_string(), i))
            .collect();
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let index = &doc_index;
        let mut paragraph_events: Vec<(u32, u32, u32)> = timeline
            .events
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.sources.iter().filter_map(move |s| {
                    let di = *index.get(&*s.doc)?;
                    Some((small(di), small(s.paragraph), small(i)))
                })
            })
            .collect();
        paragraph_events.sort_unstable();
        paragraph_events.dedup();
        paragraph_events.shrink_to_fit();
        Self {
            extents: timeline.events.iter().map(layout::extent).collect(),
            counts: FilterCounts::of(&timeline.events),
            timeline,
            documents,
            doc_index,
            paragraph_events,
        }
    }

    /// The events.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.timeline.events
    }

    /// An event's timeline label (cut from its title as it is drawn, rather
    /// than kept for every event).
    #[must_use]
    pub fn short_title(&self, ix: EventIx) -> std::borrow::Cow<'_, str> {
        self.event(ix).map_or(std::borrow::Cow::Borrowed(""), |e| {
            layout::short_title(&e.title)
        })
    }

    /// One event.
    #[must_use]
    pub fn event(&self, ix: EventIx) -> Option<&Event> {
        self.timeline.events.get(ix.0)
    }

    /// The index of the document with this id.
    #[must_use]
    pub fn document_index(&self, id: &str) -> Option<usize> {
        self.doc_index.get(id).copied()
    }

    /// The events with a source in paragraph `paragraph` of document `doc`,
    /// in time order.
    pub fn events_in_paragraph(
        &self,
        doc: usize,
        paragraph: usize,
    ) -> impl Iterator<Item = EventIx> + '_ {
        let key = (
            u32::try_from(doc).unwrap_or(u32::MAX),
            u32::try_from(paragraph).unwrap_or(u32::MAX),
        );
        let from = self
            .paragraph_events
            .partition_point(|&(d, p, _)| (d, p) < key);
        self.paragraph_events[from..]
            .iter()
            .take_while(move |&&(d, p, _)| (d, p) == key)
            .map(|&(_, _, e)| EventIx(e as usize))
    }
}

/// The events that pass the filters, and what is derived from them once per
/// refilter.
#[derive(Default)]
pub struct Shown {
    /// The shown events in time order.
    pub events: Vec<EventIx>,
    /// Their extents, by [`ShownIx`].
    pub extents: Vec<Extent>,
    /// The lanes for the current grouping.
    pub lanes: Vec<Lane>,
    /// Each lane's events by start, so a frame visits only those in view.
    pub lane_index: Vec<layout::LaneIndex>,
    /// The shown events in the list's sort order.
    pub list_rows: Vec<EventIx>,
    /// [`ShownIx`] of every event (`usize::MAX` when hidden), by [`EventIx`].
    position: Vec<usize>,
    /// The overview's bin count, range and histogram (made when first drawn
    /// at a width).
    overview: RefCell<Option<OverviewBins>>,
}

/// The overview's bin count, its range of days and the events per bin.
type OverviewBins = (usize, (f64, f64), Vec<u32>);

impl Shown {
    /// The shown events of `corpus` under `settings`.
    #[must_use]
    pub fn build(corpus: &Corpus, settings: &Settings) -> Self {
        let f = &settings.filter;
        let events: Vec<EventIx> = corpus
            .events()
            .iter()
            .enumerate()
            .filter(|(_, e)| f.matches(e))
            .map(|(i, _)| EventIx(i))
            .collect();
        let mut position = vec![usize::MAX; corpus.events().len()];
        for (p, e) in events.iter().enumerate() {
            position[e.0] = p;
        }
        let refs: Vec<&Event> = events.iter().map(|&e| &corpus.events()[e.0]).collect();
        let lanes = layout::lanes(&refs, settings.group_by, settings.max_lanes);
        let extents: Vec<Extent> = events.iter().map(|e| corpus.extents[e.0]).collect();
        Self {
            lane_index: layout::lane_indexes(&extents, &lanes),
            extents,
            list_rows: sorted_rows(corpus, &events, settings.sort),
            lanes,
            events,
            position,
            overview: RefCell::new(None),
        }
    }

    /// Where an event is among the shown ones.
    #[must_use]
    pub fn position(&self, e: EventIx) -> Option<ShownIx> {
        self.position
            .get(e.0)
            .filter(|&&p| p != usize::MAX)
            .map(|&p| ShownIx(p))
    }

    /// How many are shown.
    #[must_use]
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether none are.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The overview's range and histogram of `bins` bins (made once per
    /// refilter and width).
    pub fn overview(&self, bins: usize) -> Option<((f64, f64), Vec<u32>)> {
        let mut cache = self.overview.borrow_mut();
        if cache.as_ref().is_none_or(|(b, _, _)| *b != bins) {
            let fit = layout::fit_view(&self.extents)?;
            let range = (fit.min_day, fit.max());
            *cache = Some((bins, range, layout::density(&self.extents, range, bins)));
        }
        cache.as_ref().map(|(_, r, d)| (*r, d.clone()))
    }
}

/// The shown events in the list's sort order.
fn sorted_rows(corpus: &Corpus, shown: &[EventIx], (col, asc): (Column, bool)) -> Vec<EventIx> {
    let mut rows = shown.to_vec();
    let ev = |i: EventIx| &corpus.events()[i.0];
    match col {
        Column::Date => {}
        Column::Title => rows.sort_by(|a, b| ev(*a).title.cmp(&ev(*b).title)),
        Column::Actors => rows.sort_by_cached_key(|a| ev(*a).actors.join(",")),
        Column::Document => {
            rows.sort_by_cached_key(|&i| ev(i).sources.first().map(|s| (s.doc.clone(), s.bytes[0])))
        }
    }
    if !asc {
        rows.reverse();
    }
    rows
}

/// Paragraphs the reader's document view draws on each side of the source.
pub const READER_WINDOW: usize = 40;

/// The view, the selection, the reader and the list.
#[derive(Debug, Clone, PartialEq)]
pub struct UiState {
    /// The visible range.
    pub view: TimeView,
    /// Where an animated zoom or fit is heading.
    pub target: Option<TimeView>,
    /// The selected event.
    pub selected: Option<EventIx>,
    /// Events selected with it (Ctrl+click), to merge or hide together.
    pub also_selected: BTreeSet<EventIx>,
    /// Which source of the selected event the reader's document view follows.
    pub reader_source: usize,
    /// What the reader shows.
    pub reader_mode: ReaderMode,
    /// A paragraph (document, paragraph) the document view shows instead
    /// of the selected event's source (a search hit).
    pub reader_at: Option<(usize, usize)>,
    /// The paragraphs the document view draws (around the source).
    pub reader_window: (usize, usize),
    /// Scroll the reader to the source paragraph on the next frame.
    pub scroll_reader: bool,
    /// Scroll the event list to the selection on the next frame.
    pub scroll_list: bool,
    /// The actor search text.
    pub actor_search: String,
    /// The region search text.
    pub region_search: String,
    /// Labels left out in the last frame.
    pub dropped_labels: usize,
}

impl UiState {
    /// The selected event and those selected with it (Ctrl+click).
    pub fn selection(&self) -> impl Iterator<Item = EventIx> + '_ {
        self.selected.iter().chain(&self.also_selected).copied()
    }

    /// The state for a view.
    #[must_use]
    pub fn new(view: TimeView) -> Self {
        Self {
            view,
            target: None,
            selected: None,
            also_selected: BTreeSet::new(),
            reader_source: 0,
            reader_mode: ReaderMode::Sources,
            reader_at: None,
            reader_window: (0, 0),
            scroll_reader: false,
            scroll_list: false,
            actor_search: String::new(),
            region_search: String::new(),
            dropped_labels: 0,
        }
    }
}
