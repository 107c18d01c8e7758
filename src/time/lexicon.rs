//! Word lists of the temporal tagger, all in normalised form (no ZWNJ, آ → ا,
//! Arabic letters → Persian): month names of three calendars, number words,
//! period modifiers, units that make a number a quantity rather than a year,
//! and the cue words of forecasts and negation.

use crate::corpus::normalize::WordMap;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::model::{CalendarKind, Modifier};
use crate::time::doc_date::WEEKDAYS;

/// Words naming a period or a year relative to now: a date phrase can start
/// with them even without a digit.
pub const PERIOD_WORDS: [&str; 9] = [
    "سال",
    "دهه",
    "دههی",
    "دهههای",
    "قرن",
    "سده",
    "ماه",
    "امسال",
    "پارسال",
];

/// Words of dates relative to the last one that hold no other cue: «سه روز
/// بعد»، «یک هفته پس از آن»، «فردای آن روز».
pub const RELATIVE_WORDS: [&str; 3] = ["روز", "هفته", "فردای"];

/// [`RELATIVE_WORDS`] as the date pre-check looks for them: «روز» and «هفته»
/// are common words, a date only with «بعد»، «پس»، «قبل»، «پیش» or «همان»
/// beside them.
pub const RELATIVE_CUES: [&str; 11] = [
    "روز بعد",
    "روز پس",
    "روز قبل",
    "روز پیش",
    "همان روز",
    "همین روز",
    "هفته بعد",
    "هفته پس",
    "هفته قبل",
    "هفته پیش",
    "فردای",
];

/// Days counted from the document's own date, with their offset in days.
pub const NOW_DAYS: [(&str, i32); 9] = [
    ("امروز", 0),
    ("امشب", 0),
    ("دیروز", -1),
    ("دیشب", -1),
    ("پریروز", -2),
    ("پریشب", -2),
    ("فردا", 1),
    ("فرداشب", 1),
    ("پسفردا", 2),
];

/// The offset in days of a day named from the document's date («دیروز»: −1).
#[must_use]
pub fn now_day(w: &str) -> Option<i32> {
    NOW_DAYS.iter().find(|(d, _)| *d == w).map(|&(_, n)| n)
}

/// Common words that start a date only before certain words: a part of the
/// day before «امروز/دیروز/فردا», «این» before «هفته», «ماه» or a weekday.
#[must_use]
pub fn starts_with_next(w: &str, next: &str) -> bool {
    match w {
        "بامداد" | "صبح" | "ظهر" | "عصر" | "شب" | "غروب" | "ساعاتی" => {
            matches!(next, "امروز" | "دیروز" | "فردا")
        }
        "این" => next == "هفته" || next == "ماه" || WEEKDAYS.contains(&next),
        _ => false,
    }
}

/// Phrases of dates counted from the document's own date that the date
/// pre-check looks for besides [`NOW_DAYS`] and the weekdays (the parts of
/// a day and «این»/«آخر» only with what follows).
pub const NOW_CUES: [&str; 8] = [
    "روز گذشته",
    "روز جاری",
    "این هفته",
    "اخر هفته",
    "هفته گذشته",
    "هفته جاری",
    "هفته اینده",
    "هفته اتی",
];

/// Whether `w` is an Afghan month name ([`MONTHS`]): a date only with a day
/// or a year beside it.
#[must_use]
pub fn is_afghan_month(w: &str) -> bool {
    matches!(
        w,
        "حمل"
            | "ثور"
            | "جوزا"
            | "جوزای"
            | "سرطان"
            | "اسد"
            | "سنبله"
            | "میزان"
            | "عقرب"
            | "قوس"
            | "جدی"
            | "دلو"
            | "حوت"
    )
}

/// Month names indexed for lookup: single words, and two-word names by their first word.
pub struct MonthIndex {
    one: WordMap<&'static str, (CalendarKind, u8)>,
    two: WordMap<&'static str, Vec<(&'static str, CalendarKind, u8)>>,
}

impl MonthIndex {
    /// The month named by `w` (and, for two-word names, `next`): (calendar, month, words used).
    #[must_use]
    pub fn get(&self, w: &str, next: Option<&str>) -> Option<(CalendarKind, u8, usize)> {
        if let (Some(list), Some(n)) = (self.two.get(w), next)
            && let Some(&(_, c, m)) = list.iter().find(|(second, _, _)| *second == n)
        {
            return Some((c, m, 2));
        }
        self.one.get(w).map(|&(c, m)| (c, m, 1))
    }
}

