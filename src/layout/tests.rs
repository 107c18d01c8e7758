use std::collections::HashSet;
use std::sync::Arc;

use super::ticks::{Digits, Step, choose_step, ticks};
use super::*;
use crate::model::{
    CalendarKind, Day, Event, EventKind, Precision, SourceSpan, When, parse_iso_first,
    parse_iso_last,
};

/// An event for the layout tests (also used by `format`'s).
pub(super) fn event(
    id: &str,
    start: &str,
    end: &str,
    precision: Precision,
    actors: &[&str],
) -> Event {
    Event {
        id: id.to_owned(),
        title: format!("رویداد {id}"),
        title_en: None,
        when: When {
            text: start.into(),
            ..When::new(
                parse_iso_first(start).expect("a test date"),
                parse_iso_last(end).expect("a test date"),
                precision,
                CalendarKind::Gregorian,
            )
        },
        kind: EventKind::Event,
        actors: actors.iter().map(|s| Arc::from(*s)).collect(),
        people: vec![],
        regions: vec![],
        sources: vec![SourceSpan {
            doc: "d".into(),
            paragraph: 0,
            line: 1,
            bytes: [0, 1],
            date_bytes: [0, 1],
            sentence: Default::default(),
        }],
        confidence: 0.9,
        curation: None,
    }
}

/// The scene of `events` in `lanes` for `view` at `width`, nothing
/// collapsed, with the default metrics and every label `label_width` wide.
fn scene_of(
    events: &[&Event],
    lanes: &[Lane],
    view: &TimeView,
    width: f64,
    label_width: f64,
) -> Scene {
    scene(
        events,
        &days_of(events),
        lanes,
        &HashSet::new(),
        view,
        width,
        &Metrics::default(),
        &mut |_| label_width,
    )
}

fn days_of(events: &[&Event]) -> Vec<Extent> {
    events.iter().map(|e| extent(e)).collect()
}

fn days(y: i32, m: u8, d: u8) -> f64 {
    Day::new(y, m, d).to_epoch_days() as f64
}

#[test]
fn zoom_keeps_the_day_under_the_cursor_and_pan_moves_the_range() {
    let mut v = TimeView::fit(days(1990, 1, 1), days(2020, 1, 1));
    let before = v.day_at(300.0, 1000.0);
    v.zoom_at(300.0, 1000.0, 4.0);
    assert!((v.day_at(300.0, 1000.0) - before).abs() < 1e-6);
    let min = v.min_day;
    v.pan(100.0, 1000.0);
    assert!(v.min_day < min);
    // Zoom is bounded: never below a day.
    for _ in 0..100 {
        v.zoom_at(500.0, 1000.0, 10.0);
    }
    assert!((v.span_days - MIN_SPAN_DAYS).abs() < 1e-9);
    let a = TimeView {
        min_day: 0.0,
        span_days: 100.0,
    };
    let b = TimeView {
        min_day: 1000.0,
        span_days: 10.0,
    };
    assert_eq!(a.lerp(&b, 0.0), a);
    let end = a.lerp(&b, 1.0);
    assert!((end.min_day - b.min_day).abs() < 1e-6 && (end.span_days - b.span_days).abs() < 1e-6);
}

#[test]
fn ticks_adapt_from_centuries_to_days() {
    let width = 1000.0;
    let centuries = TimeView {
        min_day: days(1500, 1, 1),
        span_days: 365.25 * 500.0,
    };
    assert_eq!(choose_step(&centuries, width, 80.0), Step::Years(50));
    let decades = TimeView::fit(days(1990, 1, 1), days(2025, 1, 1));
    let t = ticks(
        &decades,
        width,
        80.0,
        CalendarKind::Gregorian,
        Digits::Latin,
    );
    assert!(t.iter().any(|t| t.label == "2000"));
    assert!(t.windows(2).all(|w| w[1].x - w[0].x >= 80.0 - 1e-6));
    let months = TimeView {
        min_day: days(1997, 1, 1),
        span_days: 365.0,
    };
    let t = ticks(&months, width, 60.0, CalendarKind::Gregorian, Digits::Latin);
    assert!(t.iter().any(|t| t.label == "مه"), "{t:?}");
    let days_view = TimeView {
        min_day: days(1997, 5, 10),
        span_days: 14.0,
    };
    let t = ticks(
        &days_view,
        width,
        50.0,
        CalendarKind::Gregorian,
        Digits::Persian,
    );
    assert!(t.iter().any(|t| t.label == "۱۷"), "{t:?}");
    let x17 = t.iter().find(|t| t.label == "۱۷").map(|t| t.x).expect("17");
    assert!((x17 - days_view.x_of(days(1997, 5, 17), width)).abs() < 1e-6);
}

