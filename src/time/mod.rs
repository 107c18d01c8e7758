//! Temporal expressions: finds date phrases in the normalised text (Gregorian,
//! Solar Hijri and lunar Hijri; days to centuries; ranges and bounds; relative
//! dates), normalises them to Gregorian intervals, resolves relative and
//! partial dates from the surrounding text, and gives every mention a [`Role`].
//!
//! Main entry point: [`tag_document`]. The scanner is in [`scan`], word lists
//! in [`lexicon`], calendar conversion in [`calendar`].

pub mod doc_date;
pub mod holidays;
pub mod lexicon;
pub mod scan;

use std::ops::Range;

use serde::Serialize;

pub use doc_date::{DocDate, document_date};
pub use scan::{Bound, NamedDates, RawMention, RawValue, Unit, YearPart};

use crate::calendar;
use crate::corpus::normalize::{last_occurrence, occurrences};
use crate::corpus::{BlockKind, Document};
use crate::model::{CalendarKind, DateSource, Day, Precision, When};

/// What a date mention is doing in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Something that happened at that date.
    Event,
    /// Something expected, planned or predicted.
    Forecast,
    /// An in-text citation `(کولایی، ۱۳۸۴: ۱۳۶)`.
    Citation,
    /// An entry of a reference list.
    Bibliography,
    /// A newspaper or journal cited with its date, in a footnote or inline.
    FootnoteSource,
    /// A date in a heading.
    Heading,
    /// The document's dateline («تهران - ایرنا - ۲۲ بهمن ۱۳۹۹»): its own
    /// date, not an event.
    Dateline,
    /// Anything else (boilerplate, negated statements, unresolved dates).
    Other,
}

impl Role {
    /// Lower-case name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Forecast => "forecast",
            Self::Citation => "citation",
            Self::Bibliography => "bibliography",
            Self::FootnoteSource => "footnote_source",
            Self::Heading => "heading",
            Self::Dateline => "dateline",
            Self::Other => "other",
        }
    }

    /// Whether mentions with this role become timeline events.
    #[must_use]
    pub fn is_timeline(self) -> bool {
        matches!(self, Self::Event | Self::Forecast)
    }
}

/// A date mention in a document, resolved and classified.
#[derive(Debug, Clone)]
pub struct DateMention {
    /// Paragraph index.
    pub paragraph: usize,
    /// Sentence index within the paragraph.
    pub sentence: usize,
    /// Byte range in the paragraph's normalised text.
    pub range: Range<usize>,
    /// The resolved value (`None` when context could not complete it).
    pub when: Option<When>,
    /// From / until.
    pub bound: Option<Bound>,
    /// What the mention is doing.
    pub role: Role,
}

/// How far back (in paragraphs) a relative date may look for its anchor.
const CONTEXT_REACH: usize = 3;

