//! The reader: the selected event's source paragraphs, with the stating
//! sentence highlighted and every event date clickable, or a whole document.

use egui::{Align, Sense, pos2, vec2};

use super::state::{Corpus, EventIx};
use super::timeline::short_title;
use super::widgets as w;
use super::{Action, Cx, GahnamaApp, ReaderMode};
use crate::layout::ticks::Digits;
use crate::model::{Event, EventKind};
use crate::text::{Span, TextStyle};

/// The reader: the selected event's sources, or its document around the
/// source (a window of paragraphs that the user can widen).
/// On the right, or on the left in Persian.
pub fn reader_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let tr = cx.tr();
    let rtl = tr.rtl();
    w::side_panel("reader", false, rtl)
        .default_size(440.0)
        .min_size(280.0)
        .show(ui, |ui| {
            w::column(ui, rtl, |ui| {
                let state = cx.state;
                let mode = state.ui.reader_mode;
                ui.horizontal(|ui| {
                    w::heading(ui, cx.text, tr.t("reader"));
                    w::trailing(ui, rtl, |ui| {
                        for (m, name) in [
                            (ReaderMode::Document, "reader-document"),
                            (ReaderMode::Sources, "reader-sources"),
                        ] {
                            if w::selectable(ui, cx.text, mode == m, tr.t(name)).clicked()
                                && mode != m
                            {
                                cx.act(Action::SetReaderMode(m));
                            }
                        }
                    });
                });
                ui.separator();
                let Some(sel) = state.ui.selected else {
                    let color = ui.visuals().text_color();
                    w::wrapped(ui, cx.text, tr.t("reader-empty"), color, 600.0);
                    return;
                };
                let Some(event) = state.corpus.event(sel) else {
                    return;
                };
                event_header(cx, ui, event);
                let id = ui.scope_id().with("curate");
                let mut open = w::collapsing_header(ui, cx.text, id, tr.t("reader-curate"), true);
                open.show_body_unindented(ui, |ui| {
                    // At most about half the panel: the sources stay in view.
                    egui::ScrollArea::vertical()
                        .id_salt("curate-scroll")
                        .content_margin(w::scroll_margin(rtl))
                        .max_height((ui.available_height() * 0.45).max(120.0))
                        .show(ui, |ui| {
                            w::column(ui, rtl, |ui| {
                                super::curate_ui::curation_panel(cx, ui, event)
                            })
                        });
                });
                open.store(ui.ctx());
                if cx
                    .drafts
                    .reader_selection
                    .as_ref()
                    .is_some_and(|s| !s.range().is_empty())
                {
                    ui.horizontal(|ui| {
                        if w::button(ui, cx.text, tr.t("reader-new-event")).clicked() {
                            cx.act(Action::NewEventFromSelection);
                        }
                        if w::button(ui, cx.text, tr.t("reader-copy")).clicked() {
                            cx.act(Action::CopyReaderText);
                        }
                    });
                }
                ui.separator();
                // Inside the scroll area's margin, clear of its bar: a text
                // any wider would widen the panel at every frame.
                let width = ui.available_width() - 12.0 - w::scroll_margin(rtl).sum().x;
                let scroll_now = state.ui.scroll_reader;
                if scroll_now {
                    cx.act(Action::ReaderScrolled);
                }
                egui::ScrollArea::vertical()
                    .id_salt("reader-scroll")
                    .content_margin(w::scroll_margin(rtl))
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        w::column(ui, rtl, |ui| match mode {
                            ReaderMode::Sources => {
                                for (i, s) in event.sources.iter().enumerate() {
                                    let Some(di) = state.corpus.document_index(&s.doc) else {
                                        continue;
                                    };
                                    ui.horizontal(|ui| {
                                        let title = short_title(&state.corpus.documents[di].title);
                                        let ctx = ui.ctx().clone();
                                        let pal = GahnamaApp::palette(&ctx);
                                        let entry = cx.text.get(
                                            &ctx,
                                            &title,
                                            &TextStyle::label(13.0, pal.text_dim),
                                            &[],
                                        );
                                        let (rect, _) =
                                            ui.allocate_exact_size(entry.size, Sense::hover());
                                        entry.paint(ui.painter(), rect.min);
                                        let place = tr.f(
                                            "reader-place",
                                            &[("p", s.paragraph.into()), ("line", s.line.into())],
                                        );
                                        w::weak(ui, cx.text, &place);
                                        if w::small_button(
                                            ui,
                                            cx.text,
                                            tr.t("reader-open-document"),
                                        )
                                        .clicked()
                                        {
                                            cx.act(Action::OpenDocument { source: i });
                                        }
                                    });
                                    if let Some(clicked) =
                                        paragraph_view(cx, ui, di, s.paragraph, Some(s), width)
                                    {
                                        cx.act(Action::Select(Some(clicked)));
                                    }
                                    ui.add_space(10.0);
                                }
                            }
                            ReaderMode::Document => {
                                let Some(s) = event
                                    .sources
                                    .get(state.ui.reader_source)
                                    .or(event.sources.first())
                                else {
                                    return;
                                };
                                let (di, focus) = match state.ui.reader_at {
                                    Some((d, p)) => (d, p),
                                    None => match state.corpus.document_index(&s.doc) {
                                        Some(d) => (d, s.paragraph),
                                        None => return,
                                    },
                                };
                                let n = state.corpus.documents[di].paragraphs.len();
                                let (from, to) = state.ui.reader_window;
                                let (from, to) = (from.min(n), to.min(n));
                                if from > 0
                                    && w::button(
                                        ui,
                                        cx.text,
                                        &tr.f("reader-earlier", &[("n", from.into())]),
                                    )
                                    .clicked()
                                {
                                    cx.act(Action::WidenReader { earlier: true });
                                }
                                let source_doc = state.corpus.document_index(&s.doc) == Some(di);
                                for pi in from..to {
                                    let here = pi == focus;
                                    let s = if source_doc && pi == s.paragraph {
                                        Some(s)
                                    } else {
                                        None
                                    };
                                    let before = ui.cursor().min;
                                    let clicked = paragraph_view(cx, ui, di, pi, s, width);
                                    if here && scroll_now {
                                        let rect = egui::Rect::from_min_max(
                                            before,
                                            pos2(before.x + width, ui.cursor().min.y),
                                        );
                                        ui.scroll_to_rect(rect, Some(Align::Center));
                                    }
                                    if let Some(c) = clicked {
                                        cx.act(Action::Select(Some(c)));
                                        cx.act(Action::SetReaderMode(ReaderMode::Document));
                                    }
                                    ui.add_space(6.0);
                                }
                                if to < n
                                    && w::button(
                                        ui,
                                        cx.text,
                                        &tr.f("reader-later", &[("n", (n - to).into())]),
                                    )
                                    .clicked()
                                {
                                    cx.act(Action::WidenReader { earlier: false });
                                }
                            }
                        })
                    });
            })
        });
}

