//! Axis ticks that adapt from centuries down to days, in the Gregorian and the
//! Solar Hijri calendar, with Persian or Latin digits.

use super::TimeView;
use crate::calendar;
use crate::model::{CalendarKind, Day};

/// Persian names of the Gregorian months.
pub const GREGORIAN_MONTHS: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];

/// Names of the Solar Hijri months.
pub const SOLAR_HIJRI_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// Names of the lunar Hijri months.
pub const LUNAR_HIJRI_MONTHS: [&str; 12] = [
    "محرم",
    "صفر",
    "ربیع‌الاول",
    "ربیع‌الثانی",
    "جمادی‌الاول",
    "جمادی‌الثانی",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذی‌القعده",
    "ذی‌الحجه",
];

/// Which digits labels use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Digits {
    /// ۰۱۲۳…
    Persian,
    /// 0123…
    Latin,
}

impl Digits {
    /// Writes a number with these digits.
    #[must_use]
    pub fn num(self, n: i64) -> String {
        let s = n.to_string();
        match self {
            Self::Latin => s,
            Self::Persian => crate::text::persian_digits(&s),
        }
    }
}

/// The unit between two ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Every `n` years.
    Years(i32),
    /// Every `n` months.
    Months(u8),
    /// Every `n` days.
    Days(u8),
}

/// A tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Screen x.
    pub x: f64,
    /// Label (empty for minor ticks).
    pub label: String,
    /// A major tick (a year at month steps, a decade at year steps…).
    pub major: bool,
}

const STEPS: [(Step, f64); 16] = [
    (Step::Days(1), 1.0),
    (Step::Days(2), 2.0),
    (Step::Days(5), 5.0),
    (Step::Days(10), 10.0),
    (Step::Months(1), 30.44),
    (Step::Months(3), 91.3),
    (Step::Months(6), 182.6),
    (Step::Years(1), 365.25),
    (Step::Years(2), 730.5),
    (Step::Years(5), 1826.0),
    (Step::Years(10), 3652.5),
    (Step::Years(20), 7305.0),
    (Step::Years(50), 18262.0),
    (Step::Years(100), 36525.0),
    (Step::Years(200), 73050.0),
    (Step::Years(500), 182_625.0),
];

/// The finest step whose ticks are at least `min_px` apart.
#[must_use]
pub fn choose_step(view: &TimeView, width: f64, min_px: f64) -> Step {
    let px_per_day = width / view.span_days.max(1e-9);
    STEPS
        .iter()
        .find(|(_, days)| days * px_per_day >= min_px)
        .map_or(Step::Years(1000), |(s, _)| *s)
}

/// Ticks of `calendar` for the view, labelled with `digits`.
#[must_use]
pub fn ticks(
    view: &TimeView,
    width: f64,
    min_px: f64,
    cal: CalendarKind,
    digits: Digits,
) -> Vec<Tick> {
    let step = choose_step(view, width, min_px);
    let first = Day::from_epoch_days(view.min_day.floor() as i64);
    let last = Day::from_epoch_days(view.max().ceil() as i64);
    let (y0, y1) = match (calendar::year_in(cal, first), calendar::year_in(cal, last)) {
        (Some(a), Some(b)) => (a - 1, b + 1),
        _ => return Vec::new(),
    };
    let months: &[&str; 12] = if cal == CalendarKind::SolarHijri {
        &SOLAR_HIJRI_MONTHS
    } else {
        &GREGORIAN_MONTHS
    };
    let mut out = Vec::new();
    let mut push = |day: Day, label: String, major: bool| {
        let x = view.x_of(day.to_epoch_days() as f64, width);
        if (-1.0..=width + 1.0).contains(&x) {
            out.push(Tick { x, label, major });
        }
    };
    match step {
        Step::Years(n) => {
            let start = y0 - y0.rem_euclid(n);
            let mut y = start;
            while y <= y1 {
                if let Some(d) = calendar::to_gregorian(cal, y, 1, 1) {
                    push(d, digits.num(i64::from(y)), y.rem_euclid(n * 5) == 0);
                }
                y += n;
            }
        }
        Step::Months(n) => {
            for y in y0..=y1 {
                for m in (1..=12u8).step_by(usize::from(n)) {
                    if let Some(d) = calendar::to_gregorian(cal, y, m, 1) {
                        let major = m == 1;
                        let label = if major {
                            format!(
                                "{} {}",
                                months[usize::from(m - 1)],
                                digits.num(i64::from(y))
                            )
                        } else {
                            months[usize::from(m - 1)].to_owned()
                        };
                        push(d, label, major);
                    }
                }
            }
        }
        Step::Days(n) => {
            // Only the years and months in view.
            for y in y0..=y1 {
                for m in 1..=12u8 {
                    let Some(len) = calendar::days_in_month(cal, y, m) else {
                        continue;
                    };
                    let Some(first_of_month) = calendar::to_gregorian(cal, y, m, 1) else {
                        continue;
                    };
                    let start = first_of_month.to_epoch_days() as f64;
                    if start > view.max() || start + 31.0 < view.min_day {
                        continue;
                    }
                    for d in (1..=len).step_by(usize::from(n)) {
                        if n > 1 && d + n > len + 1 && d != 1 {
                            continue;
                        }
                        if let Some(day) = calendar::to_gregorian(cal, y, m, d) {
                            let major = d == 1;
                            let label = if major {
                                format!(
                                    "{} {}",
                                    digits.num(i64::from(d)),
                                    months[usize::from(m - 1)]
                                )
                            } else {
                                digits.num(i64::from(d))
                            };
                            push(day, label, major);
                        }
                    }
                }
            }
        }
    }
    out
}