/// Tags every date mention of a document.
#[must_use]
pub fn tag_document(doc: &Document, named: &NamedDates) -> Vec<DateMention> {
    debug_assert!(
        doc.has_working_text(),
        "{}: tagged after its working text was released",
        doc.path
    );
    // Pass 1: scan.
    let mut raw: Vec<(usize, usize, RawMention)> = Vec::new();
    for p in &doc.paragraphs {
        // Only the sentences that may hold a date are scanned.
        for (si, s) in p.sentences.iter().enumerate() {
            let sentence = &p.text[s.clone()];
            if !lexicon::may_hold_date(sentence) {
                continue;
            }
            for mut m in scan::scan(sentence, named) {
                m.range = m.range.start + s.start..m.range.end + s.start;
                raw.push((p.index, si, m));
            }
        }
    }
    let (now, dateline) = doc_date::date_and_dateline(doc, named);
    // The calendar the writer dates the piece in: their own habit, which
    // «سال ۸۸» abbreviates, whatever calendar the history they tell is in.
    let dateline_calendar = now
        .as_ref()
        .filter(|d| d.source == DateSource::Dateline)
        .map(|d| d.calendar);
    // The document's own time and calendar habit, from its explicit body dates.
    let mut doc_year: Option<i32> = None;
    let (mut solar, mut gregorian) = (0, 0);
    // Month names without a year («فوریه امسال») tell the calendar too.
    let (mut named_solar, mut named_gregorian) = (0, 0);
    for (pi, si, m) in &raw {
        let p = &doc.paragraphs[*pi];
        if p.kind != BlockKind::Body {
            continue;
        }
        let sentence = &p.text[p.sentences[*si].clone()];
        let local = local_range(&m.range, &p.sentences[*si]);
        if let RawValue::DayMonth { calendar, .. }
        | RawValue::MonthOnly { calendar, .. }
        | RawValue::InYear { calendar, .. } = &m.value
        {
            match calendar {
                CalendarKind::SolarHijri => named_solar += 1,
                CalendarKind::Gregorian => named_gregorian += 1,
                CalendarKind::LunarHijri => {}
            }
        }
        if let RawValue::Explicit(w) = &m.value {
            if is_citation(sentence, &local) {
                continue;
            }
            match w.calendar {
                CalendarKind::SolarHijri => solar += 1,
                CalendarKind::Gregorian => gregorian += 1,
                CalendarKind::LunarHijri => {}
            }
            if m.bound != Some(Bound::Until) && !has_forecast_cue(sentence) {
                doc_year = Some(doc_year.map_or(w.last_day.year, |y| y.max(w.last_day.year)));
            }
        }
    }
    let context_calendar = if solar > gregorian {
        CalendarKind::SolarHijri
    } else {
        CalendarKind::Gregorian
    };
    // «امسال», «ماه جاری» count in the text's calendar: that of its dates,
    // else of its month names, else of its dateline, else (Persian news)
    // the Solar year.
    let now = now.map(|d| Now {
        day: d.day,
        calendar: if solar != gregorian {
            context_calendar
        } else if named_solar != named_gregorian {
            if named_solar > named_gregorian {
                CalendarKind::SolarHijri
            } else {
                CalendarKind::Gregorian
            }
        } else if d.source == DateSource::Dateline {
            d.calendar
        } else {
            CalendarKind::SolarHijri
        },
    });
    // Pass 2: resolve and classify in reading order.
    let mut last: Option<(When, usize)> = None;
    let mut out = Vec::with_capacity(raw.len());
    for (pi, si, m) in raw {
        let p = &doc.paragraphs[pi];
        let sentence_range = p.sentences[si].clone();
        let sentence = &p.text[sentence_range.clone()];
        let local = local_range(&m.range, &sentence_range);
        let text = &p.text[m.range.clone()];
        let anchor = last
            .as_ref()
            .filter(|(_, at)| pi.saturating_sub(*at) <= CONTEXT_REACH)
            .map(|(w, _)| w);
        // Only a weekday or a day without a year asks which way the verb points.
        let future = now.is_some()
            && matches!(
                m.value,
                RawValue::Weekday { .. }
                    | RawValue::DayMonth { .. }
                    | RawValue::MonthOnly { .. }
                    | RawValue::DayRange { .. }
                    | RawValue::Holiday { .. }
            )
            && has_forecast_cue(own_clause(sentence, &local));
        let context = Context {
            anchor,
            doc_year,
            calendar: context_calendar,
            calendar_known: solar != gregorian,
            dateline_calendar,
            now: now.as_ref(),
            future,
        };
        let mut when = resolve_in(&m, text, &context);
        if let Some(w) = &mut when {
            // Keep the wording as written in the file, not the normalised copy.
            w.text = doc.shared_original_of(p, &m.range);
        }
        let is_dateline = dateline
            .as_ref()
            .is_some_and(|d| d.paragraph == pi && d.range == m.range);
        let role = match &when {
            _ if is_dateline => Role::Dateline,
            None => Role::Other,
            Some(w) => role_at(
                p.kind,
                sentence,
                &local,
                w,
                m.bound,
                now.as_ref().map_or_else(
                    || match m.value {
                        // «سال ۸۸» is as good as written out: no later than
                        // the text's own time. So is a date counted from the
                        // last one («چهار سال بعد»): the story's own time,
                        // which its verb, not the text's last year, says
                        // is to come.
                        RawValue::ShortYear { .. }
                        | RawValue::ShortDecade(_)
                        | RawValue::YearsAfter(_)
                        | RawValue::After { .. }
                        | RawValue::SameYear
                        | RawValue::SameMonth => {
                            Present::Year(doc_year.map(|y| y.max(w.last_day.year)))
                        }
                        _ => Present::Year(doc_year),
                    },
                    |n| Present::Day(n.day),
                ),
            ),
        };
        if let Some(w) = &when
            && role.is_timeline()
        {
            if w.is_range {
                // After «سالهای ۲۰۰۷ تا ۲۰۱۰», «همان سال» could be any of them:
                // left unresolved rather than guessed.
                last = None;
            } else if w.precision <= Precision::Year {
                last = Some((w.clone(), pi));
            }
        }
        out.push(DateMention {
            paragraph: pi,
            sentence: si,
            range: m.range,
            when,
            bound: m.bound,
            role,
        });
    }
    close_with_durations(doc, &mut out);
    mark_framing_centuries(doc, &mut out);
    out
}

/// Verbs that say how long what began at a date lasted: «… در ۱۲ ژوئیه
/// ۲۰۰۶ آغاز شد و ۳۴ روز ادامه یافت».
const LASTED: [&str; 8] = [
    "ادامه یافت",
    "ادامه داشت",
    "ادامه پیدا کرد",
    "ادامه یافته",
    "طول کشید",
    "طول کشیده",
    "به طول انجامید",
    "به درازا کشید",
];

