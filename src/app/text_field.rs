//! A one-line text field for Persian, digits and Latin together. egui's
//! `TextEdit` has no bidi (it shows «نشست ۱۹۹۴ ناتو NATO» as «۴۹۹۱ … OTAN»),
//! so this field sets its text with the project's text layer (cosmic-text:
//! HarfBuzz shaping, the Unicode bidi algorithm) and keeps the caret and
//! the selection as logical offsets ([`EditBuffer`]), placed on screen from
//! the shaped glyphs' boxes and bidi levels.
//!
//! Keys: arrows step one cluster (Ctrl: one word) in logical order, the
//! arrow pointing along the paragraph's direction moving forward (in a
//! right-to-left field ← moves to the next letter); Home/End go to the
//! start/end; Shift extends the selection; Backspace/Delete (Ctrl: a word);
//! Ctrl+A/C/X/V through egui's clipboard; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y
//! undo and redo within the field; Enter submits, Escape leaves. The mouse
//! places the caret, drags a selection, and a double click selects a word.
//! An IME's composition shows underlined at the caret until committed.

use egui::{CornerRadius, Event, Id, Key, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2, WidgetInfo};

use super::text_cache::TextCache;
use crate::text::edit::EditBuffer;
use crate::text::{GlyphBox, TextStyle, first_strong_is_rtl};

/// The text size in a field.
const SIZE: f32 = 14.0;
/// Room between the frame and the text.
const PAD: Vec2 = Vec2::new(6.0, 2.0);

/// What a field keeps between frames.
#[derive(Debug, Clone, Default)]
pub struct FieldState {
    /// The text, caret, selection and history.
    pub buffer: EditBuffer,
    /// An IME composition not yet committed.
    pub preedit: Option<String>,
    /// How far the text is scrolled to keep the caret in view (points).
    scroll: f32,
}

/// What a field did this frame.
pub struct FieldOutput {
    /// The field's response (focus, hover, rect).
    pub response: egui::Response,
    /// The new text, when it changed.
    pub changed: Option<String>,
    /// Enter was pressed.
    pub submitted: bool,
    /// Escape was pressed.
    pub cancelled: bool,
}

/// A Persian text field (see the module's documentation).
pub struct TextField<'a> {
    id: Id,
    text: &'a str,
    label: &'a str,
    hint: &'a str,
    width: Option<f32>,
    keep_focus: bool,
}

/// The state of the field with this id (tests read the caret from it).
#[must_use]
pub fn state(ctx: &egui::Context, id: Id) -> Option<FieldState> {
    ctx.data(|d| d.get_temp::<FieldState>(id))
}

/// Whether a text field (this one or egui's) has the keyboard: keys are
/// then its own, not the timeline's or the curation's.
#[must_use]
pub fn typing(ctx: &egui::Context) -> bool {
    ctx.text_edit_focused()
        || ctx
            .memory(|m| m.focused())
            .is_some_and(|id| state(ctx, id).is_some())
}

impl<'a> TextField<'a> {
    /// A field showing `text`, named `label` for screen readers (and found
    /// by it in tests), its state kept under `id_salt`.
    #[must_use]
    pub fn new(
        id_salt: impl std::hash::Hash + std::fmt::Debug,
        text: &'a str,
        label: &'a str,
    ) -> Self {
        Self {
            id: Id::unique(("persian-field", id_salt)),
            text,
            label,
            hint: "",
            width: None,
            keep_focus: false,
        }
    }

    /// Grey text shown while the field is empty.
    #[must_use]
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// The field's width (default: the space available).
    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// Keep the keyboard after Enter (a search field steps through its
    /// results); by default Enter applies the field and leaves it, as
    /// egui's fields do, so Ctrl+Z then undoes in the app.
    #[must_use]
    pub fn keep_focus_on_enter(mut self) -> Self {
        self.keep_focus = true;
        self
    }

    /// The id its state is kept under.
    #[must_use]
    pub fn id(&self) -> Id {
        self.id
    }

