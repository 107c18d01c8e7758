//! Filters over events: actors, regions, documents, a year range, exact
//! dates only, and kind. The app's panels, the event list, the counts and the
//! PNG export all apply the same [`Filter`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{Day, Event, EventKind, Precision};

/// The active filters. Empty sets mean "no restriction".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Actors unticked in the list: events whose actors are all hidden are hidden.
    pub hidden_actors: BTreeSet<String>,
    /// Only events with at least one of these actors (the CLI's `--actor`).
    pub only_actors: BTreeSet<String>,
    /// Regions unticked.
    pub hidden_regions: BTreeSet<String>,
    /// Only events in at least one of these regions.
    pub only_regions: BTreeSet<String>,
    /// Documents unticked: sources from them do not count.
    pub hidden_docs: BTreeSet<String>,
    /// First year shown (inclusive).
    pub from_year: Option<i32>,
    /// Last year shown (inclusive).
    pub to_year: Option<i32>,
    /// Only day-exact dates.
    pub exact_only: bool,
    /// Show stated events.
    pub show_events: bool,
    /// Show forecasts.
    pub show_forecasts: bool,
    /// Which curated events: all but the hidden (the default), or only the
    /// starred, edited, hidden or tagged ones.
    pub curated: CurationView,
}

/// The curation filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CurationView {
    /// Every event not hidden.
    #[default]
    All,
    /// Starred ones.
    Starred,
    /// Ones whose title, date, kind, actors or regions were changed, merged,
    /// split or added.
    Edited,
    /// Hidden ones (to restore them).
    Hidden,
    /// Ones with a tag.
    Tagged,
}

impl CurationView {
    /// Whether `e` is in this view.
    #[must_use]
    pub fn shows(self, e: &Event) -> bool {
        let c = e.curation.as_deref();
        let hidden = c.is_some_and(|c| c.hidden);
        match self {
            Self::All => !hidden,
            Self::Hidden => hidden,
            Self::Starred => !hidden && c.is_some_and(|c| c.starred),
            Self::Edited => !hidden && c.is_some_and(|c| c.edited),
            Self::Tagged => !hidden && c.is_some_and(|c| !c.tags.is_empty()),
        }
    }
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            hidden_actors: BTreeSet::new(),
            only_actors: BTreeSet::new(),
            hidden_regions: BTreeSet::new(),
            only_regions: BTreeSet::new(),
            hidden_docs: BTreeSet::new(),
            from_year: None,
            to_year: None,
            exact_only: false,
            show_events: true,
            show_forecasts: true,
            curated: CurationView::All,
        }
    }
}

impl Filter {
    /// Whether the event passes every filter.
    #[must_use]
    pub fn matches(&self, e: &Event) -> bool {
        if !self.curated.shows(e) {
            return false;
        }
        if !self.hidden_actors.is_empty()
            && !e.actors.is_empty()
            && e.actors.iter().all(|a| self.hidden_actors.contains(&**a))
        {
            return false;
        }
        if !self.only_actors.is_empty() && !e.actors.iter().any(|a| self.only_actors.contains(&**a))
        {
            return false;
        }
        if !self.hidden_regions.is_empty()
            && !e.regions.is_empty()
            && e.regions.iter().all(|r| self.hidden_regions.contains(&**r))
        {
            return false;
        }
        if !self.only_regions.is_empty()
            && !e.regions.iter().any(|r| self.only_regions.contains(&**r))
        {
            return false;
        }
        if !self.hidden_docs.is_empty()
            && e.sources.iter().all(|s| self.hidden_docs.contains(&*s.doc))
        {
            return false;
        }
        // Exact days: «۱۳۸۴» (21 March 2005 – 20 March 2006) is in 2006.
        let (first, last) = (e.when.first_day, e.when.last_day);
        if self.from_year.is_some_and(|y| last < Day::new(y, 1, 1))
            || self.to_year.is_some_and(|y| first > Day::new(y, 12, 31))
        {
            return false;
        }
        if self.exact_only && (e.when.precision != Precision::Day || e.when.inferred) {
            return false;
        }
        match e.kind {
            EventKind::Event => self.show_events,
            EventKind::Forecast => self.show_forecasts,
        }
    }

