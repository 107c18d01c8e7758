//! The scene for one viewport: every event's [`Extent`], the marks in their
//! lanes (points, fuzzy spans, clusters), and non-overlapping labels.

use std::collections::HashSet;

use super::style::MARKS;
use super::{Lane, TimeView};
use crate::model::{Event, EventKind, Precision};

/// What the layout needs of an event, packed small so that laying out
/// 100,000 events touches little memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    /// Start, days since the epoch.
    pub start: f64,
    /// End (exclusive), days since the epoch.
    pub end: f64,
    /// Precision is a day and it is one day long: drawn as a point.
    pub exact: bool,
    /// Precision coarser than a day: drawn fuzzy.
    pub fuzzy: bool,
    /// A forecast.
    pub forecast: bool,
}

/// The [`Extent`] of an event: its exact days.
#[must_use]
pub fn extent(e: &Event) -> Extent {
    let (start, end) = (
        e.when.first_epoch_day() as f64,
        e.when.end_epoch_day() as f64,
    );
    Extent {
        start,
        end,
        exact: e.when.precision == Precision::Day && end - start <= 1.0,
        fuzzy: e.when.precision != Precision::Day,
        forecast: e.kind == EventKind::Forecast,
    }
}

/// The shape of a mark.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// An exact day: a marker.
    Point,
    /// A period or an imprecise date: a bar from `x0` to `x1`.
    Span,
    /// Several events too close to tell apart: a count bubble (how many;
    /// `x0..x1` covers them all).
    Cluster(usize),
}

/// A mark in a lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Event index (the first of a cluster).
    pub event: usize,
    /// Lane index.
    pub lane: usize,
    /// Left edge in pixels.
    pub x0: f64,
    /// Right edge in pixels.
    pub x1: f64,
    /// Vertical centre in pixels.
    pub y: f64,
    /// Shape.
    pub shape: Shape,
    /// The date is not day-exact (year, month, decade…): drawn fuzzy.
    pub fuzzy: bool,
    /// A forecast: drawn hollow / dashed.
    pub forecast: bool,
}

impl Mark {
    /// Horizontal centre.
    #[must_use]
    pub fn cx(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
}

/// A placed label.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Event index.
    pub event: usize,
    /// Lane index.
    pub lane: usize,
    /// `[x, y, w, h]` in pixels.
    pub rect: [f64; 4],
}

/// A lane's box on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneBox {
    /// Lane key.
    pub key: String,
    /// Top.
    pub y0: f64,
    /// Bottom.
    pub y1: f64,
    /// Collapsed lanes show marks only.
    pub collapsed: bool,
    /// Events in the lane.
    pub count: usize,
}

/// Sizes of the scene.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Height of a label row.
    pub label_row: f64,
    /// Label rows per expanded lane.
    pub label_rows: usize,
    /// Height of the marks row.
    pub mark_row: f64,
    /// Gap between lanes.
    pub lane_gap: f64,
    /// Marks closer than this (pixels) cluster.
    pub cluster_px: f64,
    /// Widest label.
    pub max_label: f64,
    /// Space between labels.
    pub label_gap: f64,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            label_row: 22.0,
            label_rows: 3,
            mark_row: 22.0,
            lane_gap: 6.0,
            cluster_px: 9.0,
            max_label: 400.0,
            label_gap: 8.0,
        }
    }
}

/// A lane with more events in view than clusters can show apart: how many
/// start in each column of `bin_px` pixels, drawn as a heat strip that
/// resolves into clusters and marks as the view zooms in.
#[derive(Debug, Clone, PartialEq)]
pub struct Density {
    /// Lane index.
    pub lane: usize,
    /// Vertical centre in pixels.
    pub y: f64,
    /// Width of a column.
    pub bin_px: f64,
    /// Events starting in each column, from x = 0.
    pub counts: Vec<u32>,
    /// Events in view in the lane.
    pub total: usize,
}

/// More events than this in view in one lane draw as a density strip.
pub const DENSITY_LIMIT: usize = 20_000;

/// Spans at least this long (days) are kept apart in a [`LaneIndex`] and
/// always looked at; shorter ones are found by their start.
const LONG_DAYS: f64 = 3653.0;

