//! The line under the cumulative chart that reads out the month the pointer or the
//! arrow keys are on: its date, the cumulative cash, and the month's revenue and running
//! cost, each with its currency. The raw figures are on `data-` attributes, as the result
//! hooks carry theirs.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::format::{format, Style};
use crate::app::hooks::use_currency;
use crate::chart::flows::running_cost;
use crate::engine::projection::Projection;

#[derive(Properties, PartialEq)]
pub struct ChartReadoutProps {
    /// The projection the chart draws.
    pub projection: Rc<Projection>,
    /// The month read out (from 0), if any.
    pub month: Option<usize>,
}

#[function_component]
pub fn ChartReadout(props: &ChartReadoutProps) -> Html {
    let currency = use_currency();
    let p = &props.projection;
    let Some((k, m)) = props.month.and_then(|k| Some((k, p.months.get(k)?))) else {
        return html! {
            <p class="chart-readout hint" id="chart-readout" data-testid="chart-readout" aria-live="polite">
                { "Point at the chart, or focus it and use the arrow keys, to read each month." }
            </p>
        };
    };
    let money = |v: f64| format(v, Style::Money(currency));
    let (cumulative, revenue, cost) = (m.cumulative.amount(), m.revenue.amount(), running_cost(m));
    html! {
        <p class="chart-readout" id="chart-readout" data-testid="chart-readout" aria-live="polite"
            data-month={(k + 1).to_string()} data-cumulative={cumulative.to_string()}
            data-revenue={revenue.to_string()} data-cost={cost.to_string()}>
            <strong>{ format!("Month {} of {}, from {}: ", k + 1, p.months.len(), m.start.map(|d| d.to_iso()).unwrap_or_default()) }</strong>
            <span class={classes!("figure", (cumulative < 0.0).then_some("negative"))}>{ money(cumulative) }</span>
            { format!(" cumulative; that month {} revenue, {} power and fees.", money(revenue), money(cost)) }
        </p>
    }
}