    /// Whether any filter is active.
    #[must_use]
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    /// Human-readable list of the active filters (for chips and captions).
    #[must_use]
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        for a in &self.only_actors {
            out.push(format!("actor: {a}"));
        }
        for a in &self.hidden_actors {
            out.push(format!("without {a}"));
        }
        for r in &self.only_regions {
            out.push(format!("region: {r}"));
        }
        for r in &self.hidden_regions {
            out.push(format!("without region {r}"));
        }
        for d in &self.hidden_docs {
            out.push(format!("without document {d}"));
        }
        match (self.from_year, self.to_year) {
            (Some(a), Some(b)) => out.push(format!("{a}–{b}")),
            (Some(a), None) => out.push(format!("from {a}")),
            (None, Some(b)) => out.push(format!("until {b}")),
            (None, None) => {}
        }
        if self.exact_only {
            out.push("exact dates only".to_owned());
        }
        if !self.show_events {
            out.push("forecasts only".to_owned());
        }
        if !self.show_forecasts {
            out.push("no forecasts".to_owned());
        }
        match self.curated {
            CurationView::All => {}
            CurationView::Starred => out.push("starred".to_owned()),
            CurationView::Edited => out.push("edited".to_owned()),
            CurationView::Hidden => out.push("hidden".to_owned()),
            CurationView::Tagged => out.push("tagged".to_owned()),
        }
        out
    }

    /// The events that pass, in order.
    #[must_use]
    pub fn apply<'a>(&self, events: &'a [Event]) -> Vec<&'a Event> {
        events.iter().filter(|e| self.matches(e)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CalendarKind, SourceSpan, When, parse_iso_first, parse_iso_last};
    use std::sync::Arc;

    fn ev(actors: &[&str], start: &str, precision: Precision, kind: EventKind) -> Event {
        Event {
            id: "e".into(),
            title: String::new(),
            title_en: None,
            when: When::new(
                parse_iso_first(start).expect("a test date"),
                parse_iso_last(start).expect("a test date"),
                precision,
                CalendarKind::Gregorian,
            ),
            kind,
            actors: actors.iter().map(|s| Arc::from(*s)).collect(),
            people: vec![],
            regions: vec!["Europe".into()],
            sources: vec![SourceSpan {
                doc: "a".into(),
                paragraph: 0,
                line: 1,
                bytes: [0, 0],
                date_bytes: [0, 0],
                sentence: Default::default(),
            }],
            confidence: 0.9,
            curation: None,
        }
    }

    #[test]
    fn filters_combine() {
        let nato_russia = ev(
            &["NATO", "Russia"],
            "1997-05-17",
            Precision::Day,
            EventKind::Event,
        );
        let iran = ev(&["Iran"], "2005", Precision::Year, EventKind::Forecast);
        let mut f = Filter::default();
        assert!(f.matches(&nato_russia) && f.matches(&iran) && !f.is_active());
        f.hidden_actors.insert("NATO".into());
        assert!(f.matches(&nato_russia), "still shown for Russia");
        f.hidden_actors.insert("Russia".into());
        assert!(!f.matches(&nato_russia));
        f = Filter {
            only_actors: ["Iran".to_owned()].into(),
            ..Filter::default()
        };
        assert!(!f.matches(&nato_russia) && f.matches(&iran));
        f = Filter {
            from_year: Some(2000),
            ..Filter::default()
        };
        assert!(!f.matches(&nato_russia) && f.matches(&iran));
        f = Filter {
            exact_only: true,
            ..Filter::default()
        };
        assert!(f.matches(&nato_russia) && !f.matches(&iran));
        f = Filter {
            show_forecasts: false,
            ..Filter::default()
        };
        assert!(!f.matches(&iran));
        f = Filter {
            hidden_docs: ["a".to_owned()].into(),
            ..Filter::default()
        };
        assert!(!f.matches(&iran));
        f = Filter {
            hidden_regions: ["Europe".to_owned()].into(),
            ..Filter::default()
        };
        assert!(!f.matches(&iran));
        assert_eq!(f.describe(), vec!["without region Europe".to_owned()]);
    }
}