/// A duration right after a dated start closes the event's range: the date
/// becomes the range from it to its end, counted in its calendar.
fn close_with_durations(doc: &Document, mentions: &mut [DateMention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let Some(w) = m
            .when
            .as_ref()
            .filter(|w| !w.is_range && m.role.is_timeline())
        else {
            continue;
        };
        let p = &doc.paragraphs[m.paragraph];
        let sentence_range = p.sentences[m.sentence].clone();
        let sentence = &p.text[sentence_range.clone()];
        if !sentence.contains("ادامه") && !sentence.contains("طول") && !sentence.contains("درازا")
        {
            continue;
        }
        let from = m.range.end - sentence_range.start;
        // Up to the next date of the sentence.
        let to = mentions
            .get(k + 1)
            .filter(|o| o.paragraph == m.paragraph && o.sentence == m.sentence)
            .map_or(sentence.len(), |o| o.range.start - sentence_range.start);
        let Some(rest) = sentence.get(from..to.max(from)) else {
            continue;
        };
        let found = scan::timex::scan_timex(rest, &[])
            .into_iter()
            .find_map(|t| {
                let after = rest[t.range.end..].trim_start();
                (t.kind == scan::timex::TimexType::Duration
                    && !t.approx
                    && LASTED.iter().any(|v| after.starts_with(v)))
                .then_some(t.amount)
                .flatten()
            });
        let Some((n, unit)) = found else {
            continue;
        };
        if let Some(closed) = lasting(w, n, unit) {
            mentions[k].when = Some(closed);
        }
    }
}

/// `w` made the range from its start to `n` `unit`s later (the last day of
/// the last unit), or `None` when the units do not fit its precision.
fn lasting(w: &When, n: f64, unit: scan::timex::TimeUnit) -> Option<When> {
    use scan::timex::TimeUnit as U;
    if n <= 0.0 || n > 10_000.0 {
        return None;
    }
    let whole = (n.fract() == 0.0).then_some(n as i32);
    let cal = w.calendar;
    let (end_first, end_last, precision) = match (w.precision, unit, whole) {
        (Precision::Day, U::Day | U::Week, _) | (Precision::Day, _, None) => {
            let days = (n * unit.days()?).round() as i64;
            let d = calendar::add_days(w.first_day, days - 1)?;
            (d, d, Precision::Day)
        }
        (Precision::Day, U::Month | U::Year, Some(n)) => {
            let months = if unit == U::Year { n * 12 } else { n };
            let (y, m, d) = calendar::from_gregorian(cal, w.first_day)?;
            let (y, m) = calendar::add_months(y, m, months);
            let last = calendar::days_in_month(cal, y, m)?.min(d);
            let d = calendar::add_days(calendar::to_gregorian(cal, y, m, last)?, -1)?;
            (d, d, Precision::Day)
        }
        (Precision::Month, U::Month | U::Year, Some(n)) => {
            let months = if unit == U::Year { n * 12 } else { n };
            let (y, m, _) = calendar::from_gregorian(cal, w.first_day)?;
            let (y, m) = calendar::add_months(y, m, months - 1);
            let (s, e) = calendar::month_interval(cal, y, m)?;
            (s, e, Precision::Month)
        }
        (Precision::Year, U::Year, Some(n)) => {
            let y = calendar::year_in(cal, w.first_day)? + n - 1;
            let (s, e) = calendar::years_interval(cal, y, y)?;
            (s, e, Precision::Year)
        }
        _ => return None,
    };
    if end_last <= w.last_day {
        return None;
    }
    let end = When::new(end_first, end_last, precision, cal);
    Some(When {
        text: w.text.clone(),
        inferred: w.inferred,
        ..When::range(w, &end)
    })
}

