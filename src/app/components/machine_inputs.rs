//! The machine: a catalog picker grouped by maker, and its editable specs.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::SectionProps;
use crate::app::format::{format, Style};
use crate::app::hooks::use_select_value;
use crate::app::state::Action;
use crate::catalog::{self, Confidence, Miner, MINERS};
use crate::scenario::{parse_number, Key};

/// "Antminer S21 · 200 TH/s · 3,500 W · 17.5 J/TH".
fn option_label(m: &Miner) -> String {
    format!(
        "{} · {} TH/s · {} W · {} J/TH",
        m.model,
        format(m.hashrate_th, Style::Decimals(1)),
        format(m.power_w, Style::Decimals(0)),
        format(m.efficiency_j_per_th(), Style::Decimals(1)),
    )
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Good => "sources agree",
        Confidence::Medium => "sources differ a little",
        Confidence::Low => "weakly sourced",
    }
}

#[function_component]
pub fn MachineInputs(props: &SectionProps) -> Html {
    // The option texts never change: build them once.
    let options = use_memo((), |_| {
        catalog::makers()
            .into_iter()
            .map(|maker| {
                let rows: Vec<(&'static str, String)> = MINERS
                    .iter()
                    .filter(|m| m.maker == maker)
                    .map(|m| (m.id, option_label(m)))
                    .collect();
                (maker, rows)
            })
            .collect::<Vec<_>>()
    });
    let selected = props.params.get(Key::Miner);
    let select = use_select_value(selected.to_owned());
    let miner = catalog::find(selected);
    let on_pick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            dispatch.emit(Action::PickMiner(select.value()));
        })
    };
    let th = parse_number(Key::Th, props.params.get(Key::Th)).ok();
    let w = parse_number(Key::W, props.params.get(Key::W)).ok();
    let edited = miner.filter(|m| th != Some(m.hashrate_th) || w != Some(m.power_w));
    let efficiency = th.zip(w).map(|(th, w)| {
        AttrValue::from(format!(
            "Efficiency {} J/TH at the wall",
            format(w / th, Style::Decimals(1))
        ))
    });
    let restore = props
        .dispatch
        .reform(|_: MouseEvent| Action::RestoreMinerSpecs);

    html! {
        <fieldset class="section">
            <legend>{ "Machine" }</legend>
            <div class="field">
                <label for="field-miner">{ "Model" }</label>
                <select id="field-miner" name="miner" onchange={on_pick} ref={select}>
                    <option value="" selected={miner.is_none()}>{ "Custom machine (enter its specs)" }</option>
                    for (maker, rows) in options.iter() {
                        <optgroup label={*maker}>
                            for (id, label) in rows.iter() {
                                <option value={*id} selected={*id == selected}>{ label }</option>
                            }
                        </optgroup>
                    }
                </select>
                if let Some(m) = miner {
                    <p class="hint">
                        { format!("Released {}, {} cooling. Specs: {} ({}).", m.released, cooling(m), m.source, confidence(m.confidence)) }
                    </p>
                }
            </div>
            <div class="row">
                { props.field(Key::Th, "Hashrate per unit", None) }
                { props.field(Key::W, "Power per unit", efficiency) }
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
