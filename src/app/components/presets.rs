//! One-click scenarios: each opens a whole scenario, as a saved one does.

use yew::prelude::*;

use crate::app::state::{Action, Dispatch};
use crate::scenario::presets::PRESETS;
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    /// Sends the opened scenario.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Presets(props: &PresetsProps) -> Html {
    let open = |query: &'static str| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Open(Params::from_query(query).0))
        })
    };
    html! {
        <nav class="presets" aria-label="Scenarios to start from">
            <span class="label">{ "Start from:" }</span>
            for p in PRESETS {
                <button type="button" class="secondary" data-preset={p.id} title={p.sources}
                    onclick={open(p.query)}>
                    { p.name }
                </button>
            }
        </nav>
    }
}