/// A century that only frames what the sentence tells («از اوایل قرن
/// بیستم …», «… در قرن نوزدهم، در سال ۱۸۲۸ …») is context, not an event:
/// one with a bound, or beside a finer date of the same clause. A clause
/// ended by its own verb before the finer date («در اواخر قرن نوزدهم
/// روسیه خیوه را تحت‌الحمایه کرد و در ۱۸۷۳ …») is an event of its own.
fn mark_framing_centuries(doc: &Document, mentions: &mut [DateMention]) {
    let is_century = |m: &DateMention| {
        m.role.is_timeline()
            && m.when
                .as_ref()
                .is_some_and(|w| w.precision == Precision::Century && !w.is_range)
    };
    // Whether a clause ends with its verb in `between` (the text from the
    // end of one date to the start of the other).
    let verb_between = |between: &str| {
        occurrences(between, " و ")
            .chain(between.match_indices(['،', '؛', ',']).map(|(i, _)| i))
            .any(|i| crate::extract::title::ends_with_verb(&between[..i]))
    };
    for k in 0..mentions.len() {
        if !is_century(&mentions[k]) {
            continue;
        }
        let (pk, sk) = (mentions[k].paragraph, mentions[k].sentence);
        let text = doc.paragraphs.get(pk).map_or("", |p| p.text.as_str());
        let century = mentions[k].range.clone();
        // Mentions are in reading order: those of the sentence stand together.
        let same = |o: &DateMention| o.paragraph == pk && o.sentence == sk;
        let framed = |o: &DateMention| {
            let finer = o.role.is_timeline()
                && o.when
                    .as_ref()
                    .is_some_and(|w| w.precision <= Precision::Year);
            let between = if o.range.start >= century.end {
                text.get(century.end..o.range.start)
            } else {
                text.get(o.range.end..century.start)
            };
            finer && !between.is_some_and(verb_between)
        };
        let finer_beside = mentions[..k]
            .iter()
            .rev()
            .take_while(|o| same(o))
            .any(framed)
            || mentions[k + 1..].iter().take_while(|o| same(o)).any(framed);
        if mentions[k].bound.is_some() || finer_beside {
            mentions[k].role = Role::Other;
        }
    }
}

fn local_range(r: &Range<usize>, sentence: &Range<usize>) -> Range<usize> {
    r.start - sentence.start..r.end - sentence.start
}

/// The document's own date, and the calendar its «امسال» counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    /// The document's date.
    pub day: Day,
    /// The calendar of the text's years and months.
    pub calendar: CalendarKind,
}

/// What a mention is read against.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The last dated event.
    pub anchor: Option<&'a When>,
    /// The latest year the text states outright.
    pub doc_year: Option<i32>,
    /// The calendar most of the text's dates are written in.
    pub calendar: CalendarKind,
    /// Whether the text's dates say which calendar it writes in (a tie, or
    /// no dates at all, leaves `calendar` a guess).
    pub calendar_known: bool,
    /// The calendar of the document's dateline, when it has one.
    pub dateline_calendar: Option<CalendarKind>,
    /// The document's own date.
    pub now: Option<&'a Now>,
    /// Whether the clause speaks of the future (a weekday or a day without a
    /// year is then the next one).
    pub future: bool,
}

/// Completes a raw mention with context: the last dated event (`anchor`) and
/// the document's own year (no document date: nothing counted from "now"
/// resolves).
#[must_use]
pub fn resolve(
    m: &RawMention,
    text: &str,
    anchor: Option<&When>,
    doc_year: Option<i32>,
    context_calendar: CalendarKind,
) -> Option<When> {
    resolve_in(
        m,
        text,
        &Context {
            anchor,
            doc_year,
            calendar: context_calendar,
            calendar_known: true,
            dateline_calendar: None,
            now: None,
            future: false,
        },
    )
}

