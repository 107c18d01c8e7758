//! TimelineJS3 JSON (Knight Lab's storytelling timeline) and a page that
//! embeds it.
//!
//! Every slide carries its own `display_date` in both calendars, so
//! TimelineJS never writes an event's date itself (its `fa` locale names the
//! Gregorian months فروردین…اسفند). A date object holds only the parts its
//! precision states: «۱۹۹۷» is `{"year": 1997}`, never a fake 1 January, and
//! a date whose calendar does not line up with Gregorian units (the Solar
//! year «۱۳۸۴») runs between its exact days.

use serde::Serialize;

use crate::filter::Filter;
use crate::gazetteer::Gazetteer;
use crate::layout::format;
use crate::layout::ticks::{Digits, GREGORIAN_MONTHS};
use crate::layout::{self, GroupBy};
use crate::model::{Day, Event, Precision, Timeline, When};

/// Options of a TimelineJS export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineJsOptions {
    /// What the slides' groups (TimelineJS's rows) are.
    pub group_by: GroupBy,
    /// Most groups; events of the others share an «other» group.
    pub max_lanes: usize,
    /// The title slide's headline (`None`: «گاه‌نما» and the event count).
    pub title: Option<String>,
}

impl Default for TimelineJsOptions {
    fn default() -> Self {
        Self {
            group_by: GroupBy::Actor,
            max_lanes: 8,
            title: None,
        }
    }
}

/// A TimelineJS3 JSON file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineJs {
    /// The title slide.
    pub title: Slide,
    /// One slide per event, in date order.
    pub events: Vec<Slide>,
    /// Always `human` (Gregorian years, months and days).
    pub scale: &'static str,
}

/// A slide.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Slide {
    /// First date (absent on the title slide).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TlDate>,
    /// Last date, when the event is not one unit of its precision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<TlDate>,
    /// The date as the slide shows it, in both calendars.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    /// Headline and body (HTML).
    pub text: SlideText,
    /// The row of the time navigation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The event's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

/// A date object: only the parts the precision states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TlDate {
    /// Gregorian year (astronomical: 0 is 1 BCE).
    pub year: i32,
    /// Month 1–12, when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month, when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

/// A slide's text, as HTML.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlideText {
    /// The headline.
    pub headline: String,
    /// The body.
    pub text: String,
}

/// The coarsest Gregorian date naming `day` as the first (`last == false`)
/// or last day of a unit no coarser than the precision allows: `1997` for
/// 1 January 1997 at year precision, `1997-05` for 31 May 1997 as the last
/// day at month precision, the full day otherwise.
fn point(day: Day, precision: Precision, last: bool) -> TlDate {
    let year_edge = if last {
        (day.month, day.day) == (12, 31)
    } else {
        (day.month, day.day) == (1, 1)
    };
    let month_edge = if last {
        day.day == Day::days_in_month(day.year, day.month)
    } else {
        day.day == 1
    };
    let full = TlDate {
        year: day.year,
        month: Some(day.month),
        day: Some(day.day),
    };
    match precision {
        Precision::Year | Precision::Decade | Precision::Century if year_edge => TlDate {
            month: None,
            day: None,
            ..full
        },
        Precision::Day => full,
        _ if month_edge => TlDate { day: None, ..full },
        _ => full,
    }
}

/// The start and (when it differs) end date objects of `w`.
///
/// ```
/// use gahnama::calendar::{CalendarKind, Day};
/// use gahnama::export::timelinejs::{TlDate, dates};
/// use gahnama::model::{Precision, When};
/// let y1997 = When::new(Day::new(1997, 1, 1), Day::new(1997, 12, 31), Precision::Year, CalendarKind::Gregorian);
/// assert_eq!(dates(&y1997), (TlDate { year: 1997, month: None, day: None }, None));
/// let y1384 = When::new(Day::new(2005, 3, 21), Day::new(2006, 3, 20), Precision::Year, CalendarKind::SolarHijri);
/// let (a, b) = dates(&y1384);
/// assert_eq!((a.month, a.day), (Some(3), Some(21)));
/// assert_eq!(b.map(|b| (b.year, b.month, b.day)), Some((2006, Some(3), Some(20))));
/// ```
#[must_use]
pub fn dates(w: &When) -> (TlDate, Option<TlDate>) {
    let start = point(w.first_day, w.precision, false);
    let end = point(w.last_day, w.precision, true);
    // The same point at both ends is one whole unit: `1997` is 1 January
    // to 31 December.
    let same = start == end;
    (start, (!same).then_some(end))
}

