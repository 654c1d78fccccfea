//! The projection section: headline figures, the cumulative chart and the schedule,
//! with the growth assumptions stated.

use std::rc::Rc;

use yew::prelude::*;

use super::cumulative_chart::CumulativeChart;
use super::payback_note::payback_note;
use super::projection_summary::projection_summary;
use super::schedule::Schedule;
use crate::app::format::{format, Style};
use crate::engine::projection::{Assumptions, GrowthPeriod, Projection};

#[derive(Properties, PartialEq)]
pub struct ProjectionResultsProps {
    /// The projection of the current scenario.
    pub projection: Rc<Projection>,
    /// What it assumed.
    pub assumptions: Assumptions,
    /// The static payback in days at today's figures (`payback-days`), which the page
    /// ties to the projection's payback in one sentence.
    pub static_payback_days: Option<f64>,
    /// The scenario's link query, from which the schedule's table is computed again.
    pub query: Option<AttrValue>,
}

#[function_component]
pub fn ProjectionResults(props: &ProjectionResultsProps) -> Html {
    let a = &props.assumptions;
    let p = &props.projection;
    let pct = |p: f64| format(p / 100.0, Style::Percent);
    let growth = match a.difficulty_growth_period {
        GrowthPeriod::Year => format!("{} a year", pct(a.difficulty_growth.percent())),
        GrowthPeriod::Epoch => format!("{} a retarget", pct(a.difficulty_growth.percent())),
    };
    let assumed = format!(
        "From {} to {}: difficulty {growth}{}, BTC price {} a year, fees {} a year, blocks every {} s{}.",
        a.start.to_iso(),
        props.projection.end.to_iso(),
        if a.halving_difficulty_change.percent() != 0.0 {
            format!(" and {} after the halving", pct(a.halving_difficulty_change.percent()))
        } else {
            String::new()
        },
        pct(a.price_growth.percent()),
        pct(a.fee_growth.percent()),
        format(a.block_time_secs, Style::Decimals(1)),
        if a.switch_off_when_losing { "; machines off in losing periods" } else { "" },
    );
    html! {
        <section class="section projection" aria-labelledby="projection-title">
            <h2 id="projection-title">{ "Over time" }</h2>
            <p class="hint" data-testid="projection-assumptions">{ assumed }</p>
            { projection_summary(&props.projection, a.discount_rate.percent()) }
            if p.hardware.amount() > 0.0 {
                { payback_note(props.static_payback_days,
                    p.payback.map(|d| d.to_iso()).as_deref(),
                    &p.end.to_iso(),
                    (p.halving.date <= p.end).then(|| p.halving.date.to_iso()).as_deref()) }
            }
            <CumulativeChart projection={props.projection.clone()} />
            <Schedule projection={props.projection.clone()} query={props.query.clone()} />
        </section>
    }
}
