//! The curation panel (under the reader's event header): edit the selected
//! event's title, English title, date, kind, actors, regions, note and tags,
//! star, hide or restore it, merge the selected events or split a merged
//! one, and step back through the history. Also the "New event from
//! selection" window.

use egui::Sense;

use super::curate::edit_of;
use super::text_field::TextField;
use super::widgets as w;
use super::{Action, Cx, GahnamaApp};
use crate::curation::{Edit, Op};
use crate::model::{Event, EventKind};
use crate::text::TextStyle;

/// What is being typed in the panel (kept until applied or another event is
/// selected).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drafts {
    /// The event the drafts are about.
    pub event: Option<String>,
    /// Title.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// Date.
    pub date: String,
    /// Note.
    pub note: String,
    /// A tag to add.
    pub tag: String,
    /// An actor to add (gazetteer search or a free name).
    pub actor: String,
    /// A region to add.
    pub region: String,
    /// The name to save the view under.
    pub view_name: String,
    /// Text selected in the reader.
    pub reader_selection: Option<ReaderSelection>,
    /// The new event being made from a selection.
    pub new_event: Option<NewEvent>,
    /// What the drafts were filled from: the event's id, title, English
    /// title, date as written and note.
    pub shown: Option<(String, String, String, String, String)>,
}

/// A selection in one paragraph of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderSelection {
    /// The document's index.
    pub doc: usize,
    /// The paragraph.
    pub paragraph: usize,
    /// Where the drag started and where it is now (offsets in the
    /// paragraph's text).
    pub anchor: usize,
    /// The other end.
    pub cursor: usize,
}

impl ReaderSelection {
    /// The selected range, in order.
    #[must_use]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.anchor.min(self.cursor)..self.anchor.max(self.cursor)
    }
}

/// A new event being made from selected text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// The document's index.
    pub doc: usize,
    /// The paragraph.
    pub paragraph: usize,
    /// The selected text (the event's sentence).
    pub sentence: String,
    /// Byte range of the sentence in the file.
    pub bytes: [usize; 2],
    /// Title.
    pub title: String,
    /// Date, as the date entry accepts it.
    pub date: String,
}

impl Drafts {
    /// Fills the drafts from `e` when another event is selected, or when
    /// an edit (or its undo) changed what they show.
    /// `entry` gives the date entry's text for the event's date.
    pub fn follow(&mut self, e: &Event, entry: impl FnOnce(&crate::model::When) -> String) {
        let c = e.curation.as_deref();
        let key = (
            e.id.clone(),
            e.title.clone(),
            e.title_en.clone().unwrap_or_default(),
            e.when.text.as_str().to_owned(),
            c.and_then(|c| c.note.clone()).unwrap_or_default(),
        );
        if self.shown.as_ref() == Some(&key) {
            return;
        }
        let same_event = self.event.as_deref() == Some(e.id.as_str());
        *self = Self {
            event: Some(e.id.clone()),
            title: key.1.clone(),
            title_en: key.2.clone(),
            date: entry(&e.when),
            note: key.4.clone(),
            // A tag or a name half typed stays while the event is the same.
            tag: if same_event {
                std::mem::take(&mut self.tag)
            } else {
                String::new()
            },
            actor: if same_event {
                std::mem::take(&mut self.actor)
            } else {
                String::new()
            },
            region: if same_event {
                std::mem::take(&mut self.region)
            } else {
                String::new()
            },
            view_name: std::mem::take(&mut self.view_name),
            reader_selection: self.reader_selection.take(),
            new_event: self.new_event.take(),
            shown: Some(key),
        };
    }
}

/// One edit `op` of each selected event.
fn each(cx: &Cx<'_>, op: &Op) -> Vec<Edit> {
    super::curate::edits_for_selection(cx.state, op)
}

/// A labelled row with a Persian field; returns the field's output.
fn field_row(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    (label, name): (&str, &str),
    id: &str,
    text: &str,
    hint: &str,
) -> super::text_field::FieldOutput {
    ui.horizontal(|ui| {
        field_label(cx, ui, label);
        TextField::new(id, text, name).hint(hint).show(ui, cx.text)
    })
    .inner
}

