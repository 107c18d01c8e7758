//! Dates written for people: an event's date in the Gregorian or the Solar
//! Hijri calendar, with Persian or Latin digits.

use super::ticks::{Digits, GREGORIAN_MONTHS, SOLAR_HIJRI_MONTHS};
use crate::model::{CalendarKind, Day, Event, Precision};
use crate::time::calendar;

/// Writes a single day in `cal` («۱۷ مه ۱۹۹۷», «۲۷ اردیبهشت ۱۳۷۶»).
#[must_use]
pub fn day(d: Day, cal: CalendarKind, digits: Digits) -> String {
    let (y, m, dd) = in_calendar(d, cal);
    format!(
        "{} {} {}",
        digits.num(i64::from(dd)),
        month_name(cal, m),
        digits.num(i64::from(y))
    )
}

fn month_name(cal: CalendarKind, m: u8) -> &'static str {
    let names = if cal == CalendarKind::SolarHijri {
        &SOLAR_HIJRI_MONTHS
    } else {
        &GREGORIAN_MONTHS
    };
    names[usize::from(m.clamp(1, 12) - 1)]
}

/// (year, month, day) of a Gregorian day in `cal`.
fn in_calendar(d: Day, cal: CalendarKind) -> (i32, u8, u8) {
    if cal == CalendarKind::Gregorian {
        return (d.year, d.month, d.day);
    }
    let year = calendar::year_in(cal, d).unwrap_or(d.year);
    // Walk the months of that year to find the day.
    for m in (1..=12u8).rev() {
        if let Some(first) = calendar::to_gregorian(cal, year, m, 1)
            && first <= d
        {
            let dd = d.to_epoch_days() - first.to_epoch_days() + 1;
            return (year, m, u8::try_from(dd).unwrap_or(1));
        }
    }
    (year, 1, 1)
}

/// An event's date in `cal`, as precise as the event's precision.
#[must_use]
pub fn when(e: &Event, cal: CalendarKind, digits: Digits) -> String {
    let (Some(s), Some(t)) = (e.start_day(), e.end_day()) else {
        return e.when.text.clone();
    };
    let one = |d: Day| -> String {
        let (y, m, _) = in_calendar(d, cal);
        match e.when.precision {
            Precision::Day => day(d, cal, digits),
            Precision::Month => format!("{} {}", month_name(cal, m), digits.num(i64::from(y))),
            Precision::Year | Precision::Decade | Precision::Century => digits.num(i64::from(y)),
        }
    };
    let (a, b) = (one(s), one(t));
    // The year (and month) the two ends share is written once: «ژوئن – سپتامبر
    // ۲۰۲۲», «۱۳ – ۱۵ ژانویه ۲۰۲۲», «۲۰ سپتامبر – ۵ اکتبر ۲۰۲۲».
    let ((ys, ms, ds), (yt, mt, dt)) = (in_calendar(s, cal), in_calendar(t, cal));
    let body = if a == b {
        a
    } else {
        match e.when.precision {
            Precision::Month if ys == yt => format!(
                "{} – {} {}",
                month_name(cal, ms),
                month_name(cal, mt),
                digits.num(i64::from(yt))
            ),
            Precision::Day if (ys, ms) == (yt, mt) => format!(
                "{} – {} {} {}",
                digits.num(i64::from(ds)),
                digits.num(i64::from(dt)),
                month_name(cal, mt),
                digits.num(i64::from(yt))
            ),
            Precision::Day if ys == yt => format!(
                "{} {} – {}",
                digits.num(i64::from(ds)),
                month_name(cal, ms),
                day(t, cal, digits)
            ),
            _ => format!("{a} – {b}"),
        }
    };
    let decade = |y: i32| format!("دهه {}", digits.num(i64::from(y - y.rem_euclid(10))));
    let century = |y: i32| format!("قرن {}", digits.num(i64::from((y + 99) / 100)));
    match e.when.precision {
        Precision::Decade if cal == CalendarKind::Gregorian => {
            // One decade, or the decades of a range («دهه ۱۹۶۰ – دهه ۱۹۷۰»).
            if t.year - s.year <= 9 {
                decade(s.year)
            } else {
                format!("{} – {}", decade(s.year), decade(t.year))
            }
        }
        Precision::Century if cal == CalendarKind::Gregorian => {
            if t.year - s.year <= 99 {
                century(t.year)
            } else {
                format!("{} – {}", century(s.year), century(t.year))
            }
        }
        _ => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout tests' event, with no actors.
    fn event(start: &str, end: &str, precision: Precision) -> Event {
        super::super::tests::event("e", start, end, precision, &[])
    }

    #[test]
    fn decades_centuries_and_their_ranges() {
        let g = CalendarKind::Gregorian;
        let f = |s, t, p| when(&event(s, t, p), g, Digits::Latin);
        assert_eq!(f("1990", "1999", Precision::Decade), "دهه 1990");
        assert_eq!(f("1960", "1979", Precision::Decade), "دهه 1960 – دهه 1970");
        assert_eq!(f("2001", "2100", Precision::Century), "قرن 21");
        assert_eq!(f("1801", "2000", Precision::Century), "قرن 19 – قرن 20");
        // A season: a span of months, the shared year written once.
        assert_eq!(
            f("2022-06", "2022-09", Precision::Month),
            "ژوئن – سپتامبر 2022"
        );
        assert_eq!(
            f("2022-12", "2023-03", Precision::Month),
            "دسامبر 2022 – مارس 2023"
        );
        assert_eq!(
            f("2022-01-13", "2022-01-15", Precision::Day),
            "13 – 15 ژانویه 2022"
        );
        assert_eq!(
            f("2022-09-20", "2022-10-05", Precision::Day),
            "20 سپتامبر – 5 اکتبر 2022"
        );
        assert_eq!(f("1992", "1997", Precision::Year), "1992 – 1997");
        // In the Solar Hijri calendar: winter 1401 is دی to اسفند of one year.
        assert_eq!(
            when(
                &event("2022-12-22", "2023-03-20", Precision::Month),
                CalendarKind::SolarHijri,
                Digits::Latin
            ),
            "دی – اسفند 1401"
        );
    }

    #[test]
    fn days_in_both_calendars() {
        let d = Day::new(1997, 5, 17);
        assert_eq!(
            day(d, CalendarKind::Gregorian, Digits::Persian),
            "۱۷ مه ۱۹۹۷"
        );
        assert_eq!(
            day(d, CalendarKind::SolarHijri, Digits::Latin),
            "27 اردیبهشت 1376"
        );
    }
}
