//! Pure timeline layout, with no egui types and no files: the visible time
//! range ([`TimeView`], in [`view`]), axis ticks in both calendars
//! ([`ticks`]), lanes ([`mod@lanes`]), and the [`Scene`] of marks, clusters and
//! non-overlapping labels for one viewport ([`mod@scene`]). The app and the PNG
//! export both draw from it, in one mark style ([`style`]).

pub mod format;
pub mod lanes;
pub mod scene;
pub mod style;
pub mod ticks;
pub mod view;

pub use lanes::{GroupBy, Lane, OTHER_LANE, lane_name, lanes, short_title};
pub use scene::{
    DENSITY_LIMIT, Density, Extent, Label, LaneBox, LaneIndex, Mark, Metrics, Scene, Shape,
    density, extent, lane_indexes, scene, scene_indexed,
};
pub use view::{FIT_SKIPS_SPANS_OF_DAYS, MAX_SPAN_DAYS, MIN_SPAN_DAYS, TimeView, fit_view};

#[cfg(test)]
mod tests;
