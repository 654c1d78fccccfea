//! The saved scenarios' one handle, [`use_saved`]: the state the panel shows, and
//! [`SavedActions`], the part that stays the same from render to render, for the rows,
//! the list and the transfer buttons. They act through it and never redraw because the
//! scenario changed.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::state::{SavedAction, SavedState, STORAGE_KEY};
use super::write;
use crate::app::download::download;
use crate::saved::{Change, SavedError, SavedScenario, Status};

/// The saved scenarios and how to change them.
#[derive(Clone, PartialEq)]
pub struct Saved {
    state: UseReducerHandle<SavedState>,
    actions: SavedActions,
}

impl Deref for Saved {
    type Target = SavedState;

    fn deref(&self) -> &SavedState {
        &self.state
    }
}

impl Saved {
    /// How to change them: the same value on every render.
    pub fn actions(&self) -> SavedActions {
        self.actions.clone()
    }
}

/// The actions on the saved scenarios. Equal to itself across renders (the reducer's
/// dispatcher and one shared cell), so a component that takes it redraws only for its
/// other props.
#[derive(Clone)]
pub struct SavedActions {
    dispatcher: UseReducerDispatcher<SavedState>,
    latest: Rc<RefCell<Latest>>,
}

impl PartialEq for SavedActions {
    fn eq(&self, other: &Self) -> bool {
        self.dispatcher == other.dispatcher && Rc::ptr_eq(&self.latest, &other.latest)
    }
}

/// The current scenario's link query (`None` while a field is invalid), kept current by
/// whoever draws the panel without redrawing it, and read when a button is pressed:
/// neither the panel nor its rows redraw on a keystroke to save or replace the current
/// scenario. Equal to itself only (one shared cell).
#[derive(Clone, Default)]
pub struct CurrentQuery(Rc<RefCell<Option<String>>>);

impl PartialEq for CurrentQuery {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl CurrentQuery {
    /// Puts in the current query.
    pub fn set(&self, query: Option<String>) {
        *self.0.borrow_mut() = query;
    }

    /// The current query, copied out so that no borrow outlives the call.
    fn get(&self) -> Option<String> {
        self.0.borrow().clone()
    }
}

/// What the panel was last given, read when a button is pressed rather than passed
/// down.
struct Latest {
    /// The current scenario's link query.
    query: CurrentQuery,
    /// Opens a saved scenario, given its name and query.
    on_open: Callback<(String, String)>,
}

/// Now, as an ISO 8601 text, for the "saved" stamp.
fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

impl SavedActions {
    /// The current query, copied out so that no borrow outlives the call.
    fn query(&self) -> Option<String> {
        self.latest.borrow().query.get()
    }

    fn dispatch(&self, action: SavedAction) {
        self.dispatcher.dispatch(action);
    }

    /// Makes `change` on what is stored now (under the lock across tabs); the panel
    /// hears the outcome once it is written.
    fn change(&self, change: Change) {
        write::change(change, self.dispatcher.clone());
    }

    /// The name in the save form, as typed.
    pub fn draft(&self, name: String) {
        self.dispatch(SavedAction::Draft(name));
    }

    /// Saves the current scenario under `name`; nothing while a field is invalid.
    pub fn save(&self, name: String) {
        if let Some(query) = self.query() {
            self.change(Change::Save {
                name,
                query,
                at: now_iso(),
            });
        }
    }

    /// Replaces the scenario of `name` with the current one; nothing while a field is
    /// invalid.
    pub fn replace(&self, name: &str) {
        if let Some(query) = self.query() {
            self.change(Change::Replace {
                name: name.to_owned(),
                query,
                at: now_iso(),
            });
        }
    }

    pub fn rename(&self, from: &str, to: String) {
        self.change(Change::Rename {
            from: from.to_owned(),
            to,
        });
    }

    pub fn duplicate(&self, name: &str) {
        self.change(Change::Duplicate(name.to_owned()));
    }

    pub fn delete(&self, name: &str) {
        self.change(Change::Delete(name.to_owned()));
    }

    /// Merges in the text of an export file.
    pub fn import(&self, text: String) {
        self.change(Change::Import(text));
    }

    /// Offers the unreadable stored text as a file; once it was, it may be cleared.
    pub fn export_unreadable(&self) {
        let Some(text) = write::unreadable_text() else {
            // Another tab replaced it meanwhile: show what is stored.
            return self.dispatch(SavedAction::Reload);
        };
        match download(&text, "hashwatt-saved-unreadable.txt", "text/plain") {
            Some(()) => self.dispatch(SavedAction::ExportedUnreadable(text.into())),
            None => self.report(Err(SavedError::DownloadRefused)),
        }
    }

    /// Removes the unreadable stored text, if it is still what was exported.
    pub fn clear_unreadable(&self, exported: Rc<str>) {
        write::clear_unreadable(exported, self.dispatcher.clone());
    }

    /// Shows the outcome of an export or of reading a file.
    pub fn report(&self, status: Status) {
        self.dispatch(SavedAction::Report(status));
    }

    /// Opens `entry` as the current scenario.
    pub fn open(&self, entry: &SavedScenario) {
        // Copied out first: opening re-renders the panel, which writes the cell.
        let on_open = self.latest.borrow().on_open.clone();
        on_open.emit((entry.name.clone(), entry.query.clone()));
    }
}

/// The saved scenarios in this browser, for the panel given the current scenario's
/// `query` and what opening a saved one does.
#[hook]
pub fn use_saved(query: CurrentQuery, on_open: Callback<(String, String)>) -> Saved {
    let state = use_reducer(SavedState::load);
    let latest = use_mut_ref(|| Latest {
        query: CurrentQuery::default(),
        on_open: Callback::noop(),
    });
    // Kept current on every render; read only when a button is pressed.
    *latest.borrow_mut() = Latest { query, on_open };
    {
        // Another tab saved: show its scenarios too.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event)
                        .and_then(|e| e.key());
                    if key.as_deref() == Some(STORAGE_KEY) {
                        dispatcher.dispatch(SavedAction::Reload);
                    }
                })
            });
            move || drop(listener)
        });
    }
    Saved {
        actions: SavedActions {
            dispatcher: state.dispatcher(),
            latest,
        },
        state,
    }
}
