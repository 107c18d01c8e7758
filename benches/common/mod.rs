//! Generated events for the benchmarks.

use gahnama::model::{
    CalendarKind, Event, EventKind, Precision, SourceSpan, When, parse_iso_first, parse_iso_last,
};

const ACTORS: [&str; 12] = [
    "Russia",
    "NATO",
    "United States",
    "Kazakhstan",
    "Uzbekistan",
    "Iran",
    "China",
    "Turkey",
    "Armenia",
    "Azerbaijan",
    "Georgia",
    "EAEU",
];
const WORDS: [&str; 10] = [
    "نشست",
    "سران",
    "توافق",
    "گاز",
    "امنیت",
    "ناتو",
    "روسیه",
    "همکاری",
    "اتحادیه",
    "قرارداد",
];

/// Deterministic pseudo-random events spread over 1900–2030.
pub fn events(n: usize) -> Vec<Event> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|i| {
            let r = next();
            let year = 1900 + (r % 131) as i32;
            let month = 1 + (r >> 8) % 12;
            let day = 1 + (r >> 16) % 28;
            let (precision, start, end) = match (r >> 24) % 4 {
                0 => (
                    Precision::Day,
                    format!("{year}-{month:02}-{day:02}"),
                    format!("{year}-{month:02}-{day:02}"),
                ),
                1 => (
                    Precision::Month,
                    format!("{year}-{month:02}"),
                    format!("{year}-{month:02}"),
                ),
                2 => (Precision::Year, format!("{year}"), format!("{year}")),
                _ => (
                    Precision::Year,
                    format!("{year}"),
                    format!("{}", year + 1 + ((r >> 30) % 5) as i32),
                ),
            };
            let a = ACTORS[(r >> 32) as usize % ACTORS.len()];
            let b = ACTORS[(r >> 40) as usize % ACTORS.len()];
            let title = format!(
                "{} {} {}",
                WORDS[(r >> 44) as usize % 10],
                WORDS[(r >> 48) as usize % 10],
                WORDS[(r >> 52) as usize % 10]
            );
            Event {
                id: format!("ev-{i}"),
                title,
                title_en: None,
                when: When::new(
                    parse_iso_first(&start).expect("generated date"),
                    parse_iso_last(&end).expect("generated date"),
                    precision,
                    CalendarKind::Gregorian,
                ),
                kind: if r % 9 == 0 {
                    EventKind::Forecast
                } else {
                    EventKind::Event
                },
                actors: vec![a.into(), b.into()],
                people: vec![],
                regions: vec![],
                sources: vec![SourceSpan {
                    doc: "gen".into(),
                    paragraph: 0,
                    line: 1,
                    bytes: [0, 0],
                    date_bytes: [0, 0],
                    sentence: Default::default(),
                }],
                confidence: 0.8,
                curation: None,
            }
        })
        .collect()
}