    /// Draws the field and handles its input.
    pub fn show(self, ui: &mut egui::Ui, cache: &mut TextCache) -> FieldOutput {
        let id = self.id;
        let ctx = ui.ctx().clone();
        let mut st = state(&ctx, id).unwrap_or_else(|| FieldState {
            buffer: EditBuffer::new(self.text),
            ..FieldState::default()
        });
        if st.buffer.text() != self.text {
            st.buffer.set_text(self.text);
        }
        let height = (SIZE * 1.5 + PAD.y * 2.0).round();
        let width = self.width.unwrap_or_else(|| ui.available_width()).max(40.0);
        let (_, rect) = ui.allocate_space(Vec2::new(width, height));
        let response = ui.interact(rect, id, Sense::click_and_drag());
        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        let focused = response.has_focus();
        let before = st.buffer.text().to_owned();
        let mut out = FieldOutput {
            response: response.clone(),
            changed: None,
            submitted: false,
            cancelled: false,
        };
        let visuals = ui.visuals().clone();
        let color = visuals.text_color();
        let style = TextStyle::auto(SIZE, color.to_array());
        // The paragraph's direction: right to left unless the text opens
        // with a Latin letter (an empty field expects Persian).
        let rtl = st.buffer.text().is_empty() || first_strong_is_rtl(st.buffer.text());
        let inner = rect.shrink2(PAD);

        // Where the text sits: laid out once to place the pointer.
        let (glyphs, text_w) = {
            let e = cache.get(&ctx, &display(&st), &style, &[]);
            (e.glyphs.clone(), e.size.x)
        };
        let origin_x = |st: &FieldState, w: f32| {
            if rtl {
                inner.right() - w + st.scroll
            } else {
                inner.left() - st.scroll
            }
        };

        // The pointer.
        if let Some(p) = response.interact_pointer_pos() {
            let x = p.x - origin_x(&st, text_w);
            let at = offset_at(&glyphs, x, st.buffer.text().len(), rtl);
            if response.double_clicked() {
                st.buffer.select_word(at);
            } else if response.drag_started() {
                // The drag is known once the pointer moved: it started where
                // the button went down.
                let from = ui.input(|i| i.pointer.press_origin()).map_or(at, |o| {
                    offset_at(
                        &glyphs,
                        o.x - origin_x(&st, text_w),
                        st.buffer.text().len(),
                        rtl,
                    )
                });
                st.buffer.move_to(from, false);
                st.buffer.move_to(at, true);
            } else if response.clicked() {
                let shift = ui.input(|i| i.modifiers.shift);
                st.buffer.move_to(at, shift);
            } else if response.dragged() {
                st.buffer.move_to(at, true);
            }
        }

        // The keys and text, when focused.
        if focused {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    egui::EventFilter {
                        tab: false,
                        horizontal_arrows: true,
                        vertical_arrows: false,
                        escape: true,
                    },
                );
            });
            let events = ui.input(|i| i.events.clone());
            for ev in events {
                handle(&mut st, &ev, rtl, &ctx, &mut out);
            }
            if out.cancelled || (out.submitted && !self.keep_focus) {
                ui.memory_mut(|m| m.surrender_focus(id));
            }
        }
        if st.buffer.text() != before {
            out.changed = Some(st.buffer.text().to_owned());
        }

        // Draw.
        let painter = ui.painter_at(rect);
        let stroke = if focused {
            visuals.selection.stroke
        } else {
            visuals.widgets.inactive.bg_stroke
        };
        painter.rect(
            rect,
            CornerRadius::same(3),
            visuals.extreme_bg_color,
            stroke,
            StrokeKind::Inside,
        );
        let shown = display(&st);
        let text_painter = painter.with_clip_rect(inner.expand2(Vec2::new(1.0, PAD.y)));
        if shown.is_empty() && !self.hint.is_empty() {
            let weak = TextStyle::auto(SIZE, visuals.weak_text_color().to_array());
            let e = cache.get(&ctx, self.hint, &weak, &[]);
            let x = if rtl {
                inner.right() - e.size.x
            } else {
                inner.left()
            };
            e.paint(
                &text_painter,
                Pos2::new(x, inner.center().y - e.size.y / 2.0),
            );
        }
        // The text as it is after this frame's input.
        let entry = cache.get(&ctx, &shown, &style, &[]);
        let text_w = entry.size.x;
        let caret_logical = st.buffer.cursor() + st.preedit.as_ref().map_or(0, String::len);
        let caret_local = caret_x(&entry.glyphs, caret_logical, shown.len(), text_w, rtl);
        // Keep the caret in view while typing; a field not being typed in
        // shows the text's start.
        if !focused {
            st.scroll = 0.0;
        } else if text_w > inner.width() {
            let x = origin_x(&st, text_w) + caret_local;
            if x < inner.left() {
                st.scroll += if rtl {
                    inner.left() - x
                } else {
                    x - inner.left()
                };
            } else if x > inner.right() {
                st.scroll -= if rtl {
                    x - inner.right()
                } else {
                    inner.right() - x
                };
            }
            let max = text_w - inner.width();
            st.scroll = st.scroll.clamp(0.0, max.max(0.0));
        } else {
            st.scroll = 0.0;
        }
        let x0 = origin_x(&st, text_w);
        let top = inner.center().y - entry.size.y / 2.0;
        // Selection behind the text.
        let sel = st.buffer.selection();
        if !sel.is_empty() {
            let fill = visuals.selection.bg_fill;
            for g in entry
                .glyphs
                .iter()
                .filter(|g| g.start < sel.end && g.end > sel.start)
            {
                text_painter.rect_filled(
                    Rect::from_min_size(Pos2::new(x0 + g.x, top + g.y), Vec2::new(g.w, g.h)),
                    0.0,
                    fill,
                );
            }
        }
        entry.paint(&text_painter, Pos2::new(x0, top));
        // The composition, underlined.
        if let Some(pre) = &st.preedit {
            let r = st.buffer.cursor()..st.buffer.cursor() + pre.len();
            for g in entry
                .glyphs
                .iter()
                .filter(|g| g.start < r.end && g.end > r.start)
            {
                let y = top + g.y + g.h - 3.0;
                text_painter.hline(x0 + g.x..=x0 + g.x + g.w, y, Stroke::new(1.0, color));
            }
        }
        let caret = Rect::from_min_size(
            Pos2::new(x0 + caret_local - 0.5, inner.top() + 1.0),
            Vec2::new(1.5, inner.height() - 2.0),
        );
        if focused {
            // Blink as egui's fields do.
            let t = ui.input(|i| i.time);
            if (t * 2.0).fract() < 0.6 || !sel.is_empty() {
                text_painter.rect_filled(caret, 0.0, color);
            }
            ctx.request_repaint_after(std::time::Duration::from_millis(300));
            let to_global = ctx
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or_default();
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect: to_global * rect,
                    cursor_rect: to_global * caret,
                    should_interrupt_composition: false,
                });
            });
        }
        let (label, hint, text) = (
            self.label.to_owned(),
            self.hint.to_owned(),
            st.buffer.text().to_owned(),
        );
        response.widget_info(|| {
            let mut info = WidgetInfo::text_edit(true, &before, &text, &hint);
            info.label = Some(label.clone());
            info
        });
        ctx.data_mut(|d| d.insert_temp(id, st));
        out
    }
}

