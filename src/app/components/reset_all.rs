//! "Reset all": back to a new visitor's scenario in one step, which Back undoes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResetAllProps {
    /// Opens a new visitor's scenario (a deliberate change: its own history entry).
    pub on_reset: Callback<MouseEvent>,
}

#[function_component]
pub fn ResetAll(props: &ResetAllProps) -> Html {
    html! {
        <p class="reset-all">
            <button type="button" class="secondary" data-testid="reset-all" onclick={props.on_reset.clone()}>
                { "Reset all" }
            </button>
            <span class="hint">{ " Back to a new visitor's scenario; the browser's Back undoes it." }</span>
        </p>
    }
}
