//! The interface's widgets, set by the text layer in both languages: label,
//! button, menu, menu item, checkbox, radio, chip, combo box, collapsing
//! header, window title and tooltip.
//!
//! egui's own widgets lay a string's glyphs out left to right with no bidi,
//! so «۱۲ رویداد از NATO» comes out with its words reversed. These take
//! egui's interaction ([`Response`], focus, Tab and Space/Enter, hover,
//! disabled `Ui`s) and its visuals, but shape and set their text with
//! [`crate::text`] (cosmic-text: bidi and shaping, as Pango does), and give
//! accesskit the string as the widget's label, so kittest finds them by it
//! in either language.
//!
//! The direction comes from [`TextCache::rtl`]: right to left, a checkbox's
//! box and a chip's × sit on the right of their text, a menu opens from the
//! right edge of its button, text is right-aligned in a wide row.

use egui::containers::menu::is_in_menu;
use egui::{
    Align, Color32, Id, Layout, Popup, PopupCloseBehavior, Rect, RectAlign, Response, Role, Sense,
    Shape, Stroke, StrokeKind, Ui, Vec2, WidgetInfo, pos2, vec2,
};

use super::text_cache::{Entry, TextCache};
use crate::text::{Direction, TextStyle};

/// Body text size in points.
pub const BODY: f32 = 13.0;
/// Small text (secondary lines, small buttons).
pub const SMALL: f32 = 11.5;
/// A panel's or window's heading.
pub const HEADING: f32 = 16.5;

/// How an interface string is set: white (tinted when painted), one line
/// unless `width` is given, in the interface's direction.
fn style(cache: &TextCache, size: f32, bold: bool, width: Option<f32>) -> TextStyle {
    TextStyle {
        size,
        line_height: 1.45,
        color: [255, 255, 255, 255],
        bold,
        width,
        direction: if cache.rtl {
            Direction::Rtl
        } else {
            Direction::Ltr
        },
    }
}

fn entry<'c>(
    ui: &Ui,
    cache: &'c mut TextCache,
    text: &str,
    size: f32,
    bold: bool,
    width: Option<f32>,
) -> &'c Entry {
    let st = style(cache, size, bold, width);
    cache.get(ui.ctx(), text, &st, &[])
}

/// The size a one-line string takes.
pub fn measure(cache: &mut TextCache, text: &str, size: f32) -> Vec2 {
    let st = style(cache, size, false, None);
    cache.measure(text, &st)
}

/// Where text of `size` starts in `rect` with `pad` on its leading side.
fn leading(rtl: bool, rect: Rect, size: Vec2, pad: f32) -> egui::Pos2 {
    let x = if rtl {
        rect.right() - pad - size.x
    } else {
        rect.left() + pad
    };
    pos2(x, rect.center().y - size.y / 2.0)
}

/// A line of text in the body colour.
pub fn label(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    let color = ui.visuals().text_color();
    colored(ui, cache, text, color, BODY)
}

/// A line of dimmer, smaller text.
pub fn weak(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    let color = ui.visuals().weak_text_color();
    colored(ui, cache, text, color, SMALL)
}

/// A heading.
pub fn heading(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    let color = ui.visuals().strong_text_color();
    line(ui, cache, text, color, HEADING, true)
}

/// A line of text in `color` and `size`.
pub fn colored(
    ui: &mut Ui,
    cache: &mut TextCache,
    text: &str,
    color: Color32,
    size: f32,
) -> Response {
    line(ui, cache, text, color, size, false)
}

fn line(
    ui: &mut Ui,
    cache: &mut TextCache,
    text: &str,
    color: Color32,
    size: f32,
    bold: bool,
) -> Response {
    let e = entry(ui, cache, text, size, bold, None);
    let (rect, resp) = ui.allocate_exact_size(e.size, Sense::hover());
    e.paint_tinted(ui.painter(), rect.min, color);
    resp.widget_info(|| WidgetInfo::labeled(Role::Label, true, text));
    resp
}

/// Text wrapped to the width available (at most `max_width`).
pub fn wrapped(
    ui: &mut Ui,
    cache: &mut TextCache,
    text: &str,
    color: Color32,
    max_width: f32,
) -> Response {
    let one_line = measure(cache, text, BODY);
    let width = ui.available_width().min(max_width).max(40.0);
    let e = if one_line.x <= width {
        entry(ui, cache, text, BODY, false, None)
    } else {
        entry(ui, cache, text, BODY, false, Some(width))
    };
    let (rect, resp) = ui.allocate_exact_size(e.size, Sense::hover());
    e.paint_tinted(ui.painter(), rect.min, color);
    resp.widget_info(|| WidgetInfo::labeled(Role::Label, true, text));
    resp
}

