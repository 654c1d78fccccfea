//! One saved scenario in the list: open, rename, duplicate, replace with the current
//! scenario, delete (after a confirmation).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::handle::SavedActions;
use crate::saved::{SavedScenario, MAX_NAME_LEN};

#[derive(Properties, PartialEq)]
pub struct SavedRowProps {
    /// The saved scenario shown.
    pub entry: SavedScenario,
    /// Whether "Replace with current" is offered: the current scenario is valid.
    pub can_replace: bool,
    /// Changes the saved scenarios and opens one.
    pub actions: SavedActions,
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
    // A button that leaves any rename or confirmation, then acts on this row's name.
    let act = |f: fn(&SavedActions, &str)| {
        let (actions, name, mode) = (props.actions.clone(), name.clone(), mode.clone());
        Callback::from(move |_: MouseEvent| {
            mode.set(Mode::Idle);
            f(&actions, &name);
        })
    };
    let open = {
        let (actions, entry) = (props.actions.clone(), props.entry.clone());
        Callback::from(move |_: MouseEvent| actions.open(&entry))
    };
    let duplicate = act(SavedActions::duplicate);
    let delete = act(SavedActions::delete);
    let replace = props.can_replace.then(|| act(SavedActions::replace));
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
        let (actions, name, mode) = (props.actions.clone(), name.clone(), mode.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Mode::Renaming(to) = (*mode).clone() else {
                return;
            };
            mode.set(Mode::Idle);
            actions.rename(&name, to);
        })
    };
    let saved_on = props.entry.saved.get(..10).unwrap_or("");
    // Each button is named after its scenario ("Open Kazakhstan 2021"), as a list of
    // rows read by a screen reader gives many "Open" otherwise; the name starts with the
    // visible text (WCAG 2.5.3).
    let named = |verb: &str| format!("{verb} {name}");

    html! {
        <li class="saved-row" data-testid="saved-row" data-name={name.clone()}>
            if let Mode::Renaming(draft) = &*mode {
                <form class="share-row" onsubmit={on_rename}>
                    <input type="text" aria-label={format!("New name for {name}")} value={draft.clone()} maxlength={MAX_NAME_LEN.to_string()} oninput={on_draft} />
                    <button type="submit" aria-label={named("Rename")}>{ "Rename" }</button>
                    <button type="button" class="link-button" aria-label={format!("Cancel renaming {name}")} onclick={set_mode(Mode::Idle)}>{ "Cancel" }</button>
                </form>
            } else {
                <span class="saved-name">{ &name }</span>
                if !saved_on.is_empty() { <small class="hint">{ format!(" saved {saved_on}") }</small> }
            }
            <div class="saved-actions">
                <button type="button" data-testid="saved-open" aria-label={named("Open")} onclick={open}>{ "Open" }</button>
                <button type="button" class="link-button" aria-label={named("Rename")} onclick={set_mode(Mode::Renaming(name.clone()))}>{ "Rename" }</button>
                <button type="button" class="link-button" aria-label={named("Duplicate")} onclick={duplicate}>{ "Duplicate" }</button>
                if let Some(replace) = replace {
                    <button type="button" class="link-button" aria-label={named("Replace with current")} onclick={replace}>{ "Replace with current" }</button>
                }
                if *mode == Mode::ConfirmDelete {
                    <button type="button" class="danger" data-testid="saved-delete-confirm" aria-label={named("Yes, delete")} onclick={delete}>{ "Yes, delete" }</button>
                    <button type="button" class="link-button" aria-label={named("Keep")} onclick={set_mode(Mode::Idle)}>{ "Keep" }</button>
                } else {
                    <button type="button" class="link-button" data-testid="saved-delete" aria-label={named("Delete")} onclick={set_mode(Mode::ConfirmDelete)}>{ "Delete" }</button>
                }
            </div>
        </li>
    }
}
