//! The scanner: finds temporal expressions in one normalised sentence and
//! reads their value, without any context (relative and partial dates come out
//! as [`RawValue`]s that [`super::resolve`] completes).

use std::ops::Range;

mod absolute;
mod relative;
pub mod timex;
mod tokens;

use super::holidays::{self, Holiday};
use super::lexicon::{self, LABELS, MODIFIERS, UNITS};
use crate::calendar;
use crate::model::{CalendarKind, Day, Modifier, Precision, Season, When};
use absolute::numeric_date_parts;
use tokens::{Tk, Token, tokenize};

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
    /// A range of days of one month without a year («۲۱ تا ۲۳ فوریه»), or
    /// of a year counted from the document's («۲۱ تا ۲۳ مهر امسال»).
    DayRange {
        /// First day of month.
        first: u8,
        /// Last day of month.
        last: u8,
        /// Month.
        month: u8,
        /// Calendar of the month name.
        calendar: CalendarKind,
        /// Years from the document's (0: this year), when said.
        offset: Option<i32>,
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
    /// A year written with two digits after «سال» («سال ۸۸»): its century
    /// comes from the calendar of the text («۰۲» with its zero is of the
    /// next century: ۱۴۰۲, 2002).
    ShortYear {
        /// The two digits' value.
        year: u8,
        /// Written with a leading zero («۰۲»).
        zero: bool,
    },
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
    /// A day counted from the document's date: «امروز» (0), «دیروز» (−1),
    /// «پس‌فردا» (+2), «روز گذشته» (−1), «صبح امروز».
    NowDays(i32),
    /// A week (Saturday to Friday) counted from the document's: «این هفته»
    /// (0), «هفته گذشته» (−1), «هفته آینده» (+1).
    NowWeek(i32),
    /// The end of a week (Thursday and Friday): «آخر هفته».
    NowWeekend(i32),
    /// A month counted from the document's, in a calendar if one is named:
    /// «ماه جاری», «ماه گذشته», «ماه میلادی جاری».
    NowMonth(i32, Option<CalendarKind>),
    /// A month (and day) of a year counted from the document's: «مهر ماه
    /// سال جاری», «فوریه امسال», «۱۵ خرداد سال گذشته».
    InYear {
        /// Day of month, when stated.
        day: Option<u8>,
        /// Month.
        month: u8,
        /// Calendar of the month name.
        calendar: CalendarKind,
        /// Years from the document's (0: this year).
        offset: i32,
    },
    /// A holiday without a year («نوروز», «عید فطر»), or of a year counted
    /// from the document's («نوروز امسال»: `offset` 0).
    Holiday {
        /// Which holiday.
        holiday: Holiday,
        /// Years from the document's, when said.
        offset: Option<i32>,
    },
    /// A part of a year counted from the document's, in its calendar:
    /// «بهار امسال», «نیمه نخست سال جاری», «سه‌ماهه سوم سال گذشته».
    PartOfNowYear {
        /// Which part.
        part: YearPart,
        /// Years from the document's (0: this year).
        offset: i32,
    },
    /// A weekday (0 Saturday … 6 Friday) with no date beside it: «شنبه
    /// گذشته» (−1), «سه‌شنبه آینده» (+1), «این جمعه» (0, this week), «روز
    /// دوشنبه» (`None`: the verb decides).
    Weekday {
        /// Day of the week, from Saturday.
        day: u8,
        /// Past (−1), this week (0), next (+1), or as the verb says.
        direction: Option<i8>,
    },
}

impl RawValue {
    /// Whether the value is counted from the document's own date.
    #[must_use]
    pub fn is_relative_to_now(&self) -> bool {
        matches!(
            self,
            Self::NowDays(_)
                | Self::NowWeek(_)
                | Self::NowWeekend(_)
                | Self::NowMonth(..)
                | Self::InYear { .. }
                | Self::DayRange {
                    offset: Some(_),
                    ..
                }
                | Self::PartOfNowYear { .. }
                | Self::Holiday {
                    offset: Some(_),
                    ..
                }
                | Self::Weekday { .. }
                | Self::DocYear(_)
                | Self::DocSpan(_)
        )
    }
}

