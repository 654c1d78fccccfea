//! A labelled text field for one numeric scenario key, with its unit and inline error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::scenario::Key;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The scenario key: the input's `name`, and the key in links.
    pub field: Key,
    /// The visible label.
    pub label: AttrValue,
    /// The text as entered, valid or not.
    pub value: AttrValue,
    /// Why the text cannot be used, with the allowed range; `None` when it can.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A line under the field when there is no error (the value read back, a source).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Sends the key and its new text on every keystroke.
    pub on_edit: Callback<(Key, String)>,
    /// The unit shown after the input, when not the key's own (money in the
    /// scenario's currency).
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// The input's `name` and id stem, when not the key's (a value of a fleet line:
    /// `m2-th`).
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let key = props.field;
    let name: &str = props.name.as_deref().unwrap_or(key.as_str());
    let unit: &str = props.unit.as_deref().unwrap_or(key.unit());
    let id = format!("field-{name}");
    let error_id = format!("error-{name}");
    let hint_id = format!("hint-{name}");
    // Locked by an embed: read-only, and a change by script is put back.
    let locked = crate::app::embed::use_locked(name);
    let oninput = {
        let on_edit = props.on_edit.clone();
        let value = props.value.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if locked {
                input.set_value(&value);
            } else {
                on_edit.emit((key, input.value()));
            }
        })
    };
    let whole = key.input().is_some_and(|i| i.limit().whole);
    let described_by = match (&props.error, &props.hint) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(hint_id.clone()),
        (None, None) => None,
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ &props.label }</label>
            <div class="input-unit">
                <input
                    {id}
                    name={name.to_owned()}
                    type="text"
                    inputmode={if whole { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    spellcheck="false"
                    maxlength={key.max_len().to_string()}
                    value={props.value.clone()}
                    readonly={locked}
                    aria-readonly={locked.then_some("true")}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={described_by}
                    {oninput}
                />
                if !unit.is_empty() {
                    <span class="unit" aria-hidden="true">{ unit }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id} data-testid={format!("error-{name}")} role="alert">
                    { error }
                </p>
            } else if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}
