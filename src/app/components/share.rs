//! The scenario's link, with a button that copies it: the Clipboard API where the
//! browser allows it, else the selected text and the older copy command, else the link
//! left selected for the user to copy.

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::clipboard::copy_text;
use crate::app::hooks::page_link;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The current scenario's query; `None` while a field is invalid.
    pub query: Option<String>,
}

#[function_component]
pub fn Share(props: &ShareProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let field = use_node_ref();
    let link = props.query.as_deref().and_then(page_link);
    {
        // A new link makes an old "copied" untrue.
        let status = status.clone();
        use_effect_with(link.clone(), move |_| status.set(None));
    }
    let onclick = {
        let (status, field, link) = (status.clone(), field.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let (status, field) = (status.clone(), field.clone());
            spawn_local(async move {
                let select = || {
                    field
                        .cast::<HtmlInputElement>()
                        .map(|i| i.select())
                        .is_some()
                };
                let copied = copy_text(&link, select).await;
                status.set(Some(if copied {
                    "Link copied."
                } else {
                    "The browser blocked copying: the link is selected, press Ctrl+C (⌘C on a Mac)."
                }));
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="share">
            <label for="share-url">{ "Link to this scenario" }</label>
            <div class="share-row">
                <input id="share-url" data-testid="share-url" type="text" readonly=true ref={field}
                    value={link.clone().unwrap_or_default()} {onfocus}
                    placeholder="Fix the highlighted fields to get a link" />
                <button type="button" data-testid="copy-link" disabled={link.is_none()} {onclick}>
                    { "Copy link" }
                </button>
            </div>
            <p class="hint" role="status" data-testid="copy-status">{ status.unwrap_or("") }</p>
        </div>
    }
}