/// The month index, built once.
pub fn months() -> &'static MonthIndex {
    static INDEX: OnceLock<MonthIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut one = WordMap::default();
        let mut two: WordMap<&'static str, Vec<(&'static str, CalendarKind, u8)>> =
            WordMap::default();
        for &(name, c, m) in MONTHS {
            match name.split_once(' ') {
                Some((a, b)) => two.entry(a).or_default().push((b, c, m)),
                None => {
                    one.insert(name, (c, m));
                }
            }
        }
        MonthIndex { one, two }
    })
}

/// Words without which a sentence holds no date unless it has a digit: month
/// names, «سال»، «دهه»، «قرن»، «سده»، «ماه»، «امسال»، «پارسال», and the
/// [`RELATIVE_CUES`].
pub fn triggers() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        let mut words: Vec<&str> = MONTHS
            .iter()
            .map(|(n, _, _)| n.split(' ').next().unwrap_or(n))
            .collect();
        words.extend(PERIOD_WORDS);
        words.extend(RELATIVE_CUES);
        words.extend(NOW_DAYS.iter().map(|(d, _)| *d));
        words.extend(NOW_CUES);
        words.extend(WEEKDAYS);
        words.extend(crate::time::holidays::HOLIDAYS.iter().map(|h| h.0));
        // Digits too, so that one pass answers both questions.
        words.extend(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
        words.sort_unstable();
        words.dedup();
        AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&words)
            .ok()
    })
    .as_ref()
}

/// Whether a normalised sentence may hold a date at all (a cheap pre-check):
/// it has a digit, or one of [`triggers`] as a whole word.
#[must_use]
pub fn may_hold_date(sentence: &str) -> bool {
    // A digit answers at once (a quarter of running text has one); the
    // automaton then looks for a whole trigger word and stops at the first.
    sentence.bytes().any(|b| b.is_ascii_digit()) || date_cues(sentence).next().is_some()
}

/// Start offsets in normalised `text` of what may begin a date: digits, and
/// [`triggers`] standing as whole words. (Without the automaton, which cannot
/// fail to build from its fixed list, every offset 0 is reported: scan all.)
pub fn date_cues(text: &str) -> impl Iterator<Item = usize> + '_ {
    // Not boxed: the pre-check calls this for every sentence without a digit.
    let ac = triggers();
    let scan_all = ac.is_none().then_some(0);
    let found = ac.into_iter().flat_map(move |ac| ac.find_iter(text));
    scan_all.into_iter().chain(found.filter_map(move |m| {
        if text.as_bytes()[m.start()].is_ascii_digit() {
            return Some(m.start());
        }
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let whole = before.is_none_or(|c| !crate::corpus::normalize::is_letter(c))
            && after.is_none_or(|c| !crate::corpus::normalize::is_letter(c));
        whole.then_some(m.start())
    }))
}

