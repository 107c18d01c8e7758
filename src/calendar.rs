//! Calendars: the proleptic Gregorian [`Day`], the [`CalendarKind`]s a text
//! writes dates in, and conversion of Solar Hijri and lunar Hijri (tabular)
//! days, months and years to Gregorian day intervals and back, through
//! `icu_calendar`. It knows nothing of text, events or the screen.

use icu_calendar::cal::Hijri;
use icu_calendar::cal::hijri::{TabularAlgorithmEpoch, TabularAlgorithmLeapYears};
use icu_calendar::{AsCalendar, Date, Iso};
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

impl Day {
    /// Whether the day exists in the Gregorian calendar.
    #[must_use]
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= Self::days_in_month(self.year, self.month)
    }

    /// Parses `YYYY-MM-DD` (a negative or five-digit year is allowed); `None`
    /// for anything else or a day that does not exist.
    ///
    /// ```
    /// use gahnama::calendar::Day;
    /// assert_eq!(Day::parse("2005-03-21"), Some(Day::new(2005, 3, 21)));
    /// assert_eq!(Day::parse("1997-02-30"), None);
    /// assert_eq!(Day::parse("1997-05"), None);
    /// ```
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut parts = body.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || m.len() != 2 || d.len() != 2 || y.len() < 4 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let day = Self::new(
            if neg { -year } else { year },
            m.parse().ok()?,
            d.parse().ok()?,
        );
        day.is_valid().then_some(day)
    }

    /// The day before.
    #[must_use]
    pub fn pred(self) -> Self {
        Self::from_epoch_days(self.to_epoch_days() - 1)
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`parts` 1, 2 or 3) as `{:04}-{:02}-{:02}`
/// writes them, for a year of 0–9999 (else `None`): a hundred thousand events
/// write four days each, and `fmt`'s padding is most of their cost.
#[must_use]
pub(crate) fn iso_digits(year: i32, month: u8, day: u8, parts: usize) -> Option<IsoDigits> {
    let y = u32::try_from(year).ok().filter(|&y| y <= 9999)?;
    if month > 99 || day > 99 {
        return None;
    }
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let bytes = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        b'0' + month / 10,
        b'0' + month % 10,
        b'-',
        b'0' + day / 10,
        b'0' + day % 10,
    ];
    Some(IsoDigits {
        bytes,
        len: [4, 7, 10][parts.clamp(1, 3) - 1],
    })
}

/// A date written by [`iso_digits`]: ASCII digits and dashes.
pub(crate) struct IsoDigits {
    bytes: [u8; 10],
    len: usize,
}

impl IsoDigits {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and dashes are ever written.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(digits) = iso_digits(self.year, self.month, self.day, 3) {
            f.write_str(digits.as_str())
        } else if self.year < 0 {
            write!(f, "-{:04}-{:02}-{:02}", -self.year, self.month, self.day)
        } else {
            write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a day: {s:?}")))
    }
}

fn from_iso(d: &Date<Iso>) -> Day {
    Day::new(
        d.year().extended_year(),
        d.month().ordinal,
        d.day_of_month().0,
    )
}

fn tabular() -> Hijri<icu_calendar::cal::hijri::TabularAlgorithm> {
    Hijri::new_tabular(
        TabularAlgorithmLeapYears::TypeII,
        TabularAlgorithmEpoch::Friday,
    )
}

fn to_day<A: AsCalendar>(d: &Date<A>) -> Day {
    from_iso(&d.to_calendar(Iso))
}

/// The Gregorian day `days` after (before, when negative) `day`.
#[must_use]
pub fn add_days(day: Day, days: i64) -> Option<Day> {
    use chrono::Datelike;
    let d = chrono::NaiveDate::from_ymd_opt(day.year, u32::from(day.month), u32::from(day.day))?
        .checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
    Some(Day::new(
        d.year(),
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    ))
}

/// The (year, month) `months` after (before, when negative) `year`/`month`, in
/// any calendar of twelve months.
#[must_use]
pub fn add_months(year: i32, month: u8, months: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + months;
    let m = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    (index.div_euclid(12), m)
}

/// The first day of `year`/`month`/`day` in `calendar`, as a Gregorian day.
/// `None` when the date does not exist.
#[must_use]
pub fn to_gregorian(calendar: CalendarKind, year: i32, month: u8, day: u8) -> Option<Day> {
    match calendar {
        CalendarKind::Gregorian => {
            (day >= 1 && (1..=12).contains(&month) && day <= Day::days_in_month(year, month))
                .then_some(Day::new(year, month, day))
        }
        CalendarKind::SolarHijri => Date::try_new_persian(year, month, day)
            .ok()
            .map(|d| to_day(&d)),
        CalendarKind::LunarHijri => Date::try_new_hijri_with_calendar(year, month, day, tabular())
            .ok()
            .map(|d| to_day(&d)),
    }
}

/// The year in `calendar` of a Gregorian day.
#[must_use]
pub fn year_in(calendar: CalendarKind, day: Day) -> Option<i32> {
    let iso = Date::try_new_iso(day.year, day.month, day.day).ok()?;
    Some(match calendar {
        CalendarKind::Gregorian => day.year,
        CalendarKind::SolarHijri => iso
            .to_calendar(icu_calendar::cal::Persian)
            .year()
            .extended_year(),
        CalendarKind::LunarHijri => iso.to_calendar(tabular()).year().extended_year(),
    })
}

