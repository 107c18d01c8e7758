//! Temporal expressions: finds date phrases in the normalised text (Gregorian,
//! Solar Hijri and lunar Hijri; days to centuries; ranges and bounds; relative
//! dates), normalises them to Gregorian intervals, resolves relative and
//! partial dates from the surrounding text, and gives every mention a [`Role`].
//!
//! Main entry point: [`tag_document`]. The scanner is in [`scan`], word lists
//! in [`lexicon`], calendar conversion in [`calendar`].

pub mod lexicon;
pub mod scan;

use std::ops::Range;

use serde::Serialize;

pub use scan::{Bound, NamedDates, RawMention, RawValue, Unit};

use crate::calendar;
use crate::corpus::{BlockKind, Document};
use crate::model::{CalendarKind, Day, Precision, When};

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
    // The document's own time and calendar habit, from its explicit body dates.
    let mut doc_year: Option<i32> = None;
    let (mut solar, mut gregorian) = (0, 0);
    for (pi, si, m) in &raw {
        let p = &doc.paragraphs[*pi];
        if p.kind != BlockKind::Body {
            continue;
        }
        let sentence = &p.text[p.sentences[*si].clone()];
        let local = local_range(&m.range, &p.sentences[*si]);
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
        let mut when = resolve(&m, text, anchor, doc_year, context_calendar);
        if let Some(w) = &mut when {
            // Keep the wording as written in the file, not the normalised copy.
            w.text = doc.shared_original_of(p, &m.range);
        }
        let role = match &when {
            None => Role::Other,
            Some(w) => role_of(p.kind, sentence, &local, w, m.bound, doc_year),
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
    out
}

fn local_range(r: &Range<usize>, sentence: &Range<usize>) -> Range<usize> {
    r.start - sentence.start..r.end - sentence.start
}

/// Completes a raw mention with context: the last dated event (`anchor`) and
/// the document's own year.
#[must_use]
pub fn resolve(
    m: &RawMention,
    text: &str,
    anchor: Option<&When>,
    doc_year: Option<i32>,
    context_calendar: CalendarKind,
) -> Option<When> {
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
        RawValue::ShortDecade(d) => {
            let d = i32::try_from(*d).ok()?;
            let (cal, first) = match context_calendar {
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
            let a = anchor?;
            let y = year_of(a)? + n;
            let (s, e) = calendar::years_interval(a.calendar, y, y)?;
            Some(inferred(s, e, Precision::Year, a.calendar))
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
            let y = doc_year? + n;
            let (s, e) = calendar::years_interval(CalendarKind::Gregorian, y, y)?;
            Some(inferred(s, e, Precision::Year, CalendarKind::Gregorian))
        }
        RawValue::DocSpan(n) => {
            let y = doc_year?;
            let (s, e) = calendar::years_interval(CalendarKind::Gregorian, y - n, y)?;
            Some(inferred(s, e, Precision::Year, CalendarKind::Gregorian).into_range())
        }
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

/// The role of a resolved mention in a sentence of a block of `kind`.
#[must_use]
pub fn role_of(
    kind: BlockKind,
    sentence: &str,
    range: &Range<usize>,
    when: &When,
    bound: Option<Bound>,
    doc_year: Option<i32>,
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
    let future = doc_year.is_some_and(|y| when.first_day.year > y);
    if future || has_forecast_cue(clause) {
        return Role::Forecast;
    }
    if bound == Some(Bound::Until) && doc_year.is_some_and(|y| when.last_day.year > y) {
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
    match cues {
        Some(ac) => ac
            .find_overlapping_iter(text)
            .any(|m| starts_word(m.start())),
        // The automaton cannot fail to build from this list; search one by one if it did.
        None => lexicon::FORECAST_CUES
            .iter()
            .chain(&["اینده", "اتی"])
            .any(|w| text.match_indices(w).any(|(i, _)| starts_word(i))),
    }
}

/// The clause a date belongs to: from the last clause boundary before it
/// («که»، «و»، «،»، «؛») to the first «که» after it (a relative or complement
/// clause starts there).
fn clause_window<'a>(sentence: &'a str, range: &Range<usize>) -> &'a str {
    let before = &sentence[..range.start];
    let start = [" که ", " و ", "،", "؛"]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let after = &sentence[range.end..];
    let stop = after
        .match_indices(" که ")
        .next()
        .map_or(sentence.len(), |(i, _)| range.end + i);
    &sentence[start..stop]
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