/// Month names: (written form, calendar, month number). Multi-word names are
/// written with a single space.
pub const MONTHS: &[(&str, CalendarKind, u8)] = &[
    ("ژانویه", CalendarKind::Gregorian, 1),
    ("ژانویهی", CalendarKind::Gregorian, 1),
    ("ژانوبه", CalendarKind::Gregorian, 1),
    ("فوریه", CalendarKind::Gregorian, 2),
    ("فبریه", CalendarKind::Gregorian, 2),
    ("مارس", CalendarKind::Gregorian, 3),
    ("مارچ", CalendarKind::Gregorian, 3),
    ("اوریل", CalendarKind::Gregorian, 4),
    ("اپریل", CalendarKind::Gregorian, 4),
    ("مه", CalendarKind::Gregorian, 5),
    ("می", CalendarKind::Gregorian, 5),
    ("مای", CalendarKind::Gregorian, 5),
    ("ژوئن", CalendarKind::Gregorian, 6),
    ("ژوین", CalendarKind::Gregorian, 6),
    ("جون", CalendarKind::Gregorian, 6),
    ("ژوئیه", CalendarKind::Gregorian, 7),
    ("ژوییه", CalendarKind::Gregorian, 7),
    ("ژوئیهی", CalendarKind::Gregorian, 7),
    ("جولای", CalendarKind::Gregorian, 7),
    ("اوت", CalendarKind::Gregorian, 8),
    ("اگوست", CalendarKind::Gregorian, 8),
    ("اگست", CalendarKind::Gregorian, 8),
    ("سپتامبر", CalendarKind::Gregorian, 9),
    ("اکتبر", CalendarKind::Gregorian, 10),
    ("نوامبر", CalendarKind::Gregorian, 11),
    ("نوومبر", CalendarKind::Gregorian, 11),
    ("دسامبر", CalendarKind::Gregorian, 12),
    // As Dari and Tajik sources write them, transliterated from English.
    ("جنوری", CalendarKind::Gregorian, 1),
    ("فبروری", CalendarKind::Gregorian, 2),
    ("سپتمبر", CalendarKind::Gregorian, 9),
    ("اکتوبر", CalendarKind::Gregorian, 10),
    ("نومبر", CalendarKind::Gregorian, 11),
    ("دسمبر", CalendarKind::Gregorian, 12),
    ("دیسمبر", CalendarKind::Gregorian, 12),
    // The Afghan (Dari) names of the Solar Hijri months, by the zodiac. Most
    // are common words too («اسد», «میزان», «سرطان»): a date only beside a
    // day or a year (see [`is_afghan_month`]).
    ("حمل", CalendarKind::SolarHijri, 1),
    ("ثور", CalendarKind::SolarHijri, 2),
    ("جوزا", CalendarKind::SolarHijri, 3),
    ("جوزای", CalendarKind::SolarHijri, 3),
    ("سرطان", CalendarKind::SolarHijri, 4),
    ("اسد", CalendarKind::SolarHijri, 5),
    ("سنبله", CalendarKind::SolarHijri, 6),
    ("میزان", CalendarKind::SolarHijri, 7),
    ("عقرب", CalendarKind::SolarHijri, 8),
    ("قوس", CalendarKind::SolarHijri, 9),
    ("جدی", CalendarKind::SolarHijri, 10),
    ("دلو", CalendarKind::SolarHijri, 11),
    ("حوت", CalendarKind::SolarHijri, 12),
    ("فروردین", CalendarKind::SolarHijri, 1),
    ("اردیبهشت", CalendarKind::SolarHijri, 2),
    ("خرداد", CalendarKind::SolarHijri, 3),
    ("تیر", CalendarKind::SolarHijri, 4),
    ("مرداد", CalendarKind::SolarHijri, 5),
    ("امرداد", CalendarKind::SolarHijri, 5),
    ("شهریور", CalendarKind::SolarHijri, 6),
    ("مهر", CalendarKind::SolarHijri, 7),
    ("ابان", CalendarKind::SolarHijri, 8),
    ("اذر", CalendarKind::SolarHijri, 9),
    ("دی", CalendarKind::SolarHijri, 10),
    ("بهمن", CalendarKind::SolarHijri, 11),
    ("اسفند", CalendarKind::SolarHijri, 12),
    // «آبان‌ماه»: the month and «ماه» written together (ZWNJ removed).
    ("فروردینماه", CalendarKind::SolarHijri, 1),
    ("اردیبهشتماه", CalendarKind::SolarHijri, 2),
    ("خردادماه", CalendarKind::SolarHijri, 3),
    ("تیرماه", CalendarKind::SolarHijri, 4),
    ("مردادماه", CalendarKind::SolarHijri, 5),
    ("امردادماه", CalendarKind::SolarHijri, 5),
    ("شهریورماه", CalendarKind::SolarHijri, 6),
    ("مهرماه", CalendarKind::SolarHijri, 7),
    ("ابانماه", CalendarKind::SolarHijri, 8),
    ("اذرماه", CalendarKind::SolarHijri, 9),
    ("دیماه", CalendarKind::SolarHijri, 10),
    ("بهمنماه", CalendarKind::SolarHijri, 11),
    ("اسفندماه", CalendarKind::SolarHijri, 12),
    ("محرم", CalendarKind::LunarHijri, 1),
    ("صفر", CalendarKind::LunarHijri, 2),
    ("ربیع الاول", CalendarKind::LunarHijri, 3),
    ("ربیعالاول", CalendarKind::LunarHijri, 3),
    ("ربیع الثانی", CalendarKind::LunarHijri, 4),
    ("ربیعالثانی", CalendarKind::LunarHijri, 4),
    ("ربیع الاخر", CalendarKind::LunarHijri, 4),
    ("ربیعالاخر", CalendarKind::LunarHijri, 4),
    ("جمادی الاول", CalendarKind::LunarHijri, 5),
    ("جمادیالاول", CalendarKind::LunarHijri, 5),
    ("جمادی الاولی", CalendarKind::LunarHijri, 5),
    ("جمادیالاولی", CalendarKind::LunarHijri, 5),
    ("جمادی الثانی", CalendarKind::LunarHijri, 6),
    ("جمادیالثانی", CalendarKind::LunarHijri, 6),
    ("جمادی الاخر", CalendarKind::LunarHijri, 6),
    ("جمادیالاخر", CalendarKind::LunarHijri, 6),
    ("جمادی الاخره", CalendarKind::LunarHijri, 6),
    ("جمادیالاخره", CalendarKind::LunarHijri, 6),
    ("رجب", CalendarKind::LunarHijri, 7),
    ("شعبان", CalendarKind::LunarHijri, 8),
    ("رمضان", CalendarKind::LunarHijri, 9),
    ("شوال", CalendarKind::LunarHijri, 10),
    ("ذیقعده", CalendarKind::LunarHijri, 11),
    ("ذیالقعده", CalendarKind::LunarHijri, 11),
    ("ذی القعده", CalendarKind::LunarHijri, 11),
    ("ذیحجه", CalendarKind::LunarHijri, 12),
    ("ذیالحجه", CalendarKind::LunarHijri, 12),
    ("ذی الحجه", CalendarKind::LunarHijri, 12),
];

