//! One snippet of the builder: the HTML in a read-only text box and a button that
//! copies it (the Clipboard API, else the selected text and the copy command, else the
//! text left selected for the user).

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::clipboard::copy_text;

#[derive(Properties, PartialEq)]
pub struct SnippetBoxProps {
    /// The text box's id (its label points at it).
    pub id: AttrValue,
    /// The text box's visible label.
    pub label: AttrValue,
    /// `data-testid` of the text box; the button's is this with `-copy`.
    pub testid: AttrValue,
    /// The HTML to copy, already escaped where it must be.
    pub text: AttrValue,
}

#[function_component]
pub fn SnippetBox(props: &SnippetBoxProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let area = use_node_ref();
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(None));
    }
    let onclick = {
        let (status, area, text) = (status.clone(), area.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, area, text) = (status.clone(), area.clone(), text.clone());
            spawn_local(async move {
                let select = || {
                    area.cast::<HtmlTextAreaElement>()
                        .map(|a| a.select())
                        .is_some()
                };
                let copied = copy_text(&text, select).await;
                status.set(Some(if copied {
                    "Copied."
                } else {
                    "The browser blocked copying: the snippet is selected, press Ctrl+C (⌘C on a Mac)."
                }));
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlTextAreaElement>().select();
    });
    html! {
        <div class="snippet-box">
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} data-testid={props.testid.clone()} readonly=true rows="4"
                value={props.text.clone()} ref={area} {onfocus} />
            <button type="button" data-testid={format!("{}-copy", props.testid)} {onclick}>{ "Copy" }</button>
            <span class="hint" role="status">{ status.unwrap_or("") }</span>
        </div>
    }
}
