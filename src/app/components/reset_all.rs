//! "Reset all": back to a new visitor's scenario in one step, which Back undoes.

use yew::prelude::*;

/// The button and its hint; `on_reset` opens a new visitor's scenario (a deliberate
/// change: its own history entry). A function, not a component: a button and a line of
/// text cost less to compare than a component's own code weighs in the bundle.
pub fn reset_all(on_reset: Callback<MouseEvent>) -> Html {
    html! {
        <p class="reset-all">
            <button type="button" class="secondary" data-testid="reset-all" onclick={on_reset}>
                { "Reset all" }
            </button>
            <span class="hint">{ " Back to a new visitor's scenario; the browser's Back undoes it." }</span>
        </p>
    }
}
