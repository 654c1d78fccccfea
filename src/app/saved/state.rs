//! The saved scenarios as the page shows them: [`SavedState`], changed only by a
//! [`SavedAction`]. Read from localStorage at start and again when another tab changes
//! it (the `storage` event); every write is made by `write`, on what is stored at that
//! moment, never on opening a link. What cannot be read is kept: see `saved` for the
//! format's rules.

use std::rc::Rc;

use web_sys::Storage;
use yew::prelude::*;

use crate::saved::{LoadError, News, Status, Store};

/// Where the store lives in localStorage.
pub const STORAGE_KEY: &str = "hashwatt.saved";

/// This page's localStorage, if the browser offers one here.
pub(super) fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text stored under [`STORAGE_KEY`]; `None` where nothing is, or no storage.
pub(super) fn stored_text() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok()?
}

/// What the saved-scenarios panel shows.
#[derive(Clone, PartialEq)]
pub struct SavedState {
    /// The scenarios: a new `Rc` only when they change, so that what takes it (the
    /// list) redraws only then.
    pub store: Rc<Store>,
    /// What went wrong reading the stored text, if anything.
    pub problem: Option<LoadError>,
    /// False where the browser offers no storage (disabled, some private modes).
    pub available: bool,
    /// What the last action did, or why it did nothing.
    pub status: Option<Status>,
    /// The name typed in the save form.
    pub draft: String,
    /// The unreadable stored text, once it was offered as a file: only this text may
    /// be cleared.
    pub exported_unreadable: Option<Rc<str>>,
}

/// What happened to the saved scenarios, here or in another tab.
pub enum SavedAction {
    /// Another tab changed the stored scenarios: read them again.
    Reload,
    /// The name in the save form, as typed.
    Draft(String),
    /// A change was made on what is stored (or refused): this is what is stored now.
    Stored {
        store: Store,
        problem: Option<LoadError>,
        status: Status,
    },
    /// The unreadable stored text was offered as a file.
    ExportedUnreadable(Rc<str>),
    /// Shows the outcome of something done outside the store (an export, a file read).
    Report(Status),
}

impl SavedState {
    /// The scenarios in localStorage, an empty store where there are none.
    pub fn load() -> SavedState {
        let (store, problem) = Store::parse(stored_text().as_deref());
        SavedState {
            store: Rc::new(store),
            problem,
            available: storage().is_some(),
            status: None,
            draft: String::new(),
            exported_unreadable: None,
        }
    }

    /// Takes `store` as what is stored, keeping the same `Rc` when nothing changed.
    fn show(&mut self, store: Store, problem: Option<LoadError>) {
        if *self.store != store {
            self.store = Rc::new(store);
        }
        if problem != Some(LoadError::Unreadable) {
            self.exported_unreadable = None;
        }
        self.problem = problem;
    }
}

impl Reducible for SavedState {
    type Action = SavedAction;

    fn reduce(self: Rc<Self>, action: SavedAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SavedAction::Reload => {
                let loaded = SavedState::load();
                next.show(Rc::unwrap_or_clone(loaded.store), loaded.problem);
                next.available = loaded.available;
            }
            SavedAction::Draft(text) => next.draft = text,
            SavedAction::Stored {
                store,
                problem,
                status,
            } => {
                // Saved: the name leaves the form.
                if matches!(status, Ok(News::Saved(_))) {
                    next.draft.clear();
                }
                next.show(store, problem);
                next.status = Some(status);
            }
            SavedAction::ExportedUnreadable(text) => {
                next.status = Some(Ok(News::ExportedUnreadable { bytes: text.len() }));
                next.exported_unreadable = Some(text);
            }
            SavedAction::Report(status) => next.status = Some(status),
        }
        Rc::new(next)
    }
}
