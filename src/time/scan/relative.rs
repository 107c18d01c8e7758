//! Dates relative to another: «همان سال/ماه/روز», «فردای آن روز», «سه سال
//! بعد», «دو ماه پس از آن», «سال گذشته», «امسال».

use super::tokens::Tk;
use super::{Core, RawValue, Scanner, Unit};
use crate::calendar;
use crate::model::{CalendarKind, Precision, When};
use crate::time::doc_date::WEEKDAYS;
use crate::time::lexicon;

/// Words before «امروز» that make it "of today", not a day: «جهان امروز».
const TODAY_OF: [&str; 8] = [
    "جهان",
    "دنیای",
    "دنیا",
    "انسان",
    "جامعه",
    "نسل",
    "بشر",
    "عصر",
];

impl Scanner<'_, '_> {
    /// The end of «همان/همین» and `unit` («سال»، «ماه»، «روز») at token `k`.
    pub(super) fn same_at(&self, k: usize, unit: &str) -> Option<usize> {
        (matches!(self.word(k), Some("همان" | "همین")) && self.is(k + 1, unit)).then_some(k + 2)
    }

    /// A year counted from the document's at `k` (after a month name),
    /// «ماه» allowed first: «سال جاری» (0), «امسال» (0), «سال گذشته» (−1),
    /// «پارسال» (−1), «سال آینده» (+1). Returns (offset, end).
    pub(super) fn year_of_now_at(&self, k: usize) -> Option<(i32, usize)> {
        let k = if self.is(k, "ماه") { k + 1 } else { k };
        match self.word(k)? {
            "امسال" => Some((0, k + 1)),
            "پارسال" => Some((-1, k + 1)),
            "سال" => {
                // «سال میلادی جاری»
                let j = if matches!(self.word(k + 1), Some("میلادی" | "شمسی")) {
                    k + 2
                } else {
                    k + 1
                };
                let offset = match self.word(j)? {
                    "جاری" => 0,
                    "گذشته" | "پیش" | "قبل" => -1,
                    "اینده" | "اتی" | "بعد" => 1,
                    _ => return None,
                };
                Some((offset, j + 1))
            }
            _ => None,
        }
    }

    /// Whether a count stands right before `i` («سه روز گذشته», «چند هفته»).
    fn counted_before(&self, i: usize) -> bool {
        i > 0
            && (self.num(i - 1).is_some()
                || self.word(i - 1).and_then(super::number_words).is_some()
                || matches!(
                    self.word(i - 1),
                    Some("چند" | "چندین" | "دو" | "سه" | "همین" | "همان" | "ان" | "هر")
                ))
    }

    /// The weekday named at `i` (one token, or «سه شنبه» written apart):
    /// (day from Saturday, tokens used).
    pub(super) fn weekday_at(&self, i: usize) -> Option<(u8, usize)> {
        let w = self.word(i)?;
        if let Some(d) = WEEKDAYS.iter().position(|x| *x == w) {
            return Some((u8::try_from(d).ok()?, 1));
        }
        let joined = format!("{w}{}", self.word(i + 1)?);
        let d = WEEKDAYS.iter().position(|x| *x == joined)?;
        (w != "شنبه").then_some((u8::try_from(d).ok()?, 2))
    }

    /// «دوشنبه» as the city of Dushanbe: «به دوشنبه», «دوشنبه - ایرنا», and
    /// after «در» or «از» («در دوشنبه با … دیدار کرد», «از دوشنبه،») unless
    /// what follows makes it the day: «در دوشنبه گذشته», «از دوشنبه تا
    /// چهارشنبه», «در دوشنبه ۱۲ مهر», «در دوشنبه (۱۲ مهر)».
    fn is_dushanbe(&self, i: usize, day: u8) -> bool {
        if day != 2 {
            return false;
        }
        let prev = i.checked_sub(1).and_then(|k| self.word(k));
        let next = self.toks.get(i + 1);
        let next_text = next.map(|t| t.text);
        let day_follows = next.is_some_and(|t| t.kind == Tk::Num)
            || matches!(
                next_text,
                Some(
                    "گذشته"
                        | "اینده"
                        | "اتی"
                        | "بعد"
                        | "قبل"
                        | "پیش"
                        | "این"
                        | "هفته"
                        | "تا"
                        | "("
                        | "صبح"
                        | "شب"
                        | "عصر"
                        | "ظهر"
                        | "بامداد"
                )
            );
        matches!(prev, Some("به" | "شهر" | "مقصد"))
            || matches!(next_text, Some("-" | "پایتخت" | "–"))
            || (matches!(prev, Some("در" | "از")) && !day_follows)
    }

