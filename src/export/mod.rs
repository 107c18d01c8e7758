//! Exports of the timeline: CSV and text tables (PNG follows).

pub mod csv;
