//! The line under the cumulative chart that reads out the month the pointer or the
//! arrow keys are on: its date, the cumulative cash, and the month's revenue and running
//! cost, each with its currency. The raw figures are on `data-` attributes, as the result
//! hooks carry theirs.
//!
//! It is a live region only while the chart has the keyboard's focus (`live`): a screen
//! reader then hears each month as the arrow keys reach it. Otherwise a month read out
//! under a resting pointer would be announced again at every keystroke in a field, and
//! the page's one announcement is profit and break-even (`app/mod.rs`).

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::chart::flows::running_cost;
use crate::engine::money::Currency;
use crate::engine::projection::Projection;

/// The readout of month `month` (from 0) of `p`, or how to pick one; announced when
/// `live`. A function, not a component: it is redrawn with the chart whenever either
/// changes anyway.
pub fn chart_readout(p: &Projection, month: Option<usize>, currency: Currency, live: bool) -> Html {
    let live = if live { "polite" } else { "off" };
    let Some((k, m)) = month.and_then(|k| Some((k, p.months.get(k)?))) else {
        return html! {
            <p class="chart-readout hint" id="chart-readout" data-testid="chart-readout" aria-live={live}>
                { "Point at the chart, or focus it and use the arrow keys, to read each month." }
            </p>
        };
    };
    let money = |v: f64| format(v, Style::Money(currency));
    let (cumulative, revenue, cost) = (m.cumulative.amount(), m.revenue.amount(), running_cost(m));
    html! {
        <p class="chart-readout" id="chart-readout" data-testid="chart-readout" aria-live={live}
            data-month={(k + 1).to_string()} data-cumulative={cumulative.to_string()}
            data-revenue={revenue.to_string()} data-cost={cost.to_string()}>
            <strong>{ format!("Month {} of {}, from {}: ", k + 1, p.months.len(), m.start.map(|d| d.to_iso()).unwrap_or_default()) }</strong>
            <span class={classes!("figure", (cumulative < 0.0).then_some("negative"))}>{ money(cumulative) }</span>
            { format!(" cumulative; that month {} revenue, {} power and fees.", money(revenue), money(cost)) }
        </p>
    }
}
