//! Search (Ctrl+F): events by title, actors, notes and tags, and the full
//! text of the documents, forgiving Persian spelling variants
//! ([`crate::search`]). The folded texts are built in the background when
//! the search is first opened after a load (the documents) and after each
//! edit (the events); a query then scans them. Results are listed with
//! their context; Enter and F3 step through them; the timeline dims what
//! does not match and the reader highlights the hits.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use egui::{Sense, vec2};

use super::jobs::{BackgroundJob, JobPoll};
use super::state::EventIx;
use super::text_field::TextField;
use super::widgets as w;
use super::{Action, Cx, GahnamaApp};
use crate::corpus::Document;
use crate::extract::Extractor;
use crate::model::Timeline;
use crate::search::{self, TextIndex};
use crate::text::{Span, TextStyle};

/// Event results and text hits listed with their context (the counts go
/// on).
const LISTED_HITS: usize = 500;
/// Text hits whose events light up on the timeline.
const MATCHED_HITS: usize = 100_000;

/// The folded texts a query scans.
#[derive(Debug, Default)]
pub struct Indexes {
    /// The documents' paragraphs.
    pub text: Arc<TextIndex>,
    /// Each event's title, English title, actors, regions, note and tags,
    /// as one paragraph numbered by the event.
    pub events: TextIndex,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    /// The event it is about (for a text hit: the first event stated in
    /// that paragraph, if any).
    pub event: Option<EventIx>,
    /// For a text hit: the document, the paragraph and the hit's range in
    /// the paragraph's text.
    pub text: Option<(usize, usize, Range<usize>)>,
    /// What the list shows, and the hit within it.
    pub context: String,
    /// The hit's range in `context`.
    pub highlight: Range<usize>,
}

/// The search's state.
#[derive(Default)]
pub struct SearchState {
    /// The search bar is open.
    pub open: bool,
    /// The query.
    pub query: String,
    /// The folded texts, once built (when the search is first opened).
    pub indexes: Option<Indexes>,
    /// The events changed: the event texts are built again.
    pub stale: bool,
    /// The results.
    pub results: Vec<SearchResult>,
    /// How many times the query is in the documents' text.
    pub text_total: usize,
    /// How many events match.
    pub event_total: usize,
    /// The events that match (empty set with a query: none do).
    pub matching: BTreeSet<EventIx>,
    /// The result shown now.
    pub current: Option<usize>,
    job: Option<BackgroundJob<Indexes>>,
    /// The query was changed before the indexes were ready.
    pending: bool,
}

impl std::fmt::Debug for SearchState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchState")
            .field("query", &self.query)
            .field("results", &self.results.len())
            .finish_non_exhaustive()
    }
}

impl SearchState {
    /// Whether a query is active (the timeline dims what does not match).
    #[must_use]
    pub fn active(&self) -> bool {
        self.open && !search::fold(&self.query).is_empty()
    }

    /// Whether the indexes are being built.
    #[must_use]
    pub fn indexing(&self) -> bool {
        self.job.is_some()
    }
}

/// The folded text of every paragraph of `documents`.
#[must_use]
pub fn text_index(documents: &[Document]) -> TextIndex {
    let mut ix = TextIndex::default();
    for (di, doc) in documents.iter().enumerate() {
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            let (text, _) = super::reader::display_paragraph(doc, p);
            ix.push(di, pi, &text);
        }
    }
    ix.shrink_to_fit();
    ix
}

/// The folded fields of every event.
#[must_use]
pub fn event_index(timeline: &Timeline, extractor: &Extractor) -> TextIndex {
    let mut ix = TextIndex::default();
    let g = &extractor.gazetteer;
    let mut s = String::new();
    for (i, e) in timeline.events.iter().enumerate() {
        s.clear();
        s.push_str(&e.title);
        for part in e.title_en.iter().map(String::as_str) {
            s.push('\u{1}');
            s.push_str(part);
        }
        for a in e.actors.iter().chain(&e.regions).chain(&e.people) {
            s.push('\u{1}');
            s.push_str(&g.label(a));
        }
        if let Some(c) = &e.curation {
            for part in c.note.iter().chain(&c.tags) {
                s.push('\u{1}');
                s.push_str(part);
            }
        }
        ix.push(i, 0, &s);
    }
    ix.shrink_to_fit();
    ix
}