/// A field's label, in a column of one width.
fn field_label(cx: &mut Cx<'_>, ui: &mut egui::Ui, label: &str) {
    let size = w::measure(cx.text, label, w::BODY);
    let room = 72.0_f32.max(size.x);
    ui.allocate_ui_with_layout(
        egui::vec2(room, 20.0),
        egui::Layout::centered_and_justified(egui::Direction::LeftToRight),
        |ui| w::row(ui, cx.tr().rtl(), |ui| w::label(ui, cx.text, label)),
    );
}

/// A labelled field over one of the drafts; the draft, trimmed, when
/// Enter was pressed in it.
fn draft_row(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    names: (&str, &str),
    id: &str,
    hint: &str,
    slot: fn(&mut Drafts) -> &mut String,
) -> Option<String> {
    let text = slot(cx.drafts).clone();
    let out = field_row(cx, ui, names, id, &text, hint);
    if let Some(t) = out.changed {
        *slot(cx.drafts) = t;
    }
    out.submitted.then(|| slot(cx.drafts).trim().to_owned())
}

/// The curation panel for the selected event `e`.
pub fn curation_panel(cx: &mut Cx<'_>, ui: &mut egui::Ui, e: &Event) {
    let extractor = &cx.state.extractor;
    cx.drafts.follow(e, |w| extractor.date_entry(w));
    let c = e.curation.as_deref();
    let hidden = c.is_some_and(|c| c.hidden);
    let starred = c.is_some_and(|c| c.starred);
    let n = cx.state.ui.selection().count();
    let tr = cx.tr();
    ui.horizontal_wrapped(|ui| {
        let star = tr.t(if starred {
            "curate-starred"
        } else {
            "curate-star"
        });
        if w::selectable(ui, cx.text, starred, star).clicked() {
            cx.act(Action::Curate(each(
                cx,
                if starred { &Op::Unstar } else { &Op::Star },
            )));
        }
        let hide = tr.t(if hidden {
            "curate-restore"
        } else {
            "curate-hide"
        });
        if w::button(ui, cx.text, hide).clicked() {
            cx.act(Action::Curate(each(
                cx,
                if hidden { &Op::Unhide } else { &Op::Hide },
            )));
        }
        if n > 1 && w::button(ui, cx.text, &tr.f("curate-merge", &[("n", n.into())])).clicked() {
            cx.act(Action::MergeSelected);
        }
        let merged = c.is_some_and(|c| !c.merged.is_empty());
        if (e.sources.len() > 1 || merged) && w::button(ui, cx.text, tr.t("curate-split")).clicked()
        {
            cx.act(Action::Curate(vec![edit_of(e, Op::Split)]));
        }
    });
    if n > 1 {
        w::weak(ui, cx.text, &tr.f("curate-n-selected", &[("n", n.into())]));
    }
    // Title, English title and date: Enter applies what was typed.
    let typed = draft_row(
        cx,
        ui,
        (tr.t("curate-title"), tr.t("curate-title-name")),
        "edit-title",
        tr.t("curate-title-hint"),
        |d| &mut d.title,
    );
    if let Some(title) = typed.filter(|t| !t.is_empty() && *t != e.title) {
        cx.act(Action::Curate(vec![edit_of(e, Op::Retitle { title })]));
    }
    let typed = draft_row(
        cx,
        ui,
        (tr.t("curate-english"), tr.t("curate-english-name")),
        "edit-title-en",
        tr.t("curate-english-hint"),
        |d| &mut d.title_en,
    );
    if let Some(title_en) = typed.filter(|t| Some(t.as_str()) != e.title_en.as_deref()) {
        cx.act(Action::Curate(vec![edit_of(e, Op::RetitleEn { title_en })]));
    }
    // The date shows both calendars before it is accepted.
    let typed = draft_row(
        cx,
        ui,
        (tr.t("curate-date"), tr.t("curate-date-name")),
        "edit-date",
        "۱۵ خرداد ۱۳۷۶ · May 1997 · 1997-05-27",
        |d| &mut d.date,
    );
    let parsed = cx.state.extractor.parse_when(&cx.drafts.date);
    date_preview(
        cx,
        ui,
        tr.t("curate-date"),
        parsed.as_ref(),
        &cx.drafts.date.clone(),
    );
    // An entry read as the event's own interval changes nothing.
    let same = parsed.as_ref().is_none_or(|p| p.same_interval(&e.when));
    if let Some(date) = typed.filter(|_| !same) {
        cx.act(Action::Curate(vec![edit_of(e, Op::Redate { date })]));
    }
    // Kind.
    ui.horizontal(|ui| {
        field_label(cx, ui, tr.t("curate-kind"));
        for (k, name) in [
            (EventKind::Event, "curate-kind-event"),
            (EventKind::Forecast, "curate-kind-forecast"),
        ] {
            if w::selectable(ui, cx.text, e.kind == k, tr.t(name)).clicked() && e.kind != k {
                cx.act(Action::Curate(vec![edit_of(e, Op::SetKind { kind: k })]));
            }
        }
    });
    // Actors and regions.
    let actors: Vec<String> = e.actors.iter().map(|a| a.to_string()).collect();
    if let Some(list) = chips(
        cx,
        ui,
        tr.t("curate-actors"),
        "edit-actor",
        &actors,
        Pick::Actor,
    ) {
        cx.act(Action::Curate(vec![edit_of(
            e,
            Op::SetActors { actors: list },
        )]));
    }
    let regions: Vec<String> = e.regions.iter().map(|a| a.to_string()).collect();
    if let Some(list) = chips(
        cx,
        ui,
        tr.t("curate-regions"),
        "edit-region",
        &regions,
        Pick::Region,
    ) {
        cx.act(Action::Curate(vec![edit_of(
            e,
            Op::SetRegions { regions: list },
        )]));
    }
    // Note and tags.
    let typed = draft_row(
        cx,
        ui,
        (tr.t("curate-note"), tr.t("curate-note-name")),
        "edit-note",
        tr.t("curate-note-hint"),
        |d| &mut d.note,
    );
    let old_note = c.and_then(|c| c.note.clone()).unwrap_or_default();
    if let Some(note) = typed.filter(|t| *t != old_note) {
        cx.act(Action::Curate(vec![edit_of(e, Op::Note { note })]));
    }
    let tags: Vec<String> = c
        .map(|c| c.tags.iter().cloned().collect())
        .unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        field_label(cx, ui, tr.t("curate-tags"));
        for t in &tags {
            if chip(
                cx,
                ui,
                t,
                &tr.f("curate-remove-tag", &[("tag", t.as_str().into())]),
            ) {
                cx.act(Action::Curate(vec![edit_of(
                    e,
                    Op::Untag { tag: t.clone() },
                )]));
            }
        }
    });
    let typed = draft_row(
        cx,
        ui,
        (tr.t("curate-add-tag"), tr.t("curate-add-tag-name")),
        "edit-tag",
        tr.t("curate-add-tag-hint"),
        |d| &mut d.tag,
    );
    if let Some(tag) = typed.filter(|t| !t.is_empty()) {
        cx.drafts.tag.clear();
        cx.act(Action::Curate(each(cx, &Op::Tag { tag })));
    }
    w::weak(ui, cx.text, tr.t("curate-enter-applies"));
    history(cx, ui);
}

