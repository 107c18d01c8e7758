//! Whole behaviour on the bundled seeds: files → events JSON.

use gahnama::corpus::Document;
use gahnama::extract::Extractor;
use gahnama::model::{Event, ExtractOutput};

fn output() -> (Vec<Document>, ExtractOutput) {
    let loaded = gahnama::seeds::load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let ex = Extractor::bundled().expect("bundled data");
    let out = ex.extract(&loaded.documents).to_output();
    (loaded.documents, out)
}

fn find<'a>(out: &'a ExtractOutput, start: &str, needle: &str) -> &'a Event {
    out.events
        .iter()
        .find(|e| {
            e.when.start_iso() == start && e.sources.iter().any(|s| s.sentence.contains(needle))
        })
        .unwrap_or_else(|| panic!("no event starting {start} stated with «{needle}»"))
}

#[test]
fn the_founding_act_comes_out_on_17_may_1997_with_its_sentence() {
    let (docs, out) = output();
    let e = find(&out, "1997-05-17", "سند مبنایی");
    assert_eq!(e.when.precision.as_str(), "day");
    assert_eq!(e.when.text, "۱۷ می سال ۱۹۹۷");
    assert_eq!(
        e.title_en.as_deref(),
        Some("NATO–Russia Founding Act signed")
    );
    assert!(e.actors.contains(&"NATO".into()) && e.actors.contains(&"Russia".into()));
    let s = &e.sources[0];
    assert_eq!(&*s.doc, "000_b27873ff5fb95515");
    assert_eq!(s.paragraph, 8);
    assert_eq!(s.line, 9);
    let doc = docs.iter().find(|d| d.id == s.doc).expect("doc");
    assert_eq!(
        &doc.bytes()[s.date_bytes[0]..s.date_bytes[1]],
        "۱۷ می سال ۱۹۹۷".as_bytes()
    );
    let sentence = std::str::from_utf8(&doc.bytes()[s.bytes[0]..s.bytes[1]]).expect("utf-8");
    assert_eq!(sentence, s.sentence);
    assert!(sentence.starts_with("در ۱۷ می سال ۱۹۹۷ رهبران"));
}

#[test]
fn the_partnership_for_peace_launch_is_january_1994() {
    let (_, out) = output();
    let e = find(&out, "1994-01", "مشارکت برای صلح");
    assert_eq!(e.when.precision.as_str(), "month");
    assert_eq!(
        e.title_en.as_deref(),
        Some("NATO Partnership for Peace launched")
    );
    assert_eq!(e.kind, gahnama::model::EventKind::Event);
}

#[test]
fn the_gas_union_sentence_split_by_a_page_break_keeps_its_date() {
    let (docs, out) = output();
    let e = find(&out, "2022-12", "اتحاد گاز");
    assert!(
        e.title_en
            .as_deref()
            .is_some_and(|t| t.contains("gas union"))
    );
    let s = &e.sources[0];
    // The sentence starts before the page break and the date is after it.
    assert!(s.sentence.contains("توقایف") && s.sentence.contains("دسامبر ۲۰۲۲"));
    let doc = docs.iter().find(|d| d.id == s.doc).expect("doc");
    assert_eq!(
        &doc.bytes()[s.date_bytes[0]..s.date_bytes[1]],
        "دسامبر ۲۰۲۲".as_bytes()
    );
    assert!(s.bytes[0] < s.date_bytes[0] && s.date_bytes[1] <= s.bytes[1]);
}

#[test]
fn ranges_stay_ranges_and_forecasts_are_forecasts() {
    let (_, out) = output();
    let customs = find(&out, "2007", "اتحادیه گمرکی");
    assert_eq!(customs.when.end_iso(), "2010");
    let tajik = find(&out, "1992", "جنگ داخلی");
    assert_eq!(tajik.when.end_iso(), "1997");
    let gas = find(&out, "2023", "کسری گاز");
    assert_eq!(gas.kind, gahnama::model::EventKind::Forecast);
    let npp = find(&out, "2033", "۳۳۰ مگاوات");
    assert_eq!(npp.kind, gahnama::model::EventKind::Forecast);
    let signed = find(&out, "2024-05", "۳۳۰ مگاوات");
    assert_eq!(signed.kind, gahnama::model::EventKind::Event);
}