/// A part of a year: a season, or a span of its months (a half, a quarter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearPart {
    /// A season: three months of a Hijri year, or from solstice or equinox
    /// to the next in a Gregorian one.
    Season(Season),
    /// Months `.0` to `.1` of the year, in its calendar.
    Months(u8, u8),
}

impl YearPart {
    /// This part of `year` in `calendar`.
    #[must_use]
    pub fn of(self, calendar: CalendarKind, year: i32) -> Option<When> {
        match self {
            Self::Season(season) => {
                let (start, stop) = if calendar == CalendarKind::Gregorian {
                    // Spring from 21 March, summer from 22 June, autumn from
                    // 23 September, winter from 22 December into the next year.
                    match season {
                        Season::Spring => (Day::new(year, 3, 21), Day::new(year, 6, 21)),
                        Season::Summer => (Day::new(year, 6, 22), Day::new(year, 9, 22)),
                        Season::Autumn => (Day::new(year, 9, 23), Day::new(year, 12, 21)),
                        Season::Winter => (Day::new(year, 12, 22), Day::new(year + 1, 3, 20)),
                    }
                } else {
                    let first = match season {
                        Season::Spring => 1,
                        Season::Summer => 4,
                        Season::Autumn => 7,
                        Season::Winter => 10,
                    };
                    let (a, _) = calendar::month_interval(calendar, year, first)?;
                    let (_, b) = calendar::month_interval(calendar, year, first + 2)?;
                    (a, b)
                };
                Some(When::season(start, stop, calendar, year, season))
            }
            Self::Months(first, last) => {
                let (a, _) = calendar::month_interval(calendar, year, first)?;
                let (_, b) = calendar::month_interval(calendar, year, last)?;
                Some(When::new(a, b, Precision::Month, calendar).into_range())
            }
        }
    }
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
        if !may_start(&toks[i])
            && !toks
                .get(i + 1)
                .is_some_and(|n| lexicon::starts_with_next(toks[i].text, n.text))
        {
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
        // «نیمه دوم سال ۲۰۲۳» and «آغازین ماه ۲۰۰۳» are exact parts of the
        // year, not modifiers of it.
        let exact_part = self.year_part_at(j).or_else(|| self.ordinal_month_at(j));
        let (modifier, j) = if exact_part.is_some() {
            (None, j)
        } else {
            self.modifier_at(j)
        };
        let core = match exact_part {
            Some(c) => c,
            None => self.day_range_at(j).or_else(|| self.core_at(j))?,
        };
        if matches!(&core.value, RawValue::DayRange { .. })
            || matches!(&core.value, RawValue::Explicit(w) if w.is_range)
        {
            // «از ۲۱ تا ۲۳ فوریه»: the «از» opens the range, not a bound.
            if bound == Some(Bound::From) {
                bound = None;
            }
        }
        // «خیابان ۱۶ آذر», «میدان هفت تیر»: a place named after a day.
        if matches!(
            core.value,
            RawValue::DayMonth { .. } | RawValue::Named(_) | RawValue::DayRange { .. }
        ) && j > 0
            && self
                .word(j - 1)
                .is_some_and(|w| lexicon::NAMED_PLACES.contains(&w))
        {
            return None;
        }
        let mut end = core.end;
        let mut value = core.value;
        // «امروز (یکشنبه)», «یکشنبه گذشته (۲۳ آبان)», «دوشنبه ۱۲ مهر ۱۴۰۰»:
        // a weekday or a relative day with the date beside it is one
        // mention, of that date.
        if matches!(value, RawValue::NowDays(_) | RawValue::Weekday { .. }) {
            let (beside, after) = self.date_beside(end);
            if let Some(v) = beside {
                value = v;
            }
            end = after;
        }
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
        // «۱۹۳۹و۱۹۴۵»: two years glued to «و» are a range.
        let glued = |k: usize| {
            k > 0
                && self
                    .toks
                    .get(k)
                    .is_some_and(|t| t.start == self.toks[k - 1].end)
        };
        let glued_and = connector == Some("و")
            && glued(end)
            && glued(end + 1)
            && self.num(end + 1).is_some_and(|(_, d)| d == 4);
        let is_connector = matches!(connector, Some("تا" | "-" | "الی" | "–"))
            || (between && connector == Some("و"))
            || glued_and;
        // Right-to-left texts often write a range later end first:
        // «(۱۹۹۸-۱۹۹۱)» is 1991–1998.
        let dash = matches!(connector, Some("-" | "–"));
        if is_connector
            && let Some((second, after)) = self.range_end(end + 1, &value)
            && let Some(v) = make_range(&value, &second)
                .or_else(|| dash.then(|| reversed_years(&value, &second)).flatten())
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
            w.text = text[range.clone()].into();
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
    /// Not when it names a company, a brand or a person («شرکت بهمن»,
    /// «بهمن موتور», «خانم آذر»).
    fn month_at(&self, i: usize) -> Option<(CalendarKind, u8, usize)> {
        let found = lexicon::months().get(self.word(i)?, self.word(i + 1))?;
        let before = i.checked_sub(1).and_then(|k| self.word(k));
        let after = self.word(i + found.2);
        if before.is_some_and(|w| lexicon::NAME_BEFORE_MONTH.contains(&w))
            || after.is_some_and(|w| lexicon::NAME_AFTER_MONTH.contains(&w))
        {
            return None;
        }
        Some(found)
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
        // «بهمن ۱۲۰۰ دستگاه»: a count after a month name is no year.
        if !prefixed && marker.is_none() && self.word(i + 1).is_some_and(|w| UNITS.contains(&w)) {
            return None;
        }
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
            // «حدود ۱۵۰۰», «بیش از ۲۰۰۰»: an amount.
            let quantity = |k: Option<usize>| {
                k.and_then(|k| self.word(k))
                    .is_some_and(|w| lexicon::QUANTITY_WORDS.contains(&w))
            };
            if quantity(i.checked_sub(1))
                || (matches!(
                    i.checked_sub(1).and_then(|k| self.word(k)),
                    Some("از" | "به")
                ) && quantity(i.checked_sub(2)))
            {
                return None;
            }
            // A number standing alone («… امضا کردند. 1500») is a count, a
            // page or an amount: a year has a word beside it, or a
            // parenthesis, a range's dash or a chronology's colon.
            let prev_ok = i
                .checked_sub(1)
                .map(|k| &self.toks[k])
                .is_some_and(|t| t.kind != Tk::Punct || matches!(t.text, "(" | "-" | "–"));
            let next_ok = self.toks.get(i + 1).is_some_and(|t| {
                t.kind != Tk::Punct || matches!(t.text, ")" | "-" | "–" | ":" | "،" | ",")
            });
            if !prev_ok && !next_ok {
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

    /// A year at `k`, «سال» allowed before it: (calendar, year, next index).
    fn year_after(&self, k: usize) -> Option<(CalendarKind, i32, usize)> {
        let prefixed = self.is_year_word(k);
        self.year_at(if prefixed { k + 1 } else { k }, prefixed, None)
    }

    /// Whether the number read at `i` ([`Self::number_at`]: `used` tokens,
    /// `digits` or words) is an ordinal word («سوم», «پانزدهمین»).
    fn is_ordinal(&self, i: usize, used: usize, digits: bool) -> bool {
        !digits && number_words(self.toks[i + used - 1].text).is_some_and(|v| v.1)
    }

    fn is_year_word(&self, i: usize) -> bool {
        matches!(self.word(i), Some("سال" | "سالهای" | "سالها" | "سالی"))
    }

    fn core_at(&self, i: usize) -> Option<Core> {
        self.holiday_at(i)
            .or_else(|| self.numeric_date_at(i))
            .or_else(|| self.part_of_year_at(i))
            .or_else(|| self.decade_at(i))
            .or_else(|| self.century_at(i))
            .or_else(|| self.day_month_at(i))
            .or_else(|| self.month_year_at(i))
            .or_else(|| self.relative_at(i))
            .or_else(|| self.year_only_at(i))
    }

    /// A holiday: «نوروز ۱۴۰۰», «عید فطر امسال», «عاشورای سال ۲۰۲۳»,
    /// «شب یلدا».
    fn holiday_at(&self, i: usize) -> Option<Core> {
        let (holiday, used) = holidays::holiday_at(|k| self.word(i + k))?;
        let mut k = i + used;
        if let Some((offset, end)) = self.year_of_now_at(k) {
            return Some(Core {
                value: RawValue::Holiday {
                    holiday,
                    offset: Some(offset),
                },
                end,
            });
        }
        let prefixed = self.is_year_word(k);
        if prefixed {
            k += 1;
        }
        if let Some((mut calendar, year, end)) = self.year_at(k, prefixed, None) {
            // «عاشورای ۱۴۴۵»: a lunar holiday with a year of this century
            // of its calendar (Solar years have not reached 1415).
            if holiday.calendar() == CalendarKind::LunarHijri
                && self.marker_at(k + 1).is_none()
                && (1415..1500).contains(&year)
            {
                calendar = CalendarKind::LunarHijri;
            }
            if let Some(w) = holiday.in_year(calendar, year) {
                return Some(Core {
                    value: RawValue::Explicit(w),
                    end,
                });
            }
        }
        Some(Core {
            value: RawValue::Holiday {
                holiday,
                offset: None,
            },
            end: i + used,
        })
    }

    /// A range of days of one month: «۲۱ تا ۲۳ فوریه ۲۰۰۲», «۲۱-۲۳ فوریه».
    fn day_range_at(&self, i: usize) -> Option<Core> {
        let (first, 1, true) = self.number_at(i)? else {
            return None;
        };
        if !(1..=31).contains(&first)
            || !matches!(
                self.toks.get(i + 1).map(|t| t.text),
                Some("تا" | "-" | "–" | "الی")
            )
        {
            return None;
        }
        let second = self.day_month_at(i + 2)?;
        let first = u8::try_from(first).ok()?;
        let value = match second.value {
            RawValue::Explicit(b) if b.precision == Precision::Day => {
                let (year, month, last) = calendar::from_gregorian(b.calendar, b.first_day)?;
                if first >= last {
                    return None;
                }
                let start = calendar::to_gregorian(b.calendar, year, month, first)?;
                let a = When::new(start, start, Precision::Day, b.calendar);
                RawValue::Explicit(When::range(&a, &b))
            }
            RawValue::DayMonth {
                day,
                month,
                calendar,
            } if first < day => RawValue::DayRange {
                first,
                last: day,
                month,
                calendar,
                offset: None,
            },
            // «۲۱ تا ۲۳ مهر امسال»
            RawValue::InYear {
                day: Some(day),
                month,
                calendar,
                offset,
            } if first < day => RawValue::DayRange {
                first,
                last: day,
                month,
                calendar,
                offset: Some(offset),
            },
            _ => return None,
        };
        Some(Core {
            value,
            end: second.end,
        })
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
    ) || lexicon::is_afghan_month(w)
}

fn explicit(start: Day, end: Day, precision: Precision, calendar: CalendarKind) -> RawValue {
    RawValue::Explicit(When::new(start, end, precision, calendar))
}

/// Two years of one calendar written later first, as one range.
fn reversed_years(first: &RawValue, second: &RawValue) -> Option<When> {
    let (RawValue::Explicit(a), RawValue::Explicit(b)) = (first, second) else {
        return None;
    };
    (a.precision == Precision::Year
        && b.precision == Precision::Year
        && a.calendar == b.calendar
        && !a.is_range
        && !b.is_range
        && b.last_day < a.first_day)
        .then(|| When::range(b, a))
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