/// How a button draws its frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Look {
    /// A framed button.
    Normal,
    /// A small framed button with little padding.
    Small,
    /// Frameless until hovered (menu items, the menu bar).
    Flat,
}

fn button_impl(
    ui: &mut Ui,
    cache: &mut TextCache,
    text: &str,
    look: Look,
    selected: Option<bool>,
    role: Role,
) -> Response {
    let rtl = cache.rtl;
    let size = if look == Look::Small { SMALL } else { BODY };
    let pad = if look == Look::Small {
        vec2(4.0, 0.0)
    } else {
        ui.spacing().button_padding
    };
    let e = entry(ui, cache, text, size, false, None);
    let text_size = e.size;
    let mut desired = text_size + 2.0 * pad;
    if look != Look::Small {
        desired.y = desired.y.max(ui.spacing().interact_size.y);
    }
    if ui.layout().horizontal_justify() {
        desired.x = desired.x.max(ui.available_width());
    }
    let (rect, resp) = ui.allocate_exact_size(desired, Sense::click());
    let enabled = ui.is_enabled();
    resp.widget_info(|| match selected {
        Some(s) => WidgetInfo::selected(role, enabled, s, text),
        None => WidgetInfo::labeled(role, enabled, text),
    });
    if ui.is_rect_visible(rect) {
        let on = selected == Some(true);
        let visuals = ui.style().interact_selectable(&resp, on);
        let frame = match look {
            Look::Flat => {
                on || resp.hovered() || resp.has_focus() || resp.is_pointer_button_down_on()
            }
            _ => true,
        };
        if frame {
            ui.painter().rect(
                rect.expand(visuals.expansion),
                visuals.corner_radius,
                if on {
                    ui.visuals().selection.bg_fill
                } else {
                    visuals.weak_bg_fill
                },
                visuals.bg_stroke,
                StrokeKind::Inside,
            );
        }
        let color = if on {
            ui.visuals().selection.stroke.color
        } else {
            visuals.text_color()
        };
        e.paint_tinted(ui.painter(), leading(rtl, rect, text_size, pad.x), color);
    }
    resp
}

/// A framed button.
pub fn button(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    let look = if is_in_menu(ui) {
        Look::Flat
    } else {
        Look::Normal
    };
    button_impl(ui, cache, text, look, None, Role::Button)
}

/// A button that can be turned off (greyed out, not clickable).
pub fn button_enabled(ui: &mut Ui, cache: &mut TextCache, enabled: bool, text: &str) -> Response {
    ui.add_enabled_ui(enabled, |ui| button(ui, cache, text))
        .inner
}

/// A small button.
pub fn small_button(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    button_impl(ui, cache, text, Look::Small, None, Role::Button)
}

/// A menu item (frameless until hovered, full width).
pub fn menu_item(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    button_impl(ui, cache, text, Look::Flat, None, Role::Button)
}

/// A menu item that can be turned off.
pub fn menu_item_enabled(
    ui: &mut Ui,
    cache: &mut TextCache,
    enabled: bool,
    text: &str,
) -> Response {
    ui.add_enabled_ui(enabled, |ui| menu_item(ui, cache, text))
        .inner
}

/// A button drawn selected when `selected`.
pub fn selectable(ui: &mut Ui, cache: &mut TextCache, selected: bool, text: &str) -> Response {
    button_impl(ui, cache, text, Look::Flat, Some(selected), Role::Button)
}

/// A selectable that sets `current` to `value` when clicked.
pub fn selectable_value<T: PartialEq>(
    ui: &mut Ui,
    cache: &mut TextCache,
    current: &mut T,
    value: T,
    text: &str,
) -> Response {
    let resp = selectable(ui, cache, *current == value, text);
    take_on_click(resp, current, value)
}

/// Sets `current` to `value` when `resp` was clicked and it was not
/// already (marking the response changed).
fn take_on_click<T: PartialEq>(mut resp: Response, current: &mut T, value: T) -> Response {
    if resp.clicked() && *current != value {
        *current = value;
        resp.mark_changed();
    }
    resp
}