/// A lane's events ordered by start, so that a view finds the ones it shows,
/// or counts them per column, without visiting the others: a frame costs
/// the events in view (or the columns of a density strip), not the lane.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LaneIndex {
    /// Starts of the lane's events shorter than ten years, ascending.
    starts: Vec<f64>,
    /// Their event indices, in the same order.
    short: Vec<usize>,
    /// Events of ten years or more.
    long: Vec<usize>,
}

impl LaneIndex {
    /// The index of a lane's `indices` into `days`.
    #[must_use]
    pub fn new(days: &[Extent], indices: &[usize]) -> Self {
        let mut short: Vec<(f64, usize)> = Vec::with_capacity(indices.len());
        let mut long = Vec::new();
        for &i in indices {
            let d = days[i];
            if d.end - d.start >= LONG_DAYS {
                long.push(i);
            } else {
                short.push((d.start, i));
            }
        }
        short.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        Self {
            starts: short.iter().map(|s| s.0).collect(),
            short: short.into_iter().map(|s| s.1).collect(),
            long,
        }
    }

    /// The indices of the short events starting in `[a, b)`.
    fn starting_in(&self, a: f64, b: f64) -> std::ops::Range<usize> {
        self.starts.partition_point(|&s| s < a)..self.starts.partition_point(|&s| s < b)
    }
}

/// The indices for every lane, built once per set of shown events.
#[must_use]
pub fn lane_indexes(days: &[Extent], lanes: &[Lane]) -> Vec<LaneIndex> {
    lanes
        .iter()
        .map(|l| LaneIndex::new(days, &l.events))
        .collect()
}

/// Everything to draw for one viewport.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// Lanes, top to bottom.
    pub lanes: Vec<LaneBox>,
    /// Marks and clusters.
    pub marks: Vec<Mark>,
    /// Lanes too dense in view for marks.
    pub density: Vec<Density>,
    /// Labels that fit.
    pub labels: Vec<Label>,
    /// Labels that did not fit (not drawn).
    pub dropped_labels: usize,
    /// Total height.
    pub height: f64,
}

/// Lays out `events` (already filtered; `days[i]` is [`extent`] of
/// `events[i]`, computed once by the caller) in `lanes` for `view` at `width`
/// pixels. `label_width(i)` gives the width of event `i`'s label.
#[must_use]
#[expect(
    clippy::too_many_arguments,
    reason = "the layout's inputs, one call site per painter"
)]
pub fn scene(
    events: &[&Event],
    days: &[Extent],
    lane_list: &[Lane],
    collapsed: &HashSet<String>,
    view: &TimeView,
    width: f64,
    metrics: &Metrics,
    label_width: &mut dyn FnMut(usize) -> f64,
) -> Scene {
    let index = lane_indexes(days, lane_list);
    scene_indexed(
        events,
        days,
        lane_list,
        &index,
        collapsed,
        view,
        width,
        metrics,
        label_width,
    )
}

