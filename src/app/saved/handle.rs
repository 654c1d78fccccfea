//! Saved scenarios in the browser's localStorage. Reads once at start (and when another
//! tab changes them); writes only on the user's own action, never on opening a link.
//! What cannot be read is kept: see `saved` for the format's rules.

use std::rc::Rc;

use gloo_events::EventListener;
use web_sys::Storage;
use yew::prelude::*;

use crate::saved::{LoadError, SavedError, Store};

/// Where the store lives in localStorage.
pub const STORAGE_KEY: &str = "hashwatt.saved";

/// The saved scenarios and how to change them.
#[derive(Clone, PartialEq)]
pub struct Saved {
    pub store: Rc<Store>,
    /// What went wrong reading the stored text, if anything.
    pub problem: Option<LoadError>,
    /// False where the browser offers no storage (disabled, some private modes).
    pub available: bool,
    state: UseStateHandle<Loaded>,
}

#[derive(Clone, PartialEq)]
struct Loaded {
    store: Rc<Store>,
    problem: Option<LoadError>,
    /// The stored text when it could not be read: copied aside before the first write.
    unreadable_text: Option<String>,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Loaded {
    let text = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let (store, problem) = Store::parse(text.as_deref());
    let unreadable_text = text.filter(|_| problem == Some(LoadError::Unreadable));
    Loaded {
        store: Rc::new(store),
        problem,
        unreadable_text,
    }
}

impl Saved {
    /// Stores `store` in place of the current one. On failure (storage full or
    /// blocked, or a store from a newer version) nothing changes and the reason is
    /// returned for the user.
    pub fn commit(&self, store: Store) -> Result<(), SavedError> {
        if !self.store.writable() {
            return Err(SavedError::NewerStore);
        }
        let storage = storage().ok_or(SavedError::NoStorage)?;
        let mut loaded = (*self.state).clone();
        if let Some(text) = &loaded.unreadable_text {
            // Keep the unreadable text under a key of its own before writing anew.
            let aside = format!("{STORAGE_KEY}.unreadable-{}", js_sys::Date::now() as u64);
            storage
                .set_item(&aside, text)
                .map_err(|_| SavedError::WriteRefused)?;
            loaded.unreadable_text = None;
        }
        storage
            .set_item(STORAGE_KEY, &store.to_json())
            .map_err(|_| SavedError::WriteRefused)?;
        loaded.store = Rc::new(store);
        self.state.set(loaded);
        Ok(())
    }
}

#[hook]
pub fn use_saved() -> Saved {
    let state = use_state(load);
    {
        // Another tab saved: show its scenarios too.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event)
                        .and_then(|e| e.key());
                    if key.as_deref() == Some(STORAGE_KEY) {
                        state.set(load());
                    }
                })
            });
            move || drop(listener)
        });
    }
    Saved {
        store: state.store.clone(),
        problem: state.problem.clone(),
        available: storage().is_some(),
        state,
    }
}