/// The box (or circle) of a checkbox or radio and its text beside it, on
/// the leading side.
fn toggle_row(
    ui: &mut Ui,
    cache: &mut TextCache,
    text: &str,
    on: bool,
    role: Role,
) -> (Response, Rect) {
    let rtl = cache.rtl;
    let icon = ui.spacing().icon_width;
    let gap = ui.spacing().icon_spacing;
    let e = entry(ui, cache, text, BODY, false, None);
    let text_size = e.size;
    let gap_text = if text.is_empty() {
        0.0
    } else {
        gap + text_size.x
    };
    let desired = vec2(
        icon + gap_text,
        text_size.y.max(ui.spacing().interact_size.y),
    );
    let (rect, resp) = ui.allocate_exact_size(desired, Sense::click());
    let enabled = ui.is_enabled();
    resp.widget_info(|| WidgetInfo::selected(role, enabled, on, text));
    let icon_x = if rtl {
        rect.right() - icon / 2.0
    } else {
        rect.left() + icon / 2.0
    };
    let icon_rect = Rect::from_center_size(pos2(icon_x, rect.center().y), Vec2::splat(icon));
    if ui.is_rect_visible(rect) && !text.is_empty() {
        let visuals = ui.style().interact(&resp);
        let pos = leading(rtl, rect, text_size, icon + gap);
        e.paint_tinted(ui.painter(), pos, visuals.text_color());
    }
    (resp, icon_rect)
}

/// A checkbox with its text; the box on the leading side (the right in
/// Persian).
pub fn checkbox(ui: &mut Ui, cache: &mut TextCache, checked: &mut bool, text: &str) -> Response {
    let (mut resp, icon) = toggle_row(ui, cache, text, *checked, Role::CheckBox);
    if resp.clicked() {
        *checked = !*checked;
        resp.mark_changed();
    }
    if ui.is_rect_visible(icon) {
        let v = ui.style().interact(&resp);
        let big = icon.shrink(1.0);
        ui.painter().rect(
            big.expand(v.expansion),
            v.corner_radius,
            v.bg_fill,
            v.bg_stroke,
            StrokeKind::Inside,
        );
        if *checked {
            let s = big.shrink(3.5);
            ui.painter().add(Shape::line(
                vec![
                    pos2(s.left(), s.center().y),
                    pos2(s.center().x - 1.0, s.bottom()),
                    pos2(s.right(), s.top()),
                ],
                v.fg_stroke,
            ));
        }
    }
    resp
}

/// A radio button: `checked` when its value is the current one.
pub fn radio(ui: &mut Ui, cache: &mut TextCache, checked: bool, text: &str) -> Response {
    let (resp, icon) = toggle_row(ui, cache, text, checked, Role::RadioButton);
    if ui.is_rect_visible(icon) {
        let v = ui.style().interact(&resp);
        let c = icon.center();
        let r = icon.width() / 2.0 - 1.0;
        ui.painter().add(egui::epaint::CircleShape {
            center: c,
            radius: r + v.expansion,
            fill: v.bg_fill,
            stroke: v.bg_stroke,
        });
        if checked {
            ui.painter().circle_filled(c, r * 0.45, v.fg_stroke.color);
        }
    }
    resp
}

/// A radio button that sets `current` to `value` when clicked.
pub fn radio_value<T: PartialEq>(
    ui: &mut Ui,
    cache: &mut TextCache,
    current: &mut T,
    value: T,
    text: &str,
) -> Response {
    let resp = radio(ui, cache, *current == value, text);
    take_on_click(resp, current, value)
}