/// Completes a raw mention in its [`Context`].
#[must_use]
pub fn resolve_in(m: &RawMention, text: &str, cx: &Context<'_>) -> Option<When> {
    let anchor = cx.anchor;
    let inferred = |start: Day, end: Day, precision: Precision, calendar: CalendarKind| When {
        modifier: m.modifier,
        text: text.into(),
        ..When::new(start, end, precision, calendar).inferred()
    };
    let year_of = |w: &When| calendar::year_in(w.calendar, w.first_day);
    match &m.value {
        RawValue::Explicit(w) => Some(w.clone()),
        RawValue::Named(d) => Some(inferred(*d, *d, Precision::Day, CalendarKind::Gregorian)),
        RawValue::DayMonth {
            day,
            month,
            calendar: cal,
        } if cx.now.is_some() => {
            // The year that puts it nearest before the document's date (after
            // it for the future).
            let now = cx.now?;
            let y = calendar::year_in(*cal, now.day)?;
            let days: Vec<Day> = (y - 1..=y + 1)
                .filter_map(|y| calendar::to_gregorian(*cal, y, *month, *day))
                .collect();
            let d = nearest(&days, now.day, cx.future)?;
            Some(inferred(d, d, Precision::Day, *cal))
        }
        RawValue::DayRange {
            first,
            last,
            month,
            calendar: cal,
            offset: Some(offset),
        } => {
            let now = cx.now?;
            let y = calendar::year_in(*cal, now.day)? + offset;
            let start = calendar::to_gregorian(*cal, y, *month, *first)?;
            let end = calendar::to_gregorian(*cal, y, *month, *last)?;
            Some(inferred(start, end, Precision::Day, *cal).into_range())
        }
        RawValue::DayRange {
            first,
            last,
            month,
            calendar: cal,
            offset: None,
        } => {
            // The year of the last day, as for a day and month alone.
            let one = RawMention {
                value: RawValue::DayMonth {
                    day: *last,
                    month: *month,
                    calendar: *cal,
                },
                ..m.clone()
            };
            let end = resolve_in(&one, text, cx)?;
            let year = calendar::year_in(*cal, end.first_day)?;
            let start = calendar::to_gregorian(*cal, year, *month, *first)?;
            Some(inferred(start, end.last_day, Precision::Day, *cal).into_range())
        }
        RawValue::MonthOnly {
            month,
            calendar: cal,
        } if cx.now.is_some() && anchor.is_none() => {
            let now = cx.now?;
            let y = calendar::year_in(*cal, now.day)?;
            let months: Vec<(Day, Day)> = (y - 1..=y + 1)
                .filter_map(|y| calendar::month_interval(*cal, y, *month))
                .collect();
            let starts: Vec<Day> = months.iter().map(|m| m.0).collect();
            let s = nearest(&starts, now.day, cx.future)?;
            let (s, e) = *months.iter().find(|m| m.0 == s)?;
            Some(inferred(s, e, Precision::Month, *cal))
        }
        RawValue::DayMonth {
            day,
            month,
            calendar: cal,
        } => {
            let a = anchor?;
            let year = anchor_year_in(a, *cal)?;
            let d = calendar::to_gregorian(*cal, year, *month, *day)?;
            Some(inferred(d, d, Precision::Day, *cal))
        }
        RawValue::MonthOnly {
            month,
            calendar: cal,
        } => {
            let a = anchor?;
            let year = anchor_year_in(a, *cal)?;
            let (s, e) = calendar::month_interval(*cal, year, *month)?;
            Some(inferred(s, e, Precision::Month, *cal))
        }
        RawValue::ShortYear { year, zero } => {
            // The century of the text's own calendar, never a guess: without
            // dates of its own or a document date, it stays unresolved.
            let cal = short_year_calendar(cx)?;
            let y = i32::from(*year);
            let y = match cal {
                CalendarKind::SolarHijri => {
                    if *zero {
                        1400 + y
                    } else {
                        1300 + y
                    }
                }
                CalendarKind::LunarHijri => 1400 + y,
                CalendarKind::Gregorian => {
                    if *zero || y < 30 {
                        2000 + y
                    } else {
                        1900 + y
                    }
                }
            };
            let (s, e) = calendar::years_interval(cal, y, y)?;
            Some(inferred(s, e, Precision::Year, cal))
        }
        RawValue::ShortDecade(d) => {
            let d = i32::try_from(*d).ok()?;
            let (cal, first) = match short_year_calendar(cx)? {
                CalendarKind::SolarHijri => (CalendarKind::SolarHijri, 1300 + d),
                _ => (CalendarKind::Gregorian, 1900 + d),
            };
            let (s, e) = calendar::years_interval(cal, first, first + 9)?;
            Some(inferred(s, e, Precision::Decade, cal))
        }
        // «همان ماه», «همان سال», «سه سال بعد», «دو ماه بعد» count in the
        // anchor's own calendar: the month after «دی ۱۳۷۰» is «بهمن ۱۳۷۰».
        RawValue::SameMonth => {
            // Only a date known to its month or day anchors «همان ماه».
            let a = anchor.filter(|a| a.precision <= Precision::Month)?;
            let (y, month, _) = calendar::from_gregorian(a.calendar, a.first_day)?;
            let (s, e) = calendar::month_interval(a.calendar, y, month)?;
            Some(inferred(s, e, Precision::Month, a.calendar))
        }
        RawValue::SameYear => {
            let a = anchor?;
            let y = year_of(a)?;
            let (s, e) = calendar::years_interval(a.calendar, y, y)?;
            Some(inferred(s, e, Precision::Year, a.calendar))
        }
        RawValue::YearsAfter(n) => {
            // After the last date; in a text that has none yet, after the
            // document's («سال بعد» in the news is next year).
            let (cal, y) = match (anchor, cx.now) {
                (Some(a), _) => (a.calendar, year_of(a)?),
                (None, Some(now)) => (now.calendar, calendar::year_in(now.calendar, now.day)?),
                (None, None) => return None,
            };
            let (s, e) = calendar::years_interval(cal, y + n, y + n)?;
            Some(inferred(s, e, Precision::Year, cal))
        }
        RawValue::After { unit, n } => {
            let a = anchor?;
            match unit {
                Unit::Day | Unit::Week => {
                    // From a single day only.
                    if a.precision != Precision::Day || a.first_day != a.last_day {
                        return None;
                    }
                    let days = if *unit == Unit::Week { n * 7 } else { *n };
                    let d = calendar::add_days(a.first_day, i64::from(days))?;
                    Some(inferred(d, d, Precision::Day, a.calendar))
                }
                Unit::Month => {
                    // From a single month (or a day in it) of its calendar.
                    let (y0, m0, _) = calendar::from_gregorian(a.calendar, a.first_day)?;
                    let (y1, m1, _) = calendar::from_gregorian(a.calendar, a.last_day)?;
                    if a.precision > Precision::Month || (y0, m0) != (y1, m1) {
                        return None;
                    }
                    let (y, m) = calendar::add_months(y0, m0, *n);
                    let (s, e) = calendar::month_interval(a.calendar, y, m)?;
                    Some(inferred(s, e, Precision::Month, a.calendar))
                }
            }
        }
        RawValue::DocYear(n) => {
            let now = cx.now?;
            let y = calendar::year_in(now.calendar, now.day)? + n;
            let (s, e) = calendar::years_interval(now.calendar, y, y)?;
            Some(inferred(s, e, Precision::Year, now.calendar))
        }
        RawValue::DocSpan(n) => {
            let now = cx.now?;
            let y = calendar::year_in(now.calendar, now.day)?;
            let (s, e) = calendar::years_interval(now.calendar, y - n, y)?;
            Some(inferred(s, e, Precision::Year, now.calendar).into_range())
        }
        RawValue::NowDays(n) => {
            let now = cx.now?;
            let d = calendar::add_days(now.day, i64::from(*n))?;
            Some(inferred(d, d, Precision::Day, now.calendar))
        }
        RawValue::NowWeek(n) => {
            let now = cx.now?;
            let start = week_start(now.day, *n)?;
            let end = calendar::add_days(start, 6)?;
            Some(inferred(start, end, Precision::Day, now.calendar).into_range())
        }
        RawValue::NowWeekend(n) => {
            let now = cx.now?;
            // Thursday and Friday, the Iranian weekend.
            let start = calendar::add_days(week_start(now.day, *n)?, 5)?;
            let end = calendar::add_days(start, 1)?;
            Some(inferred(start, end, Precision::Day, now.calendar).into_range())
        }
        RawValue::NowMonth(n, named) => {
            let now = cx.now?;
            let cal = named.unwrap_or(now.calendar);
            let (y, m, _) = calendar::from_gregorian(cal, now.day)?;
            let (y, m) = calendar::add_months(y, m, *n);
            let (s, e) = calendar::month_interval(cal, y, m)?;
            Some(inferred(s, e, Precision::Month, cal))
        }
        RawValue::InYear {
            day,
            month,
            calendar: cal,
            offset,
        } => {
            let now = cx.now?;
            let y = calendar::year_in(*cal, now.day)? + offset;
            match day {
                Some(d) => {
                    let d = calendar::to_gregorian(*cal, y, *month, *d)?;
                    Some(inferred(d, d, Precision::Day, *cal))
                }
                None => {
                    let (s, e) = calendar::month_interval(*cal, y, *month)?;
                    Some(inferred(s, e, Precision::Month, *cal))
                }
            }
        }
        RawValue::Holiday { holiday, offset } => {
            // In the year counted from the document's; alone, the nearest to
            // the document's date the verb points to, else in the year of
            // the last date.
            let w = match (offset, cx.now, anchor) {
                (Some(o), Some(now), _) => {
                    holiday.in_year(now.calendar, calendar::year_in(now.calendar, now.day)? + o)?
                }
                (None, Some(now), _) => holiday.nearest(now.day, cx.future, now.calendar)?,
                (None, None, Some(a)) => holiday.in_year(a.calendar, year_of(a)?)?,
                _ => return None,
            };
            Some(When {
                modifier: m.modifier,
                text: text.into(),
                ..w.inferred()
            })
        }
        RawValue::PartOfNowYear { part, offset } => {
            let now = cx.now?;
            let y = calendar::year_in(now.calendar, now.day)? + offset;
            let mut w = part.of(now.calendar, y)?.inferred();
            w.text = text.into();
            Some(w)
        }
        RawValue::Weekday { day, direction } => {
            let now = cx.now?;
            let today = doc_date::weekday(now.day);
            let back = i64::from((today + 7 - day) % 7);
            let ahead = i64::from((day + 7 - today) % 7);
            let offset = match direction {
                // «شنبه گذشته»: the one before, never the day itself.
                Some(-1) => -(if back == 0 { 7 } else { back }),
                Some(1) => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                // «این شنبه»: in this week (from Saturday).
                Some(_) => i64::from(*day) - i64::from(today),
                // As the verb says: the nearest on or before the document's
                // date, or on or after it for the future.
                None if cx.future => ahead,
                None => -back,
            };
            let d = calendar::add_days(now.day, offset)?;
            Some(inferred(d, d, Precision::Day, now.calendar))
        }
    }
}

