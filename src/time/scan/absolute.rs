//! Dates stated outright: in digits, seasons, decades, centuries, a day and
//! month, a month and year, a year.

use super::super::lexicon;
use super::tokens::Tk;
use super::{Core, RawValue, Scanner, YearPart, explicit, is_ambiguous_month};
use crate::calendar;
use crate::model::{CalendarKind, Day, Precision, Season, When};

impl Scanner<'_, '_> {
    /// A date written in digits: «۱۴۰۰/۰۹/۰۷», «۲۰۲۱/۱۱/۲۸», «۷/۹/۱۴۰۰» (day
    /// first, as Persian texts write it when the year comes last), «2021-11-28».
    pub(super) fn numeric_date_at(&self, i: usize) -> Option<Core> {
        let t = self.toks.get(i)?;
        let (parts, end) = if t.kind == Tk::Decimal {
            (numeric_date_parts(t.text)?, i + 1)
        } else {
            // «2021-11-28»: five tokens written without spaces.
            let glued = (i..i + 4).all(|k| {
                self.toks
                    .get(k + 1)
                    .is_some_and(|n| n.start == self.toks[k].end)
            });
            let kinds_ok = glued
                && t.text.len() == 4
                && self.is(i + 1, "-")
                && self.is(i + 3, "-")
                && [i, i + 2, i + 4]
                    .iter()
                    .all(|&k| self.toks[k].kind == Tk::Num && self.toks[k].text.len() <= 4);
            if !kinds_ok {
                return None;
            }
            let n = |k: usize| self.toks[k].text.parse::<u32>().ok();
            ([n(i)?, n(i + 2)?, n(i + 4)?], i + 5)
        };
        let [year, month, day] = parts;
        let year = i32::try_from(year).ok()?;
        let (month, day) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let (calendar, end) = match self.marker_at(end) {
            Some((c, e)) => (c, e),
            None if (1300..1500).contains(&year) => (CalendarKind::SolarHijri, end),
            None if (1000..=2200).contains(&year) => (CalendarKind::Gregorian, end),
            None => return None,
        };
        let d = calendar::to_gregorian(calendar, year, month, day)?;
        Some(Core {
            value: explicit(d, d, Precision::Day, calendar),
            end,
        })
    }

    /// A season: «زمستان ۱۴۰۱», «تابستان سال ۲۰۲۲» — a span of months. (Halves
    /// of a year, «نیمه دوم سال ۲۰۲۳», are modifiers of the year.)
    pub(super) fn part_of_year_at(&self, i: usize) -> Option<Core> {
        // «فصل بهار ۱۴۰۰»
        let i = if self.is(i, "فصل") { i + 1 } else { i };
        let season = match self.word(i)? {
            "بهار" => Season::Spring,
            "تابستان" => Season::Summer,
            "پاییز" | "پائیز" => Season::Autumn,
            "زمستان" => Season::Winter,
            _ => return None,
        };
        // «بهار امسال», «تابستان سال جاری»: of the document's year.
        self.part_of_year_from(YearPart::Season(season), i + 1)
    }

    /// `part` of the year written at `k`: «۱۴۰۰», «سال ۲۰۲۳», or counted
    /// from the document's («امسال», «سال جاری»).
    fn part_of_year_from(&self, part: YearPart, k: usize) -> Option<Core> {
        if let Some((offset, end)) = self.year_of_now_at(k) {
            return Some(Core {
                value: RawValue::PartOfNowYear { part, offset },
                end,
            });
        }
        let (calendar, year, end) = self.year_after(k)?;
        Some(Core {
            value: RawValue::Explicit(part.of(calendar, year)?),
            end,
        })
    }

    /// A half or a quarter of a year: «نیمه نخست سال ۲۰۲۳», «نیمه دوم
    /// ۱۴۰۰», «سه‌ماهه اول ۱۴۰۱», «سه ماهه سوم سال جاری».
    pub(super) fn year_part_at(&self, i: usize) -> Option<Core> {
        let (size, k) = match self.word(i)? {
            "نیمه" => (6u8, i + 1),
            "سهماهه" => (3, i + 1),
            "سه" if self.is(i + 1, "ماهه") => (3, i + 2),
            _ => return None,
        };
        let (n, used, digits) = self.number_at(k)?;
        let count = u32::from(12 / size);
        if !self.is_ordinal(k, used, digits) || !(1..=count).contains(&n) {
            return None;
        }
        let n = u8::try_from(n).ok()?;
        let part = YearPart::Months(size * (n - 1) + 1, size * n);
        self.part_of_year_from(part, k + used)
    }

