//! Events from documents: every date mention with role event or forecast
//! becomes an event in its clause, with actors, people and regions from the
//! gazetteer, a short Persian title (or a known event's name), and its source;
//! mentions of the same event across sentences and documents are merged.
//!
//! Main type: [`Extractor`]; [`Extractor::extract`] gives a [`Timeline`],
//! [`Extractor::dates`] every date mention with its role.

pub mod known_events;
pub(crate) mod title;

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::corpus::normalize::WordMap;
use crate::corpus::{BlockKind, Document, Paragraph};
use crate::gazetteer::{EntryKind, Gazetteer, GazetteerError, Mention};
use crate::model::{Day, Event, EventKind, Precision, SourceSpan, Timeline, When};
use crate::time::scan::timex::TimexType;
use crate::time::{self, DateMention, NamedDates, Role};
pub use known_events::{KnownEvent, KnownEvents, LexiconError};

/// The extractor could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// Bad gazetteer data.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// Bad lexicon data.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
}

/// Turns documents into events.
#[derive(Debug, Clone)]
pub struct Extractor {
    /// Actors, people, places, regions.
    pub gazetteer: Gazetteer,
    /// Known events and named dates.
    pub known: KnownEvents,
    named: NamedDates,
}

/// One row of `gahnama dates`: a date mention and why it is or is not an event.
#[derive(Debug, Clone, Serialize)]
pub struct DateRow {
    /// Document id.
    pub doc: String,
    /// Byte range of the phrase in the file.
    pub bytes: [usize; 2],
    /// Line (1-based).
    pub line: usize,
    /// Paragraph index.
    pub paragraph: usize,
    /// The phrase as written.
    pub text: String,
    /// Gregorian start (None when unresolved).
    pub start: Option<String>,
    /// Gregorian end.
    pub end: Option<String>,
    /// Precision.
    pub precision: Option<Precision>,
    /// Early / mid / late.
    pub modifier: Option<crate::model::Modifier>,
    /// Calendar as written.
    pub calendar: Option<crate::model::CalendarKind>,
    /// From / until bound.
    pub bound: Option<&'static str>,
    /// Resolved from context.
    pub inferred: bool,
    /// Role.
    pub role: Role,
    /// The TIMEX3 type: DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// The TIMEX3 value in ISO 8601 (`1997-05-17`, `P34D`, `P1Y`,
    /// `2021-02-10T18:30`); `None` for a date left unresolved.
    pub value: Option<String>,
    /// Approximate («دو سه روز»): TIMEX3 `mod="APPROX"`.
    pub approx: bool,
    /// Paragraph range of the phrase, in the paragraph's normalised text.
    #[serde(skip)]
    pub norm_range: Range<usize>,
}

fn date_row(doc: &Document, m: &DateMention) -> DateRow {
    let p = &doc.paragraphs[m.paragraph];
    let norm = p.to_doc_range(&m.range);
    let w = m.when.as_ref();
    DateRow {
        doc: doc.id.to_string(),
        bytes: doc.file_range(&norm),
        line: doc.line_of(norm.start),
        paragraph: m.paragraph,
        text: doc.original_of(p, &m.range),
        start: w.map(When::start_iso),
        end: w.map(When::end_iso),
        precision: w.map(|w| w.precision),
        modifier: w.and_then(|w| w.modifier),
        calendar: w.map(|w| w.calendar),
        bound: m.bound.map(time::Bound::as_str),
        inferred: w.is_some_and(|w| w.inferred),
        role: m.role,
        timex_type: TimexType::Date,
        value: w.map(When::timex_value),
        approx: false,
        norm_range: m.range.clone(),
    }
}

/// An event before merging: the event as this mention states it, and what
/// merging needs to know of it.
#[derive(Debug, Clone)]
struct Candidate {
    /// The event (its id is set once merging is done).
    event: Event,
    /// Id of the known event it is, if any.
    known: Option<String>,
    /// Hashes of the clause's content words, sorted, without repeats.
    words: Vec<u64>,
}

impl Extractor {
    /// The extractor with the bundled gazetteer and lexicon.
    ///
    /// # Errors
    /// When bundled data is malformed (tests keep it well-formed).
    pub fn bundled() -> Result<Self, ExtractError> {
        Ok(Self::new(Gazetteer::bundled()?, KnownEvents::bundled()?))
    }

    /// The bundled extractor, or (should its data ever be broken) one that
    /// knows no names, with the reason.
    #[must_use]
    pub fn bundled_or_empty() -> (Self, Option<String>) {
        match Self::bundled() {
            Ok(e) => (e, None),
            Err(e) => (
                Self::new(Gazetteer::empty(), KnownEvents::default()),
                Some(e.to_string()),
            ),
        }
    }

