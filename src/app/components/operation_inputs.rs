//! The operation: how many machines, what power costs, the pool, uptime, hardware.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::field::NumberField;
use super::field_error;
use crate::app::hooks::use_select_value;
use crate::app::state::Action;
use crate::engine::economics::PayoutScheme;
use crate::scenario::{payout_name, FieldError, Key, Params};

#[derive(Properties, PartialEq)]
pub struct OperationInputsProps {
    /// The scenario's fields as entered.
    pub params: Params,
    /// The fields that cannot be used.
    pub errors: Vec<FieldError>,
    /// Sends the user's changes.
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn OperationInputs(props: &OperationInputsProps) -> Html {
    let on_edit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |(key, text)| dispatch.emit(Action::Edit(key, text)))
    };
    let on_payout = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.emit(Action::Edit(Key::Payout, select.value()));
        })
    };
    let field = |key: Key, label: &'static str, hint: Option<&'static str>| {
        html! {
            <NumberField field={key} {label} value={props.params.get(key).to_owned()}
                error={field_error(&props.errors, key)} hint={hint.map(AttrValue::from)}
                on_edit={on_edit.clone()} />
        }
    };
    let payout = props.params.get(Key::Payout);
    let select = use_select_value(payout.to_owned());
    html! {
        <fieldset class="section">
            <legend>{ "Operation" }</legend>
            <div class="row">
                { field(Key::N, "Units", None) }
                { field(Key::Kwh, "Electricity price", Some("All-in price at the meter")) }
            </div>
            <div class="row">
                { field(Key::Pool, "Pool fee", None) }
                <div class="field">
                    <label for="field-payout">{ "Payout scheme" }</label>
                    <select id="field-payout" name="payout" onchange={on_payout} ref={select}>
                        <option value={payout_name(PayoutScheme::Fpps)} selected={payout == payout_name(PayoutScheme::Fpps)}>
                            { "FPPS (fees paid)" }
                        </option>
                        <option value={payout_name(PayoutScheme::Pps)} selected={payout == payout_name(PayoutScheme::Pps)}>
                            { "PPS (no tx fees)" }
                        </option>
                    </select>
                    <p class="hint">{ "The pool fee is taken from what the scheme pays" }</p>
                </div>
            </div>
            <div class="row">
                { field(Key::Up, "Uptime", Some("Scales hashing and electricity")) }
                { field(Key::Hw, "Hardware cost per unit", Some("0 if already paid: no payback shown")) }
            </div>
        </fieldset>
    }
}
