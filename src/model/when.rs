//! Dates as values: [`When`] is an exact interval of Gregorian days as the
//! text's own calendar defines it («دی ۱۳۷۰» is 22 December 1991 – 20 January
//! 1992), with its [`Precision`], [`Modifier`], calendar, the phrase as
//! written, and its value in its own calendar ([`NativeDate`]). Strings are
//! made only at the edges: [`WhenJson`] for the events JSON, [`When::edtf`]
//! for ISO 8601-2 / EDTF.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::calendar::{self, CalendarKind, Day};
use crate::model::SharedText;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A single day.
    Day,
    /// A month (a season is a span of months at this precision, with its
    /// season in [`NativePoint::season`]).
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

/// A season of the year (بهار، تابستان، پاییز، زمستان).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    /// بهار: Farvardin–Khordad, or 21 March – 21 June.
    Spring,
    /// تابستان: Tir–Shahrivar, or 22 June – 22 September.
    Summer,
    /// پاییز: Mehr–Azar, or 23 September – 21 December.
    Autumn,
    /// زمستان: Dey–Esfand, or 22 December – 20 March.
    Winter,
}

impl Season {
    /// The Persian name.
    #[must_use]
    pub fn persian(self) -> &'static str {
        match self {
            Self::Spring => "بهار",
            Self::Summer => "تابستان",
            Self::Autumn => "پاییز",
            Self::Winter => "زمستان",
        }
    }
}

/// One end of a date in its own calendar: only the parts its precision has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct NativePoint {
    /// Century, counted from 1 («قرن بیستم» is 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub century: Option<i32>,
    /// First year of a decade («دهه ۱۳۶۰» is 1360).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decade: Option<i32>,
    /// Year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Season of that year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<Season>,
    /// Month, 1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl NativePoint {
    /// The parts of `day` in `calendar` that `precision` keeps.
    #[must_use]
    pub fn of(day: Day, precision: Precision, calendar: CalendarKind) -> Self {
        let (y, m, d) =
            calendar::from_gregorian(calendar, day).unwrap_or((day.year, day.month, day.day));
        let mut p = Self::default();
        match precision {
            Precision::Day => (p.year, p.month, p.day) = (Some(y), Some(m), Some(d)),
            Precision::Month => (p.year, p.month) = (Some(y), Some(m)),
            Precision::Year => p.year = Some(y),
            Precision::Decade => p.decade = Some(y),
            Precision::Century => p.century = Some((y - 1).div_euclid(100) + 1),
        }
        p
    }
}

/// A date's value in the calendar the text wrote it in: «دی ماه ۱۳۷۰» is
/// `{"calendar": "solar_hijri", "year": 1370, "month": 10}`; a range adds its
/// other end under `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NativeDate {
    /// The calendar.
    pub calendar: CalendarKind,
    /// The date (or a range's first end).
    #[serde(flatten)]
    pub start: NativePoint,
    /// A range's last end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NativePoint>,
}

/// A date: the exact interval of Gregorian days its calendar gives it, plus
/// how it was written.
///
/// Build one with [`When::new`] (which derives the [`NativeDate`]),
/// [`When::season`] or [`When::range`]; a field changed by hand must keep
/// `native` in step.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "WhenJson", try_from = "WhenJson")]
pub struct When {
    /// First day of the interval.
    pub first_day: Day,
    /// Last day of the interval (inclusive).
    pub last_day: Day,
    /// Precision of the written date (for a range: of its coarser end).
    pub precision: Precision,
    /// Early / mid / late qualifier, if any.
    pub modifier: Option<Modifier>,
    /// The calendar the text used.
    pub calendar: CalendarKind,
    /// True when a range (two written ends) rather than one period.
    pub is_range: bool,
    /// The value in the text's own calendar.
    pub native: NativeDate,
    /// The date phrase as written in the text (a slice of the document's
    /// text where the file is UTF-8).
    pub text: SharedText,
    /// True when resolved from context rather than stated in full.
    pub inferred: bool,
}