/// [`scene`] with the lanes' [`LaneIndex`]es made beforehand (once per set of
/// shown events): only the events in view are visited, and a lane with more
/// than [`DENSITY_LIMIT`] of them in view is a [`Density`] strip.
#[must_use]
#[expect(
    clippy::too_many_arguments,
    reason = "the layout's inputs, one call site per painter"
)]
pub fn scene_indexed(
    events: &[&Event],
    days: &[Extent],
    lane_list: &[Lane],
    index: &[LaneIndex],
    collapsed: &HashSet<String>,
    view: &TimeView,
    width: f64,
    metrics: &Metrics,
    label_width: &mut dyn FnMut(usize) -> f64,
) -> Scene {
    let mut out = Scene::default();
    let days_per_px = view.span_days / width.max(1.0);
    let margin = metrics.cluster_px * 2.0 * days_per_px;
    let mut y = 0.0;
    for (li, lane) in lane_list.iter().enumerate() {
        let is_collapsed = collapsed.contains(&lane.key);
        let label_h = if is_collapsed {
            0.0
        } else {
            metrics.label_row * metrics.label_rows as f64
        };
        let y0 = y;
        let mark_y = y0 + label_h + metrics.mark_row / 2.0;
        let empty = LaneIndex::default();
        let ix = index.get(li).unwrap_or(&empty);
        // Short events that can reach the view start at most ten years
        // before it.
        let near = ix.starting_in(view.min_day - LONG_DAYS - margin, view.max() + margin);
        let in_view = near.len() + ix.long.len();
        let marks = if in_view > DENSITY_LIMIT {
            let bin_px = 2.0;
            let bins = (width / bin_px).ceil().max(1.0) as usize;
            let mut counts = Vec::with_capacity(bins);
            let mut total = 0;
            for b in 0..bins {
                let a = view.min_day + b as f64 * bin_px * days_per_px;
                let n = ix.starting_in(a, a + bin_px * days_per_px).len();
                total += n;
                counts.push(u32::try_from(n).unwrap_or(u32::MAX));
            }
            out.density.push(Density {
                lane: li,
                y: mark_y,
                bin_px,
                counts,
                total,
            });
            // The long spans are few: drawn as bars over the strip.
            lane_marks(days, &ix.long, li, view, width, mark_y, metrics)
        } else {
            let mut visible: Vec<usize> = ix.short[near].to_vec();
            visible.extend_from_slice(&ix.long);
            visible.sort_unstable();
            lane_marks(days, &visible, li, view, width, mark_y, metrics)
        };
        if !is_collapsed {
            place_labels(
                events,
                &marks,
                li,
                y0,
                width,
                metrics,
                label_width,
                &mut out,
            );
        }
        out.marks.extend(marks);
        y = y0 + label_h + metrics.mark_row;
        out.lanes.push(LaneBox {
            key: lane.key.clone(),
            y0,
            y1: y,
            collapsed: is_collapsed,
            count: lane.events.len(),
        });
        y += metrics.lane_gap;
    }
    out.height = y;
    out
}

fn lane_marks(
    days: &[Extent],
    indices: &[usize],
    lane: usize,
    view: &TimeView,
    width: f64,
    y: f64,
    metrics: &Metrics,
) -> Vec<Mark> {
    let cp = metrics.cluster_px;
    // Small marks go into one-pixel columns (merged as they arrive), so a lane
    // of 100,000 events costs one pass and no sort; wide spans stay as they are.
    let columns = (width + 2.0 * cp).ceil().max(1.0) as usize + 1;
    let mut column: Vec<Option<Mark>> = vec![None; columns];
    let mut wide: Vec<Mark> = Vec::new();
    for &i in indices {
        let ext = days[i];
        let x0 = view.x_of(ext.start, width);
        let x1 = view.x_of(ext.end, width);
        if x1 < -cp || x0 > width + cp {
            continue;
        }
        let m = Mark {
            event: i,
            lane,
            x0,
            x1,
            y,
            shape: if ext.exact { Shape::Point } else { Shape::Span },
            fuzzy: ext.fuzzy,
            forecast: ext.forecast,
        };
        if x1 - x0 >= cp * 2.0 {
            wide.push(m);
            continue;
        }
        let c = ((m.cx() + cp).floor().max(0.0) as usize).min(columns - 1);
        match &mut column[c] {
            slot @ None => *slot = Some(m),
            Some(last) => absorb(last, &m),
        }
    }
    // More wide spans than the lane can show apart: they cluster by centre too.
    let most_wide = (width / cp).max(8.0) as usize;
    if wide.len() > most_wide {
        for m in std::mem::take(&mut wide) {
            let c = ((m.cx() + cp).floor().max(0.0) as usize).min(columns - 1);
            match &mut column[c] {
                slot @ None => *slot = Some(m),
                Some(last) => absorb(last, &m),
            }
        }
    }
    // Merge neighbouring columns closer than the cluster distance, and
    // neighbours whose count bubbles would cover each other (a bubble grows
    // with its count, so a dense lane would otherwise draw a row of bubbles
    // hiding each other's counts).
    let mut out: Vec<Mark> = Vec::new();
    for m in column.into_iter().flatten() {
        if let Some(last) = out.last_mut()
            && (m.cx() - last.cx() < cp || bubbles_overlap(last, &m))
        {
            absorb(last, &m);
            continue;
        }
        out.push(m);
    }
    out.extend(wide);
    out.sort_by(|a, b| a.cx().total_cmp(&b.cx()));
    out
}