/// The calendar of two-digit years and decades («سال ۸۸», «دهه ۶۰»): the
/// dateline's, which is the writer's own, else the text's.
fn short_year_calendar(cx: &Context<'_>) -> Option<CalendarKind> {
    cx.dateline_calendar.or_else(|| known_calendar(cx))
}

/// The calendar the text writes its years in: that of most of its dates,
/// else that its «امسال» counts in; `None` when nothing says.
fn known_calendar(cx: &Context<'_>) -> Option<CalendarKind> {
    if cx.calendar_known {
        Some(cx.calendar)
    } else {
        cx.now.map(|n| n.calendar)
    }
}

/// The Saturday that starts the week `n` weeks from `day`'s.
fn week_start(day: Day, n: i32) -> Option<Day> {
    let back = i64::from(doc_date::weekday(day));
    calendar::add_days(day, i64::from(n) * 7 - back)
}

/// Of `days`, the latest on or before `now`, or (`future`) the earliest on
/// or after it.
fn nearest(days: &[Day], now: Day, future: bool) -> Option<Day> {
    if future {
        days.iter().copied().filter(|d| *d >= now).min()
    } else {
        days.iter().copied().filter(|d| *d <= now).max()
    }
}

/// The year of `anchor` in `calendar`: a Hijri month is only anchored on a
/// date written in the same calendar.
fn anchor_year_in(anchor: &When, calendar: CalendarKind) -> Option<i32> {
    if calendar != CalendarKind::Gregorian && calendar != anchor.calendar {
        return None;
    }
    calendar::year_in(calendar, anchor.first_day)
}