fn event_header(cx: &mut Cx<'_>, ui: &mut egui::Ui, e: &Event) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let width = ui.available_width() - 8.0;
    let mut style = TextStyle::paragraph(17.0, pal.text, width);
    style.bold = true;
    let tr = cx.tr();
    let entry = cx.text.get(&ctx, &e.title, &style, &[]);
    let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::hover());
    resp.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            tr.f("a11y-selected-event", &[("title", e.title.as_str().into())]),
        )
    });
    entry.paint(ui.painter(), rect.min);
    if let Some(en) = &e.title_en {
        let entry = cx
            .text
            .get(&ctx, en, &TextStyle::auto(13.0, pal.text_dim), &[]);
        let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
        entry.paint(ui.painter(), rect.min);
    }
    let digits = cx.state.settings.digits;
    let dates = crate::layout::format::both_ordered(&e.when, digits, cx.state.settings.solar_first);
    let mut dates_style = TextStyle::paragraph(14.0, pal.text_dim, width);
    if digits == Digits::Latin {
        dates_style.direction = crate::text::Direction::Auto;
    }
    let entry = cx.text.get(&ctx, &dates, &dates_style, &[]);
    let (rect, resp) = ui.allocate_exact_size(entry.size, Sense::hover());
    resp.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            tr.f("a11y-event-date", &[("dates", dates.as_str().into())]),
        )
    });
    entry.paint(ui.painter(), rect.min);
    let facts = event_facts(tr, e);
    w::weak(ui, cx.text, &facts);
    let g = &cx.state.extractor.gazetteer;
    let names = |ids: &[std::sync::Arc<str>]| {
        ids.iter()
            .map(|a| g.label(a))
            .collect::<Vec<_>>()
            .join(tr.t("list-separator"))
    };
    if !e.actors.is_empty() {
        let t = tr.f("reader-actors", &[("names", names(&e.actors).into())]);
        w::label(ui, cx.text, &t);
    }
    if !e.regions.is_empty() {
        let t = tr.f("reader-regions", &[("names", names(&e.regions).into())]);
        w::label(ui, cx.text, &t);
    }
}

