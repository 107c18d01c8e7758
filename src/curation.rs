//! Curation: the analyst's corrections as a list of operations on events,
//! kept in a project file (`*.gahnama`, schema `gahnama.project/1`), and
//! applied to a freshly extracted timeline.
//!
//! An operation names its event by the events JSON's `id`. Each edit also
//! carries an [`Anchor`]: the event's document, date phrase and sentence.
//! When re-extraction gives the event another id (its text moved, or a
//! newer Gahnama), the edit finds it again by that text. An edit whose text
//! is gone is listed as orphaned and kept in the project, never dropped.
//!
//! A person or a script can write edits by hand:
//! `{"event": "ev-…", "op": "hide"}`,
//! `{"event": "ev-…", "op": "retitle", "title": "…"}`,
//! `{"event": "ev-…", "op": "redate", "date": "۱۵ خرداد ۱۳۷۶"}`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::{Event, EventKind, SourceSpan, Timeline, When};

/// The project file's schema.
pub const PROJECT_SCHEMA: &str = "gahnama.project/1";

/// A project: the corpus, the documents' dates, the curation, saved views
/// and settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Always [`PROJECT_SCHEMA`].
    pub schema: String,
    /// Files and folders of the corpus, relative to the project file where
    /// they are under its folder.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Dates the user set, by document path (as the paths are written).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub document_dates: BTreeMap<String, String>,
    /// The curation, in the order it was made.
    #[serde(default)]
    pub edits: Vec<Edit>,
    /// Named saved views.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<SavedView>,
    /// The app's settings (opaque here).
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub settings: serde_json::Value,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            schema: PROJECT_SCHEMA.to_owned(),
            paths: Vec::new(),
            document_dates: BTreeMap::new(),
            edits: Vec::new(),
            views: Vec::new(),
            settings: serde_json::Value::Null,
        }
    }
}

/// A named view: filters, visible range, lanes and calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    /// Its name.
    pub name: String,
    /// The filters.
    #[serde(default)]
    pub filter: crate::filter::Filter,
    /// First and last year shown, if not all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<(i32, i32)>,
    /// Lanes.
    #[serde(default = "default_group")]
    pub group_by: crate::layout::GroupBy,
}

fn default_group() -> crate::layout::GroupBy {
    crate::layout::GroupBy::Actor
}

/// One curation operation on one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    /// The event's id in the events JSON (for `add`: the new event's id).
    pub event: String,
    /// What is done.
    #[serde(flatten)]
    pub op: Op,
    /// The text that finds the event again when its id changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

/// The operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// Hide from the timeline, the list and the exports.
    Hide,
    /// Show again.
    Unhide,
    /// A new Persian title.
    Retitle {
        /// The title.
        title: String,
    },
    /// A new English title (empty: none).
    RetitleEn {
        /// The title.
        title_en: String,
    },
    /// A new date, written as the date entry accepts it («۱۵ خرداد ۱۳۷۶»,
    /// «May 1997», «1997-05-27», «دهه ۱۳۶۰»).
    Redate {
        /// The date.
        date: String,
    },
    /// Event or forecast.
    SetKind {
        /// The kind.
        kind: EventKind,
    },
    /// The actors (gazetteer ids or free names).
    SetActors {
        /// The actors.
        actors: Vec<String>,
    },
    /// The regions.
    SetRegions {
        /// The regions.
        regions: Vec<String>,
    },
    /// A note (empty: none).
    Note {
        /// The note.
        note: String,
    },
    /// Adds a tag.
    Tag {
        /// The tag.
        tag: String,
    },
    /// Removes a tag.
    Untag {
        /// The tag.
        tag: String,
    },
    /// Stars it.
    Star,
    /// Unstars it.
    Unstar,
    /// Merges these events into this one (their sources join its sources).
    Merge {
        /// The events merged in.
        with: Vec<String>,
    },
    /// Splits an event into one event per source.
    Split,
    /// A new event.
    Add {
        /// Its title.
        title: String,
        /// Its date, as for `redate`.
        date: String,
        /// The document it is read from, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        doc: Option<String>,
        /// The sentence it is read from, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sentence: Option<String>,
        /// Its actors.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        actors: Vec<String>,
        /// Where the sentence is: its paragraph and its byte range in the
        /// file (the reader shows it in place), when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<Place>,
    },
}