impl When {
    /// A single period (not a range) from `first_day` to `last_day` in
    /// `calendar`, stated outright.
    #[must_use]
    pub fn new(
        first_day: Day,
        last_day: Day,
        precision: Precision,
        calendar: CalendarKind,
    ) -> Self {
        Self {
            first_day,
            last_day,
            precision,
            modifier: None,
            calendar,
            is_range: false,
            native: NativeDate {
                calendar,
                start: NativePoint::of(first_day, precision, calendar),
                end: None,
            },
            text: SharedText::default(),
            inferred: false,
        }
    }

    /// A season of `year` in `calendar`, from `first_day` to `last_day`.
    #[must_use]
    pub fn season(
        first_day: Day,
        last_day: Day,
        calendar: CalendarKind,
        year: i32,
        season: Season,
    ) -> Self {
        let mut w = Self::new(first_day, last_day, Precision::Month, calendar);
        w.native.start = NativePoint {
            year: Some(year),
            season: Some(season),
            ..NativePoint::default()
        };
        w
    }

    /// The range from `a`'s first day to `b`'s last, each end keeping its own
    /// native value; the coarser precision of the two.
    #[must_use]
    pub fn range(a: &Self, b: &Self) -> Self {
        Self {
            first_day: a.first_day,
            last_day: b.last_day,
            precision: a.precision.max(b.precision),
            modifier: None,
            calendar: a.calendar,
            is_range: true,
            native: NativeDate {
                calendar: a.calendar,
                start: a.native.start,
                end: Some(b.native.end.unwrap_or(b.native.start)),
            },
            text: SharedText::default(),
            inferred: false,
        }
    }

    /// This period made a range whose last end is its last day («سه سال
    /// گذشته», «دهه‌های ۱۹۶۰ و ۱۹۷۰»).
    #[must_use]
    pub fn into_range(mut self) -> Self {
        self.is_range = true;
        let mut end = NativePoint::of(self.last_day, self.precision, self.calendar);
        if let Some(d) = &mut end.decade {
            // The last day of a decade is in its tenth year.
            *d -= 9;
        }
        self.native.end = Some(end);
        self
    }

    /// Whether `other` is the same interval at the same precision (its
    /// words, calendar and modifier aside).
    #[must_use]
    pub fn same_interval(&self, other: &Self) -> bool {
        (self.first_day, self.last_day, self.precision)
            == (other.first_day, other.last_day, other.precision)
    }

    /// The same date resolved from context.
    #[must_use]
    pub fn inferred(mut self) -> Self {
        self.inferred = true;
        self
    }

    /// Gregorian ISO string of the first day, with as many parts as the
    /// precision (`1997`, `1997-05`, `1997-05-17`).
    #[must_use]
    pub fn start_iso(&self) -> String {
        iso(self.first_day, self.precision)
    }

    /// Gregorian ISO string of the last day, with as many parts as the precision.
    #[must_use]
    pub fn end_iso(&self) -> String {
        iso(self.last_day, self.precision)
    }

    /// First day in days since 1970-01-01.
    #[must_use]
    pub fn first_epoch_day(&self) -> i64 {
        self.first_day.to_epoch_days()
    }

    /// The day after the last, in days since 1970-01-01 (an exclusive end).
    #[must_use]
    pub fn end_epoch_day(&self) -> i64 {
        self.last_day.to_epoch_days() + 1
    }

    /// Middle of the interval, in days since the epoch (for sorting and drawing).
    #[must_use]
    pub fn mid_epoch_days(&self) -> f64 {
        let a = self.first_day.to_epoch_days();
        let b = self.last_day.to_epoch_days();
        (a + b) as f64 / 2.0
    }