/// The precision of an event's date, whether it was inferred, its kind and
/// its number of sources, in a line.
pub fn event_facts(tr: &super::i18n::Catalogue, e: &Event) -> String {
    use crate::model::Precision as P;
    let precision = tr.t(match e.when.precision {
        P::Day => "precision-day",
        P::Month => "precision-month",
        P::Year => "precision-year",
        P::Decade => "precision-decade",
        P::Century => "precision-century",
    });
    let mut facts = vec![tr.f("facts-precision", &[("p", precision.into())])];
    if e.when.inferred {
        facts.push(tr.t("facts-inferred").to_owned());
    }
    if e.kind == EventKind::Forecast {
        facts.push(tr.t("facts-forecast").to_owned());
    }
    facts.push(tr.f("facts-sources", &[("n", e.sources.len().into())]));
    facts.join(tr.t("sep"))
}

/// Draws paragraph `pi` of document `di` with every event date in it
/// emphasised (clickable) and, for `source`, its sentence highlighted.
/// Returns the event whose date was clicked.
fn paragraph_view(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    di: usize,
    pi: usize,
    source: Option<&crate::model::SourceSpan>,
    width: f32,
) -> Option<EventIx> {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let corpus = &cx.state.corpus;
    let view = reader_paragraph(corpus, di, pi, source, pal)?;
    let doc = &corpus.documents[di];
    let (text, mut spans, dates) = (view.text, view.spans, view.dates);
    // The search's hits and the text selected here.
    if cx.state.search.active() {
        for r in crate::search::find_in(&text, &cx.state.search.query) {
            spans.push(Span {
                range: r,
                color: None,
                bold: false,
                background: Some(pal.search_hit),
            });
        }
    }
    let selected = cx
        .drafts
        .reader_selection
        .as_ref()
        .filter(|s| s.doc == di && s.paragraph == pi)
        .map(super::curate_ui::ReaderSelection::range);
    if let Some(r) = selected.clone().filter(|r| !r.is_empty()) {
        spans.push(Span {
            range: r,
            color: None,
            bold: false,
            background: Some(pal.text_selection),
        });
    }
    let dim = doc.paragraphs[pi].kind != crate::corpus::BlockKind::Body;
    let color = if dim { pal.text_dim } else { pal.text };
    let entry = cx.text.get(
        &ctx,
        &text,
        &TextStyle::paragraph(15.0, color, width.max(100.0)),
        &spans,
    );
    let (rect, _) = ui.allocate_exact_size(vec2(width.max(100.0), entry.size.y), Sense::hover());
    // A stable id: the selection's drag goes on when widgets above the
    // reader come and go (the selection's own buttons appear).
    let resp = ui.interact(
        rect,
        egui::Id::unique(("reader-paragraph", di, pi, source.is_some())),
        Sense::click_and_drag(),
    );
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Paragraph, true, text.clone()));
    let origin = pos2(rect.max.x - entry.size.x, rect.min.y);
    entry.paint(ui.painter(), origin);
    // Selecting text with the mouse.
    if let Some(p) = resp.interact_pointer_pos() {
        let at = offset_at_point(&entry.glyphs, p - origin, text.len());
        if resp.drag_started() {
            // The drag is known once the pointer has moved: it started
            // where the button went down.
            let origin_at = ui.input(|i| i.pointer.press_origin()).map_or(at, |o| {
                offset_at_point(&entry.glyphs, o - origin, text.len())
            });
            cx.drafts.reader_selection = Some(super::curate_ui::ReaderSelection {
                doc: di,
                paragraph: pi,
                anchor: origin_at,
                cursor: at,
            });
        } else if resp.dragged()
            && let Some(sel) = cx.drafts.reader_selection.as_mut()
            && sel.doc == di
            && sel.paragraph == pi
        {
            sel.cursor = at;
        }
    }
    if resp.dragged() || resp.drag_started() {
        ctx.set_cursor_icon(egui::CursorIcon::Text);
    }
    let hover = resp.hover_pos().map(|p| p - origin);
    let over_date = hover
        .and_then(|h| entry.hit(h))
        .and_then(|b| dates.iter().find(|(r, _)| r.contains(&b)).map(|(_, e)| *e));
    if over_date.is_some() {
        ctx.set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if resp.clicked() {
        cx.drafts.reader_selection = None;
        over_date
    } else {
        None
    }
}