/// A chip: its text and a × on its trailing side; clicking it (anywhere)
/// asks to remove it. `a11y` is what accesskit calls it.
pub fn chip(ui: &mut Ui, cache: &mut TextCache, text: &str, a11y: &str) -> Response {
    let rtl = cache.rtl;
    let e = entry(ui, cache, text, SMALL, false, None);
    let text_size = e.size;
    let x_w = 12.0;
    let pad = 6.0;
    let desired = vec2(pad + text_size.x + 4.0 + x_w + pad, text_size.y.max(20.0));
    let (rect, resp) = ui.allocate_exact_size(desired, Sense::click());
    let enabled = ui.is_enabled();
    resp.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, a11y));
    if ui.is_rect_visible(rect) {
        let v = ui.style().interact(&resp);
        ui.painter().rect(
            rect,
            rect.height() / 2.0,
            v.weak_bg_fill,
            v.bg_stroke,
            StrokeKind::Inside,
        );
        e.paint_tinted(
            ui.painter(),
            leading(rtl, rect, text_size, pad),
            v.text_color(),
        );
        let cx = if rtl {
            rect.left() + pad + x_w / 2.0
        } else {
            rect.right() - pad - x_w / 2.0
        };
        let c = pos2(cx, rect.center().y);
        let d = 3.0;
        let stroke = Stroke::new(1.3, v.text_color());
        ui.painter()
            .line_segment([c + vec2(-d, -d), c + vec2(d, d)], stroke);
        ui.painter()
            .line_segment([c + vec2(-d, d), c + vec2(d, -d)], stroke);
    }
    resp
}

/// Shows `text` (wrapped) when the pointer rests on `resp`.
pub fn tooltip(resp: Response, cache: &mut TextCache, text: &str) -> Response {
    resp.on_hover_ui(|ui| {
        let color = ui.visuals().text_color();
        wrapped(ui, cache, text, color, 360.0);
    })
}

/// Shows `text` when the pointer rests on `resp` while it is disabled.
pub fn disabled_tooltip(resp: Response, cache: &mut TextCache, text: &str) -> Response {
    resp.on_disabled_hover_ui(|ui| {
        let color = ui.visuals().text_color();
        wrapped(ui, cache, text, color, 360.0);
    })
}

/// A button of the menu bar. Show its menu with [`menu_popup`].
pub fn menu_button(ui: &mut Ui, cache: &mut TextCache, text: &str) -> Response {
    button_impl(ui, cache, text, Look::Flat, None, Role::Button)
}

/// The menu of a [`menu_button`] (or a [`combo_button`]): below it, from
/// its leading edge (the right in Persian), items laid out in the
/// interface's direction; a click on an item closes it unless `keep_open`
/// (then a click outside does, or the item calls `ui.close()`). In a menu
/// bar, hovering another bar button while a menu is open opens that one.
pub fn menu_popup<'a>(ui: &Ui, resp: &'a Response, rtl: bool, keep_open: bool) -> Popup<'a> {
    let mut popup = Popup::menu(resp)
        .align(if rtl {
            RectAlign::BOTTOM_END
        } else {
            RectAlign::BOTTOM_START
        })
        .layout(Layout::top_down_justified(if rtl {
            Align::Max
        } else {
            Align::Min
        }))
        .close_behavior(if keep_open {
            PopupCloseBehavior::CloseOnClickOutside
        } else {
            PopupCloseBehavior::CloseOnClick
        })
        .info(egui::UiStackInfo::new(egui::UiKind::Menu));
    let bar: Id = ui.scope_id().with("open-menu");
    let id = popup.get_id();
    let open_in_bar: Option<Id> = ui.data(|d| d.get_temp(bar));
    if resp.hovered()
        && !resp.clicked()
        && let Some(other) = open_in_bar
        && other != id
        && Popup::is_id_open(ui.ctx(), other)
    {
        popup = popup.open_memory(Some(egui::SetOpenCommand::Bool(true)));
    }
    if Popup::is_id_open(ui.ctx(), id) || resp.clicked() {
        ui.data_mut(|d| d.insert_temp(bar, id));
    }
    popup
}

/// A combo box's button: its current choice and a small arrow; `a11y`
/// names it. Show the choices with [`menu_popup`].
pub fn combo_button(ui: &mut Ui, cache: &mut TextCache, selected: &str, a11y: &str) -> Response {
    let rtl = cache.rtl;
    let e = entry(ui, cache, selected, BODY, false, None);
    let text_size = e.size;
    let pad = ui.spacing().button_padding;
    let arrow = 10.0;
    let desired = vec2(
        (text_size.x + arrow + 3.0 * pad.x).max(ui.spacing().combo_width * 0.6),
        text_size.y.max(ui.spacing().interact_size.y),
    );
    let (rect, resp) = ui.allocate_exact_size(desired, Sense::click());
    let enabled = ui.is_enabled();
    resp.widget_info(|| {
        let mut info = WidgetInfo::labeled(Role::ComboBox, enabled, a11y);
        info.current_text_value = Some(selected.to_owned());
        info
    });
    if ui.is_rect_visible(rect) {
        let v = ui.style().interact(&resp);
        ui.painter().rect(
            rect.expand(v.expansion),
            v.corner_radius,
            v.weak_bg_fill,
            v.bg_stroke,
            StrokeKind::Inside,
        );
        e.paint_tinted(
            ui.painter(),
            leading(rtl, rect, text_size, pad.x),
            v.text_color(),
        );
        let ax = if rtl {
            rect.left() + pad.x + arrow / 2.0
        } else {
            rect.right() - pad.x - arrow / 2.0
        };
        let c = pos2(ax, rect.center().y);
        ui.painter().add(Shape::convex_polygon(
            vec![
                c + vec2(-4.0, -2.0),
                c + vec2(4.0, -2.0),
                c + vec2(0.0, 3.0),
            ],
            v.fg_stroke.color,
            Stroke::NONE,
        ));
    }
    resp
}

