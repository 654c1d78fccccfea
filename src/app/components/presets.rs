//! One-click scenarios: each opens a whole scenario, as a saved one does; the everyday
//! ones on the network figures in use. In an embed, a preset that would change a locked
//! key is disabled and says why: the reducer would refuse it whole.

use std::rc::Rc;

use yew::prelude::*;

use super::story::FIGURES_ID;
use crate::app::embed::LOCKED_REASON;
use crate::app::state::{preset_params, Action, Dispatch};
use crate::embed::Locks;
use crate::scenario::presets::{Preset, CANAAN_2021, PRESETS};
use crate::scenario::Params;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    /// The scenario the page opened with: the values its locked keys keep (no action
    /// changes them), against which each preset is checked.
    pub opened: Rc<Params>,
    /// Whether the page has the Canaan story's card to link to (not in an embed).
    pub story: bool,
    /// Sends the opened scenario.
    pub dispatch: Dispatch,
}

#[function_component]
pub fn Presets(props: &PresetsProps) -> Html {
    let locks = use_context::<Locks>().unwrap_or_default();
    // The link to the story's card also opens its figures (drawn when first opened);
    // the browser then scrolls to the card, as to any anchor.
    let open_story = Callback::from(|_: MouseEvent| {
        let figures = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(FIGURES_ID));
        if let Some(figures) = figures {
            let _ = figures.set_attribute("open", "");
        }
    });
    let open = |preset: &'static Preset| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::OpenPreset(preset)))
    };
    html! {
        <nav class="presets" aria-label="Scenarios to start from">
            <span class="label">{ "Start from:" }</span>
            for p in PRESETS.iter() {
                {{
                    // The locked keys the reducer would see this preset change.
                    let next = preset_params(p, &props.opened);
                    let locked: Vec<&str> = locks
                        .changed_keys(&next, &props.opened)
                        .iter()
                        .map(|k| k.as_str())
                        .collect();
                    if locked.is_empty() {
                        html! {
                            <button type="button" class="secondary" data-preset={p.id} title={p.sources}
                                onclick={open(p)}>
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
            if props.story {
                // The story hashwatt began from has a card of its own, further down.
                <a href="#canaan" data-story={CANAAN_2021.id} onclick={open_story}>{ "Canaan in Kazakhstan, 2021 ↓" }</a>
            }
        </nav>
    }
}
