//! The visible time range ([`TimeView`]) with pure pan and zoom, and the one
//! rule for fitting a set of events ([`fit_view`]).

use super::Extent;

/// Shortest visible span: one day.
pub const MIN_SPAN_DAYS: f64 = 1.0;

/// Longest visible span: a thousand years.
pub const MAX_SPAN_DAYS: f64 = 365_250.0;

/// The visible time range, in days since 1970-01-01 (f64: a century down to
/// an hour is exact enough).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TimeView {
    /// First visible day, in days since 1970-01-01.
    #[serde(alias = "min")]
    pub min_day: f64,
    /// Visible span, in days.
    #[serde(alias = "span")]
    pub span_days: f64,
}

impl TimeView {
    /// A view showing `start..end` with a margin of 4% on each side.
    #[must_use]
    pub fn fit(start: f64, end: f64) -> Self {
        let span = (end - start).max(MIN_SPAN_DAYS * 30.0);
        let pad = span * 0.04;
        Self {
            min_day: start - pad,
            span_days: (span + 2.0 * pad).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS),
        }
    }

    /// Last visible day.
    #[must_use]
    pub fn max(&self) -> f64 {
        self.min_day + self.span_days
    }

    /// Screen x (0..width) of a day.
    #[must_use]
    pub fn x_of(&self, day: f64, width: f64) -> f64 {
        (day - self.min_day) / self.span_days * width
    }

    /// Day at screen x.
    #[must_use]
    pub fn day_at(&self, x: f64, width: f64) -> f64 {
        self.min_day + x / width.max(1.0) * self.span_days
    }

    /// Moves the view by `dx` pixels (positive: content moves right, so earlier time shows).
    pub fn pan(&mut self, dx: f64, width: f64) {
        self.min_day -= dx / width.max(1.0) * self.span_days;
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under `x` in place.
    pub fn zoom_at(&mut self, x: f64, width: f64, factor: f64) {
        let anchor = self.day_at(x, width);
        let span = (self.span_days / factor.max(1e-6)).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        self.min_day = anchor - x / width.max(1.0) * span;
        self.span_days = span;
    }

    /// Interpolates towards `to` (for smooth animation); `t` in 0..=1.
    #[must_use]
    pub fn lerp(&self, to: &Self, t: f64) -> Self {
        // Interpolate the span geometrically so zooms feel even.
        let span = self.span_days * (to.span_days / self.span_days).powf(t);
        let mid_a = self.min_day + self.span_days / 2.0;
        let mid_b = to.min_day + to.span_days / 2.0;
        let mid = mid_a + (mid_b - mid_a) * t;
        Self {
            min_day: mid - span / 2.0,
            span_days: span,
        }
    }
}

/// Dates at least this many days long (a century) are left out of a fit
/// when there is anything shorter: they would squash everything else.
pub const FIT_SKIPS_SPANS_OF_DAYS: f64 = 36_000.0;

/// The one rule for fitting a set of events, used by the app (Home, load),
/// the overview strip and the exports: the view showing every extent with a
/// margin ([`TimeView::fit`]), century-wide dates left out when anything
/// shorter is there. `None` when there are no extents.
#[must_use]
pub fn fit_view<'a, I>(extents: I) -> Option<TimeView>
where
    I: IntoIterator<Item = &'a Extent>,
    I::IntoIter: Clone,
{
    let it = extents.into_iter();
    let bounds = |narrow: bool| {
        it.clone()
            .filter(|e| !narrow || e.end - e.start < FIT_SKIPS_SPANS_OF_DAYS)
            .fold(None, |acc: Option<(f64, f64)>, e| {
                Some(acc.map_or((e.start, e.end), |(lo, hi)| {
                    (lo.min(e.start), hi.max(e.end))
                }))
            })
    };
    let (lo, hi) = bounds(true).or_else(|| bounds(false))?;
    Some(TimeView::fit(lo, hi))
}
