//! Short Persian titles for events: the clause that states the event, without
//! the date phrase and filler words, in the original spelling, a dozen words at
//! most.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::corpus::{Document, Paragraph};

/// Conjunctions and discourse openers dropped from the start of a title.
const LEADING: &[&str] = &[
    "و",
    "که",
    "اما",
    "ولی",
    "بنابراین",
    "همچنین",
    "سپس",
    "نیز",
    "هم",
    "لذا",
    "سرانجام",
    "ضمنا",
];

/// Discourse phrases dropped from the start of a title.
const OPENERS: &[&str] = &[
    "در این خصوص",
    "در این زمینه",
    "در همین حال",
    "در این میان",
    "در این راستا",
    "در واقع",
    "به عنوان مثال",
    "علاوه بر این",
    "با این حال",
    "در عین حال",
    "از سوی دیگر",
    "به طور خاص",
    "در مقابل",
    "در نتیجه",
    "به این ترتیب",
    "بدین ترتیب",
    "در حقیقت",
    "برای مثال",
    "در ابتدا",
];

/// Prepositions and date words dropped where the date phrase was cut out.
const AROUND_DATE: &[&str] = &[
    "در",
    "از",
    "تا",
    "به",
    "با",
    "طی",
    "سال",
    "سالهای",
    "ماه",
    "که",
    "و",
    "نیز",
    "هم",
    "پس",
    "بعد",
    "قبل",
    "پیش",
    "دوره",
];

/// Words dropped from the start of the part after the date.
const AFTER_DATE: &[&str] = &["و", "که", "نیز", "هم"];

/// Words ignored when comparing the wording of two mentions.
const STOPWORDS: &[&str] = &[
    "در", "از", "تا", "و", "که", "به", "با", "را", "این", "ان", "سال", "یک", "برای", "است", "شد",
    "بود", "کرد", "نیز", "هم", "بر", "خود", "ها", "های",
];

/// The longest title, in words.
const MAX_WORDS: usize = 12;

/// A title for the event dated by `date` in `window` of paragraph `p`.
#[must_use]
pub fn title(doc: &Document, p: &Paragraph, window: &Range<usize>, date: &Range<usize>) -> String {
    let text = &p.text;
    // The clause ends where a relative or complement clause («که …») begins after the date.
    let clause_end = text[date.end..window.end]
        .find(" که ")
        .map_or(window.end, |i| date.end + i);
    // The window may run into the next date's clause: «… اعلام کرد و ایران در [دی ماه ۱۳۷۰]».
    let clause_end = text[date.end..clause_end]
        .match_indices(" و ")
        .map(|(i, _)| date.end + i)
        .filter(|&i| {
            ends_with_verb(&text[date.end..i])
                && text[i..clause_end].split_whitespace().count() <= 4
        })
        .last()
        .unwrap_or(clause_end);
    let clause_start = clause_start(text, window.start, date.start);
    let before = trim(text, clause_start..date.start.max(clause_start), true);
    let after = trim(text, date.end.min(clause_end)..clause_end, false);
    let mut parts = Vec::new();
    for r in [before, after] {
        if r.end > r.start {
            parts.push(doc.original_of(p, &r));
        }
    }
    let joined = clean(&parts.join(" "));
    let words: Vec<&str> = joined.split_whitespace().collect();
    // Too short to say anything («در سالهای آینده»): the whole clause instead.
    if words.len() < 4 {
        let sentence = clean(&doc.original_of(p, window));
        return limit(&sentence.split_whitespace().collect::<Vec<_>>());
    }
    limit(&words)
}

fn limit(words: &[&str]) -> String {
    if words.len() <= MAX_WORDS {
        words.join(" ")
    } else {
        // Subject and object from the start, the verb from the end.
        format!(
            "{} … {}",
            words[..7].join(" "),
            words[words.len() - 4..].join(" ")
        )
    }
}

