//! One value of a surcharge band (its surcharge, or the price it applies from), read as
//! a person writes numbers, as the number fields are (`1,5`, `₸24`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::{Action, BandPart, Dispatch};
use crate::app::typed::Typed;
use crate::engine::money::Currency;
use crate::scenario::typed::grouped;
use crate::scenario::Key;

#[derive(Properties, PartialEq)]
pub struct BandFieldProps {
    /// The band's row, from 0.
    pub row: usize,
    pub part: BandPart,
    /// The table's text for this value, valid or not.
    pub value: AttrValue,
    /// The table's currency (`scur`): the value is per kWh in it.
    pub currency: Currency,
    /// Sends the new text on every keystroke.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn BandField(props: &BandFieldProps) -> Html {
    let (row, part, currency) = (props.row, props.part, props.currency);
    let (suffix, what, placeholder) = match part {
        // An empty surcharge is a band not known (a preset leaves one where no source
        // gives it): the table's error asks for it.
        BandPart::PerKwh => ("kwh", "surcharge", "unknown"),
        BandPart::From => ("from", "from average price", "0"),
    };
    let name = format!("sur-{}-{suffix}", row + 1);
    let unit = format!("{}/kWh", currency.code());
    // The last text typed here, shown while the table holds what it was read as.
    let typed = use_state(|| None::<Typed>);
    let shown = AttrValue::from(Typed::shown(typed.as_ref(), &props.value).to_owned());
    let read_as = Typed::read_as(typed.as_ref(), &props.value).map(str::to_owned);
    let oninput = {
        let dispatch = props.dispatch.clone();
        let typed = typed.setter();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let t = Typed::new(Key::Sur, text, currency);
            dispatch.dispatch(Action::EditBand(row, part, t.read().to_owned()));
            typed.set(Some(t));
        })
    };
    let read_id = format!("read-{name}");
    html! {
        <>
            <input type="text" inputmode={Key::Sur.input_mode().as_str()} name={name.clone()} value={shown}
                {placeholder} aria-label={format!("Band {}: {what}, {unit}", row + 1)}
                aria-describedby={read_as.as_ref().map(|_| read_id.clone())} {oninput} />
            if let Some(read) = read_as {
                <p class="hint read" id={read_id} data-testid={format!("read-{name}")} data-value={read.clone()}>
                    { format!("read as {} {unit}", grouped(&read)) }
                </p>
            }
        </>
    }
}
