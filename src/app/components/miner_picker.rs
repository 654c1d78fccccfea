//! The machine picker of a fleet line: the catalog by maker for the first line (with each
//! model's specs), by name for lines 2 to 8, or a custom machine. A component of its own
//! so that its hundred options are built once and redrawn only when the pick changes.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::app::hooks::use_select_value;
use crate::app::state::{Action, Dispatch};
use crate::catalog::{self, Miner, MINERS};
use crate::scenario::Key;

#[derive(Properties, PartialEq)]
pub struct MinerPickerProps {
    /// The fleet line the pick is for: `None` for the first line (`miner`), else `m2`..`m8`.
    #[prop_or_default]
    pub line: Option<Key>,
    /// The picked catalog id; empty for a custom machine.
    pub selected: AttrValue,
    /// Sends the pick.
    pub dispatch: Dispatch,
}

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

/// The options: for the first line grouped by maker with specs, for the others a flat
/// list of names. They never change while the page is open.
fn options(first_line: bool) -> Html {
    if first_line {
        html! {
            for maker in catalog::makers() {
                <optgroup label={maker}>
                    for m in MINERS.iter().filter(|m| m.maker == maker) {
                        <option value={m.id}>{ option_label(m) }</option>
                    }
                </optgroup>
            }
        }
    } else {
        html! {
            for m in MINERS.iter() {
                <option value={m.id}>{ m.name() }</option>
            }
        }
    }
}

#[function_component]
pub fn MinerPicker(props: &MinerPickerProps) -> Html {
    let line = props.line;
    let options = use_memo(line.is_none(), |first| options(*first));
    // The select's value is set after render: `selected` on an option is only its default.
    let select = use_select_value(props.selected.to_string());
    let name = line.map_or_else(|| "miner".to_owned(), |k| format!("{}-miner", k.as_str()));
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(match line {
                None => Action::PickMiner(id),
                Some(key) => Action::PickLineMiner(key, id),
            });
        })
    };
    let custom = if line.is_none() {
        "Custom machine (enter its specs)"
    } else {
        "Custom machine"
    };
    html! {
        <select id={format!("field-{name}")} {name} {onchange} ref={select}>
            <option value="" selected={props.selected.is_empty()}>{ custom }</option>
            { (*options).clone() }
        </select>
    }
}
