//! What the app remembers between runs ([`Settings`]) and the choices it is
//! made of. Nothing here is derived from the loaded texts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::i18n::Lang;
use crate::filter::Filter;
use crate::layout::ticks::Digits;
use crate::layout::{GroupBy, TimeView};

/// The key the settings are stored under.
pub const STORAGE_KEY: &str = "gahnama-settings";

/// Which calendars the axis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AxisCalendar {
    /// Gregorian only.
    Gregorian,
    /// Solar Hijri only.
    SolarHijri,
    /// Gregorian with a Solar Hijri row below.
    Both,
    /// Solar Hijri with a Gregorian row below (the Persian interface's
    /// default).
    SolarFirst,
}

impl AxisCalendar {
    /// The calendars of the axis rows, top to bottom.
    #[must_use]
    pub fn kinds(self) -> Vec<crate::model::CalendarKind> {
        use crate::model::CalendarKind;
        match self {
            Self::Gregorian => vec![CalendarKind::Gregorian],
            Self::SolarHijri => vec![CalendarKind::SolarHijri],
            Self::Both => vec![CalendarKind::Gregorian, CalendarKind::SolarHijri],
            Self::SolarFirst => vec![CalendarKind::SolarHijri, CalendarKind::Gregorian],
        }
    }
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What the reader shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReaderMode {
    /// The selected event's source paragraphs.
    Sources,
    /// The whole document of the chosen source, scrolled to its paragraph.
    Document,
}

/// Columns of the event list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Column {
    /// Date.
    Date,
    /// Title.
    Title,
    /// Actors.
    Actors,
    /// Document.
    Document,
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The last opened paths (empty: the bundled seeds).
    pub paths: Vec<PathBuf>,
    /// Filters.
    pub filter: Filter,
    /// The visible range.
    pub view: Option<TimeView>,
    /// Lanes.
    pub group_by: GroupBy,
    /// Axis calendars.
    pub calendar: AxisCalendar,
    /// Digits of labels.
    pub digits: Digits,
    /// Theme.
    pub theme: ThemeChoice,
    /// Collapsed lanes.
    pub collapsed: BTreeSet<String>,
    /// Event list sort column and direction.
    pub sort: (Column, bool),
    /// Most lanes shown (the rest go to "other").
    pub max_lanes: usize,
    /// The dates the user set for documents (Document → Set date…), by the
    /// document's path, with the calendar they were given in.
    pub document_dates: BTreeMap<String, (crate::model::Day, crate::model::CalendarKind)>,
    /// Projects opened or saved lately, newest first.
    pub recent: Vec<PathBuf>,
    /// The interface language the user chose (`None`: the system locale's).
    pub language: Option<Lang>,
    /// Dates in the list, the reader and the tooltip are written with the
    /// Solar Hijri first, whatever calendar the text used.
    pub solar_first: bool,
}

impl Settings {
    /// The interface language: the one chosen, else the system locale's.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_else(Lang::system)
    }

    /// Settings as a new user of `lang` finds them: Persian digits, the
    /// Solar Hijri axis row first and Solar-first dates in Persian; in
    /// English, the Gregorian row first and dates in the text's calendar.
    #[must_use]
    pub fn for_language(lang: Lang) -> Self {
        let mut s = Self::default();
        s.language_defaults(lang);
        s
    }

    /// Sets what follows the interface language (digits, the axis's first
    /// row, the order of dates); each stays the user's to change after.
    pub fn language_defaults(&mut self, lang: Lang) {
        match lang {
            Lang::Fa => {
                self.digits = Digits::Persian;
                self.calendar = AxisCalendar::SolarFirst;
                self.solar_first = true;
            }
            Lang::En => {
                self.calendar = AxisCalendar::Both;
                self.solar_first = false;
            }
        }
    }

    /// Puts `path` first among the recent projects (at most 8).
    pub fn push_recent(&mut self, path: &std::path::Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(8);
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            paths: Vec::new(),
            filter: Filter::default(),
            view: None,
            group_by: GroupBy::Actor,
            calendar: AxisCalendar::Both,
            digits: Digits::Persian,
            theme: ThemeChoice::System,
            collapsed: BTreeSet::new(),
            sort: (Column::Date, true),
            max_lanes: 8,
            document_dates: BTreeMap::new(),
            recent: Vec::new(),
            language: None,
            solar_first: false,
        }
    }
}
