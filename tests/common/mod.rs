//! What the app's kittest suites share: clicking a row of the event list
//! and finding the Founding Act among the seeds' events.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gahnama::app::{EventIx, GahnamaApp};

/// Scrolls the event list until the row with `label` is visible, and clicks it.
pub fn click_row(h: &mut Harness<'static, GahnamaApp>, label: &str) {
    for _ in 0..40 {
        if h.query_by_label(label).is_some() {
            h.get_by_label(label).click();
            h.run();
            return;
        }
        // Scroll the list down from its first visible row.
        let first = h
            .get_all_by_role(egui::Role::Row)
            .next()
            .expect("the list shows rows");
        first.scroll_down();
        h.run();
    }
    panic!("no list row «{label}»");
}

/// The seeds' event of 17 May 1997 (the NATO–Russia Founding Act).
pub fn founding_act(app: &GahnamaApp) -> EventIx {
    EventIx(
        app.events()
            .iter()
            .position(|e| e.when.start_iso() == "1997-05-17")
            .expect("the Founding Act is extracted"),
    )
}
