//! The machine: a catalog picker grouped by maker, and its editable specs.

use yew::prelude::*;

use super::miner_picker::MinerPicker;
use super::SectionProps;
use crate::app::format::{format, Style};
use crate::app::state::Action;
use crate::catalog::{self, Confidence, Miner};
use crate::scenario::{parse_number, Key};

/// The keys this section shows.
pub const KEYS: &[Key] = &[Key::Miner, Key::Th, Key::W];

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Good => "sources agree",
        Confidence::Medium => "sources differ a little",
        Confidence::Low => "weakly sourced",
    }
}

#[function_component]
pub fn MachineInputs(props: &SectionProps) -> Html {
    let miner = catalog::find(props.fields.get(Key::Miner));
    let th = parse_number(Key::Th, props.fields.get(Key::Th)).ok();
    let w = parse_number(Key::W, props.fields.get(Key::W)).ok();
    let edited = miner.filter(|m| th != Some(m.hashrate_th) || w != Some(m.power_w));
    let efficiency = th.zip(w).map(|(th, w)| {
        AttrValue::from(format!(
            "Efficiency {} J/TH at the wall",
            format(w / th, Style::Decimals(1))
        ))
    });
    let restore = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RestoreMinerSpecs))
    };

    html! {
        <fieldset class="section">
            <legend>{ "Machine" }</legend>
            <div class="field">
                <label for="field-miner">{ Key::Miner.label() }</label>
                <MinerPicker selected={props.fields.text(Key::Miner)} dispatch={props.dispatch.clone()} />
                if let Some(m) = miner {
                    <p class="hint">
                        { format!("Released {}, {} cooling. Specs: {} ({}).", m.released, cooling(m), m.source, confidence(m.confidence)) }
                    </p>
                }
            </div>
            <div class="row">
                { props.field(Key::Th) }
                { props.field_with(Key::W, efficiency) }
            </div>
            if let Some(m) = edited {
                <p class="hint edited" data-testid="specs-edited">
                    { format!("Specs edited from the catalog's {} TH/s and {} W. ", format(m.hashrate_th, Style::Decimals(1)), format(m.power_w, Style::Decimals(0))) }
                    <button type="button" class="link-button" onclick={restore}>{ "Restore catalog specs" }</button>
                </p>
            }
        </fieldset>
    }
}

fn cooling(m: &Miner) -> &'static str {
    match m.cooling {
        catalog::Cooling::Air => "air",
        catalog::Cooling::Hydro => "hydro",
        catalog::Cooling::Immersion => "immersion",
    }
}
