//! Named days and periods: the Solar feasts (نوروز، سیزده‌بدر، شب یلدا،
//! چهارشنبه‌سوری), the lunar holidays (ماه رمضان، عید فطر، عید قربان، تاسوعا،
//! عاشورا، اربعین، عید غدیر) and the Christian ones (کریسمس، سال نو میلادی).
//!
//! A holiday is a day (or a month) of its own calendar. Written with a year
//! of another calendar («عید فطر ۱۴۰۰», «عاشورای ۲۰۲۳») it is the one that
//! falls in that year; written alone, the one nearest the document's date or
//! in the year the text is speaking of. Lunar holidays are converted with the
//! tabular Hijri calendar, which can differ by a day from the sighted moon
//! that Iran and its neighbours follow.

use crate::calendar;
use crate::corpus::normalize::WordMap;
use crate::model::{CalendarKind, Day, NativeDate, NativePoint, Precision, When};
use std::sync::OnceLock;

/// What day or period a holiday is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// A day of a month of a calendar.
    Day(CalendarKind, u8, u8),
    /// A whole month of a calendar (ماه رمضان).
    Month(CalendarKind, u8),
    /// چهارشنبه‌سوری: the eve (Tuesday) of the last Wednesday of the Solar
    /// year.
    ChaharshanbeSuri,
}

/// Holiday names in normalised form, words split by one space, with what
/// they are. Longer names of the same start are listed too; the scanner takes
/// the longest that matches.
pub const HOLIDAYS: &[(&str, Holiday)] = &[
    ("نوروز", Holiday::Day(CalendarKind::SolarHijri, 1, 1)),
    ("عید نوروز", Holiday::Day(CalendarKind::SolarHijri, 1, 1)),
    ("سیزدهبدر", Holiday::Day(CalendarKind::SolarHijri, 1, 13)),
    ("سیزده بدر", Holiday::Day(CalendarKind::SolarHijri, 1, 13)),
    ("روز طبیعت", Holiday::Day(CalendarKind::SolarHijri, 1, 13)),
    ("شب یلدا", Holiday::Day(CalendarKind::SolarHijri, 9, 30)),
    ("یلدا", Holiday::Day(CalendarKind::SolarHijri, 9, 30)),
    ("چهارشنبهسوری", Holiday::ChaharshanbeSuri),
    ("چهارشنبه سوری", Holiday::ChaharshanbeSuri),
    ("ماه رمضان", Holiday::Month(CalendarKind::LunarHijri, 9)),
    (
        "ماه مبارک رمضان",
        Holiday::Month(CalendarKind::LunarHijri, 9),
    ),
    ("عید فطر", Holiday::Day(CalendarKind::LunarHijri, 10, 1)),
    (
        "عید سعید فطر",
        Holiday::Day(CalendarKind::LunarHijri, 10, 1),
    ),
    ("عید قربان", Holiday::Day(CalendarKind::LunarHijri, 12, 10)),
    (
        "عید سعید قربان",
        Holiday::Day(CalendarKind::LunarHijri, 12, 10),
    ),
    ("عید اضحی", Holiday::Day(CalendarKind::LunarHijri, 12, 10)),
    ("عید غدیر", Holiday::Day(CalendarKind::LunarHijri, 12, 18)),
    (
        "عید غدیر خم",
        Holiday::Day(CalendarKind::LunarHijri, 12, 18),
    ),
    ("تاسوعا", Holiday::Day(CalendarKind::LunarHijri, 1, 9)),
    ("تاسوعای", Holiday::Day(CalendarKind::LunarHijri, 1, 9)),
    (
        "تاسوعای حسینی",
        Holiday::Day(CalendarKind::LunarHijri, 1, 9),
    ),
    ("عاشورا", Holiday::Day(CalendarKind::LunarHijri, 1, 10)),
    ("عاشورای", Holiday::Day(CalendarKind::LunarHijri, 1, 10)),
    (
        "عاشورای حسینی",
        Holiday::Day(CalendarKind::LunarHijri, 1, 10),
    ),
    ("روز عاشورا", Holiday::Day(CalendarKind::LunarHijri, 1, 10)),
    ("اربعین", Holiday::Day(CalendarKind::LunarHijri, 2, 20)),
    (
        "اربعین حسینی",
        Holiday::Day(CalendarKind::LunarHijri, 2, 20),
    ),
    ("کریسمس", Holiday::Day(CalendarKind::Gregorian, 12, 25)),
    ("سال نو میلادی", Holiday::Day(CalendarKind::Gregorian, 1, 1)),
];

