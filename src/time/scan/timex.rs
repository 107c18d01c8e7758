//! Temporal expressions that are not dates, typed as TIMEX3 types them:
//! durations («سه سال» `P3Y`, «۳۴ روز» `P34D`, «یک ماه و نیم» `P1.5M`, «دو
//! سه روز» approximate), sets («هر سال», «سالانه», «هر دو هفته») and times of
//! day («ساعت ۱۸:۳۰», «بامداد»).

use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

use super::tokens::tokenize;
use super::{NamedDates, Scanner};

/// A TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// An amount of time.
    Duration,
    /// Something that recurs.
    Set,
}

impl TimexType {
    /// The TIMEX3 name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }
}

/// The unit of a duration or a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// قرن، سده
    Century,
    /// دهه
    Decade,
    /// سال
    Year,
    /// ماه
    Month,
    /// هفته
    Week,
    /// روز
    Day,
    /// ساعت
    Hour,
    /// دقیقه
    Minute,
}

impl TimeUnit {
    /// The unit's letter(s) in an ISO 8601 / TIMEX3 duration.
    fn code(self) -> &'static str {
        match self {
            Self::Century => "CE",
            Self::Decade => "DE",
            Self::Year => "Y",
            Self::Month | Self::Minute => "M",
            Self::Week => "W",
            Self::Day => "D",
            Self::Hour => "H",
        }
    }

    fn is_clock(self) -> bool {
        matches!(self, Self::Hour | Self::Minute)
    }

    /// About how many days the unit lasts (a month of 30 days, a year of
    /// 365), for closing a range with a duration.
    #[must_use]
    pub fn days(self) -> Option<f64> {
        Some(match self {
            Self::Century => 36_525.0,
            Self::Decade => 3_652.5,
            Self::Year => 365.0,
            Self::Month => 30.0,
            Self::Week => 7.0,
            Self::Day => 1.0,
            Self::Hour | Self::Minute => return None,
        })
    }
}

/// A unit word («سال», «ماهه»: the adjective of «برنامه پنج‌ماهه»).
fn unit_of(w: &str) -> Option<TimeUnit> {
    Some(match w {
        "قرن" | "سده" => TimeUnit::Century,
        "دهه" => TimeUnit::Decade,
        "سال" | "ساله" => TimeUnit::Year,
        "ماه" | "ماهه" => TimeUnit::Month,
        "هفته" => TimeUnit::Week,
        "روز" | "روزه" => TimeUnit::Day,
        "ساعت" => TimeUnit::Hour,
        "دقیقه" => TimeUnit::Minute,
        _ => return None,
    })
}

/// A temporal expression other than a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Byte range in the scanned text.
    pub range: Range<usize>,
    /// TIME, DURATION or SET.
    pub kind: TimexType,
    /// The ISO 8601 / TIMEX3 value: `P3Y`, `P1.5M`, `PXD`, `T18:30`, `TMO`.
    pub value: String,
    /// Approximate («دو سه روز», «چند روز»): TIMEX3 `mod="APPROX"`.
    pub approx: bool,
    /// A duration's amount and unit (`None` for a vague amount).
    pub amount: Option<(f64, TimeUnit)>,
}

/// The ISO 8601 duration of `n` `unit`s (`None`: an unstated number).
fn duration_value(n: Option<f64>, unit: TimeUnit) -> String {
    let mut out = String::from(if unit.is_clock() { "PT" } else { "P" });
    match n {
        Some(n) if n.fract() == 0.0 => {
            let _ = write!(out, "{n:.0}");
        }
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push('X'),
    }
    out.push_str(unit.code());
    out
}

/// Parts of the day and their TIMEX3 values.
fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "بامداد" | "صبح" | "صبحگاه" => "TMO",
        "ظهر" => "T12:00",
        "بعدازظهر" | "عصر" => "TAF",
        "غروب" | "شامگاه" => "TEV",
        "شب" => "TNI",
        _ => return None,
    })
}

