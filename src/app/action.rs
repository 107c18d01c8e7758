//! What widgets ask for. Widgets read the state and push [`Action`]s; after
//! drawing, [`super::GahnamaApp::apply`] carries them out in one place (as
//! rerun's time panel pushes its time commands).

use std::path::PathBuf;

use super::export_ui::ExportDialog;
use super::file_dialog::Purpose;
use super::loader::CorpusSource;
use super::settings::{ReaderMode, Settings};
use super::state::EventIx;
use crate::filter::Filter;
use crate::layout::TimeView;

/// A change a widget asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Select an event (or none), and follow it in the reader and the list.
    Select(Option<EventIx>),
    /// Select the next (or, `back`, the previous) shown event and bring it into view.
    Step {
        /// Backwards in time.
        back: bool,
    },
    /// Pan the timeline so the event is on screen, if it is not.
    BringIntoView(EventIx),
    /// Zoom to an event (animated).
    ZoomTo(EventIx),
    /// Fit all shown events (animated).
    Fit,
    /// The view after direct manipulation (stops any animation).
    SetView(TimeView),
    /// Animate to a view.
    AnimateTo(TimeView),
    /// Show the selected event's source `source` in the whole document.
    OpenDocument {
        /// Which of the event's sources.
        source: usize,
    },
    /// Show more paragraphs of the document around the source.
    WidenReader {
        /// Earlier paragraphs (else later ones).
        earlier: bool,
    },
    /// The reader's mode.
    SetReaderMode(ReaderMode),
    /// The reader scrolled to its source.
    ReaderScrolled,
    /// The list scrolled to the selection.
    ListScrolled,
    /// New filters.
    SetFilter(Filter),
    /// New settings (lanes, calendars, digits, theme, sort…).
    SetSettings(Box<Settings>),
    /// The actor search text.
    SetActorSearch(String),
    /// How many labels the timeline left out.
    SetDroppedLabels(usize),
    /// Load documents.
    Load(CorpusSource),
    /// Stop the running load.
    CancelLoad,
    /// Choose files (the desktop's dialog, or the in-app prompt).
    ChooseFile(Purpose),
    /// Open the export options.
    OpenExportDialog,
    /// Export the PNG.
    Export {
        /// Where.
        path: PathBuf,
        /// How.
        options: ExportDialog,
    },
    /// Close a notice.
    DismissNotice(usize),
}
