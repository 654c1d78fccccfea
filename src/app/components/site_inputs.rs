//! The site: power capacity, overhead (PUE), hosting, curtailment, time-of-use prices
//! and the grid's carbon intensity.

use yew::prelude::*;

use super::SectionProps;
use crate::app::hooks::use_select_value;
use crate::scenario::Key;

/// The keys this section shows.
pub const KEYS: &[Key] = &[
    Key::Cap,
    Key::Pue,
    Key::Hkwh,
    Key::Hfee,
    Key::Curt,
    Key::Curtc,
    Key::Peak,
    Key::Peakh,
    Key::Peakoff,
    Key::Co2,
];

#[function_component]
pub fn SiteInputs(props: &SectionProps) -> Html {
    let field = |key: Key, label: &'static str, hint: Option<&'static str>| {
        props.field(key, label, hint.map(AttrValue::from))
    };
    let peakoff = props.fields.get(Key::Peakoff);
    let select = use_select_value(peakoff.to_owned());
    html! {
        <fieldset class="section" data-section="site">
            <legend>{ "Site" }</legend>
            <div class="row">
                { field(Key::Cap, "Power capacity", Some("Overhead included; empty for no limit")) }
                { field(Key::Pue, "Overhead (PUE)", Some("Site draw / machines' draw: cooling, transformers; 1 = none")) }
            </div>
            <div class="row">
                { field(Key::Hkwh, "Hosting per kWh", Some("Added to the tariff for every kWh drawn")) }
                { field(Key::Hfee, "Hosting fee", Some("Per running machine, per month (365/12 days)")) }
            </div>
            <div class="row">
                { field(Key::Curt, "Curtailed", Some("Hours a day off: grid limits, demand response")) }
                { field(Key::Curtc, "Curtailment credit", Some("Paid per MWh not drawn while curtailed")) }
            </div>
            <div class="row">
                { field(Key::Peak, "Peak price", Some("Time of use: empty for a flat tariff")) }
                { field(Key::Peakh, "Peak hours", Some("start-end, e.g. 18-22; curtailment falls in the peak first")) }
            </div>
            <div class="row">
                <div class="field">
                    <label for="field-peakoff">{ "At peak" }</label>
                    <select id="field-peakoff" name="peakoff" onchange={props.on_select(Key::Peakoff)} ref={select}>
                        <option value="0" selected={peakoff == "0"}>{ "Keep mining at the peak price" }</option>
                        <option value="1" selected={peakoff == "1"}>{ "Switch off in the peak window" }</option>
                    </select>
                </div>
                { field(Key::Co2, "Grid carbon intensity", Some("Empty if not known")) }
            </div>
        </fieldset>
    }
}