/// Cardinal number words and their values.
pub const CARDINALS: &[(&str, u32)] = &[
    ("یک", 1),
    ("دو", 2),
    ("سه", 3),
    ("چهار", 4),
    ("پنج", 5),
    ("شش", 6),
    ("شیش", 6),
    ("هفت", 7),
    ("هشت", 8),
    ("نه", 9),
    ("ده", 10),
    ("یازده", 11),
    ("دوازده", 12),
    ("سیزده", 13),
    ("چهارده", 14),
    ("پانزده", 15),
    ("پونزده", 15),
    ("شانزده", 16),
    ("هفده", 17),
    ("هیفده", 17),
    ("هجده", 18),
    ("هیجده", 18),
    ("نوزده", 19),
    ("بیست", 20),
    ("سی", 30),
    ("چهل", 40),
    ("پنجاه", 50),
    ("شصت", 60),
    ("هفتاد", 70),
    ("هشتاد", 80),
    ("نود", 90),
    ("صد", 100),
    ("یکصد", 100),
    ("دویست", 200),
    ("سیصد", 300),
    ("چهارصد", 400),
    ("پانصد", 500),
    ("ششصد", 600),
    ("هفتصد", 700),
    ("هشتصد", 800),
    ("نهصد", 900),
    ("هزار", 1000),
];

/// Value of a single cardinal or ordinal number word (`بیست`, `بیستم`,
/// `بیستمین`, `یکم`, `اول`, `سوم`, `سیام`).
#[must_use]
pub fn number_word(w: &str) -> Option<(u32, bool)> {
    if let Some(v) = cardinal(w) {
        return Some((v, false));
    }
    match w {
        "اول" | "نخست" | "نخستین" | "اولین" => return Some((1, true)),
        "سوم" | "سومین" => return Some((3, true)),
        _ => {}
    }
    let stem = w.strip_suffix("مین").or_else(|| w.strip_suffix('م'))?;
    let stem = stem.strip_suffix("ا").unwrap_or(stem); // سیام
    cardinal(stem).map(|v| (v, true))
}

fn cardinal(w: &str) -> Option<u32> {
    static INDEX: OnceLock<WordMap<&'static str, u32>> = OnceLock::new();
    INDEX
        .get_or_init(|| CARDINALS.iter().copied().collect())
        .get(w)
        .copied()
}

