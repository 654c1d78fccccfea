//! Beside the last figures while a field cannot be used: what to fix. The figures stay,
//! dimmed and marked stale (`data-stale`), so that nothing blanks or jumps; none of them
//! matches the fields until the fix.

use yew::prelude::*;

/// What is wrong, one line each (`kwh: not a number: ...`).
pub fn paused(problems: &[String]) -> Html {
    html! {
        <div class="paused" data-testid="results-paused">
            <p><strong>{ "Not updated:" }</strong>{ " the figures shown are the last ones computed. Fix the highlighted fields:" }</p>
            <ul>
                for p in problems.iter() {
                    <li>{ p.clone() }</li>
                }
            </ul>
        </div>
    }
}
