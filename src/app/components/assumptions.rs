//! Every assumption behind the figures, stated where the figures are.

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::engine::economics::PayoutScheme;
use crate::engine::money::{Currency, FxRates};

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    /// The payout scheme in use.
    pub payout: PayoutScheme,
    /// Date of the shipped snapshot when its figures are in use; `None` for the user's.
    pub snapshot_date: Option<AttrValue>,
    /// The currency of every money figure.
    pub currency: Currency,
    /// The exchange rates in use.
    pub rates: FxRates,
    /// The site's overhead (power usage effectiveness).
    pub pue: f64,
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
        None => "Network figures as shown under \u{201c}Network\u{201d} (live, pinned by the link, or typed), held constant.".to_owned(),
    };
    let money = match props.currency {
        Currency::Usd => "Money in US dollars".to_owned(),
        c => format!(
            "Money in {} ({}); the BTC price and hashprice are converted from US dollars at {} {} per USD",
            c.name(),
            c.code(),
            format(props.rates.per_usd(c), Style::Decimals(4)),
            c.code()
        ),
    };
    let overhead = if props.pue > 1.0 {
        format!(
            "Uptime scales both hashing and electricity. Power is at the wall, times the site's PUE of {} for cooling and other overhead.",
            format(props.pue, Style::Decimals(3))
        )
    } else {
        "Uptime scales both hashing and electricity. Power is at the wall; no cooling or site overhead (PUE 1).".to_owned()
    };
    html! {
        <details class="assumptions" open=true>
            <summary>{ "Assumptions" }</summary>
            <ul>
                <li>{ "Expected blocks a day = hashrate × 86,400 s / (difficulty × 2³²), the convention of public calculators (the exact target gives 15 ppm more)." }</li>
                <li>{ "Blocks every 600 s; network hashrate is implied from difficulty." }</li>
                <li>{ payout }</li>
                <li>{ overhead }</li>
                <li>{ network }</li>
                <li>{ format!("{money}; 30 days and 365 days are today's day repeated. Expected values: real payouts vary with luck.") }</li>
            </ul>
        </details>
    }
}
