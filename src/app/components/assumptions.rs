//! Every assumption behind the figures, stated where the figures are.

use yew::prelude::*;

use crate::engine::economics::PayoutScheme;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    /// The payout scheme in use.
    pub payout: PayoutScheme,
    /// Date of the shipped snapshot when its figures are in use; `None` for the user's.
    pub snapshot_date: Option<AttrValue>,
}

#[function_component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let payout = match props.payout {
        PayoutScheme::Fpps => {
            "FPPS: the pool pays subsidy and average fees, and takes its fee on both."
        }
        PayoutScheme::Pps => {
            "PPS: the pool pays the subsidy only (no transaction fees) and takes its fee on it."
        }
    };
    let network = match &props.snapshot_date {
        Some(date) => format!("Network figures from the snapshot of {date}, held constant: difficulty, price and fees move every day."),
        None => "Network figures as you entered them, held constant.".to_owned(),
    };
    html! {
        <details class="assumptions" open=true>
            <summary>{ "Assumptions" }</summary>
            <ul>
                <li>{ "Expected blocks a day = hashrate × 86,400 s / (difficulty × 2³²), the convention of public calculators (the exact target gives 15 ppm more)." }</li>
                <li>{ "Blocks every 600 s; network hashrate is implied from difficulty." }</li>
                <li>{ payout }</li>
                <li>{ "Uptime scales both hashing and electricity. Power is at the wall; no cooling or site overhead." }</li>
                <li>{ network }</li>
                <li>{ "Money in US dollars; 30 days and 365 days are today's day repeated. Expected values: real payouts vary with luck." }</li>
            </ul>
        </details>
    }
}
