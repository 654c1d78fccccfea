//! Saved scenarios: save the current one under a name, and list the saved ones with
//! their actions; export and import below. Kept in this browser only.
//!
//! The panel takes whether the current scenario is valid, and the current query in a
//! cell it reads when a button is pressed: a keystroke redraws neither it nor its list.
//! It is drawn by the on-demand module ([`crate::app::on_demand`]), inside the section
//! the page draws.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::handle::{use_saved, CurrentQuery};
use super::list::SavedList;
use super::transfer::SavedTransfer;
use super::unreadable::Unreadable;
use crate::saved::{LoadError, MAX_NAME_LEN};

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    /// Whether the current scenario can be saved (no field is invalid).
    pub valid: bool,
    /// The current scenario's link query, read when a button is pressed.
    pub current: CurrentQuery,
    /// Opens a saved scenario, given its name and query.
    pub on_open: Callback<(String, String)>,
}

#[function_component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let saved = use_saved(props.current.clone(), props.on_open.clone());
    let actions = saved.actions();
    let valid = props.valid;
    let on_name = {
        let actions = actions.clone();
        Callback::from(move |e: InputEvent| {
            actions.draft(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_save = {
        let (actions, name) = (actions.clone(), saved.draft.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            actions.save(name.clone());
        })
    };
    let status = match &saved.status {
        Some(Ok(news)) => news.to_string(),
        Some(Err(e)) => e.to_string(),
        None => String::new(),
    };
    let refused = matches!(saved.status, Some(Err(_)));

    html! {
        <div class="saved-panel">
            if !saved.available {
                <p class="error">{ "This browser offers no storage here: scenarios cannot be saved." }</p>
            }
            if let Some(problem) = &saved.problem {
                <p class="error" data-testid="saved-problem">{ problem.to_string() }</p>
            }
            if saved.problem == Some(LoadError::Unreadable) {
                <Unreadable exported={saved.exported_unreadable.clone()} actions={actions.clone()} />
            }
            <form class="share-row" onsubmit={on_save}>
                <label for="save-name" class="visually-hidden">{ "Name" }</label>
                <input id="save-name" data-testid="save-name" type="text" placeholder="Name this scenario"
                    maxlength={MAX_NAME_LEN.to_string()} value={saved.draft.clone()} oninput={on_name} />
                <button type="submit" data-testid="save-button" disabled={!valid}>{ "Save" }</button>
            </form>
            <p class={classes!("hint", refused.then_some("error"))} role="status" data-testid="saved-status">
                { status }
            </p>
            <SavedList store={saved.store.clone()} can_replace={valid} actions={actions.clone()} />
            <SavedTransfer store={saved.store.clone()} {actions} />
        </div>
    }
}