/// The text as shown: with the IME's composition at the caret.
fn display(st: &FieldState) -> String {
    match &st.preedit {
        Some(p) if !p.is_empty() => {
            let mut s = st.buffer.text().to_owned();
            s.insert_str(st.buffer.cursor(), p);
            s
        }
        _ => st.buffer.text().to_owned(),
    }
}

/// Carries out one input event on a focused field.
fn handle(st: &mut FieldState, ev: &Event, rtl: bool, ctx: &egui::Context, out: &mut FieldOutput) {
    let b = &mut st.buffer;
    match ev {
        Event::Text(t) if st.preedit.is_none() => b.insert(t),
        Event::Paste(t) => b.insert(t),
        Event::Copy if !b.selection().is_empty() => {
            ctx.copy_text(b.selected_text().to_owned());
        }
        Event::Cut => {
            if let Some(s) = b.cut() {
                ctx.copy_text(s);
            }
        }
        Event::Ime(egui::ImeEvent::Preedit { text, .. }) => {
            st.preedit = (!text.is_empty()).then(|| text.clone());
        }
        Event::Ime(egui::ImeEvent::Commit(t)) => {
            st.preedit = None;
            st.buffer.insert(t);
        }
        Event::Key {
            key,
            pressed: true,
            modifiers: m,
            ..
        } => {
            let word = m.command || m.alt;
            match key {
                // Along the paragraph's direction is forward.
                Key::ArrowLeft => b.step(rtl, word, m.shift),
                Key::ArrowRight => b.step(!rtl, word, m.shift),
                Key::Home => b.to_edge(false, m.shift),
                Key::End => b.to_edge(true, m.shift),
                Key::Backspace => b.backspace(word),
                Key::Delete => b.delete(word),
                Key::Enter => out.submitted = true,
                Key::Escape => out.cancelled = true,
                Key::A if m.command => b.select_all(),
                Key::Z if m.command && m.shift => {
                    b.redo();
                }
                Key::Z if m.command => {
                    b.undo();
                }
                Key::Y if m.command => {
                    b.redo();
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// The caret's x (from the text's left) for logical offset `at`: on the
/// leading edge of the cluster that starts there (the right edge of a
/// right-to-left one), else on the trailing edge of the one ending there.
#[must_use]
pub fn caret_x(glyphs: &[GlyphBox], at: usize, len: usize, width: f32, rtl: bool) -> f32 {
    let leading = |g: &GlyphBox| if g.rtl { g.x + g.w } else { g.x };
    let trailing = |g: &GlyphBox| if g.rtl { g.x } else { g.x + g.w };
    if at < len
        && let Some(g) = glyphs.iter().find(|g| g.start == at)
    {
        return leading(g);
    }
    if let Some(g) = glyphs.iter().find(|g| g.end == at) {
        return trailing(g);
    }
    // Inside a ligature: share its width out.
    if let Some(g) = glyphs.iter().find(|g| g.start < at && at < g.end) {
        let k = (at - g.start) as f32 / (g.end - g.start).max(1) as f32;
        return leading(g) + (trailing(g) - leading(g)) * k;
    }
    if rtl { width } else { 0.0 }
}

/// The logical offset nearest to x (from the text's left): the glyph under
/// it, or the nearest one, and the side of it x is on.
#[must_use]
pub fn offset_at(glyphs: &[GlyphBox], x: f32, len: usize, rtl: bool) -> usize {
    let Some(g) = glyphs.iter().min_by(|a, b| {
        let d = |g: &GlyphBox| {
            if x < g.x {
                g.x - x
            } else if x > g.x + g.w {
                x - g.x - g.w
            } else {
                0.0
            }
        };
        d(a).total_cmp(&d(b))
    }) else {
        return if rtl { 0 } else { len };
    };
    let right_half = x > g.x + g.w / 2.0;
    // The right half of a right-to-left cluster is before it.
    if right_half == g.rtl { g.start } else { g.end }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextEngine;

    fn layout(text: &str) -> crate::text::Rendered {
        TextEngine::new().render(text, &TextStyle::auto(SIZE, [0, 0, 0, 255]), &[], 1.0)
    }

    #[test]
    fn caret_follows_bidi() {
        let text = "ناتو NATO در";
        let r = layout(text);
        let w = r.width as f32;
        // Right to left: the start is at the right edge, the end at the left.
        assert!(caret_x(&r.glyphs, 0, text.len(), w, true) > w - 2.0);
        assert!(caret_x(&r.glyphs, text.len(), text.len(), w, true) < 2.0);
        // Inside «NATO» (left to right within the Persian line), one letter
        // further is one letter to the right.
        let n = text.find("NATO").expect("NATO");
        let a = caret_x(&r.glyphs, n, text.len(), w, true);
        let b = caret_x(&r.glyphs, n + 1, text.len(), w, true);
        assert!(b > a, "{a} {b}");
        // Clicking where the caret is gives the offset back.
        for at in [0, n + 1, n + 2, text.len()] {
            let x = caret_x(&r.glyphs, at, text.len(), w, true);
            let back = offset_at(&r.glyphs, x + 0.1, text.len(), true);
            let back2 = offset_at(&r.glyphs, x - 0.1, text.len(), true);
            assert!(back == at || back2 == at, "{at}: {back} {back2}");
        }
    }

    #[test]
    fn persian_digits_keep_their_order() {
        let text = "سال ۱۹۹۴";
        let r = layout(text);
        let one = text.find('۱').expect("digit");
        let four = text.find('۴').expect("digit");
        let x = |at: usize| r.glyphs.iter().find(|g| g.start == at).map(|g| g.x);
        // Digits read left to right inside the right-to-left line.
        assert!(x(one) < x(four));
        // And the number stands left of «سال».
        assert!(x(four) < x(0));
    }
}