    /// An extractor with the given data.
    #[must_use]
    pub fn new(gazetteer: Gazetteer, known: KnownEvents) -> Self {
        let named = NamedDates::new(&known.named_dates);
        Self {
            gazetteer,
            known,
            named,
        }
    }

    /// The document as the events JSON lists it, with its own date.
    #[must_use]
    pub fn info(&self, doc: &Document) -> crate::model::DocumentInfo {
        let mut info = doc.info();
        if let Some(d) = time::document_date(doc, &self.named) {
            info.date = Some(d.day);
            info.date_source = Some(d.source);
        }
        info
    }

    /// The document's own date ([`time::document_date`]).
    #[must_use]
    pub fn document_date(&self, doc: &Document) -> Option<time::DocDate> {
        time::document_date(doc, &self.named)
    }

    /// One day as the user types it («۲۲ بهمن ۱۳۹۹», `2021-02-10`,
    /// `1399/11/22`): the day and the calendar it was written in.
    #[must_use]
    pub fn parse_day(&self, text: &str) -> Option<(crate::model::Day, crate::model::CalendarKind)> {
        time::doc_date::parse_day(text, &self.named)
    }

    /// A date as the date entry accepts it: what the tagger reads in running
    /// text («۱۵ خرداد ۱۳۷۶», «May 1997», «دهه ۱۳۶۰») or an ISO date
    /// (`1997-05-27`, `1997-05`, `1997`); `None` if it is not one date.
    ///
    /// ```
    /// let ex = gahnama::extract::Extractor::bundled().unwrap();
    /// let w = ex.parse_when("۱۵ خرداد ۱۳۷۶").unwrap();
    /// assert_eq!(w.first_day.to_string(), "1997-06-05");
    /// assert_eq!(ex.parse_when("1997-05").unwrap().last_day.to_string(), "1997-05-31");
    /// assert_eq!(ex.parse_when("May 1997").unwrap().start_iso(), "1997-05");
    /// assert_eq!(ex.parse_when("17 May 1997").unwrap().start_iso(), "1997-05-17");
    /// assert!(ex.parse_when("فردا شاید").is_none());
    /// ```
    #[must_use]
    pub fn parse_when(&self, text: &str) -> Option<When> {
        let text = text.trim();
        if let (Some(a), Some(b)) = (
            crate::model::parse_iso_first(text),
            crate::model::parse_iso_last(text),
        ) {
            let precision = match text.matches('-').count() {
                0 => crate::model::Precision::Year,
                1 => crate::model::Precision::Month,
                _ => crate::model::Precision::Day,
            };
            return Some(When::new(
                a,
                b,
                precision,
                crate::model::CalendarKind::Gregorian,
            ));
        }
        if let Some(w) = english_date(text) {
            return Some(w);
        }
        let doc =
            Document::from_bytes("date-entry", "date-entry", text.as_bytes().to_vec()).ok()?;
        let mut found = time::tag_document(&doc, &self.named)
            .into_iter()
            .filter_map(|m| m.when);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// What the date entry of the curation panel starts with for `w`: the
    /// words of the text when the entry reads them as the same interval;
    /// otherwise the date written in its own calendar («اواخر دهه ۱۹۹۰» for
    /// a text's «از اواخر دهه ۹۰», whose century came from the context), so
    /// that Enter on an untouched entry never reads as an error.
    #[must_use]
    pub fn date_entry(&self, w: &When) -> String {
        let same = |text: &str| self.parse_when(text).is_some_and(|p| p.same_interval(w));
        let surface = w.text.as_str().trim();
        if same(surface) {
            return surface.to_owned();
        }
        let native = crate::layout::format::native(w, crate::layout::ticks::Digits::Persian);
        // A bare year reads as a number; «سال ۱۳۸۶» reads as the year.
        let year = (w.precision == crate::model::Precision::Year && w.modifier.is_none())
            .then(|| format!("سال {native}"));
        [Some(native), year]
            .into_iter()
            .flatten()
            .find(|t| same(t))
            .unwrap_or_else(|| surface.to_owned())
    }

    /// The first date phrase the tagger reads in `text`, as written (for a
    /// new event made from a selected sentence).
    #[must_use]
    pub fn date_phrase_in(&self, text: &str) -> Option<String> {
        let doc = Document::from_bytes("selection", "selection", text.as_bytes().to_vec()).ok()?;
        time::tag_document(&doc, &self.named)
            .into_iter()
            .find_map(|m| m.when)
            .map(|w| w.text.as_str().to_owned())
    }

    /// Every temporal expression of a document in reading order: the date
    /// mentions with their role, and the times, durations and sets.
    #[must_use]
    pub fn dates(&self, doc: &Document) -> Vec<DateRow> {
        let mentions = time::tag_document(doc, &self.named);
        let now = self.document_date(doc).map(|d| d.day);
        let mut rows = Vec::with_capacity(mentions.len());
        let mut k = 0;
        for p in &doc.paragraphs {
            for (si, s) in p.sentences.iter().enumerate() {
                let first = k;
                while mentions
                    .get(k)
                    .is_some_and(|m| (m.paragraph, m.sentence) == (p.index, si))
                {
                    k += 1;
                }
                let here = &mentions[first..k];
                rows.extend(here.iter().map(|m| date_row(doc, m)));
                let dates: Vec<Range<usize>> = here
                    .iter()
                    .map(|m| m.range.start - s.start..m.range.end - s.start)
                    .collect();
                // A time of day is of the sentence's day, else of the document's.
                let day = here
                    .iter()
                    .filter_map(|m| m.when.as_ref())
                    .find(|w| w.precision == Precision::Day && w.first_day == w.last_day)
                    .map(|w| w.first_day)
                    .or(now);
                for t in time::scan::timex::scan_timex(&p.text[s.clone()], &dates) {
                    let range = t.range.start + s.start..t.range.end + s.start;
                    let norm = p.to_doc_range(&range);
                    let value = match (t.kind, day) {
                        (TimexType::Time, Some(d)) => format!("{d}{}", t.value),
                        (TimexType::Time, None) => format!("XXXX-XX-XX{}", t.value),
                        _ => t.value,
                    };
                    rows.push(DateRow {
                        doc: doc.id.to_string(),
                        bytes: doc.file_range(&norm),
                        line: doc.line_of(norm.start),
                        paragraph: p.index,
                        text: doc.original_of(p, &range),
                        start: None,
                        end: None,
                        precision: None,
                        modifier: None,
                        calendar: None,
                        bound: None,
                        inferred: false,
                        role: Role::Other,
                        timex_type: t.kind,
                        value: Some(value),
                        approx: t.approx,
                        norm_range: range,
                    });
                }
            }
        }
        rows.sort_by_key(|r| (r.paragraph, r.norm_range.start));
        rows
    }

    /// Extracts and merges the events of all documents into a timeline.
    ///
    /// ```
    /// use gahnama::corpus::Document;
    /// use gahnama::extract::Extractor;
    /// let text = "در ۱۷ می سال ۱۹۹۷ رهبران ناتو و روسیه سند مبنایی را امضا کردند.";
    /// let doc = Document::from_bytes("d", "d.txt", text.as_bytes().to_vec()).unwrap();
    /// let timeline = Extractor::bundled().unwrap().extract(&[doc]);
    /// let e = &timeline.events[0];
    /// assert_eq!(e.when.start_iso(), "1997-05-17");
    /// assert_eq!(e.when.edtf(), "1997-05-17");
    /// assert_eq!(e.title_en.as_deref(), Some("NATO–Russia Founding Act signed"));
    /// assert_eq!(e.actors.iter().map(|a| &**a).collect::<Vec<_>>(), ["NATO", "Russia"]);
    /// ```
    #[must_use]
    pub fn extract(&self, docs: &[Document]) -> Timeline {
        // Documents are read on every core, and each one's candidates are
        // merged (in document order) as soon as it is done, so only a few
        // documents' candidates are held at once.
        let mut merger = Merger::default();
        let mut infos = Vec::with_capacity(docs.len());
        let total_bytes: usize = docs.iter().map(|d| d.bytes().len()).sum();
        crate::parallel::for_each_ordered(
            docs,
            |d| {
                let mut found = Vec::new();
                self.candidates(d, &mut found);
                (found, self.info(d))
            },
            |(found, info)| {
                if infos.is_empty() {
                    // Room for all the events at the first document's
                    // density, so that the list is not copied as it grows
                    // (room not used is never touched, so costs no memory).
                    let per_byte = found.len() as f64 / info.bytes.max(1) as f64;
                    merger.reserve((per_byte * total_bytes as f64 * 1.1) as usize);
                }
                for c in found {
                    merger.add(c);
                }
                infos.push(info);
            },
        );
        Timeline::new(infos, merger.finish())
    }

    fn candidates(&self, doc: &Document, out: &mut Vec<Candidate>) {
        let mentions = time::tag_document(doc, &self.named);
        let mut gaz_cache: Vec<Option<Vec<Mention>>> = vec![None; doc.paragraphs.len()];
        // Names of the current sentence (most events need no more than that).
        let mut sentence_gaz: ((usize, usize), Vec<Mention>) = ((usize::MAX, 0), Vec::new());
        for (idx, m) in mentions.iter().enumerate() {
            let Some(when) = &m.when else { continue };
            if !m.role.is_timeline() {
                continue;
            }
            let p = &doc.paragraphs[m.paragraph];
            let sentence = p.sentences[m.sentence].clone();
            // Dates listed together («معاهدات ۱۹۲۱ و ۱۹۴۰») share their clause.
            let (first, last) = date_list(&p.text, &mentions, idx);
            let window = if first == last {
                event_window(&p.text, &sentence, &mentions, idx)
            } else {
                event_window(&p.text, &sentence, &mentions, first).start
                    ..event_window(&p.text, &sentence, &mentions, last).end
            };
            let dates = mentions[first].range.start..mentions[last].range.end;
            let clause = &p.text[window.clone()];
            let known = self.known.find(clause, when);
            if sentence_gaz.0 != (m.paragraph, m.sentence) {
                let mut found = self.gazetteer.find(&p.text[sentence.clone()]);
                for f in &mut found {
                    f.range = f.range.start + sentence.start..f.range.end + sentence.start;
                }
                sentence_gaz = ((m.paragraph, m.sentence), found);
            }
            let Participants {
                mut actors,
                people,
                mut regions,
                this_country,
            } = self.participants(doc, m.paragraph, &sentence_gaz.1, &mut gaz_cache, &window);
            if let Some(k) = known {
                actors.extend(k.actors.iter().map(|a| self.gazetteer.shared_id(a)));
            }
            for a in &actors {
                regions.extend(self.gazetteer.regions_of(a).cloned());
            }
            let title = match known {
                Some(k) => k.fa.clone(),
                None => {
                    let t = title::title(doc, p, &window, &dates);
                    // On a timeline «این کشور» says nothing: name the country.
                    match this_country.as_deref().and_then(|c| self.gazetteer.get(c)) {
                        Some(c) => t.replacen("این کشور", &c.fa, 1),
                        None => t,
                    }
                }
            };
            let source = source(doc, p, &sentence, &m.range);
            let kind = if m.role == Role::Forecast {
                EventKind::Forecast
            } else {
                EventKind::Event
            };
            out.push(Candidate {
                // Wording only decides merges of events the lexicon does not know.
                words: if known.is_some() {
                    Vec::new()
                } else {
                    title::content_words(clause).into_iter().collect()
                },
                known: known.map(|k| k.id.clone()),
                event: Event {
                    id: String::new(),
                    title,
                    title_en: known.map(|k| k.en.clone()),
                    confidence: confidence(when, known.is_some(), kind),
                    curation: None,
                    when: when.clone(),
                    kind,
                    actors: actors.into_iter().collect(),
                    people: people.into_iter().collect(),
                    regions: regions.into_iter().collect(),
                    sources: vec![source],
                },
            });
        }
    }

    /// Actors, people and regions of an event: from its clause, else its
    /// sentence, else its paragraph; «این کشور» takes the country last named.
    fn participants(
        &self,
        doc: &Document,
        paragraph: usize,
        sentence_gaz: &[Mention],
        gaz_cache: &mut [Option<Vec<Mention>>],
        window: &Range<usize>,
    ) -> Participants {
        let p = &doc.paragraphs[paragraph];
        let within = |r: &Range<usize>| {
            sentence_gaz
                .iter()
                .filter(|m| m.range.start >= r.start && m.range.end <= r.end)
                .cloned()
                .collect::<Vec<_>>()
        };
        let is_actorish = |m: &Mention| {
            let e = &self.gazetteer.entries()[m.entry];
            match e.kind {
                EntryKind::Region => false,
                // A capital speaks for its country.
                EntryKind::Place => e.capital_of.is_some(),
                _ => true,
            }
        };
        let mut chosen = within(window);
        if !chosen.iter().any(is_actorish) {
            chosen = sentence_gaz.to_vec();
        }
        if !chosen.iter().any(is_actorish) {
            // The paragraph's names, found once per paragraph and only when needed.
            chosen = gaz_cache[paragraph]
                .get_or_insert_with(|| self.gazetteer.find(&p.text))
                .clone();
        }
        let (mut actors, mut people, mut regions) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for m in &chosen {
            let e = &self.gazetteer.entries()[m.entry];
            match e.kind {
                EntryKind::Person => {
                    people.insert(e.id.clone());
                    if let Some(a) = &e.actor {
                        actors.insert(self.gazetteer.shared_id(a));
                    }
                }
                EntryKind::Place => {
                    if let Some(r) = &e.region {
                        regions.insert(self.gazetteer.shared_id(r));
                    }
                    for a in e.actors.iter().chain(&e.capital_of) {
                        actors.insert(self.gazetteer.shared_id(a));
                    }
                }
                EntryKind::Region => {
                    regions.insert(e.id.clone());
                }
                EntryKind::Country | EntryKind::Organisation | EntryKind::Company => {
                    actors.insert(e.id.clone());
                }
            }
        }
        let has_country = actors.iter().any(|a| {
            self.gazetteer
                .get(a)
                .is_some_and(|e| e.kind == EntryKind::Country)
        });
        let mut this_country = None;
        if !has_country
            && p.text[window.clone()].contains("این کشور")
            && let Some(c) = {
                let gaz = gaz_cache[paragraph].get_or_insert_with(|| self.gazetteer.find(&p.text));
                self.last_country_before(doc, paragraph, gaz, window.start)
            }
        {
            actors.insert(c.clone());
            this_country = Some(c);
        }
        Participants {
            actors,
            people,
            regions,
            this_country,
        }
    }

    fn last_country_before(
        &self,
        doc: &Document,
        paragraph: usize,
        gaz: &[Mention],
        before: usize,
    ) -> Option<Arc<str>> {
        let country = |m: &Mention| {
            let e = &self.gazetteer.entries()[m.entry];
            (e.kind == EntryKind::Country).then(|| e.id.clone())
        };
        if let Some(c) = gaz
            .iter()
            .filter(|m| m.range.end <= before)
            .filter_map(country)
            .next_back()
        {
            return Some(c);
        }
        doc.paragraphs[..paragraph]
            .iter()
            .rev()
            .filter(|q| q.kind == BlockKind::Body)
            .take(2)
            .find_map(|q| {
                self.gazetteer
                    .find(&q.text)
                    .iter()
                    .filter_map(country)
                    .next_back()
            })
    }
}

/// Who an event involves, by gazetteer id.
struct Participants {
    actors: BTreeSet<Arc<str>>,
    people: BTreeSet<Arc<str>>,
    regions: BTreeSet<Arc<str>>,
    /// The country «این کشور» stands for, when the clause says it.
    this_country: Option<Arc<str>>,
}

/// The first and last of the dates listed together with mention `idx` in its
/// sentence («۱۹۲۱ و ۱۹۴۰»، «۱۹۹۴، ۱۹۹۷ و ۲۰۰۲»): neighbours with nothing but
/// «و»، «،» or «یا» between them.
fn date_list(text: &str, mentions: &[DateMention], idx: usize) -> (usize, usize) {
    let joined = |a: usize, b: usize| {
        let (x, y) = (&mentions[a], &mentions[b]);
        x.paragraph == y.paragraph
            && x.sentence == y.sentence
            && x.range.end <= y.range.start
            && matches!(
                text[x.range.end..y.range.start].trim(),
                "و" | "،" | "," | "یا" | "، و" | "و یا"
            )
    };
    let mut first = idx;
    while first > 0 && joined(first - 1, first) {
        first -= 1;
    }
    let mut last = idx;
    while last + 1 < mentions.len() && joined(last, last + 1) {
        last += 1;
    }
    (first, last)
}

/// The clause of mention `idx`: from the previous date in the sentence (or the
/// sentence start) to the next one (or the sentence end), clipped to the
/// parentheses around the date, and ending where a neighbouring date's
/// parentheses open.
fn event_window(
    text: &str,
    sentence: &Range<usize>,
    mentions: &[DateMention],
    idx: usize,
) -> Range<usize> {
    let m = &mentions[idx];
    let same =
        |j: usize| mentions[j].paragraph == m.paragraph && mentions[j].sentence == m.sentence;
    let mut start = sentence.start;
    let mut end = sentence.end;
    if idx > 0 && same(idx - 1) {
        let prev = &mentions[idx - 1].range;
        start = start.max(prev.end);
        if let Some(close) = text[prev.end..m.range.start].find(')') {
            start = start.max(prev.end + close + 1);
        }
    }
    if idx + 1 < mentions.len() && same(idx + 1) {
        let next = &mentions[idx + 1].range;
        end = end.min(next.start);
        if let Some(open) = text[m.range.end..next.start].rfind('(') {
            end = end.min(m.range.end + open);
        }
    }
    // Inside parentheses that hold a clause of their own, the parentheses are
    // the clause; a short aside («(۲۰۰۲)»، «(در ۶ اوت ۲۰۲۱ در ترکمنستان)»)
    // dates the phrase around it.
    let before = &text[start..m.range.start];
    if let Some(open) = before.rfind('(')
        && !before[open..].contains(')')
    {
        let open = start + open;
        let close = text[m.range.end..end]
            .find(')')
            .map_or(end, |c| m.range.end + c);
        let words = text[open + 1..m.range.start].split_whitespace().count()
            + text[m.range.end..close].split_whitespace().count();
        if words >= 4 {
            start = open + 1;
            end = close;
        }
    }
    start..end.max(m.range.end)
}

fn source(
    doc: &Document,
    p: &Paragraph,
    sentence: &Range<usize>,
    date: &Range<usize>,
) -> SourceSpan {
    let s_norm = p.to_doc_range(sentence);
    let d_norm = p.to_doc_range(date);
    SourceSpan {
        doc: doc.id.clone(),
        paragraph: p.index,
        line: doc.line_of(s_norm.start),
        bytes: doc.file_range(&s_norm),
        date_bytes: doc.file_range(&d_norm),
        sentence: doc.shared_original_of(p, sentence),
    }
}

fn confidence(when: &When, known: bool, kind: EventKind) -> f64 {
    let mut c: f64 = match when.precision {
        Precision::Day => 0.9,
        Precision::Month => 0.85,
        Precision::Year => 0.8,
        Precision::Decade => 0.6,
        Precision::Century => 0.5,
    };
    if when.inferred {
        c -= 0.2;
    }
    if known {
        c += 0.05;
    }
    if kind == EventKind::Forecast {
        c -= 0.1;
    }
    (c.clamp(0.05, 0.95) * 100.0).round() / 100.0
}

/// Merges candidates that state the same event: the same known event, or the
/// same date with overlapping actors and wording. Each candidate is a distinct
/// mention, so a group never receives the same source twice. The events are
/// built in place (no second copy of them), and get their ids at the end.
#[derive(Default)]
struct Merger {
    events: Vec<Event>,
    known_of: Vec<Option<String>>,
    words_of: Vec<Vec<u64>>,
    /// [`signature`] of each event's words: most events that share no word
    /// with a candidate are passed over without reading their words.
    sig_of: Vec<u64>,
    by_known: WordMap<String, usize>,
    /// Events by the date they were first stated with and each of their
    /// actors (`None` for an event without actors, which only merges with
    /// another without): a candidate is only compared with events it shares
    /// an actor with.
    by_when: WhenIndex,
    /// The date each event was first stated with (its key in `by_when`).
    key_of: Vec<WhenKey>,
}

/// The date part of [`Merger`]'s index.
type WhenKey = (Day, Day, Precision);

/// Lists of events by (date, actor), as linked lists in one vector: a
/// hundred thousand events make no hundred thousand small lists (which,
/// freed after the merge, would stay resident as fragments). A list is found
/// by a 64-bit [`fingerprint`] of its key, so that the table holds no strings
/// and a look-up reads none; two keys with one fingerprint share a list,
/// and [`Merger::add`] checks each event it takes from one against its key.
#[derive(Default)]
struct WhenIndex {
    /// The newest link of each key's fingerprint.
    heads: WordMap<u64, u32>,
    /// (event, the key's previous link or [`WhenIndex::END`]).
    links: Vec<(u32, u32)>,
}

/// A 64-bit hash of a (date, actor) key of [`WhenIndex`].
fn fingerprint(key: &WhenKey, actor: Option<&str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::corpus::normalize::WordHasher::default();
    key.hash(&mut h);
    match actor {
        Some(a) => {
            h.write_u8(1);
            h.write(a.as_bytes());
        }
        None => h.write_u8(0),
    }
    // The final mix of MurmurHash3: every bit of the key reaches the bits the
    // table's buckets and tags are taken from.
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// One bit of 64 for each word of a sorted set of word hashes: two sets that
/// share a word share a bit.
fn signature(words: &[u64]) -> u64 {
    words.iter().fold(0, |s, w| {
        s | 1 << (w.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
    })
}

impl WhenIndex {
    const END: u32 = u32::MAX;

    fn push(&mut self, key: u64, event: usize) {
        let at = u32::try_from(self.links.len()).unwrap_or(Self::END);
        let Ok(event) = u32::try_from(event) else {
            return;
        };
        if at == Self::END {
            return;
        }
        let previous = self.heads.insert(key, at).unwrap_or(Self::END);
        self.links.push((event, previous));
    }

    /// The events under the fingerprint `key`, newest first.
    fn events(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.heads.get(&key).copied().unwrap_or(Self::END);
        std::iter::from_fn(move || {
            let &(event, previous) = self.links.get(usize::try_from(at).ok()?)?;
            at = previous;
            Some(event as usize)
        })
    }
}

impl Merger {
    /// Makes room for about `n` events.
    fn reserve(&mut self, n: usize) {
        self.events.reserve(n);
        self.known_of.reserve(n);
        self.words_of.reserve(n);
        self.sig_of.reserve(n);
        self.key_of.reserve(n);
        // Two actors an event, about: one table from the start, not a chain
        // of ever larger ones freed as it grows.
        self.by_when.heads.reserve(n * 2);
        self.by_when.links.reserve(n * 2);
    }

    /// Adds one candidate: to the event it states, or as a new event.
    fn add(&mut self, c: Candidate) {
        let e = c.event;
        let when_key = (e.when.first_day, e.when.last_day, e.when.precision);
        let found = match &c.known {
            Some(k) => self.by_known.get(k).copied(),
            // The first event (in the order they were made) that shares an
            // actor and enough words; an event may be in several actors'
            // lists, and a list is in the order actors joined it.
            None => {
                let sig = signature(&c.words);
                let similar = |actor: Option<&str>, gi: &usize| {
                    let s = self.sig_of[*gi];
                    // Sets that share no word are alike only if both are empty.
                    // The actor (there only for fingerprints that collide) is
                    // checked last, so that the event itself is read only for
                    // those already alike.
                    ((s & sig) != 0 || (s | sig) == 0)
                        && self.key_of[*gi] == when_key
                        && jaccard(&self.words_of[*gi], &c.words) >= 0.3
                        && match actor {
                            Some(a) => self.events[*gi]
                                .actors
                                .binary_search_by(|x| (**x).cmp(a))
                                .is_ok(),
                            None => self.events[*gi].actors.is_empty(),
                        }
                };
                if e.actors.is_empty() {
                    self.by_when
                        .events(fingerprint(&when_key, None))
                        .filter(|gi| similar(None, gi))
                        .min()
                } else {
                    e.actors
                        .iter()
                        .filter_map(|a| {
                            self.by_when
                                .events(fingerprint(&when_key, Some(&**a)))
                                .filter(|gi| similar(Some(&**a), gi))
                                .min()
                        })
                        .min()
                }
            }
        };
        match found {
            Some(gi) => {
                let g = &mut self.events[gi];
                // Keep the most precise stated date.
                let better =
                    (e.when.inferred, e.when.precision) < (g.when.inferred, g.when.precision);
                if better {
                    g.when = e.when;
                }
                if e.kind == EventKind::Event {
                    g.kind = EventKind::Event;
                }
                if c.known.is_none() {
                    let key = self.key_of[gi];
                    for a in e
                        .actors
                        .iter()
                        .filter(|a| g.actors.binary_search(a).is_err())
                    {
                        self.by_when.push(fingerprint(&key, Some(&**a)), gi);
                    }
                }
                insert_sorted(&mut g.actors, e.actors);
                insert_sorted(&mut g.people, e.people);
                insert_sorted(&mut g.regions, e.regions);
                if !c.words.is_empty() {
                    self.words_of[gi] = sorted_union(&self.words_of[gi], &c.words);
                    self.sig_of[gi] |= signature(&c.words);
                }
                g.confidence = (g.confidence.max(e.confidence) + 0.03).min(0.97);
                g.sources.extend(e.sources);
            }
            None => {
                let gi = self.events.len();
                match &c.known {
                    Some(k) => {
                        self.by_known.insert(k.clone(), gi);
                    }
                    None if e.actors.is_empty() => {
                        self.by_when.push(fingerprint(&when_key, None), gi);
                    }
                    None => {
                        for a in &e.actors {
                            self.by_when.push(fingerprint(&when_key, Some(&**a)), gi);
                        }
                    }
                }
                self.key_of.push(when_key);
                self.events.push(e);
                self.known_of.push(c.known);
                self.sig_of.push(signature(&c.words));
                self.words_of.push(c.words);
            }
        }
    }

    /// The merged events, with their ids.
    fn finish(self) -> Vec<Event> {
        let Self {
            mut events,
            known_of,
            ..
        } = self;
        // On every core: a digest and a few formatted numbers per event add
        // up, on the thread that merged them one at a time.
        const CHUNK: usize = 4096;
        let chunks: Vec<(&[Event], &[Option<String>])> =
            events.chunks(CHUNK).zip(known_of.chunks(CHUNK)).collect();
        let ids = crate::parallel::map_ordered(&chunks, |(events, known)| {
            events
                .iter()
                .zip(*known)
                .map(|(e, k)| event_id(e, k.as_deref()))
                .collect::<Vec<_>>()
        });
        for (e, id) in events.iter_mut().zip(ids.into_iter().flatten()) {
            e.id = id;
        }
        events
    }
}

/// A date written in English as a date entry may take it: «May 1997»,
/// «17 May 1997», «May 17, 1997» (month names in full or in three letters).
fn english_date(text: &str) -> Option<When> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let month_at = words.iter().position(|w| {
        MONTHS
            .iter()
            .any(|m| w == m || (w.len() == 3 && m.starts_with(w.as_str())))
    })?;
    let month = MONTHS
        .iter()
        .position(|m| words[month_at] == *m || m.starts_with(words[month_at].as_str()))?;
    let month = u8::try_from(month + 1).ok()?;
    let numbers: Vec<u32> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != month_at)
        .map(|(_, w)| w.parse::<u32>().ok())
        .collect::<Option<Vec<_>>>()?;
    let (day, year) = match numbers[..] {
        [y] if y >= 100 => (None, y),
        [d, y] | [y, d] if y >= 100 && (1..=31).contains(&d) => (Some(d), y),
        _ => return None,
    };
    let year = i32::try_from(year).ok()?;
    match day {
        Some(d) => {
            let d = Day::new(year, month, u8::try_from(d).ok()?);
            d.is_valid()
                .then(|| When::new(d, d, Precision::Day, crate::model::CalendarKind::Gregorian))
        }
        None => Some(When::new(
            Day::new(year, month, 1),
            Day::new(year, month, Day::days_in_month(year, month)),
            Precision::Month,
            crate::model::CalendarKind::Gregorian,
        )),
    }
}

/// Adds the items of `more` missing from the sorted list `into`, keeping it sorted.
fn insert_sorted<T: Ord>(into: &mut Vec<T>, more: Vec<T>) {
    for m in more {
        if let Err(at) = into.binary_search(&m) {
            into.insert(at, m);
        }
    }
}

/// Stable id: a known event's id, or the first mention's document, date
/// offset and final date.
fn event_id(e: &Event, known: Option<&str>) -> String {
    let key = match (known, e.sources.first()) {
        (Some(k), _) => format!("known:{k}"),
        (None, Some(s)) => format!(
            "{}:{}:{}:{}",
            s.doc,
            s.date_bytes[0],
            e.when.start_iso(),
            e.when.end_iso()
        ),
        (None, None) => format!("{}:{}", e.when.start_iso(), e.title),
    };
    let digest = Sha256::digest(key.as_bytes());
    let mut hex = String::with_capacity(19);
    hex.push_str("ev-");
    for b in digest.iter().take(8) {
        use std::fmt::Write;
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Jaccard similarity of two sorted sets of word hashes.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        return 1.0;
    }
    inter as f64 / union as f64
}

/// The union of two sorted sets of word hashes, sorted.
fn sorted_union(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The merge passes over an event whose signature shares no bit with
        /// the candidate's: that must never drop a pair Jaccard calls alike.
        #[test]
        fn sets_alike_by_jaccard_share_a_signature_bit(
            a in proptest::collection::btree_set(proptest::prelude::any::<u64>(), 0..12),
            b in proptest::collection::btree_set(proptest::prelude::any::<u64>(), 0..12),
            shared in proptest::collection::btree_set(proptest::prelude::any::<u64>(), 0..6),
        ) {
            let a: Vec<u64> = a.union(&shared).copied().collect();
            let b: Vec<u64> = b.union(&shared).copied().collect();
            let (sa, sb) = (signature(&a), signature(&b));
            if jaccard(&a, &b) > 0.0 {
                proptest::prop_assert!(sa & sb != 0 || (sa | sb) == 0);
            }
            proptest::prop_assert_eq!(sa == 0, a.is_empty());
        }
    }

    #[test]
    fn fingerprints_tell_dates_and_actors_apart() {
        let d = |y, m, day| Day::new(y, m, day);
        let k1 = (d(2001, 9, 11), d(2001, 9, 11), Precision::Day);
        let k2 = (d(2001, 9, 12), d(2001, 9, 12), Precision::Day);
        let all = [
            fingerprint(&k1, None),
            fingerprint(&k1, Some("Russia")),
            fingerprint(&k1, Some("Iran")),
            fingerprint(&k2, Some("Russia")),
            fingerprint(&k2, None),
        ];
        let distinct: BTreeSet<u64> = all.iter().copied().collect();
        assert_eq!(distinct.len(), all.len());
        assert_eq!(fingerprint(&k1, Some("Iran")), all[2]);
    }
}
