//! The fleet's other machine models (lines 2 to 8, keys `m2`..`m8`): each a catalog
//! machine or a custom one, with its own editable specs, count and hardware cost. The
//! first line is the machine and units above.

use std::rc::Rc;

use yew::prelude::*;

use super::field::NumberField;
use super::miner_picker::MinerPicker;
use super::SectionProps;
use crate::app::format::{format, Style};
use crate::app::state::{Action, Dispatch, Target};
use crate::scenario::fleet::{self, LinePart};
use crate::scenario::{parse_number, FieldError, Key};

/// The keys this section shows.
pub const KEYS: &[Key] = &Key::LINES;

/// A line's numeric values; each is labelled as the first line's key of the same meaning.
const PARTS: [LinePart; 4] = [LinePart::Th, LinePart::W, LinePart::N, LinePart::Hw];

#[function_component]
pub fn FleetInputs(props: &SectionProps) -> Html {
    let lines: Vec<Key> = Key::LINES
        .into_iter()
        .filter(|k| !props.fields.get(*k).is_empty())
        .collect();
    let add = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::AddLine))
    };
    let full = lines.len() == Key::LINES.len();
    html! {
        <fieldset class="section" data-section="fleet">
            <legend>{ "Fleet: more machine models" }</legend>
            <p class="hint">
                { "Mixed generations: add each model with its count. With a site capacity, the least efficient models are left off first." }
            </p>
            for key in lines {
                <FleetLine key={key.as_str()} line={key} text={props.fields.text(key)}
                    errors={line_errors(props, key)} dispatch={props.dispatch.clone()} />
            }
            if full {
                <p class="hint">{ "Eight models at most." }</p>
            } else {
                <button type="button" class="secondary" data-testid="add-line" onclick={add}>{ "Add a machine model" }</button>
            }
        </fieldset>
    }
}

/// What is wrong with one line, the line as a whole first, then value by value.
fn line_errors(props: &SectionProps, key: Key) -> Rc<[FieldError]> {
    std::iter::once(props.fields.error(key))
        .chain(
            LinePart::ALL
                .into_iter()
                .map(|part| props.fields.part_error(key, part)),
        )
        .flatten()
        .cloned()
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct FleetLineProps {
    /// The line's key, `m2` to `m8`.
    pub line: Key,
    /// The line's text as entered (`miner_th_w_n_hw`).
    pub text: AttrValue,
    /// What is wrong with the line or its values.
    pub errors: Rc<[FieldError]>,
    /// Sends the user's changes.
    pub dispatch: Dispatch,
}

/// One fleet line: its machine picker, four values and a remove button.
#[function_component]
pub fn FleetLine(props: &FleetLineProps) -> Html {
    let key = props.line;
    let text = props.text.as_str();
    let name = key.as_str();
    let number = &name[1..];
    let error = |part: Option<LinePart>| {
        props
            .errors
            .iter()
            .find(|e| e.part == part)
            .map(|e| AttrValue::from(e.to_string()))
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveLine(key)))
    };
    let th = parse_number(Key::Th, fleet::line_part(text, LinePart::Th)).ok();
    let w = parse_number(Key::W, fleet::line_part(text, LinePart::W)).ok();
    let efficiency = th
        .zip(w)
        .map(|(th, w)| AttrValue::from(format!("{} J/TH", format(w / th, Style::Decimals(1)))));
    html! {
        <div class="fleet-line" data-line={name}>
            <div class="fleet-line-head">
                <label for={format!("field-{name}-miner")}>{ format!("Model {number}") }</label>
                <MinerPicker line={key} selected={AttrValue::from(fleet::line_part(text, LinePart::Miner).to_owned())}
                    dispatch={props.dispatch.clone()} />
                <button type="button" class="link-button" data-testid={format!("remove-{name}")} onclick={remove}
                    aria-label={format!("Remove model {number}")}>{ "Remove" }</button>
            </div>
            if let Some(e) = error(Some(LinePart::Miner)).or_else(|| error(None)) {
                <p class="error" role="alert" data-testid={format!("error-{name}")}>{ e }</p>
            }
            <div class="row">
                for part in PARTS {
                    <NumberField
                        target={Target::Line(key, part)}
                        value={AttrValue::from(fleet::line_part(text, part).to_owned())}
                        error={error(Some(part))}
                        hint={(part == LinePart::W).then(|| efficiency.clone()).flatten()}
                        dispatch={props.dispatch.clone()}
                    />
                }
            </div>
        </div>
    }
}
