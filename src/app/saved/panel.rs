//! Saved scenarios: save the current one under a name, and list the saved ones with
//! their actions; export and import below. Kept in this browser only.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::handle::use_saved;
use super::row::{Change, SavedRow};
use super::transfer::SavedTransfer;
use crate::saved::{News, SavedError, MAX_NAME_LEN};

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
    /// Opens a saved scenario, given its name and query.
    pub on_open: Callback<(String, String)>,
}

pub use crate::saved::Status;

/// Now, as an ISO 8601 text, for the "saved" stamp.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

#[function_component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let saved = use_saved();
    let status = use_state(|| None::<Status>);
    let name = use_state(String::new);

    // Applies `change` to a copy of the store and keeps it if storage takes it.
    let apply = {
        let (saved, status) = (saved.clone(), status.clone());
        Callback::from(move |change: Change| {
            let mut store = (*saved.store).clone();
            let outcome = change(&mut store)
                .map_err(SavedError::from)
                .and_then(|news| saved.commit(store).map(|_| news));
            status.set(Some(outcome));
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_save = {
        let (apply, name, query) = (apply.clone(), name.clone(), props.query.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(query) = query.clone() else { return };
            let typed = (*name).clone();
            let cleared = name.clone();
            apply.emit(Box::new(move |store| {
                store.save(&typed, &query, &now_iso())?;
                cleared.set(String::new());
                Ok(News::Saved(typed.trim().to_owned()))
            }));
        })
    };

    html! {
        <section class="section saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{ "Saved scenarios" }</h2>
            if !saved.available {
                <p class="error">{ "This browser offers no storage here: scenarios cannot be saved." }</p>
            }
            if let Some(problem) = &saved.problem {
                <p class="error" data-testid="saved-problem">{ problem.to_string() }</p>
            }
            <form class="share-row" onsubmit={on_save}>
                <label for="save-name" class="visually-hidden">{ "Name" }</label>
                <input id="save-name" data-testid="save-name" type="text" placeholder="Name this scenario"
                    maxlength={MAX_NAME_LEN.to_string()} value={(*name).clone()} oninput={on_name} />
                <button type="submit" data-testid="save-button" disabled={props.query.is_none()}>{ "Save" }</button>
            </form>
            <p class={classes!("hint", status.as_ref().is_some_and(|s| s.is_err()).then_some("error"))}
                role="status" data-testid="saved-status">
                { match &*status { Some(Ok(m)) => m.to_string(), Some(Err(m)) => m.to_string(), None => String::new() } }
            </p>
            if saved.store.scenarios.is_empty() {
                <p class="hint">{ "None yet. Saved scenarios stay in this browser; opening a link never changes them." }</p>
            } else {
                <ul class="saved-list" data-testid="saved-list">
                    for entry in saved.store.scenarios.iter().cloned() {
                        <SavedRow key={entry.name.clone()} entry={entry.clone()} query={props.query.clone()}
                            apply={apply.clone()} on_open={props.on_open.clone()} />
                    }
                </ul>
            }
            <SavedTransfer store={saved.store.clone()} apply={apply} status={status.setter()} />
        </section>
    }
}
