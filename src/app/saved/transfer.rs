//! Export every saved scenario as a JSON file, and import one back (merged: a name
//! that exists with another scenario comes in under a new name).

use std::rc::Rc;

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::panel::Status;
use super::row::Change;
use crate::app::download::download;
use crate::saved::{ImportReport, Store};

#[derive(Properties, PartialEq)]
pub struct SavedTransferProps {
    /// The saved scenarios.
    pub store: Rc<Store>,
    /// Applies a change to the store.
    pub apply: Callback<Change>,
    /// Shows a message for the user.
    pub status: UseStateSetter<Option<Status>>,
}

fn report_text(r: &ImportReport) -> String {
    let mut parts = vec![format!("Imported {} new", r.added)];
    if r.already_present > 0 {
        parts.push(format!("{} already here", r.already_present));
    }
    for (from, to) in &r.renamed {
        parts.push(format!(
            "\u{201c}{from}\u{201d} exists, imported as \u{201c}{to}\u{201d}"
        ));
    }
    if r.skipped > 0 {
        parts.push(format!(
            "{} unreadable entr{} skipped",
            r.skipped,
            if r.skipped == 1 { "y" } else { "ies" }
        ));
    }
    format!("{}.", parts.join("; "))
}

#[function_component]
pub fn SavedTransfer(props: &SavedTransferProps) -> Html {
    let export = {
        let (store, status) = (props.store.clone(), props.status.clone());
        Callback::from(move |_: MouseEvent| {
            let done = download(
                &store.export_json(),
                "hashwatt-scenarios.json",
                "application/json",
            );
            status.set(Some(match done {
                Some(()) => Ok(format!("Exported {} scenarios.", store.scenarios.len())),
                None => Err("the browser refused the download".to_owned()),
            }));
        })
    };
    let import = {
        let (apply, status) = (props.apply.clone(), props.status.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Clear the picker so the same file can be picked again.
            input.set_value("");
            let (apply, status) = (apply.clone(), status.clone());
            spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    Some(text) => apply.emit(Box::new(move |store| {
                        store.import(&text).map(|r| report_text(&r))
                    })),
                    None => status.set(Some(Err("the file could not be read".to_owned()))),
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