    /// A date beside a weekday or a relative day, at `k`: «(یکشنبه)», «(۲۳
    /// آبان)», «۱۲ مهر ۱۴۰۰», «یکشنبه ۲۳ آبان». Returns the date (when one is
    /// stated) and the end of what belongs to the mention.
    pub(super) fn date_beside(&self, k: usize) -> (Option<RawValue>, usize) {
        let open = self.is(k, "(");
        let mut j = if open { k + 1 } else { k };
        if let Some((_, used)) = self.weekday_at(j) {
            j += used;
        }
        let date = self
            .numeric_date_at(j)
            .or_else(|| self.day_month_at(j))
            .filter(|c| matches!(c.value, RawValue::Explicit(_) | RawValue::DayMonth { .. }));
        let (value, mut end) = match date {
            Some(c) => (Some(c.value), c.end),
            None => (None, j),
        };
        if open {
            if self.is(end, ")") {
                end += 1;
            } else {
                // An unclosed parenthesis: only what stood before it.
                return (None, k);
            }
        }
        if value.is_none() && end == j && !open && j == k {
            return (None, k);
        }
        (value, end)
    }

    /// Days, weeks, months and weekdays counted from the document's date.
    fn now_at(&self, i: usize) -> Option<Core> {
        let core = |value, end| Some(Core { value, end });
        // «صبح امروز», «عصر دیروز», «بامداد فردا»
        let part_of_day = matches!(
            self.word(i),
            Some("بامداد" | "صبح" | "ظهر" | "عصر" | "شب" | "غروب" | "ساعاتی")
        );
        let k = if part_of_day { i + 1 } else { i };
        let days = self.word(k).and_then(lexicon::now_day);
        if let Some(n) = days {
            if k > 0 && self.word(k - 1).is_some_and(|w| TODAY_OF.contains(&w)) {
                return None;
            }
            return core(RawValue::NowDays(n), k + 1);
        }
        if part_of_day {
            return None;
        }
        let counted = self.counted_before(i);
        match (self.word(i)?, self.word(i + 1)) {
            ("روز", Some("گذشته")) if !counted => {
                return core(RawValue::NowDays(-1), i + 2);
            }
            ("روز", Some("جاری")) if !counted => return core(RawValue::NowDays(0), i + 2),
            ("این", Some("هفته")) => return core(RawValue::NowWeek(0), i + 2),
            ("این", Some("ماه")) => return core(RawValue::NowMonth(0, None), i + 2),
            ("هفته", Some(w)) if !counted => {
                let n = match w {
                    "گذشته" => -1,
                    "جاری" => 0,
                    "اینده" | "اتی" => 1,
                    _ => return None,
                };
                return core(RawValue::NowWeek(n), i + 2);
            }
            ("اخر", Some("هفته")) => {
                let (n, end) = match self.word(i + 2) {
                    Some("گذشته") => (-1, i + 3),
                    Some("اینده" | "اتی") => (1, i + 3),
                    Some("جاری") => (0, i + 3),
                    _ => (0, i + 2),
                };
                return core(RawValue::NowWeekend(n), end);
            }
            ("ماه", Some(w)) if !counted => {
                let (calendar, j) = match w {
                    "میلادی" => (Some(CalendarKind::Gregorian), i + 2),
                    "شمسی" => (Some(CalendarKind::SolarHijri), i + 2),
                    "قمری" => (Some(CalendarKind::LunarHijri), i + 2),
                    _ => (None, i + 1),
                };
                let n = match self.word(j)? {
                    "گذشته" => -1,
                    "جاری" => 0,
                    "اینده" | "اتی" => 1,
                    _ => return None,
                };
                return core(RawValue::NowMonth(n, calendar), j + 1);
            }
            _ => {}
        }
        // Weekdays: «شنبه», «روز شنبه», «شنبه گذشته», «این شنبه», «سه‌شنبه آینده».
        let (this, k) = match self.word(i) {
            Some("این") => (true, i + 1),
            Some("روز") => (false, i + 1),
            _ => (false, i),
        };
        let (day, used) = self.weekday_at(k)?;
        if k > 0
            && self
                .word(k - 1)
                .is_some_and(|w| lexicon::WEEKDAY_OF.contains(&w))
        {
            return None;
        }
        if k == i && self.is_dushanbe(k, day) {
            return None;
        }
        let after = k + used;
        let (direction, end) = match self.word(after) {
            Some("گذشته" | "پیش" | "قبل") => (Some(-1), after + 1),
            Some("اینده" | "اتی" | "بعد") => (Some(1), after + 1),
            _ if this => (Some(0), after),
            _ => (None, after),
        };
        core(RawValue::Weekday { day, direction }, end)
    }

