//! The timeline's input: wheel, pinch, drag and keys. It changes nothing
//! itself: it moves a copy of the view (so this frame paints where the user
//! is) and asks for the rest with [`Action`]s.

use egui::Rect;

use crate::app::{Action, AppState, ReaderMode};
use crate::layout::TimeView;

/// Reads the input over the plot; returns the view to paint this frame and
/// pushes what else the user asked for.
pub fn handle_input(
    state: &AppState,
    ui: &egui::Ui,
    response: &egui::Response,
    plot: Rect,
    actions: &mut Vec<Action>,
) -> TimeView {
    let width = f64::from(plot.width().max(1.0));
    let mut view = state.ui.view;
    let mut moved = false;
    let (scroll, zoom, shift, keys) = ui.input(|i| {
        (
            i.smooth_scroll_delta,
            i.zoom_delta(),
            i.modifiers.shift,
            Keys {
                plus: i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                minus: i.key_pressed(egui::Key::Minus),
                left: i.key_pressed(egui::Key::ArrowLeft),
                right: i.key_pressed(egui::Key::ArrowRight),
                home: i.key_pressed(egui::Key::Home),
                tab: i.key_pressed(egui::Key::Tab),
                enter: i.key_pressed(egui::Key::Enter),
                down: i.key_pressed(egui::Key::ArrowDown),
                up: i.key_pressed(egui::Key::ArrowUp),
                back: i.modifiers.shift,
            },
        )
    });
    if response.hovered() {
        let px = response
            .hover_pos()
            .map_or(width / 2.0, |p| f64::from(p.x - plot.min.x));
        if (zoom - 1.0).abs() > f32::EPSILON {
            view.zoom_at(px, width, f64::from(zoom));
            moved = true;
        }
        if shift && (scroll.x != 0.0 || scroll.y != 0.0) {
            view.pan(f64::from(scroll.x + scroll.y), width);
            moved = true;
        } else if scroll.y != 0.0 {
            view.zoom_at(px, width, (f64::from(scroll.y) * 0.003).exp());
            moved = true;
        } else if scroll.x != 0.0 {
            view.pan(f64::from(scroll.x), width);
            moved = true;
        }
    }
    if response.dragged() {
        view.pan(f64::from(response.drag_delta().x), width);
        moved = true;
    }
    if moved {
        // Direct manipulation starts from what is on screen and stops any animation.
        actions.push(Action::SetView(view));
    }
    // Keys belong to a text field that has focus, not to the timeline.
    if crate::app::text_field::typing(ui.ctx()) && !response.has_focus() {
        return view;
    }
    let base = state.ui.target.unwrap_or(view);
    let mut v = base;
    if keys.plus {
        v.zoom_at(width / 2.0, width, 1.6);
    }
    if keys.minus {
        v.zoom_at(width / 2.0, width, 1.0 / 1.6);
    }
    if keys.left {
        v.pan(width * 0.15, width);
    }
    if keys.right {
        v.pan(-width * 0.15, width);
    }
    if v != base {
        actions.push(Action::AnimateTo(v));
    }
    if keys.home {
        actions.push(Action::Fit);
    }
    if keys.tab || keys.down || keys.up {
        let back = keys.up || (keys.tab && keys.back);
        actions.push(Action::Step { back });
    }
    if keys.enter && state.ui.selected.is_some() {
        actions.push(Action::SetReaderMode(ReaderMode::Document));
    }
    view
}

/// The keys the timeline answers to, pressed this frame.
#[derive(Debug, Clone, Copy)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per key, read once per frame"
)]
struct Keys {
    plus: bool,
    minus: bool,
    left: bool,
    right: bool,
    home: bool,
    tab: bool,
    enter: bool,
    down: bool,
    up: bool,
    back: bool,
}
