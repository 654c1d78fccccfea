//! The operation: how many machines, what power costs, the pool, uptime, hardware.

use yew::prelude::*;

use super::SectionProps;
use crate::app::hooks::use_select_value;
use crate::engine::economics::PayoutScheme;
use crate::scenario::{payout_name, Key};

/// The keys this section shows.
pub const KEYS: &[Key] = &[Key::N, Key::Kwh, Key::Pool, Key::Payout, Key::Up, Key::Hw];

#[function_component]
pub fn OperationInputs(props: &SectionProps) -> Html {
    let payout = props.fields.get(Key::Payout);
    let select = use_select_value(payout.to_owned());
    html! {
        <fieldset class="section">
            <legend>{ "Operation" }</legend>
            <div class="row">
                { props.field(Key::N) }
                { props.field(Key::Kwh) }
            </div>
            <div class="row">
                { props.field(Key::Pool) }
                <div class="field">
                    <label for="field-payout">{ Key::Payout.label() }</label>
                    <select id="field-payout" name="payout" onchange={props.on_select(Key::Payout)} ref={select}>
                        <option value={payout_name(PayoutScheme::Fpps)} selected={payout == payout_name(PayoutScheme::Fpps)}>
                            { "FPPS (fees paid)" }
                        </option>
                        <option value={payout_name(PayoutScheme::Pps)} selected={payout == payout_name(PayoutScheme::Pps)}>
                            { "PPS (no tx fees)" }
                        </option>
                    </select>
                    <p class="hint">{ Key::Payout.help() }</p>
                </div>
            </div>
            <div class="row">
                { props.field(Key::Up) }
                { props.field(Key::Hw) }
            </div>
        </fieldset>
    }
}