#[test]
fn solar_hijri_ticks_fall_on_nowruz() {
    let v = TimeView::fit(days(1995, 1, 1), days(2000, 1, 1));
    let t = ticks(&v, 1000.0, 150.0, CalendarKind::SolarHijri, Digits::Persian);
    let t1376 = t.iter().find(|t| t.label == "۱۳۷۶").expect("1376");
    // 1 Farvardin 1376 = 21 March 1997.
    assert!((t1376.x - v.x_of(days(1997, 3, 21), 1000.0)).abs() < 1e-6);
}

#[test]
fn lanes_take_the_most_frequent_actors_and_repeat_shared_events() {
    let es = [
        event("a", "1997", "1997", Precision::Year, &["NATO", "Russia"]),
        event("b", "1998", "1998", Precision::Year, &["Russia"]),
        event("c", "1999", "1999", Precision::Year, &["NATO"]),
        event("d", "2000", "2000", Precision::Year, &["Russia"]),
        event("e", "2001", "2001", Precision::Year, &["Iran"]),
        event("f", "2002", "2002", Precision::Year, &[]),
    ];
    let refs: Vec<&Event> = es.iter().collect();
    let l = lanes(&refs, GroupBy::Actor, 2);
    let keys: Vec<&str> = l.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(keys, ["Russia", "NATO", OTHER_LANE]);
    assert_eq!(l[0].events, vec![0, 1, 3]);
    assert_eq!(l[1].events, vec![0, 2]);
    assert_eq!(l[2].events, vec![4, 5]);
    let one = lanes(&refs, GroupBy::None, 8);
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].events.len(), 6);
}

#[test]
fn close_events_cluster_and_split_when_zoomed_in() {
    let es = [
        event("a", "1997-05-17", "1997-05-17", Precision::Day, &["X"]),
        event("b", "1997-05-20", "1997-05-20", Precision::Day, &["X"]),
        event("c", "2010-01-01", "2010-01-01", Precision::Day, &["X"]),
    ];
    let refs: Vec<&Event> = es.iter().collect();
    let l = lanes(&refs, GroupBy::Actor, 8);
    let far = TimeView::fit(days(1990, 1, 1), days(2020, 1, 1));
    let s = scene_of(&refs, &l, &far, 1000.0, 50.0);
    assert_eq!(s.marks.len(), 2);
    assert_eq!(s.marks[0].shape, Shape::Cluster(2));
    let near = TimeView {
        min_day: days(1997, 5, 10),
        span_days: 20.0,
    };
    let s = scene_of(&refs, &l, &near, 1000.0, 50.0);
    assert_eq!(s.marks.len(), 2, "the 2010 event is off screen");
    assert!(s.marks.iter().all(|m| m.shape == Shape::Point));
}

