//! A labelled text field for one numeric scenario key, with its unit and inline error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::hooks::use_currency;
use crate::app::state::{Dispatch, Target};

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Where typing goes: a scenario key, or one value of a fleet line. Gives the input's
    /// `name` (`kwh`, `m2-th`), its label's key and its unit.
    pub target: Target,
    /// The text as entered, valid or not.
    pub value: AttrValue,
    /// Why the text cannot be used, with the allowed range; `None` when it can.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A line under the field when there is no error, in place of the key's help (the
    /// value read back, a source).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Sends the new text on every keystroke.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let target = props.target;
    let key = target.meaning();
    let name = target.name();
    // Money is entered in the scenario's currency.
    let currency = use_currency();
    let unit = key.unit_in(currency);
    let id = format!("field-{name}");
    let error_id = format!("error-{name}");
    let hint_id = format!("hint-{name}");
    // Locked by an embed: read-only, and a change by script is put back.
    let locked = crate::app::embed::use_locked(&name);
    let oninput = {
        let dispatch = props.dispatch.clone();
        let value = props.value.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if locked {
                input.set_value(&value);
            } else {
                dispatch.dispatch(target.edit(input.value()));
            }
        })
    };
    let whole = key.input().is_some_and(|i| i.limit().whole);
    // The label and help are the key's row; a hint computed from the values replaces the
    // help.
    let hint = props
        .hint
        .clone()
        .or_else(|| (!key.help().is_empty()).then(|| AttrValue::Static(key.help())));
    let described_by = match (&props.error, &hint) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(hint_id.clone()),
        (None, None) => None,
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            // The unit beside the input is drawn for the eye (aria-hidden); the label
            // carries it for the accessible name ("Power price (USD/kWh)").
            <label for={id.clone()}>
                { key.label() }
                if !unit.is_empty() {
                    <span class="visually-hidden">{ format!(" ({unit})") }</span>
                }
            </label>
            <div class="input-unit">
                <input
                    {id}
                    name={name.clone()}
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
            } else if let Some(hint) = &hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}
