//! Saved scenarios in the browser: the panel that lists them, saves the current one,
//! and exports and imports them. What is stored and every operation on it is the pure
//! [`crate::saved`]; this folder is its browser side.
//!
//! - `handle`: `use_saved`, the localStorage hook the components share;
//! - `panel`: [`SavedPanel`], the section; `row`: one saved scenario and its actions;
//!   `transfer`: export and import.

mod handle;
mod panel;
mod row;
mod transfer;

pub use panel::SavedPanel;
