//! The saved scenarios as the browser holds them: [`SavedState`], changed only by a
//! [`SavedAction`]. Read from localStorage once at start (and again when another tab
//! changes it); written only on the user's own action, never on opening a link. What
//! cannot be read is kept: see `saved` for the format's rules.

use std::rc::Rc;

use web_sys::Storage;
use yew::prelude::*;

use crate::saved::{LoadError, News, SavedError, Status, Store, StoreError};

/// Where the store lives in localStorage.
pub const STORAGE_KEY: &str = "hashwatt.saved";

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
    /// The stored text when it could not be read: copied aside before the first write.
    unreadable_text: Option<String>,
}

/// What the user (or another tab) does to the saved scenarios. `at` is the time of the
/// action as an ISO 8601 text, for the "saved" stamp.
pub enum SavedAction {
    /// Another tab changed the stored scenarios: read them again.
    Reload,
    /// The name in the save form, as typed.
    Draft(String),
    /// Saves `query` under the typed name.
    Save {
        query: String,
        at: String,
    },
    /// Replaces the scenario of `name` with `query`.
    Replace {
        name: String,
        query: String,
        at: String,
    },
    Rename {
        from: String,
        to: String,
    },
    Duplicate(String),
    Delete(String),
    /// Merges in an export file's text.
    Import(String),
    /// Shows the outcome of something done outside the store (an export, a file read).
    Report(Status),
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl SavedState {
    /// The scenarios in localStorage, an empty store where there are none.
    pub fn load() -> SavedState {
        let storage = storage();
        let text = storage
            .as_ref()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let (store, problem) = Store::parse(text.as_deref());
        let unreadable_text = text.filter(|_| problem == Some(LoadError::Unreadable));
        SavedState {
            store: Rc::new(store),
            problem,
            available: storage.is_some(),
            status: None,
            draft: String::new(),
            unreadable_text,
        }
    }

    /// Applies `edit` to a copy of the store and keeps the copy if storage takes it;
    /// either way the outcome becomes the status.
    fn change(&mut self, edit: impl FnOnce(&mut Store) -> Result<News, StoreError>) {
        let mut store = (*self.store).clone();
        let outcome = edit(&mut store)
            .map_err(SavedError::from)
            .and_then(|news| self.commit(store).map(|()| news));
        self.status = Some(outcome);
    }

    /// Writes `store` to localStorage and takes it as the current one. On failure
    /// (storage full or blocked, or a store from a newer version) nothing changes.
    fn commit(&mut self, store: Store) -> Result<(), SavedError> {
        if !self.store.writable() {
            return Err(SavedError::NewerStore);
        }
        let storage = storage().ok_or(SavedError::NoStorage)?;
        if let Some(text) = &self.unreadable_text {
            // Keep the unreadable text under a key of its own before writing anew.
            let aside = format!("{STORAGE_KEY}.unreadable-{}", js_sys::Date::now() as u64);
            storage
                .set_item(&aside, text)
                .map_err(|_| SavedError::WriteRefused)?;
        }
        storage
            .set_item(STORAGE_KEY, &store.to_json())
            .map_err(|_| SavedError::WriteRefused)?;
        self.unreadable_text = None;
        self.store = Rc::new(store);
        Ok(())
    }
}

/// The write to localStorage is part of each change, not an effect after it: a change
/// that storage refuses is not kept, and the user is told so at once.
impl Reducible for SavedState {
    type Action = SavedAction;

    fn reduce(self: Rc<Self>, action: SavedAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SavedAction::Reload => {
                let loaded = SavedState::load();
                next.store = loaded.store;
                next.problem = loaded.problem;
                next.available = loaded.available;
                next.unreadable_text = loaded.unreadable_text;
            }
            SavedAction::Draft(text) => next.draft = text,
            SavedAction::Report(status) => next.status = Some(status),
            SavedAction::Save { query, at } => {
                let name = self.draft.trim();
                let mut taken = false;
                next.change(|s| {
                    s.save(name, &query, &at)?;
                    taken = true;
                    Ok(News::Saved(name.to_owned()))
                });
                // The store took the name, so it leaves the form (even if storage then
                // refuses the write: the message says so).
                if taken {
                    next.draft.clear();
                }
            }
            SavedAction::Replace { name, query, at } => next.change(|s| {
                s.update(&name, &query, &at)?;
                Ok(News::Replaced(name))
            }),
            SavedAction::Rename { from, to } => next.change(|s| {
                s.rename(&from, &to)?;
                Ok(News::Renamed(to.trim().to_owned()))
            }),
            SavedAction::Duplicate(name) => {
                next.change(|s| s.duplicate(&name).map(News::Duplicated))
            }
            SavedAction::Delete(name) => next.change(|s| {
                s.delete(&name)?;
                Ok(News::Deleted(name))
            }),
            SavedAction::Import(text) => next.change(|s| s.import(&text).map(News::Imported)),
        }
        Rc::new(next)
    }
}
