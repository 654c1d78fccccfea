//! What the projection assumes: horizon, difficulty, price and fee growth, block time,
//! the machines' start, resale, switching off, and the discount rate.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::SectionProps;
use crate::app::hooks::use_select_value;
use crate::app::state::Action;
use crate::engine::projection::GrowthPeriod;
use crate::scenario::{period_name, Key};

/// The keys this section shows.
pub const KEYS: &[Key] = &[
    Key::Months,
    Key::Start,
    Key::Dg,
    Key::Dgper,
    Key::Dh,
    Key::Bt,
    Key::Pg,
    Key::Fg,
    Key::Resale,
    Key::Disc,
    Key::Off,
];

#[function_component]
pub fn ProjectionInputs(props: &SectionProps) -> Html {
    let on_off = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::Edit(
                Key::Off,
                if input.checked() { "1" } else { "0" }.to_owned(),
            ));
        })
    };
    let field = |key: Key, label: &'static str, hint: Option<&'static str>| {
        props.field(key, label, hint.map(AttrValue::from))
    };
    let period = props.fields.get(Key::Dgper);
    let select = use_select_value(period.to_owned());
    let option = |p: GrowthPeriod, label: &'static str| {
        html! { <option value={period_name(p)} selected={period == period_name(p)}>{ label }</option> }
    };
    html! {
        <fieldset class="section">
            <legend>{ "Over time" }</legend>
            <div class="row">
                { field(Key::Months, "Horizon", Some("Up to 120 months")) }
                { field(Key::Start, "Machines start", Some("YYYY-MM-DD; bought that day")) }
            </div>
            <div class="row">
                { field(Key::Dg, "Difficulty growth", None) }
                <div class="field">
                    <label for="field-dgper">{ "per" }</label>
                    <select id="field-dgper" name="dgper" onchange={props.on_select(Key::Dgper)} ref={select}>
                        { option(GrowthPeriod::Year, "year") }
                        { option(GrowthPeriod::Epoch, "retarget (2016 blocks)") }
                    </select>
                </div>
            </div>
            <div class="row">
                { field(Key::Dh, "Difficulty change at the halving", Some("Once, at the first retarget after it")) }
                { field(Key::Bt, "Average block time", Some("600 by protocol; less while hashrate grows")) }
            </div>
            <div class="row">
                { field(Key::Pg, "BTC price growth", None) }
                { field(Key::Fg, "Fee growth", None) }
            </div>
            <div class="row">
                { field(Key::Resale, "Resale at the end", Some("Share of the hardware cost")) }
                { field(Key::Disc, "Discount rate", Some("For the net present value")) }
            </div>
            <label class="check">
                <input type="checkbox" name="off" checked={props.fields.get(Key::Off) == "1"} onchange={on_off} />
                { " Switch machines off in months where power costs more than they earn" }
            </label>
        </fieldset>
    }
}
