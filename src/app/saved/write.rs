//! Every write to the saved scenarios in localStorage, each one step under the lock
//! across tabs (`lock`): read what is stored now (once this tab's copy shows the last
//! write: `written`), make the change on it (the pure `saved::Change`), write, and only
//! then tell the page, with a [`SavedAction::Stored`].
//! The page's own copy of the store is never written, so nothing another tab wrote is
//! lost, and no tab says "Saved" for something that is not stored.

use std::rc::Rc;

use web_sys::Storage;
use yew::UseReducerDispatcher;

use super::lock::exclusively;
use super::state::{storage, SavedAction, SavedState, STORAGE_KEY};
use super::written;
use crate::saved::{Change, LoadError, News, SavedError, Store};

/// The name of the lock every write of the store holds.
const LOCK: &str = "hashwatt.saved";

/// The text under `STORAGE_KEY`, or why there is none to be had.
fn stored(storage: &Storage) -> Result<Option<String>, SavedError> {
    storage
        .get_item(STORAGE_KEY)
        .map_err(|_| SavedError::NoStorage)
}

/// Makes `change` on what is stored, under the lock; the page hears the outcome.
pub fn change(change: Change, page: UseReducerDispatcher<SavedState>) {
    exclusively(LOCK, move || async move {
        let Some(storage) = storage() else {
            return page.dispatch(SavedAction::Report(Err(SavedError::NoStorage)));
        };
        if let Err(e) = stored(&storage) {
            return page.dispatch(SavedAction::Report(Err(e)));
        }
        let newest = written::newest().await;
        let before = written::fresh_text(newest).await;
        let (action, wrote) = change_now(&change, &storage, before);
        if let Some(text) = wrote {
            written::leave(newest, Some(&text));
        }
        page.dispatch(action);
    });
}

/// Makes `change` on `before`, the text stored now, and writes it; the action for the
/// page, and the text written if any.
fn change_now(
    change: &Change,
    storage: &Storage,
    before: Option<String>,
) -> (SavedAction, Option<String>) {
    let merged = change.apply_to(before.as_deref());
    let write = match merged.outcome {
        Ok(write) => write,
        // Refused: the page shows what is stored now, and why.
        Err(e) => {
            let action = SavedAction::Stored {
                store: merged.store,
                problem: merged.problem,
                status: Err(e.into()),
            };
            return (action, None);
        }
    };
    let written =
        keep_unreadable(storage, before.as_deref(), write.replaces_unreadable).and_then(|()| {
            storage
                .set_item(STORAGE_KEY, &write.text)
                .map_err(|_| SavedError::WriteRefused)
        });
    match written {
        Ok(()) => {
            let action = SavedAction::Stored {
                store: merged.store,
                problem: merged.problem,
                status: Ok(write.news),
            };
            (action, Some(write.text))
        }
        Err(e) => {
            // Nothing changed: what is stored is what was read.
            let (store, problem) = Store::parse(before.as_deref());
            let action = SavedAction::Stored {
                store,
                problem,
                status: Err(e),
            };
            (action, None)
        }
    }
}

/// Before a new store replaces unreadable text, keeps that text under a key of its own;
/// when there is no room for it, nothing is written.
fn keep_unreadable(storage: &Storage, old: Option<&str>, replaces: bool) -> Result<(), SavedError> {
    let Some(old) = old.filter(|_| replaces) else {
        return Ok(());
    };
    let aside = format!("{STORAGE_KEY}.unreadable-{}", js_sys::Date::now() as u64);
    storage
        .set_item(&aside, old)
        .map_err(|_| SavedError::NoRoomForUnreadable { bytes: old.len() })
}

/// The stored text while it cannot be read (what "export the unreadable data" offers),
/// or `None` when it reads (another tab may have replaced it).
pub fn unreadable_text() -> Option<String> {
    let text = stored(&storage()?).ok()??;
    (Store::parse(Some(&text)).1 == Some(LoadError::Unreadable)).then_some(text)
}

/// Removes the unreadable stored text, under the lock, if it is still exactly
/// `exported`: never anything the user has not been given as a file.
pub fn clear_unreadable(exported: Rc<str>, page: UseReducerDispatcher<SavedState>) {
    exclusively(LOCK, move || async move {
        let Some(storage) = storage() else {
            return page.dispatch(SavedAction::Report(Err(SavedError::NoStorage)));
        };
        let newest = written::newest().await;
        let action = match written::fresh_text(newest).await {
            Some(text) if *text == *exported => match storage.remove_item(STORAGE_KEY) {
                Ok(()) => {
                    written::leave(newest, None);
                    SavedAction::Stored {
                        store: Store::default(),
                        problem: None,
                        status: Ok(News::ClearedUnreadable),
                    }
                }
                Err(_) => SavedAction::Report(Err(SavedError::WriteRefused)),
            },
            other => {
                let (store, problem) = Store::parse(other.as_deref());
                SavedAction::Stored {
                    store,
                    problem,
                    status: Err(SavedError::UnreadableChanged),
                }
            }
        };
        page.dispatch(action);
    });
}
