//! Saved scenarios in the browser: the panel that lists them, saves the current one,
//! and exports and imports them. What is stored and every operation on it is the pure
//! [`crate::saved`]; this folder is its browser side.
//!
//! - `state`: `SavedState` and its `SavedAction`s, read from and written to
//!   localStorage;
//! - `handle`: `use_saved`, the one handle the components take: the state to show, and
//!   `SavedActions`, which stays the same from render to render;
//! - `panel`: [`SavedPanel`], the save form, the status and what follows, drawn by the
//!   on-demand module in the section the page draws ([`crate::app::on_demand`]);
//! - `list`: the rows, redrawn when the store changes or the current scenario turns
//!   valid or invalid, never on a keystroke that keeps it valid; `row`: one saved
//!   scenario and its actions;
//! - `transfer`: export and import; `unreadable`: export, then clear, a store that
//!   cannot be read;
//! - `write`: every write to localStorage, made on what is stored at that moment and
//!   held under `lock`, the Web Locks API (one writer at a time across tabs), once this
//!   tab's copy of localStorage shows the last write (`written`).
//!
//! No component imports another's internals: each takes the handle's parts as props.

mod handle;
mod list;
mod lock;
mod panel;
mod row;
mod state;
mod transfer;
mod unreadable;
mod write;
mod written;

pub use handle::CurrentQuery;
pub use panel::SavedPanel;

/// Whether this browser holds saved scenarios (anything under their localStorage key,
/// unreadable included): their section then opens when the page does, which loads the
/// on-demand module ([`crate::app::on_demand`]). A new visitor's page does not load it.
pub fn held() -> bool {
    state::stored_text().is_some_and(|text| !text.is_empty())
}