#[test]
fn no_citation_bibliography_or_footnote_date_becomes_an_event() {
    let (docs, out) = output();
    for e in &out.events {
        for s in &e.sources {
            let doc = docs.iter().find(|d| d.id == s.doc).expect("doc");
            let kind = doc.paragraphs[s.paragraph].kind;
            assert_eq!(
                kind,
                gahnama::corpus::BlockKind::Body,
                "event {} from a {kind:?}",
                e.title
            );
        }
        // Every Solar Hijri year in these seeds is a citation or a reference.
        assert_ne!(e.when.calendar.as_str(), "solar_hijri", "{}", e.title);
        // The newspaper dates of doc 001's footnotes are all in 1997 and day-precise.
        assert!(
            !(e.when.start_iso() == "1997-04-08" || e.when.start_iso() == "1997-09-25"),
            "{}",
            e.title
        );
    }
}

#[test]
fn every_source_points_at_its_own_bytes_on_disk() {
    let (docs, out) = output();
    for e in &out.events {
        for (i, s) in e.sources.iter().enumerate() {
            let doc = docs.iter().find(|d| d.id == s.doc).expect("doc");
            let date =
                std::str::from_utf8(&doc.bytes()[s.date_bytes[0]..s.date_bytes[1]]).expect("utf-8");
            if i == 0 {
                // The event's date is worded as in its first source.
                assert_eq!(date, e.when.text.as_str(), "event {}", e.id);
            }
            assert!(
                !date.trim().is_empty() && s.sentence.contains(date),
                "event {}",
                e.id
            );
            assert!(s.bytes[0] <= s.date_bytes[0] && s.date_bytes[1] <= s.bytes[1]);
        }
    }
}

#[test]
fn the_same_input_gives_the_same_ids_and_json() {
    let (_, a) = output();
    let (_, b) = output();
    let ja = serde_json::to_string(&a).expect("json");
    let jb = serde_json::to_string(&b).expect("json");
    assert_eq!(ja, jb);
    let mut ids: Vec<&str> = a.events.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), a.events.len(), "ids are unique");
}

#[test]
fn the_json_has_exactly_the_documented_shape() {
    let (_, out) = output();
    let v = serde_json::to_value(&out).expect("json");
    let keys = |o: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = o.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), ["documents", "events", "schema"]);
    assert_eq!(v["schema"], "gahnama.events/2");
    assert_eq!(
        keys(&v["documents"][0]),
        [
            "bytes",
            "date",
            "date_source",
            "encoding",
            "id",
            "paragraphs",
            "path",
            "sha256",
            "title"
        ]
    );
    assert_eq!(v["documents"][0]["paragraphs"], 46);
    assert_eq!(v["documents"][0]["bytes"], 29467);
    let e = &v["events"][0];
    assert_eq!(
        keys(e),
        [
            "actors",
            "confidence",
            "id",
            "kind",
            "people",
            "regions",
            "sources",
            "title",
            "title_en",
            "when"
        ]
    );
    assert_eq!(
        keys(&e["when"]),
        [
            "calendar",
            "edtf",
            "end",
            "first_day",
            "inferred",
            "last_day",
            "modifier",
            "native",
            "precision",
            "range",
            "start",
            "text"
        ]
    );
    assert_eq!(
        keys(&e["sources"][0]),
        [
            "bytes",
            "date_bytes",
            "doc",
            "line",
            "paragraph",
            "sentence"
        ]
    );
}

#[test]
fn mentions_of_the_same_event_merge_into_one_with_several_sources() {
    let (_, out) = output();
    let smo: Vec<&Event> = out
        .events
        .iter()
        .filter(|e| {
            e.title_en
                .as_deref()
                .is_some_and(|t| t.contains("special military operation"))
        })
        .collect();
    assert_eq!(smo.len(), 1);
    assert!(smo[0].sources.len() >= 2);
}

#[test]
fn this_country_is_named_in_the_title() {
    // «… وزیر انرژی این کشور اعلام کرد»: the paragraph is about Kyrgyzstan.
    let (_, out) = output();
    let e = find(&out, "2023-01", "وزیر انرژی این کشور");
    assert_eq!(e.title, "وزیر انرژی قرقیزستان اعلام کرد");
    assert!(e.actors.contains(&"Kyrgyzstan".into()));
}
