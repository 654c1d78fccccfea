//! One-click scenarios: each opens a whole scenario, as a saved one does; the everyday
//! ones on the network figures in use.

use yew::prelude::*;

use crate::app::state::{Action, Dispatch};
use crate::scenario::presets::{Preset, CANAAN_2021, PRESETS};

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    /// Sends the opened scenario.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Presets(props: &PresetsProps) -> Html {
    let open = |preset: &'static Preset| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::OpenPreset(preset)))
    };
    html! {
        <nav class="presets" aria-label="Scenarios to start from">
            <span class="label">{ "Start from:" }</span>
            for p in PRESETS.iter() {
                <button type="button" class="secondary" data-preset={p.id} title={p.sources}
                    onclick={open(p)}>
                    { p.name }
                </button>
            }
            // The story hashwatt began from has a card of its own, further down.
            <a href="#canaan" data-story={CANAAN_2021.id}>{ "Canaan in Kazakhstan, 2021 ↓" }</a>
        </nav>
    }
}
