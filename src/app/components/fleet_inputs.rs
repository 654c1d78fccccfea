//! The fleet's other machine models (lines 2 to 8, keys `m2`..`m8`): each a catalog
//! machine or a custom one, with its own editable specs, count and hardware cost. The
//! first line is the machine and units above.

use yew::prelude::*;

use super::field::NumberField;
use super::SectionProps;
use crate::app::format::{format, Style};
use crate::app::hooks::use_select_value;
use crate::app::state::Action;
use crate::catalog::MINERS;
use crate::scenario::fleet::{self, LinePart};
use crate::scenario::{parse_number, Key};

/// Labels of a line's numeric values.
const PARTS: [(LinePart, &str); 4] = [
    (LinePart::Th, "Hashrate per unit"),
    (LinePart::W, "Power per unit"),
    (LinePart::N, "Units"),
    (LinePart::Hw, "Hardware cost per unit"),
];

#[function_component]
pub fn FleetInputs(props: &SectionProps) -> Html {
    let lines: Vec<Key> = Key::LINES
        .into_iter()
        .filter(|k| !props.params.get(*k).is_empty())
        .collect();
    let add = props.dispatch.reform(|_: MouseEvent| Action::AddLine);
    let full = props.params.free_line().is_none();
    html! {
        <fieldset class="section" data-section="fleet">
            <legend>{ "Fleet: more machine models" }</legend>
            <p class="hint">
                { "Mixed generations: add each model with its count. With a site capacity, the least efficient models are left off first." }
            </p>
            for key in lines {
                <FleetLine line={key} params={props.params.clone()} errors={props.errors.clone()} dispatch={props.dispatch.clone()} />
            }
            if full {
                <p class="hint">{ "Eight models at most." }</p>
            } else {
                <button type="button" class="secondary" data-testid="add-line" onclick={add}>{ "Add a machine model" }</button>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct FleetLineProps {
    /// The line's key, `m2` to `m8`.
    pub line: Key,
    /// The scenario's fields as entered.
    pub params: crate::scenario::Params,
    /// The fields that cannot be used.
    pub errors: Vec<crate::scenario::FieldError>,
    /// Sends the user's changes.
    pub dispatch: Callback<Action>,
}

/// One fleet line: its machine picker, four values and a remove button.
#[function_component]
pub fn FleetLine(props: &FleetLineProps) -> Html {
    let key = props.line;
    let text = props.params.get(key);
    let id = fleet::line_part(text, LinePart::Miner).to_owned();
    let select = use_select_value(id.clone());
    // The option texts never change: build them once.
    let options = use_memo((), |_| {
        MINERS.iter().map(|m| (m.id, m.name())).collect::<Vec<_>>()
    });
    let name = key.as_str();
    let currency = props.params.currency();
    let error = |part: LinePart| {
        props
            .errors
            .iter()
            .find(|e| e.key == key && e.part == Some(part))
            .map(|e| AttrValue::from(e.to_string()))
    };
    let line_error = props
        .errors
        .iter()
        .find(|e| e.key == key && e.part.is_none())
        .map(ToString::to_string);
    let on_pick = props.dispatch.reform(move |e: Event| {
        Action::PickLineMiner(
            key,
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    let remove = props
        .dispatch
        .reform(move |_: MouseEvent| Action::RemoveLine(key));
    let th = parse_number(Key::Th, fleet::line_part(text, LinePart::Th)).ok();
    let w = parse_number(Key::W, fleet::line_part(text, LinePart::W)).ok();
    let efficiency = th
        .zip(w)
        .map(|(th, w)| format!("{} J/TH", format(w / th, Style::Decimals(1))));
    html! {
        <div class="fleet-line" data-line={name}>
            <div class="fleet-line-head">
                <label for={format!("field-{name}-miner")}>{ format!("Model {}", &name[1..]) }</label>
                <select id={format!("field-{name}-miner")} name={format!("{name}-miner")} onchange={on_pick} ref={select}>
                    <option value="" selected={id.is_empty()}>{ "Custom machine" }</option>
                    for (option, name) in options.iter() {
                        <option value={*option} selected={*option == id}>{ name }</option>
                    }
                </select>
                <button type="button" class="link-button" data-testid={format!("remove-{name}")} onclick={remove}
                    aria-label={format!("Remove model {}", &name[1..])}>{ "Remove" }</button>
            </div>
            if let Some(e) = error(LinePart::Miner).map(|e| e.to_string()).or(line_error) {
                <p class="error" role="alert" data-testid={format!("error-{name}")}>{ e }</p>
            }
            <div class="row">
                for (part, label) in PARTS {
                    <NumberField
                        field={part.key()}
                        name={AttrValue::from(format!("{name}-{}", part.key().as_str()))}
                        label={label}
                        value={AttrValue::from(fleet::line_part(text, part).to_owned())}
                        error={error(part)}
                        unit={part.key().is_money().then(|| AttrValue::from(part.key().unit_in(currency)))}
                        hint={(part == LinePart::W).then(|| efficiency.clone().map(AttrValue::from)).flatten()}
                        on_edit={props.dispatch.reform(move |(_, text): (Key, String)| Action::EditLine(key, part, text))}
                    />
                }
            </div>
        </div>
    }
}