/// The date as a slide shows it: the text's own calendar, then the other
/// («۲۷ اردیبهشت ۱۳۷۶ | ۱۷ مه ۱۹۹۷»), with «؟» when it was read from context.
#[must_use]
pub fn display_date(w: &When) -> String {
    let own = format::native(w, Digits::Persian);
    let other = format::in_calendar(w, format::other_calendar(w), Digits::Persian);
    let guess = if w.inferred { " (؟)" } else { "" };
    if own == other {
        format!("{own}{guess}")
    } else {
        format!("{own} | {other}{guess}")
    }
}

/// Text made safe inside HTML (and inside an attribute).
#[must_use]
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The body of an event's slide: each source sentence with its document's
/// title and paragraph, the English title and the actors, right to left.
fn body(e: &Event, t: &Timeline, gazetteer: &Gazetteer) -> String {
    let mut out = String::from("<div dir=\"rtl\" lang=\"fa\">");
    for s in &e.sources {
        let doc = t
            .documents
            .iter()
            .find(|d| *d.id == *s.doc)
            .map_or_else(|| s.doc.to_string(), |d| d.title.clone());
        out.push_str("<p class=\"gahnama-quote\">«");
        out.push_str(&escape_html(s.sentence.as_str().trim()));
        out.push_str("»</p><p class=\"gahnama-source\"><small>— ");
        out.push_str(&escape_html(&doc));
        out.push_str("، بند ");
        out.push_str(&Digits::Persian.num(s.paragraph as i64 + 1));
        out.push_str("</small></p>");
    }
    if !e.actors.is_empty() {
        let names: Vec<String> = e
            .actors
            .iter()
            .map(|a| {
                gazetteer
                    .get(a)
                    .map_or_else(|| a.to_string(), |g| g.fa.clone())
            })
            .collect();
        out.push_str("<p><small>بازیگران: ");
        out.push_str(&escape_html(&names.join("، ")));
        out.push_str("</small></p>");
    }
    out.push_str("</div>");
    if let Some(en) = &e.title_en {
        out.push_str("<p dir=\"ltr\" lang=\"en\"><em>");
        out.push_str(&escape_html(en));
        out.push_str("</em></p>");
    }
    out
}

/// The timeline's events that pass `filter`, one slide each, grouped by
/// lanes as the PNG groups them (an event in several lanes goes in the first,
/// the most frequent).
#[must_use]
pub fn timelinejs(
    t: &Timeline,
    filter: &Filter,
    gazetteer: &Gazetteer,
    opts: &TimelineJsOptions,
) -> TimelineJs {
    let events = filter.apply(&t.events);
    let lanes = layout::lanes(&events, opts.group_by, opts.max_lanes);
    let mut group_of: Vec<Option<usize>> = vec![None; events.len()];
    for (l, lane) in lanes.iter().enumerate() {
        for &i in &lane.events {
            group_of[i].get_or_insert(l);
        }
    }
    let names: Vec<String> = lanes
        .iter()
        .map(|l| layout::lane_name(&l.key, opts.group_by, gazetteer, &t.documents))
        .collect();
    let slides = events
        .iter()
        .zip(&group_of)
        .map(|(e, g)| {
            let (start, end) = dates(&e.when);
            Slide {
                start_date: Some(start),
                end_date: end,
                display_date: Some(display_date(&e.when)),
                text: SlideText {
                    headline: format!(
                        "<span dir=\"rtl\" lang=\"fa\">{}</span>",
                        escape_html(&e.title)
                    ),
                    text: body(e, t, gazetteer),
                },
                group: if opts.group_by == GroupBy::None {
                    None
                } else {
                    g.map(|g| names[g].clone())
                },
                unique_id: Some(e.id.clone()),
            }
        })
        .collect::<Vec<_>>();
    TimelineJs {
        title: title_slide(t, filter, opts, slides.len()),
        events: slides,
        scale: "human",
    }
}

