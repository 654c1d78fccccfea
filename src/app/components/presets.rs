//! One-click scenarios: each opens a whole scenario, as a saved one does.

use yew::prelude::*;

use crate::app::state::Action;
use crate::scenario::presets::PRESETS;
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    /// Sends the opened scenario.
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Presets(props: &PresetsProps) -> Html {
    html! {
        <nav class="presets" aria-label="Scenarios to start from">
            <span class="label">{ "Start from:" }</span>
            for p in PRESETS {
                <button type="button" class="secondary" data-preset={p.id} title={p.sources}
                    onclick={props.dispatch.reform(move |_: MouseEvent| Action::Open(Params::from_query(p.query).0))}>
                    { p.name }
                </button>
            }
        </nav>
    }
}