    /// The first or the last month of a year: «نخستین ماه ۲۰۰۳» (January),
    /// «واپسین ماه سال ۲۰۰۲», «آخرین ماه ۱۴۰۰» (Esfand).
    pub(super) fn ordinal_month_at(&self, i: usize) -> Option<Core> {
        let month = match self.word(i)? {
            "نخستین" | "اولین" | "اغازین" => 1,
            "اخرین" | "واپسین" => 12,
            _ => return None,
        };
        if !self.is(i + 1, "ماه") {
            return None;
        }
        let (calendar, year, end) = self.year_after(i + 2)?;
        let (start, stop) = calendar::month_interval(calendar, year, month)?;
        Some(Core {
            value: explicit(start, stop, Precision::Month, calendar),
            end,
        })
    }

    pub(super) fn decade_at(&self, i: usize) -> Option<Core> {
        if !matches!(self.word(i), Some("دهه" | "دههی" | "دهههای")) {
            return None;
        }
        let (v, used, digits) = self.number_at(i + 1)?;
        let after = i + 1 + used;
        // «دهه سوم قرن بیست و یکم»: the third decade of that century.
        if !digits
            && (1..=10).contains(&v)
            && let Some(century) = self.century_at(after)
            && let RawValue::Explicit(c) = &century.value
        {
            let first =
                calendar::year_in(c.calendar, c.first_day)? + (i32::try_from(v).ok()? - 1) * 10;
            let (start, stop) = calendar::years_interval(c.calendar, first, first + 9)?;
            return Some(Core {
                value: explicit(start, stop, Precision::Decade, c.calendar),
                end: century.end,
            });
        }
        if digits && self.toks[i + 1].text.len() == 4 {
            let (calendar, year, mut end) = self.year_at(i + 1, true, None)?;
            let first = year - year.rem_euclid(10);
            let (start, mut stop) = calendar::years_interval(calendar, first, first + 9)?;
            let mut value = explicit(start, stop, Precision::Decade, calendar);
            // «دهه‌های ۱۹۶۰ و ۱۹۷۰»: the decades listed after the plural.
            while self.word(i) == Some("دهههای")
                && self.is(end, "و")
                && let Some((c2, y2, e2)) = self.year_at(end + 1, true, Some(calendar))
                && c2 == calendar
                && y2.rem_euclid(10) == 0
                && y2 > year
            {
                (_, stop) = calendar::years_interval(calendar, y2, y2 + 9)?;
                end = e2;
                value = RawValue::Explicit(
                    When::new(start, stop, Precision::Decade, calendar).into_range(),
                );
            }
            return Some(Core { value, end });
        }
        if !(v % 10 == 0 && (10..=90).contains(&v)) {
            return None;
        }
        // «دهه ۹۰ میلادی», «دهه ۶۰ شمسی»: the calendar said outright.
        if let Some((calendar, end)) = self.marker_at(after) {
            let first = match calendar {
                CalendarKind::Gregorian => 1900,
                CalendarKind::SolarHijri => 1300,
                CalendarKind::LunarHijri => 1400,
            } + i32::try_from(v).ok()?;
            let (start, stop) = calendar::years_interval(calendar, first, first + 9)?;
            return Some(Core {
                value: explicit(start, stop, Precision::Decade, calendar),
                end,
            });
        }
        Some(Core {
            value: RawValue::ShortDecade(v),
            end: after,
        })
    }

    pub(super) fn century_at(&self, i: usize) -> Option<Core> {
        if !matches!(self.word(i), Some("قرن" | "سده")) {
            return None;
        }
        let (n, used, _) = self.number_at(i + 1)?;
        if !(1..=22).contains(&n) {
            return None;
        }
        let mut end = i + 1 + used;
        let mut calendar = CalendarKind::Gregorian;
        if let Some((c, e)) = self.marker_at(end) {
            calendar = c;
            end = e;
        }
        let n = i32::try_from(n).ok()?;
        let (start, stop) = calendar::years_interval(calendar, (n - 1) * 100 + 1, n * 100)?;
        Some(Core {
            value: explicit(start, stop, Precision::Century, calendar),
            end,
        })
    }

