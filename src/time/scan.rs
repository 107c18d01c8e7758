//! The scanner: finds temporal expressions in one normalised sentence and
//! reads their value, without any context (relative and partial dates come out
//! as [`RawValue`]s that [`super::resolve`] completes).

use std::ops::Range;

use super::lexicon::{self, LABELS, MODIFIERS, UNITS};
use crate::calendar;
use crate::model::{CalendarKind, Day, Modifier, Precision, Season, When};

/// A bound written around a date: «از ۲۰۱۶» (from) or «تا ۱۹۹۷» (until).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// از، پس از، بعد از
    From,
    /// تا، قبل از، پیش از
    Until,
}

impl Bound {
    /// Lower-case name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::From => "from",
            Self::Until => "until",
        }
    }
}

/// What the scanner read, before context is applied.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    /// A fully stated date, period or range.
    Explicit(When),
    /// Day and month without a year («در ۲۴ سپتامبر»).
    DayMonth {
        /// Day of month.
        day: u8,
        /// Month.
        month: u8,
        /// Calendar of the month name.
        calendar: CalendarKind,
    },
    /// A month without a year («در ماه مه»).
    MonthOnly {
        /// Month.
        month: u8,
        /// Calendar of the month name.
        calendar: CalendarKind,
    },
    /// A decade written with two digits or a word («دهه ۹۰»، «دهه هفتاد»).
    ShortDecade(u32),
    /// «در همان سال»
    SameYear,
    /// «در همان ماه»
    SameMonth,
    /// «یک سال بعد» (+1), «دو سال پیش» (−2): relative to the last date.
    YearsAfter(i32),
    /// «سه روز بعد» (+3 days), «دو ماه بعد» (+2 months), «یک هفته پس از آن»,
    /// «فردای آن روز» (+1 day), «همان روز» (+0 days): relative to the last
    /// date, which must be a single day (for days and weeks) or month.
    After {
        /// Days, weeks or months.
        unit: Unit,
        /// How many (negative: before).
        n: i32,
    },
    /// «سال گذشته» (−1), «امسال» (0), «سال آینده» (+1): relative to the
    /// document's own time.
    DocYear(i32),
    /// «در سه سال گذشته»: the last N years up to the document's time.
    DocSpan(i32),
    /// A named date from the lexicon («یازده سپتامبر»).
    Named(Day),
}

/// A unit of a relative date shorter than a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// روز
    Day,
    /// هفته
    Week,
    /// ماه
    Month,
}

/// One temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct RawMention {
    /// Byte range in the scanned text.
    pub range: Range<usize>,
    /// The value read.
    pub value: RawValue,
    /// Early / mid / late.
    pub modifier: Option<Modifier>,
    /// From / until.
    pub bound: Option<Bound>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Num,
    Decimal,
    Punct,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: Tk,
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6 + 1);
    let mut start = 0;
    while start < bytes.len() {
        if matches!(bytes[start], b' ' | b'\n') {
            start += 1;
            continue;
        }
        let Some(c) = text[start..].chars().next() else {
            break;
        };
        let mut end = start + c.len_utf8();
        if c.is_whitespace() {
            start = end;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            let mut kind = Tk::Num;
            while end < bytes.len() {
                if bytes[end].is_ascii_digit() {
                    end += 1;
                } else if matches!(bytes[end], b'.' | b',' | b'/')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                {
                    kind = Tk::Decimal;
                    end += 1;
                } else {
                    break;
                }
            }
            kind
        } else if crate::corpus::normalize::is_letter(c) {
            end = word_end(text, end);
            Tk::Word
        } else {
            Tk::Punct
        };
        out.push(Token {
            kind,
            text: &text[start..end],
            start,
            end,
        });
        start = end;
    }
    out
}