/// Whether a date phrase can begin with word `w`: a bound, a modifier, a
/// period word, a month name, or a number word (cardinal or ordinal).
#[must_use]
pub fn is_starter(w: &str) -> bool {
    static SET: OnceLock<WordMap<String, ()>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut set = WordMap::default();
        let fixed = [
            "از",
            "تا",
            "قبل",
            "پیش",
            "پس",
            "بعد",
            "بین",
            "میان",
            "سالهای",
            "سالها",
            "سالی",
            "همان",
            "همین",
            "بهار",
            "تابستان",
            "پاییز",
            "پائیز",
            "زمستان",
            "اول",
            "نخست",
            "نخستین",
            "اولین",
            "سوم",
            "سومین",
            "سیام",
            "سیامین",
            "اخرین",
            "واپسین",
            "فصل",
            "نیمه",
            "سهماهه",
        ];
        for w in fixed
            .into_iter()
            .chain(PERIOD_WORDS)
            .chain(RELATIVE_WORDS)
            .chain(NOW_DAYS.iter().map(|(d, _)| *d))
            .chain(["اخر"])
            .chain(WEEKDAYS)
        {
            set.insert(w.to_owned(), ());
        }
        for (parts, _) in MODIFIERS {
            set.insert(parts[0].to_owned(), ());
        }
        for (name, _) in crate::time::holidays::HOLIDAYS {
            set.insert(name.split(' ').next().unwrap_or(name).to_owned(), ());
        }
        for (name, _, _) in MONTHS {
            set.insert(name.split(' ').next().unwrap_or(name).to_owned(), ());
        }
        for (w, _) in CARDINALS {
            for suffix in ["", "م", "مین"] {
                set.insert(format!("{w}{suffix}"), ());
            }
        }
        set
    });
    set.contains_key(w)
}

/// Words that make the number before them a quantity, not a year.
pub const UNITS: &[&str] = &[
    "درصد",
    "میلیارد",
    "میلیون",
    "هزار",
    "صد",
    "نفر",
    "تن",
    "دلار",
    "یورو",
    "روبل",
    "ریال",
    "تومان",
    "کیلومتر",
    "متر",
    "مگاوات",
    "کیلووات",
    "گیگاوات",
    "بشکه",
    "کیلوگرم",
    "عدد",
    "فروند",
    "دستگاه",
    "km",
    "mw",
];

/// Words that make the number after them a label, not a year.
pub const LABELS: &[&str] = &[
    "ماده",
    "بند",
    "شماره",
    "پایگاه",
    "ص",
    "صص",
    "صفحه",
    "کد",
    "قطعنامه",
    "جلد",
    "فصل",
    "اصل",
    "تبصره",
    "پلاک",
];

/// Words that make the number after them an amount, not a year: «حدود
/// ۱۵۰۰», «بیش از ۲۰۰۰».
pub const QUANTITY_WORDS: &[&str] = &[
    "حدود",
    "حدودا",
    "بیش",
    "کمتر",
    "تقریبا",
    "نزدیک",
    "رقم",
    "مبلغ",
    "مجموعا",
    "جمعا",
    "معادل",
    "بالغ",
    "افزون",
    "تعداد",
    "شمار",
];

/// Words before a weekday that make it part of a name: «نماز جمعه».
pub const WEEKDAY_OF: [&str; 8] = [
    "نماز",
    "امام",
    "خطیب",
    "خطبه",
    "خطبههای",
    "ایمه",
    "بازار",
    "جمعهی",
];

/// Places named after a day, before the day: «خیابان ۱۶ آذر», «بلوار ۲۲
/// بهمن», «ورزشگاه ۱۲ فروردین», «میدان هفت تیر».
pub const NAMED_PLACES: &[&str] = &[
    "خیابان",
    "بلوار",
    "میدان",
    "ورزشگاه",
    "استادیوم",
    "بیمارستان",
    "دانشگاه",
    "کوچه",
    "بزرگراه",
    "اتوبان",
    "پل",
    "پارک",
    "مدرسه",
    "دبیرستان",
    "هنرستان",
    "ایستگاه",
    "شهرک",
    "مجتمع",
    "سالن",
    "تالار",
    "مسجد",
    "حسینیه",
    "فرودگاه",
    "بندر",
    "سینما",
    "پادگان",
    "ناو",
    "خیابانهای",
    "بلوارهای",
];

/// Words before a month name that make it a name: of a company or brand
/// («شرکت بهمن», «گروه بهمن»), or of a person («خانم آذر», «آقای بهمن»).
pub const NAME_BEFORE_MONTH: &[&str] = &[
    "شرکت",
    "گروه",
    "کارخانه",
    "خودروسازی",
    "برند",
    "نشان",
    "فروشگاه",
    "بانک",
    "هتل",
    "اقای",
    "خانم",
    "دکتر",
    "مهندس",
    "سردار",
    "استاد",
];

/// Words after a month name that make it a brand: «بهمن موتور», «بهمن
/// دیزل», «مهر اقتصاد».
pub const NAME_AFTER_MONTH: &[&str] = &[
    "موتور",
    "دیزل",
    "خودرو",
    "گروپ",
    "لیزینگ",
    "سیمان",
    "اقتصاد",
    "ایرانیان",
    "پلاس",
];