    pub(super) fn day_month_at(&self, i: usize) -> Option<Core> {
        let (day, used, digits) = self.number_at(i)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let mut m_at = i + used;
        // «۱۵ام مرداد», «۱۵ ام مرداد»
        let mut ordinal = self.is_ordinal(i, used, digits);
        if digits && self.is(m_at, "ام") {
            m_at += 1;
            ordinal = true;
        }
        // «پانزدهمین روز (ماه) مرداد»
        if ordinal && self.is(m_at, "روز") {
            m_at += 1;
            if self.is(m_at, "ماه") {
                m_at += 1;
            }
        }
        let (mcal, month, mused) = self.month_at(m_at)?;
        let after_month = m_at + mused;
        let mut k = after_month;
        if self.is_year_word(k) {
            k += 1;
        }
        let day = u8::try_from(day).ok()?;
        let afghan = lexicon::is_afghan_month(self.toks[m_at].text);
        if let Some((calendar, year, end)) = self.year_at(k, k > after_month, Some(mcal))
            && (!afghan || self.afghan_year(k, year, end))
        {
            let start = calendar::to_gregorian(calendar, year, month, day)?;
            return Some(Core {
                value: explicit(start, start, Precision::Day, calendar),
                end,
            });
        }
        // «۱۵ خرداد سال گذشته», «۲ فوریه امسال»: a year counted from the document's.
        if let Some((offset, end)) = self.year_of_now_at(after_month) {
            return Some(Core {
                value: RawValue::InYear {
                    day: Some(day),
                    month,
                    calendar: mcal,
                    offset,
                },
                end,
            });
        }
        // No year: a named date, or a day and month that take the context's year.
        if let Some(d) = self.named_at(i, after_month) {
            return Some(Core {
                value: RawValue::Named(d),
                end: after_month,
            });
        }
        // «۲۴ سپتامبر همان سال»: the context's year, said outright.
        let same_year = self.same_at(after_month, "سال");
        // A month name that is also a thing one counts («۲۰ تیر شلیک شد»)
        // is a date only where the phrase ends or a word of time stands
        // before it («در ۲۳ تیر», «یکشنبه ۲۳ تیر»). «مهر», «دی» and «آذر»
        // after a day are the months.
        let w = self.toks[m_at].text;
        if same_year.is_none()
            && is_ambiguous_month(w)
            && !matches!(w, "مهر" | "دی" | "اذر")
            && !self.ends_phrase(after_month)
            && !self.time_word_before_day(i)
        {
            return None;
        }
        Some(Core {
            value: RawValue::DayMonth {
                day,
                month,
                calendar: mcal,
            },
            end: same_year.unwrap_or(after_month),
        })
    }

    /// Whether a word of time stands before the day at `i` (or before the
    /// range of days it ends: «از ۲۱ تا ۲۳ تیر»): a preposition of time,
    /// «روز», «تاریخ», a part of the day, a weekday, «امروز», also before a
    /// parenthesis («یکشنبه (۲۳ تیر)»).
    fn time_word_before_day(&self, i: usize) -> bool {
        let mut k = i;
        // «۲۱ تا ۲۳ تیر», «۲۱-۲۳ تیر»: back to the first day, and its «از».
        if k >= 2
            && matches!(self.toks[k - 1].text, "تا" | "-" | "–" | "الی")
            && self.num(k - 2).is_some()
        {
            k -= 2;
            if k >= 1 && self.is(k - 1, "از") {
                return true;
            }
        }
        if k >= 1 && self.is(k - 1, "(") {
            k -= 1;
        }
        let Some(before) = k.checked_sub(1).and_then(|b| self.toks.get(b)) else {
            return false;
        };
        matches!(
            before.text,
            "در" | "روز"
                | "روزهای"
                | "تاریخ"
                | "مورخ"
                | "مورخه"
                | "شب"
                | "صبح"
                | "بامداد"
                | "عصر"
                | "ظهر"
                | "امروز"
                | "دیروز"
                | "فردا"
        ) || crate::time::doc_date::WEEKDAYS.contains(&before.text)
    }

    /// A year after an Afghan month name is one of the last centuries and
    /// no quantity («میزان ۱۵۰۰ تن» is an amount).
    fn afghan_year(&self, k: usize, year: i32, end: usize) -> bool {
        (1250..=1450).contains(&year)
            && self.toks.get(k).is_some_and(|t| t.text.len() == 4)
            && !self.word(end).is_some_and(|w| lexicon::UNITS.contains(&w))
    }

    /// True when nothing word-like continues the phrase at `k` (so «۲ می …» with a
    /// verb after it is not a date).
    pub(super) fn ends_phrase(&self, k: usize) -> bool {
        match self.toks.get(k) {
            None => true,
            Some(t) if t.kind != Tk::Word => true,
            Some(t) => matches!(
                t.text,
                "نیز"
                    | "هم"
                    | "و"
                    | "در"
                    | "به"
                    | "ماه"
                    | "سال"
                    | "که"
                    | "از"
                    | "با"
                    | "تا"
            ),
        }
    }

    pub(super) fn named_at(&self, i: usize, end: usize) -> Option<Day> {
        let words: Vec<&str> = self.toks[i..end].iter().map(|t| t.text).collect();
        self.named
            .entries
            .iter()
            .find(|(p, _)| p.iter().map(String::as_str).eq(words.iter().copied()))
            .map(|(_, d)| *d)
    }

