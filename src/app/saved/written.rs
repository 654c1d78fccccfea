//! Telling a stale read of localStorage from a fresh one.
//!
//! Each tab's process keeps its own copy of localStorage, brought up to date a moment
//! after another tab writes. The lock across tabs orders the writes, but the next
//! holder's copy may not yet show the last one: a change made on it would undo that
//! write. So each write leaves a mark, a lock held by the writing tab and named after
//! the write (`hashwatt.saved.written.<sequence>.<fingerprint of the text>`); the lock
//! manager orders it before the next holder's turn. The next holder finds the newest
//! mark and, while its copy does not show that text yet, waits for the `storage`
//! event that brings it (at most [`WAIT_MS`]: a tab of an older version leaves no mark).

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::lock;
use super::state::stored_text;

const MARK: &str = "hashwatt.saved.written.";

/// The longest wait for this tab's copy of localStorage to show the newest write, in
/// milliseconds; the copy is then used as it is.
pub const WAIT_MS: i32 = 2_000;

/// A write: its place in the order of writes and the fingerprint of the text written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub sequence: u64,
    fingerprint: u64,
}

/// FNV-1a over the text's bytes; 0 for no text at all (the store was cleared).
fn fingerprint(text: Option<&str>) -> u64 {
    text.map_or(0, |t| {
        t.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        }) | 1
    })
}

impl Mark {
    fn name(self) -> String {
        format!("{MARK}{}.{:x}", self.sequence, self.fingerprint)
    }

    fn parse(name: &str) -> Option<Mark> {
        let (sequence, fingerprint) = name.strip_prefix(MARK)?.split_once('.')?;
        Some(Mark {
            sequence: sequence.parse().ok()?,
            fingerprint: u64::from_str_radix(fingerprint, 16).ok()?,
        })
    }

    /// Whether `text` is what this write left.
    fn shows(self, text: Option<&str>) -> bool {
        fingerprint(text) == self.fingerprint
    }
}

/// The newest write's mark, if a tab that wrote is still open.
pub async fn newest() -> Option<Mark> {
    lock::held()
        .await
        .iter()
        .filter_map(|name| Mark::parse(name))
        .max_by_key(|m| m.sequence)
}

/// The stored text, once this tab's copy shows the write `newest` (or after
/// [`WAIT_MS`]). Call it holding the store's lock: no write can come meanwhile.
pub async fn fresh_text(newest: Option<Mark>) -> Option<String> {
    // This tab's own write is in its copy already: a text that differs was written
    // by something that leaves no mark (an older version, the browser's tools).
    let Some(mark) = newest.filter(|m| LEFT.get() != Some(*m)) else {
        return stored_text();
    };
    let deadline = js_sys::Date::now() + f64::from(WAIT_MS);
    loop {
        let text = stored_text();
        let left = deadline - js_sys::Date::now();
        if mark.shows(text.as_deref()) || left <= 0.0 {
            return text;
        }
        next_storage_event(left as i32).await;
    }
}

/// Resolves at the next `storage` event of this window, or after `ms`.
async fn next_storage_event(ms: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut listener = None;
    let waited = Promise::new(&mut |resolve: Function, _| {
        let on_event = resolve.clone();
        listener = Some(EventListener::once(&window, "storage", move |_| {
            let _ = on_event.call0(&JsValue::NULL);
        }));
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(waited).await;
    // Removed once the wait is over, whichever ended it.
    drop(listener);
}

thread_local! {
    /// The marks this tab holds, with how to let each go: only the newest is kept.
    static HELD: RefCell<Vec<(u64, Function)>> = const { RefCell::new(Vec::new()) };
    /// The mark of this tab's last write.
    static LEFT: Cell<Option<Mark>> = const { Cell::new(None) };
}

/// Leaves the mark of a write of `text` (`None`: the store was removed), after the
/// write `newest`. Call it holding the store's lock, so that the mark is taken before
/// the next holder looks for it.
pub fn leave(newest: Option<Mark>, text: Option<&str>) {
    let mark = Mark {
        sequence: newest.map_or(1, |m| m.sequence + 1),
        fingerprint: fingerprint(text),
    };
    LEFT.set(Some(mark));
    lock::hold(&mark.name(), move |release| {
        let older: Vec<Function> = HELD.with_borrow_mut(|held| {
            held.push((mark.sequence, release));
            let newest = held.iter().map(|(s, _)| *s).max().unwrap_or(0);
            let (keep, older) = held.drain(..).partition(|(s, _)| *s == newest);
            *held = keep;
            older.into_iter().map(|(_, f)| f).collect()
        });
        for release in older {
            let _ = release.call0(&JsValue::NULL);
        }
    });
}