    /// The interval in ISO 8601-2 / EDTF: the Gregorian unit when the interval
    /// is exactly one (`1997-05-17`, `1997-05`, `1997`, `199X`), two units
    /// when it runs exactly from one to another (`2007/2010`), exact days
    /// otherwise (`2005-03-21/2006-03-20` for «۱۳۸۴»), with `?` on every date
    /// resolved from context.
    ///
    /// ```
    /// use gahnama::calendar::{CalendarKind, Day};
    /// use gahnama::model::{Precision, When};
    /// let solar = When::new(Day::new(2005, 3, 21), Day::new(2006, 3, 20), Precision::Year, CalendarKind::SolarHijri);
    /// assert_eq!(solar.edtf(), "2005-03-21/2006-03-20");
    /// let may = When::new(Day::new(1997, 5, 1), Day::new(1997, 5, 31), Precision::Month, CalendarKind::Gregorian);
    /// assert_eq!(may.inferred().edtf(), "1997-05?");
    /// ```
    #[must_use]
    pub fn edtf(&self) -> String {
        let q = if self.inferred { "?" } else { "" };
        let unit_start = gregorian_unit(self.first_day, self.precision);
        let unit_end = gregorian_unit(self.last_day, self.precision);
        match (unit_start, unit_end) {
            (Some((a, a_first, _)), Some((b, _, b_last)))
                if a_first == self.first_day && b_last == self.last_day =>
            {
                if a == b {
                    format!("{a}{q}")
                } else {
                    format!("{a}{q}/{b}{q}")
                }
            }
            _ if self.first_day == self.last_day => format!("{}{q}", self.first_day),
            _ => format!("{}{q}/{}{q}", self.first_day, self.last_day),
        }
    }
}

impl When {
    /// The value TIMEX3 gives the date, in ISO 8601: the Gregorian unit when
    /// the interval is exactly one (`1997-05-17`, `1997-05`, `1997`, the
    /// decade `199`, the century `19` for 1901–2000), a Gregorian season as
    /// `2022-SU`, and otherwise the interval of its exact days
    /// (`2005-03-21/2006-03-20` for «۱۳۸۴»).
    ///
    /// ```
    /// use gahnama::calendar::{CalendarKind, Day};
    /// use gahnama::model::{Precision, When};
    /// let d = When::new(Day::new(1990, 1, 1), Day::new(1999, 12, 31), Precision::Decade, CalendarKind::Gregorian);
    /// assert_eq!(d.timex_value(), "199");
    /// let solar = When::new(Day::new(2005, 3, 21), Day::new(2006, 3, 20), Precision::Year, CalendarKind::SolarHijri);
    /// assert_eq!(solar.timex_value(), "2005-03-21/2006-03-20");
    /// ```
    #[must_use]
    pub fn timex_value(&self) -> String {
        let (a, b) = (self.first_day, self.last_day);
        if self.precision == Precision::Century
            && !self.is_range
            && a.month == 1
            && a.day == 1
            && a.year.rem_euclid(100) == 1
            && b == Day::new(a.year + 99, 12, 31)
        {
            return format!("{:02}", (a.year - 1) / 100);
        }
        if let Some(season) = self.native.start.season
            && self.calendar == CalendarKind::Gregorian
            && !self.is_range
        {
            let code = match season {
                Season::Spring => "SP",
                Season::Summer => "SU",
                Season::Autumn => "FA",
                Season::Winter => "WI",
            };
            return format!("{:04}-{code}", a.year);
        }
        if !self.is_range
            && let Some((unit, first, last)) = gregorian_unit(a, self.precision)
            && (first, last) == (a, b)
        {
            return match self.precision {
                Precision::Decade => unit.trim_end_matches('X').to_owned(),
                _ => unit,
            };
        }
        if a == b {
            a.to_string()
        } else {
            format!("{a}/{b}")
        }
    }
}

/// The Gregorian unit of `precision` holding `day` as EDTF, with its first and
/// last day; `None` for a century (EDTF's `19XX` is 1900–1999, not the
/// twentieth century), which then reads as years.
fn gregorian_unit(day: Day, precision: Precision) -> Option<(String, Day, Day)> {
    let y = day.year;
    if !(0..=9999).contains(&y) {
        return None;
    }
    Some(match precision {
        Precision::Day => (day.to_string(), day, day),
        Precision::Month => (
            iso(day, Precision::Month),
            Day::new(y, day.month, 1),
            Day::new(y, day.month, Day::days_in_month(y, day.month)),
        ),
        Precision::Year => (
            iso(day, Precision::Year),
            Day::new(y, 1, 1),
            Day::new(y, 12, 31),
        ),
        Precision::Decade => {
            let d = y - y.rem_euclid(10);
            (
                format!("{:03}X", d / 10),
                Day::new(d, 1, 1),
                Day::new(d + 9, 12, 31),
            )
        }
        Precision::Century => {
            // As a span of years: the caller compares the ends.
            return gregorian_unit(day, Precision::Year);
        }
    })
}

