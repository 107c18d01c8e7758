//! Typing into a field of the app by its accessible label (the kittest
//! suites that edit fields share it).

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gahnama::app::GahnamaApp;

/// Types into the field labelled `label` and presses Enter.
pub fn type_into(h: &mut Harness<'static, GahnamaApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}
