//! In place of the results while a field cannot be used: no figure is shown that does
//! not match the fields.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PausedProps {
    /// What is wrong, one line each (`kwh: not a number: ...`).
    pub problems: Rc<[String]>,
}

#[function_component]
pub fn Paused(props: &PausedProps) -> Html {
    html! {
        <section class="results paused" data-testid="results-paused" aria-live="polite">
            <h2 id="results-title">{ "Results paused" }</h2>
            <p>{ "Fix the highlighted fields to see results:" }</p>
            <ul>
                for p in props.problems.iter() {
                    <li>{ p.clone() }</li>
                }
            </ul>
        </section>
    }
}