    /// «پس از», «بعد از» (+1) or «قبل از», «پیش از» (−1) at `k`.
    fn offset_word_at(&self, k: usize) -> Option<i32> {
        if !self.is(k + 1, "از") {
            return None;
        }
        match self.word(k)? {
            "پس" | "بعد" => Some(1),
            "قبل" | "پیش" => Some(-1),
            _ => None,
        }
    }

    /// `n` days, weeks, months (`unit`) or years (`None`) from the date
    /// written at `k`: the value and the end of the date.
    fn offset_from_date(&self, k: usize, unit: Option<Unit>, n: i32) -> Option<(RawValue, usize)> {
        let core = self.core_at(k)?;
        let RawValue::Explicit(w) = &core.value else {
            return None;
        };
        if w.is_range {
            return None;
        }
        let value = match unit {
            Some(Unit::Day | Unit::Week) => {
                if w.precision != Precision::Day {
                    return None;
                }
                let days = if unit == Some(Unit::Week) { n * 7 } else { n };
                let d = calendar::add_days(w.first_day, i64::from(days))?;
                When::new(d, d, Precision::Day, w.calendar)
            }
            Some(Unit::Month) => {
                if w.precision > Precision::Month {
                    return None;
                }
                let (y, m, _) = calendar::from_gregorian(w.calendar, w.first_day)?;
                let (y, m) = calendar::add_months(y, m, n);
                let (s, e) = calendar::month_interval(w.calendar, y, m)?;
                When::new(s, e, Precision::Month, w.calendar)
            }
            None => {
                if w.precision > Precision::Year {
                    return None;
                }
                let y = calendar::year_in(w.calendar, w.first_day)? + n;
                let (s, e) = calendar::years_interval(w.calendar, y, y)?;
                When::new(s, e, Precision::Year, w.calendar)
            }
        };
        Some((RawValue::Explicit(value), core.end))
    }