/// The (year, month, day) in `calendar` of a Gregorian day; `None` outside
/// the range the calendars handle.
///
/// ```
/// use gahnama::calendar::{CalendarKind, Day, from_gregorian};
/// assert_eq!(from_gregorian(CalendarKind::SolarHijri, Day::new(1991, 12, 22)), Some((1370, 10, 1)));
/// assert_eq!(from_gregorian(CalendarKind::Gregorian, Day::new(1997, 5, 17)), Some((1997, 5, 17)));
/// ```
#[must_use]
pub fn from_gregorian(calendar: CalendarKind, day: Day) -> Option<(i32, u8, u8)> {
    if calendar == CalendarKind::Gregorian {
        return day.is_valid().then_some((day.year, day.month, day.day));
    }
    let iso = Date::try_new_iso(day.year, day.month, day.day).ok()?;
    let parts = |y: i32, m: u8, d: u8| (y, m, d);
    Some(match calendar {
        CalendarKind::SolarHijri => {
            let d = iso.to_calendar(icu_calendar::cal::Persian);
            parts(
                d.year().extended_year(),
                d.month().ordinal,
                d.day_of_month().0,
            )
        }
        _ => {
            let d = iso.to_calendar(tabular());
            parts(
                d.year().extended_year(),
                d.month().ordinal,
                d.day_of_month().0,
            )
        }
    })
}

/// Number of days in a month of `calendar`.
#[must_use]
pub fn days_in_month(calendar: CalendarKind, year: i32, month: u8) -> Option<u8> {
    match calendar {
        CalendarKind::Gregorian => (1..=12)
            .contains(&month)
            .then(|| Day::days_in_month(year, month)),
        CalendarKind::SolarHijri => Date::try_new_persian(year, month, 1)
            .ok()
            .map(|d| d.days_in_month()),
        CalendarKind::LunarHijri => Date::try_new_hijri_with_calendar(year, month, 1, tabular())
            .ok()
            .map(|d| d.days_in_month()),
    }
}

/// Gregorian interval of a whole month of `calendar`.
#[must_use]
pub fn month_interval(calendar: CalendarKind, year: i32, month: u8) -> Option<(Day, Day)> {
    let start = to_gregorian(calendar, year, month, 1)?;
    let last = days_in_month(calendar, year, month)?;
    let end = to_gregorian(calendar, year, month, last)?;
    Some((start, end))
}

/// Gregorian interval of the years `first..=last` of `calendar`.
#[must_use]
pub fn years_interval(calendar: CalendarKind, first: i32, last: i32) -> Option<(Day, Day)> {
    let start = to_gregorian(calendar, first, 1, 1)?;
    let next = to_gregorian(calendar, last.checked_add(1)?, 1, 1)?;
    Some((start, next.pred()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_as_fmt_pads_it() {
        for (year, month, day) in [
            (1997, 5, 17),
            (5, 1, 9),
            (0, 12, 31),
            (9999, 10, 1),
            (10_000, 1, 1),
            (-44, 3, 15),
        ] {
            let d = Day { year, month, day };
            let padded = if year < 0 {
                format!("-{:04}-{month:02}-{day:02}", -year)
            } else {
                format!("{year:04}-{month:02}-{day:02}")
            };
            assert_eq!(d.to_string(), padded);
        }
        let written = |parts| iso_digits(1997, 5, 17, parts).map(|d| d.as_str().to_owned());
        assert_eq!(written(1).as_deref(), Some("1997"));
        assert_eq!(written(2).as_deref(), Some("1997-05"));
        assert!(iso_digits(-1, 5, 17, 3).is_none());
    }

    #[test]
    fn solar_hijri_years_span_two_gregorian_years() {
        let (s, e) = years_interval(CalendarKind::SolarHijri, 1384, 1384).expect("valid");
        assert_eq!(s, Day::new(2005, 3, 21));
        assert_eq!(e, Day::new(2006, 3, 20));
        assert_eq!(
            to_gregorian(CalendarKind::SolarHijri, 1403, 12, 30),
            Some(Day::new(2025, 3, 20))
        );
        assert_eq!(
            month_interval(CalendarKind::SolarHijri, 1384, 7),
            Some((Day::new(2005, 9, 23), Day::new(2005, 10, 22)))
        );
    }

    #[test]
    fn lunar_hijri_dates_convert_with_the_tabular_calendar() {
        // 1 Muharram 1445 was 19 July 2023 (tabular calendar agrees within a day).
        let d = to_gregorian(CalendarKind::LunarHijri, 1445, 1, 1).expect("valid");
        assert!((d.to_epoch_days() - Day::new(2023, 7, 19).to_epoch_days()).abs() <= 1);
        assert_eq!(to_gregorian(CalendarKind::LunarHijri, 1445, 13, 1), None);
    }

    #[test]
    fn invalid_gregorian_days_are_refused() {
        assert_eq!(to_gregorian(CalendarKind::Gregorian, 1997, 2, 30), None);
        assert_eq!(
            to_gregorian(CalendarKind::Gregorian, 1997, 5, 17),
            Some(Day::new(1997, 5, 17))
        );
    }
}