impl GahnamaApp {
    /// Starts building the folded texts in the background: the documents'
    /// again only when `documents` (after a load).
    pub fn start_indexing(&mut self, ctx: &egui::Context, documents: bool) {
        let docs = Arc::clone(&self.state.corpus.documents);
        let timeline = Arc::clone(&self.state.corpus.timeline);
        let extractor = Arc::clone(&self.state.extractor);
        let old = (!documents)
            .then(|| {
                self.state
                    .search
                    .indexes
                    .as_ref()
                    .map(|i| Arc::clone(&i.text))
            })
            .flatten();
        let ctx = ctx.clone();
        self.state.search.stale = false;
        self.state.search.job = Some(BackgroundJob::spawn(
            move |control| {
                let text = old.unwrap_or_else(|| Arc::new(text_index(&docs)));
                if control.is_cancelled() {
                    return None;
                }
                let events = event_index(&timeline, &extractor);
                control.finish();
                Some(Indexes { text, events })
            },
            move || ctx.request_repaint(),
        ));
    }

    /// Builds the folded texts now (tests and benchmarks).
    pub fn index_blocking(&mut self) {
        self.state.search.job = None;
        self.state.search.stale = false;
        self.state.search.indexes = Some(Indexes {
            text: Arc::new(text_index(&self.state.corpus.documents)),
            events: event_index(&self.state.corpus.timeline, &self.state.extractor),
        });
        self.run_search();
    }

    /// Takes the built indexes when ready.
    pub fn poll_search(&mut self, ctx: &egui::Context) {
        // Built when the search is first wanted, not after every load: the
        // folded texts are as large as the corpus's text (27 MB more for a
        // corpus of 100,000 events), and many sessions never search.
        let wanted = self.state.search.open || self.state.search.pending;
        if self.state.search.stale && self.state.search.job.is_none() && wanted {
            let docs = self.state.search.indexes.is_none();
            self.start_indexing(ctx, docs);
        }
        let Some(job) = &self.state.search.job else {
            return;
        };
        match job.poll() {
            JobPoll::Running(_) => {}
            JobPoll::Stopped => self.state.search.job = None,
            JobPoll::Done(ix) => {
                self.state.search.job = None;
                self.state.search.indexes = Some(ix);
                // The builder's scratch (and the indexes they replace) is
                // free in its thread's arena: give the pages back.
                crate::memory::release_free_memory();
                // Events changed while it was built: the next one is due.
                let current = !self.state.search.stale;
                if current && (self.state.search.pending || self.state.search.active()) {
                    self.run_search();
                }
            }
        }
    }

    /// Sets the query and searches.
    pub fn set_search(&mut self, query: String) {
        self.state.search.query = query;
        self.state.search.open = true;
        self.run_search();
    }

    /// Runs the query over the folded texts.
    pub fn run_search(&mut self) {
        let s = &mut self.state.search;
        s.results.clear();
        s.matching.clear();
        s.current = None;
        s.text_total = 0;
        s.event_total = 0;
        let q = search::fold(&s.query);
        if q.is_empty() {
            return;
        }
        let Some(ix) = &s.indexes else {
            s.pending = true;
            return;
        };
        s.pending = false;
        let corpus = &self.state.corpus;
        // Events by their fields.
        let mut seen = BTreeSet::new();
        for (ei, _, _) in ix.events.find(&s.query, usize::MAX) {
            seen.insert(EventIx(ei));
        }
        s.event_total = seen.len();
        // Every match lights up; the list shows the first ones with context.
        for &e in seen.iter().take(LISTED_HITS) {
            if let Some(ev) = corpus.event(e) {
                let (context, highlight) = event_context(ev, &s.query, &self.state.extractor);
                s.results.push(SearchResult {
                    event: Some(e),
                    text: None,
                    context,
                    highlight,
                });
            }
        }
        // The documents' text.
        let (found, total) = ix.text.search(&s.query, MATCHED_HITS);
        s.text_total = total;
        let mut para_done = BTreeSet::new();
        for &(d, p, _) in &found {
            if !para_done.insert((d, p)) {
                continue;
            }
            let events: Vec<EventIx> = corpus.events_in_paragraph(d, p).collect();
            s.matching.extend(events.iter().copied());
            if s.results.len() >= LISTED_HITS + s.event_total.min(LISTED_HITS) {
                continue;
            }
            let Some(doc) = corpus.documents.get(d) else {
                continue;
            };
            let Some(par) = doc.paragraphs.get(p) else {
                continue;
            };
            let (text, _) = super::reader::display_paragraph(doc, par);
            for r in search::find_in(&text, &s.query) {
                let (context, highlight) = search::context(&text, &r, 40);
                s.results.push(SearchResult {
                    event: events.first().copied(),
                    text: Some((d, p, r)),
                    context,
                    highlight,
                });
            }
        }
        s.matching.extend(seen);
    }