/// A collapsing section's header (a triangle and `text`); clicking it opens
/// or closes the section. Show the body with the returned state's
/// `show_body_unindented`.
pub fn collapsing_header(
    ui: &mut Ui,
    cache: &mut TextCache,
    id: Id,
    text: &str,
    default_open: bool,
) -> egui::collapsing_header::CollapsingState {
    let rtl = cache.rtl;
    let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
        ui.ctx(),
        id,
        default_open,
    );
    let open = state.is_open();
    let e = entry(ui, cache, text, BODY, true, None);
    let text_size = e.size;
    let icon = ui.spacing().icon_width;
    let width = if ui.layout().horizontal_justify() || ui.layout().is_vertical() {
        ui.available_width()
    } else {
        icon + 6.0 + text_size.x
    };
    let (rect, resp) = ui.allocate_exact_size(
        vec2(width, text_size.y.max(ui.spacing().interact_size.y)),
        Sense::click(),
    );
    resp.widget_info(|| WidgetInfo::selected(Role::Button, true, open, text));
    if resp.clicked() {
        state.toggle(ui);
    }
    if ui.is_rect_visible(rect) {
        let v = ui.style().interact(&resp);
        if resp.hovered() || resp.has_focus() {
            ui.painter()
                .rect_filled(rect, v.corner_radius, v.weak_bg_fill);
        }
        let ix = if rtl {
            rect.right() - icon / 2.0
        } else {
            rect.left() + icon / 2.0
        };
        let c = pos2(ix, rect.center().y);
        // Down when open; toward the text when closed.
        let points = if open {
            vec![
                c + vec2(-4.0, -2.5),
                c + vec2(4.0, -2.5),
                c + vec2(0.0, 3.5),
            ]
        } else if rtl {
            vec![c + vec2(2.5, -4.0), c + vec2(2.5, 4.0), c + vec2(-3.5, 0.0)]
        } else {
            vec![
                c + vec2(-2.5, -4.0),
                c + vec2(-2.5, 4.0),
                c + vec2(3.5, 0.0),
            ]
        };
        ui.painter().add(Shape::convex_polygon(
            points,
            v.fg_stroke.color,
            Stroke::NONE,
        ));
        e.paint_tinted(
            ui.painter(),
            leading(rtl, rect, text_size, icon + 6.0),
            v.text_color(),
        );
    }
    state
}

/// A window's title row: the title on the leading side, a × on the other.
/// Returns true when the × was clicked.
pub fn window_title(ui: &mut Ui, cache: &mut TextCache, text: &str, close_a11y: &str) -> bool {
    let rtl = cache.rtl;
    let mut closed = false;
    ui.horizontal(|ui| {
        heading(ui, cache, text);
        let layout = if rtl {
            Layout::left_to_right(Align::Center)
        } else {
            Layout::right_to_left(Align::Center)
        };
        ui.with_layout(layout, |ui| {
            let r = small_button(ui, cache, "×");
            r.widget_info(|| WidgetInfo::labeled(Role::Button, true, close_a11y));
            closed = r.clicked();
        });
    });
    ui.separator();
    closed
}

/// A column in the interface's direction: right-aligned in Persian.
pub fn column<R>(ui: &mut Ui, rtl: bool, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.with_layout(
        Layout::top_down(if rtl { Align::Max } else { Align::Min }),
        add,
    )
    .inner
}

