//! Calendar conversion: Solar Hijri and lunar Hijri (tabular) periods to
//! Gregorian day intervals, through `icu_calendar`.

use icu_calendar::cal::Hijri;
use icu_calendar::cal::hijri::{TabularAlgorithmEpoch, TabularAlgorithmLeapYears};
use icu_calendar::{AsCalendar, Date, Iso};

use crate::model::{CalendarKind, Day};

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

/// The Gregorian (year, month) `months` after (before, when negative) `year`/`month`.
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
    Some((start, Day::from_epoch_days(next.to_epoch_days() - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