/// Where the clause of a date starts: the nearest clause boundary («،»، «؛»،
/// «که»، «و») before the date that leaves at least three words before it.
fn clause_start(text: &str, window_start: usize, date_start: usize) -> usize {
    let before = &text[window_start..date_start];
    let mut bounds: Vec<usize> = [" که ", " و ", "،", "؛", ":"]
        .iter()
        .flat_map(|b| before.match_indices(b).map(move |(i, _)| i + b.len()))
        .collect();
    bounds.sort_unstable();
    bounds
        .into_iter()
        .rev()
        .find(|&b| {
            // Far enough back to say something, a new clause that starts with the
            // date, or a clause after a verb («… اعلام کرد و ایران در دی ماه …»).
            let seg = &before[b..];
            // After «که» the clause modifies what comes before it: keep that.
            let after_ke = before[..b].ends_with(" که ");
            seg.split_whitespace().count() >= 3
                || (!after_ke && seg.split_whitespace().all(|w| AROUND_DATE.contains(&w)))
                || {
                    let head = before[..b].trim_end();
                    let head = [" و", "،", "؛", " که", ":"]
                        .iter()
                        .find_map(|sep| head.strip_suffix(sep))
                        .unwrap_or(head);
                    ends_with_verb(head)
                }
        })
        .map_or(window_start, |b| window_start + b)
}

/// Whether `text` ends with a finite verb (a clause ends there): common past,
/// perfect and copular forms.
fn ends_with_verb(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "کرد",
        "کردند",
        "شد",
        "شدند",
        "است",
        "اند",
        "بود",
        "بودند",
        "داد",
        "دادند",
        "یافت",
        "یافتند",
        "گرفت",
        "گرفتند",
        "رسید",
        "رسیدند",
        "داشت",
        "داشتند",
        "گردید",
        "گردیدند",
        "نمود",
        "نمودند",
        "پیوست",
        "پیوستند",
        "امد",
        "امدند",
        "کرده",
        "شده",
        "گشت",
    ];
    let last = text
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    VERBS.contains(&last)
}

/// Shrinks a range so it starts with neither punctuation, a conjunction nor a
/// discourse opener, and has no preposition or date word where the date was
/// cut out (`before_date`: the date follows the range; else it precedes it).
fn trim(text: &str, mut r: Range<usize>, before_date: bool) -> Range<usize> {
    let is_punct = |c: char| {
        !crate::corpus::normalize::is_letter_or_digit(c)
            && !matches!(c, '«' | '»' | '(' | ')' | '^')
    };
    loop {
        let s = &text[r.clone()];
        let lead = s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || is_punct(c))
                .len();
        let tail = s.len()
            - s.trim_end_matches(|c: char| c.is_whitespace() || is_punct(c))
                .len();
        r = (r.start + lead)..(r.end - tail).max(r.start + lead);
        let s = &text[r.clone()];
        if let Some(o) = OPENERS
            .iter()
            .find(|o| s.starts_with(*o) && s[o.len()..].starts_with([' ', '،']))
        {
            r.start += o.len();
            continue;
        }
        let first = s.split_whitespace().next().unwrap_or("");
        let last = s.split_whitespace().next_back().unwrap_or("");
        let drop_first = if before_date {
            LEADING.contains(&first)
        } else {
            AFTER_DATE.contains(&first)
        };
        if !first.is_empty() && drop_first {
            r.start += first.len();
            continue;
        }
        let drop_last = if before_date {
            AROUND_DATE.contains(&last)
        } else {
            LEADING.contains(&last) || last == "در"
        };
        if !last.is_empty() && drop_last {
            r.end -= last.len();
            continue;
        }
        return r;
    }
}

/// Removes footnote markers and unbalanced brackets from the edges.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '^' {
            while chars.peek().is_some_and(|d| d.is_numeric()) {
                chars.next();
            }
            continue;
        }
        out.push(c);
    }
    // Brackets left empty where the date was cut out.
    for empty in ["( )", "()", "[ ]", "[]"] {
        out = out.replace(empty, "");
    }
    let balanced =
        |open: char, close: char, t: &str| t.matches(open).count() == t.matches(close).count();
    let mut t = out.trim().to_owned();
    for (open, close) in [('(', ')'), ('«', '»')] {
        if !balanced(open, close, &t) {
            t = t.replace([open, close], "");
        }
    }
    t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | ':' | '؛' | '.' | '-'))
        .to_owned()
}

/// Content words of a normalised clause, for comparing wordings (as hashes:
/// only equality matters).
#[must_use]
pub fn content_words(clause: &str) -> BTreeSet<u64> {
    use std::hash::{Hash, Hasher};
    clause
        .split(|c: char| !crate::corpus::normalize::is_letter(c))
        .filter(|w| w.len() > 2 && !STOPWORDS.contains(w))
        .map(|w| {
            let mut h = crate::corpus::normalize::WordHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}
