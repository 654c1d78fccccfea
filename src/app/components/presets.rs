//! One-click scenarios: each opens a whole scenario, as a saved one does. In an embed,
//! a preset that would change a locked key is disabled and says why: the reducer would
//! refuse it whole.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::embed::LOCKED_REASON;
use crate::app::state::{Action, Dispatch};
use crate::embed::Locks;
use crate::scenario::presets::PRESETS;
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    /// The scenario the page opened with: the values its locked keys keep (no action
    /// changes them), against which each preset is checked.
    pub opened: Rc<Params>,
    /// Sends the opened scenario.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Presets(props: &PresetsProps) -> Html {
    let locks = use_context::<Locks>().unwrap_or_default();
    let open = |params: Params| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Open(params.clone())))
    };
    html! {
        <nav class="presets" aria-label="Scenarios to start from">
            <span class="label">{ "Start from:" }</span>
            for p in PRESETS {
                {{
                    let params = Params::from_query(p.query).0;
                    let locked: Vec<&str> = locks
                        .changed_keys(&params, &props.opened)
                        .iter()
                        .map(|k| k.as_str())
                        .collect();
                    if locked.is_empty() {
                        html! {
                            <button type="button" class="secondary" data-preset={p.id} title={p.sources}
                                onclick={open(params)}>
                                { p.name }
                            </button>
                        }
                    } else {
                        html! {
                            <button type="button" class="secondary" data-preset={p.id} disabled=true
                                data-locked="true"
                                title={format!("{}: {LOCKED_REASON} ({})", p.name, locked.join(", "))}>
                                { p.name }
                                <span class="locked-reason">{ format!(" ({LOCKED_REASON})") }</span>
                            </button>
                        }
                    }
                }}
            }
        </nav>
    }
}