/// Shows what a typed date reads as, in both calendars.
fn date_preview(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    what: &str,
    parsed: Option<&crate::model::When>,
    typed: &str,
) {
    let ctx = ui.ctx().clone();
    let pal = GahnamaApp::palette(&ctx);
    let (text, color) = match parsed {
        Some(w) => (
            crate::layout::format::both(w, cx.state.settings.digits),
            pal.text_dim,
        ),
        None if typed.trim().is_empty() => return,
        None => (cx.tr().t("curate-not-a-date").to_owned(), pal.date),
    };
    let entry = cx
        .text
        .get(&ctx, &text, &TextStyle::label(13.0, color), &[]);
    let (rect, resp) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), entry.size.y),
        Sense::hover(),
    );
    entry.paint(
        ui.painter(),
        egui::pos2(rect.right() - entry.size.x, rect.top()),
    );
    let label = if parsed.is_some() {
        cx.tr().f(
            "curate-reads-as",
            &[("what", what.into()), ("text", text.as_str().into())],
        )
    } else {
        cx.tr().f("curate-not-read", &[("what", what.into())])
    };
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
}

/// A chip whose click removes it, named `name`; true when removed.
fn chip(cx: &mut Cx<'_>, ui: &mut egui::Ui, label: &str, name: &str) -> bool {
    let r = w::chip(ui, cx.text, label, name);
    w::tooltip(r, cx.text, cx.tr().t("remove")).clicked()
}

