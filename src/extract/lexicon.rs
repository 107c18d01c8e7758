//! The known-events lexicon (`assets/known_events.toml`): well-known events of
//! the region with Persian trigger phrases and Persian and English names, and
//! the named dates the tagger resolves.

use serde::Deserialize;

use crate::corpus::normalize::normalize_phrase;
use crate::model::{Day, When, parse_iso};

/// The bundled lexicon data.
pub const BUNDLED: &str = include_str!("../../assets/known_events.toml");

/// The lexicon could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// Malformed TOML.
    #[error("known-events data: {0}")]
    Parse(#[from] toml::de::Error),
    /// A named date that is not `YYYY-MM-DD`.
    #[error("known-events data: named date `{0}` is not YYYY-MM-DD")]
    BadDate(String),
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    named_date: Vec<RawNamed>,
    #[serde(default)]
    event: Vec<RawEvent>,
}

#[derive(Deserialize)]
struct RawNamed {
    phrases: Vec<String>,
    date: String,
}

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    fa: String,
    en: String,
    triggers: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
    years: [i32; 2],
    #[serde(default)]
    actors: Vec<String>,
}

/// A well-known event.
#[derive(Debug, Clone)]
pub struct KnownEvent {
    /// Stable id.
    pub id: String,
    /// Persian name.
    pub fa: String,
    /// English name.
    pub en: String,
    /// Normalised trigger phrases (any of them).
    triggers: Vec<String>,
    /// Normalised required words (any of them), if any.
    requires: Vec<String>,
    /// First and last year the event can be dated to.
    pub years: [i32; 2],
    /// Actors the event always involves.
    pub actors: Vec<String>,
}

/// The lexicon.
#[derive(Debug, Clone, Default)]
pub struct KnownEvents {
    /// Known events.
    pub events: Vec<KnownEvent>,
    /// Named dates: (normalised phrase, day).
    pub named_dates: Vec<(String, Day)>,
}

impl KnownEvents {
    /// The bundled lexicon.
    ///
    /// # Errors
    /// When the bundled data is malformed (a test keeps it well-formed).
    pub fn bundled() -> Result<Self, LexiconError> {
        Self::from_toml(BUNDLED)
    }

    /// Reads a lexicon from TOML.
    ///
    /// # Errors
    /// Malformed TOML or dates.
    pub fn from_toml(data: &str) -> Result<Self, LexiconError> {
        let raw: RawFile = toml::from_str(data)?;
        let mut named_dates = Vec::new();
        for n in raw.named_date {
            let day = parse_iso(&n.date, false)
                .filter(|_| n.date.len() == 10)
                .ok_or_else(|| LexiconError::BadDate(n.date.clone()))?;
            for p in n.phrases {
                named_dates.push((normalize_phrase(&p), day));
            }
        }
        let events = raw
            .event
            .into_iter()
            .map(|e| KnownEvent {
                id: e.id,
                fa: e.fa,
                en: e.en,
                triggers: e.triggers.iter().map(|t| normalize_phrase(t)).collect(),
                requires: e.requires.iter().map(|t| normalize_phrase(t)).collect(),
                years: e.years,
                actors: e.actors,
            })
            .collect();
        Ok(Self {
            events,
            named_dates,
        })
    }

    /// The known event stated by `clause` (normalised) at `when`, if any.
    #[must_use]
    pub fn find(&self, clause: &str, when: &When) -> Option<&KnownEvent> {
        self.events.iter().find(|e| {
            let [a, b] = e.years;
            let fits = when.start.year <= b
                && when.end.year >= a
                && when.end.year - when.start.year <= b - a + 1;
            fits && e.triggers.iter().any(|t| contains_phrase(clause, t))
                && (e.requires.is_empty() || e.requires.iter().any(|r| contains_phrase(clause, r)))
        })
    }
}

/// Whether `phrase` occurs in `text` starting at a word boundary.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::corpus::normalize::is_letter_or_digit(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CalendarKind, Precision};

    fn year(y: i32) -> When {
        When {
            start: Day::new(y, 1, 1),
            end: Day::new(y, 12, 31),
            precision: Precision::Year,
            modifier: None,
            calendar: CalendarKind::Gregorian,
            is_range: false,
            text: String::new(),
            inferred: false,
        }
    }

    #[test]
    fn bundled_lexicon_loads_with_named_dates() {
        let k = KnownEvents::bundled().expect("bundled lexicon");
        assert!(k.events.len() >= 12);
        assert!(
            k.named_dates
                .iter()
                .any(|(p, d)| p == "یازده سپتامبر" && *d == Day::new(2001, 9, 11))
        );
    }

    #[test]
    fn a_known_event_needs_its_trigger_its_required_word_and_a_fitting_date() {
        let k = KnownEvents::bundled().expect("bundled lexicon");
        let c = normalize_phrase("اتحادیه اقتصادی اوراسیا که در سال 2014 شکل گرفت");
        assert_eq!(
            k.find(&c, &year(2014)).map(|e| e.id.as_str()),
            Some("eaeu-founded")
        );
        // Same words, a year outside the event's years.
        assert_eq!(k.find(&c, &year(2019)).map(|e| e.id.as_str()), None);
        // Joining is not founding.
        let c = normalize_phrase("ارمنستان و قرقیزستان به اتحادیه اقتصادی اوراسیا پیوستند");
        assert_eq!(
            k.find(&c, &year(2015)).map(|e| e.id.as_str()),
            Some("eaeu-armenia-kyrgyzstan-join")
        );
        assert!(matches!(
            KnownEvents::from_toml("[[named_date]]\nphrases=[\"x\"]\ndate=\"2001\"\n"),
            Err(LexiconError::BadDate(_))
        ));
    }
}