/// Where an added event's sentence is in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The paragraph (0-based).
    pub paragraph: usize,
    /// The line (1-based).
    pub line: usize,
    /// Byte range of the sentence in the file.
    pub bytes: [usize; 2],
    /// Byte range of the date phrase in the file (empty: typed, not read).
    #[serde(default)]
    pub date_bytes: [usize; 2],
}

/// What finds an event again: its first source's document, the date as
/// written, and the sentence around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The document's id.
    pub doc: String,
    /// The date phrase as written.
    pub date_text: String,
    /// The sentence holding it.
    pub sentence: String,
}

impl Anchor {
    /// The anchor of an event (from its first source).
    #[must_use]
    pub fn of(e: &Event) -> Option<Self> {
        let s = e.sources.first()?;
        Some(Self {
            doc: s.doc.to_string(),
            date_text: e.when.text.as_str().to_owned(),
            sentence: s.sentence.as_str().trim().to_owned(),
        })
    }
}

/// What the curation did to an event, carried with it to the list, the
/// filters and the exports (absent on an event nobody touched).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Curated {
    /// Hidden.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Starred.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub starred: bool,
    /// Its title, date, kind, actors or regions were changed, or it was
    /// merged, split or added.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
    /// The note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The tags.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub tags: BTreeSet<String>,
    /// The ids of the events merged into it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
}

/// An edit that could not be applied, and why; it stays in the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    /// The edit's place in the project's list.
    pub index: usize,
    /// Why.
    pub why: String,
}

/// A curated timeline and the edits that found no event.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The events after the edits (hidden ones included, marked).
    pub timeline: Timeline,
    /// Edits whose event is gone.
    pub orphans: Vec<Orphan>,
}

/// Applies `edits` in order to `base`. `parse_date` reads a date as the date
/// entry does (the extractor's [`crate::extract::Extractor::parse_when`]).
#[must_use]
pub fn apply(
    base: &Timeline,
    edits: &[Edit],
    parse_date: &dyn Fn(&str) -> Option<When>,
) -> Applied {
    let mut events: Vec<Option<Event>> = base.events.iter().cloned().map(Some).collect();
    let mut by_id: HashMap<String, usize> = events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|e| (e.id.clone(), i)))
        .collect();
    let mut orphans = Vec::new();
    for (index, edit) in edits.iter().enumerate() {
        if let Op::Add {
            title,
            date,
            doc,
            sentence,
            actors,
            place,
        } = &edit.op
        {
            let Some(mut when) = parse_date(date) else {
                orphans.push(Orphan {
                    index,
                    why: format!("«{date}» is not a date Gahnama reads"),
                });
                continue;
            };
            when.text = date.as_str().into();
            let e = Event {
                id: edit.event.clone(),
                title: title.clone(),
                title_en: None,
                when,
                kind: EventKind::Event,
                actors: actors.iter().map(|a| Arc::from(a.as_str())).collect(),
                people: Vec::new(),
                regions: Vec::new(),
                sources: match (doc, sentence) {
                    (Some(d), Some(s)) => vec![SourceSpan {
                        doc: Arc::from(d.as_str()),
                        paragraph: place.map_or(0, |p| p.paragraph),
                        line: place.map_or(0, |p| p.line),
                        bytes: place.map_or([0, 0], |p| p.bytes),
                        date_bytes: place.map_or([0, 0], |p| p.date_bytes),
                        sentence: s.as_str().into(),
                    }],
                    _ => Vec::new(),
                },
                confidence: 1.0,
                curation: Some(Box::new(Curated {
                    edited: true,
                    ..Curated::default()
                })),
            };
            by_id.insert(e.id.clone(), events.len());
            events.push(Some(e));
            continue;
        }
        let Some(i) = find(&events, &by_id, edit) else {
            orphans.push(Orphan {
                index,
                why: format!(
                    "event {} is not in the timeline, and its text{} is not found",
                    edit.event,
                    edit.anchor
                        .as_ref()
                        .map_or(String::new(), |a| format!(" («{}»)", a.date_text))
                ),
            });
            continue;
        };
        if let Err(why) = apply_one(&mut events, &mut by_id, i, &edit.op, parse_date) {
            orphans.push(Orphan { index, why });
        }
    }
    Applied {
        timeline: Timeline::new(
            base.documents.clone(),
            events.into_iter().flatten().collect(),
        ),
        orphans,
    }
}