/// Which list the chips edit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pick {
    Actor,
    Region,
}

/// The chips of a list with a field that adds from the gazetteer (or a new
/// free name); the new list when it changed.
fn chips(
    cx: &mut Cx<'_>,
    ui: &mut egui::Ui,
    label: &str,
    id: &str,
    items: &[String],
    pick: Pick,
) -> Option<Vec<String>> {
    let mut out = None;
    let g = &cx.state.extractor.gazetteer;
    ui.horizontal_wrapped(|ui| {
        field_label(cx, ui, label);
        for it in items {
            if chip(
                cx,
                ui,
                &g.label(it),
                &cx.tr().f("curate-remove", &[("name", it.as_str().into())]),
            ) {
                out = Some(items.iter().filter(|i| *i != it).cloned().collect());
            }
        }
    });
    let draft = match pick {
        Pick::Actor => cx.drafts.actor.clone(),
        Pick::Region => cx.drafts.region.clone(),
    };
    let tr = cx.tr();
    let (add, name) = match pick {
        Pick::Actor => ("curate-add-actor", "curate-new-actor"),
        Pick::Region => ("curate-add-region", "curate-new-region"),
    };
    let field = field_row(
        cx,
        ui,
        (tr.t(add), tr.t(name)),
        id,
        &draft,
        tr.t("curate-names-hint"),
    );
    let mut draft = field.changed.unwrap_or(draft);
    let q = crate::search::fold(&draft);
    let mut chosen: Option<String> = None;
    if !q.is_empty() {
        // Suggestions from the gazetteer.
        let ids: Vec<String> = cx
            .state
            .corpus
            .counts
            .actors
            .iter()
            .map(|(a, _)| a.clone())
            .chain(
                cx.state
                    .corpus
                    .counts
                    .regions
                    .iter()
                    .map(|(r, _)| r.clone()),
            )
            .filter(|a| crate::search::matches(&g.label(a), &q))
            .filter(|a| !items.contains(a))
            .take(6)
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.add_space(74.0);
            for a in &ids {
                let ctx = ui.ctx().clone();
                let pal = GahnamaApp::palette(&ctx);
                let entry = cx
                    .text
                    .get(&ctx, &g.label(a), &TextStyle::auto(12.0, pal.text), &[]);
                let (rect, resp) =
                    ui.allocate_exact_size(entry.size + egui::vec2(8.0, 2.0), Sense::click());
                let fill = if resp.hovered() {
                    ui.visuals().widgets.hovered.bg_fill
                } else {
                    ui.visuals().faint_bg_color
                };
                ui.painter().rect_filled(rect, 4.0, fill);
                entry.paint(ui.painter(), rect.min + egui::vec2(4.0, 1.0));
                let name = tr.f("curate-add", &[("name", a.as_str().into())]);
                resp.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
                });
                if resp.clicked() {
                    chosen = Some(a.clone());
                }
            }
        });
        if field.submitted && chosen.is_none() {
            // Enter: the first suggestion, else the name as typed.
            chosen = Some(
                ids.first()
                    .cloned()
                    .unwrap_or_else(|| draft.trim().to_owned()),
            );
        }
    }
    if let Some(a) = chosen {
        let mut list = items.to_vec();
        list.push(a);
        out = Some(list);
        draft.clear();
    }
    match pick {
        Pick::Actor => cx.drafts.actor = draft,
        Pick::Region => cx.drafts.region = draft,
    }
    out
}