/// The end of the run of letters from byte `i` (the Arabic block and ASCII
/// read straight from the bytes; other scripts ask [`is_letter`]).
///
/// [`is_letter`]: crate::corpus::normalize::is_letter
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            let c = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            if !crate::corpus::normalize::is_arabic_block_letter(c) {
                break;
            }
            i += 2;
        } else {
            match text[i..].chars().next() {
                Some(n) if crate::corpus::normalize::is_letter(n) => i += n.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Named dates the scanner knows: token sequences of the phrase and the day.
#[derive(Debug, Clone, Default)]
pub struct NamedDates {
    entries: Vec<(Vec<String>, Day)>,
}

impl NamedDates {
    /// Builds the table from (normalised phrase, day) pairs.
    #[must_use]
    pub fn new(pairs: &[(String, Day)]) -> Self {
        let entries = pairs
            .iter()
            .map(|(p, d)| (tokenize(p).iter().map(|t| t.text.to_owned()).collect(), *d))
            .collect();
        Self { entries }
    }
}

struct Scanner<'a, 't> {
    toks: &'a [Token<'t>],
    named: &'a NamedDates,
}

/// Finds all temporal expressions in `text` (normalised).
#[must_use]
pub fn scan(text: &str, named: &NamedDates) -> Vec<RawMention> {
    let toks = tokenize(text);
    let s = Scanner { toks: &toks, named };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some((m, next)) = s.mention_at(i, text) {
            out.push(m);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a date phrase can begin at this token (a cheap filter before parsing).
fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        Tk::Num => true,
        Tk::Decimal => numeric_date_parts(t.text).is_some(),
        Tk::Punct => false,
        // Words written together («بیستویکم») are checked in full.
        // Every number word is a starter, so the first part of a compound
        // must be one before the whole is read.
        Tk::Word => {
            lexicon::is_starter(t.text)
                || (t
                    .text
                    .split('و')
                    .find(|p| !p.is_empty())
                    .is_some_and(|first| first != t.text && lexicon::is_starter(first))
                    && number_words(t.text).is_some())
        }
    }
}

struct Core {
    value: RawValue,
    /// Precision, calendar and year range for explicit values (to build ranges).
    end: usize,
}

impl<'t> Scanner<'_, 't> {
    fn word(&self, i: usize) -> Option<&'t str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Tk::Word)
            .map(|t| t.text)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.text == w)
    }

    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        (t.kind == Tk::Num && t.text.len() <= 6)
            .then(|| t.text.parse().ok().map(|v| (v, t.text.len())))
            .flatten()
    }

    fn mention_at(&self, i: usize, text: &str) -> Option<(RawMention, usize)> {
        let mut j = i;
        let mut bound = None;
        let mut between = false;
        match self.word(j) {
            Some("از") => {
                bound = Some(Bound::From);
                j += 1;
            }
            Some("تا") => {
                bound = Some(Bound::Until);
                j += 1;
            }
            Some("قبل" | "پیش") if self.is(j + 1, "از") => {
                bound = Some(Bound::Until);
                j += 2;
            }
            Some("پس" | "بعد") if self.is(j + 1, "از") => {
                bound = Some(Bound::From);
                j += 2;
            }
            Some("بین" | "میان") => {
                between = true;
                j += 1;
            }
            _ => {}
        }
        let prefixed = j > i;
        let (modifier, j) = self.modifier_at(j);
        let core = self.core_at(j)?;
        let mut end = core.end;
        let mut value = core.value;
        // «۱۳ ژانویه ۲۰۲۲ (۲۳ دی ۱۴۰۰)»: the same day in the other calendar,
        // in parentheses, belongs to the date.
        if self.is(end, "(")
            && let RawValue::Explicit(w) = &value
            && let Some(inner) = self.core_at(end + 1)
            && let RawValue::Explicit(w2) = &inner.value
            && (w2.first_day, w2.last_day) == (w.first_day, w.last_day)
            && self.is(inner.end, ")")
        {
            end = inner.end + 1;
        }
        // A range: «۱۹۹۲ تا ۱۹۹۷», «۱۹۹۷ - ۲۰۰۳», «بین ۲۰۰۰ و ۲۰۰۵», «از ژانویه تا مارس ۲۰۲۱».
        let connector = self.toks.get(end).map(|t| t.text);
        let is_connector = matches!(connector, Some("تا" | "-" | "الی" | "–"))
            || (between && connector == Some("و"));
        if is_connector
            && let Some((second, after)) = self.range_end(end + 1, &value)
            && let Some(v) = make_range(&value, &second)
        {
            value = RawValue::Explicit(v);
            end = after;
            bound = None;
        }
        // «از سال ۱۸۱۳ تاکنون»
        if bound == Some(Bound::From) && self.is(end, "تاکنون") {
            end += 1;
        }
        if between && bound.is_none() && !matches!(value, RawValue::Explicit(ref w) if w.is_range) {
            // «بین» without a second end is not part of the date.
            return self.mention_at(i + 1, text);
        }
        let start_tok = if prefixed || modifier.is_some() { i } else { j };
        let start = self.toks[start_tok].start;
        let stop = self.toks[end - 1].end;
        let range = start..stop;
        if let RawValue::Explicit(w) = &mut value {
            w.text = text[range.clone()].to_owned();
            w.modifier = modifier;
        }
        Some((
            RawMention {
                range,
                value,
                modifier,
                bound,
            },
            end,
        ))
    }

    fn modifier_at(&self, j: usize) -> (Option<Modifier>, usize) {
        let Some(first) = self.word(j) else {
            return (None, j);
        };
        for (parts, m) in MODIFIERS {
            if parts[0] == first && parts.iter().enumerate().all(|(k, p)| self.is(j + k, p)) {
                // Only a modifier when a period follows («اواخر دهه»، «اوایل سال»، «اواسط ژوئن»).
                let next = j + parts.len();
                let is_period = matches!(
                    self.word(next),
                    Some(
                        "دهه"
                            | "دههی"
                            | "سال"
                            | "قرن"
                            | "سده"
                            | "ماه"
                            | "بهار"
                            | "تابستان"
                            | "پاییز"
                            | "پائیز"
                            | "زمستان"
                    )
                ) || self.month_at(next).is_some()
                    || self.num(next).is_some_and(|(_, d)| d == 4);
                if is_period {
                    return (Some(*m), next);
                }
            }
        }
        (None, j)
    }

    /// A month name (one or two tokens) at `i`: (calendar, month, tokens used).
    fn month_at(&self, i: usize) -> Option<(CalendarKind, u8, usize)> {
        lexicon::months().get(self.word(i)?, self.word(i + 1))
    }

    /// A number written in digits or words at `i`: (value, tokens used, was digits).
    fn number_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, _)) = self.num(i) {
            return Some((v, 1, true));
        }
        let mut total = 0u32;
        let mut group = 0u32;
        let mut k = i;
        let mut any = false;
        while let Some(w) = self.word(k) {
            let Some((v, ordinal)) = number_words(w) else {
                break;
            };
            if v == 1000 {
                total += group.max(1) * 1000;
                group = 0;
            } else {
                group += v;
            }
            any = true;
            k += 1;
            if ordinal {
                break;
            }
            if self.is(k, "و") && self.word(k + 1).and_then(number_words).is_some() {
                k += 1;
            } else {
                break;
            }
        }
        any.then_some((total + group, k - i, false))
    }

    /// A calendar marker after a year: ه.ش، هجری شمسی، ه.ق، قمری، میلادی.
    fn marker_at(&self, i: usize) -> Option<(CalendarKind, usize)> {
        let t = |k: usize| self.toks.get(k).map_or("", |t| t.text);
        let skip_dot = |k: usize| if t(k) == "." { k + 1 } else { k };
        match t(i) {
            "میلادی" => Some((CalendarKind::Gregorian, i + 1)),
            "شمسی" => Some((CalendarKind::SolarHijri, i + 1)),
            "قمری" => Some((CalendarKind::LunarHijri, i + 1)),
            "هجری" => match t(i + 1) {
                "قمری" => Some((CalendarKind::LunarHijri, i + 2)),
                "شمسی" | "خورشیدی" => Some((CalendarKind::SolarHijri, i + 2)),
                _ => Some((CalendarKind::SolarHijri, i + 1)),
            },
            "هش" => Some((CalendarKind::SolarHijri, skip_dot(i + 1))),
            "هق" => Some((CalendarKind::LunarHijri, skip_dot(i + 1))),
            "ه" => {
                let k = skip_dot(i + 1);
                match t(k) {
                    "ش" => Some((CalendarKind::SolarHijri, skip_dot(k + 1))),
                    "ق" => Some((CalendarKind::LunarHijri, skip_dot(k + 1))),
                    _ => None,
                }
            }
            "م" if t(i + 1) == "." || t(i + 1) == ")" => {
                Some((CalendarKind::Gregorian, skip_dot(i + 1)))
            }
            _ => None,
        }
    }

    /// A year at `i` («۱۹۹۷», «۱۳۸۴ ه.ش»); `prefixed` when «سال» precedes.
    /// Returns (calendar, year, next index).
    fn year_at(
        &self,
        i: usize,
        prefixed: bool,
        month_calendar: Option<CalendarKind>,
    ) -> Option<(CalendarKind, i32, usize)> {
        let (value, digits) = self.num(i)?;
        let marker = self.marker_at(i + 1);
        let year = i32::try_from(value).ok()?;
        if !(prefixed || marker.is_some() || month_calendar.is_some()) {
            // A bare number: four digits, not a quantity or a label.
            if digits != 4 {
                return None;
            }
            if self.word(i + 1).is_some_and(|w| UNITS.contains(&w)) {
                return None;
            }
            if i > 0 && self.word(i - 1).is_some_and(|w| LABELS.contains(&w)) {
                return None;
            }
        } else if !(3..=4).contains(&digits) && marker.is_none() {
            return None;
        }
        let calendar = match (marker, month_calendar) {
            (Some((c, _)), _) => c,
            (None, Some(c)) => c,
            (None, None) if (1300..1500).contains(&year) => CalendarKind::SolarHijri,
            (None, None) => CalendarKind::Gregorian,
        };
        let plausible = match calendar {
            CalendarKind::Gregorian => {
                (if prefixed || marker.is_some() {
                    100
                } else {
                    1000
                })..=2200
            }
            CalendarKind::SolarHijri => 1..=1600,
            CalendarKind::LunarHijri => 1..=1600,
        };
        if !plausible.contains(&year) {
            return None;
        }
        // A Gregorian month with a Hijri-looking year (or the reverse) is not a date.
        if marker.is_none()
            && let Some(mc) = month_calendar
        {
            let looks_hijri = (1200..1500).contains(&year);
            if (mc == CalendarKind::Gregorian) == looks_hijri {
                return None;
            }
        }
        Some((calendar, year, marker.map_or(i + 1, |(_, e)| e)))
    }

    fn is_year_word(&self, i: usize) -> bool {
        matches!(self.word(i), Some("سال" | "سالهای" | "سالها" | "سالی"))
    }

    fn core_at(&self, i: usize) -> Option<Core> {
        self.numeric_date_at(i)
            .or_else(|| self.part_of_year_at(i))
            .or_else(|| self.decade_at(i))
            .or_else(|| self.century_at(i))
            .or_else(|| self.day_month_at(i))
            .or_else(|| self.month_year_at(i))
            .or_else(|| self.relative_at(i))
            .or_else(|| self.year_only_at(i))
    }

    /// A date written in digits: «۱۴۰۰/۰۹/۰۷», «۲۰۲۱/۱۱/۲۸», «۷/۹/۱۴۰۰» (day
    /// first, as Persian texts write it when the year comes last), «2021-11-28».
    fn numeric_date_at(&self, i: usize) -> Option<Core> {
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
    fn part_of_year_at(&self, i: usize) -> Option<Core> {
        // (first month, last month) in the year's own calendar; a Gregorian
        // season runs from solstice or equinox to the next.
        let (season, months) = match self.word(i)? {
            "بهار" => (Season::Spring, (1, 3)),
            "تابستان" => (Season::Summer, (4, 6)),
            "پاییز" | "پائیز" => (Season::Autumn, (7, 9)),
            "زمستان" => (Season::Winter, (10, 12)),
            _ => return None,
        };
        let mut k = i + 1;
        let prefixed = self.is_year_word(k);
        if prefixed {
            k += 1;
        }
        let (calendar, year, end) = self.year_at(k, prefixed, None)?;
        let (start, stop) = if calendar == CalendarKind::Gregorian {
            // Spring from 21 March, summer from 22 June, autumn from 23
            // September, winter from 22 December into the next year.
            let (a, b) = match months.0 {
                1 => (Day::new(year, 3, 21), Day::new(year, 6, 21)),
                4 => (Day::new(year, 6, 22), Day::new(year, 9, 22)),
                7 => (Day::new(year, 9, 23), Day::new(year, 12, 21)),
                _ => (Day::new(year, 12, 22), Day::new(year + 1, 3, 20)),
            };
            (a, b)
        } else {
            let (a, _) = calendar::month_interval(calendar, year, months.0)?;
            let (_, b) = calendar::month_interval(calendar, year, months.1)?;
            (a, b)
        };
        Some(Core {
            value: RawValue::Explicit(When::season(start, stop, calendar, year, season)),
            end,
        })
    }

    fn decade_at(&self, i: usize) -> Option<Core> {
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
        (v % 10 == 0 && (10..=90).contains(&v)).then_some(Core {
            value: RawValue::ShortDecade(v),
            end: after,
        })
    }

    fn century_at(&self, i: usize) -> Option<Core> {
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

    fn day_month_at(&self, i: usize) -> Option<Core> {
        let (day, used, _) = self.number_at(i)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let (mcal, month, mused) = self.month_at(i + used)?;
        let after_month = i + used + mused;
        let mut k = after_month;
        if self.is_year_word(k) {
            k += 1;
        }
        let day = u8::try_from(day).ok()?;
        if let Some((calendar, year, end)) = self.year_at(k, k > after_month, Some(mcal)) {
            let start = calendar::to_gregorian(calendar, year, month, day)?;
            return Some(Core {
                value: explicit(start, start, Precision::Day, calendar),
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
        if same_year.is_none()
            && is_ambiguous_month(self.toks[i + used].text)
            && !self.ends_phrase(after_month)
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

    /// True when nothing word-like continues the phrase at `k` (so «۲ می …» with a
    /// verb after it is not a date).
    fn ends_phrase(&self, k: usize) -> bool {
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

    fn named_at(&self, i: usize, end: usize) -> Option<Day> {
        let words: Vec<&str> = self.toks[i..end].iter().map(|t| t.text).collect();
        self.named
            .entries
            .iter()
            .find(|(p, _)| p.iter().map(String::as_str).eq(words.iter().copied()))
            .map(|(_, d)| *d)
    }

    fn month_year_at(&self, i: usize) -> Option<Core> {
        let with_mah = self.is(i, "ماه");
        let m_at = if with_mah { i + 1 } else { i };
        let (mcal, month, mused) = self.month_at(m_at)?;
        let after_month = m_at + mused;
        let mut k = after_month;
        // «دی ماه ۱۳۷۰», «مهر ماه سال ۱۳۸۴»
        if !with_mah && self.is(k, "ماه") {
            k += 1;
        }
        if self.is_year_word(k) {
            k += 1;
        }
        if let Some((calendar, year, end)) = self.year_at(k, k > after_month, Some(mcal)) {
            let (start, stop) = calendar::month_interval(calendar, year, month)?;
            return Some(Core {
                value: explicit(start, stop, Precision::Month, calendar),
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

    /// The end of «همان/همین» and `unit` («سال»، «ماه»، «روز») at token `k`.
    fn same_at(&self, k: usize, unit: &str) -> Option<usize> {
        (matches!(self.word(k), Some("همان" | "همین")) && self.is(k + 1, unit)).then_some(k + 2)
    }

    fn year_only_at(&self, i: usize) -> Option<Core> {
        let prefixed = self.is_year_word(i);
        let k = if prefixed { i + 1 } else { i };
        let (calendar, year, end) = self.year_at(k, prefixed, None)?;
        let (start, stop) = calendar::years_interval(calendar, year, year)?;
        Some(Core {
            value: explicit(start, stop, Precision::Year, calendar),
            end,
        })
    }

    fn relative_at(&self, i: usize) -> Option<Core> {
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
        if let Some(unit) = unit {
            // Only after or before the last date: «ماه گذشته» needs the
            // document's own month, which texts do not state.
            let after_it = |k: usize| self.is(k, "از") && self.is(k + 1, "ان");
            let (n, end) = match self.word(k) {
                Some("بعد") if after_it(k + 1) => (step, k + 3),
                Some("بعد") if !self.is(k + 1, "از") => (step, k + 1),
                Some("پس") if after_it(k + 1) => (step, k + 3),
                Some("قبل" | "پیش") if !self.is(k + 1, "از") => (-step, k + 1),
                _ => return None,
            };
            return Some(Core {
                value: RawValue::After { unit, n },
                end,
            });
        }
        let (value, end) = match self.word(k) {
            Some("بعد") => (RawValue::YearsAfter(step), k + 1),
            Some("پس") if self.is(k + 1, "از") && self.is(k + 2, "ان") => {
                (RawValue::YearsAfter(step), k + 3)
            }
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

    /// The second end of a range after a connector.
    fn range_end(&self, i: usize, first: &RawValue) -> Option<(RawValue, usize)> {
        // «۱۹۹۲-۹۷»: two digits after a four-digit year.
        if let (Some((v, 2)), RawValue::Explicit(w)) = (self.num(i), first)
            && w.precision == Precision::Year
            && w.calendar == CalendarKind::Gregorian
        {
            let century = w.first_day.year - w.first_day.year.rem_euclid(100);
            let year = century + i32::try_from(v).ok()?;
            if year > w.first_day.year {
                let (s, e) = calendar::years_interval(CalendarKind::Gregorian, year, year)?;
                return Some((
                    explicit(s, e, Precision::Year, CalendarKind::Gregorian),
                    i + 1,
                ));
            }
        }
        let core = self.core_at(i)?;
        Some((core.value, core.end))
    }
}

fn number_words(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = lexicon::number_word(w) {
        return Some(v);
    }
    // Words written together: «بیستویکم».
    if w.contains('و') && w.chars().count() > 4 {
        let mut total = 0;
        let mut ordinal = false;
        for part in w.split('و').filter(|p| !p.is_empty()) {
            let (v, o) = lexicon::number_word(part)?;
            total += v;
            ordinal = o;
        }
        return Some((total, ordinal));
    }
    None
}

fn is_ambiguous_month(w: &str) -> bool {
    matches!(
        w,
        "مه" | "می" | "تیر" | "مهر" | "دی" | "اذر" | "صفر" | "رجب" | "جون" | "مای"
    )
}

fn explicit(start: Day, end: Day, precision: Precision, calendar: CalendarKind) -> RawValue {
    RawValue::Explicit(explicit_when(start, end, precision, calendar))
}

fn explicit_when(start: Day, end: Day, precision: Precision, calendar: CalendarKind) -> When {
    When::new(start, end, precision, calendar)
}

/// The (year, month, day) of a numeric date token: three groups of digits
/// split by one kind of separator, the year (four digits) first or last.
fn numeric_date_parts(text: &str) -> Option<[u32; 3]> {
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

/// Joins two ends into a range; `None` unless the second comes after the first.
fn make_range(first: &RawValue, second: &RawValue) -> Option<When> {
    let RawValue::Explicit(b) = second else {
        return None;
    };
    let a = match first {
        RawValue::Explicit(a) => a.clone(),
        // «از ۱۷ می تا ۲۰ ژوئن ۱۹۹۷»: the first end takes the second's year,
        // counted in their calendar.
        RawValue::DayMonth {
            day,
            month,
            calendar,
        } if *calendar == b.calendar => {
            let year = calendar::year_in(*calendar, b.first_day)?;
            let d = calendar::to_gregorian(*calendar, year, *month, *day)?;
            When::new(d, d, Precision::Day, *calendar)
        }
        _ => return None,
    };
    if b.last_day < a.first_day {
        return None;
    }
    Some(When::range(&a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, one character at a time: the fast one
    /// must agree with it.
    fn reference(text: &str) -> Vec<(Tk, &str)> {
        let is_letter = crate::corpus::normalize::is_letter;
        let mut out = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((start, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut kind = if c.is_ascii_digit() {
                Tk::Num
            } else if is_letter(c) {
                Tk::Word
            } else {
                Tk::Punct
            };
            let mut end = start + c.len_utf8();
            if kind != Tk::Punct {
                while let Some(&(i, n)) = it.peek() {
                    let same = if kind == Tk::Word {
                        is_letter(n)
                    } else {
                        n.is_ascii_digit()
                    };
                    if same {
                        end = i + n.len_utf8();
                        it.next();
                    } else if kind != Tk::Word
                        && matches!(n, '.' | ',' | '/')
                        && text[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                    {
                        kind = Tk::Decimal;
                        end = i + 1;
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            out.push((kind, &text[start..end]));
        }
        out
    }

    #[test]
    fn tokenizer_agrees_with_the_character_by_character_reference() {
        let mut samples: Vec<String> = [
            "در 17 می سال 1997، ناتو و روسیه «سند مبنایی» را امضا کردند.",
            "نرخ 1.7 درصد و 12/5/1384 و 3,000 نفر؛ NATO-PfP (2002)…",
            "a1b ۱۲ x\u{1680}y über 中文 ڪ ۀ 2.x 7. .5",
            "",
            " ",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for (_, bytes) in crate::seeds::SEEDS {
            let text = std::str::from_utf8(bytes).expect("seed text");
            samples.push(crate::corpus::Normalized::from_text(text).text.to_string());
        }
        for s in &samples {
            let fast: Vec<(Tk, &str)> = tokenize(s).iter().map(|t| (t.kind, t.text)).collect();
            assert_eq!(fast, reference(s), "{s}");
        }
    }
}