    /// Shows result `i`: selects its event, and for a text hit opens its
    /// paragraph in the reader.
    pub fn show_result(&mut self, i: usize) {
        let Some(r) = self.state.search.results.get(i).cloned() else {
            return;
        };
        self.state.search.current = Some(i);
        if let Some(e) = r.event {
            self.select(Some(e));
        }
        if let Some((d, p, _)) = r.text {
            self.state.ui.reader_mode = super::ReaderMode::Document;
            self.state.ui.reader_at = Some((d, p));
            self.state.ui.reader_window = (
                p.saturating_sub(super::state::READER_WINDOW),
                p + super::state::READER_WINDOW + 1,
            );
            self.state.ui.scroll_reader = true;
        }
        if let Some(e) = r.event {
            self.bring_into_view(e);
        }
    }

    /// The next (or previous) result.
    pub fn step_result(&mut self, back: bool) {
        let n = self.state.search.results.len();
        if n == 0 {
            return;
        }
        let next = match (self.state.search.current, back) {
            (None, false) => 0,
            (None, true) => n - 1,
            (Some(c), false) => (c + 1) % n,
            (Some(c), true) => (c + n - 1) % n,
        };
        self.show_result(next);
    }
}

/// What a result list shows of a matching event: its title with the hit,
/// or its title and the field that holds the hit (an actor, a note, a tag).
fn event_context(e: &crate::model::Event, query: &str, ex: &Extractor) -> (String, Range<usize>) {
    if let Some(r) = search::find_in(&e.title, query).into_iter().next() {
        return search::context(&e.title, &r, 60);
    }
    let g = &ex.gazetteer;
    let mut fields: Vec<String> = e.title_en.iter().cloned().collect();
    fields.extend(
        e.actors
            .iter()
            .chain(&e.regions)
            .chain(&e.people)
            .map(|a| g.label(a)),
    );
    if let Some(c) = &e.curation {
        fields.extend(c.note.iter().cloned());
        fields.extend(c.tags.iter().cloned());
    }
    let title = crate::layout::short_title(&e.title);
    for f in fields {
        if let Some(r) = search::find_in(&f, query).into_iter().next() {
            let lead = format!("{title} — ");
            let at = lead.len() + r.start..lead.len() + r.end;
            return (format!("{lead}{f}"), at);
        }
    }
    (e.title.clone(), 0..0)
}

