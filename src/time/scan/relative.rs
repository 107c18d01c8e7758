//! Dates relative to another: «همان سال/ماه/روز», «فردای آن روز», «سه سال
//! بعد», «دو ماه پس از آن», «سال گذشته», «امسال».

use super::{Core, RawValue, Scanner, Unit};

impl Scanner<'_, '_> {
    /// The end of «همان/همین» and `unit` («سال»، «ماه»، «روز») at token `k`.
    pub(super) fn same_at(&self, k: usize, unit: &str) -> Option<usize> {
        (matches!(self.word(k), Some("همان" | "همین")) && self.is(k + 1, unit)).then_some(k + 2)
    }

    pub(super) fn relative_at(&self, i: usize) -> Option<Core> {
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
}
