//! A labelled text field for one numeric scenario key, with its unit and inline error.
//! What a person types is read as they write numbers (`10,000`, `$0.05`, `133.79T`):
//! the scenario gets the value read, the field keeps their text and says under it what
//! it read ("read as 0.05 USD/kWh").

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::hooks::use_currency;
use crate::app::state::{Dispatch, Target};
use crate::app::typed::Typed;
use crate::scenario::typed::grouped;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Where typing goes: a scenario key, or one value of a fleet line. Gives the input's
    /// `name` (`kwh`, `m2-th`), its label's key and its unit.
    pub target: Target,
    /// The scenario's text for the field, valid or not (what the typed text was read as).
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
    let read_id = format!("read-{name}");
    // Locked by an embed: read-only, and a change by script is put back.
    let locked = crate::app::embed::use_locked(&name);
    // The last text typed here, shown while the scenario holds what it was read as.
    let typed = use_state(|| None::<Typed>);
    let shown = AttrValue::from(Typed::shown(typed.as_ref(), &props.value).to_owned());
    let read_as = Typed::read_as(typed.as_ref(), &props.value).map(|read| {
        let text = format!("read as {} {unit}", grouped(read));
        (read.to_owned(), text.trim_end().to_owned())
    });
    let oninput = {
        let dispatch = props.dispatch.clone();
        let shown = shown.clone();
        let typed = typed.setter();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if locked {
                input.set_value(&shown);
            } else {
                let t = Typed::new(key, input.value(), currency);
                dispatch.dispatch(target.edit(t.read().to_owned()));
                typed.set(Some(t));
            }
        })
    };
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
    let described_by = match (&read_as, described_by) {
        (Some(_), Some(other)) => Some(format!("{read_id} {other}")),
        (Some(_), None) => Some(read_id.clone()),
        (None, other) => other,
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
                    inputmode={key.input_mode().as_str()}
                    autocomplete="off"
                    spellcheck="false"
                    maxlength={key.max_len().to_string()}
                    value={shown}
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
            if let Some((read, text)) = read_as {
                <p class="hint read" id={read_id} data-testid={format!("read-{name}")} data-value={read}>
                    { text }
                </p>
            }
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
