//! No input makes the corpus, the tagger or the extractor panic.

use gahnama::corpus::Document;
use gahnama::extract::Extractor;
use proptest::prelude::*;

/// Pieces that date phrases and Persian text are made of, to build inputs
/// that reach deep into the tagger rather than only random noise.
const PIECES: &[&str] = &[
    "در",
    "سال",
    "سالهای",
    "تا",
    "از",
    "۱۷",
    "۱۹۹۷",
    "2022",
    "1384",
    "ه.ش",
    "ه.ق",
    "می",
    "مه",
    "ژانویه",
    "دسامبر",
    "مهر",
    "محرم",
    "دهه",
    "۹۰",
    "قرن",
    "بیست",
    "و",
    "یکم",
    "همان",
    "یک",
    "بعد",
    "گذشته",
    "اواخر",
    "(",
    ")",
    "«",
    "»",
    "،",
    ".",
    "؛",
    "؟",
    "\n",
    "\n\n",
    "^۱",
    "منابع:",
    "۱-",
    "ناتو",
    "روسیه",
    "این کشور",
    "خواهد",
    "پیش‌بینی",
    "\u{200C}",
    "ـ",
    "ي",
    "ك",
    "١٩٩٧",
    "-",
    ":",
    "#",
    "1.7",
    "یازده سپتامبر",
    "۱۴۰۰/۰۹/۰۷",
    "7/9/1400",
    "30/12/1399",
    "2021-11-28",
    "2021-13-40",
    "9999/99/99",
    "0/0/0000",
    "زمستان",
    "تابستان",
    "آبان‌ماه",
    "دهه‌های",
    "ماه",
    "روز",
    "هفته",
    "پس",
    "آن",
    "فردای",
    "چند",
    "همین",
    "قبل",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(doc) = Document::from_bytes("x", "x", bytes) {
            let ex = Extractor::bundled().expect("bundled data");
            let _ = ex.extract(std::slice::from_ref(&doc));
            let _ = ex.dates(&doc);
        }
    }

    #[test]
    fn persian_date_soup_never_panics_and_offsets_stay_in_the_file(text in soup()) {
        let doc = Document::from_bytes("x", "x", text.clone().into_bytes()).expect("text");
        let ex = Extractor::bundled().expect("bundled data");
        let t = ex.extract(std::slice::from_ref(&doc));
        for e in &t.events {
            for s in &e.sources {
                prop_assert!(s.bytes[0] <= s.bytes[1] && s.bytes[1] <= text.len());
                prop_assert!(s.date_bytes[0] <= s.date_bytes[1] && s.date_bytes[1] <= text.len());
                prop_assert!(text.is_char_boundary(s.date_bytes[0]) && text.is_char_boundary(s.date_bytes[1]));
            }
            prop_assert!(e.when.first_day.is_valid() && e.when.last_day.is_valid());
            prop_assert!(e.when.first_day <= e.when.last_day);
            // The native value names the same interval the days hold.
            prop_assert!(!gahnama::layout::format::native(&e.when, gahnama::layout::ticks::Digits::Latin).is_empty());
        }
        for r in ex.dates(&doc) {
            prop_assert!(r.bytes[1] <= text.len());
        }
    }

    #[test]
    fn utf16_and_windows_1256_inputs_never_panic(text in soup(), le in any::<bool>()) {
        let mut utf16 = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in text.encode_utf16() {
            utf16.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let ex = Extractor::bundled().expect("bundled data");
        for bytes in [utf16, encoding_rs::WINDOWS_1256.encode(&text).0.into_owned()] {
            if let Ok(doc) = Document::from_bytes("x", "x", bytes) {
                let _ = ex.extract(std::slice::from_ref(&doc));
            }
        }
    }
}