/// A paragraph as the reader shows it.
#[derive(Debug, Clone)]
pub struct ReaderParagraph {
    /// The original text (pieces split by a page break joined by a space).
    pub text: String,
    /// Styled ranges: the sentence background, the emphasised dates.
    pub spans: Vec<Span>,
    /// Ranges of event dates in `text` and their events.
    pub dates: Vec<(std::ops::Range<usize>, EventIx)>,
}

/// Paragraph `pi` of document `di` with every event date in it emphasised
/// and, for `source`, its sentence highlighted. The events come from the
/// corpus's paragraph index, not from a scan of every event.
#[must_use]
pub fn reader_paragraph(
    corpus: &Corpus,
    di: usize,
    pi: usize,
    source: Option<&crate::model::SourceSpan>,
    pal: &crate::theme::Palette,
) -> Option<ReaderParagraph> {
    let doc = corpus.documents.get(di)?;
    let p = doc.paragraphs.get(pi)?;
    let (text, map) = display_paragraph(doc, p);
    let mut spans = Vec::new();
    let mut dates: Vec<(std::ops::Range<usize>, EventIx)> = Vec::new();
    if let Some(s) = source
        && let (Some(a), Some(b)) = (map(s.bytes[0]), map(s.bytes[1]))
    {
        spans.push(Span {
            range: a..b,
            color: None,
            bold: false,
            background: Some(pal.sentence),
        });
    }
    for ei in corpus.events_in_paragraph(di, pi) {
        let Some(e) = corpus.event(ei) else { continue };
        for s in e
            .sources
            .iter()
            .filter(|s| s.doc == doc.id && s.paragraph == pi)
        {
            if let (Some(a), Some(b)) = (map(s.date_bytes[0]), map(s.date_bytes[1])) {
                spans.push(Span {
                    range: a..b,
                    color: Some(pal.date),
                    bold: true,
                    background: None,
                });
                dates.push((a..b, ei));
            }
        }
    }
    Some(ReaderParagraph { text, spans, dates })
}

/// The original text of a paragraph and a map from file byte offsets to
/// offsets in that text (correct for every encoding).
pub(crate) fn display_paragraph<'a>(
    doc: &'a crate::corpus::Document,
    p: &crate::corpus::Paragraph,
) -> (String, impl Fn(usize) -> Option<usize> + 'a) {
    let mut text = String::new();
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new(); // (file start, file end, text start)
    for piece in p.doc_pieces() {
        let [fs, fe] = doc.norm.file_range(piece.start, piece.end);
        if !text.is_empty() {
            text.push(' ');
        }
        pieces.push((fs, fe, text.len()));
        text.push_str(&doc.original([fs, fe]));
    }
    let map = move |f: usize| -> Option<usize> {
        pieces
            .iter()
            .find(|(fs, fe, _)| f >= *fs && f <= *fe)
            .map(|(fs, _, ts)| ts + doc.original([*fs, f]).len())
    };
    (text, map)
}

/// The byte range in the file of `range` of a paragraph's text (as
/// `display_paragraph` gives it; exact for UTF-8 files, the piece's start
/// for others).
#[must_use]
pub fn file_range(
    doc: &crate::corpus::Document,
    p: &crate::corpus::Paragraph,
    range: std::ops::Range<usize>,
) -> [usize; 2] {
    let mut at = 0;
    let mut out = [0, 0];
    let mut first = true;
    for piece in p.doc_pieces() {
        let [fs, fe] = doc.norm.file_range(piece.start, piece.end);
        if !first {
            at += 1;
        }
        first = false;
        let len = doc.original([fs, fe]).len();
        let map = |t: usize| (fs + t.saturating_sub(at)).min(fe);
        if (at..=at + len).contains(&range.start) {
            out[0] = map(range.start);
        }
        if (at..=at + len).contains(&range.end) {
            out[1] = map(range.end);
        }
        at += len;
    }
    out
}

/// The offset in a wrapped paragraph nearest to `p` (relative to the text's
/// top-left): on the line under it, the side of the glyph it is on.
#[must_use]
pub fn offset_at_point(glyphs: &[crate::text::GlyphBox], p: egui::Vec2, len: usize) -> usize {
    let tops = || glyphs.iter().map(|g| g.y);
    let Some(y) = tops()
        .filter(|&y| y <= p.y)
        .reduce(f32::max)
        .or_else(|| tops().reduce(f32::min))
    else {
        return 0;
    };
    let line: Vec<crate::text::GlyphBox> = glyphs
        .iter()
        .filter(|g| (g.y - y).abs() < 0.5)
        .copied()
        .collect();
    super::text_field::offset_at(&line, p.x, len, true)
}
