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
    let period = props.fields.get(Key::Dgper);
    let select = use_select_value(period.to_owned());
    let option = |p: GrowthPeriod, label: &'static str| {
        html! { <option value={period_name(p)} selected={period == period_name(p)}>{ label }</option> }
    };
    html! {
        <fieldset class="section">
            <legend>{ "Over time" }</legend>
            <div class="row">
                { props.field(Key::Months) }
                { props.field(Key::Start) }
            </div>
            <div class="row">
                { props.field(Key::Dg) }
                <div class="field">
                    <label for="field-dgper">{ Key::Dgper.label() }</label>
                    <select id="field-dgper" name="dgper" onchange={props.on_select(Key::Dgper)} ref={select}>
                        { option(GrowthPeriod::Year, "year") }
                        { option(GrowthPeriod::Epoch, "retarget (2016 blocks)") }
                    </select>
                </div>
            </div>
            <div class="row">
                { props.field(Key::Dh) }
                { props.field(Key::Bt) }
            </div>
            <div class="row">
                { props.field(Key::Pg) }
                { props.field(Key::Fg) }
            </div>
            <div class="row">
                { props.field(Key::Resale) }
                { props.field(Key::Disc) }
            </div>
            <label class="check">
                <input type="checkbox" name="off" checked={props.fields.get(Key::Off) == "1"} onchange={on_off} />
                { " " }{ Key::Off.label() }
            </label>
        </fieldset>
    }
}
