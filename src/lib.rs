//! Gahnama (گاه‌نما): reads Persian analytical texts, extracts the dated events
//! in them, and shows them on a zoomable timeline linked back to the sources.
//!
//! The data flows one way: [`corpus`] → [`time`] + [`gazetteer`] → [`extract`]
//! → [`model::Timeline`]. See `ARCHITECTURE.md` for the map.

pub mod app;
pub mod calendar;
pub mod cli;
pub mod corpus;
pub mod curation;
pub mod export;
pub mod extract;
pub mod filter;
pub mod gazetteer;
pub mod layout;
pub mod memory;
pub mod model;
pub mod parallel;
pub mod search;
pub mod seeds;
pub mod text;
pub mod theme;
pub mod time;