/// The event an edit is about: by id, else by its anchor's text.
fn find(events: &[Option<Event>], by_id: &HashMap<String, usize>, edit: &Edit) -> Option<usize> {
    if let Some(&i) = by_id.get(&edit.event)
        && events[i].is_some()
    {
        return Some(i);
    }
    let a = edit.anchor.as_ref()?;
    let matches = |e: &Event, same_doc: bool| {
        e.when.text.as_str() == a.date_text
            && e.sources.iter().any(|s| {
                (!same_doc || *s.doc == *a.doc) && s.sentence.as_str().trim() == a.sentence
            })
    };
    // The same document first, then any (the file was renamed).
    for same_doc in [true, false] {
        if let Some(i) = events
            .iter()
            .position(|e| e.as_ref().is_some_and(|e| matches(e, same_doc)))
        {
            return Some(i);
        }
    }
    None
}

fn curated(e: &mut Event) -> &mut Curated {
    e.curation.get_or_insert_with(Box::default)
}

fn apply_one(
    events: &mut Vec<Option<Event>>,
    by_id: &mut HashMap<String, usize>,
    i: usize,
    op: &Op,
    parse_date: &dyn Fn(&str) -> Option<When>,
) -> Result<(), String> {
    let shared = |v: &[String]| v.iter().map(|a| Arc::from(a.as_str())).collect::<Vec<_>>();
    if let Op::Merge { with } = op {
        let mut sources = Vec::new();
        let mut merged = Vec::new();
        for id in with {
            let Some(&j) = by_id.get(id) else {
                return Err(format!("{id}, to merge, is not in the timeline"));
            };
            if j == i {
                continue;
            }
            if let Some(other) = events[j].take() {
                sources.extend(other.sources);
                merged.push(other.id);
            }
        }
        let e = events[i].as_mut().ok_or("the event was merged away")?;
        e.sources.extend(sources);
        let c = curated(e);
        c.merged.extend(merged);
        c.edited = true;
        return Ok(());
    }
    if *op == Op::Split {
        let e = events[i].as_mut().ok_or("the event was merged away")?;
        if e.sources.len() < 2 {
            return Err("an event with one source cannot be split".to_owned());
        }
        let rest = e.sources.split_off(1);
        curated(e).edited = true;
        let template = e.clone();
        for (n, s) in rest.into_iter().enumerate() {
            let mut part = template.clone();
            part.id = format!("{}/{}", template.id, n + 2);
            part.sources = vec![s];
            by_id.insert(part.id.clone(), events.len());
            events.push(Some(part));
        }
        return Ok(());
    }
    let e = events[i].as_mut().ok_or("the event was merged away")?;
    match op {
        Op::Hide => curated(e).hidden = true,
        Op::Unhide => curated(e).hidden = false,
        Op::Retitle { title } => {
            e.title.clone_from(title);
            curated(e).edited = true;
        }
        Op::RetitleEn { title_en } => {
            e.title_en = (!title_en.is_empty()).then(|| title_en.clone());
            curated(e).edited = true;
        }
        Op::Redate { date } => {
            let mut when =
                parse_date(date).ok_or_else(|| format!("«{date}» is not a date Gahnama reads"))?;
            when.text = date.as_str().into();
            e.when = when;
            curated(e).edited = true;
        }
        Op::SetKind { kind } => {
            e.kind = *kind;
            curated(e).edited = true;
        }
        Op::SetActors { actors } => {
            e.actors = shared(actors);
            curated(e).edited = true;
        }
        Op::SetRegions { regions } => {
            e.regions = shared(regions);
            curated(e).edited = true;
        }
        Op::Note { note } => curated(e).note = (!note.is_empty()).then(|| note.clone()),
        Op::Tag { tag } => {
            curated(e).tags.insert(tag.clone());
        }
        Op::Untag { tag } => {
            curated(e).tags.remove(tag);
        }
        Op::Star => curated(e).starred = true,
        Op::Unstar => curated(e).starred = false,
        Op::Merge { .. } | Op::Split | Op::Add { .. } => {}
    }
    Ok(())
}