    pub(super) fn relative_at(&self, i: usize) -> Option<Core> {
        if let Some(c) = self.now_at(i) {
            return Some(c);
        }
        // «همان سال», «همین سال»
        if let Some(end) = self.same_at(i, "سال") {
            return Some(Core {
                value: RawValue::SameYear,
                end,
            });
        }
        if let Some(end) = self.same_at(i, "ماه") {
            return Some(Core {
                value: RawValue::SameMonth,
                end,
            });
        }
        match self.word(i) {
            Some("امسال") => {
                return Some(Core {
                    value: RawValue::DocYear(0),
                    end: i + 1,
                });
            }
            Some("پارسال") => {
                return Some(Core {
                    value: RawValue::DocYear(-1),
                    end: i + 1,
                });
            }
            _ => {}
        }
        // «همان روز»; «فردای آن (روز)»
        if let Some(end) = self.same_at(i, "روز") {
            return Some(Core {
                value: RawValue::After {
                    unit: Unit::Day,
                    n: 0,
                },
                end,
            });
        }
        if self.is(i, "فردای") && self.is(i + 1, "ان") {
            return Some(Core {
                value: RawValue::After {
                    unit: Unit::Day,
                    n: 1,
                },
                end: if self.is(i + 2, "روز") {
                    i + 3
                } else {
                    i + 2
                },
            });
        }
        // «(N) سال/ماه/هفته/روز بعد/پس از ان/قبل/پیش/گذشته/اینده»
        let unit_at = |k: usize| match self.word(k)? {
            "سال" => Some(None),
            "ماه" => Some(Some(Unit::Month)),
            "هفته" => Some(Some(Unit::Week)),
            "روز" => Some(Some(Unit::Day)),
            _ => None,
        };
        let counted = self
            .number_at(i)
            .filter(|&(n, _, _)| n <= 100)
            .and_then(|(n, used, _)| Some((n, used, unit_at(i + used)?)));
        let (n, used, unit) = match counted {
            Some((n, used, unit)) => (i32::try_from(n).ok()?, used, unit),
            // «چند ماه بعد», «سال‌ها بعد»: how many is not said.
            _ if i > 0
                && matches!(
                    self.word(i - 1),
                    Some("چند" | "چندین" | "دهها" | "صدها" | "برخی" | "اندکی" | "مدتی")
                ) =>
            {
                return None;
            }
            _ => (0, 0, unit_at(i)?),
        };
        let k = i + used + 1;
        let explicit_n = used > 0;
        let step = n.max(1);
        // «سه روز پس از ۱۲ مهر ۱۴۰۰», «دو سال پیش از ۱۹۹۱»: counted from
        // the date written after it.
        let offset_word = self.offset_word_at(k);
        if explicit_n
            && let Some(sign) = offset_word
            && let Some((value, end)) = self.offset_from_date(k + 2, unit, sign * step)
        {
            return Some(Core { value, end });
        }
        // «… بعد از آن», «… پیش از آن»: from the last date.
        let after_it = |k: usize| self.is(k, "از") && self.is(k + 1, "ان");
        if let Some(unit) = unit {
            // Only after or before the last date: «ماه گذشته» needs the
            // document's own month, which texts do not state.
            let (n, end) = match self.word(k) {
                Some("بعد" | "پس") if after_it(k + 1) => (step, k + 3),
                Some("بعد") if !self.is(k + 1, "از") => (step, k + 1),
                Some("قبل" | "پیش") if after_it(k + 1) => (-step, k + 3),
                Some("قبل" | "پیش") if !self.is(k + 1, "از") => (-step, k + 1),
                // «دو روز قبل از انتخابات» counts from the elections, whose
                // date the text may not give: not from the last date.
                _ => return None,
            };
            return Some(Core {
                value: RawValue::After { unit, n },
                end,
            });
        }
        let (value, end) = match self.word(k) {
            Some("بعد" | "پس") if after_it(k + 1) => (RawValue::YearsAfter(step), k + 3),
            Some("بعد") => (RawValue::YearsAfter(step), k + 1),
            Some("قبل" | "پیش") if after_it(k + 1) => (RawValue::YearsAfter(-step), k + 3),
            Some("قبل" | "پیش") if !self.is(k + 1, "از") => {
                (RawValue::YearsAfter(-step), k + 1)
            }
            Some("گذشته" | "اخیر") if explicit_n && n > 1 => (RawValue::DocSpan(n), k + 1),
            // «یک سال گذشته» is the past twelve months; «سال گذشته» last year.
            Some("گذشته") => (RawValue::DocYear(if explicit_n { 0 } else { -1 }), k + 1),
            Some("جاری") if !explicit_n => (RawValue::DocYear(0), k + 1),
            Some("اینده" | "اتی") if !explicit_n => (RawValue::DocYear(1), k + 1),
            _ => return None,
        };
        Some(Core { value, end })
    }
}
