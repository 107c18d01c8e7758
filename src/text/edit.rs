//! What a text field holds and how keys change it, apart from drawing: the
//! text, a caret and a selection anchor as byte offsets in logical order,
//! moves by character cluster or word, and an undo history within the field.
//!
//! Offsets always fall on a cluster boundary: a letter with its diacritics
//! («بِ») is one step, and a ZWNJ belongs to the word it joins («می‌شود» is
//! one word for Ctrl+arrows).

use std::ops::Range;

/// How many undo steps a field keeps.
const HISTORY: usize = 200;

/// One state to go back to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Snapshot {
    text: String,
    cursor: usize,
    anchor: usize,
}

/// What the last change was, so a run of typing is undone at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Typing,
    Deleting,
    Other,
}

/// The text, caret, selection and history of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditBuffer {
    text: String,
    cursor: usize,
    anchor: usize,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    last: Last,
}

impl Default for EditBuffer {
    fn default() -> Self {
        Self::new("")
    }
}

/// Whether `c` is part of a word for word jumps (letters, digits, marks and
/// the joiners inside Persian words).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '_' | '\u{0640}')
}

impl EditBuffer {
    /// A buffer holding `text`, the caret at its end.
    #[must_use]
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            cursor: text.len(),
            anchor: text.len(),
            undo: Vec::new(),
            redo: Vec::new(),
            last: Last::Other,
        }
    }

    /// The text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The caret's byte offset.
    #[must_use]
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The selected byte range (empty when nothing is selected).
    #[must_use]
    pub fn selection(&self) -> Range<usize> {
        self.cursor.min(self.anchor)..self.cursor.max(self.anchor)
    }

    /// The selected text.
    #[must_use]
    pub fn selected_text(&self) -> &str {
        &self.text[self.selection()]
    }

    /// Replaces the text from outside (the caret goes to its end; the
    /// history is kept, so the change can be undone).
    pub fn set_text(&mut self, text: &str) {
        if text != self.text {
            self.remember(Last::Other);
            self.text = text.to_owned();
            self.cursor = text.len();
            self.anchor = self.cursor;
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.text.clone(),
            cursor: self.cursor,
            anchor: self.anchor,
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.text = s.text;
        self.cursor = s.cursor.min(self.text.len());
        self.anchor = s.anchor.min(self.text.len());
    }

    /// Keeps the state before a change, unless it continues a run of the
    /// same kind (typing a word is one undo step).
    fn remember(&mut self, kind: Last) {
        if kind == Last::Other || kind != self.last {
            self.undo.push(self.snapshot());
            if self.undo.len() > HISTORY {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last = kind;
    }

    /// Types or pastes `s` over the selection. Line breaks become spaces (a
    /// field is one line); other control characters are dropped.
    pub fn insert(&mut self, s: &str) {
        let clean: String = s
            .chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        if clean.is_empty() && self.selection().is_empty() {
            return;
        }
        // A space ends a run of typing, so each word is its own undo step.
        let kind = if clean.chars().count() == 1 && !clean.starts_with(' ') {
            Last::Typing
        } else {
            Last::Other
        };
        self.remember(kind);
        let r = self.selection();
        self.text.replace_range(r.clone(), &clean);
        self.cursor = r.start + clean.len();
        self.anchor = self.cursor;
    }

    /// Deletes the selection, or the cluster (`word`: the word) before the
    /// caret.
    pub fn backspace(&mut self, word: bool) {
        self.delete_towards(false, word);
    }

    /// Deletes the selection, or the cluster (`word`: the word) after the
    /// caret.
    pub fn delete(&mut self, word: bool) {
        self.delete_towards(true, word);
    }

    fn delete_towards(&mut self, forward: bool, word: bool) {
        let mut r = self.selection();
        if r.is_empty() {
            let to = self.next_stop(self.cursor, forward, word);
            r = self.cursor.min(to)..self.cursor.max(to);
        }
        if r.is_empty() {
            return;
        }
        self.remember(if word { Last::Other } else { Last::Deleting });
        self.text.replace_range(r.clone(), "");
        self.cursor = r.start;
        self.anchor = r.start;
    }

    /// Moves the caret one cluster (`word`: one word) forward or back in
    /// logical order; `select` extends the selection. Without `select`, a
    /// selection collapses to its edge in that direction.
    pub fn step(&mut self, forward: bool, word: bool, select: bool) {
        let r = self.selection();
        let to = if !select && !r.is_empty() && !word {
            if forward { r.end } else { r.start }
        } else {
            self.next_stop(self.cursor, forward, word)
        };
        self.move_to(to, select);
    }

    /// To the start (Home) or the end (End) of the text.
    pub fn to_edge(&mut self, end: bool, select: bool) {
        self.move_to(if end { self.text.len() } else { 0 }, select);
    }

    /// Puts the caret at `pos` (snapped to a cluster boundary); `select`
    /// keeps the anchor.
    pub fn move_to(&mut self, pos: usize, select: bool) {
        let pos = self.snap(pos.min(self.text.len()));
        self.cursor = pos;
        if !select {
            self.anchor = pos;
        }
        self.last = Last::Other;
    }

    /// Selects everything.
    pub fn select_all(&mut self) {
        self.anchor = 0;
        self.cursor = self.text.len();
        self.last = Last::Other;
    }

    /// Selects the word at `pos` (a double click).
    pub fn select_word(&mut self, pos: usize) {
        let pos = self.snap(pos.min(self.text.len()));
        let word_at = |i: usize| self.text[i..].chars().next().is_some_and(is_word_char);
        let after_word = pos > 0
            && self.text[..pos]
                .chars()
                .next_back()
                .is_some_and(is_word_char);
        if !(word_at(pos) || after_word) {
            self.move_to(pos, false);
            return;
        }
        let start = self.text[..pos]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c))
            .last()
            .map_or(pos, |(i, _)| i);
        let end = self.text[pos..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(self.text.len(), |(i, _)| pos + i);
        self.anchor = start;
        self.cursor = end;
        self.last = Last::Other;
    }

    /// Takes the selection out (Ctrl+X), returning it.
    pub fn cut(&mut self) -> Option<String> {
        let r = self.selection();
        if r.is_empty() {
            return None;
        }
        let s = self.text[r].to_owned();
        self.delete_towards(true, false);
        self.last = Last::Other;
        Some(s)
    }

    /// Undoes the last change within the field; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(s) = self.undo.pop() else {
            return false;
        };
        self.redo.push(self.snapshot());
        self.restore(s);
        self.last = Last::Other;
        true
    }

    /// Redoes what was undone; false when there is nothing.
    pub fn redo(&mut self) -> bool {
        let Some(s) = self.redo.pop() else {
            return false;
        };
        self.undo.push(self.snapshot());
        self.restore(s);
        self.last = Last::Other;
        true
    }

    /// The nearest cluster boundary at or before `pos`.
    fn snap(&self, mut pos: usize) -> usize {
        while pos > 0 && !self.is_boundary(pos) {
            pos -= 1;
        }
        pos
    }

    /// Whether a caret may stand at `pos`: a char boundary not followed by
    /// a combining mark.
    fn is_boundary(&self, pos: usize) -> bool {
        self.text.is_char_boundary(pos)
            && !self.text[pos..]
                .chars()
                .next()
                .is_some_and(unicode_normalization::char::is_combining_mark)
    }

    /// The next caret stop from `pos`: one cluster, or to a word's edge
    /// (forward: the end of the next word; back: the start of the word).
    fn next_stop(&self, pos: usize, forward: bool, word: bool) -> usize {
        let t = &self.text;
        if forward {
            let mut it = t[pos..]
                .char_indices()
                .map(|(i, c)| (pos + i, c))
                .peekable();
            if word {
                while it.next_if(|&(_, c)| !is_word_char(c)).is_some() {}
                while it.next_if(|&(_, c)| is_word_char(c)).is_some() {}
                return it.peek().map_or(t.len(), |&(i, _)| i);
            }
            it.next();
            while let Some(&(i, _)) = it.peek() {
                if self.is_boundary(i) {
                    return i;
                }
                it.next();
            }
            t.len()
        } else {
            let mut it = t[..pos].char_indices().rev().peekable();
            if word {
                let mut at = pos;
                while let Some((i, _)) = it.next_if(|&(_, c)| !is_word_char(c)) {
                    at = i;
                }
                while let Some((i, _)) = it.next_if(|&(_, c)| is_word_char(c)) {
                    at = i;
                }
                return at;
            }
            for (i, _) in it {
                if self.is_boundary(i) {
                    return i;
                }
            }
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> EditBuffer {
        let mut b = EditBuffer::default();
        for c in s.chars() {
            b.insert(&c.to_string());
        }
        b
    }

    #[test]
    fn typing_mixed_text_keeps_logical_order() {
        let b = typed("نشست ۱۹۹۴ ناتو NATO در رم");
        assert_eq!(b.text(), "نشست ۱۹۹۴ ناتو NATO در رم");
        assert_eq!(b.cursor(), b.text().len());
    }

    #[test]
    fn steps_by_cluster_and_word() {
        let mut b = EditBuffer::new("بِه می‌شود NATO");
        b.to_edge(false, false);
        b.step(true, false, false);
        // «بِ» is one step: the kasra stays with its letter.
        assert_eq!(&b.text()[..b.cursor()], "بِ");
        b.to_edge(false, false);
        b.step(true, true, false);
        assert_eq!(&b.text()[..b.cursor()], "بِه");
        b.step(true, true, false);
        // The ZWNJ joins «می‌شود» into one word.
        assert_eq!(&b.text()[..b.cursor()], "بِه می‌شود");
        b.step(false, true, false);
        assert_eq!(&b.text()[..b.cursor()], "بِه ");
        b.to_edge(true, false);
        b.step(false, false, true);
        b.step(false, false, true);
        assert_eq!(b.selected_text(), "TO");
    }

    #[test]
    fn backspace_and_delete_by_cluster_and_word() {
        let mut b = EditBuffer::new("ایران و روسیه");
        b.backspace(true);
        assert_eq!(b.text(), "ایران و ");
        b.backspace(false);
        b.backspace(false);
        assert_eq!(b.text(), "ایران ");
        b.to_edge(false, false);
        b.delete(false);
        assert_eq!(b.text(), "یران ");
        b.delete(true);
        assert_eq!(b.text(), " ");
    }

    #[test]
    fn selection_is_replaced_and_cut() {
        let mut b = EditBuffer::new("سال ۱۹۹۱");
        b.select_all();
        assert_eq!(b.selected_text(), "سال ۱۹۹۱");
        b.insert("دهه");
        assert_eq!(b.text(), "دهه");
        b.select_word(2);
        assert_eq!(b.cut().as_deref(), Some("دهه"));
        assert_eq!(b.text(), "");
        assert_eq!(b.cut(), None);
    }

    #[test]
    fn undo_takes_back_a_word_at_a_time() {
        let mut b = typed("ایران روسیه");
        assert!(b.undo());
        assert_eq!(b.text(), "ایران ");
        assert!(b.undo());
        assert_eq!(b.text(), "ایران");
        assert!(b.redo());
        assert_eq!(b.text(), "ایران ");
        while b.undo() {}
        assert_eq!(b.text(), "");
        assert!(!b.undo());
    }

    #[test]
    fn pasted_lines_become_one_line() {
        let mut b = EditBuffer::default();
        b.insert("یک\nدو\u{7}");
        assert_eq!(b.text(), "یک دو");
    }

    #[test]
    fn moves_never_split_a_character() {
        let mut b = EditBuffer::new("آذر");
        b.move_to(1, false);
        assert_eq!(b.cursor(), 0);
        b.move_to(99, false);
        assert_eq!(b.cursor(), b.text().len());
    }
}
