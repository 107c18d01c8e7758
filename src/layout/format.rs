//! Dates written for people, from the typed [`When`]: first in the text's own
//! calendar, exactly as its native value says («دی ۱۳۷۰», «۱۳۸۴», «تابستان
//! ۲۰۲۲»), then the same interval in another calendar, to the day where the
//! calendars' units do not line up («۲۲ دسامبر ۱۹۹۱ – ۲۰ ژانویه ۱۹۹۲»).

use super::ticks::{Digits, GREGORIAN_MONTHS, LUNAR_HIJRI_MONTHS, SOLAR_HIJRI_MONTHS};
use crate::calendar;
use crate::model::{CalendarKind, Day, Modifier, NativePoint, Precision, When};

/// Writes a single day in `cal` («۱۷ مه ۱۹۹۷», «۲۷ اردیبهشت ۱۳۷۶»).
#[must_use]
pub fn day(d: Day, cal: CalendarKind, digits: Digits) -> String {
    day_parts(d, cal, digits).join(" ")
}

/// The month's name in `cal`.
#[must_use]
pub fn month_name(cal: CalendarKind, m: u8) -> &'static str {
    let names = match cal {
        CalendarKind::SolarHijri => &SOLAR_HIJRI_MONTHS,
        CalendarKind::LunarHijri => &LUNAR_HIJRI_MONTHS,
        CalendarKind::Gregorian => &GREGORIAN_MONTHS,
    };
    names[usize::from(m.clamp(1, 12) - 1)]
}

/// A year in `cal`: a lunar Hijri year carries «ق» so it is not read as a
/// Solar one.
fn year(y: i32, cal: CalendarKind, digits: Digits) -> String {
    let n = digits.num(i64::from(y));
    if cal == CalendarKind::LunarHijri {
        format!("{n} ق")
    } else {
        n
    }
}

fn day_parts(d: Day, cal: CalendarKind, digits: Digits) -> Vec<String> {
    let (y, m, dd) = calendar::from_gregorian(cal, d).unwrap_or((d.year, d.month, d.day));
    vec![
        digits.num(i64::from(dd)),
        month_name(cal, m).to_owned(),
        year(y, cal, digits),
    ]
}

/// The words of one native end, largest unit last («۱۷», «مه», «۱۹۹۷»), so
/// that two ends can share their tail.
fn point_parts(p: &NativePoint, cal: CalendarKind, digits: Digits) -> Vec<String> {
    if let Some(c) = p.century {
        return vec![format!("قرن {}", digits.num(i64::from(c)))];
    }
    if let Some(d) = p.decade {
        return vec![format!("دهه {}", digits.num(i64::from(d)))];
    }
    let mut out = Vec::with_capacity(3);
    if let Some(d) = p.day {
        out.push(digits.num(i64::from(d)));
    }
    if let Some(m) = p.month {
        out.push(month_name(cal, m).to_owned());
    }
    if let Some(s) = p.season {
        out.push(s.persian().to_owned());
    }
    if let Some(y) = p.year {
        out.push(year(y, cal, digits));
    }
    out
}

/// Two ends written with the tail they share once: «۱۳ – ۱۵ ژانویه ۲۰۲۲»,
/// «ژوئن – سپتامبر ۲۰۲۲», «۲۰ سپتامبر – ۵ اکتبر ۲۰۲۲», «۱۹۹۲ – ۱۹۹۷».
fn join_ends(a: &[String], b: &[String]) -> String {
    if a == b {
        return b.join(" ");
    }
    let shared = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
        .min(a.len().saturating_sub(1));
    format!("{} – {}", a[..a.len() - shared].join(" "), b.join(" "))
}

fn modifier_word(m: Modifier) -> &'static str {
    match m {
        Modifier::Early => "اوایل",
        Modifier::Mid => "اواسط",
        Modifier::Late => "اواخر",
    }
}

