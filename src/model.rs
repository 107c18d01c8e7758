//! The plain data types that flow between the pipeline stages: documents, dates
//! ([`When`]), events and their sources, and the sorted [`Timeline`].
//!
//! Everything here is `serde`-serialisable; the JSON written by `gahnama extract`
//! (schema [`SCHEMA`]) is exactly [`ExtractOutput`].

use serde::{Deserialize, Serialize};

/// Identifier of the events JSON schema.
pub const SCHEMA: &str = "gahnama.events/1";

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A single day.
    Day,
    /// A month.
    Month,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

impl Precision {
    /// Lower-case name as used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::Century => "century",
        }
    }
}

/// Early / mid / late part of a period (اوایل، اواسط، اواخر).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// اوایل، ابتدای، آغاز
    Early,
    /// اواسط، میانه
    Mid,
    /// اواخر، پایان
    Late,
}

impl Modifier {
    /// Lower-case name as used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Late => "late",
        }
    }
}

/// The calendar a date was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarKind {
    /// Gregorian (میلادی).
    Gregorian,
    /// Solar Hijri (هجری شمسی).
    SolarHijri,
    /// Lunar Hijri (هجری قمری).
    LunarHijri,
}

impl CalendarKind {
    /// Lower-case name as used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gregorian => "gregorian",
            Self::SolarHijri => "solar_hijri",
            Self::LunarHijri => "lunar_hijri",
        }
    }
}

/// A proleptic Gregorian calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year (astronomical).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

impl Day {
    /// Builds a day; no validation beyond the types.
    #[must_use]
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// Days since 1970-01-01 (negative before).
    #[must_use]
    pub fn to_epoch_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Day::to_epoch_days`].
    #[must_use]
    pub fn from_epoch_days(z: i64) -> Self {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = y + i64::from(m <= 2);
        Self {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(m).unwrap_or(1),
            day: u8::try_from(d).unwrap_or(1),
        }
    }

    /// The number of days in a Gregorian month.
    #[must_use]
    pub fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            _ => 28,
        }
    }
}

/// A normalised date: a Gregorian interval plus how it was written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct When {
    /// First day of the interval.
    pub start: Day,
    /// Last day of the interval (inclusive).
    pub end: Day,
    /// Precision of the written date (for a range: of its ends).
    pub precision: Precision,
    /// Early / mid / late qualifier, if any.
    pub modifier: Option<Modifier>,
    /// The calendar the text used.
    pub calendar: CalendarKind,
    /// True when a range (two written ends) rather than one period.
    pub is_range: bool,
    /// The date phrase as written in the text.
    pub text: String,
    /// True when resolved from context rather than stated in full.
    pub inferred: bool,
}

impl When {
    /// ISO string of the start, with as many parts as the precision.
    #[must_use]
    pub fn start_iso(&self) -> String {
        iso(self.start, self.precision, false)
    }

    /// ISO string of the end, with as many parts as the precision.
    #[must_use]
    pub fn end_iso(&self) -> String {
        iso(self.end, self.precision, true)
    }

    /// Middle of the interval, in days since the epoch (for sorting and drawing).
    #[must_use]
    pub fn mid_epoch_days(&self) -> f64 {
        let a = self.start.to_epoch_days();
        let b = self.end.to_epoch_days();

        (a + b) as f64 / 2.0
    }

    /// The serialisable form.
    #[must_use]
    pub fn to_json(&self) -> WhenJson {
        WhenJson {
            start: self.start_iso(),
            end: self.end_iso(),
            precision: self.precision,
            modifier: self.modifier,
            calendar: self.calendar,
            text: self.text.clone(),
            inferred: self.inferred,
        }
    }
}

fn iso(day: Day, precision: Precision, _is_end: bool) -> String {
    match precision {
        Precision::Day => format!("{:04}-{:02}-{:02}", day.year, day.month, day.day),
        Precision::Month => format!("{:04}-{:02}", day.year, day.month),
        Precision::Year | Precision::Decade | Precision::Century => format!("{:04}", day.year),
    }
}

/// `when` as it appears in the events JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhenJson {
    /// Gregorian ISO start (`1997`, `1997-05`, `1997-05-17`).
    pub start: String,
    /// Gregorian ISO end.
    pub end: String,
    /// Precision.
    pub precision: Precision,
    /// Early / mid / late.
    pub modifier: Option<Modifier>,
    /// Calendar as written.
    pub calendar: CalendarKind,
    /// The phrase as written.
    pub text: String,
    /// Resolved from context.
    pub inferred: bool,
}

/// Whether an event happened or is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Stated as having happened.
    Event,
    /// Expected, planned or predicted.
    Forecast,
}

/// One place in a document that states an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Document id.
    pub doc: String,
    /// Paragraph index (0-based, all blocks of the document in reading order).
    pub paragraph: usize,
    /// Line number (1-based) in the file where the sentence starts.
    pub line: usize,
    /// Byte range of the sentence in the file on disk (end exclusive).
    pub bytes: [usize; 2],
    /// Byte range of the date phrase in the file on disk (end exclusive).
    pub date_bytes: [usize; 2],
    /// The sentence as written.
    pub sentence: String,
}

/// A dated event, possibly stated in several places.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: the same input gives the same id.
    pub id: String,
    /// Short Persian title.
    pub title: String,
    /// English name when the event is a known one.
    pub title_en: Option<String>,
    /// When it happened.
    pub when: WhenJson,
    /// Event or forecast.
    pub kind: EventKind,
    /// Actor ids (countries, organisations, companies).
    pub actors: Vec<String>,
    /// People ids.
    pub people: Vec<String>,
    /// Region ids.
    pub regions: Vec<String>,
    /// Where it is stated.
    pub sources: Vec<Source>,
    /// 0–1: how sure the extractor is.
    pub confidence: f64,
}

impl Event {
    /// Start day of the event (parsed back from the ISO string).
    #[must_use]
    pub fn start_day(&self) -> Option<Day> {
        parse_iso(&self.when.start, false)
    }

    /// Last day of the event.
    #[must_use]
    pub fn end_day(&self) -> Option<Day> {
        parse_iso(&self.when.end, true)
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `as_end` picks the last day of a
/// year or month instead of the first.
///
/// ```
/// use gahnama::model::{Day, parse_iso};
/// assert_eq!(parse_iso("1997-05", true), Some(Day::new(1997, 5, 31)));
/// assert_eq!(parse_iso("2000-02", true), Some(Day::new(2000, 2, 29)));
/// assert_eq!(parse_iso("1997-02-30", false), None);
/// ```
#[must_use]
pub fn parse_iso(s: &str, as_end: bool) -> Option<Day> {
    let mut parts = s.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u8> = match parts.next() {
        Some(m) => Some(m.parse().ok()?),
        None => None,
    };
    let day: Option<u8> = match parts.next() {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    let month_v = month.unwrap_or(if as_end { 12 } else { 1 });
    if !(1..=12).contains(&month_v) {
        return None;
    }
    let day_v = day.unwrap_or(if as_end {
        Day::days_in_month(year, month_v)
    } else {
        1
    });
    if day_v == 0 || day_v > Day::days_in_month(year, month_v) {
        return None;
    }
    Some(Day::new(year, month_v, day_v))
}

/// A document as listed in the events JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Id (the file stem, made unique).
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Title (first heading or first words).
    pub title: String,
    /// Detected encoding.
    pub encoding: String,
    /// SHA-256 of the file bytes, hex.
    pub sha256: String,
    /// File size in bytes.
    pub bytes: usize,
    /// Number of paragraphs (blocks of all kinds).
    pub paragraphs: usize,
}

/// The whole output of `gahnama extract`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractOutput {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The documents read.
    pub documents: Vec<DocumentInfo>,
    /// The events, sorted by start date.
    pub events: Vec<Event>,
}

