//! Short Persian titles for events: the clause that states the event, without
//! the date phrase and filler words, in the original spelling, a dozen words at
//! most.

use std::ops::Range;

use crate::corpus::normalize::occurrences;
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

/// Openers that say who reports what follows (up to their comma).
const ATTRIBUTIONS: &[&str] = &[
    "به گفته",
    "به نوشته",
    "به گزارش",
    "به باور",
    "به اعتقاد",
    "به نقل از",
    "طبق گزارش",
    "بنا بر گزارش",
    "بنابر گزارش",
    "بر اساس گزارش",
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
    "تاریخ",
    "روز",
];

/// Words that frame a date («در اولین روزهای», «در هفته‌های پایانی»):
/// before it, with nothing else, they are dropped from a title.
const DATE_FRAME: &[&str] = &[
    "اولین",
    "نخستین",
    "اخرین",
    "واپسین",
    "اغازین",
    "پایانی",
    "نخست",
    "ابتدایی",
    "روزهای",
    "روزها",
    "هفتههای",
    "ماههای",
    "سالهای",
    "دهههای",
    "همان",
    "همین",
    "اوایل",
    "اواسط",
    "اواخر",
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
    let clause_end = occurrences(&text[date.end..window.end], " که ")
        .next()
        .map_or(window.end, |i| date.end + i);
    // The clause ends with its verb: «… کاهش یافت و شاید …», and the window
    // may run into the next date's clause: «… اعلام کرد و ایران در [دی ماه ۱۳۷۰]».
    let clause_end = occurrences(&text[date.end..clause_end], " و ")
        .map(|i| date.end + i)
        .find(|&i| ends_with_verb(&text[date.end..i]))
        .unwrap_or(clause_end);
    let clause_start = clause_start(text, window.start, date.start);
    let before = trim(
        text,
        clause_start..date.start.max(clause_start),
        DateSide::Follows,
    );
    let after = trim(
        text,
        date.end.min(clause_end)..clause_end,
        DateSide::Precedes,
    );
    // «در اولین روزهای [دی ۱۳۷۰]»: words that only frame the date are no
    // part of what happened.
    let before = if text[before.clone()]
        .split_whitespace()
        .all(|w| DATE_FRAME.contains(&w) || AROUND_DATE.contains(&w))
    {
        before.start..before.start
    } else {
        before
    };
    let mut parts = Vec::new();
    for r in [before, after] {
        if r.end > r.start {
            parts.push(doc.original_of(p, &r));
        }
    }
    let joined = polish(&clean(&parts.join(" ")));
    let words: Vec<&str> = joined.split_whitespace().collect();
    // Too short to say anything («در سالهای آینده»), or a fragment without
    // a verb («در اولین روزهای …»): the sentence's main clause instead.
    if words.len() < 4 || (opens_with_preposition(&joined) && !has_verb(&joined)) {
        let main = self::clause_start(text, window.start, window.end);
        let main = trim(text, main..window.end, DateSide::Precedes);
        let clause = polish(&clean(&doc.original_of(p, &main)));
        let clause_words: Vec<&str> = clause.split_whitespace().collect();
        if clause_words.len() >= 4 && has_verb(&clause) && !overlaps(&main, date) {
            return limit(&clause_words);
        }
        if words.len() < 4 {
            let sentence = polish(&clean(&doc.original_of(p, window)));
            return limit(&sentence.split_whitespace().collect::<Vec<_>>());
        }
    }
    limit(&words)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Words that make a title a question or a hedge, dropped from it
/// (normalised): «آیا», «شاید», «احتمالاً», «ظاهراً».
const HEDGES: &[&str] = &["ایا", "شاید", "احتمالا", "ظاهرا", "گویا", "احیانا"];

/// Date words left over where other dates stood (normalised): weekdays,
/// days counted from now, «امسال».
fn is_date_word(w: &str) -> bool {
    crate::time::doc_date::WEEKDAYS.contains(&w)
        || crate::time::lexicon::now_day(w).is_some()
        || matches!(w, "امسال" | "پارسال")
}

/// A title made a statement without leftover date words: no question mark,
/// no «آیا» or hedge, no weekday or «امروز», no «سال/ماه/هفته آینده»,
/// no parentheses holding only a date.
fn polish(title: &str) -> String {
    use crate::corpus::normalize::{normalize_phrase, normalize_word_into};
    let words: Vec<&str> = title.split_whitespace().collect();
    // The normalised words, one after another in one string.
    let mut normalised = String::with_capacity(title.len());
    let spans: Vec<Range<usize>> = words
        .iter()
        .map(|w| {
            let start = normalised.len();
            normalize_word_into(w.trim_matches(['؟', '?', '،', ',']), &mut normalised);
            start..normalised.len()
        })
        .collect();
    let norm: Vec<&str> = spans.iter().map(|r| &normalised[r.clone()]).collect();
    let mut keep = vec![true; words.len()];
    for (i, &n) in norm.iter().enumerate() {
        let period = matches!(n, "سال" | "سالهای" | "ماه" | "هفته" | "روز");
        let relative = |k: usize| {
            norm.get(k)
                .is_some_and(|m| matches!(*m, "اینده" | "گذشته" | "جاری" | "اخیر" | "اتی" | "بعد"))
        };
        // «نماز جمعه» names a prayer, not a day.
        let named = i > 0 && crate::time::lexicon::WEEKDAY_OF.contains(&norm[i - 1]);
        if HEDGES.contains(&n) || (is_date_word(n) && !named) {
            keep[i] = false;
        } else if period && relative(i + 1) {
            keep[i] = false;
            keep[i + 1] = false;
        }
    }
    // A leading «یا» is left of a question cut in two.
    if let Some(first) = (0..words.len()).find(|&i| keep[i])
        && norm[first] == "یا"
    {
        keep[first] = false;
    }
    let kept: Vec<&str> = words
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(w, _)| *w)
        .collect();
    let mut out = kept.join(" ");
    // «(سالهای ۱۹۹۷ - ۲۰۰۳)»: a parenthesis with only a date in it.
    while let Some(open) = out.find('(')
        && let Some(len) = out[open..].find(')')
        && {
            let inner = normalize_phrase(&out[open + 1..open + len]);
            !inner.is_empty()
                && inner.split_whitespace().all(|w| {
                    w.chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/'))
                        || matches!(w, "سال" | "سالهای" | "تا" | "الی" | "و" | "-" | "–")
                        || crate::time::lexicon::months().get(w, None).is_some()
                })
        }
    {
        out.replace_range(open..=open + len, "");
        out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out.trim_end_matches(['؟', '?', ' ']).to_owned()
}

/// Whether the (original-spelling) title holds a finite verb anywhere.
fn has_verb(title: &str) -> bool {
    title
        .split_whitespace()
        .any(|w| ends_with_verb(&crate::corpus::normalize::normalize_word(w)))
}

/// Whether the title opens with a preposition: a fragment («در اولین
/// روزهای …») when it holds no verb.
fn opens_with_preposition(title: &str) -> bool {
    let first = title.split_whitespace().next().unwrap_or("");
    matches!(
        crate::corpus::normalize::normalize_word(first).as_str(),
        "در" | "از" | "با" | "به" | "طی" | "پس" | "پیش" | "تا" | "بعد" | "قبل"
    )
}

fn limit(words: &[&str]) -> String {
    if words.len() <= MAX_WORDS {
        words.join(" ")
    } else {
        // Subject and object from the start, the verb from the end (with the
        // whole of a short quotation it closes); a quotation or aside still cut
        // in two loses its marks.
        let mut tail = words.len() - 4;
        let opens = |w: &[&str]| w.iter().map(|w| w.matches('«').count()).sum::<usize>();
        let closes = |w: &[&str]| w.iter().map(|w| w.matches('»').count()).sum::<usize>();
        while tail > 7 && words.len() - tail < 8 && closes(&words[tail..]) > opens(&words[tail..]) {
            tail -= 1;
        }
        if closes(&words[tail..]) > opens(&words[tail..]) {
            tail = words.len() - 4;
        }
        let cut = format!("{} … {}", words[..7].join(" "), words[tail..].join(" "));
        balance(&cut)
    }
}

/// Removes «» or () when they do not pair up.
fn balance(s: &str) -> String {
    let mut t = s.to_owned();
    for (open, close) in [('(', ')'), ('«', '»')] {
        if t.matches(open).count() != t.matches(close).count() {
            t = t.replace([open, close], "");
        }
    }
    t
}

/// Where the clause of a date starts: the nearest clause boundary («،»، «؛»،
/// «که»، «و») before the date that leaves at least three words before it. An
/// «و» only ends a clause after a verb: in «ایران و روسیه در ۱۹۹۷ …» it joins
/// the subject.
fn clause_start(text: &str, window_start: usize, date_start: usize) -> usize {
    let before = &text[window_start..date_start];
    let mut bounds: Vec<usize> = [
        " که ",
        " و ",
        "،",
        "؛",
        ":",
        " هرچند ",
        " اگرچه ",
        " زیرا ",
        " اما ",
        " ولی ",
    ]
    .iter()
    .flat_map(|b| {
        occurrences(before, b)
            .filter(move |&i| *b != " و " || ends_with_verb(&before[..i]))
            .map(move |i| i + b.len())
    })
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

/// Finite verb forms that end a clause (past, perfect, copular).
const FINITE_VERBS: &[&str] = &[
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

/// Whether `text` ends with a finite verb (a clause ends there): common past,
/// perfect and copular forms, and imperfective ones ([`is_imperfective`]).
pub(crate) fn ends_with_verb(text: &str) -> bool {
    let last = text
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    FINITE_VERBS.contains(&last) || is_imperfective(last)
}

/// Words that start with «می» and are no verbs.
const MI_NOUNS: &[&str] = &[
    "میان",
    "میانه",
    "میانی",
    "میانجی",
    "میزان",
    "میلیون",
    "میلیارد",
    "میدان",
    "میراث",
    "میهن",
    "میوه",
    "میلادی",
    "میهمان",
    "میزبان",
    "مینا",
    "میمون",
    "میکروب",
    "میخ",
    "میلیونها",
    "میلیاردها",
];

/// An imperfective verb: «می» or «نمی» and a stem, after an optional verbal
/// prefix («میکنند»، «میآمده»، «بازمیگردد»، «نمیشود»), but not the nouns
/// that start with «می».
fn is_imperfective(word: &str) -> bool {
    let stem = ["باز", "در", "بر", "فرا", "فرو", "وا"]
        .iter()
        .find_map(|p| word.strip_prefix(p).filter(|r| r.starts_with("می")))
        .unwrap_or(word);
    let rest = stem.strip_prefix("نمی").or_else(|| stem.strip_prefix("می"));
    rest.is_some_and(|r| r.chars().count() >= 2) && !MI_NOUNS.contains(&stem)
}

/// Where the date is from a range of the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateSide {
    /// The date follows the range (the words before it).
    Follows,
    /// The date precedes the range (the words after it).
    Precedes,
}

/// Shrinks a range so it starts with neither punctuation, a conjunction nor a
/// discourse opener, and has no preposition or date word where the date was
/// cut out (`side`: whether the date follows the range or precedes it).
fn trim(text: &str, mut r: Range<usize>, side: DateSide) -> Range<usize> {
    let before_date = side == DateSide::Follows;
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
        // «به گفته برخی ناظران، …», «به نوشته روزنامه X، …»: who says it is
        // no part of what happened.
        if before_date
            && ATTRIBUTIONS.iter().any(|a| s.starts_with(a))
            && let Some(comma) = s.find(['،', ','])
            && s[..comma].split_whitespace().count() <= 8
        {
            r.start += comma + s[comma..].chars().next().map_or(1, char::len_utf8);
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
    let mut out = if s.contains('^') {
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
        out
    } else {
        s.to_owned()
    };
    // Brackets left empty where the date was cut out.
    if out.contains(['(', '[']) {
        for empty in ["( )", "()", "[ ]", "[]"] {
            out = out.replace(empty, "");
        }
    }
    let t = balance(out.trim());
    t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | ':' | '؛' | '.' | '-'))
        .to_owned()
}

/// Content words of a normalised clause, for comparing wordings (as hashes:
/// only equality matters), sorted, each once.
#[must_use]
pub fn content_words(clause: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut words: Vec<u64> = clause
        .split(|c: char| !crate::corpus::normalize::is_letter(c))
        .filter(|w| w.len() > 2 && !STOPWORDS.contains(w))
        .map(|w| {
            let mut h = crate::corpus::normalize::WordHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_is_in_normalised_form() {
        use crate::corpus::normalize::assert_normalised;
        assert_normalised("LEADING", LEADING);
        assert_normalised("OPENERS", OPENERS);
        assert_normalised("ATTRIBUTIONS", ATTRIBUTIONS);
        assert_normalised("AROUND_DATE", AROUND_DATE);
        assert_normalised("AFTER_DATE", AFTER_DATE);
        assert_normalised("STOPWORDS", STOPWORDS);
        assert_normalised("FINITE_VERBS", FINITE_VERBS);
        assert_normalised("MI_NOUNS", MI_NOUNS);
        assert_normalised("HEDGES", HEDGES);
        assert_normalised("DATE_FRAME", DATE_FRAME);
    }

    /// The title of the first event of `text`.
    fn first_title(text: &str) -> String {
        let doc = Document::from_bytes("t", "t.txt", text.as_bytes().to_vec()).expect("text");
        let t = crate::extract::Extractor::bundled()
            .expect("bundled data")
            .extract(&[doc]);
        t.events
            .first()
            .map(|e| e.title.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_title_is_a_statement_without_leftover_date_words() {
        // No question, no hedge.
        let t = first_title("آیا روسیه در سال ۲۰۳۰ نیروهای خود را از ارمنستان خارج خواهد کرد؟");
        assert!(!t.contains('؟') && !t.contains("آیا"), "{t}");
        assert!(t.contains("خارج خواهد کرد"), "{t}");
        let t = first_title("احتمالاً در سال ۲۰۳۰ صادرات گاز ترکمنستان به چین دو برابر خواهد شد.");
        assert!(!t.contains("احتمال"), "{t}");
        // No weekday or relative period left from another date.
        let t = first_title(
            "در ۱۲ مهر ۱۴۰۰ و سه‌شنبه آینده وزیران خارجه ایران و ارمنستان در ایروان دیدار کردند.",
        );
        assert!(!t.contains("سه‌شنبه") && !t.contains("آینده"), "{t}");
        // A weekday that names a thing stays.
        let t =
            first_title("در ۱۲ بهمن ۱۳۹۹ نماز جمعه تهران به موضوع همکاری‌های منطقه‌ای اختصاص یافت.");
        assert!(t.contains("نماز جمعه"), "{t}");
        let t = first_title(
            "در سال‌های آینده (سال‌های ۲۰۲۵ - ۲۰۳۰) قزاقستان صادرات نفت خود را افزایش خواهد داد.",
        );
        assert!(!t.contains("سال"), "{t}");
    }

    #[test]
    fn a_fragment_without_a_verb_falls_back_to_the_main_clause() {
        let t = first_title(
            "در اولین روزهای خرداد ۱۳۸۵ در حاشیه نشست اقتصادی، قرقیزستان و تاجیکستان توافق مرزی را امضا کردند.",
        );
        assert!(t.contains("امضا کردند"), "{t}");
        assert!(!t.starts_with("در اولین"), "{t}");
    }

    #[test]
    fn who_reports_it_is_no_part_of_the_title() {
        let text = "به گفته برخی ناظران، روسیه نیروهای خود را در 2022 خارج کرد";
        let date = text.find("2022").expect("date");
        let r = trim(text, 0..date, DateSide::Follows);
        assert_eq!(&text[r], "روسیه نیروهای خود را");
        // Without a comma nothing is cut.
        let text = "به گفته او روسیه در 2022";
        let date = text.find("2022").expect("date");
        assert_eq!(
            &text[trim(text, 0..date, DateSide::Follows)],
            "به گفته او روسیه"
        );
    }

    #[test]
    fn imperfective_verbs_end_clauses_and_nouns_do_not() {
        for w in ["میکنند", "میآمده", "بازمیگردد", "نمیشود", "درمییابد"]
        {
            assert!(ends_with_verb(&format!("ایران {w}")), "{w}");
        }
        for w in ["میان", "میزان", "میلیون", "درمیان", "می", "ایران", "روسیه"]
        {
            assert!(!ends_with_verb(&format!("در {w}")), "{w}");
        }
    }

    #[test]
    fn an_and_between_names_does_not_cut_the_subject() {
        let start = |before: &str| {
            let text = format!("{before}1997");
            let s = clause_start(&text, 0, before.len());
            text[s..before.len()].trim().to_owned()
        };
        assert_eq!(
            start("ایران و روسیه در ابتدا بر معاهدات "),
            "ایران و روسیه در ابتدا بر معاهدات"
        );
        assert_eq!(start("ناتو گسترش یافت و روسیه در سال "), "روسیه در سال");
        assert_eq!(
            start("همکاری ادامه داشته است هرچند علاقه به ان از "),
            "علاقه به ان از"
        );
    }
}
