//! Gahnama (گاه‌نما): reads Persian analytical texts, extracts the dated events
//! in them, and shows them on a zoomable timeline linked back to the sources.
//!
//! The data flows one way: [`corpus`] → [`time`] + [`gazetteer`] → [`extract`]
//! → [`model::Timeline`]. See `ARCHITECTURE.md` for the map.

pub mod corpus;
pub mod model;
pub mod time;
pub mod extract;
pub mod gazetteer;
pub mod seeds;
pub mod cli;
pub mod export;
pub mod app;
pub mod text;
pub mod layout;
pub mod filter;
pub mod theme;