impl Project {
    /// Reads a project file.
    ///
    /// # Errors
    /// A message naming the file: unreadable, not JSON, or not a project.
    pub fn load(path: &std::path::Path) -> Result<Self, String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        let p: Self = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not a Gahnama project ({e})", path.display()))?;
        if p.schema != PROJECT_SCHEMA {
            return Err(format!(
                "{}: a `{}` file, not a Gahnama project ({PROJECT_SCHEMA})",
                path.display(),
                p.schema
            ));
        }
        Ok(p)
    }

    /// Writes the project atomically: a temporary file beside it, synced,
    /// then renamed over it, so a crash leaves the old file or the new one.
    ///
    /// # Errors
    /// Writing, syncing or renaming.
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        crate::export::write_atomically(path, &json)
    }

    /// The corpus's paths, those written relative taken from the project
    /// file's folder.
    #[must_use]
    pub fn resolved_paths(&self, project: &std::path::Path) -> Vec<std::path::PathBuf> {
        let base = project.parent().unwrap_or(std::path::Path::new(""));
        self.paths
            .iter()
            .map(|p| {
                let p = std::path::PathBuf::from(p);
                if p.is_absolute() { p } else { base.join(p) }
            })
            .collect()
    }

    /// `path` as the project writes it: relative to the project file's
    /// folder when it is under it, else as given.
    #[must_use]
    pub fn relative_path(project: &std::path::Path, path: &std::path::Path) -> String {
        let base = project.parent().unwrap_or(std::path::Path::new(""));
        let abs =
            |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        match abs(path).strip_prefix(abs(base)) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.display().to_string(),
            Ok(_) => ".".to_owned(),
            Err(_) => path.display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> (Timeline, crate::extract::Extractor) {
        let ex = crate::extract::Extractor::bundled().expect("extractor");
        (ex.extract(&crate::seeds::load().documents), ex)
    }

    fn edit(event: &str, op: Op) -> Edit {
        Edit {
            event: event.to_owned(),
            op,
            anchor: None,
        }
    }

    #[test]
    fn edits_written_by_hand_read_and_write_as_the_issue_shows() {
        let json = r#"[
            {"event": "ev-1", "op": "hide"},
            {"event": "ev-1", "op": "retitle", "title": "نشست"},
            {"event": "ev-1", "op": "redate", "date": "۱۵ خرداد ۱۳۷۶"},
            {"event": "ev-1", "op": "merge", "with": ["ev-2"]},
            {"event": "ev-1", "op": "tag", "tag": "gas"}
        ]"#;
        let edits: Vec<Edit> = serde_json::from_str(json).expect("edits");
        assert_eq!(edits[0].op, Op::Hide);
        assert_eq!(
            edits[2].op,
            Op::Redate {
                date: "۱۵ خرداد ۱۳۷۶".into()
            }
        );
        let back = serde_json::to_value(&edits[1]).expect("json");
        assert_eq!(
            back,
            serde_json::json!({"event": "ev-1", "op": "retitle", "title": "نشست"})
        );
    }

    #[test]
    fn each_op_changes_the_event_and_hidden_ones_leave_the_default_view() {
        let (t, ex) = seeds();
        let parse = |s: &str| ex.parse_when(s);
        let a = t.events[0].id.clone();
        let b = t.events[1].id.clone();
        let edits = vec![
            edit(
                &a,
                Op::Retitle {
                    title: "عنوان نو".into(),
                },
            ),
            edit(
                &a,
                Op::Redate {
                    date: "۱۵ خرداد ۱۳۷۶".into(),
                },
            ),
            edit(&a, Op::Star),
            edit(
                &a,
                Op::Tag {
                    tag: "نفت".into()
                },
            ),
            edit(
                &a,
                Op::Note {
                    note: "بررسی شود".into(),
                },
            ),
            edit(
                &a,
                Op::Merge {
                    with: vec![b.clone()],
                },
            ),
            edit(&t.events[2].id, Op::Hide),
            edit("ev-gone", Op::Hide),
            edit(
                "user-1",
                Op::Add {
                    title: "رویداد دستی".into(),
                    date: "May 1997".into(),
                    doc: None,
                    sentence: None,
                    actors: vec!["Russia".into()],
                    place: None,
                },
            ),
        ];
        let out = apply(&t, &edits, &parse);
        assert_eq!(out.orphans.len(), 1);
        assert_eq!(out.orphans[0].index, 7);
        assert_eq!(
            out.timeline.events.len(),
            t.events.len(),
            "one merged away, one added"
        );
        let e = out
            .timeline
            .events
            .iter()
            .find(|e| e.id == a)
            .expect("edited");
        assert_eq!(e.title, "عنوان نو");
        assert_eq!(e.when.first_day.to_string(), "1997-06-05");
        assert_eq!(e.when.text.as_str(), "۱۵ خرداد ۱۳۷۶");
        let c = e.curation.as_deref().expect("curated");
        assert!(c.starred && c.edited && c.tags.contains("نفت"));
        assert_eq!(c.merged, std::slice::from_ref(&b));
        assert_eq!(
            e.sources.len(),
            t.events[0].sources.len() + t.events[1].sources.len()
        );
        assert!(!out.timeline.events.iter().any(|e| e.id == b));
        let added = out
            .timeline
            .events
            .iter()
            .find(|e| e.id == "user-1")
            .expect("added");
        assert_eq!(added.when.start_iso(), "1997-05");
        let shown = crate::filter::Filter::default().apply(&out.timeline.events);
        assert_eq!(
            shown.len(),
            out.timeline.events.len() - 1,
            "the hidden one is not shown"
        );
        let hidden = crate::filter::Filter {
            curated: crate::filter::CurationView::Hidden,
            ..Default::default()
        };
        assert_eq!(hidden.apply(&out.timeline.events).len(), 1);
        // Split gives the merged sources back as events of their own.
        let split = apply(&out.timeline, &[edit(&a, Op::Split)], &parse);
        assert_eq!(
            split.timeline.events.len(),
            out.timeline.events.len() + e.sources.len() - 1
        );
    }

    #[test]
    fn an_edit_finds_its_event_again_by_its_text_or_is_orphaned() {
        let ex = crate::extract::Extractor::bundled().expect("extractor");
        let text =
            "روابط ایران و روسیه\n\nدر سال ۱۳۸۴ ایران و روسیه قرارداد همکاری هسته‌ای امضا کردند.\n";
        let doc = |t: &str| {
            crate::corpus::Document::from_bytes("d", "d.txt", t.as_bytes().to_vec()).expect("doc")
        };
        let before = ex.extract(&[doc(text)]);
        let e = &before.events[0];
        let hide = Edit {
            event: e.id.clone(),
            op: Op::Hide,
            anchor: Anchor::of(e),
        };
        // A paragraph inserted before it: another byte offset, another id.
        let moved = text.replace("\n\n", "\n\nپیش از آن، گفت‌وگوهای بسیاری انجام شد.\n\n");
        let after = ex.extract(&[doc(&moved)]);
        assert_ne!(after.events[0].id, e.id, "the id follows the offset");
        let out = apply(&after, std::slice::from_ref(&hide), &|s| ex.parse_when(s));
        assert!(out.orphans.is_empty(), "{:?}", out.orphans);
        assert!(
            out.timeline.events[0]
                .curation
                .as_ref()
                .is_some_and(|c| c.hidden)
        );
        // Its sentence removed: orphaned, and the edit is still there to keep.
        let gone = ex.extract(&[doc(
            "روابط ناتو و روسیه\n\nدر سال ۲۰۰۲ شورای ناتو و روسیه تشکیل شد.\n",
        )]);
        let out = apply(&gone, std::slice::from_ref(&hide), &|s| ex.parse_when(s));
        assert_eq!(out.orphans.len(), 1);
        assert!(out.orphans[0].why.contains("سال ۱۳۸۴"), "{:?}", out.orphans);
    }

    #[test]
    fn a_project_saves_atomically_and_reads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("study.gahnama");
        let texts = dir.path().join("texts");
        std::fs::create_dir(&texts).expect("dir");
        let p = Project {
            paths: vec![Project::relative_path(&path, &texts)],
            edits: vec![edit("ev-1", Op::Star)],
            ..Project::default()
        };
        assert_eq!(p.paths, ["texts"]);
        p.save(&path).expect("save");
        let back = Project::load(&path).expect("load");
        assert_eq!(back, p);
        assert_eq!(back.resolved_paths(&path), [dir.path().join("texts")]);
        std::fs::write(&path, r#"{"schema": "gahnama.events/2"}"#).expect("write");
        assert!(
            Project::load(&path)
                .expect_err("refused")
                .contains("not a Gahnama project")
        );
    }
}
