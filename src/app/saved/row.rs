//! One saved scenario in the list: open, rename, duplicate, replace with the current
//! scenario, delete (after a confirmation).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::panel::now_iso;
use crate::saved::{News, SavedScenario, Store, StoreError, MAX_NAME_LEN};

/// A change to the store, with the message to show when it is kept.
pub type Change = Box<dyn FnOnce(&mut Store) -> Result<News, StoreError>>;

#[derive(Properties, PartialEq)]
pub struct SavedRowProps {
    /// The saved scenario shown.
    pub entry: SavedScenario,
    /// The current scenario's query, for "Replace"; `None` while a field is invalid.
    pub query: Option<String>,
    /// Applies a change to the store.
    pub apply: Callback<Change>,
    /// Opens a saved scenario, given its name and query.
    pub on_open: Callback<(String, String)>,
}

#[derive(Clone, PartialEq)]
enum Mode {
    Idle,
    Renaming(String),
    ConfirmDelete,
}

#[function_component]
pub fn SavedRow(props: &SavedRowProps) -> Html {
    let mode = use_state(|| Mode::Idle);
    let name = props.entry.name.clone();
    let change = |f: Box<dyn Fn(&str) -> Change>| {
        let (apply, name, mode) = (props.apply.clone(), name.clone(), mode.clone());
        Callback::from(move |_: MouseEvent| {
            mode.set(Mode::Idle);
            apply.emit(f(&name));
        })
    };
    let open = {
        let (on_open, entry) = (props.on_open.clone(), props.entry.clone());
        Callback::from(move |_: MouseEvent| on_open.emit((entry.name.clone(), entry.query.clone())))
    };
    let duplicate = change(Box::new(|name| {
        let name = name.to_owned();
        Box::new(move |s| s.duplicate(&name).map(News::Duplicated))
    }));
    let delete = change(Box::new(|name| {
        let name = name.to_owned();
        Box::new(move |s| s.delete(&name).map(|_| News::Deleted(name)))
    }));
    let replace = props.query.clone().map(|query| {
        change(Box::new(move |name| {
            let (name, query) = (name.to_owned(), query.clone());
            Box::new(move |s| {
                s.update(&name, &query, &now_iso())
                    .map(|_| News::Replaced(name))
            })
        }))
    });
    let set_mode = |m: Mode| {
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| mode.set(m.clone()))
    };
    let on_draft = {
        let mode = mode.clone();
        Callback::from(move |e: InputEvent| {
            mode.set(Mode::Renaming(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_rename = {
        let (apply, name, mode) = (props.apply.clone(), name.clone(), mode.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Mode::Renaming(to) = (*mode).clone() else {
                return;
            };
            let from = name.clone();
            mode.set(Mode::Idle);
            apply.emit(Box::new(move |s| {
                s.rename(&from, &to)
                    .map(|_| News::Renamed(to.trim().to_owned()))
            }));
        })
    };
    let saved_on = props.entry.saved.get(..10).unwrap_or("");

    html! {
        <li class="saved-row" data-testid="saved-row" data-name={name.clone()}>
            if let Mode::Renaming(draft) = &*mode {
                <form class="share-row" onsubmit={on_rename}>
                    <input type="text" aria-label="New name" value={draft.clone()} maxlength={MAX_NAME_LEN.to_string()} oninput={on_draft} />
                    <button type="submit">{ "Rename" }</button>
                    <button type="button" class="link-button" onclick={set_mode(Mode::Idle)}>{ "Cancel" }</button>
                </form>
            } else {
                <span class="saved-name">{ &name }</span>
                if !saved_on.is_empty() { <small class="hint">{ format!(" saved {saved_on}") }</small> }
            }
            <div class="saved-actions">
                <button type="button" data-testid="saved-open" onclick={open}>{ "Open" }</button>
                <button type="button" class="link-button" onclick={set_mode(Mode::Renaming(name.clone()))}>{ "Rename" }</button>
                <button type="button" class="link-button" onclick={duplicate}>{ "Duplicate" }</button>
                if let Some(replace) = replace {
                    <button type="button" class="link-button" onclick={replace}>{ "Replace with current" }</button>
                }
                if *mode == Mode::ConfirmDelete {
                    <button type="button" class="danger" data-testid="saved-delete-confirm" onclick={delete}>{ "Yes, delete" }</button>
                    <button type="button" class="link-button" onclick={set_mode(Mode::Idle)}>{ "Keep" }</button>
                } else {
                    <button type="button" class="link-button" data-testid="saved-delete" onclick={set_mode(Mode::ConfirmDelete)}>{ "Delete" }</button>
                }
            </div>
        </li>
    }
}