/// The search bar and its results (below the menu bar, when open).
pub fn search_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let s = &cx.state.search;
    if !s.open {
        return;
    }
    let tr = cx.tr();
    let rtl = tr.rtl();
    egui::Panel::top("search").show(ui, |ui| {
        w::column(ui, rtl, |ui| {
            ui.horizontal(|ui| {
                w::label(ui, cx.text, tr.t("search-find"));
                let out = TextField::new("search", &s.query, tr.t("search-name"))
                    .hint(tr.t("search-hint"))
                    .width(320.0)
                    .keep_focus_on_enter()
                    .show(ui, cx.text);
                if let Some(q) = out.changed {
                    cx.act(Action::SetSearch(q));
                }
                let back = ui.input(|i| i.modifiers.shift);
                if out.submitted || ui.input(|i| i.key_pressed(egui::Key::F3)) {
                    cx.act(Action::SearchStep { back });
                }
                if out.cancelled {
                    cx.act(Action::CloseSearch);
                }
                let r = w::small_button(ui, cx.text, tr.t("search-previous"));
                if w::tooltip(r, cx.text, tr.t("search-previous-tip")).clicked() {
                    cx.act(Action::SearchStep { back: true });
                }
                let r = w::small_button(ui, cx.text, tr.t("search-next"));
                if w::tooltip(r, cx.text, tr.t("search-next-tip")).clicked() {
                    cx.act(Action::SearchStep { back: false });
                }
                let status = if s.indexing() && s.indexes.is_none() {
                    tr.t("search-indexing").to_owned()
                } else if s.active() {
                    let mut t = tr.f(
                        "search-status",
                        &[
                            ("events", s.event_total.into()),
                            ("texts", s.text_total.into()),
                        ],
                    );
                    if let Some(c) = s.current {
                        t.push_str(tr.t("sep"));
                        t.push_str(&tr.f(
                            "search-position",
                            &[("at", (c + 1).into()), ("of", s.results.len().into())],
                        ));
                    }
                    t
                } else {
                    String::new()
                };
                if !status.is_empty() {
                    w::label(ui, cx.text, &status);
                }
                if w::small_button(ui, cx.text, tr.t("close")).clicked() {
                    cx.act(Action::CloseSearch);
                }
            });
            if !s.results.is_empty() {
                result_list(cx, ui);
            }
        })
    });
}

fn result_list(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let s = &cx.state.search;
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let width = ui.available_width() - 16.0;
    let tr = cx.tr();
    let rtl = tr.rtl();
    egui::ScrollArea::vertical()
        .id_salt("search-results")
        .content_margin(w::scroll_margin(rtl))
        .max_height(160.0)
        .min_scrolled_height(160.0)
        .show_rows(ui, 22.0, s.results.len(), |ui, rows| {
            for i in rows {
                let r = &s.results[i];
                let current = s.current == Some(i);
                let (rect, resp) = ui.allocate_exact_size(vec2(width, 22.0), Sense::click());
                if current {
                    ui.painter()
                        .rect_filled(rect, 2.0, ui.visuals().selection.bg_fill);
                } else if resp.hovered() {
                    ui.painter()
                        .rect_filled(rect, 2.0, ui.visuals().widgets.hovered.bg_fill);
                }
                let where_ = match &r.text {
                    Some((d, p, _)) => {
                        let doc = cx.state.corpus.documents.get(*d).map_or("", |d| &*d.id);
                        tr.f(
                            "search-where-text",
                            &[("doc", doc.into()), ("p", (*p).into())],
                        )
                    }
                    None => tr.t("search-where-event").to_owned(),
                };
                // Where the hit is, on the leading side; its context on
                // the other, from the right (it is Persian).
                let where_entry =
                    cx.text
                        .get(&ctx, &where_, &TextStyle::auto(11.0, pal.text_dim), &[]);
                let wy = rect.center().y - where_entry.size.y / 2.0;
                let wx = if rtl {
                    rect.right() - 4.0 - where_entry.size.x
                } else {
                    rect.left() + 4.0
                };
                where_entry.paint(&ui.painter().with_clip_rect(rect), egui::pos2(wx, wy));
                let context_rect = if rtl {
                    rect.with_max_x(rect.right() - 116.0)
                } else {
                    rect.with_min_x(rect.left() + 116.0)
                };
                let spans = [Span {
                    range: r.highlight.clone(),
                    color: None,
                    bold: true,
                    background: Some(pal.search_hit),
                }];
                let entry =
                    cx.text
                        .get(&ctx, &r.context, &TextStyle::label(14.0, pal.text), &spans);
                let x = (context_rect.right() - entry.size.x - 4.0).max(context_rect.left() + 4.0);
                let painter = ui.painter().with_clip_rect(context_rect);
                entry.paint(
                    &painter,
                    egui::pos2(x, rect.center().y - entry.size.y / 2.0),
                );
                resp.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        tr.f("a11y-result", &[("context", r.context.as_str().into())]),
                    )
                });
                if current && cx.state.ui.scroll_list {
                    ui.scroll_to_rect(rect, None);
                }
                if resp.clicked() {
                    cx.act(Action::ShowResult(i));
                }
            }
        });
}