    pub(super) fn month_year_at(&self, i: usize) -> Option<Core> {
        let with_mah = self.is(i, "ماه");
        let m_at = if with_mah { i + 1 } else { i };
        let (mcal, month, mused) = self.month_at(m_at)?;
        let after_month = m_at + mused;
        let afghan = lexicon::is_afghan_month(self.toks[m_at].text);
        let mut k = after_month;
        // «دی ماه ۱۳۷۰», «مهر ماه سال ۱۳۸۴»
        if !with_mah && self.is(k, "ماه") {
            k += 1;
        }
        if self.is_year_word(k) {
            k += 1;
        }
        if let Some((calendar, year, end)) = self.year_at(k, k > after_month, Some(mcal))
            && (!afghan || self.afghan_year(k, year, end))
        {
            let (start, stop) = calendar::month_interval(calendar, year, month)?;
            return Some(Core {
                value: explicit(start, stop, Precision::Month, calendar),
                end,
            });
        }
        // «مهر ماه سال جاری», «فوریه امسال»: a year counted from the document's.
        if let Some((offset, end)) = self.year_of_now_at(after_month)
            && (with_mah
                || !is_ambiguous_month(self.toks[m_at].text)
                || self.is(after_month, "ماه"))
        {
            return Some(Core {
                value: RawValue::InYear {
                    day: None,
                    month,
                    calendar: mcal,
                    offset,
                },
                end,
            });
        }
        // «سپتامبر همان سال», «ماه مه همان سال»: the context's year.
        if let Some(end) = self.same_at(after_month, "سال")
            && (with_mah || !is_ambiguous_month(self.toks[m_at].text))
        {
            return Some(Core {
                value: RawValue::MonthOnly {
                    month,
                    calendar: mcal,
                },
                end,
            });
        }
        // «ماه مه» is May whatever follows; «ماه می …» may be «a month passes».
        if with_mah && (self.toks[m_at].text != "می" || self.ends_phrase(after_month)) {
            return Some(Core {
                value: RawValue::MonthOnly {
                    month,
                    calendar: mcal,
                },
                end: after_month,
            });
        }
        None
    }

    pub(super) fn year_only_at(&self, i: usize) -> Option<Core> {
        let prefixed = self.is_year_word(i);
        let k = if prefixed { i + 1 } else { i };
        // «سال‌های ۷۵-۱۹۶۰»: the later end cut to two digits, written first.
        if prefixed
            && let Some((short, 2)) = self.num(k)
            && self.is(k + 1, "-")
            && let Some((calendar, year, end)) = self.year_at(k + 2, true, None)
            && let Ok(short) = i32::try_from(short)
        {
            let later = year - year.rem_euclid(100) + short;
            if later > year {
                let (s0, e0) = calendar::years_interval(calendar, year, year)?;
                let (s1, e1) = calendar::years_interval(calendar, later, later)?;
                let a = When::new(s0, e0, Precision::Year, calendar);
                let b = When::new(s1, e1, Precision::Year, calendar);
                return Some(Core {
                    value: RawValue::Explicit(When::range(&a, &b)),
                    end,
                });
            }
        }
        // «سال ۸۸»: two digits after «سال», a year of the text's century.
        if prefixed
            && let Some(t) = self.toks.get(k)
            && t.kind == Tk::Num
            && t.text.len() == 2
            && self.marker_at(k + 1).is_none()
            && !self
                .word(k + 1)
                .is_some_and(|w| lexicon::UNITS.contains(&w))
            && !matches!(
                self.toks.get(k + 1).map(|t| t.text),
                Some("-" | "–" | "/" | ":")
            )
            && let Ok(year) = t.text.parse::<u8>()
        {
            return Some(Core {
                value: RawValue::ShortYear {
                    year,
                    zero: t.text.starts_with('0'),
                },
                end: k + 1,
            });
        }
        let (calendar, year, end) = self.year_at(k, prefixed, None)?;
        let (start, stop) = calendar::years_interval(calendar, year, year)?;
        Some(Core {
            value: explicit(start, stop, Precision::Year, calendar),
            end,
        })
    }
}

/// The (year, month, day) of a numeric date token: three groups of digits
/// split by one kind of separator, the year (four digits) first or last.
pub(super) fn numeric_date_parts(text: &str) -> Option<[u32; 3]> {
    let sep = text.bytes().find(|b| !b.is_ascii_digit())?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let parts: Vec<&str> = text.split(char::from(sep)).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    match (a.len(), b.len(), c.len()) {
        (4, 1..=2, 1..=2) => Some([n(a)?, n(b)?, n(c)?]),
        (1..=2, 1..=2, 4) => Some([n(c)?, n(b)?, n(a)?]),
        _ => None,
    }
}
