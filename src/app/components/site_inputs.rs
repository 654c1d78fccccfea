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
    let peakoff = props.fields.get(Key::Peakoff);
    let select = use_select_value(peakoff.to_owned());
    html! {
        <fieldset class="section" data-section="site">
            <legend>{ "Site" }</legend>
            <div class="row">
                { props.field(Key::Cap) }
                { props.field(Key::Pue) }
            </div>
            <div class="row">
                { props.field(Key::Hkwh) }
                { props.field(Key::Hfee) }
            </div>
            <div class="row">
                { props.field(Key::Curt) }
                { props.field(Key::Curtc) }
            </div>
            <div class="row">
                { props.field(Key::Peak) }
                { props.field(Key::Peakh) }
            </div>
            <div class="row">
                <div class="field">
                    <label for="field-peakoff">{ Key::Peakoff.label() }</label>
                    <select id="field-peakoff" name="peakoff" onchange={props.on_select(Key::Peakoff)} ref={select}>
                        <option value="0" selected={peakoff == "0"}>{ "Keep mining at the peak price" }</option>
                        <option value="1" selected={peakoff == "1"}>{ "Switch off in the peak window" }</option>
                    </select>
                </div>
                { props.field(Key::Co2) }
            </div>
        </fieldset>
    }
}
