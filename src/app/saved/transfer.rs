//! Export every saved scenario as a JSON file, and import one back (merged: a name
//! that exists with another scenario comes in under a new name).

use std::rc::Rc;

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::handle::SavedActions;
use crate::app::download::download;
use crate::saved::{News, SavedError, Store};

#[derive(Properties, PartialEq)]
pub struct SavedTransferProps {
    /// The saved scenarios.
    pub store: Rc<Store>,
    /// Imports into them, and tells the user what was done.
    pub actions: SavedActions,
}

#[function_component]
pub fn SavedTransfer(props: &SavedTransferProps) -> Html {
    let export = {
        let (store, actions) = (props.store.clone(), props.actions.clone());
        Callback::from(move |_: MouseEvent| {
            let done = download(
                &store.export_json(),
                "hashwatt-scenarios.json",
                "application/json",
            );
            actions.report(match done {
                Some(()) => Ok(News::Exported(store.scenarios.len())),
                None => Err(SavedError::DownloadRefused),
            });
        })
    };
    let import = {
        let actions = props.actions.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Clear the picker so the same file can be picked again.
            input.set_value("");
            let actions = actions.clone();
            spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => actions.import(text),
                    None => actions.report(Err(SavedError::FileUnreadable)),
                }
            });
        })
    };
    html! {
        <div class="saved-transfer">
            <button type="button" class="link-button" data-testid="saved-export" onclick={export}
                disabled={props.store.scenarios.is_empty()}>{ "Export all (JSON)" }</button>
            <label class="link-button file-label">
                { "Import a file" }
                <input type="file" accept=".json,application/json" data-testid="saved-import" onchange={import} />
            </label>
        </div>
    }
}