/// The title slide: the headline, the documents and the filters.
fn title_slide(t: &Timeline, filter: &Filter, opts: &TimelineJsOptions, n: usize) -> Slide {
    let count = format!("{} رویداد", Digits::Persian.num(n as i64));
    let headline = opts
        .title
        .clone()
        .unwrap_or_else(|| format!("گاه‌نما: {count}"));
    let mut text = String::from("<div dir=\"rtl\" lang=\"fa\"><p>");
    text.push_str(&escape_html(&count));
    text.push_str(" از ");
    text.push_str(&Digits::Persian.num(t.documents.len() as i64));
    text.push_str(" سند:</p><ul>");
    for d in &t.documents {
        text.push_str("<li>");
        text.push_str(&escape_html(&d.title));
        text.push_str("</li>");
    }
    text.push_str("</ul>");
    let filters = filter.describe();
    if !filters.is_empty() {
        text.push_str("<p><small dir=\"ltr\">");
        text.push_str(&escape_html(&filters.join(" · ")));
        text.push_str("</small></p>");
    }
    text.push_str("<p><small>ساخته‌شده با گاه‌نما</small></p></div>");
    Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: SlideText {
            headline: format!(
                "<span dir=\"rtl\" lang=\"fa\">{}</span>",
                escape_html(&headline)
            ),
            text,
        },
        group: None,
        unique_id: Some("gahnama-title".to_owned()),
    }
}

/// Where the embedding page loads TimelineJS from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assets {
    /// Knight Lab's CDN.
    Cdn,
    /// A local copy: the URL (relative to the page, or `file://`) of a
    /// folder holding `js/timeline.js` and `css/timeline.css`.
    Local(String),
}

/// Knight Lab's CDN for TimelineJS3.
pub const CDN: &str = "https://cdn.knightlab.com/libs/timeline3/latest";

/// TimelineJS's own Persian locale with the Gregorian months given their
/// Persian names (its `fa` locale calls them فروردین…اسفند), for the axis.
fn locale() -> serde_json::Value {
    let days = [
        "یکشنبه",
        "دوشنبه",
        "سه‌شنبه",
        "چهارشنبه",
        "پنجشنبه",
        "جمعه",
        "شنبه",
    ];
    serde_json::json!({
        "name": "فارسی (گاه‌نما)",
        "lang": "fa",
        "api": {"wikipedia": "fa"},
        "direction": "rtl",
        "messages": {
            "loading": "در حال بارگذاری",
            "wikipedia": "از ویکی‌پدیا، دانشنامهٔ آزاد",
            "error": "خطا",
            "return_to_title": "بازگشت به عنوان",
            "go_to_end": "رفتن به آخرین اسلاید",
            "loading_content": "در حال بارگذاری محتوا",
            "loading_timeline": "در حال بارگذاری خط زمان…",
            "swipe_to_navigate": "برای پیمایش بکشید<br><span class='tl-button'>باشه</span>",
            "zoom_in": "بزرگ‌نمایی",
            "zoom_out": "کوچک‌نمایی",
            "aria_label_timeline": "خط زمان",
            "aria_label_timeline_navigation": "پیمایش خط زمان",
            "aria_label_timeline_content": "محتوای خط زمان"
        },
        "date": {
            "month": GREGORIAN_MONTHS,
            "month_abbr": GREGORIAN_MONTHS,
            "day": days,
            "day_abbr": days
        },
        "era_labels": {
            "positive_year": {"prefix": "", "suffix": ""},
            "negative_year": {"prefix": "", "suffix": "پیش از میلاد"}
        },
        "dateformats": {
            "year": "yyyy",
            "month_short": "mmm",
            "month": "mmmm yyyy",
            "full_short": "d mmm",
            "full": "d mmmm yyyy",
            "time_short": "HH:MM:ss",
            "time_no_seconds_short": "HH:MM",
            "time_no_minutes_short": "HH",
            "full_long": "d mmm yyyy، HH:MM",
            "full_long_small_date": "HH:MM'<br/><small>'d mmm yyyy'</small>'"
        }
    })
}

/// A page that shows `json` (the TimelineJS JSON, inlined so the page works
/// opened from disk) right to left, in Persian, loading TimelineJS from
/// `assets`. The locale goes in as a `data:` URL, so no file beside the page
/// is fetched.
#[must_use]
pub fn html_page(json: &str, title: &str, assets: &Assets) -> String {
    let base = match assets {
        Assets::Cdn => CDN.to_owned(),
        Assets::Local(url) => url.trim_end_matches('/').to_owned(),
    };
    let locale = locale().to_string();
    let locale_url = format!(
        "data:application/json;charset=utf-8,{}#gahnama-fa.json",
        percent_encode(&locale)
    );
    // `<` never appears outside strings in JSON; inside them `\u003c` is
    // the same character, and no `</script>` can close the element early.
    let data = json.replace('<', "\\u003c");
    let options = serde_json::json!({
        "language": locale_url,
        "font": null,
        "hash_bookmark": false,
        "ga_measurement_id": null,
        "timenav_position": "bottom",
        "script_path": format!("{base}/js/"),
    });
    format!(
        r#"<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gahnama">
<title>{title}</title>
<link rel="stylesheet" href="{base}/css/timeline.css">
<style>
html, body {{ height: 100%; margin: 0; }}
#timeline-embed {{ width: 100%; height: 100%; }}
.tl-timeline, .tl-timeline *:not([class*='tl-icon']):not(.tl-slidenav-icon) {{
  font-family: Vazirmatn, "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif;
}}
.gahnama-quote {{ margin-bottom: .2em; }}
</style>
</head>
<body>
<div id="timeline-embed"></div>
<script type="application/json" id="gahnama-timeline">
{data}
</script>
<script src="{base}/js/timeline.js"></script>
<script>
  var data = JSON.parse(document.getElementById('gahnama-timeline').textContent);
  window.timeline = new TL.Timeline('timeline-embed', data, {options});
</script>
</body>
</html>
"#,
        title = escape_html(title),
    )
}