/// Holidays by the first word of their name: (the other words, the
/// holiday), longest first.
type HolidayIndex = WordMap<&'static str, Vec<(Vec<&'static str>, Holiday)>>;

/// The holidays by their first word, built once.
fn by_first_word() -> &'static HolidayIndex {
    static INDEX: OnceLock<HolidayIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HolidayIndex::default();
        for &(name, h) in HOLIDAYS {
            let mut words = name.split(' ');
            let first = words.next().unwrap_or(name);
            map.entry(first).or_default().push((words.collect(), h));
        }
        for list in map.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        map
    })
}

/// Whether a holiday's name may begin with `w`.
#[must_use]
pub fn starts_holiday(w: &str) -> bool {
    by_first_word().contains_key(w)
}

/// The holiday named by the words from `words[0]`: the holiday and how many
/// words its name takes.
pub fn holiday_at<'a>(words: impl Fn(usize) -> Option<&'a str>) -> Option<(Holiday, usize)> {
    let list = by_first_word().get(words(0)?)?;
    list.iter().find_map(|(rest, h)| {
        rest.iter()
            .enumerate()
            .all(|(k, w)| words(k + 1) == Some(*w))
            .then_some((*h, rest.len() + 1))
    })
}

impl Holiday {
    /// The holiday's own calendar.
    #[must_use]
    pub fn calendar(self) -> CalendarKind {
        match self {
            Self::Day(c, ..) | Self::Month(c, _) => c,
            Self::ChaharshanbeSuri => CalendarKind::SolarHijri,
        }
    }

    /// The holiday of `year` of its own calendar: (first day, last day).
    #[must_use]
    pub fn of_own_year(self, year: i32) -> Option<(Day, Day)> {
        match self {
            Self::Day(c, m, d) => {
                let day = calendar::to_gregorian(c, year, m, d)?;
                Some((day, day))
            }
            Self::Month(c, m) => calendar::month_interval(c, year, m),
            Self::ChaharshanbeSuri => {
                // The last day of the year, back to its last Wednesday
                // (weekday 4 counted from Saturday), then one day before.
                let (_, last) = calendar::years_interval(CalendarKind::SolarHijri, year, year)?;
                let back = (i64::from(crate::time::doc_date::weekday(last)) + 7 - 4) % 7;
                let day = calendar::add_days(last, -back - 1)?;
                Some((day, day))
            }
        }
    }