/// A row in the interface's direction: from the right in Persian. As
/// `ui.horizontal`, it takes one line's height, not the rest of the panel.
pub fn row<R>(ui: &mut Ui, rtl: bool, add: impl FnOnce(&mut Ui) -> R) -> R {
    let size = vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    let layout = if rtl {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    ui.allocate_ui_with_layout(size, layout, add).inner
}

/// Content placed at the far end of a row (the left in Persian).
pub fn trailing<R>(ui: &mut Ui, rtl: bool, add: impl FnOnce(&mut Ui) -> R) -> R {
    let size = vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    let layout = if rtl {
        Layout::left_to_right(Align::Center)
    } else {
        Layout::right_to_left(Align::Center)
    };
    ui.allocate_ui_with_layout(size, layout, add).inner
}

/// A resizable side panel on the interface's `start` side (the left in
/// English, the right in Persian), or on its end side.
pub fn side_panel(id: &'static str, start: bool, rtl: bool) -> egui::Panel {
    let panel = if start != rtl {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    };
    panel.resizable(true)
}

/// A dialog window without egui's title bar: draw its title with
/// [`window_title`], its content in a [`column()`]. It first opens at the
/// interface's start: under the menus on the left, or on the right in
/// Persian.
pub fn window(ctx: &egui::Context, salt: &str, rtl: bool) -> egui::Window<'static> {
    let window = egui::Window::new(salt.to_owned())
        .id(Id::unique(salt))
        .title_bar(false)
        .collapsible(false);
    if rtl {
        let screen = ctx.content_rect();
        window
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(egui::pos2(screen.right() - 24.0, screen.top() + 40.0))
    } else {
        window
    }
}

/// The inner margin of a scroll area: egui draws its bar on the right, so
/// right-to-left content (whose boxes and text start at the right) keeps
/// clear of it.
#[must_use]
pub fn scroll_margin(rtl: bool) -> egui::Margin {
    if rtl {
        egui::Margin {
            right: 14,
            ..egui::Margin::ZERO
        }
    } else {
        egui::Margin::ZERO
    }
}

/// A whole-number field on the text layer, in the interface's digits
/// (egui's own number fields turn a run of Persian digits around). It
/// reads Persian, Arabic-Indic and Latin digits; what is typed applies as
/// soon as it is a number within `range`, and Enter or leaving the field
/// puts back the value, clamped. Up and Down step it by one.
#[expect(
    clippy::too_many_arguments,
    reason = "a field's place, text layer, state, bounds, width, names and digits"
)]
pub fn number_field(
    ui: &mut Ui,
    cache: &mut TextCache,
    salt: &str,
    value: &mut i64,
    range: std::ops::RangeInclusive<i64>,
    width: f32,
    name: &str,
    lang: super::i18n::Lang,
) -> Response {
    let draft_id = Id::unique(("number-draft", salt));
    let shown = |v: i64| {
        let s = v.to_string();
        match lang {
            super::i18n::Lang::Fa => crate::text::persian_digits(&s),
            super::i18n::Lang::En => s,
        }
    };
    let draft: Option<String> = ui.data(|d| d.get_temp(draft_id));
    let text = draft.clone().unwrap_or_else(|| shown(*value));
    let out = super::text_field::TextField::new(("number", salt), &text, name)
        .width(width)
        .show(ui, cache);
    let parse = |s: &str| -> Option<i64> {
        let folded: String = crate::search::fold(s.trim())
            .chars()
            .filter(|c| !matches!(c, ',' | '٬'))
            .collect();
        folded.parse().ok()
    };
    if let Some(t) = &out.changed {
        if let Some(v) = parse(t).filter(|v| range.contains(v)) {
            *value = v;
        }
        ui.data_mut(|d| d.insert_temp(draft_id, t.clone()));
    }
    let focused = out.response.has_focus();
    if focused {
        let step = ui.input(|i| {
            i64::from(i.key_pressed(egui::Key::ArrowUp))
                - i64::from(i.key_pressed(egui::Key::ArrowDown))
        });
        if step != 0 {
            *value = (*value + step).clamp(*range.start(), *range.end());
            ui.data_mut(|d| d.remove::<String>(draft_id));
        }
    }
    if out.cancelled {
        ui.data_mut(|d| d.remove::<String>(draft_id));
    } else if out.submitted || (!focused && draft.is_some()) {
        if let Some(v) = draft.as_deref().and_then(parse) {
            *value = v.clamp(*range.start(), *range.end());
        }
        ui.data_mut(|d| d.remove::<String>(draft_id));
    }
    out.response
}