/// How many parts of `YYYY-MM-DD` a date of `precision` writes.
pub(crate) fn iso_parts(precision: Precision) -> usize {
    match precision {
        Precision::Day => 3,
        Precision::Month => 2,
        Precision::Year | Precision::Decade | Precision::Century => 1,
    }
}

fn iso(day: Day, precision: Precision) -> String {
    let parts = iso_parts(precision);
    if let Some(digits) = crate::calendar::iso_digits(day.year, day.month, day.day, parts) {
        return digits.as_str().to_owned();
    }
    // Years before 1 or after 9999: a sign and at least four digits, as
    // `Day` writes them (`-0044`, `12000`).
    let sign = if day.year < 0 { "-" } else { "" };
    let year = day.year.unsigned_abs();
    match precision {
        Precision::Day => format!("{sign}{year:04}-{:02}-{:02}", day.month, day.day),
        Precision::Month => format!("{sign}{year:04}-{:02}", day.month),
        Precision::Year | Precision::Decade | Precision::Century => format!("{sign}{year:04}"),
    }
}

/// `when` as it appears in the events JSON (`gahnama.events/2`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhenJson {
    /// Gregorian ISO start cut to the precision (`1997`, `1997-05`, `1997-05-17`).
    pub start: String,
    /// Gregorian ISO end cut to the precision.
    pub end: String,
    /// The exact first Gregorian day (`/2`; from `start` when read from `/1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_day: Option<Day>,
    /// The exact last Gregorian day, inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_day: Option<Day>,
    /// The value in the text's own calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<NativeDate>,
    /// The interval in EDTF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edtf: Option<String>,
    /// Precision.
    pub precision: Precision,
    /// Early / mid / late.
    pub modifier: Option<Modifier>,
    /// Calendar as written.
    pub calendar: CalendarKind,
    /// Two written ends rather than one period.
    #[serde(default)]
    pub range: bool,
    /// The phrase as written.
    pub text: String,
    /// Resolved from context.
    pub inferred: bool,
}

impl From<When> for WhenJson {
    fn from(w: When) -> Self {
        Self {
            start: w.start_iso(),
            end: w.end_iso(),
            first_day: Some(w.first_day),
            last_day: Some(w.last_day),
            native: Some(w.native),
            edtf: Some(w.edtf()),
            precision: w.precision,
            modifier: w.modifier,
            calendar: w.calendar,
            range: w.is_range,
            text: w.text.to_string(),
            inferred: w.inferred,
        }
    }
}

/// Why a `when` object of the events JSON is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadWhen(String);

impl fmt::Display for BadWhen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad date in `when`: {}", self.0)
    }
}

impl std::error::Error for BadWhen {}

impl TryFrom<WhenJson> for When {
    type Error = BadWhen;

    fn try_from(j: WhenJson) -> Result<Self, BadWhen> {
        let first_day = j
            .first_day
            .or_else(|| parse_iso_first(&j.start))
            .ok_or_else(|| BadWhen(format!("start {:?}", j.start)))?;
        let last_day = j
            .last_day
            .or_else(|| parse_iso_last(&j.end))
            .ok_or_else(|| BadWhen(format!("end {:?}", j.end)))?;
        if last_day < first_day {
            return Err(BadWhen(format!("{last_day} is before {first_day}")));
        }
        let mut w = Self::new(first_day, last_day, j.precision, j.calendar);
        if j.range {
            w = w.into_range();
        }
        if let Some(native) = j.native {
            w.native = native;
        }
        w.modifier = j.modifier;
        w.text = j.text.into();
        w.inferred = j.inferred;
        Ok(w)
    }
}

/// The first day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the Gregorian dates
/// of the `gahnama.events/1` JSON and of the CLI); `None` for anything else.
///
/// ```
/// use gahnama::model::{Day, parse_iso_first};
/// assert_eq!(parse_iso_first("1997-05"), Some(Day::new(1997, 5, 1)));
/// assert_eq!(parse_iso_first("1997-02-30"), None);
/// ```
#[must_use]
pub fn parse_iso_first(s: &str) -> Option<Day> {
    parse_iso(s, IsoEnd::First)
}

