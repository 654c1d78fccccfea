//! On narrow screens the results sit between the key inputs and the others: this bar
//! keeps the headline figures in view while typing further down, and links to them.

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::engine::economics::Economics;
use crate::engine::money::Currency;

/// The bar for the current figures (`None` while a field is invalid), money in
/// `currency`. A function, not a component: it changes whenever the App redraws for a new
/// scenario.
pub fn summary_bar(economics: Option<&Economics>, currency: Currency) -> Html {
    // No hooks here: the public hooks live on the full results, once each.
    let body = match economics {
        Some(e) => {
            let profit = e.fleet.profit.amount();
            let break_even = e
                .break_even_power_price
                .map(|p| {
                    format!(
                        " · break-even {}/kWh",
                        format(p.amount_per_kwh(), Style::UnitPrice(currency))
                    )
                })
                .unwrap_or_default();
            html! {
                <span class={classes!("summary-profit", (profit < 0.0).then_some("negative"))}>
                    { format!("Profit {} a day", format(profit, Style::Money(currency))) }
                    <span class="summary-more">{ break_even }</span>
                </span>
            }
        }
        None => {
            html! { <span class="negative">{ "Results paused: fix the highlighted fields" }</span> }
        }
    };
    html! {
        <aside class="summary-bar" aria-label="Summary">
            { body }
            <a href="#results">{ "Results" }</a>
        </aside>
    }
}