#[test]
fn count_bubbles_of_a_dense_lane_never_cover_each_other() {
    // An event every ten days for thirty years, in one lane 420 pixels wide:
    // about ten events per pixel column.
    let es: Vec<Event> = (0..1100)
        .map(|k| {
            let d = Day::from_epoch_days(Day::new(1990, 1, 1).to_epoch_days() + k * 10);
            let iso = d.to_string();
            event(&format!("e{k}"), &iso, &iso, Precision::Day, &["X"])
        })
        .collect();
    let refs: Vec<&Event> = es.iter().collect();
    let l = lanes(&refs, GroupBy::Actor, 8);
    let view = TimeView::fit(days(1990, 1, 1), days(2020, 2, 1));
    let s = scene_of(&refs, &l, &view, 420.0, 50.0);
    let total: usize = s
        .marks
        .iter()
        .map(|m| match m.shape {
            Shape::Cluster(n) => n,
            _ => 1,
        })
        .sum();
    assert_eq!(total, 1100, "every event is in one mark");
    let radius = |m: &Mark| match m.shape {
        Shape::Cluster(n) => f64::from(style::MARKS.cluster_radius_of(n)),
        _ => f64::from(style::MARKS.point_radius),
    };
    assert!(
        s.marks.len() >= 5,
        "still spread along the lane: {}",
        s.marks.len()
    );
    for w in s.marks.windows(2) {
        let gap = w[1].cx() - w[0].cx();
        assert!(
            gap >= radius(&w[0]) + radius(&w[1]) - 2.0,
            "bubbles {:?} and {:?} overlap",
            w[0].shape,
            w[1].shape
        );
    }
}
#[test]
fn imprecise_dates_are_fuzzy_spans_never_points() {
    let es = [
        event("y", "1997", "1997", Precision::Year, &["X"]),
        event("m", "1997-05", "1997-05", Precision::Month, &["X"]),
        event("d", "1990", "1999", Precision::Decade, &["X"]),
    ];
    let refs: Vec<&Event> = es.iter().collect();
    let l = lanes(&refs, GroupBy::None, 8);
    let v = TimeView {
        min_day: days(1989, 1, 1),
        span_days: 365.25 * 12.0,
    };
    let s = scene_of(&refs, &l, &v, 2000.0, 40.0);
    assert_eq!(s.marks.len(), 3);
    assert!(s.marks.iter().all(|m| m.fuzzy && m.shape != Shape::Point));
    let year = s.marks.iter().find(|m| m.event == 0).expect("year");
    assert!(
        (year.x1 - year.x0 - v.x_of(days(1998, 1, 1), 2000.0) + v.x_of(days(1997, 1, 1), 2000.0))
            .abs()
            < 1e-6
    );
}

#[test]
fn labels_never_overlap_and_the_rest_are_counted() {
    let es: Vec<Event> = (0..60)
        .map(|i| {
            let d = format!("{}-{:02}-01", 1990 + i / 12, i % 12 + 1);
            event(&i.to_string(), &d, &d, Precision::Day, &["X"])
        })
        .collect();
    let refs: Vec<&Event> = es.iter().collect();
    let l = lanes(&refs, GroupBy::None, 8);
    let v = TimeView::fit(days(1990, 1, 1), days(1995, 1, 1));
    let m = Metrics::default();
    let s = scene_of(&refs, &l, &v, 1200.0, 120.0);
    assert!(!s.labels.is_empty());
    for (i, a) in s.labels.iter().enumerate() {
        for b in &s.labels[i + 1..] {
            let overlap_x = a.rect[0] < b.rect[0] + b.rect[2] && b.rect[0] < a.rect[0] + a.rect[2];
            let overlap_y = a.rect[1] < b.rect[1] + b.rect[3] && b.rect[1] < a.rect[1] + a.rect[3];
            assert!(!(overlap_x && overlap_y), "{a:?} overlaps {b:?}");
        }
    }
    let visible_points = s
        .marks
        .iter()
        .filter(|m| !matches!(m.shape, Shape::Cluster(_)))
        .count();
    assert_eq!(s.labels.len() + s.dropped_labels, visible_points);
    assert!(s.dropped_labels > 0);
    // A collapsed lane draws no labels.
    let collapsed: HashSet<String> = l.iter().map(|l| l.key.clone()).collect();
    let s = scene(
        &refs,
        &days_of(&refs),
        &l,
        &collapsed,
        &v,
        1200.0,
        &m,
        &mut |_| 120.0,
    );
    assert!(s.labels.is_empty() && s.dropped_labels == 0);
}

#[test]
fn density_counts_events_per_bucket() {
    let es = [
        event("a", "1990", "1990", Precision::Year, &[]),
        event("b", "1990", "1990", Precision::Year, &[]),
        event("c", "2019", "2019", Precision::Year, &[]),
    ];
    let refs: Vec<&Event> = es.iter().collect();
    let d = density(&days_of(&refs), (days(1990, 1, 1), days(2020, 1, 1)), 3);
    assert_eq!(d, vec![2, 0, 1]);
}