/// The last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// ```
/// use gahnama::model::{Day, parse_iso_last};
/// assert_eq!(parse_iso_last("1997-05"), Some(Day::new(1997, 5, 31)));
/// assert_eq!(parse_iso_last("2000-02"), Some(Day::new(2000, 2, 29)));
/// ```
#[must_use]
pub fn parse_iso_last(s: &str) -> Option<Day> {
    parse_iso(s, IsoEnd::Last)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum IsoEnd {
    First,
    Last,
}

fn parse_iso(s: &str, end: IsoEnd) -> Option<Day> {
    let as_end = end == IsoEnd::Last;
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
    let d = Day::new(year, month_v, day_v);
    d.is_valid().then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(first: Day, last: Day, p: Precision, c: CalendarKind) -> When {
        When::new(first, last, p, c)
    }

    #[test]
    fn edtf_uses_the_gregorian_unit_only_when_the_interval_is_exactly_one() {
        let g = CalendarKind::Gregorian;
        let day = Day::new(1997, 5, 17);
        assert_eq!(when(day, day, Precision::Day, g).edtf(), "1997-05-17");
        assert_eq!(
            when(
                Day::new(1990, 1, 1),
                Day::new(1999, 12, 31),
                Precision::Decade,
                g
            )
            .edtf(),
            "199X"
        );
        assert_eq!(
            when(
                Day::new(1960, 1, 1),
                Day::new(1979, 12, 31),
                Precision::Decade,
                g
            )
            .into_range()
            .edtf(),
            "196X/197X"
        );
        assert_eq!(
            when(
                Day::new(2001, 1, 1),
                Day::new(2100, 12, 31),
                Precision::Century,
                g
            )
            .edtf(),
            "2001/2100"
        );
        // A Gregorian season runs from solstice to equinox.
        let summer = When::season(
            Day::new(2022, 6, 22),
            Day::new(2022, 9, 22),
            g,
            2022,
            Season::Summer,
        );
        assert_eq!(summer.edtf(), "2022-06-22/2022-09-22");
        // A Solar Hijri day is one Gregorian day; its month is not a Gregorian month.
        let s = CalendarKind::SolarHijri;
        assert_eq!(when(day, day, Precision::Day, s).edtf(), "1997-05-17");
        assert_eq!(
            when(
                Day::new(1991, 12, 22),
                Day::new(1992, 1, 20),
                Precision::Month,
                s
            )
            .inferred()
            .edtf(),
            "1991-12-22?/1992-01-20?"
        );
    }

    #[test]
    fn native_values_keep_the_parts_of_their_precision() {
        let s = CalendarKind::SolarHijri;
        let dey = when(
            Day::new(1991, 12, 22),
            Day::new(1992, 1, 20),
            Precision::Month,
            s,
        );
        assert_eq!(
            serde_json::to_value(dey.native).expect("json"),
            serde_json::json!({"calendar": "solar_hijri", "year": 1370, "month": 10})
        );
        let decades = when(
            Day::new(1981, 3, 21),
            Day::new(2001, 3, 20),
            Precision::Decade,
            s,
        )
        .into_range();
        assert_eq!(decades.native.start.decade, Some(1360));
        assert_eq!(decades.native.end.and_then(|e| e.decade), Some(1370));
    }

    #[test]
    fn json_round_trips_and_reads_version_one() {
        let w = when(
            Day::new(2005, 3, 21),
            Day::new(2006, 3, 20),
            Precision::Year,
            CalendarKind::SolarHijri,
        );
        let json = serde_json::to_string(&w).expect("json");
        let back: When = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, w);
        let v1: When = serde_json::from_str(
            r#"{"start":"1997-05","end":"1997-05","precision":"month","modifier":null,
                "calendar":"gregorian","text":"مه ۱۹۹۷","inferred":false}"#,
        )
        .expect("v1");
        assert_eq!(
            (v1.first_day, v1.last_day),
            (Day::new(1997, 5, 1), Day::new(1997, 5, 31))
        );
        assert_eq!(v1.native.start.month, Some(5));
        let bad = serde_json::from_str::<When>(
            r#"{"start":"1997","end":"1996","precision":"year","modifier":null,
                "calendar":"gregorian","text":"","inferred":false}"#,
        );
        assert!(bad.is_err());
    }
}