/// Whether two neighbouring marks, one of them a cluster, would be drawn as
/// bubbles overlapping by more than a hair.
fn bubbles_overlap(a: &Mark, b: &Mark) -> bool {
    let radius = |m: &Mark| match m.shape {
        Shape::Cluster(n) => Some(f64::from(MARKS.cluster_radius_of(n))),
        _ => None,
    };
    let (ra, rb) = (radius(a), radius(b));
    if ra.is_none() && rb.is_none() {
        return false;
    }
    let point = f64::from(MARKS.point_radius);
    (b.cx() - a.cx()).abs() < ra.unwrap_or(point) + rb.unwrap_or(point) - 2.0
}

/// Adds mark `m` (a single event or a cluster) to `last`, making it a cluster.
fn absorb(last: &mut Mark, m: &Mark) {
    let count = |shape: &Shape| match shape {
        Shape::Cluster(n) => *n,
        _ => 1,
    };
    last.shape = Shape::Cluster(count(&last.shape) + count(&m.shape));
    last.x0 = last.x0.min(m.x0);
    last.x1 = last.x1.max(m.x1);
    last.fuzzy |= m.fuzzy;
    last.forecast &= m.forecast;
}

/// Greedy label placement: the most important events first, each in the
/// first row where it overlaps nothing; labels that fit nowhere are counted.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site per painter; the parameters are the layout's inputs"
)]
fn place_labels(
    events: &[&Event],
    marks: &[Mark],
    lane: usize,
    y0: f64,
    width: f64,
    metrics: &Metrics,
    label_width: &mut dyn FnMut(usize) -> f64,
    out: &mut Scene,
) {
    let mut order: Vec<&Mark> = marks
        .iter()
        .filter(|m| !matches!(m.shape, Shape::Cluster(_)))
        .collect();
    let weight = |m: &Mark| {
        let e = events[m.event];
        (
            u8::from(e.title_en.is_some()),
            e.sources.len(),
            (e.confidence * 100.0) as i64,
        )
    };
    order.sort_by(|a, b| weight(b).cmp(&weight(a)).then(a.cx().total_cmp(&b.cx())));
    // Occupied intervals per row, kept sorted.
    let mut rows: Vec<Vec<(f64, f64)>> = vec![Vec::new(); metrics.label_rows];
    for m in order {
        let w = label_width(m.event).min(metrics.max_label);
        let x = (m.cx() - w / 2.0).clamp(0.0, (width - w).max(0.0));
        let (a, b) = (x - metrics.label_gap / 2.0, x + w + metrics.label_gap / 2.0);
        // Rows from the one nearest the marks upwards.
        let mut placed = false;
        for r in (0..metrics.label_rows).rev() {
            let row = &mut rows[r];
            let pos = row.partition_point(|iv| iv.1 <= a);
            if row.get(pos).is_some_and(|iv| iv.0 < b) {
                continue;
            }
            row.insert(pos, (a, b));
            out.labels.push(Label {
                event: m.event,
                lane,
                rect: [x, y0 + r as f64 * metrics.label_row, w, metrics.label_row],
            });
            placed = true;
            break;
        }
        if !placed {
            out.dropped_labels += 1;
        }
    }
}

/// Event density over `range` in `bins` buckets (for the overview strip);
/// `days` as in [`scene`].
#[must_use]
pub fn density(days: &[Extent], range: (f64, f64), bins: usize) -> Vec<u32> {
    let mut out = vec![0u32; bins.max(1)];
    let span = (range.1 - range.0).max(1.0);
    let last = out.len() - 1;
    for ext in days {
        let mid = (ext.start + ext.end) / 2.0;
        let b = (((mid - range.0) / span * out.len() as f64).floor().max(0.0) as usize).min(last);
        out[b] += 1;
    }
    out
}