#[test]
fn a_solar_hijri_year_is_drawn_from_nowruz_to_the_day_before_the_next() {
    // «در سال ۱۳۸۴ …»: 21 March 2005 – 20 March 2006, not two Gregorian years.
    let mut e = event("s", "2005", "2005", Precision::Year, &["Iran"]);
    e.when = When::new(
        Day::new(2005, 3, 21),
        Day::new(2006, 3, 20),
        Precision::Year,
        CalendarKind::SolarHijri,
    );
    let refs = [&e];
    let l = lanes(&refs, GroupBy::None, 8);
    let v = TimeView {
        min_day: days(2004, 1, 1),
        span_days: days(2007, 1, 1) - days(2004, 1, 1),
    };
    let width = 1200.0;
    let s = scene_of(&refs, &l, &v, width, 50.0);
    let [mark] = &s.marks[..] else {
        panic!("one mark, got {:?}", s.marks);
    };
    let nowruz = v.x_of(days(2005, 3, 21), width);
    let next_nowruz = v.x_of(days(2006, 3, 21), width);
    assert!((mark.x0 - nowruz).abs() < 1e-6, "{} vs {nowruz}", mark.x0);
    assert!(
        (mark.x1 - next_nowruz).abs() < 1e-6,
        "{} vs {next_nowruz}",
        mark.x1
    );
    assert!(mark.fuzzy && mark.shape == Shape::Span);
}

#[test]
fn a_lane_too_dense_in_view_is_a_strip_that_resolves_into_marks_when_zoomed() {
    // 30,000 days over 1990–2011 and two long spans, in one lane.
    let mut evs = Vec::new();
    for i in 0..30_000u32 {
        let d = Day::from_epoch_days(7305 + i64::from(i) * 91 % 7670);
        let iso = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
        evs.push(event(&format!("e{i}"), &iso, &iso, Precision::Day, &["A"]));
    }
    evs.push(event("long", "1950", "2020", Precision::Year, &["A"]));
    evs.push(event("long2", "1900", "1999", Precision::Year, &["A"]));
    let refs: Vec<&Event> = evs.iter().collect();
    let days: Vec<Extent> = refs.iter().map(|e| extent(e)).collect();
    let l = lanes(&refs, GroupBy::Actor, 8);
    let index = lane_indexes(&days, &l);
    let fit = fit_view(&days).expect("a view");
    let s = scene_indexed(
        &refs,
        &days,
        &l,
        &index,
        &HashSet::new(),
        &fit,
        1000.0,
        &Metrics::default(),
        &mut |_| 50.0,
    );
    assert_eq!(s.density.len(), 1, "one strip");
    let strip = &s.density[0];
    let counted: u32 = strip.counts.iter().sum();
    let starting_in_view = days[..30_000]
        .iter()
        .filter(|d| d.start >= fit.min_day && d.start < fit.max())
        .count();
    assert_eq!(counted as usize, starting_in_view);
    assert!(
        s.marks.iter().all(|m| refs[m.event].id.starts_with("long")),
        "only the long spans are marks over a strip"
    );
    // Zoomed to one year: marks for every event that reaches the view, no
    // strip, the same as visiting every event.
    let view = TimeView {
        min_day: Day::new(2000, 1, 1).to_epoch_days() as f64,
        span_days: 366.0,
    };
    let zoomed = scene_indexed(
        &refs,
        &days,
        &l,
        &index,
        &HashSet::new(),
        &view,
        1000.0,
        &Metrics::default(),
        &mut |_| 50.0,
    );
    assert!(zoomed.density.is_empty());
    let shown: usize = zoomed
        .marks
        .iter()
        .map(|m| match m.shape {
            Shape::Cluster(n) => n,
            _ => 1,
        })
        .sum();
    let margin = Metrics::default().cluster_px * view.span_days / 1000.0;
    let reaching = days
        .iter()
        .filter(|d| d.end > view.min_day - margin && d.start < view.max() + margin)
        .count();
    assert_eq!(shown, reaching);
    assert!(zoomed.marks.iter().any(|m| refs[m.event].id == "long"));
}
