//! In place of the results while a field cannot be used: no figure is shown that does
//! not match the fields.

use yew::prelude::*;

/// What is wrong, one line each (`kwh: not a number: ...`).
pub fn paused(problems: &[String]) -> Html {
    html! {
        <section class="results paused" data-testid="results-paused" aria-live="polite">
            <h2 id="results-title">{ "Results paused" }</h2>
            <p>{ "Fix the highlighted fields to see results:" }</p>
            <ul>
                for p in problems.iter() {
                    <li>{ p.clone() }</li>
                }
            </ul>
        </section>
    }
}