/// Events sorted by time, with the documents they come from.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// Documents.
    pub documents: Vec<DocumentInfo>,
    /// Events sorted by (start, end, id).
    pub events: Vec<Event>,
}

impl Timeline {
    /// Builds a timeline, sorting the events by time.
    #[must_use]
    pub fn new(documents: Vec<DocumentInfo>, mut events: Vec<Event>) -> Self {
        events.sort_by(|a, b| {
            (a.start_day(), a.end_day(), &a.id).cmp(&(b.start_day(), b.end_day(), &b.id))
        });
        Self { documents, events }
    }

    /// The serialisable form.
    #[must_use]
    pub fn to_output(&self) -> ExtractOutput {
        ExtractOutput {
            schema: SCHEMA.to_owned(),
            documents: self.documents.clone(),
            events: self.events.clone(),
        }
    }

    /// Earliest start and latest end, if there are events.
    #[must_use]
    pub fn span(&self) -> Option<(Day, Day)> {
        let start = self.events.iter().filter_map(Event::start_day).min()?;
        let end = self.events.iter().filter_map(Event::end_day).max()?;
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_round_trip() {
        for d in [
            Day::new(1970, 1, 1),
            Day::new(1997, 5, 17),
            Day::new(2000, 2, 29),
            Day::new(1813, 12, 31),
            Day::new(622, 7, 19),
        ] {
            assert_eq!(Day::from_epoch_days(d.to_epoch_days()), d);
        }
        assert_eq!(Day::new(1970, 1, 2).to_epoch_days(), 1);
    }

    #[test]
    fn iso_parsing_respects_precision() {
        assert_eq!(parse_iso("1997", true), Some(Day::new(1997, 12, 31)));
        assert_eq!(parse_iso("1997-02", true), Some(Day::new(1997, 2, 28)));
        assert_eq!(parse_iso("1997-05-17", false), Some(Day::new(1997, 5, 17)));
        assert_eq!(parse_iso("1997-13", false), None);
        assert_eq!(parse_iso("x", false), None);
    }
}