/// Finds the durations, sets and times of `text` (normalised). Those that
/// overlap `dates` (byte ranges of the date mentions) are left out.
#[must_use]
pub fn scan_timex(text: &str, dates: &[Range<usize>]) -> Vec<Timex> {
    let toks = tokenize(text);
    let named = NamedDates::default();
    let s = Scanner {
        toks: &toks,
        named: &named,
    };
    let overlaps = |r: &Range<usize>| dates.iter().any(|d| d.start < r.end && r.start < d.end);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match s.timex_at(i) {
            Some((mut t, next)) => {
                t.range = toks[i].start..toks[next - 1].end;
                if !overlaps(&t.range) {
                    out.push(t);
                }
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

impl Scanner<'_, '_> {
    fn timex_at(&self, i: usize) -> Option<(Timex, usize)> {
        let t = |kind, value: String, next: usize| {
            Some((
                Timex {
                    range: 0..0,
                    kind,
                    value,
                    approx: false,
                    amount: None,
                },
                next,
            ))
        };
        let w = self.word(i);
        // SET: «سالانه», «هر سال», «هر دو هفته», «همه ساله».
        let every = match w {
            Some("سالانه" | "سالیانه" | "هرساله") => {
                Some((1.0, TimeUnit::Year, i + 1))
            }
            Some("ماهانه" | "ماهیانه") => Some((1.0, TimeUnit::Month, i + 1)),
            Some("هفتگی") => Some((1.0, TimeUnit::Week, i + 1)),
            Some("روزانه") => Some((1.0, TimeUnit::Day, i + 1)),
            Some("همه") if self.is(i + 1, "ساله") => Some((1.0, TimeUnit::Year, i + 2)),
            Some("هر") => {
                let (n, used) = match self.number_at(i + 1) {
                    Some((n, used, _)) if n <= 1000 => (f64::from(n), used),
                    _ => (1.0, 0),
                };
                self.word(i + 1 + used)
                    .and_then(unit_of)
                    .map(|u| (n, u, i + 2 + used))
            }
            _ => None,
        };
        if let Some((n, unit, next)) = every {
            return t(TimexType::Set, duration_value(Some(n), unit), next);
        }
        // TIME: «ساعت ۱۸:۳۰», «ساعت ۸ شب», «ساعت ۱۰ بامداد».
        if w == Some("ساعت")
            && let Some((h, _)) = self.num(i + 1)
            && h <= 24
        {
            let glued = |k: usize| {
                self.toks
                    .get(k)
                    .is_some_and(|x| x.start == self.toks[k - 1].end)
            };
            let (mut minute, mut next) = (0, i + 2);
            if self.is(i + 2, ":")
                && glued(i + 2)
                && glued(i + 3)
                && let Some((m, 2)) = self.num(i + 3)
                && m < 60
            {
                minute = m;
                next = i + 4;
            }
            let mut hour = h;
            match self.word(next).and_then(part_of_day) {
                Some("TAF" | "TEV" | "TNI") if hour < 12 => {
                    hour += 12;
                    next += 1;
                }
                Some(_) => next += 1,
                None => {}
            }
            return t(TimexType::Time, format!("T{hour:02}:{minute:02}"), next);
        }
        if w == Some("نیمه") && self.is(i + 1, "شب") {
            return t(TimexType::Time, "T24:00".to_owned(), i + 2);
        }
        if let Some(v) = w.and_then(part_of_day) {
            return t(TimexType::Time, v.to_owned(), i + 1);
        }
        // DURATION: «سه سال», «۳۴ روز», «یک ماه و نیم», «دو سه روز», «چند
        // هفته», «نیم قرن», «یک سال و شش ماه».
        let (n, used, approx) = match w {
            Some("چند" | "چندین") => (None, 1, true),
            Some("نیم") => (Some(0.5), 1, false),
            _ => {
                let (a, used, digits) = self.number_at(i)?;
                // «اولین سال», «سومین روز» count no time.
                if a > 10_000 || self.is_ordinal(i, used, digits) {
                    return None;
                }
                // «دو سه روز», «۲-۳ روز»: about that many.
                match self.number_at(i + used) {
                    Some((b, u2, _)) if b == a + 1 => (Some(f64::from(a)), used + u2, true),
                    _ => (Some(f64::from(a)), used, false),
                }
            }
        };
        let unit = self.word(i + used).and_then(unit_of)?;
        let mut next = i + used + 1;
        let mut n = n;
        let mut value;
        // «یک ماه و نیم»
        if self.is(next, "و") && self.is(next + 1, "نیم") {
            n = n.map(|n| n + 0.5);
            next += 2;
            value = duration_value(n, unit);
        } else {
            value = duration_value(n, unit);
            // «یک سال و شش ماه»: the parts, largest first.
            if self.is(next, "و")
                && let Some((m, u2, _)) = self.number_at(next + 1)
                && let Some(unit2) = self.word(next + 1 + u2).and_then(unit_of)
                && unit2 != unit
                && !unit.is_clock()
                && !unit2.is_clock()
            {
                let _ = write!(value, "{m}{}", unit2.code());
                next += 2 + u2;
            }
        }
        Some((
            Timex {
                range: 0..0,
                kind: TimexType::Duration,
                value,
                approx,
                amount: n.map(|n| (n, unit)),
            },
            next,
        ))
    }
}
