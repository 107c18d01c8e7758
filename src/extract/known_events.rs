//! The known-events lexicon (`assets/known_events.toml`): well-known events of
//! the region with Persian trigger phrases and Persian and English names, and
//! the named dates the tagger resolves.

use aho_corasick::AhoCorasick;
use serde::Deserialize;

use crate::corpus::normalize::normalize_phrase;
use crate::model::{Day, When, parse_iso_first};

/// The bundled lexicon data.
pub const BUNDLED: &str = include_str!("../../assets/known_events.toml");

/// The lexicon could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// Malformed TOML.
    #[error("known-events data: {0}")]
    Parse(#[from] toml::de::Error),
    /// Phrases the matcher cannot be built from (far too many or too long).
    #[error("known-events data: {0}")]
    Phrases(#[from] aho_corasick::BuildError),
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
    /// Normalised trigger phrases (any of them), as ids in the phrase table.
    triggers: Vec<usize>,
    /// Normalised required words (any of them), if any, as phrase ids.
    requires: Vec<usize>,
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
    /// Every trigger and required phrase once, found in one pass.
    phrases: Option<AhoCorasick>,
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
            let day = parse_iso_first(&n.date)
                .filter(|_| n.date.len() == 10)
                .ok_or_else(|| LexiconError::BadDate(n.date.clone()))?;
            for p in n.phrases {
                named_dates.push((normalize_phrase(&p), day));
            }
        }
        let mut table: Vec<String> = Vec::new();
        let mut ids = |phrases: &[String]| -> Vec<usize> {
            phrases
                .iter()
                .map(|t| {
                    let t = normalize_phrase(t);
                    table.iter().position(|p| *p == t).unwrap_or_else(|| {
                        table.push(t);
                        table.len() - 1
                    })
                })
                .collect()
        };
        let events = raw
            .event
            .into_iter()
            .map(|e| KnownEvent {
                triggers: ids(&e.triggers),
                requires: ids(&e.requires),
                id: e.id,
                fa: e.fa,
                en: e.en,
                years: e.years,
                actors: e.actors,
            })
            .collect();
        // A DFA: it is searched (overlapping) in the clause of every dated
        // mention, and the table is small enough to build one at once.
        let phrases = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&table)?;
        Ok(Self {
            events,
            named_dates,
            phrases: Some(phrases),
        })
    }

    /// The known event stated by `clause` (normalised) at `when`, if any.
    #[must_use]
    pub fn find(&self, clause: &str, when: &When) -> Option<&KnownEvent> {
        let fits = |e: &&KnownEvent| {
            let [a, b] = e.years;
            when.first_day.year <= b
                && when.last_day.year >= a
                && when.last_day.year - when.first_day.year <= b - a + 1
        };
        if !self.events.iter().any(|e| fits(&e)) {
            return None;
        }
        // Which phrases occur in the clause, each starting a word.
        let phrases = self.phrases.as_ref()?;
        let mut present = vec![false; phrases.patterns_len()];
        for m in phrases.find_overlapping_iter(clause) {
            let starts_word = clause[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::corpus::normalize::is_letter_or_digit(c));
            if starts_word {
                present[m.pattern().as_usize()] = true;
            }
        }
        self.events.iter().filter(fits).find(|e| {
            e.triggers.iter().any(|&t| present[t])
                && (e.requires.is_empty() || e.requires.iter().any(|&r| present[r]))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CalendarKind, Precision};

    fn year(y: i32) -> When {
        When::new(
            Day::new(y, 1, 1),
            Day::new(y, 12, 31),
            Precision::Year,
            CalendarKind::Gregorian,
        )
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