/// What "now" is for a text: its own date, or (without one) the latest year
/// it states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Present {
    /// The document's date.
    Day(Day),
    /// The latest year the text states outright.
    Year(Option<i32>),
}

impl Present {
    /// Whether `day` is after now.
    fn is_after(self, day: Day) -> bool {
        match self {
            Self::Day(now) => day > now,
            Self::Year(y) => y.is_some_and(|y| day.year > y),
        }
    }
}

/// The role of a resolved mention in a sentence of a block of `kind`, in a
/// text whose latest stated year is `doc_year`.
#[must_use]
pub fn role_of(
    kind: BlockKind,
    sentence: &str,
    range: &Range<usize>,
    when: &When,
    bound: Option<Bound>,
    doc_year: Option<i32>,
) -> Role {
    role_at(kind, sentence, range, when, bound, Present::Year(doc_year))
}

/// The role of a resolved mention in a sentence of a block of `kind`, with
/// "now" as the text has it.
#[must_use]
pub fn role_at(
    kind: BlockKind,
    sentence: &str,
    range: &Range<usize>,
    when: &When,
    bound: Option<Bound>,
    now: Present,
) -> Role {
    match kind {
        BlockKind::Heading => return Role::Heading,
        BlockKind::Bibliography => return Role::Bibliography,
        BlockKind::Footnote => return Role::FootnoteSource,
        BlockKind::Boilerplate | BlockKind::PageFurniture => return Role::Other,
        BlockKind::Body => {}
    }
    if let Some(inner) = enclosing_parens(sentence, range)
        && (lexicon::SOURCE_CUES.iter().any(|c| inner.contains(c))
            || cites_source_before(sentence, range, inner))
    {
        return Role::FootnoteSource;
    }
    if is_citation(sentence, range) {
        return Role::Citation;
    }
    let clause = clause_window(sentence, range);
    if clause.contains("هرگز")
        || (clause.contains("تاکنون") && clause.split_whitespace().any(lexicon::is_negated_verb))
    {
        return Role::Other;
    }
    if now.is_after(when.first_day) || has_forecast_cue(own_clause_in(clause, sentence, range)) {
        return Role::Forecast;
    }
    if bound == Some(Bound::Until) && now.is_after(when.last_day) {
        return Role::Forecast;
    }
    Role::Event
}

/// Whether `text` contains a word that marks an expectation or plan.
#[must_use]
pub fn has_forecast_cue(text: &str) -> bool {
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let mut words: Vec<&str> = lexicon::FORECAST_CUES.to_vec();
        words.extend(["اینده", "اتی"]);
        aho_corasick::AhoCorasick::new(words).ok()
    });
    let starts_word = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::corpus::normalize::is_letter(c))
    };
    // «پیش‌بینی شده بود», «پیش‌بینی گردید»: a past passive says something
    // was provided for (in a treaty, a law), not that it is expected.
    let is_cue = |start: usize, end: usize| {
        starts_word(start)
            && !(text[start..end].starts_with("پیش") && {
                let rest = text[end..].trim_start();
                rest.starts_with("شد") || rest.starts_with("گردید")
            })
    };
    match cues {
        Some(ac) => ac
            .find_overlapping_iter(text)
            .any(|m| is_cue(m.start(), m.end())),
        // The automaton cannot fail to build from this list; search one by one if it did.
        None => lexicon::FORECAST_CUES
            .iter()
            .chain(&["اینده", "اتی"])
            .any(|w| text.match_indices(w).any(|(i, _)| is_cue(i, i + w.len()))),
    }
}

