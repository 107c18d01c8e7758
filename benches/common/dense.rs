//! A dense corpus: documents of one-sentence paragraphs, each stating one
//! dated event (about 110 bytes a sentence), for the memory and frame
//! measurements of issue 9. Deterministic: the same `n` gives the same bytes.

use gahnama::layout::ticks::{GREGORIAN_MONTHS, SOLAR_HIJRI_MONTHS};

/// Persian names of actors the gazetteer knows.
const ACTORS: [&str; 16] = [
    "روسیه",
    "ناتو",
    "قزاقستان",
    "ازبکستان",
    "ایران",
    "چین",
    "ترکیه",
    "ارمنستان",
    "آذربایجان",
    "گرجستان",
    "ترکمنستان",
    "قرقیزستان",
    "تاجیکستان",
    "آمریکا",
    "اتحادیه اروپا",
    "هند",
];

const OBJECTS: [&str; 12] = [
    "توافقنامه همکاری گازی",
    "قرارداد ترانزیت کالا",
    "بیانیه مشترک امنیتی",
    "سند راهبردی انرژی",
    "یادداشت تفاهم بندری",
    "پروتکل مرزی تازه",
    "برنامه رزمایش مشترک",
    "طرح خط لوله خزر",
    "قرارداد خرید برق",
    "موافقتنامه گمرکی",
    "توافق آزادسازی روادید",
    "سند همکاری دانشگاهی",
];

const VERBS: [&str; 6] = [
    "را امضا کردند",
    "را اعلام کردند",
    "را تصویب کردند",
    "را به اجرا گذاشتند",
    "را نهایی کردند",
    "را تمدید کردند",
];

/// Dates in Persian digits, written with the app's own month names.
fn persian_digits(n: u64) -> String {
    gahnama::text::persian_digits(&n.to_string())
}

/// `n` sentences of dated events, in documents of `per_doc` paragraphs.
pub fn documents(n: usize, per_doc: usize) -> Vec<Vec<u8>> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut docs = Vec::new();
    let mut doc = String::new();
    for i in 0..n {
        let r = next();
        let day = 1 + r % 28;
        let month = ((r >> 8) % 12) as usize;
        let date = if (r >> 16) % 3 == 0 {
            let year = 1370 + (r >> 20) % 34;
            format!(
                "{} {} {}",
                persian_digits(day),
                SOLAR_HIJRI_MONTHS[month],
                persian_digits(year)
            )
        } else {
            let year = 1991 + (r >> 20) % 34;
            format!(
                "{} {} {}",
                persian_digits(day),
                GREGORIAN_MONTHS[month],
                persian_digits(year)
            )
        };
        let a = ACTORS[(r >> 28) as usize % ACTORS.len()];
        let ai = (r >> 28) as usize % ACTORS.len();
        let b = ACTORS[(ai + 1 + (r >> 34) as usize % (ACTORS.len() - 1)) % ACTORS.len()];
        let object = OBJECTS[(r >> 40) as usize % OBJECTS.len()];
        let verb = VERBS[(r >> 46) as usize % VERBS.len()];
        doc.push_str(&format!("در {date} {a} و {b} {object} {verb}.\n\n"));
        if (i + 1) % per_doc == 0 {
            docs.push(std::mem::take(&mut doc).into_bytes());
        }
    }
    if !doc.is_empty() {
        docs.push(doc.into_bytes());
    }
    docs
}