/// Percent-encodes everything but unreserved URL characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CalendarKind;

    fn w(a: (i32, u8, u8), b: (i32, u8, u8), p: Precision, c: CalendarKind) -> When {
        When::new(Day::new(a.0, a.1, a.2), Day::new(b.0, b.1, b.2), p, c)
    }

    fn d(year: i32, month: Option<u8>, day: Option<u8>) -> TlDate {
        TlDate { year, month, day }
    }

    #[test]
    fn dates_keep_their_precision_and_their_exact_days() {
        use CalendarKind::{Gregorian as G, SolarHijri as S};
        let may = w((1997, 5, 1), (1997, 5, 31), Precision::Month, G);
        assert_eq!(dates(&may), (d(1997, Some(5), None), None));
        let day = w((1997, 5, 17), (1997, 5, 17), Precision::Day, G);
        assert_eq!(dates(&day), (d(1997, Some(5), Some(17)), None));
        let nineties = w((1990, 1, 1), (1999, 12, 31), Precision::Decade, G);
        assert_eq!(
            dates(&nineties),
            (d(1990, None, None), Some(d(1999, None, None)))
        );
        let dey = w((1991, 12, 22), (1992, 1, 20), Precision::Month, S);
        assert_eq!(
            dates(&dey),
            (
                d(1991, Some(12), Some(22)),
                Some(d(1992, Some(1), Some(20)))
            )
        );
        let months = w((2022, 6, 1), (2022, 9, 30), Precision::Month, G).into_range();
        assert_eq!(
            dates(&months),
            (d(2022, Some(6), None), Some(d(2022, Some(9), None)))
        );
        let years = w((1992, 1, 1), (1997, 12, 31), Precision::Year, G).into_range();
        assert_eq!(
            dates(&years),
            (d(1992, None, None), Some(d(1997, None, None)))
        );
        // A month-precision date on 1 January is still a month.
        let jan = w((2000, 1, 1), (2000, 1, 31), Precision::Month, G);
        assert_eq!(dates(&jan), (d(2000, Some(1), None), None));
    }

    #[test]
    fn display_dates_name_both_calendars() {
        let day = w(
            (1997, 5, 17),
            (1997, 5, 17),
            Precision::Day,
            CalendarKind::SolarHijri,
        );
        assert_eq!(display_date(&day), "۲۷ اردیبهشت ۱۳۷۶ | ۱۷ مه ۱۹۹۷");
        assert_eq!(
            display_date(&day.inferred()),
            "۲۷ اردیبهشت ۱۳۷۶ | ۱۷ مه ۱۹۹۷ (؟)"
        );
    }

    #[test]
    fn html_is_escaped_and_the_page_cannot_be_closed_from_the_data() {
        assert_eq!(
            escape_html("<b>«x» & 'y'</b>"),
            "&lt;b&gt;«x» &amp; &#39;y&#39;&lt;/b&gt;"
        );
        let page = html_page(
            r#"{"a": "</script><script>alert(1)</script>"}"#,
            "t <x>",
            &Assets::Cdn,
        );
        assert_eq!(
            page.matches("</script>").count(),
            3,
            "only the page's own scripts close"
        );
        assert!(page.contains("<title>t &lt;x&gt;</title>"));
        assert!(page.contains(&format!("{CDN}/js/timeline.js")));
        let local = html_page("{}", "t", &Assets::Local("tljs/dist/".into()));
        assert!(local.contains("src=\"tljs/dist/js/timeline.js\""));
        assert!(local.contains("href=\"tljs/dist/css/timeline.css\""));
    }
}