/// The clause a date belongs to: from the last clause boundary before it
/// («که»، «و»، «،»، «؛») to the first «که» after it (a relative or complement
/// clause starts there).
fn clause_window<'a>(sentence: &'a str, range: &Range<usize>) -> &'a str {
    let before = &sentence[..range.start];
    let start = [" که ", " و ", "،", "؛"]
        .iter()
        .filter_map(|b| last_occurrence(before, b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let after = &sentence[range.end..];
    let stop = occurrences(after, " که ")
        .next()
        .map_or(sentence.len(), |i| range.end + i);
    &sentence[start..stop]
}

/// The date's own clause, for its verb's tense: [`clause_window`] cut also
/// at the next «و» after a verb or «؛» («روز دوشنبه دیدار کردند و … خواهند کرد»): a
/// future verb in another clause does not make a past event a forecast.
fn own_clause<'a>(sentence: &'a str, range: &Range<usize>) -> &'a str {
    own_clause_in(clause_window(sentence, range), sentence, range)
}

/// [`own_clause`] of the date's [`clause_window`] `clause`.
fn own_clause_in<'a>(clause: &'a str, sentence: &str, range: &Range<usize>) -> &'a str {
    let offset = clause.as_ptr() as usize - sentence.as_ptr() as usize;
    let from = range.end.saturating_sub(offset).min(clause.len());
    // Only an «و» after a verb joins clauses («بحث و گفتگو» joins nouns).
    let stop = occurrences(&clause[from..], " و ")
        .map(|i| from + i)
        .find(|&i| crate::extract::title::ends_with_verb(&clause[..i]))
        .into_iter()
        .chain(clause[from..].find('؛').map(|i| from + i))
        .min()
        .unwrap_or(clause.len());
    &clause[..stop]
}

/// «به نوشته روزنامه کومرسانت (۱۲ مارس ۲۰۲۱)»: a date alone in parentheses
/// right after the name of a newspaper, journal or agency is its issue's date.
fn cites_source_before(sentence: &str, range: &Range<usize>, inner: &str) -> bool {
    let Some(open) = sentence[..range.start].rfind('(') else {
        return false;
    };
    // The last four words before the parenthesis.
    let before = sentence[..open].trim_end();
    let from = before
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(3)
        .map_or(0, |(i, _)| i);
    inner.split_whitespace().count() <= 6
        && lexicon::SOURCE_CUES
            .iter()
            .any(|c| before[from..].contains(c))
}

/// The text inside the parentheses around `range`, if it is in parentheses.
fn enclosing_parens<'a>(sentence: &'a str, range: &Range<usize>) -> Option<&'a str> {
    let before = &sentence[..range.start];
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let after = &sentence[range.end..];
    let close = after.find(')').map_or(sentence.len(), |i| range.end + i);
    Some(&sentence[open + 1..close])
}

/// What an author does after their year in parentheses («(۱۳۸۴) معتقد است»).
pub(crate) const CITATION_VERBS: [&str; 7] = [
    "معتقد",
    "میگوید",
    "مینویسد",
    "نوشته",
    "استدلال",
    "بیان",
    "اشاره",
];

/// An in-text citation: «(کولایی،۱۳۸۴: ۱۳۶)», «کولایی، ۱۳۸۴: ۱۳۶», or an
/// author's year in parentheses followed by what the author says.
#[must_use]
pub fn is_citation(sentence: &str, range: &Range<usize>) -> bool {
    let before = sentence[..range.start].trim_end();
    let after = sentence[range.end..].trim_start();
    let comma_before = before.ends_with('،') || before.ends_with(',');
    let page_after = after.starts_with(':')
        && after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    if comma_before && (page_after || after.starts_with(')')) {
        return true;
    }
    if page_after {
        return true;
    }
    if let Some(inner) = enclosing_parens(sentence, range) {
        let inner_trim = inner.trim();
        let only_date = inner_trim.len() == range.len();
        if inner.contains(':')
            && inner
                .split(':')
                .nth(1)
                .is_some_and(|p| p.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        {
            return true;
        }
        if only_date {
            let tail = sentence[range.end..].trim_start_matches([')', ' ']);
            if CITATION_VERBS.iter().any(|w| tail.starts_with(w)) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests;
