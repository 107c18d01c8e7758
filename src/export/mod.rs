//! Exports of the timeline: CSV, the dates table, and PNG images.

pub mod csv;
pub mod png;