/// Period modifiers before a date, as word sequences.
pub const MODIFIERS: &[(&[&str], Modifier)] = &[
    (&["اوایل"], Modifier::Early),
    (&["اوائل"], Modifier::Early),
    (&["ابتدای"], Modifier::Early),
    (&["ابتدا"], Modifier::Early),
    (&["اغاز"], Modifier::Early),
    (&["اغازین"], Modifier::Early),
    (&["نیمه", "اول"], Modifier::Early),
    (&["اواسط"], Modifier::Mid),
    (&["میانه"], Modifier::Mid),
    (&["اواخر"], Modifier::Late),
    (&["انتهای"], Modifier::Late),
    (&["پایان"], Modifier::Late),
    (&["نیمه", "دوم"], Modifier::Late),
];

/// Cue words of a forecast (expected, planned or predicted).
pub const FORECAST_CUES: &[&str] = &[
    "خواهد",
    "خواهند",
    "پیشبینی",
    "پیش بینی",
    "احتمالا",
    "قرار است",
    "قرار بود",
    "انتظار میرود",
    "انتظار می رود",
    "در نظر دارد",
    "قصد دارد",
    "قصد دارند",
    "برنامهریزی شده",
    "برنامه ریزی شده",
];

/// Cue words of a source citation in running text.
pub const SOURCE_CUES: &[&str] = &[
    "روزنامه",
    "نشریه",
    "مجله",
    "هفتهنامه",
    "فصلنامه",
    "ماهنامه",
    "خبرگزاری",
    "گزارش شماره",
    "به نقل از",
];

/// Stems of verbs that say something was negated or did not happen.
const NEGATED_STEMS: &[&str] = &[
    "کرد",
    "شد",
    "بود",
    "یامد",
    "رفت",
    "داشت",
    "گرفت",
    "رسید",
    "داد",
    "پذیرفت",
    "امد",
    "یافت",
    "گذاشت",
    "دید",
    "کرده",
    "شده",
    "بوده",
    "داشته",
    "گرفته",
    "رسیده",
    "داده",
    "پذیرفته",
    "یافته",
];

/// Negated past verbs and stems: a clause with one states that something did
/// not happen, so its date is not an event date.
#[must_use]
pub fn is_negated_verb(w: &str) -> bool {
    if w.starts_with("نمی") && w.chars().count() > 4 {
        return true;
    }
    w.strip_prefix('ن').is_some_and(|rest| {
        NEGATED_STEMS
            .iter()
            .any(|s| rest.starts_with(s) && rest.chars().count() <= s.chars().count() + 3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::normalize::assert_normalised;

    #[test]
    fn every_word_list_is_in_normalised_form() {
        assert_normalised("PERIOD_WORDS", &PERIOD_WORDS);
        assert_normalised("RELATIVE_WORDS", &RELATIVE_WORDS);
        assert_normalised("RELATIVE_CUES", &RELATIVE_CUES);
        let days: Vec<&str> = NOW_DAYS.iter().map(|d| d.0).collect();
        assert_normalised("NOW_DAYS", &days);
        assert_normalised("NOW_CUES", &NOW_CUES);
        assert_normalised("WEEKDAYS", &WEEKDAYS);
        let months: Vec<&str> = MONTHS.iter().map(|m| m.0).collect();
        assert_normalised("MONTHS", &months);
        let cardinals: Vec<&str> = CARDINALS.iter().map(|c| c.0).collect();
        assert_normalised("CARDINALS", &cardinals);
        assert_normalised("UNITS", UNITS);
        assert_normalised("LABELS", LABELS);
        assert_normalised("NAMED_PLACES", NAMED_PLACES);
        assert_normalised("WEEKDAY_OF", &WEEKDAY_OF);
        assert_normalised("QUANTITY_WORDS", QUANTITY_WORDS);
        assert_normalised("NAME_BEFORE_MONTH", NAME_BEFORE_MONTH);
        assert_normalised("NAME_AFTER_MONTH", NAME_AFTER_MONTH);
        for (words, _) in MODIFIERS {
            assert_normalised("MODIFIERS", words);
        }
        assert_normalised("FORECAST_CUES", FORECAST_CUES);
        assert_normalised("SOURCE_CUES", SOURCE_CUES);
        assert_normalised("NEGATED_STEMS", NEGATED_STEMS);
        assert_normalised("CITATION_VERBS", &super::super::CITATION_VERBS);
    }
}