    fn precision(self) -> Precision {
        match self {
            Self::Month(..) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The holiday as a date of `calendar` (the one the text speaks in),
    /// from `first` to `last`.
    ///
    /// A month of another calendar is written in its own: Ramadan 1443 runs
    /// from 14 Farvardin to 12 Ordibehesht 1401, and no one Solar month
    /// names it.
    fn when(self, (first, last): (Day, Day), calendar: CalendarKind) -> When {
        let mut w = When::new(first, last, self.precision(), calendar);
        if let Self::Month(own, _) = self {
            w.native = NativeDate {
                calendar: own,
                start: NativePoint::of(first, Precision::Month, own),
                end: None,
            };
        }
        w
    }

    /// The holiday that falls in `year` of `calendar` (the first, should a
    /// lunar one fall twice), as a date of that calendar.
    #[must_use]
    pub fn in_year(self, calendar: CalendarKind, year: i32) -> Option<When> {
        let own = self.calendar();
        if calendar == own {
            return Some(self.when(self.of_own_year(year)?, calendar));
        }
        let (start, end) = calendar::years_interval(calendar, year, year)?;
        let own_year = calendar::year_in(own, start)?;
        (own_year..=own_year + 1)
            .filter_map(|y| self.of_own_year(y))
            .find(|(first, _)| (start..=end).contains(first))
            .map(|span| self.when(span, calendar))
    }

    /// The holiday nearest `now`: the last on or before it, or (`future`) the
    /// first on or after it, as a date of `calendar`.
    #[must_use]
    pub fn nearest(self, now: Day, future: bool, calendar: CalendarKind) -> Option<When> {
        let y = calendar::year_in(self.calendar(), now)?;
        let spans = (y - 1..=y + 1).filter_map(|y| self.of_own_year(y));
        let span = if future {
            spans.filter(|s| s.1 >= now).min()
        } else {
            spans.filter(|s| s.0 <= now).max()
        }?;
        Some(self.when(span, calendar))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::normalize::assert_normalised;

    #[test]
    fn holiday_names_are_in_normalised_form() {
        let names: Vec<&str> = HOLIDAYS.iter().map(|h| h.0).collect();
        assert_normalised("HOLIDAYS", &names);
    }

    #[test]
    fn solar_feasts_fall_on_their_days() {
        let nowruz = Holiday::Day(CalendarKind::SolarHijri, 1, 1);
        let w = nowruz
            .in_year(CalendarKind::SolarHijri, 1400)
            .expect("1400");
        assert_eq!(w.first_day, Day::new(2021, 3, 21));
        // Nowruz of Gregorian 2024 is 1 Farvardin 1403.
        let w = nowruz.in_year(CalendarKind::Gregorian, 2024).expect("2024");
        assert_eq!(w.first_day, Day::new(2024, 3, 20));
        let yalda = Holiday::Day(CalendarKind::SolarHijri, 9, 30);
        let w = yalda.in_year(CalendarKind::SolarHijri, 1401).expect("1401");
        assert_eq!(w.first_day, Day::new(2022, 12, 21));
        // The last Wednesday of 1402 was 13 March 2024 (23 Esfand), so
        // Chaharshanbe Suri is its eve, Tuesday 12 March.
        let (d, _) = Holiday::ChaharshanbeSuri.of_own_year(1402).expect("1402");
        assert_eq!(d, Day::new(2024, 3, 12));
        assert_eq!(crate::time::doc_date::weekday(d), 3, "a Tuesday");
    }

    #[test]
    fn lunar_holidays_fall_in_the_year_of_another_calendar() {
        // Ashura 1445 AH fell on 28 July 2023 (the tabular calendar agrees
        // within a day).
        let ashura = Holiday::Day(CalendarKind::LunarHijri, 1, 10);
        let w = ashura.in_year(CalendarKind::Gregorian, 2023).expect("2023");
        let diff = w.first_day.to_epoch_days() - Day::new(2023, 7, 28).to_epoch_days();
        assert!(diff.abs() <= 1, "{w:?}");
        // Ramadan began twice in Solar 1402 (23 March 2023, 2 Farvardin,
        // and 11 March 2024, 21 Esfand): the first is taken.
        let ramadan = Holiday::Month(CalendarKind::LunarHijri, 9);
        let w = ramadan
            .in_year(CalendarKind::SolarHijri, 1402)
            .expect("1402");
        assert_eq!((w.first_day.year, w.first_day.month), (2023, 3));
        let w = ramadan
            .in_year(CalendarKind::SolarHijri, 1401)
            .expect("1401");
        assert_eq!((w.first_day.year, w.first_day.month), (2022, 4));
        assert_eq!(w.precision, Precision::Month);
        // Eid al-Fitr fell on 13 May 2021 and 2 May 2022: on 1 May 2022 the
        // last one is of 2021, the next of 2022.
        let fitr = Holiday::Day(CalendarKind::LunarHijri, 10, 1);
        let w = fitr
            .nearest(Day::new(2022, 5, 1), false, CalendarKind::Gregorian)
            .expect("past");
        assert_eq!((w.first_day.year, w.first_day.month), (2021, 5));
        let w = fitr
            .nearest(Day::new(2022, 5, 1), true, CalendarKind::Gregorian)
            .expect("future");
        assert_eq!((w.first_day.year, w.first_day.month), (2022, 5));
    }
}