/// The date in the text's own calendar, exactly as written there: «دی ۱۳۷۰»,
/// «۱۳۸۴», «تابستان ۲۰۲۲», «اوایل دهه ۱۳۶۰», «۱۷ مه – ۲۰ ژوئن ۱۹۹۷».
#[must_use]
pub fn native(w: &When, digits: Digits) -> String {
    let cal = w.native.calendar;
    let a = point_parts(&w.native.start, cal, digits);
    let body = match &w.native.end {
        Some(end) => join_ends(&a, &point_parts(end, cal, digits)),
        None => a.join(" "),
    };
    match w.modifier {
        Some(m) => format!("{} {body}", modifier_word(m)),
        None => body,
    }
}

/// The same interval in `cal`: the native date when `cal` is the text's own
/// calendar; otherwise its exact days («۲۲ دسامبر ۱۹۹۱ – ۲۰ ژانویه ۱۹۹۲» for
/// «دی ۱۳۷۰»), or the years it touches for a decade or a century.
#[must_use]
pub fn in_calendar(w: &When, cal: CalendarKind, digits: Digits) -> String {
    if cal == w.calendar {
        return native(w, digits);
    }
    if w.first_day == w.last_day {
        return day(w.first_day, cal, digits);
    }
    if w.precision >= Precision::Decade {
        let y = |d: Day| calendar::year_in(cal, d).unwrap_or(d.year);
        let (a, b) = (y(w.first_day), y(w.last_day));
        return join_ends(&[year(a, cal, digits)], &[year(b, cal, digits)]);
    }
    join_ends(
        &day_parts(w.first_day, cal, digits),
        &day_parts(w.last_day, cal, digits),
    )
}

/// The calendar shown beside the text's own: Gregorian, or Solar Hijri for a
/// Gregorian date.
#[must_use]
pub fn other_calendar(w: &When) -> CalendarKind {
    match w.calendar {
        CalendarKind::Gregorian => CalendarKind::SolarHijri,
        _ => CalendarKind::Gregorian,
    }
}

/// The text's own calendar first, the interval in the other beside it:
/// «دی ۱۳۷۰  |  ۲۲ دسامبر ۱۹۹۱ – ۲۰ ژانویه ۱۹۹۲».
#[must_use]
pub fn both(w: &When, digits: Digits) -> String {
    format!(
        "{}  |  {}",
        native(w, digits),
        in_calendar(w, other_calendar(w), digits)
    )
}

/// As [`both`], or with the Solar Hijri first when `solar_first`:
/// «۲۷ اردیبهشت ۱۳۷۶  |  ۱۷ مه ۱۹۹۷» for «۱۷ مه ۱۹۹۷».
#[must_use]
pub fn both_ordered(w: &When, digits: Digits, solar_first: bool) -> String {
    if solar_first && w.calendar != CalendarKind::SolarHijri {
        format!(
            "{}  |  {}",
            in_calendar(w, CalendarKind::SolarHijri, digits),
            native(w, digits)
        )
    } else {
        both(w, digits)
    }
}