/// Undo/redo and the visible history.
fn history(cx: &mut Cx<'_>, ui: &mut egui::Ui) {
    let c = &cx.state.curation;
    let tr = cx.tr();
    ui.horizontal(|ui| {
        let r = w::button_enabled(ui, cx.text, c.can_undo(), tr.t("curate-undo"));
        if w::tooltip(r, cx.text, "Ctrl+Z").clicked() {
            cx.act(Action::Undo);
        }
        let r = w::button_enabled(ui, cx.text, c.can_redo(), tr.t("curate-redo"));
        if w::tooltip(r, cx.text, "Ctrl+Shift+Z, Ctrl+Y").clicked() {
            cx.act(Action::Redo);
        }
    });
    let steps = c.history(tr);
    let title = tr.f("curate-history", &[("n", steps.len().into())]);
    let id = ui.scope_id().with("curation-history");
    let mut open = w::collapsing_header(ui, cx.text, id, &title, true);
    open.show_body_unindented(ui, |ui| {
        if steps.is_empty() {
            w::weak(ui, cx.text, tr.t("curate-no-edits"));
        }
        for (i, s) in steps.iter().enumerate().rev() {
            let ctx = ui.ctx().clone();
            let pal = GahnamaApp::palette(&ctx);
            let line = tr.f(
                "curate-step",
                &[("n", (i + 1).into()), ("what", s.as_str().into())],
            );
            let entry = cx
                .text
                .get(&ctx, &line, &TextStyle::auto(12.0, pal.text), &[]);
            let (rect, resp) = ui.allocate_exact_size(
                egui::vec2(ui.available_width(), entry.size.y),
                Sense::click(),
            );
            if resp.hovered() {
                ui.painter()
                    .rect_filled(rect, 2.0, ui.visuals().widgets.hovered.bg_fill);
            }
            let x = if tr.rtl() {
                rect.right() - entry.size.x
            } else {
                rect.left()
            };
            entry.paint(ui.painter(), egui::pos2(x, rect.top()));
            let name = tr.f("a11y-history-step", &[("n", (i + 1).into())]);
            resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
            if w::tooltip(resp, cx.text, tr.t("curate-undo-to")).clicked() {
                cx.act(Action::UndoTo(i + 1));
            }
        }
    });
    open.store(ui.ctx());
}

/// The window that makes an event from text selected in the reader.
pub fn new_event_window(cx: &mut Cx<'_>, ctx: &egui::Context) {
    let Some(mut ne) = cx.drafts.new_event.clone() else {
        return;
    };
    let mut open = true;
    let mut create = false;
    let tr = cx.tr();
    let rtl = tr.rtl();
    w::window(ctx, "new-event-window", rtl)
        .default_width(460.0)
        .show(ctx, |ui| {
            w::column(ui, rtl, |ui| {
                if w::window_title(ui, cx.text, tr.t("new-event-title"), tr.t("close")) {
                    open = false;
                }
                let pal = GahnamaApp::palette(ctx);
                let entry = cx.text.get(
                    ctx,
                    &ne.sentence,
                    &TextStyle::paragraph(14.0, pal.text_dim, 440.0),
                    &[],
                );
                let (rect, _) = ui.allocate_exact_size(entry.size, Sense::hover());
                entry.paint(ui.painter(), rect.min);
                let out = field_row(
                    cx,
                    ui,
                    (tr.t("curate-title"), tr.t("new-event-title-name")),
                    "new-title",
                    &ne.title,
                    tr.t("curate-title-hint"),
                );
                if let Some(t) = out.changed {
                    ne.title = t;
                }
                let out2 = field_row(
                    cx,
                    ui,
                    (tr.t("curate-date"), tr.t("new-event-date-name")),
                    "new-date",
                    &ne.date,
                    "۱۵ خرداد ۱۳۷۶",
                );
                if let Some(t) = out2.changed {
                    ne.date = t;
                }
                let parsed = cx.state.extractor.parse_when(&ne.date);
                date_preview(
                    cx,
                    ui,
                    tr.t("new-event-date-name"),
                    parsed.as_ref(),
                    &ne.date.clone(),
                );
                let ok = parsed.is_some() && !ne.title.trim().is_empty();
                if w::button_enabled(ui, cx.text, ok, tr.t("new-event-create")).clicked()
                    || (ok && (out.submitted || out2.submitted))
                {
                    create = true;
                }
            })
        });
    if create {
        cx.act(Action::CreateEvent(ne));
        cx.drafts.new_event = None;
    } else if open {
        cx.drafts.new_event = Some(ne);
    } else {
        cx.drafts.new_event = None;
    }
}