/// The date of a list row: the text's own, or its Solar Hijri days when
/// `solar_first`.
#[must_use]
pub fn list_date(w: &When, digits: Digits, solar_first: bool) -> String {
    if solar_first {
        in_calendar(w, CalendarKind::SolarHijri, digits)
    } else {
        native(w, digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Season;

    const G: CalendarKind = CalendarKind::Gregorian;
    const S: CalendarKind = CalendarKind::SolarHijri;

    fn w(a: (i32, u8, u8), b: (i32, u8, u8), p: Precision, c: CalendarKind) -> When {
        When::new(Day::new(a.0, a.1, a.2), Day::new(b.0, b.1, b.2), p, c)
    }

    fn latin(w: &When) -> String {
        native(w, Digits::Latin)
    }

    #[test]
    fn a_solar_month_reads_as_its_own_month_with_its_gregorian_days_beside() {
        let dey = w((1991, 12, 22), (1992, 1, 20), Precision::Month, S);
        assert_eq!(native(&dey, Digits::Persian), "دی ۱۳۷۰");
        assert_eq!(
            both(&dey, Digits::Persian),
            "دی ۱۳۷۰  |  ۲۲ دسامبر ۱۹۹۱ – ۲۰ ژانویه ۱۹۹۲"
        );
        let y1384 = w((2005, 3, 21), (2006, 3, 20), Precision::Year, S);
        assert_eq!(latin(&y1384), "1384");
        assert_eq!(
            in_calendar(&y1384, G, Digits::Latin),
            "21 مارس 2005 – 20 مارس 2006"
        );
    }

    #[test]
    fn decades_centuries_seasons_and_ranges() {
        assert_eq!(
            latin(&w((1990, 1, 1), (1999, 12, 31), Precision::Decade, G)),
            "دهه 1990"
        );
        assert_eq!(
            latin(&w((1960, 1, 1), (1979, 12, 31), Precision::Decade, G).into_range()),
            "دهه 1960 – دهه 1970"
        );
        assert_eq!(
            latin(&w((2001, 1, 1), (2100, 12, 31), Precision::Century, G)),
            "قرن 21"
        );
        let summer = When::season(
            Day::new(2022, 6, 22),
            Day::new(2022, 9, 22),
            G,
            2022,
            Season::Summer,
        );
        assert_eq!(latin(&summer), "تابستان 2022");
        assert_eq!(
            in_calendar(&summer, S, Digits::Latin),
            "1 تیر – 31 شهریور 1401"
        );
        let a = w((2022, 1, 13), (2022, 1, 13), Precision::Day, G);
        let b = w((2022, 1, 15), (2022, 1, 15), Precision::Day, G);
        assert_eq!(latin(&When::range(&a, &b)), "13 – 15 ژانویه 2022");
        let a = w((2022, 9, 20), (2022, 9, 20), Precision::Day, G);
        let b = w((2022, 10, 5), (2022, 10, 5), Precision::Day, G);
        assert_eq!(latin(&When::range(&a, &b)), "20 سپتامبر – 5 اکتبر 2022");
        let a = w((1992, 1, 1), (1992, 12, 31), Precision::Year, G);
        let b = w((1997, 1, 1), (1997, 12, 31), Precision::Year, G);
        assert_eq!(latin(&When::range(&a, &b)), "1992 – 1997");
        let mut early = w((1981, 3, 21), (1991, 3, 20), Precision::Decade, S);
        early.modifier = Some(Modifier::Early);
        assert_eq!(latin(&early), "اوایل دهه 1360");
        assert_eq!(in_calendar(&early, G, Digits::Latin), "1981 – 1991");
    }

    #[test]
    fn days_in_both_calendars() {
        let d = Day::new(1997, 5, 17);
        assert_eq!(day(d, G, Digits::Persian), "۱۷ مه ۱۹۹۷");
        assert_eq!(day(d, S, Digits::Latin), "27 اردیبهشت 1376");
        let one = w((1997, 5, 17), (1997, 5, 17), Precision::Day, G);
        assert_eq!(both(&one, Digits::Latin), "17 مه 1997  |  27 اردیبهشت 1376");
        let lunar = w(
            (2023, 7, 19),
            (2023, 8, 17),
            Precision::Month,
            CalendarKind::LunarHijri,
        );
        assert_eq!(latin(&lunar), "محرم 1445 ق");
    }

    #[test]
    fn solar_first_writes_the_solar_days_first() {
        let one = w((1997, 5, 17), (1997, 5, 17), Precision::Day, G);
        assert_eq!(
            both_ordered(&one, Digits::Latin, true),
            "27 اردیبهشت 1376  |  17 مه 1997"
        );
        assert_eq!(
            both_ordered(&one, Digits::Latin, false),
            both(&one, Digits::Latin)
        );
        assert_eq!(list_date(&one, Digits::Latin, true), "27 اردیبهشت 1376");
        assert_eq!(list_date(&one, Digits::Latin, false), "17 مه 1997");
        // A Solar date is already Solar first.
        let dey = w((1991, 12, 22), (1992, 1, 20), Precision::Month, S);
        assert_eq!(
            both_ordered(&dey, Digits::Latin, true),
            both(&dey, Digits::Latin)
        );
        assert_eq!(list_date(&dey, Digits::Latin, true), "دی 1370");
    }
}
